import type { Finding } from '../model/finding.js';
import type { IsoDate } from '../model/inventory.js';
import type { RawFinding } from '../model/raw-finding.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { Directive } from './parse-directives.js';

/**
 * Marks the findings that a valid directive covers as suppressed (they stay in the output,
 * for auditors), and reports directives that are malformed, expired or unused.
 */
export function applySuppressions(findings: Finding[], directives: readonly Directive[], asOf: IsoDate, knownRuleIds: readonly string[]): RawFinding[] {
  const problems: RawFinding[] = [];
  const at = (d: Directive) => ({ file: d.file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  const entity = (d: Directive) => `suppression:${d.file}:${d.ruleIds.join(',')}:${d.target ?? 'file'}`;
  const active: Directive[] = [];
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.includes(id));
    if (directive.problem || unknown.length > 0) {
      const problem = directive.problem ?? `names unknown rule \`${unknown[0]}\`${suggest(unknown[0]!, knownRuleIds)}`;
      problems.push({ ruleId: 'inventory/invalid-suppression', message: `this suppression ${problem}; until then it suppresses nothing`, where: at(directive), entity: entity(directive) });
      continue;
    }
    if (directive.until && directive.until < asOf) {
      problems.push({
        ruleId: 'inventory/expired-suppression',
        message: `this suppression of ${directive.ruleIds.join(', ')} expired on ${directive.until} and no longer applies: fix what it covered, or extend the date with a reason`,
        where: at(directive),
        entity: entity(directive),
      });
      continue;
    }
    active.push(directive);
  }
  const used = new Set<Directive>();
  for (const finding of findings) {
    for (const directive of active) {
      if (directive.file !== finding.file || !directive.ruleIds.includes(finding.ruleId)) continue;
      if (directive.kind === 'next-line' && directive.target !== finding.line) continue;
      finding.suppression = { justification: directive.reason!, file: directive.file, line: directive.line };
      used.add(directive);
      break;
    }
  }
  for (const directive of active) {
    if (used.has(directive)) continue;
    const scope = directive.kind === 'file' ? 'in this file' : 'on the next line';
    problems.push({
      ruleId: 'inventory/unused-suppression',
      message: `this suppression of ${directive.ruleIds.join(', ')} suppresses nothing ${scope}: the problem is gone, so remove the comment`,
      where: at(directive),
      entity: entity(directive),
    });
  }
  return problems;
}

function suggest(id: string, known: readonly string[]): string {
  const suggestion = didYouMean(id, known);
  return suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
}
