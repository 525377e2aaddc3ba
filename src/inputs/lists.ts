// List inputs as docker/build-push-action reads them: newline-separated, and for most lists also
// comma-separated, with "double quotes" keeping a comma inside an item.
export function splitList(raw: string, opts: { comma?: boolean } = {}): string[] {
  const comma = opts.comma ?? true;
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    for (const item of comma ? splitCsvLine(line) : [line]) {
      const v = unquote(item.trim());
      if (v) out.push(v);
    }
  }
  return out;
}

/** A line of a comma list with an empty item in it (`a,,b`, `a,`): the line, else undefined. */
export function lineWithEmptyItem(raw: string): string | undefined {
  return raw
    .split(/\r?\n/)
    .find((line) => line.trim() !== '' && splitCsvLine(line).some((i) => unquote(i.trim()) === ''));
}

function splitCsvLine(line: string): string[] {
  const items: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      items.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  items.push(cur);
  return items;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/** `key=value` lines (labels, annotations); the value may hold `=` and commas. */
export function splitPairs(
  raw: string,
  input: string,
  onError: (msg: string) => Error,
): [string, string][] {
  return splitList(raw, { comma: false }).map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw onError(`"${line}" in ${input} is not key=value`);
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}
