// -l/--selector for resolve, apply and create (src/resolve/selector.ts): Kubernetes label selectors
// as labels.Parse reads them, and the documents ko keeps (pkg/resolve/selector.go).
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { parseSelector, selectDocuments } from '../../src/resolve/selector.js';
import { errorMessage } from '../../src/util/errors.js';
import { thrown } from '../support/errors.js';

const pod = (name: string, labels: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: {${labels}}\n`;
const names = (yaml: string): string[] =>
  parseAllDocuments(yaml).flatMap((d) => {
    const js = d.toJS() as {
      metadata?: { name?: string };
      items?: { metadata: { name: string } }[];
    };
    if (!js) return [];
    return js.items ? js.items.map((i) => i.metadata.name) : [js.metadata?.name ?? '?'];
  });

describe('selectDocuments', () => {
  const text = [
    '# leading comment\n' + pod('a', 'app: x, tier: web'),
    pod('b', 'app: y'),
    pod('c', 'tier: db'),
    'apiVersion: v1\nkind: Service\nmetadata: {name: d}\n',
  ].join('---\n');

  it.each([
    ['app=x', ['a']],
    ['app==x', ['a']],
    ['app!=x', ['b', 'c', 'd']],
    ['app in (x, y)', ['a', 'b']],
    ['app notin (x)', ['b', 'c', 'd']],
    ['tier', ['a', 'c']],
    ['!tier', ['b', 'd']],
    ['app=x,tier=web', ['a']],
    ['app=x,tier=db', []],
  ])('%s keeps %j', (selector, want) => {
    expect(names(selectDocuments(text, parseSelector(selector), 'f.yaml'))).toEqual(want);
  });

  it('keeps a kept document as written, comments and all', () => {
    const kept = selectDocuments(text, parseSelector('app=x'), 'f.yaml');
    expect(kept.startsWith('# leading comment\napiVersion: v1')).toBe(true);
  });

  it("keeps a List's matching items only, and drops a List with none", () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n' +
      '  - {apiVersion: v1, kind: Pod, metadata: {name: i1, labels: {app: x}}}\n' +
      '  - {apiVersion: v1, kind: Pod, metadata: {name: i2}}\n';
    expect(names(selectDocuments(list, parseSelector('app=x'), 'l.yaml'))).toEqual(['i1']);
    expect(selectDocuments(list, parseSelector('app=z'), 'l.yaml')).toBe('');
  });

  it('drops null documents and refuses one that is not a Kubernetes object', () => {
    expect(selectDocuments('---\n---\n', parseSelector('app=x'), 'e.yaml')).toBe('');
    const e = thrown(() => selectDocuments('a: 1\n', parseSelector('app=x'), 'bad.yaml'));
    expect(e.message).toContain("yaml doesn't represent a k8s object");
    expect(errorMessage(e)).toContain('bad.yaml');
  });
});

describe('parseSelector', () => {
  it.each(['===', 'app=x=y', 'a b c', 'app in x', '-bad=1'])('refuses %s', (s) => {
    expect(thrown(() => parseSelector(s)).message).toContain('unable to parse selector');
  });
});
