import path from 'node:path';
import { byPosition, type Finding, type Severity } from '../model/finding.js';
import type { Inventory, IsoDate } from '../model/inventory.js';
import { isSourceRange } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import type { InventoryRoot } from '../load/discover.js';
import { planExtents, type Extent } from '../load/extent.js';
import { loadInventory, type LoadedInventory } from '../load/load-inventory.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../load/parse-inventory-file.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { loadEvidence, type CommitTime } from '../load/evidence/load-evidence.js';

export type { CommitTime } from '../load/evidence/load-evidence.js';
import { applyCollectedVersions } from '../load/evidence/apply-versions.js';
import { InventoryIndex } from '../domain/inventory-index.js';
import { hash53 } from '../util/hash.js';
import { capMessage } from '../util/format.js';
import { FindingCap } from './finding-cap.js';
import { collectDeadlines, type Deadline } from '../domain/deadlines.js';
import { applySuppressions } from '../suppress/apply-suppressions.js';
import { parseDirectives } from '../suppress/parse-directives.js';
import { RULES, ruleById } from '../rules/index.js';
import { renderMessage, type RuleLevel } from '../rules/rule.js';
import { thresholdWords } from '../rules/thresholds.js';
import { defaultSettings, type Settings } from '../domain/settings.js';
import { unverifiedAutomaticHosts } from '../domain/telemetry-evidence.js';
import { holdBack } from './hold-back.js';
import { bearsOn } from './bears-on.js';

export interface LintOptions {
  /** Inventory files or folders, relative to `cwd`. */
  inputs: readonly string[];
  /**
   * The inventory the configuration declares (`inventory:`, absolute paths): a file named
   * inside it is read with all of it. Undefined: the default, `inventory/` or `inventory.yaml`.
   */
  inventory?: readonly string[];
  cwd: string;
  asOf: IsoDate;
  settings?: Settings;
  /** Severity per rule id, from configuration. */
  ruleLevels?: Readonly<Record<string, RuleLevel>>;
  limits?: ParseLimits;
  /** Where files are read: the disk, or a commit held in memory. */
  fs?: FileSystem;
  /** Collected evidence: configured folders, and when git says each file was committed (the door asks git). */
  collected?: { folders?: readonly string[]; commitTime?: CommitTime };
}

export interface LocatedDeadline extends Omit<Deadline, 'at'> {
  file: string;
  line: number;
}

export interface LintResult {
  asOf: IsoDate;
  /** Absolute paths of the inventory files shown: all those read, unless a file of a wider inventory was named. */
  files: string[];
  /** How many inventory files were read (more than `files` when a named file was read with its inventory). */
  filesRead?: number;
  /** Files named outside any declared or default inventory: linted on their own, as named. */
  alone?: string[];
  findings: Finding[];
  /** Every deadline from as-of on, earliest first (the markdown report charts them). */
  deadlines: LocatedDeadline[];
  /** The merged model, for comparing two versions of the inventory (undefined: none read). */
  inventory: Inventory | undefined;
  /**
   * Active automatic-telemetry hosts whose last upload no collected evidence states: not a
   * finding (nothing says they fail), but the summary says how many were not checked.
   */
  telemetryUnverified?: string[];
}

/** Inputs in, findings out: never prints, never exits, never reads the environment. */
export function lint(options: LintOptions): LintResult {
  const results = planExtents(options.inputs, options.cwd, options.inventory, options.fs).map((extent) => lintExtent(extent, options));
  return results.length === 1 ? results[0]! : mergeResults(results);
}

/**
 * A file named inside a declared or default inventory folder is read with that whole
 * inventory, so that references to the other files resolve; what shows is what bears on
 * the named files' verdict, and the result says how many files were read.
 */
function lintExtent(extent: Extent, options: LintOptions): LintResult {
  const { result, loaded } = lintRoots(extent.roots, options);
  const read = { filesRead: result.files.length, ...(extent.alone.length > 0 ? { alone: extent.alone } : {}) };
  const named = extent.named;
  if (named === undefined) return { ...result, ...read };
  const shown = bearsOn(named, loaded);
  const findings = result.findings.filter(shown);
  const withFindings = new Set(findings.map((finding) => finding.file));
  const hosts = [...loaded.inventory.licenseServers, ...loaded.inventory.netscalerConsoles];
  const namedHosts = new Set(hosts.filter((host) => named.has(host.at.file)).map((host) => host.hostname));
  return {
    ...result,
    ...read,
    files: result.files.filter((file) => named.has(file) || withFindings.has(file)),
    findings,
    deadlines: result.deadlines.filter((deadline) => shown({ file: deadline.file })),
    telemetryUnverified: result.telemetryUnverified?.filter((host) => namedHosts.has(host)),
  };
}

/**
 * Inventories named together (a folder, and a file of another inventory) are each judged on
 * their own and reported as one run. The model kept is the first one's: the change digest
 * compares one inventory.
 */
function mergeResults(results: readonly LintResult[]): LintResult {
  // A file read in two of them shows its findings once.
  const byId = new Map(
    results.flatMap((result) => result.findings).map((f) => [`${f.file}|${f.line}|${f.column}|${f.ruleId}|${f.message}`, f]),
  );
  const findings = [...byId.values()];
  const alone = results.flatMap((result) => result.alone ?? []);
  return {
    asOf: results[0]!.asOf,
    files: [...new Set(results.flatMap((result) => result.files))],
    filesRead: results.reduce((sum, result) => sum + (result.filesRead ?? result.files.length), 0),
    ...(alone.length > 0 ? { alone } : {}),
    findings: findings.sort(byPosition),
    deadlines: results.flatMap((result) => result.deadlines).sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0)),
    inventory: results[0]!.inventory,
    telemetryUnverified: [...new Set(results.flatMap((result) => result.telemetryUnverified ?? []))],
  };
}

function lintRoots(roots: readonly InventoryRoot[], options: Omit<LintOptions, 'inputs'>): { result: LintResult; loaded: LoadedInventory } {
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const loaded = loadInventory(roots, limits, options.fs);
  const settings = options.settings ?? defaultSettings();
  loaded.inventory.evidence = loadEvidence(
    roots,
    options.cwd,
    { ...options.collected, maxBytes: limits.maxFileBytes },
    options.fs ?? diskFileSystem,
    (finding) => loaded.findings.push(finding),
  );
  applyCollectedVersions(loaded.inventory, options.asOf, settings.policy);
  const upcoming = collectDeadlines(loaded.inventory, settings, options.asOf);
  const cap = new FindingCap();
  const raw = [
    ...loaded.findings.filter((f) => cap.admit(f)),
    ...holdBack(runRules(loaded, { ...options, settings }, upcoming, cap), loaded.doubts),
  ];
  raw.push(...cap.summaries());
  const findings = finalize(raw, loaded, options);
  const directives = [...loaded.sources.values()]
    .filter((source) => source.text.includes('citrix-license-lint-'))
    .flatMap((source) => parseDirectives(source.file, source.text));
  const problems = applySuppressions(
    findings,
    directives,
    options.asOf,
    RULES.map((rule) => rule.meta.id),
  );
  const all = problems.length > 0 ? [...findings, ...finalize(problems, loaded, options)].sort(byPosition) : findings;
  const deadlines = upcoming.map(({ at, ...rest }) => {
    const range = isSourceRange(at) ? at : loaded.sources.get(at.file)!.locate(at.path);
    return { ...rest, file: range.file, line: range.line };
  });
  const telemetryUnverified = unverifiedAutomaticHosts(loaded.inventory, settings, options.asOf, {
    licenseServers: options.ruleLevels?.['license-server/telemetry-overdue'] !== 'off',
    consoles: options.ruleLevels?.['netscaler-console/telemetry-overdue'] !== 'off',
  });
  return {
    result: {
      asOf: options.asOf,
      files: loaded.inventory.files,
      findings: all,
      deadlines,
      inventory: loaded.inventory,
      telemetryUnverified,
    },
    loaded,
  };
}

function runRules(
  loaded: LoadedInventory,
  options: Omit<LintOptions, 'inputs'> & { settings: Settings },
  deadlines: readonly Deadline[],
  cap: FindingCap,
): RawFinding[] {
  const { settings } = options;
  // Messages may quote the configured thresholds as placeholders of their own.
  const thresholds = thresholdWords(settings);
  const index = new InventoryIndex(loaded.inventory);
  const out: RawFinding[] = [];
  for (const rule of RULES) {
    if (!rule.check || options.ruleLevels?.[rule.meta.id] === 'off') continue;
    rule.check({
      inventory: loaded.inventory,
      index,
      asOf: options.asOf,
      settings,
      deadlines,
      report: (descriptor) => {
        // Counted before the message is even rendered: a capped finding costs a map lookup.
        if (!cap.admit({ ruleId: rule.meta.id, message: '', where: descriptor.at, entity: descriptor.entity })) return;
        const template = (rule.meta.messages as Record<string, string>)[descriptor.messageId]!;
        out.push({
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          message: renderMessage(template, descriptor.data, thresholds),
          where: descriptor.at,
          entity: descriptor.entity,
          severity: descriptor.severity,
        });
      },
    });
  }
  return out;
}

function finalize(raw: readonly RawFinding[], loaded: LoadedInventory, options: Omit<LintOptions, 'inputs'>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const level = options.ruleLevels?.[item.ruleId];
    if (level === 'off') continue;
    const severity: Severity = level ?? item.severity ?? ruleById(item.ruleId)?.meta.severity ?? 'error';
    const range = isSourceRange(item.where)
      ? item.where
      : loaded.sources.get(item.where.file)!.locate(item.where.path, item.onKey ?? false);
    const entity = item.entity.split(options.cwd + path.sep).join('');
    const finding: Finding = {
      ruleId: item.ruleId,
      severity,
      ...(item.messageId === undefined ? {} : { messageId: item.messageId }),
      // A rule may quote a value written in the inventory: bounded, whatever was written.
      message: capMessage(item.message),
      file: range.file,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      fingerprint: fingerprint(item.ruleId, entity),
    };
    // The same .lic referenced from two servers would otherwise repeat its syntax findings;
    // and one message is said once at one place, whichever rule says it.
    const id = `${finding.file}|${finding.line}|${finding.column}|${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings.sort(byPosition);
}

function fingerprint(ruleId: string, entity: string): string {
  return hash53(`${ruleId}\0${entity}`);
}
