import type { RawFinding } from '../model/raw-finding.js';
import { formatCount } from '../util/format.js';

/**
 * Most findings kept of one rule about one entity, and of one rule in all. A real
 * inventory stays far below both; a hostile one (one 4 MB license file referenced from
 * thousands of places gave 1.32 million findings and 3.4 GB) is cut short, and one finding
 * per rule says how many more there were.
 */
export const MAX_PER_ENTITY = 25;
export const MAX_PER_RULE = 10_000;

export class FindingCap {
  readonly #perEntity = new Map<string, number>();
  readonly #perRule = new Map<string, { kept: number; dropped: number; last?: RawFinding }>();

  /** True when the finding is kept; false when it only counts toward "and N more". */
  admit(finding: RawFinding): boolean {
    const ruleKey = finding.ruleId;
    let rule = this.#perRule.get(ruleKey);
    if (!rule) this.#perRule.set(ruleKey, (rule = { kept: 0, dropped: 0 }));
    const entityKey = `${finding.ruleId}\0${finding.entity}`;
    const entity = this.#perEntity.get(entityKey) ?? 0;
    if (entity >= MAX_PER_ENTITY || rule.kept >= MAX_PER_RULE) {
      rule.dropped++;
      return false;
    }
    this.#perEntity.set(entityKey, entity + 1);
    rule.kept++;
    rule.last = finding;
    return true;
  }

  /** One finding per rule that dropped some, at the last kept finding's place. */
  summaries(): RawFinding[] {
    const out: RawFinding[] = [];
    for (const [ruleId, { dropped, last }] of this.#perRule) {
      if (dropped === 0 || !last) continue;
      const { amount: _amount, due: _due, advice: _advice, absent: _absent, keyedByMessage: _keyed, ...place } = last;
      // The message every rule shares (rules/rule.ts SHARED_MESSAGES).
      out.push({
        ...place,
        messageId: 'capped',
        values: { dropped: formatCount(dropped), perEntity: MAX_PER_ENTITY, perRule: formatCount(MAX_PER_RULE) },
        subjects: [],
        entity: `${ruleId}#capped`,
      });
    }
    return out;
  }
}
