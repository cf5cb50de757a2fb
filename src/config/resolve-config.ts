import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { RuleLevel } from '../engine/lint.js';
import { RULES } from '../engine/registry.js';
import { defaultSettings, type Settings } from '../engine/settings.js';
import type { BuildRelease } from '../data/license-server-builds.js';
import { findRepositoryRoot } from '../load/discover.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../load/parse-yaml.js';
import { tryQuickParse } from '../load/quick-parse.js';
import { locate, rangeAt, type SourceFile } from '../load/source-file.js';
import { didYouMean } from '../util/did-you-mean.js';
import { UsageError } from '../util/errors.js';
import { configSchema, type ConfigFile } from './config-schema.js';

export const CONFIG_NAMES = ['.citrix-license-lint.yml', '.citrix-license-lint.yaml'];

export interface ResolvedConfig {
  /** The file read, if any. */
  file?: string;
  asOf?: string;
  settings: Settings;
  ruleLevels: Record<string, RuleLevel>;
  limits: ParseLimits;
}

/** Finds, reads and validates the configuration; any problem is a UsageError (exit 2). */
export function resolveConfig(options: { explicit?: string; inputs: readonly string[]; cwd: string }): ResolvedConfig {
  const file = options.explicit !== undefined ? explicitFile(options.explicit, options.cwd) : discoverConfig(options.inputs, options.cwd);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  return { file, ...applyConfig(readConfig(file, options.cwd)) };
}

function explicitFile(explicit: string, cwd: string): string {
  const file = path.resolve(cwd, explicit);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${explicit}: no such configuration file`);
  return file;
}

function discoverConfig(inputs: readonly string[], cwd: string): string | undefined {
  const first = path.resolve(cwd, inputs[0] ?? '.');
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
  for (const candidateFolder of [folder, findRepositoryRoot(folder)]) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(candidateFolder, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export function readConfig(file: string, cwd: string): ConfigFile {
  const shown = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { source, data } = readConfigYaml(file, text, shown);
  const parsed = configSchema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const issuePath = issue.path.map((p: PropertyKey) => (typeof p === "symbol" ? String(p) : p));
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const at = locate(source, [...issuePath, key], true);
          problems.push(`${shown}:${at.line}:${at.column}: unknown key \`${key}\`${suggestKey(data, issuePath, key)}`);
        }
        continue;
      }
      const at = locate(source, issuePath);
      const name = issuePath.length > 0 ? `\`${issuePath.join('.')}\`` : 'the configuration';
      problems.push(`${shown}:${at.line}:${at.column}: ${name} ${issue.message}`);
    }
  } else {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (ids.includes(id)) continue;
      const at = locate(source, ['rules', id], true);
      const suggestion = didYouMean(id, ids);
      problems.push(`${shown}:${at.line}:${at.column}: unknown rule \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ': see docs/rules/README.md for the rule ids'}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`invalid configuration:\n${problems.join('\n')}`);
  return parsed.data!;
}

function readConfigYaml(file: string, text: string, shown: string): { source: SourceFile; data: unknown } {
  const quick = tryQuickParse(text);
  if (quick) return { source: { file, text, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions }, data: quick.data };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  const source: SourceFile = { file, text, lineCounter, doc };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const at = rangeAt(source, e.pos[0], e.pos[1]);
      return `${shown}:${at.line}:${at.column}: ${e.message.split('\n')[0]}`;
    });
    throw new UsageError(`invalid configuration:\n${problems.join('\n')}`);
  }
  return { source, data: doc.toJS({ maxAliasCount: 100 }) ?? {} };
}

const TOP_KEYS = ['asOf', 'rules', 'thresholds', 'licenseServerBuilds', 'limits', 'netscaler'];
const NESTED_KEYS: Record<string, string[]> = {
  thresholds: ['automaticTelemetryMaxAgeDays', 'manualUploadIntervalDays', 'consoleFirstUploadDays', 'versionGraceMonths', 'deadlineHorizonDays'],
  netscaler: ['autoTelemetryMinimum', 'lasMinimum'],
  limits: ['inventoryFileMB', 'licenseFileMB'],
  licenseServerBuilds: ['build', 'released', 'precision', 'source'],
};

function suggestKey(_data: unknown, issuePath: readonly PropertyKey[], key: string): string {
  const parent = issuePath.find((p) => typeof p === 'string') as string | undefined;
  const candidates = issuePath.length === 0 ? TOP_KEYS : NESTED_KEYS[parent ?? ''] ?? [];
  const suggestion = didYouMean(key, candidates);
  return suggestion ? `: did you mean \`${suggestion}\`?` : candidates.length > 0 ? `: the keys allowed here are ${candidates.join(', ')}` : '';
}

/** Layers the configuration over the built-in policy, build catalog and thresholds. */
export function applyConfig(config: ConfigFile): Omit<ResolvedConfig, 'file'> {
  const settings = defaultSettings();
  Object.assign(settings.policy, config.thresholds ?? {});
  if (config.licenseServerBuilds) {
    const byBuild = new Map<number, BuildRelease>(settings.builds.map((b) => [b.build, b]));
    for (const row of config.licenseServerBuilds) byBuild.set(row.build, row);
    settings.builds = [...byBuild.values()].sort((a, b) => a.build - b.build);
  }
  if (config.netscaler?.autoTelemetryMinimum) {
    settings.netscaler.autoTelemetryMinimum = { ...settings.netscaler.autoTelemetryMinimum, ...config.netscaler.autoTelemetryMinimum };
  }
  if (config.netscaler?.lasMinimum) settings.netscaler.lasMinimum = config.netscaler.lasMinimum;
  const limits: ParseLimits = {
    ...DEFAULT_PARSE_LIMITS,
    ...(config.limits?.inventoryFileMB ? { maxFileBytes: config.limits.inventoryFileMB * 1024 * 1024 } : {}),
    ...(config.limits?.licenseFileMB ? { maxLicenseFileBytes: config.limits.licenseFileMB * 1024 * 1024 } : {}),
  };
  return { asOf: config.asOf, settings, ruleLevels: { ...(config.rules ?? {}) }, limits };
}
