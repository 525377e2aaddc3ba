// One error type for everything a user can act on. It carries where the problem is
// (an input name, or file:line:col) and what to do, and is formatted once, in run-step.
export type ErrorCode =
  | 'INPUT'
  | 'CONFIG'
  | 'GO_INSTALL'
  | 'GO_BUILD'
  | 'REFERENCE'
  | 'REGISTRY_AUTH'
  | 'REGISTRY'
  | 'DIGEST_MISMATCH'
  | 'LAYOUT';

export interface ErrorDetails {
  /** Input name (`platforms`) or source position (`.ko.yaml:3:5`). */
  readonly where?: string;
  /** What the user should do about it. */
  readonly hint?: string;
  readonly cause?: unknown;
}

export class KoActionError extends Error {
  override readonly name = 'KoActionError';
  readonly where: string | undefined;
  readonly hint: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.where = details.where;
    this.hint = details.hint;
  }

  /** The single line a user sees: `where: message. hint` */
  format(): string {
    const head = this.where ? `${this.where}: ${this.message}` : this.message;
    if (!this.hint) return head;
    const hint = this.hint.charAt(0).toUpperCase() + this.hint.slice(1);
    // "did you mean x?" already ends a sentence; everything else gets a full stop.
    return /[?!]$/.test(head) ? `${head} ${hint}` : `${head.replace(/[.\s]+$/, '')}. ${hint}`;
  }
}

export function inputError(input: string, message: string, hint?: string): KoActionError {
  return new KoActionError('INPUT', message, hint ? { where: input, hint } : { where: input });
}

export function errorMessage(e: unknown): string {
  if (e instanceof KoActionError) return e.format();
  if (e instanceof Error) return e.message;
  return String(e);
}
