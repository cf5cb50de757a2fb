import type { Finding } from '../model/finding.js';
import type { IsoDate } from '../model/inventory.js';
import type { RawFinding } from '../model/raw-finding.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { Directive } from './parse-directives.js';

/**
 * Marks the findings that a valid directive covers as suppressed (they stay in the output,
 * for auditors), and reports directives that are malformed, expired or unused. An error that
 * keeps part of the inventory from being read (`keepsUnread`) is never suppressed: what that
 * part holds was not judged, so nothing could be withheld; the directive says so.
 */
export function applySuppressions(
  findings: Finding[],
  directives: readonly Directive[],
  asOf: IsoDate,
  knownRuleIds: readonly string[],
  keepsUnread: (finding: Finding) => boolean = () => false,
): RawFinding[] {
  const problems: RawFinding[] = [];
  const at = (d: Directive) => ({ file: d.file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  const entity = directiveEntities(directives);
  const active: Directive[] = [];
  // The messages are those of inventory/invalid-suppression, expired-suppression and unused-suppression.
  const problem = (ruleId: string, directive: Directive, messageId: string, values: Record<string, string>) =>
    problems.push({ ruleId, messageId, values, subjects: directive.ruleIds, where: at(directive), entity: entity.get(directive)! });
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.includes(id));
    if (directive.problem) {
      problem('inventory/invalid-suppression', directive, directive.problem.id, directive.problem.values);
      continue;
    }
    if (unknown.length > 0) {
      const suggestion = didYouMean(unknown[0]!, knownRuleIds);
      problem('inventory/invalid-suppression', directive, suggestion ? 'unknownRuleTypo' : 'unknownRule', {
        rule: unknown[0]!,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    if (directive.until && directive.until < asOf) {
      problem('inventory/expired-suppression', directive, 'expired', { rules: directive.ruleIds.join(', '), until: directive.until });
      continue;
    }
    active.push(directive);
  }
  const used = new Set<Directive>();
  const refused = new Map<Directive, string>();
  const covering = indexDirectives(active);
  for (const finding of findings) {
    const scope = covering.get(finding.file);
    if (!scope) continue;
    const wide = scope.fileWide.get(finding.ruleId);
    const line = scope.byLine.get(finding.line)?.get(finding.ruleId);
    // The first directive in the file that covers the finding, as written.
    const directive = wide === undefined ? line : line === undefined || wide.order < line.order ? wide : line;
    if (!directive) continue;
    if (keepsUnread(finding)) {
      refused.set(directive.directive, finding.ruleId);
      continue;
    }
    finding.suppression = { justification: directive.directive.reason!, file: directive.directive.file, line: directive.directive.line };
    used.add(directive.directive);
  }
  for (const [directive, rule] of refused) problem('inventory/invalid-suppression', directive, 'unreadPart', { rule });
  for (const directive of active) {
    if (used.has(directive) || refused.has(directive)) continue;
    const scope =
      directive.kind === 'file'
        ? 'in this file'
        : (directive.targetEnd ?? 0) > (directive.target ?? 0)
          ? 'in the entry below'
          : 'on the next line';
    problem('inventory/unused-suppression', directive, 'unused', { rules: directive.ruleIds.join(', '), scope });
  }
  return problems;
}

/**
 * What each directive's findings are about: its file, its rules and the line it covers as
 * written (never a line number: a line added above must not make them new), numbered when
 * two directives are alike.
 */
function directiveEntities(directives: readonly Directive[]): Map<Directive, string> {
  const entities = new Map<Directive, string>();
  const seen = new Map<string, number>();
  for (const d of directives) {
    const key = `suppression:${d.file}:${d.ruleIds.join(',')}:${d.kind === 'file' ? 'file' : `line ${d.targetText ?? ''}`}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    entities.set(d, count === 1 ? key : `${key}#${count}`);
  }
  return entities;
}

interface Ordered {
  directive: Directive;
  order: number;
}

interface FileDirectives {
  /** Rule id → the first file-wide directive naming it. */
  fileWide: Map<string, Ordered>;
  /** Line → rule id → the nearest next-line directive covering that line and naming it. */
  byLine: Map<number, Map<string, Ordered>>;
}

/** By file, rule and line, so that each finding costs a few lookups whatever the counts. */
function indexDirectives(active: readonly Directive[]): Map<string, FileDirectives> {
  const byFile = new Map<string, FileDirectives>();
  active.forEach((directive, order) => {
    let scope = byFile.get(directive.file);
    if (!scope) byFile.set(directive.file, (scope = { fileWide: new Map(), byLine: new Map() }));
    let rules = scope.fileWide;
    if (directive.kind === 'file') {
      for (const ruleId of directive.ruleIds) if (!rules.has(ruleId)) rules.set(ruleId, { directive, order });
      return;
    }
    // Every line of the entry below the directive; a directive nearer a line wins over the
    // one above its whole block.
    for (let line = directive.targetEnd!; line >= directive.target!; line--) {
      rules = scope.byLine.get(line) ?? new Map();
      scope.byLine.set(line, rules);
      for (const ruleId of directive.ruleIds) {
        const held = rules.get(ruleId);
        if (!held || held.directive.target! < directive.target!) rules.set(ruleId, { directive, order });
      }
    }
  });
  return byFile;
}
