import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive } from '../../domain/scope.js';
import { telemetryVerdict } from '../../domain/telemetry.js';
import { entityKey } from '../../domain/entity.js';
import { automaticTelemetryVerdict, isAutomatic } from '../../domain/telemetry-evidence.js';
import { shownPath } from '../../domain/evidence.js';

export const licenseServerTelemetryOverdue = defineRule({
  meta: {
    id: 'license-server/telemetry-overdue',
    severity: 'error',
    advice: {
      noRecord: ['fix-input'],
      never: ['report', 'fix-input'],
      future: ['fix-input'],
      overdue: ['report', 'fix-input'],
      overdueCollected: ['check'],
      neverCollected: ['check'],
    },
    verifiesAutomaticTelemetry: 'licenseServers',
    description:
      'An active license server never reported telemetry, or its last report is too old: automatic mode by collected evidence only ({{automaticTelemetryMaxAgeDays}} days, a window this project chose), manual mode by the recorded date ({{manualUploadIntervalDays}} days).',
    messages: {
      noRecord:
        'license server `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }` from the server (CTX_UPLOADER_SUCCESS in log_ctxuploader.log)',
      never:
        'license server `{{hostname}}` ({{mode}} telemetry) has never reported to Citrix: {{fix}}, then record the date in `lastReported`',
      future:
        'license server `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)',
      overdue:
        'license server `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`',
      overdueCollected:
        'license server `{{hostname}}` last uploaded telemetry on {{lastUpload}} ({{field}} in {{file}}), {{age}} days before {{asOf}}; automatic mode must report at least every {{maxDays}} days: {{fix}}',
      neverCollected: 'license server `{{hostname}}` (automatic telemetry) has never reported to Citrix, according to {{file}}: {{fix}}',
    },
    docs: {
      why: `Automatic reporting uploads every 24 hours. Citrix names no grace period: treating a last
upload more than 7 days old as a failure is this project's heuristic
(\`automaticTelemetryMaxAgeDays\`), not a Citrix figure. **In automatic mode the date is taken
from evidence only**: a date typed into \`lastReported\` is not an observation of a daily
upload, and holding it to a 7-day window only turned every scheduled run red a week after
the last edit. Evidence that states the last upload is the manifest of the newest upload
bundle (\`UTCDate\`), the Citrix Cloud partner API (\`lastPhoningHomeTime\`, \`isEverReported\`)
or the collection script's \`lastUploadBundle\`, committed to \`collected/<hostname>/\` (see
[docs/collect.md](../../collect.md#telemetry-the-last-upload): where the bundle lives is
documented for CSP Call Home only). Without such evidence the server is not judged, and the
run's summary says how many automatic hosts are unverified, without failing.

Air-gapped servers upload manually at least every 90 days (\`manualUploadIntervalDays\`);
that figure comes from the seed article (dennisspan.com) — the Citrix page that would state
it for License Servers was not found. Manual uploads go to Citrix Insight Services
(CTX472950, "How to manually upload telemetry data to CIS"). The manual date is a person's
action, so the date the admin records in \`lastReported\` is the one judged. A server with no
telemetry record, a manual server with no upload ever, and an automatic one whose evidence
says it never reported, are reported too. An upload exactly as old as the window is still in
time. Both windows can be changed in the configuration (\`thresholds\`), and the messages show
the configured values.

\`telemetry.mode\` means the required Citrix Licensing Compliance upload; Call Home and CEIP
are optional programs (docs.citrix.com, licensing-data-collection-programs), and turning
them off is not "telemetry disabled". LAS does not replace telemetry: a LAS server still
uploads to \`cis.citrix.com\` and also needs \`las.cloud.com\` (docs.citrix.com, Citrix Cloud
on-premises license usage).

A \`lastReported\` after the as-of date is a finding too: a mistyped year would otherwise
keep the check quiet for years.`,
      fix: `Automatic mode: if the evidence is old because the collector stopped, \`collected/stale\`
says so instead. Otherwise check that the server reaches \`cis.citrix.com\` (and \`las.cloud.com\` for a
LAS server) on TCP 443, and look for the failure in \`log_ctxuploader.log\`; on a LAS server,
upload failures can also come from a missing Baltimore CyberTrust Root certificate (CVAD LAS
docs). Manual mode: upload the telemetry to Citrix Insight Services as CTX472950 describes.
Then record the date in \`telemetry.lastReported\` (manual mode); in automatic mode the next
collection shows the new upload.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      // A mode written wrong (`Manual`) is the schema's finding: which window applies is unknown.
      if (!isActive(server) || server.telemetry?.modeUnknown) continue;
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      const verdict = telemetryVerdict(server.telemetry, settings.policy, asOf);
      // A date from the future is a typo in what is written, whatever the mode.
      if (isAutomatic(server.telemetry) && verdict.status !== 'future') {
        // A typed date is no observation of a daily upload: only evidence is judged.
        const automatic = automaticTelemetryVerdict(inventory, server, settings, asOf);
        if (automatic.status === 'never' || automatic.status === 'overdue') {
          const file = shownPath(automatic.evidence, automatic.upload.file.file);
          const fix = fixFor('automatic', server.activation);
          const at = child(server.at, 'telemetry');
          if (automatic.status === 'never') {
            report({ messageId: 'neverCollected', at, entity, subjects, data: { hostname: server.hostname, file, fix } });
          } else {
            const { lastUpload, ageDays: age, maxDays } = automatic;
            const field = automatic.upload.field;
            report({
              messageId: 'overdueCollected',
              at,
              entity,
              subjects,
              data: { hostname: server.hostname, lastUpload, field, file, age, asOf, maxDays, fix },
            });
          }
        }
        continue;
      }
      if (verdict.status === 'never' && !server.telemetry) {
        report({ messageId: 'noRecord', at: server.at, entity, subjects, absent: 'telemetry', data: { hostname: server.hostname } });
      } else if (verdict.status === 'never') {
        report({
          messageId: 'never',
          at: child(server.at, 'telemetry'),
          entity,
          subjects,
          absent: 'lastReported',
          data: { hostname: server.hostname, mode: verdict.mode, fix: fixFor(verdict.mode, server.activation) },
        });
      } else if (verdict.status === 'future') {
        report({
          messageId: 'future',
          at: child(server.at, 'telemetry', 'lastReported'),
          entity,
          subjects,
          data: { hostname: server.hostname, lastReported: verdict.lastReported, asOf },
        });
      } else if (verdict.status === 'overdue') {
        report({
          messageId: 'overdue',
          at: child(server.at, 'telemetry', 'lastReported'),
          entity,
          subjects,
          data: {
            hostname: server.hostname,
            lastReported: verdict.lastReported,
            age: verdict.ageDays,
            asOf,
            mode: verdict.mode,
            maxDays: verdict.maxDays,
            fix: fixFor(verdict.mode, server.activation),
          },
        });
      }
    }
  },
});

/**
 * Manual uploads go to Citrix Insight Services (CTX472950, "How to manually upload telemetry
 * data to CIS"); LAS servers also need las.cloud.com (docs.citrix.com on-premises license usage).
 */
function fixFor(mode: 'automatic' | 'manual', activation: string | undefined): string {
  const las = activation === 'las-online' || activation === 'las-offline';
  return mode === 'automatic'
    ? `check that the server reaches cis.citrix.com${las ? ' (and las.cloud.com, for LAS)' : ''} on TCP 443 and read log_ctxuploader.log for the failure`
    : 'upload its telemetry to Citrix Insight Services (cis.citrix.com) as CTX472950 describes';
}
