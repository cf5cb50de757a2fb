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
    docs: {
      why: `A scheduled collector that stops (a runner offline, an expired credential, a renamed host)
leaves its last exports behind, and everything they say ages at once. Instead of a finding
per aged observation, this rule reports each host whose newest collected file is older than
\`collectedMaxAgeDays\` (default 14 days: a weekly collection may miss one run before it is
reported; this project's choice, set it in \`thresholds\`), and the other rules stop judging
by that host's evidence: its version, installed licenses and telemetry uploads are then
neither compared nor trusted, and its automatic telemetry counts as unverified.

The collection time comes from the export itself where it says (the collection script's
\`collectedAt\`), else from the commit that last changed the file (\`git log\`; in a shallow
clone the commit at the clone's edge is not trusted), else from the file's modification
time; the message says which. Check out with \`fetch-depth: 0\`, or use the collection script,
so that the time is not the checkout's.`,
      fix: `Look at the scheduled collection workflow's last runs (\`examples/workflows/collect.yml\`):
the runner, its credentials, the pull requests it opened and nobody merged. If the host is
gone, remove its \`collected/<hostname>/\` folder.`,
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
