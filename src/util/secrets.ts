// Every credential the action touches is registered here before it can reach a log line.
// In Actions the sink is core.setSecret (the runner masks it); everywhere, redact() scrubs
// messages we format ourselves, so the CLI and the tests never print a secret either.
const secrets = new Set<string>();
let sink: ((secret: string) => void) | undefined;

export function setSecretSink(fn: ((secret: string) => void) | undefined): void {
  sink = fn;
  if (fn) for (const s of secrets) fn(s);
}

export function addSecret(value: string | undefined): void {
  if (!value || value.length < 3 || secrets.has(value)) return;
  secrets.add(value);
  // A Basic header carries base64(user:pass); the password alone is registered by the caller.
  sink?.(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  // Authorization values and URL userinfo never belong in a message, known or not.
  out = out.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g, '$1 ***');
  out = out.replace(/(\w+:\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@');
  return out;
}

/**
 * Forgets registered secrets: each test of redaction starts from none (a process runs one step).
 * @internal
 */
export function clearSecrets(): void {
  secrets.clear();
}
