import { afterAll, describe, expect, it } from '@jest/globals';
import { thrown, thrownAsync } from '../support/errors.js';
import { fixturesDir } from '../support/tools.js';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KoActionError } from '../../src/util/errors.js';
import {
  findReferences,
  MAX_NESTING_DEPTH,
  type Position,
  type References,
} from '../../src/resolve/find-refs.js';
import { expandInputs } from '../../src/resolve/inputs.js';
import { doubleQuoted, isPlainSafe, rewriteReferences } from '../../src/resolve/rewrite.js';

const FIXTURES = join(fixturesDir, 'resolve');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A pinned reference per ko:// ref, derived from the ref so every one differs. */
function fakeDigest(ref: string): string {
  const name = ref.slice('ko://'.length).split('/').pop() ?? 'x';
  return `ghcr.io/acme/${name}@sha256:${createHash('sha256').update(ref).digest('hex')}`;
}

const at = (refs: References['refs']): Record<string, string[]> =>
  Object.fromEntries([...refs].map(([k, ps]) => [k, ps.map((p) => `${p.line}:${p.column}`)]));

// Hand-checked positions (1-based line:column of the scalar, or of a block scalar's header).
const fixtures: { file: string; refs: Record<string, string[]> }[] = [
  {
    file: 'deployment-app.yaml',
    refs: {
      'ko://example.com/app/cmd/migrate': ['21:18'],
      'ko://example.com/app/cmd/web': ['25:18'],
      'ko://example.com/app/cmd/sidecar': ['30:22', '34:18'],
    },
  },
  {
    file: 'deployment-worker.yml',
    refs: {
      'ko://example.com/app/cmd/worker': ['9:16', '10:19'],
      'ko://example.com/app/cmd/helper': ['10:52', '12:33', '14:18'],
      'ko://example.com/app/cmd/tools': ['17:16'],
    },
  },
  {
    file: 'cronjob.yaml',
    refs: {
      'ko://example.com/app/cmd/report': ['14:20', '17:15'],
      'ko://example.com/app/cmd/uploader': ['19:20'],
    },
  },
  {
    file: 'knative-service.yaml',
    refs: {
      'ko://example.com/app/cmd/hello': ['13:19', '21:3'],
      'ko://example.com/app/cmd/queue': ['22:3'],
    },
  },
  {
    file: 'multi-doc.yaml',
    refs: {
      'ko://example.com/app/cmd/base': ['9:15', '26:18'],
      'ko://example.com/app/cmd/tagged': ['11:17'],
      'ko://example.com/app/cmd/last': ['37:33'],
    },
  },
  {
    file: 'overlays/list.yaml',
    refs: {
      'ko://example.com/app/cmd/a': ['13:18', '25:18'],
      'ko://example.com/app/cmd/b': ['23:18'],
    },
  },
  {
    file: 'overlays/pod.json',
    refs: {
      'ko://example.com/app/cmd/json': ['7:32', '8:75'],
      'ko://example.com/app/cmd/web': ['8:34'],
    },
  },
];

/**
 * The expected rewrite, computed line by line without the YAML parser: at each listed position
 * the quoted, plain or block scalar is located by simple text rules and its value swapped.
 */
function expectedRewrite(text: string, refs: Record<string, string[]>): string {
  const lines = text.split('\n');
  const sites = Object.entries(refs).flatMap(([ref, positions]) =>
    positions.map((p) => [ref, ...(p.split(':').map(Number) as [number, number])] as const),
  );
  // Right to left within a line, so earlier columns stay valid.
  sites.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  {
    for (const [ref, line, col] of sites) {
      let i = line - 1;
      let start = col - 1;
      const src = lines[i] ?? '';
      const c = src.charAt(start);
      let end: number;
      if (c === '"' || c === "'") {
        start += 1;
        end = src.indexOf(c, start);
      } else if (c === '|' || c === '>') {
        // Clip or keep chomping becomes strip (`|` → `|-`), then the content line follows.
        lines[i] =
          src.slice(0, start) + src.slice(start).replace(/^([|>])([+]?)(\d?)(?![-\d])/, '$1-$3');
        i += 1;
        start = /^ */.exec(lines[i] ?? '')?.[0].length ?? 0;
        end = (lines[i] ?? '').trimEnd().length;
      } else {
        end = start + (/^[^\s,\]}]+/.exec(src.slice(start))?.[0] ?? '').replace(/:$/, '').length;
      }
      const old = lines[i] ?? '';
      expect(old.slice(start, end).trim()).toBe(ref); // the table points at this ref
      lines[i] = old.slice(0, start) + fakeDigest(ref) + old.slice(end);
    }
  }
  return lines.join('\n');
}

/** toJS of every document, with ko:// strings (values and keys) mapped like the rewrite does. */
function structure(text: string, map?: ReadonlyMap<string, string>): unknown[] {
  const swap = (s: string): string => (map && s.startsWith('ko://') ? (map.get(s.trim()) ?? s) : s);
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return swap(v);
    if (Array.isArray(v)) return v.map(deep);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [swap(k), deep(x)]));
    }
    return v;
  };
  return parseAllDocuments(text).map((d) => deep(d.toJS({ maxAliasCount: -1 })));
}

describe('findReferences on fixtures', () => {
  it.each(fixtures)('$file', ({ file, refs }) => {
    const found = findReferences(read(file), file);
    expect(at(found.refs)).toEqual(refs);
    for (const ps of found.refs.values()) {
      expect(ps.every((p: Position) => p.file === file)).toBe(true);
    }
  });
});

describe('rewriteReferences on fixtures', () => {
  it.each(fixtures)('$file changes exactly the reference substrings', ({ file, refs }) => {
    const input = read(file);
    const map = new Map(Object.keys(refs).map((r) => [r, fakeDigest(r)]));
    const output = rewriteReferences(input, map, file);
    expect(output).toBe(expectedRewrite(input, refs));

    // Only lines holding a reference changed; the line count is unchanged.
    const before = input.split('\n');
    const after = output.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((l, i) => (l === after[i] ? [] : [i + 1]));
    const refLines = new Set(
      Object.values(refs)
        .flat()
        .map((p) => Number(p.split(':')[0])),
    );
    for (const n of changed) expect(refLines.has(n) || refLines.has(n - 1)).toBe(true);

    // Same documents, same shape, new values; and nothing left to resolve.
    expect(structure(output)).toEqual(structure(input, map));
    expect(findReferences(output, file).refs.size).toBe(0);
  });

  it('keeps CRLF line endings', () => {
    const input = read('deployment-worker.yml').replaceAll('\n', '\r\n');
    const refs = fixtures[1]?.refs ?? {};
    const map = new Map(Object.keys(refs).map((r) => [r, fakeDigest(r)]));
    const expected = expectedRewrite(read('deployment-worker.yml'), refs).replaceAll('\n', '\r\n');
    expect(rewriteReferences(input, map)).toBe(expected);
  });

  it('keeps a byte order mark and returns the text untouched when nothing matches', () => {
    const input = '\uFEFFimage: ko://example.com/a # c\n';
    expect(rewriteReferences(input, new Map([['ko://example.com/a', 'r/a@sha256:00']]))).toBe(
      '\uFEFFimage: r/a@sha256:00 # c\n',
    );
    expect(rewriteReferences(input, new Map())).toBe(input);
  });
});

describe('matching rules (docs/spec/ko-compat.md#92-matching)', () => {
  const refsOf = (text: string): Record<string, string[]> => at(findReferences(text, 'f').refs);

  it('needs ko:// at the very start of the unquoted value; the key is trimmed', () => {
    expect(
      refsOf(
        [
          'a: " ko://lead/space"',
          'b: "ko://trail/space  "',
          "c: 'ko://single'",
          'd: xko://not',
          'e: KO://upper',
          'f: |',
          '  text then ko://in/block',
          'g: |',
          '',
          '  ko://after/blank/line',
        ].join('\n'),
      ),
    ).toEqual({ 'ko://trail/space': ['2:4'], 'ko://single': ['3:4'] });
  });

  it('counts keys, !!str and ! tags, but not other tags or alias uses', () => {
    const text = [
      'ko://as/key: 1',
      '? ko://explicit/key',
      ': 2',
      'a: !!str ko://str/tag',
      'b: ! ko://bang',
      'c: !foo ko://custom',
      'd: &x ko://anchored',
      'e: *x',
      'f: [*x, *x]',
    ].join('\n');
    expect(refsOf(text)).toEqual({
      'ko://as/key': ['1:1'],
      'ko://explicit/key': ['2:3'],
      'ko://str/tag': ['4:10'],
      'ko://bang': ['5:6'],
      'ko://anchored': ['7:7'],
    });
    // Rewriting the anchor changes every alias; aliases stay aliases.
    const out = rewriteReferences(text, new Map([['ko://anchored', 'r/x@sha256:1']]));
    expect(out.split('\n').slice(6)).toEqual(['d: &x r/x@sha256:1', 'e: *x', 'f: [*x, *x]']);
  });

  it('takes empty, comment-only and duplicate-key streams', () => {
    expect(refsOf('')).toEqual({});
    expect(refsOf('# nothing\n---\n...\n')).toEqual({});
    expect(refsOf('a: ko://one\na: ko://two\n')).toEqual({
      'ko://one': ['1:4'],
      'ko://two': ['2:4'],
    });
  });
});

describe('rewrite keeps the scalar style', () => {
  const one = (text: string, value: string): string =>
    rewriteReferences(text, new Map([['ko://x', value]]));
  const ref = `ghcr.io/o/r@sha256:${'a'.repeat(64)}`;

  it.each([
    ['plain', 'image: ko://x # c\n', `image: ${ref} # c\n`],
    ['double', 'image: "ko://x"\n', `image: "${ref}"\n`],
    ['single', "image: 'ko://x'\n", `image: '${ref}'\n`],
    ['flow', '[ko://x, "ko://x", {k: ko://x}]\n', `[${ref}, "${ref}", {k: ${ref}}]\n`],
    ['key', 'ko://x: v\n', `${ref}: v\n`],
    ['literal', 'a: |\n  ko://x\nb: 1\n', `a: |-\n  ${ref}\nb: 1\n`],
    ['folded strip', '- >- # c\n    ko://x\n', `- >- # c\n    ${ref}\n`],
    ['indicator', 'a: |2\n  ko://x\n', `a: |-2\n  ${ref}\n`],
    ['indicator strip', 'a: >2- # c\n  ko://x\n', `a: >2- # c\n  ${ref}\n`],
    ['keep', 'a: |+\n  ko://x\n\n\nb: 1\n', `a: |-\n  ${ref}\n\n\nb: 1\n`],
    ['multi-line plain', 'a: ko://x\n  y\nb: 1\n', `a: ${ref}\nb: 1\n`],
  ])('%s', (_name, input, expected) => {
    // A multi-line plain scalar folds to one value: `ko://x y`.
    const map = new Map([
      ['ko://x', ref],
      ['ko://x y', ref],
    ]);
    expect(rewriteReferences(input, map)).toBe(expected);
  });

  it('quotes a value that is not safe in plain style', () => {
    expect(one('a: ko://x\n', '/tmp/my layout@sha256:00')).toBe('a: "/tmp/my layout@sha256:00"\n');
    expect(one('[ko://x]\n', 'a,b')).toBe('["a,b"]\n');
    expect(one('ko://x: 1\n', 'k: v')).toBe('"k: v": 1\n');
  });

  it('escapes quotes and falls back to double quotes where a style cannot hold the value', () => {
    expect(one("a: 'ko://x'\n", "it's")).toBe("a: 'it''s'\n");
    expect(one("a: 'ko://x'\n", 'line\nbreak')).toBe('a: "line\\nbreak"\n');
    expect(one('a: "ko://x"\n', 'q"b\\s')).toBe('a: "q\\"b\\\\s"\n');
    expect(one('a: |\n  ko://x\nb: 1\n', ' leading')).toBe('a: " leading"\nb: 1\n');
  });

  it('leaves references that have no replacement', () => {
    expect(rewriteReferences('a: ko://x\nb: ko://y\n', new Map([['ko://y', 'r@sha256:1']]))).toBe(
      'a: ko://x\nb: r@sha256:1\n',
    );
  });

  it.each([
    ['ghcr.io/o/r@sha256:abc', true],
    ['ko.local/app-0123:deadbeef', true],
    ['localhost:5000/x/y:v1@sha256:abc', true],
    ['/tmp/layout@sha256:abc', true],
    ['1.5', false],
    ['true', false],
    ['null', false],
    ['12:30', false], // YAML 1.1 sexagesimal
    ['2001-12-14', false], // YAML 1.1 timestamp
    ['a b', false],
    ['x:', false],
    ['#x', false],
    ['-x', false],
    ['@x', false],
    ['a,b', false],
    ['', false],
  ])('isPlainSafe(%j) = %s', (value, safe) => {
    expect(isPlainSafe(value)).toBe(safe);
  });

  it('double-quotes into text that is both YAML and JSON', () => {
    const s = 'a"b\\c\n\t\u0001\u007f\u0085\u2028\ufeff\ud800é😀';
    const q = doubleQuoted(s);
    expect(JSON.parse(q)).toBe(s);
    expect(parseAllDocuments(q)[0]?.toJS()).toBe(s);
    expect(q).not.toMatch(/[\u007f-\u009f\u2028\ufeff]/);
  });
});

describe('errors', () => {
  it('names file:line:col for invalid YAML', () => {
    const e = thrown(() => findReferences('a: 1\n---\nb: [ko://x\nc: 2\n', 'deploy/bad.yaml'));
    expect(e.code).toBe('INPUT');
    expect(e.where).toBe('deploy/bad.yaml:4:1');
    expect(e.message).toMatch(/^invalid YAML: Flow sequence/);
    const q = thrown(() => findReferences('x: 1\ny: "open\n', 'q.yaml'));
    expect(q.format()).toMatch(/^q\.yaml:3:1: invalid YAML: Missing closing "quote/);
    expect(() => rewriteReferences('a: [\n', new Map())).toThrow(KoActionError);
  });

  it('refuses an alias bomb quickly', () => {
    const levels = 'abcdefghi';
    const lines = [`a: &a [${Array(9).fill('"lol"').join(',')}]`];
    for (let i = 1; i < levels.length; i++) {
      const prev = levels.charAt(i - 1);
      lines.push(
        `${levels.charAt(i)}: &${levels.charAt(i)} [${Array(9).fill(`*${prev}`).join(',')}]`,
      );
    }
    const start = Date.now();
    const e = thrown(() => findReferences(lines.join('\n'), 'bomb.yaml'));
    expect(Date.now() - start).toBeLessThan(1000);
    expect(e.message).toMatch(/aliases expand this YAML by more than 1000000 nodes/);
    expect(e.where).toBe('bomb.yaml:7:7'); // g expands to ~5M nodes: the first level past the limit
  });

  it('refuses unknown and self-referencing aliases', () => {
    expect(thrown(() => findReferences('a: *nope\n', 'f')).message).toBe(
      'alias *nope refers to no anchor',
    );
    expect(thrown(() => findReferences('a: &a\n  k: *a\n', 'f')).where).toBe('f:2:6');
  });

  it('refuses nesting deeper than the limit, flow or block, without overflowing the stack', () => {
    const flow = (n: number): string => `${'['.repeat(n)}ko://x${']'.repeat(n)}\n`;
    const block = (n: number): string =>
      Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' ko://x\n';
    expect(findReferences(flow(MAX_NESTING_DEPTH), 'f').refs.size).toBe(1);
    expect(findReferences(block(MAX_NESTING_DEPTH), 'f').refs.size).toBe(1);
    expect(thrown(() => findReferences(flow(MAX_NESTING_DEPTH + 1), 'f')).format()).toMatch(
      /^f:1:501: YAML nests deeper than 500 levels/,
    );
    expect(thrown(() => findReferences(block(MAX_NESTING_DEPTH + 1), 'f')).where).toBe('f:501:501');
    expect(thrown(() => findReferences(flow(100_000), 'f')).message).toMatch(/nests deeper/);
  });
});

describe('expandInputs', () => {
  // root/ holds names whose byte order differs from a plain string sort of full paths.
  const root = mkdtempSync(join(tmpdir(), 'ko-inputs-'));
  const files = [
    'B.yaml',
    'a.yml',
    'b.yaml',
    'c.json',
    'd.txt',
    'e.YAML',
    '.hidden.yaml',
    'sub/z.yaml',
    'sub/a.yaml',
    'sub/deeper/x.yml',
    'sub-x/y.yaml',
    '[odd].yaml',
  ];
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'a: 1\n');
  }
  symlinkSync(join(root, 'sub'), join(root, 'zlink')); // a linked directory is not followed
  const rel = (paths: string[]): string[] => paths.map((p) => p.slice(root.length + 1));
  const opts = { cwd: root };

  it("reads a directory's top level only, as ko -f does, keeping .json/.yaml/.yml", async () => {
    expect(rel(await expandInputs([root]))).toEqual([
      '.hidden.yaml',
      'B.yaml',
      '[odd].yaml',
      'a.yml',
      'b.yaml',
      'c.json',
    ]);
    expect(await expandInputs(['sub'], opts)).toEqual(['sub/a.yaml', 'sub/z.yaml']);
  });

  it('with recursive (ko -R), walks every level in lexical order', async () => {
    expect(rel(await expandInputs([root], { recursive: true }))).toEqual([
      '.hidden.yaml',
      'B.yaml',
      '[odd].yaml',
      'a.yml',
      'b.yaml',
      'c.json',
      'sub/a.yaml',
      'sub/deeper/x.yml',
      'sub/z.yaml',
      'sub-x/y.yaml',
    ]);
    expect(await expandInputs(['sub'], { ...opts, recursive: true })).toEqual([
      'sub/a.yaml',
      'sub/deeper/x.yml',
      'sub/z.yaml',
    ]);
  });

  it('walks the fixtures directory', async () => {
    const dir = FIXTURES;
    const names = (await expandInputs([dir], { recursive: true })).map((p) =>
      p.slice(dir.length + 1),
    );
    expect(names).toEqual([
      'cronjob.yaml',
      'deployment-app.yaml',
      'deployment-worker.yml',
      'knative-service.yaml',
      'multi-doc.yaml',
      'overlays/list.yaml',
      'overlays/pod.json',
    ]);
  });

  it('takes explicitly named files of any extension, in argument order, once each', async () => {
    expect(
      await expandInputs(['d.txt', '-', 'e.YAML', 'sub', './sub/a.yaml', '[odd].yaml'], opts),
    ).toEqual(['d.txt', '-', 'e.YAML', 'sub/a.yaml', 'sub/z.yaml', '[odd].yaml']);
  });

  it.each([
    ['*.yaml', ['B.yaml', '[odd].yaml', 'b.yaml']],
    ['?.y*ml', ['B.yaml', 'a.yml', 'b.yaml']],
    ['[ab].*', ['a.yml', 'b.yaml']],
    ['[!ab]*.*', ['B.yaml', '[odd].yaml', 'c.json', 'd.txt', 'e.YAML']],
    ['\\[odd\\].yaml', ['[odd].yaml']],
    ['**/*.yml', ['a.yml', 'sub/deeper/x.yml']],
    ['sub*/*.yaml', ['sub/a.yaml', 'sub/z.yaml', 'sub-x/y.yaml']],
    ['.*.yaml', ['.hidden.yaml']],
    ['sub/**', ['sub/a.yaml', 'sub/deeper/x.yml', 'sub/z.yaml']],
    ['*/deeper', ['sub/deeper/x.yml', 'zlink/deeper/x.yml']], // like a shell, * follows links
  ])('glob %s', async (pattern, expected) => {
    expect(await expandInputs([pattern], opts)).toEqual(expected);
  });

  it('matches absolute globs', async () => {
    expect(rel(await expandInputs([join(root, 'sub', '*.yaml')]))).toEqual([
      'sub/a.yaml',
      'sub/z.yaml',
    ]);
  });

  it('names a missing path or an empty glob', async () => {
    const e = await thrownAsync(expandInputs(['b.yaml', 'config/missing.yaml'], opts));
    expect(e.code).toBe('INPUT');
    expect(e.where).toBe('resolve');
    expect(e.message).toBe('config/missing.yaml: no such file or directory');
    const g = await thrownAsync(expandInputs(['*.yamlx'], { ...opts, where: '-f' }));
    expect(g.format()).toMatch(/^-f: no files match \*\.yamlx\. Globs are relative to /);
    const bad = await thrownAsync(expandInputs(['[z-a]*'], opts));
    expect(bad.message).toMatch(/^invalid glob \[z-a\]\*/);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));
});
