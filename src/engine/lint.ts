import path from 'node:path';
import { byPosition, type Finding, type Severity } from '../model/finding.js';
import type { Inventory, IsoDate } from '../model/inventory.js';
import { isSourceRange } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import { discover, inventoryFolderOf, type InventoryRoot } from '../load/discover.js';
import type { LoadedInventory } from '../load/load-inventory.js';
import { load, type LoadOptions } from '../load/load.js';
import type { ParseLimits } from '../load/parse-inventory-file.js';
import type { FileSystem } from '../io/file-system.js';

export type { CommitTime } from '../load/evidence/load-evidence.js';
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

export interface LintOptions {
  /** Inventory files or folders, relative to `cwd`. */
  inputs: readonly string[];
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

export interface LocatedDeadline extends Omit<Deadline, 'at'> {
  file: string;
  line: number;
}

export interface LintResult {
  asOf: IsoDate;
  /** Absolute paths of the inventory files read. */
  files: string[];
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
  const roots = options.inputs.map((input) => discover(input, options.cwd, options.fs));
  // One file of a folder inventory (what editors and pre-commit pass) is read with the rest
  // of its inventory, so that references to sibling files resolve; only its findings show.
  const asked = new Set<string>();
  let widened = false;
  const read = roots.map((root) => {
    const single = root.files.length === 1 && root.files[0] === path.resolve(options.cwd, root.input) ? root.files[0] : undefined;
    const folder = single === undefined ? undefined : inventoryFolderOf(single, root.repositoryRoot, options.fs);
    if (folder === undefined) {
      for (const file of root.files) asked.add(file);
      return root;
    }
    widened = true;
    asked.add(single!);
    return { ...discover(folder, options.cwd, options.fs), input: root.input };
  });
  const { result, loaded } = lintRoots(read, options);
  if (!widened) return result;
  // A license file's findings show with the inventory file that names it.
  const shown = (file: string) => asked.has(file) || [...(loaded.licenseFileUsers.get(file) ?? [])].some((user) => asked.has(user));
  return {
    ...result,
    files: result.files.filter((file) => asked.has(file)),
    findings: result.findings.filter((finding) => shown(finding.file)),
    deadlines: result.deadlines.filter((deadline) => shown(deadline.file)),
  };
}

function lintRoots(roots: readonly InventoryRoot[], options: Omit<LintOptions, 'inputs'>): { result: LintResult; loaded: LoadedInventory } {
  const settings = options.settings ?? defaultSettings();
  const loaded = load(roots, { ...options, policy: settings.policy });
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
