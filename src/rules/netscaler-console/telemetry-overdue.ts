import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { addDays } from '../../util/dates.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { telemetryVerdict } from '../../domain/telemetry.js';
import { entityKey } from '../../domain/entity.js';
import { ordinal } from '../../util/format.js';

export const consoleTelemetryOverdue = defineRule({
  meta: {
    id: 'netscaler-console/telemetry-overdue',
    severity: 'error',
    description: 'An active on-premises NetScaler Console has not reported telemetry in time ({{automaticTelemetryMaxAgeDays}} days automatic; manual: first upload within {{consoleFirstUploadDays}} days, then every {{manualUploadIntervalDays}}).',
    messages: {
      noRecord: 'NetScaler Console `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }`',
      neverAutomatic: 'NetScaler Console `{{hostname}}` (automatic telemetry) has never reported to Citrix: check that it reaches Citrix over TCP 443, then record the date in `lastReported`',
      firstUpload: 'NetScaler Console `{{hostname}}` (manual telemetry) owed its first upload by {{due}}{{deployed}} and has none: upload the usage data in the licensing portal, then record the date in `lastReported`',
      future: 'NetScaler Console `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)',
      overdue: 'NetScaler Console `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`',
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console)) continue;
      const firstUploadBy = console.deployedOn ? addDays(console.deployedOn, settings.policy.consoleFirstUploadDays) : undefined;
      const verdict = telemetryVerdict(console.telemetry, settings.policy, asOf, firstUploadBy);
      const entity = entityKey.console(console.hostname);
      const hostname = console.hostname;
      if (verdict.status === 'never' && !console.telemetry) {
        report({ messageId: 'noRecord', at: console.at, entity, data: { hostname } });
      } else if (verdict.status === 'never' && verdict.mode === 'automatic') {
        report({ messageId: 'neverAutomatic', at: child(console.at, 'telemetry'), entity, data: { hostname } });
      } else if (verdict.status === 'never') {
        report({
          messageId: 'firstUpload',
          at: child(console.at, 'telemetry'),
          entity,
          data: { hostname, due: verdict.due ?? `its ${ordinal(settings.policy.consoleFirstUploadDays)} day`, deployed: console.deployedOn ? ` (deployed on ${console.deployedOn})` : ' (set `deployedOn` to date it)' },
        });
      } else if (verdict.status === 'future') {
        report({ messageId: 'future', at: child(console.at, 'telemetry', 'lastReported'), entity, data: { hostname: hostname, lastReported: verdict.lastReported, asOf } });
      } else if (verdict.status === 'overdue') {
        report({
          messageId: 'overdue',
          at: child(console.at, 'telemetry', 'lastReported'),
          entity,
          data: {
            hostname, lastReported: verdict.lastReported, age: verdict.ageDays, asOf, mode: verdict.mode, maxDays: verdict.maxDays,
            fix: verdict.mode === 'automatic' ? 'check that the console reaches Citrix over TCP 443' : 'upload the usage data in the licensing portal',
          },
        });
      }
    }
  },
});
