import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { collectedWhen, currentEvidenceOf, shownPath } from '../../domain/evidence.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';
import { parseLicenseServerVersion, parseNetscalerVersion } from '../../domain/versions.js';

/**
 * The loader has already put the collected version into the model (load/evidence/apply-versions.ts),
 * so the version rules judge what runs; this rule says the inventory's record is out of date.
 */
export const collectedVersionDiffers = defineRule({
  meta: {
    id: 'collected/version-differs',
    severity: 'warning',
    advice: { licenseServer: ['fix-input'], netscalerInstance: ['fix-input'] },
    description: 'The version the inventory records for a host differs from the version its collected evidence shows.',
    messages: {
      licenseServer:
        'license server `{{hostname}}` runs {{collected}} according to {{file}}, collected {{when}}, but the inventory says {{declared}}: the version rules judge {{collected}}; update `version`',
      netscalerInstance:
        'NetScaler instance `{{hostname}}` runs {{collected}} according to {{file}}, collected {{when}}, but the inventory says {{declared}}: the version rules judge {{collected}}; update `version`',
    },
    docs: {
      why: `The version a license server or NetScaler instance runs is an observation, not a decision:
a scheduled workflow that commits exports to \`collected/<hostname>/\` (see
[docs/collect.md](../../collect.md)) knows it better than a line typed at installation. When
the newest current evidence for a host states a version (\`Get-LicServerInfo\`'s \`SLVersion\`,
the collection script's \`slVersion\`, NITRO \`nsversion\`) and the inventory records another,
the version rules (\`license-server/version-outdated\`, \`license-server/las-version\`,
\`license-server/version-unknown\`, \`netscaler-instance/release-lifecycle\`,
\`netscaler-instance/las-version\`, the upgrade deadlines) judge the collected version, because
that is what runs; their findings still point at the inventory's \`version\`. This rule says
the record is out of date. Spellings of one build are one version (\`11.17.2.0 build 56200\`
and \`v11.17.2.0 build 56200 i86_n3\`; \`14.1-25.53\` and \`NS14.1: Build 25.53.nc\`).

Evidence older than \`collectedMaxAgeDays\` is not used: [\`collected/stale\`](stale.md) reports
it instead. The message says which file stated the version, when it was collected and how
that time is known (the export's own \`collectedAt\`, the commit that last changed the file, or the
file's modification time).`,
      fix: `Update \`version\` to what the evidence shows (\`citrix-license-lint import --into\` marks the
difference for you). If the evidence is wrong, the export was taken on another host: move it
to the right \`collected/<hostname>/\` folder.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    const hosts = [
      ...inventory.licenseServers.filter(isActive).map((host) => ({ host, hostname: host.hostname, messageId: 'licenseServer' as const })),
      ...inventory.netscalerInstances.map((host) => ({ host, hostname: host.name, messageId: 'netscalerInstance' as const })),
    ];
    for (const { host, hostname, messageId } of hosts) {
      const record = host.versionCollected;
      if (!record?.declared || !host.version || sameVersion(record.declared, host.version)) continue;
      const evidence = currentEvidenceOf(inventory, host, asOf, settings.policy).find((e) => e.version?.file.file === record.file);
      if (!evidence?.version) continue;
      report({
        messageId,
        at: child(host.at, 'version'),
        entity: messageId === 'licenseServer' ? entityKey.server(hostname) : entityKey.instance(hostname),
        subjects: [hostname],
        data: {
          hostname,
          collected: host.version,
          declared: record.declared.slice(0, 60),
          file: shownPath(evidence, record.file),
          when: collectedWhen(evidence.version.file),
        },
      });
    }
  },
});

/** `11.17.2.0 build 56200` and `v11.17.2.0 build 56200 i86_n3` are one version; so are `14.1-25.53` and `NS14.1: Build 25.53.nc`. */
function sameVersion(declared: string, collected: string): boolean {
  const a = parseLicenseServerVersion(declared);
  const b = parseLicenseServerVersion(collected);
  if (a?.kind === 'build' && b?.kind === 'build') return a.build === b.build;
  const x = parseNetscalerVersion(declared);
  const y = parseNetscalerVersion(collected);
  if (x && y) return x.major === y.major && x.minor === y.minor && x.build === y.build && x.patch === y.patch;
  return declared.trim().toLowerCase() === collected.trim().toLowerCase();
}
