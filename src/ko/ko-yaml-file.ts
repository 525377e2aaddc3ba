// Reading a .ko.yaml file (docs/spec/ko-compat.md#72-keys) with positions, so that every mistake is reported at
// file:line:column. Loaded only when there is a file: see loadKoConfig.
import { parseBuilds, type KoBuild } from './ko-builds.js';
import {
  baseImage,
  defaultBaseImage,
  platformList,
  withEnvOverrides,
  type KoConfig,
  type Setting,
} from './ko-yaml.js';
import type { TemplateSource } from './templates.js';
import type { Env } from '../util/env.js';
import { stripKoScheme } from './ko-reference.js';
import { envList, unknownKeyMessage } from './fields.js';
import { YamlReader, type ConfigWarning } from './yaml-reader.js';

const topKeys = [
  'defaultBaseImage',
  'baseImageOverrides',
  'defaultPlatforms',
  'defaultEnv',
  'defaultFlags',
  'defaultLdflags',
  'builds',
];

/** Reads and checks a .ko.yaml; `file` names it in errors. Environment overrides apply on top. */
export function parseKoConfig(text: string, file: string, env: Env): KoConfig {
  const yaml = new YamlReader(file, text);
  const warnings: ConfigWarning[] = [];
  let base: Setting<string> = { value: defaultBaseImage, where: 'default' };
  const overrides = new Map<string, Setting<string>>();
  let platforms: Setting<readonly string[]> | undefined;
  let defaultEnv: readonly string[] = [];
  let defaultFlags: readonly TemplateSource[] = [];
  let defaultLdflags: readonly TemplateSource[] = [];
  let builds: readonly KoBuild[] = [];

  for (const e of yaml.root ? yaml.entries(yaml.root, 'the top level of .ko.yaml') : []) {
    const v = e.value;
    if (!v) continue; // `key:` with no value: unset, as in viper
    switch (e.name) {
      case 'defaultbaseimage':
        base = baseImage(yaml.string(v, e.key), e.key);
        break;
      case 'baseimageoverrides':
        for (const o of yaml.entries(v, e.key)) {
          // Lowercased like viper; `ko://` dropped so it matches the import path it names.
          const path = stripKoScheme(o.key).toLowerCase();
          if (!o.value) throw yaml.error(o.keyNode, `${e.key}: "${o.key}" has no base image`);
          const ref = baseImage(yaml.string(o.value, `${e.key}."${o.key}"`), `${e.key}."${o.key}"`);
          if (overrides.has(path)) {
            throw yaml.error(o.keyNode, `${e.key}: "${path}" is overridden twice`);
          }
          overrides.set(path, ref);
        }
        break;
      case 'defaultplatforms':
        platforms = platformList(yaml.stringList(v, e.key, 'fields'), e.key, yaml.where(v));
        break;
      case 'defaultenv':
        defaultEnv = envList(yaml.stringList(v, e.key, 'fields'), e.key);
        break;
      case 'defaultflags':
        defaultFlags = yaml.stringList(v, e.key, 'fields');
        break;
      case 'defaultldflags':
        defaultLdflags = yaml.stringList(v, e.key, 'fields');
        break;
      case 'builds':
        builds = parseBuilds(yaml, v, e.key, warnings);
        break;
      default:
        // `x-…` and `.…` keys hold YAML anchors for reuse, as in Compose files.
        if (e.name.startsWith('x-') || e.name.startsWith('.')) break;
        warnings.push(yaml.warning(e.keyNode, unknownKeyMessage(e.key, '.ko.yaml', topKeys)));
    }
  }
  return withEnvOverrides(
    {
      file,
      defaultBaseImage: base,
      baseImageOverrides: overrides,
      defaultPlatforms: platforms,
      defaultEnv,
      defaultFlags,
      defaultLdflags,
      builds,
      warnings,
    },
    env,
  );
}
