import path from 'node:path';
import { byPosition, type Blocker, type Finding, type Severity, type WithheldFinding } from '../model/finding.js';
import type { Inventory, IsoDate } from '../model/inventory.js';
import { isSourceRange } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import type { InventoryRoot } from '../load/discover.js';
import { planExtents, type Extent } from '../load/extent.js';
import type { LoadedInventory } from '../load/load-inventory.js';
import { load, type LoadOptions } from '../load/load.js';
import type { ParseLimits } from '../load/parse-inventory-file.js';
import type { FileSystem } from '../io/file-system.js';

export type { CommitTime } from '../load/evidence/load-evidence.js';
import { InventoryIndex } from '../domain/inventory-index.js';
import { hash53 } from '../util/hash.js';
import { FindingCap } from './finding-cap.js';
import { collectDeadlines, type Deadline } from '../domain/deadlines.js';
import { applySuppressions } from '../suppress/apply-suppressions.js';
import { parseDirectives } from '../suppress/parse-directives.js';
import { RULES, ruleById } from '../rules/index.js';
import type { RuleLevel } from '../rules/rule.js';
import { thresholdWords } from '../rules/thresholds.js';
import { defaultSettings, type Settings } from '../domain/settings.js';
import { unverifiedAutomaticHosts } from '../domain/telemetry-evidence.js';
import { holdBack, readableInventory } from './hold-back.js';
import { bearsOn } from './bears-on.js';
import { renderFinding } from './render-finding.js';
import type { TemplateValues } from '../util/template.js';

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
  collected?: LoadOptions['collected'];
}

export interface LocatedDeadline extends Omit<Deadline, 'at' | 'subjects' | 'advice'> {
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
  /**
   * Findings that may rest on what could not be read (a schema or syntax error), each with
   * the error it waits for: listed and counted, never dropped; their advice waits.
   */
  withheld: WithheldFinding[];
  /**
   * Files with a part that could not be read at all, each with the error that says so: what a
   * base found there and this run cannot is not known to be fixed (change/compare.ts).
   */
  unread: Blocker[];
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
  // A withheld finding shows where it would: with the named files, and the error it waits for with it.
  const withheld = result.withheld.filter(shown);
  const blocking = new Set(withheld.map((finding) => finding.waitsFor.fingerprint));
  const findings = result.findings.filter((finding) => shown(finding) || blocking.has(finding.fingerprint));
  const withFindings = new Set(findings.map((finding) => finding.file));
  const hosts = [...loaded.inventory.licenseServers, ...loaded.inventory.netscalerConsoles];
  const namedHosts = new Set(hosts.filter((host) => named.has(host.at.file)).map((host) => host.hostname));
  return {
    ...result,
    ...read,
    files: result.files.filter((file) => named.has(file) || withFindings.has(file)),
    findings,
    withheld,
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
    withheld: results.flatMap((result) => result.withheld),
    unread: results.flatMap((result) => result.unread),
    deadlines: results.flatMap((result) => result.deadlines).sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0)),
    inventory: results[0]!.inventory,
    telemetryUnverified: [...new Set(results.flatMap((result) => result.telemetryUnverified ?? []))],
  };
}

function lintRoots(roots: readonly InventoryRoot[], options: Omit<LintOptions, 'inputs'>): { result: LintResult; loaded: LoadedInventory } {
  const settings = options.settings ?? defaultSettings();
  const loaded = load(roots, { ...options, policy: settings.policy });
  const upcoming = collectDeadlines(loaded.inventory, settings, options.asOf);
  const cap = new FindingCap();
  const ruleOptions = { ...options, settings };
  const held = holdBack(
    runRules(loaded.inventory, ruleOptions, upcoming, cap),
    loaded.doubts,
    (id) => ruleById(id)?.meta,
    (ruleIds, namesOnly) =>
      runRules(readableInventory(loaded.inventory, loaded.doubts, namesOnly), ruleOptions, upcoming, new FindingCap(), ruleIds),
  );
  const raw = [...loaded.findings.filter((f) => cap.admit(f)), ...held.kept];
  raw.push(...cap.summaries());
  const thresholds = thresholdWords(settings);
  const findings = finalize(raw, loaded, options, thresholds);
  const blocker = blockers(loaded, options, thresholds);
  const withheld = withheldFindings(held.withheld, blocker, loaded, options, thresholds);
  const directives = [...loaded.sources.values()]
    .filter((source) => source.text.includes('citrix-license-lint-'))
    .flatMap((source) => parseDirectives(source.file, source.text));
  // A directive that covers a withheld finding is used: it suppresses it once it shows. The
  // errors that keep part of a file unread are not suppressed: nothing there was judged.
  const unread = [...loaded.doubts.unreadFiles.values()].map(blocker);
  const unreadPrints = new Set(unread.map((cause) => cause.fingerprint));
  const problems = applySuppressions(
    [...findings, ...withheld],
    directives,
    options.asOf,
    RULES.map((rule) => rule.meta.id),
    (finding) => unreadPrints.has(finding.fingerprint),
  );
  const all = problems.length > 0 ? [...findings, ...finalize(problems, loaded, options, thresholds)].sort(byPosition) : findings;
  const deadlines = upcoming.map(({ at, subjects: _subjects, advice: _advice, ...rest }) => {
    const range = isSourceRange(at) ? at : loaded.sources.get(at.file)!.locate(at.path);
    return { ...rest, file: range.file, line: range.line };
  });
  const verifying = (list: 'licenseServers' | 'netscalerConsoles') =>
    RULES.some((rule) => rule.meta.verifiesAutomaticTelemetry === list && options.ruleLevels?.[rule.meta.id] !== 'off');
  const telemetryUnverified = unverifiedAutomaticHosts(loaded.inventory, settings, options.asOf, {
    licenseServers: verifying('licenseServers'),
    consoles: verifying('netscalerConsoles'),
  });
  return {
    result: {
      asOf: options.asOf,
      files: loaded.inventory.files,
      findings: all,
      withheld,
      unread,
      deadlines,
      inventory: loaded.inventory,
      telemetryUnverified,
    },
    loaded,
  };
}

function runRules(
  inventory: Inventory,
  options: Omit<LintOptions, 'inputs'> & { settings: Settings },
  deadlines: readonly Deadline[],
  cap: FindingCap,
  only?: ReadonlySet<string>,
): RawFinding[] {
  const { settings } = options;
  const index = new InventoryIndex(inventory);
  const out: RawFinding[] = [];
  for (const rule of RULES) {
    if (!rule.check || options.ruleLevels?.[rule.meta.id] === 'off' || (only && !only.has(rule.meta.id))) continue;
    rule.check({
      inventory,
      index,
      asOf: options.asOf,
      settings,
      deadlines,
      report: (descriptor) => {
        const raw: RawFinding = {
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          values: descriptor.data ?? {},
          subjects: descriptor.subjects,
          where: descriptor.at,
          entity: descriptor.entity,
          severity: descriptor.severity,
          ...(descriptor.due === undefined ? {} : { due: descriptor.due }),
          ...(descriptor.advice === undefined ? {} : { advice: descriptor.advice }),
          ...(descriptor.absent === undefined ? {} : { absent: descriptor.absent }),
        };
        if (descriptor.amount !== undefined) {
          if (rule.meta.measures === undefined) throw new Error(`${rule.meta.id} reports an amount but declares no meta.measures`);
          raw.amount = descriptor.amount;
        }
        // Counted before the message is even rendered: a capped finding costs a map lookup.
        if (cap.admit(raw)) out.push(raw);
      },
    });
  }
  return out;
}

/** The error a doubt comes from, located and rendered as the finding it is (each once). */
function blockers(
  loaded: LoadedInventory,
  options: Omit<LintOptions, 'inputs'>,
  thresholds: TemplateValues,
): (cause: RawFinding) => Blocker {
  const located = new Map<RawFinding, Blocker>();
  return (cause) => {
    let found = located.get(cause);
    if (!found) {
      const [finding] = finalize([cause], loaded, { ...options, ruleLevels: undefined }, thresholds);
      const { ruleId, file, line, column, message, fingerprint } = finding!;
      located.set(cause, (found = { ruleId, file, line, column, message, fingerprint }));
    }
    return found;
  };
}

/** Each withheld finding, located and rendered, with the error it waits for. */
function withheldFindings(
  held: readonly { finding: RawFinding; cause: RawFinding }[],
  blocker: (cause: RawFinding) => Blocker,
  loaded: LoadedInventory,
  options: Omit<LintOptions, 'inputs'>,
  thresholds: TemplateValues,
): WithheldFinding[] {
  const out: WithheldFinding[] = [];
  for (const { finding, cause } of held) {
    const [located] = finalize([finding], loaded, options, thresholds);
    if (located) out.push({ ...located, waitsFor: blocker(cause) });
  }
  return out.sort(byPosition);
}

function finalize(
  raw: readonly RawFinding[],
  loaded: LoadedInventory,
  options: Omit<LintOptions, 'inputs'>,
  thresholds: TemplateValues,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const level = options.ruleLevels?.[item.ruleId];
    if (level === 'off') continue;
    const meta = ruleById(item.ruleId)!.meta;
    const severity: Severity = level ?? item.severity ?? meta.severity;
    const range = isSourceRange(item.where)
      ? item.where
      : loaded.sources.get(item.where.file)!.locate(item.where.path, item.onKey ?? false);
    // Messages may quote the configured thresholds as placeholders of their own.
    const { message, data } = renderFinding(item, meta, thresholds);
    const entity = (item.keyedByMessage ? item.entity + message : item.entity).split(options.cwd + path.sep).join('');
    const finding: Finding = {
      ruleId: item.ruleId,
      severity,
      messageId: item.messageId,
      message,
      data,
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
