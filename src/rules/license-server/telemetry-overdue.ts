import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive } from '../../domain/scope.js';
import { telemetryVerdict } from '../../domain/telemetry.js';
import { entityKey } from '../../domain/entity.js';

export const licenseServerTelemetryOverdue = defineRule({
  meta: {
    id: 'license-server/telemetry-overdue',
    severity: 'error',
    description:
      'An active license server never reported telemetry, or its last report is too old ({{automaticTelemetryMaxAgeDays}} days automatic, a window this project chose; {{manualUploadIntervalDays}} days manual).',
    messages: {
      noRecord:
        'license server `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }` from the server (CTX_UPLOADER_SUCCESS in log_ctxuploader.log)',
      never:
        'license server `{{hostname}}` ({{mode}} telemetry) has never reported to Citrix: {{fix}}, then record the date in `lastReported`',
      future:
        'license server `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)',
      overdue:
        'license server `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`',
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const verdict = telemetryVerdict(server.telemetry, settings.policy, asOf);
      const entity = entityKey.server(server.hostname);
      if (verdict.status === 'never' && !server.telemetry) {
        report({ messageId: 'noRecord', at: server.at, entity, data: { hostname: server.hostname } });
      } else if (verdict.status === 'never') {
        report({
          messageId: 'never',
          at: child(server.at, 'telemetry'),
          entity,
          data: { hostname: server.hostname, mode: verdict.mode, fix: fixFor(verdict.mode, server.activation) },
        });
      } else if (verdict.status === 'future') {
        report({
          messageId: 'future',
          at: child(server.at, 'telemetry', 'lastReported'),
          entity,
          data: { hostname: server.hostname, lastReported: verdict.lastReported, asOf },
        });
      } else if (verdict.status === 'overdue') {
        report({
          messageId: 'overdue',
          at: child(server.at, 'telemetry', 'lastReported'),
          entity,
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
