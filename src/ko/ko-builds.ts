// `.ko.yaml` `builds[]` entries (ko pkg/build/config.go Config, loaded by
// pkg/commands/options/build.go createBuildConfigMap): GoReleaser-shaped, keyed later by the
// import path of `main`.
import type { Node } from 'yaml';
import { KoActionError } from '../util/errors.js';
import { capabilityXattr } from '../oci/capabilities.js';
import type { TemplateSource } from './templates.js';
import { envList, unknownKeyMessage } from './fields.js';
import type { ConfigWarning, YamlReader } from './yaml-reader.js';

export interface KoBuild {
  /** Position in `builds`. */
  readonly index: number;
  /** `id`, default `#<index>`. */
  readonly id: string;
  /** Directory `go list` and `go build` run in, relative to working-directory; default `.`. */
  readonly dir: string;
  /** Package directory, or a Go file in it, relative to `dir`; default `.`. */
  readonly main: string;
  /** KEY=VALUE; empty means "use defaultEnv". */
  readonly env: readonly string[];
  /** Empty means "use defaultFlags". */
  readonly flags: readonly TemplateSource[];
  /** Empty means "use defaultLdflags". */
  readonly ldflags: readonly TemplateSource[];
  readonly linuxCapabilities: readonly string[];
  /** file:line:column of the entry, of its `dir` and of its `main` (the entry's when unset). */
  readonly where: string;
  readonly dirWhere: string;
  readonly mainWhere: string;
}

const buildKeys = ['id', 'dir', 'main', 'env', 'flags', 'ldflags', 'linux_capabilities'];

// GoReleaser build keys that ko ignores: a warning, not an error, so GoReleaser-style configs
// that work with ko keep working. The value says what to do instead.
const goreleaserKeys: Readonly<Record<string, string>> = {
  goos: 'use defaultPlatforms or the platforms input',
  goarch: 'use defaultPlatforms or the platforms input',
  goarm: 'use a platform variant such as linux/arm/v7',
  goamd64: 'use a platform variant such as linux/amd64/v3',
  goarm64: 'ko ignores it',
  gomips: 'ko ignores it',
  go386: 'ko ignores it',
  goppc64: 'ko ignores it',
  goriscv64: 'ko ignores it',
  targets: 'use defaultPlatforms or the platforms input',
  ignore: 'use defaultPlatforms or the platforms input',
  binary: 'ko names the binary after the import path',
  gcflags: 'put -gcflags=… in flags',
  asmflags: 'put -asmflags=… in flags',
  tags: 'put -tags=… in flags',
  mod_timestamp: 'ko uses SOURCE_DATE_EPOCH',
  gobinary: 'ko uses KO_GO_PATH or the go-version input',
  tool: 'ko uses KO_GO_PATH or the go-version input',
  command: 'ko always runs go build',
  buildmode: 'put -buildmode=… in flags',
  hooks: 'run the commands in an earlier step',
  skip: 'remove the entry instead',
  no_unique_dist_dir: 'ko ignores it',
  no_main_check: 'ko ignores it',
  builder: 'ko ignores it',
  overrides: 'ko ignores it',
  lang: 'ko ignores it',
};

export function parseBuilds(
  yaml: YamlReader,
  node: Node,
  key: string,
  warnings: ConfigWarning[],
): KoBuild[] {
  return yaml.items(node, key).map((entry, index) => {
    const what = `${key}[${index}]`;
    const out = {
      index,
      id: `#${index}`,
      dir: '.',
      main: '.',
      env: [] as string[],
      flags: [] as TemplateSource[],
      ldflags: [] as TemplateSource[],
      linuxCapabilities: [] as string[],
      where: yaml.where(entry),
      dirWhere: yaml.where(entry),
      mainWhere: yaml.where(entry),
    };
    for (const e of yaml.entries(entry, what)) {
      const v = e.value;
      const field = `${what}.${e.key}`;
      if (!v) continue; // null: unset, so the default applies
      switch (e.name) {
        case 'id':
          out.id = yaml.string(v, field).text || out.id;
          break;
        case 'dir': {
          const s = yaml.string(v, field);
          out.dir = s.text || '.';
          out.dirWhere = s.where;
          break;
        }
        case 'main': {
          const s = yaml.string(v, field);
          out.main = s.text || '.';
          out.mainWhere = s.where;
          break;
        }
        case 'env':
          // ko's Env is a plain []string: a lone string is one entry, not split.
          out.env = envList(yaml.stringList(v, field, 'single'), field);
          break;
        case 'flags':
          out.flags = yaml.stringList(v, field, 'fields');
          break;
        case 'ldflags':
          out.ldflags = yaml.stringList(v, field, 'single');
          break;
        case 'linux_capabilities':
          out.linuxCapabilities = yaml.stringList(v, field, 'fields').map((c) => {
            checkCapability(c, field);
            return c.text;
          });
          break;
        default: {
          const instead = goreleaserKeys[e.name];
          if (instead === undefined) {
            warnings.push(yaml.warning(e.keyNode, unknownKeyMessage(e.key, what, buildKeys)));
            break;
          }
          warnings.push(
            yaml.warning(
              e.keyNode,
              `${what}.${e.key} is a GoReleaser setting that ko ignores (${instead})`,
            ),
          );
        }
      }
    }
    return out;
  });
}

function checkCapability(c: TemplateSource, field: string): void {
  try {
    capabilityXattr([c.text]);
  } catch (err) {
    const e = err as KoActionError;
    throw new KoActionError(
      'CONFIG',
      `${field}: ${e.message}`,
      e.hint ? { where: c.where, hint: e.hint } : { where: c.where },
    );
  }
}
