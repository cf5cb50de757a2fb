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
