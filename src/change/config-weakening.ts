import type { LintOptions } from '../engine/lint.js';
import type { Finding } from '../model/finding.js';
import { ruleById } from '../rules/index.js';
import type { RuleLevel } from '../rules/rule.js';
import { DEFAULT_PARSE_LIMITS } from '../load/parse-inventory-file.js';
import { defaultSettings } from '../domain/settings.js';

/** What a configuration sets, as the engine takes it (config/ builds it; change/ only compares). */
export type ConfigView = Pick<LintOptions, 'settings' | 'ruleLevels' | 'limits' | 'inventory'> & { asOf?: string; file?: string };

export type WeakeningKind = 'rule' | 'threshold' | 'catalog' | 'netscaler' | 'limit' | 'as-of' | 'file' | 'inventory' | 'suppression';

/** One change a pull request makes to what it is judged by. */
export interface Weakening {
  kind: WeakeningKind;
  /** One sentence in plain words, naming the setting and both values. */
  text: string;
  /** For a suppression: the reason written next to it. */
  reason?: string;
}

/**
 * Everything a change does to its own judge: configuration (rule levels, thresholds, build
 * catalog rows, NetScaler tables, limits, as-of, the file's location) and the suppressions
 * it adds. Every change is listed, not only loosening ones: a reviewer judges the
 * direction; the tool only makes sure the change is seen. Empty when nothing changed.
 */
export interface ConfigChange {
  weakenings: Weakening[];
  /**
   * Findings that the head's inventory has under the base's configuration and that the
   * head's configuration hides (rule off, wider window...): `only-new` counts them as
   * introduced, so switching a check off cannot pass a check.
   */
  hidden: Finding[];
}

export function configWeakenings(base: ConfigView, head: ConfigView): Weakening[] {
  const out: Weakening[] = [];
  if ((base.file ?? '') !== (head.file ?? '')) {
    out.push({ kind: 'file', text: `the configuration file changed from ${base.file ?? 'none'} to ${head.file ?? 'none'}` });
  }
  // Fewer files declared is fewer files judged: what they held leaves both sides unseen.
  const declared = (view: ConfigView) => (view.inventory ?? []).join(', ') || 'the default (inventory/ or inventory.yaml)';
  if (declared(base) !== declared(head)) {
    out.push({ kind: 'inventory', text: `the declared inventory changed from ${declared(base)} to ${declared(head)}` });
  }
  const levelOf = (view: ConfigView, id: string): string => view.ruleLevels?.[id] ?? ruleById(id)?.meta.severity ?? 'error';
  const ids = new Set([...Object.keys(base.ruleLevels ?? {}), ...Object.keys(head.ruleLevels ?? {})]);
  for (const id of [...ids].sort()) {
    const before = levelOf(base, id);
    const after = levelOf(head, id);
    if (before === after) continue;
    out.push({
      kind: 'rule',
      text: after === 'off' ? `rule ${id} turned off (was ${before})` : `rule ${id} changed from ${before} to ${after}`,
    });
  }
  const baseSettings = base.settings ?? defaultSettings();
  const headSettings = head.settings ?? defaultSettings();
  const policyKeys = new Set([...Object.keys(baseSettings.policy), ...Object.keys(headSettings.policy)]);
  for (const key of [...policyKeys].sort()) {
    const before = (baseSettings.policy as unknown as Record<string, unknown>)[key];
    const after = (headSettings.policy as unknown as Record<string, unknown>)[key];
    if (!same(before, after)) out.push({ kind: 'threshold', text: `threshold ${key} changed from ${show(before)} to ${show(after)}` });
  }
  const baseBuilds = new Map(baseSettings.builds.map((b) => [b.build, b]));
  const headBuilds = new Map(headSettings.builds.map((b) => [b.build, b]));
  for (const [build, row] of headBuilds) {
    const old = baseBuilds.get(build);
    if (!old) out.push({ kind: 'catalog', text: `License Server build ${build} added to the catalog, released ${row.released}` });
    else if (!same(old, row)) {
      out.push({
        kind: 'catalog',
        text: `License Server build ${build} changed in the catalog: released ${old.released} → ${row.released}`,
      });
    }
  }
  for (const build of baseBuilds.keys()) {
    if (!headBuilds.has(build)) out.push({ kind: 'catalog', text: `License Server build ${build} removed from the catalog` });
  }
  const netscalerKeys = new Set([...Object.keys(baseSettings.netscaler), ...Object.keys(headSettings.netscaler)]);
  for (const key of [...netscalerKeys].sort()) {
    const before = (baseSettings.netscaler as unknown as Record<string, unknown>)[key];
    const after = (headSettings.netscaler as unknown as Record<string, unknown>)[key];
    if (!same(before, after))
      out.push({ kind: 'netscaler', text: `NetScaler setting ${key} changed from ${show(before)} to ${show(after)}` });
  }
  const baseLimits = base.limits ?? DEFAULT_PARSE_LIMITS;
  const headLimits = head.limits ?? DEFAULT_PARSE_LIMITS;
  for (const key of Object.keys(baseLimits) as (keyof typeof baseLimits)[]) {
    if (baseLimits[key] !== headLimits[key])
      out.push({ kind: 'limit', text: `limit ${key} changed from ${baseLimits[key]} to ${headLimits[key]}` });
  }
  if ((base.asOf ?? '') !== (head.asOf ?? '')) {
    out.push({ kind: 'as-of', text: `asOf changed from ${base.asOf ?? 'the day of the run'} to ${head.asOf ?? 'the day of the run'}` });
  }
  return out;
}

/**
 * Suppressions the head has and the base had not: each finding newly covered, with the
 * reason its directive gives.
 */
export function suppressionsAdded(base: readonly Finding[], head: readonly Finding[]): Weakening[] {
  const suppressedBefore = new Set(base.filter((f) => f.suppression).map((f) => f.fingerprint));
  return head
    .filter((f) => f.suppression && !suppressedBefore.has(f.fingerprint))
    .map((f) => ({
      kind: 'suppression' as const,
      text: `suppression of ${f.ruleId} added: "${f.message}"`,
      reason: f.suppression!.justification,
    }));
}

/**
 * Findings of the head under the base's configuration that the head's configuration no
 * longer reports, or reports at a lower severity (an error made a warning passes
 * `fail-on: error`): each is hidden by the change, at the base's severity.
 */
export function hiddenByConfig(underBaseConfig: readonly Finding[], underHeadConfig: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (f.severity === 'error' ? 2 : 1);
  const remaining = new Map<string, number[]>();
  for (const f of underHeadConfig) {
    if (f.suppression) continue;
    const list = remaining.get(f.fingerprint);
    if (list) list.push(rank(f));
    else remaining.set(f.fingerprint, [rank(f)]);
  }
  const hidden: Finding[] = [];
  for (const f of underBaseConfig) {
    if (f.suppression) continue;
    const list = remaining.get(f.fingerprint);
    const at = list ? list.findIndex((r) => r >= rank(f)) : -1;
    if (at === -1) hidden.push(f);
    else list!.splice(at, 1);
  }
  return hidden;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'unset' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export type { RuleLevel };
