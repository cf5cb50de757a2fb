import path from 'node:path';
import { defineRule } from '../rule.js';
import { collectedHow, shownPath } from '../../domain/evidence.js';
import { entityKey } from '../../domain/entity.js';
import { dayOf } from '../../model/evidence.js';

/**
 * A collection or upload time after the as-of day. Evidence dated in the future would stay
 * current forever (a forged `collectedAt`, an upload bundle named for 2099, a commit made
 * with GIT_COMMITTER_DATE=2099), so the loader sets it aside (load/evidence/read-collected.ts)
 * and this rule says so: nothing it shows counts until the date is corrected.
 */
export const collectedFutureDated = defineRule({
  meta: {
    id: 'collected/future-dated',
    severity: 'error',
    advice: { collected: ['fix-input', 'check'], upload: ['fix-input', 'check'] },
    // The date is the file's own: no error in the inventory can undo the finding, so it is never withheld.
    evidenceOnly: true,
    description: 'A collected file is dated after the as-of day, so nothing it shows is judged.',
    messages: {
      collected:
        "{{file}} is dated {{date}} ({{how}}), after {{asOf}}, the day this run judges: evidence from the future is not judged, so nothing it shows about `{{host}}` counts; correct the date (the collector's clock, or the commit's), or find out who wrote it",
      upload:
        "{{file}} states that `{{host}}` last uploaded telemetry on {{date}} ({{field}}), after {{asOf}}, the day this run judges: an upload from the future is not judged; correct the server's clock, or find out who wrote this date",
    },
    docs: {
      why: `Evidence is judged only while it is current: no older than \`collectedMaxAgeDays\` before the
as-of day (see [\`collected/stale\`](stale.md)). A date after the as-of day would keep it
current forever, and dates in evidence are anyone's to write: a pull request can set the
collection script's \`collectedAt\` to 2099, name an upload bundle \`upload_4102444800.zip\`,
or commit an undated export with \`GIT_COMMITTER_DATE=2099-12-31\` (the commit time dates
such an export). Before this rule, that turned an overdue telemetry upload into "compliant"
for good.

So a file whose collection time (the export's own, else its commit's, else its
modification time) falls after the as-of day is left out of everything: its version,
installed licenses and uploads are neither compared nor trusted, and if it was the host's
only evidence, an automatic host counts as unverified again. An upload time after the
as-of day (\`UTCDate\`, \`lastPhoningHomeTime\`, a bundle's name) is left out the same way,
while the rest of the file stands. Each is one finding at the file, naming the date and
where it comes from. The as-of day itself is not the future: a collection at 23:59 UTC on
that day is current.

A clock set wrong gives the same finding as a forged date; both need the same fix.`,
      fix: `Find out where the date comes from. A collector whose clock runs ahead: correct the clock
(the collection script writes \`collectedAt\` from it) and collect again. A commit dated in
the future (\`git log --format='%cI %h %s' -- collected/\`): such a commit came from a
machine with a wrong clock or was made so on purpose; ask who pushed it. Then replace the
file with a fresh export. Running with a past \`--as-of\` (or \`asOf\` in the configuration)
against evidence collected later gives this finding too: the evidence says nothing about
that past day.`,
    },
  },
  check({ inventory, asOf, report }) {
    for (const evidence of inventory.evidence ?? []) {
      for (const future of evidence.futureDated ?? []) {
        const { file } = future.file;
        const inFolder = path.relative(evidence.folder, file).split(path.sep).join('/');
        report({
          messageId: future.what,
          at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
          entity: entityKey.collectedFile(evidence.host, inFolder, future.what),
          subjects: [evidence.host],
          data: {
            file: shownPath(evidence, file),
            host: evidence.host,
            date: dayOf(future.at),
            how: collectedHow(future.file.collectedFrom),
            field: future.field ?? '',
            asOf,
          },
        });
      }
    }
  },
});
