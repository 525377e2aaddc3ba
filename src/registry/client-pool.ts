// One registry client per registry host for the whole run, with its credentials resolved once.
import { RegistryClient } from './client.js';
import type { Env } from '../util/env.js';
import { resolveCredentials } from './credentials.js';
import type { Repository } from './reference.js';

export interface ClientPoolOptions {
  readonly env: Env;
  /** The target registry: explicit credentials and insecure-registry apply to it only. */
  readonly targetRegistry: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly githubToken?: string | undefined;
  readonly insecure: boolean;
  readonly jobs: number;
  readonly log?: (line: string) => void;
}

export class ClientPool {
  private readonly clients = new Map<string, Promise<RegistryClient>>();

  constructor(private readonly opts: ClientPoolOptions) {}

  /** The client for a repository's registry. Credentials are looked up for the first repo asked. */
  client(repo: Repository): Promise<RegistryClient> {
    let c = this.clients.get(repo.registry);
    if (!c) {
      c = this.make(repo);
      this.clients.set(repo.registry, c);
    }
    return c;
  }

  private async make(repo: Repository): Promise<RegistryClient> {
    const o = this.opts;
    const isTarget = repo.registry === o.targetRegistry;
    const explicit =
      isTarget && o.username && o.password
        ? { explicit: { registry: repo.registry, username: o.username, password: o.password } }
        : {};
    const credentials = await resolveCredentials(repo, {
      env: o.env,
      ...explicit,
      ...(o.githubToken ? { githubToken: o.githubToken } : {}),
    });
    return new RegistryClient(repo.registry, {
      credentials,
      insecure: isTarget && o.insecure,
      jobs: o.jobs,
      ...(o.log ? { log: o.log } : {}),
    });
  }

  async close(): Promise<void> {
    const all = await Promise.allSettled([...this.clients.values()]);
    const open = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    await Promise.all(open.map((c) => c.close()));
  }
}
