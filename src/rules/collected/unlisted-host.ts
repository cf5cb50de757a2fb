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
    docs: {
      why: `The inventory can only judge the hosts it lists. A license server that someone installed
and never wrote down still holds licenses, still must report telemetry and still counts
against what was bought; \`allocation/orphaned-hostname\` sees the ghost from the portal's
side (an allocation to a host nobody lists), this rule from the machines' side: a
\`collected/<hostname>/\` folder whose name matches no license server, NetScaler Console or
NetScaler instance. Names match as Citrix spells hosts: in any letter case, and a short
name matches the FQDN it begins (\`CTXLS01\` is \`ctxls01.corp.example\`).

Evidence older than \`collectedMaxAgeDays\` is reported once, by [\`collected/stale\`](stale.md).`,
      fix: `Add the host to the inventory (\`citrix-license-lint import --into inventory/ collected/<hostname>/\`
starts the entry from the evidence), or remove the folder, and the collector's job for it,
if the host is gone.`,
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
