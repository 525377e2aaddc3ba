// Which repositories go to the local engine instead of a registry; kept apart from the daemon
// publisher so that planning a build does not load an HTTP client.

/** ko selects the daemon publisher for any repo starting with this (commands/resolver.go). */
export const DAEMON_REPO_PREFIX = 'ko.local';

export function isDaemonRepo(repo: string | undefined): boolean {
  return repo?.startsWith(DAEMON_REPO_PREFIX) ?? false;
}
