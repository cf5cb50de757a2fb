import path from 'node:path';
import type { ConfigFile } from '../config/config-schema.js';
import { readConfig, THRESHOLD_KEYS, type ResolvedConfig } from '../config/resolve-config.js';
import { resolveInputs, type RunInputs } from '../config/inventory-inputs.js';
import { RULES } from '../rules/index.js';
import { defaultSettings } from '../domain/settings.js';
import { todayUtc } from '../util/dates.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

export interface ConfigEntry {
  key: string;
  value: unknown;
  /** The option, the configuration file, or `default`. */
  source: string;
}

const THRESHOLDS = THRESHOLD_KEYS;
/** The NetScaler settings that a file's values override key by key (releaseLines, a table, is listed apart). */
const NETSCALER_MINIMUMS = ['autoTelemetryMinimum', 'lasMinimum', 'instanceLasMinimum', 'fipsLasMinimum', 'svmLasMinimum'] as const;

/** Every setting a lint run would use, and where each comes from: a pure function of what was read. */
export function describeConfig(input: {
  options: CliOptions;
  inputs: string[];
  from: RunInputs['from'];
  resolved: ResolvedConfig;
  raw: ConfigFile | undefined;
  shownFile: string | undefined;
  today: string;
}): ConfigEntry[] {
  const { options, resolved, raw, shownFile: file } = input;
  const fromFile = (present: boolean) => (present && file ? file : 'default');
  const defaults = defaultSettings();
  const entries: ConfigEntry[] = [
    {
      key: 'inventory',
      value: input.inputs,
      source: {
        named: 'command line',
        configuration: file ?? 'configuration',
        default: 'default (inventory/ or inventory.yaml, here or above)',
      }[input.from],
    },
    {
      key: 'configFile',
      value: file ?? null,
      source: options.config !== undefined ? '--config' : file ? 'found next to the inventory or at the repository root' : 'none found',
    },
    {
      key: 'asOf',
      value: options.asOf ?? resolved.asOf ?? input.today,
      source: options.asOf ? '--as-of' : resolved.asOf ? fromFile(true) : 'default (today, UTC)',
    },
    { key: 'failOn', value: options.failOn, source: options.failOnGiven ? '--fail-on' : 'default' },
  ];
  for (const rule of RULES) {
    const level = raw?.rules?.[rule.meta.id];
    entries.push({ key: `rules.${rule.meta.id}`, value: level ?? rule.meta.severity, source: fromFile(level !== undefined) });
  }
  for (const key of THRESHOLDS) {
    entries.push({
      key: `thresholds.${key}`,
      value: resolved.settings.policy[key],
      source: fromFile(raw?.thresholds?.[key] !== undefined),
    });
  }
  const added = raw?.licenseServerBuilds?.length ?? 0;
  const newest = resolved.settings.builds.at(-1);
  entries.push({
    key: 'licenseServerBuilds',
    value: `${resolved.settings.builds.length} builds, newest ${newest?.build} (${newest?.released})`,
    source: added > 0 ? `built-in catalog of ${defaults.builds.length} and ${added} from ${file}` : 'default (built-in catalog)',
  });
  for (const key of NETSCALER_MINIMUMS) {
    entries.push({
      key: `netscaler.${key}`,
      value: resolved.settings.netscaler[key],
      source: fromFile(raw?.netscaler?.[key] !== undefined),
    });
  }
  const lines = raw?.netscaler?.releaseLines?.length ?? 0;
  entries.push({
    key: 'netscaler.releaseLines',
    value: resolved.settings.netscaler.releaseLines,
    source:
      lines > 0 ? `built-in table of ${defaults.netscaler.releaseLines.length} and ${lines} from ${file}` : 'default (built-in table)',
  });
  entries.push({
    key: 'collected.folders',
    value: resolved.collectedFolders ?? ['collected'],
    source: resolved.collectedFolders ? fromFile(true) : 'default (collected/ next to the inventory and at the repository root)',
  });
  entries.push({
    key: 'limits.inventoryFileMB',
    value: resolved.limits.maxFileBytes / 1024 / 1024,
    source: fromFile(raw?.limits?.inventoryFileMB !== undefined),
  });
  entries.push({
    key: 'limits.licenseFileMB',
    value: resolved.limits.maxLicenseFileBytes / 1024 / 1024,
    source: fromFile(raw?.limits?.licenseFileMB !== undefined),
  });
  return entries;
}

export function renderConfig(entries: readonly ConfigEntry[], format: string | undefined): string {
  if (format === 'json') return `${JSON.stringify({ settings: entries }, null, 2)}\n`;
  const lines = entries.map((e) => [`${e.key}: ${typeof e.value === 'string' ? e.value : JSON.stringify(e.value)}`, e.source] as const);
  // A long value (the release-line table) is not the measure of every other line.
  const width = Math.min(72, Math.max(...lines.map(([text]) => text.length)));
  return lines.map(([text, source]) => `${text.padEnd(width)}  # ${source}\n`).join('');
}

/** `--print-config`: what a lint with the same options would use, nothing linted. */
export function runPrintConfig(options: CliOptions, io: CliIo): number {
  const named = options.paths.map((p) => (p === '-' ? (options.stdinFilename ?? 'stdin.yaml') : p));
  const { inputs, config: resolved, from } = resolveInputs({ explicit: options.config, paths: named, cwd: io.cwd });
  const raw = resolved.file ? readConfig(resolved.file, io.cwd) : undefined;
  const shownFile = resolved.file ? path.relative(io.cwd, resolved.file).split(path.sep).join('/') : undefined;
  const entries = describeConfig({ options, inputs, from, resolved, raw, shownFile, today: todayUtc(io.now()) });
  writeOutput(io, options.output, renderConfig(entries, options.format));
  return 0;
}
