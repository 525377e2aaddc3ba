// WWW-Authenticate parsing (RFC 7235): `Bearer realm="…",service="…",scope="repository:a:pull,push"`.
// Quoted values may hold commas; one header may carry several challenges.
export interface Challenge {
  /** Lower-cased: `basic`, `bearer`. */
  readonly scheme: string;
  /** Parameter names lower-cased; values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

export function parseChallenges(headers: string | readonly string[]): Challenge[] {
  const out: Challenge[] = [];
  for (const header of typeof headers === 'string' ? [headers] : headers) parseOne(header, out);
  return out;
}

function parseOne(s: string, out: Challenge[]): void {
  let i = 0;
  const skip = (chars: RegExp): void => {
    while (i < s.length && chars.test(s[i] ?? '')) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < s.length && tokenChar.test(s[i] ?? '')) i++;
    return s.slice(start, i);
  };
  let current: { scheme: string; params: Record<string, string> } | undefined;
  while (i < s.length) {
    skip(/[\s,]/);
    const start = i;
    const name = token();
    if (!name) {
      i++; // not a token character: skip it rather than loop forever
      continue;
    }
    skip(/[ \t]/);
    if (s[i] === '=' && current) {
      i++;
      skip(/[ \t]/);
      current.params[name.toLowerCase()] = s[i] === '"' ? quoted() : token();
      continue;
    }
    // A token not followed by `=` starts a new challenge (or is token68, which we ignore).
    if (s[i] === '=' && !current) {
      i = start + name.length + 1;
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    out.push(current);
  }

  function quoted(): string {
    let v = '';
    i++; // opening quote
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\' && i + 1 < s.length) i++;
      v += s[i];
      i++;
    }
    i++; // closing quote
    return v;
  }
}

/** The challenge to answer: Bearer if offered, else Basic. */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return (
    challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic')
  );
}
