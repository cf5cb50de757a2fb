import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RuleLevel } from '../rules/rule.js';
import { RULES } from '../rules/index.js';
import { defaultSettings, type Settings } from '../domain/settings.js';
import type { BuildRelease } from '../data/license-server-builds.js';
import { findRepositoryRoot } from '../load/discover.js';
import { containmentProblem } from '../io/containment.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../load/parse-inventory-file.js';
import { readYaml, type YamlText } from '../yaml/read-yaml.js';
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
  /** `collected.folders`, relative to the repository root; undefined: the default places. */
  collectedFolders?: string[];
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

/**
 * The one configuration of a repository: at its root, or in the inventory folder. Both at
 * once would let a hidden file in the inventory folder silently override the one that
 * CODEOWNERS protects at the root, so that is refused, as are two names in one folder.
 */
function discoverConfig(inputs: readonly string[], cwd: string): string | undefined {
  const found = discoveryCandidates(inputs, cwd).filter((candidate) => existsSync(candidate));
  if (found.length > 1) {
    const shown = found.map((f) => path.relative(cwd, f) || f);
    throw new UsageError(
      `two configuration files: ${shown.join(' and ')}; keep only one, at the repository root (where a CODEOWNERS rule can protect it), so that no second file silently overrides it`,
    );
  }
  return found[0];
}

/** Where discovery looks, in order: the inventory folder, then the repository root. */
function discoveryCandidates(inputs: readonly string[], cwd: string): string[] {
  const first = path.resolve(cwd, inputs[0] ?? '.');
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
  return [...new Set([folder, findRepositoryRoot(folder)])].flatMap((candidateFolder) =>
    CONFIG_NAMES.map((name) => path.join(candidateFolder, name)),
  );
}

/** The paths the configuration may have (the file named, else where discovery looks), for reading another commit's. */
export function configCandidates(options: { explicit?: string; inputs: readonly string[]; cwd: string }): string[] {
  return options.explicit !== undefined ? [path.resolve(options.cwd, options.explicit)] : discoveryCandidates(options.inputs, options.cwd);
}

/**
 * Where a run's configuration comes from: the working tree's, or another commit's read at
 * the same places (the shape change/compared-run.ts takes as its ConfigSource).
 */
export function configSource(options: { explicit?: string; inputs: readonly string[]; cwd: string }) {
  const candidates = configCandidates(options);
  return { candidates, head: () => resolveConfig(options), at: (fs: FileSystem) => resolveConfigIn(fs, candidates, options.cwd) };
}

/**
 * The configuration as another commit has it (`fs` holds that commit's files): the first
 * candidate present, or the defaults. A pull request's base is judged by the base's own
 * configuration, so that a change cannot relax the rules it is judged by.
 */
export function resolveConfigIn(fs: FileSystem, candidates: readonly string[], cwd: string): ResolvedConfig {
  const file = candidates.find((candidate) => fs.stat(candidate)?.isFile === true);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  const text = fs.readFile(file, 1024 * 1024).toString('utf8');
  return { file, ...applyConfig(parseConfigText(file, text, path.relative(cwd, file) || file)) };
}

/** Reads a configuration file from disk: it must not be a link leading outside the repository or into .git. */
export function readConfig(file: string, cwd: string): ConfigFile {
  const shown = path.relative(cwd, file) || file;
  const leaves = containmentProblem(file, findRepositoryRoot(path.dirname(file)), diskFileSystem);
  if (leaves) throw new UsageError(`${shown}: the configuration is not read: it ${leaves}; commit the file itself`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfigText(file, text, shown);
}

/** Validates a configuration's text (read from disk, or from a base commit); any problem is a UsageError. */
export function parseConfigText(file: string, text: string, shown: string): ConfigFile {
  const { source, data } = readConfigYaml(file, text, shown);
  const polluting = pollutingKey(data);
  if (polluting) {
    const at = source.locate(polluting, true);
    throw new UsageError(
      `invalid configuration:\n${shown}:${at.line}:${at.column}: the key \`${polluting.at(-1)}\` is not allowed: it names a property of every JavaScript object; remove it`,
    );
  }
  const parsed = configSchema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const issuePath = issue.path.map((p: PropertyKey) => (typeof p === 'symbol' ? String(p) : p));
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const at = source.locate([...issuePath, key], true);
          problems.push(`${shown}:${at.line}:${at.column}: unknown key \`${key}\`${suggestKey(issuePath, key)}`);
        }
        continue;
      }
      const at = source.locate(issuePath);
      const name = issuePath.length > 0 ? `\`${issuePath.join('.')}\`` : 'the configuration';
      problems.push(`${shown}:${at.line}:${at.column}: ${name} ${issue.message}`);
    }
  } else {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (ids.includes(id)) continue;
      const at = source.locate(['rules', id], true);
      const suggestion = didYouMean(id, ids);
      problems.push(
        `${shown}:${at.line}:${at.column}: unknown rule \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ': see docs/rules/README.md for the rule ids'}`,
      );
    }
  }
  if (problems.length > 0) throw new UsageError(`invalid configuration:\n${problems.join('\n')}`);
  return parsed.data!;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key that would reach Object.prototype if copied naively, if any. */
function pollutingKey(value: unknown, at: (string | number)[] = []): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...at, key];
    const child = pollutingKey((value as Record<string, unknown>)[key], [...at, Array.isArray(value) ? Number(key) : key]);
    if (child) return child;
  }
  return undefined;
}

function readConfigYaml(file: string, text: string, shown: string): { source: YamlText; data: unknown } {
  const source = readYaml(file, text, { maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount });
  if (source.errors.length > 0) {
    const problems = source.errors.map((e) => {
      const at = source.rangeAt(e.start, e.end);
      return `${shown}:${at.line}:${at.column}: ${e.message.split('\n')[0]}`;
    });
    throw new UsageError(`invalid configuration:\n${problems.join('\n')}`);
  }
  if (source.dataProblem !== undefined)
    throw new UsageError(`${shown}: ${source.dataProblem.replace(/\.$/, '')}: remove the aliases (*name) that expand too far`);
  return { source, data: source.data ?? {} };
}

/** The keys of `thresholds:`, in the order --print-config shows them. */
export const THRESHOLD_KEYS = [
  'automaticTelemetryMaxAgeDays',
  'manualUploadIntervalDays',
  'consoleFirstUploadDays',
  'versionGraceMonths',
  'deadlineHorizonDays',
  'collectedMaxAgeDays',
] as const;

const TOP_KEYS = ['asOf', 'rules', 'thresholds', 'licenseServerBuilds', 'limits', 'netscaler', 'collected'];
const NESTED_KEYS: Record<string, readonly string[]> = {
  thresholds: THRESHOLD_KEYS,
  collected: ['folders'],
  netscaler: ['autoTelemetryMinimum', 'lasMinimum', 'instanceLasMinimum', 'fipsLasMinimum', 'svmLasMinimum', 'releaseLines'],
  limits: ['inventoryFileMB', 'licenseFileMB'],
  licenseServerBuilds: ['build', 'released', 'precision', 'source'],
};

function suggestKey(issuePath: readonly PropertyKey[], key: string): string {
  const parent = issuePath.find((p) => typeof p === 'string') as string | undefined;
  const candidates = issuePath.length === 0 ? TOP_KEYS : (NESTED_KEYS[parent ?? ''] ?? []);
  const suggestion = didYouMean(key, candidates);
  return suggestion
    ? `: did you mean \`${suggestion}\`?`
    : candidates.length > 0
      ? `: the keys allowed here are ${candidates.join(', ')}`
      : '';
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
  for (const key of ['instanceLasMinimum', 'fipsLasMinimum', 'svmLasMinimum'] as const) {
    const override = config.netscaler?.[key];
    if (override) settings.netscaler[key] = { ...settings.netscaler[key], ...override };
  }
  if (config.netscaler?.releaseLines) {
    const byLine = new Map(settings.netscaler.releaseLines.map((row) => [row.line, row]));
    for (const row of config.netscaler.releaseLines) byLine.set(row.line, row);
    settings.netscaler.releaseLines = [...byLine.values()];
  }
  const limits: ParseLimits = {
    ...DEFAULT_PARSE_LIMITS,
    ...(config.limits?.inventoryFileMB ? { maxFileBytes: config.limits.inventoryFileMB * 1024 * 1024 } : {}),
    ...(config.limits?.licenseFileMB ? { maxLicenseFileBytes: config.limits.licenseFileMB * 1024 * 1024 } : {}),
  };
  const collectedFolders = config.collected?.folders;
  return {
    asOf: config.asOf,
    settings,
    ruleLevels: { ...(config.rules ?? {}) },
    limits,
    ...(collectedFolders ? { collectedFolders } : {}),
  };
}
