// Registry clients for the whole run: credentials are looked up per repository (a credential
// helper or a docker config may answer `host/repo` differently from `host`), and one client is
// kept per registry and set of credentials, so repositories sharing them share its connections
// and token.
import { createHash } from 'node:crypto';
import { RegistryClient } from './client.js';
import type { Env } from '../util/env.js';
import { resolveCredentials, type Credentials } from './credentials.js';
import type { Repository } from './reference.js';
import type { RetryEvent } from './transport.js';

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
  /** Every retry of every client (the action shows them as warnings; no credentials inside). */
  readonly onRetry?: (retry: RetryEvent) => void;
}

export class ClientPool {
  private readonly clients = new Map<string, Promise<RegistryClient>>();
  private readonly credentials = new Map<string, Promise<Credentials | undefined>>();

  constructor(private readonly opts: ClientPoolOptions) {}

  /** The client for a repository: its registry, with the credentials found for it. */
  async client(repo: Repository): Promise<RegistryClient> {
    let creds = this.credentials.get(repo.name);
    if (!creds) {
      creds = this.lookup(repo);
      this.credentials.set(repo.name, creds);
    }
    const credentials = await creds;
    const key = `${repo.registry} ${fingerprint(credentials)}`;
    let c = this.clients.get(key);
    if (!c) {
      c = Promise.resolve(this.make(repo, credentials));
      this.clients.set(key, c);
    }
    return c;
  }

  private lookup(repo: Repository): Promise<Credentials | undefined> {
    const o = this.opts;
    const isTarget = repo.registry === o.targetRegistry;
    const explicit =
      isTarget && o.username && o.password
        ? { explicit: { registry: repo.registry, username: o.username, password: o.password } }
        : {};
    return resolveCredentials(repo, {
      env: o.env,
      ...explicit,
      ...(o.githubToken ? { githubToken: o.githubToken } : {}),
    });
  }

  private make(repo: Repository, credentials: Credentials | undefined): RegistryClient {
    const o = this.opts;
    return new RegistryClient(repo.registry, {
      credentials,
      insecure: repo.registry === o.targetRegistry && o.insecure,
      jobs: o.jobs,
      ...(o.log ? { log: o.log } : {}),
      ...(o.onRetry ? { onRetry: o.onRetry } : {}),
    });
  }

  async close(): Promise<void> {
    const all = await Promise.allSettled([...this.clients.values()]);
    const open = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    await Promise.all(open.map((c) => c.close()));
  }
}

/** Tells credential sets apart without keeping a readable secret in a map key. */
function fingerprint(c: Credentials | undefined): string {
  if (!c) return 'anonymous';
  const secret = [c.username, c.password, c.identityToken ?? '', c.registryToken ?? ''].join('\0');
  return createHash('sha256').update(secret).digest('hex');
}
