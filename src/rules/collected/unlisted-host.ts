import { defineRule } from '../rule.js';
import { isCurrent, ownerOf, shownPath } from '../../domain/evidence.js';
import { entityKey } from '../../domain/entity.js';

/** The ghost server the inventory's own checks cannot see: observed, never written down. */
export const collectedUnlistedHost = defineRule({
  meta: {
    id: 'collected/unlisted-host',
    severity: 'error',
    advice: { unlisted: ['fix-input'] },
    // A host missing from a list that could not be read is not a host nobody wrote down.
    reads: { licenseServers: 'any', netscalerConsoles: 'any', netscalerInstances: 'any' },
    description: 'Evidence was collected from a host the inventory does not list.',
    messages: {
      unlisted:
        '`{{folder}}/` holds evidence ({{formats}}) from `{{host}}`, which the inventory does not list: add it (licenses installed on a server nobody wrote down still count), or remove the folder if the host is gone',
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const evidence of inventory.evidence ?? []) {
      // Stale evidence is collected/stale's to report, once.
      if (!isCurrent(evidence, asOf, settings.policy) || ownerOf(inventory, evidence)) continue;
      const file = evidence.newest!.file;
      report({
        messageId: 'unlisted',
        at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: entityKey.collected(evidence.host),
        subjects: [evidence.host],
        data: {
          folder: shownPath(evidence, evidence.folder),
          host: evidence.host,
          formats: [...new Set(evidence.files.map((f) => f.format))].join(', '),
        },
      });
    }
  },
});
