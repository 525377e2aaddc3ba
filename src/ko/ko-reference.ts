// `ko://<import path>`: how ko names a Go package where an image reference would go (in YAML for
// resolve, in .ko.yaml keys, in import-paths). The one place that knows the scheme.
export const koScheme = 'ko://';

export function isKoReference(value: string): boolean {
  return value.startsWith(koScheme);
}

/** The import path a reference names: `ko://` dropped when present (nothing else is changed). */
export function stripKoScheme(ref: string): string {
  return isKoReference(ref) ? ref.slice(koScheme.length) : ref;
}

/** `ko://<import path>`, as ko's builder records it (`created_by: ko build <ref>`). */
export function koReference(importPath: string): string {
  return `${koScheme}${stripKoScheme(importPath)}`;
}
