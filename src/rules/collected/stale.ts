import { defineRule } from '../rule.js';
import { evidenceAge, collectedWhen, shownPath } from '../../domain/evidence.js';
import { entityKey } from '../../domain/entity.js';

/**
 * When the collector stops, every observation it made ages at once: one finding per host
 * says so, and the other rules stop judging by that host's evidence (domain/evidence.ts).
 */
export const collectedStale = defineRule({
  meta: {
    id: 'collected/stale',
    severity: 'error',
    advice: { stale: ['check', 'fix-input'] },
    description: "A host's newest collected evidence is older than {{collectedMaxAgeDays}} days: the collector stopped.",
    messages: {
      stale:
        'the newest evidence for `{{host}}` is {{file}}, collected {{when}}, {{age}} days before {{asOf}} (at most {{maxDays}}): the collector stopped, so nothing it shows is judged; check the scheduled workflow (docs/collect.md), or remove `{{folder}}/` if the host is gone',
    },
  },
  check({ inventory, settings, asOf, report }) {
    const maxDays = settings.policy.collectedMaxAgeDays;
    for (const evidence of inventory.evidence ?? []) {
      const age = evidenceAge(evidence, asOf);
      if (age === undefined || age <= maxDays || !evidence.newest) continue;
      const file = evidence.newest.file;
      report({
        messageId: 'stale',
        at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: entityKey.collected(evidence.host),
        subjects: [evidence.host],
        data: {
          host: evidence.host,
          file: shownPath(evidence, file),
          when: collectedWhen(evidence.newest),
          age,
          asOf,
          maxDays,
          folder: shownPath(evidence, evidence.folder),
        },
      });
    }
  },
});
