import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { consoleWithoutTelemetry } from '../../domain/netscaler.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { consoleFirstUploadBy, telemetryVerdict } from '../../domain/telemetry.js';
import { entityKey } from '../../domain/entity.js';
import { isAutomatic } from '../../domain/telemetry-evidence.js';

/**
 * Manual mode: "After you opt for manual mode, you must download the telemetry and complete
 * the first upload in NetScaler Console service within 30 days. The subsequent uploads are to
 * be done every 90 days thereafter." (NetScaler docs 130-adm-0444). The automatic window is
 * this project's heuristic (policy.ts).
 */
export const consoleTelemetryOverdue = defineRule({
  meta: {
    id: 'netscaler-console/telemetry-overdue',
    severity: 'error',
    advice: {
      noRecord: ['fix-input'],
      firstUpload: ['report', 'fix-input'],
      undated: ['fix-input'],
      future: ['fix-input'],
      overdue: ['report', 'fix-input'],
    },
    verifiesAutomaticTelemetry: 'netscalerConsoles',
    description:
      'An active on-premises NetScaler Console in manual telemetry mode has not uploaded in time: a first upload within {{consoleFirstUploadDays}} days of `manualSince`, then every {{manualUploadIntervalDays}} days (automatic mode needs evidence no export gives: it is counted as unverified).',
    messages: {
      noRecord:
        'NetScaler Console `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }`',
      firstUpload:
        'NetScaler Console `{{hostname}}` switched to manual telemetry on {{since}} and owed its first upload by {{due}} ({{days}} days later), but has none: {{fix}}, then record the date in `lastReported`',
      undated:
        'NetScaler Console `{{hostname}}` (manual telemetry) has no upload on record and no `manualSince`: record in `telemetry.manualSince` the day it switched to manual mode (or was upgraded to a build with telemetry), so that its first upload, due {{days}} days later, can be checked',
      future:
        'NetScaler Console `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)',
      overdue:
        'NetScaler Console `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`',
    },
    docs: {
      why: `Automatic mode reports daily, and is judged by collected evidence only: a date typed into
\`lastReported\` is not an observation of a daily upload. No export states a console's last
upload (no resource of Citrix's published NITRO reference for the Console exposes it,
github.com/citrix/mas-nitro-api-reference), so an automatic console is not
judged: the run's summary counts it among the unverified automatic hosts, without failing.
Manual mode: "After you opt for manual mode, you must
download the telemetry and complete the first upload in NetScaler Console service within 30
days. The subsequent uploads are to be done every 90 days thereafter" (NetScaler docs,
130-adm-0444). The 30 days (\`consoleFirstUploadDays\`) therefore run from the day the console
switched to manual mode, or was upgraded to a build with telemetry, recorded as
\`telemetry.manualSince\`; not from \`deployedOn\`, which can be years before the telemetry
program existed (it started on 18 June 2024). The messages show the configured windows.

Our reading where the sources are silent: a manual console with no upload and no
\`manualSince\` is a **warning** asking for the date, not an error, because any guessed start
could flag a console that switched to manual last week. An automatic report from before the
switch does not bring the first manual upload forward. A console below the telemetry builds
is left to [\`auto-telemetry-unsupported\`](auto-telemetry-unsupported.md): it cannot upload
at all, so "upload" would be advice it cannot follow.

A \`lastReported\` after the as-of date is a finding too: a mistyped year would otherwise
keep the check quiet for years.`,
      fix: `Manual mode: download the telemetry from the console's NetScaler Telemetry page and upload
it to NetScaler Console service. Automatic mode: fix the console's connection to Citrix
(TCP 443; NetScaler docs 130-adm-0444 list the endpoints). Then record the date in
\`telemetry.lastReported\`.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    const manualFix = 'download the telemetry from the console and upload it to NetScaler Console service';
    for (const console of inventory.netscalerConsoles) {
      // A mode written wrong (`Manual`) is the schema's finding: which window applies is unknown.
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.modeUnknown) continue;
      // Below the telemetry builds it cannot report at all: auto-telemetry-unsupported says upgrade.
      if (consoleWithoutTelemetry(console, settings)) continue;
      const firstUploadBy = consoleFirstUploadBy(console, policy);
      const verdict = telemetryVerdict(console.telemetry, policy, asOf, firstUploadBy);
      // Automatic mode is judged by evidence only, and no export states a console's last
      // upload (docs/exports.md §4.2): the run's summary counts it as unverified. A date from
      // the future is still a typo in what is written.
      if (isAutomatic(console.telemetry) && verdict.status !== 'future') continue;
      const entity = entityKey.console(console.hostname);
      const hostname = console.hostname;
      const subjects = [hostname];
      const at = child(console.at, 'telemetry');
      if (verdict.status === 'never' && !console.telemetry) {
        report({ messageId: 'noRecord', at: console.at, entity, subjects, absent: 'telemetry', data: { hostname } });
      } else if (verdict.status === 'never' && verdict.due && console.telemetry?.manualSince) {
        report({
          messageId: 'firstUpload',
          at: child(console.at, 'telemetry', 'manualSince'),
          entity,
          subjects,
          data: { hostname, since: console.telemetry.manualSince, due: verdict.due, days: policy.consoleFirstUploadDays, fix: manualFix },
        });
      } else if (verdict.status === 'future') {
        report({
          messageId: 'future',
          at: child(console.at, 'telemetry', 'lastReported'),
          entity,
          subjects,
          data: { hostname, lastReported: verdict.lastReported, asOf },
        });
      } else if (verdict.status === 'never') {
        // No start for the 30 days: not an error, since guessing the day could flag a compliant console.
        report({
          messageId: 'undated',
          severity: 'warning',
          at,
          entity,
          subjects,
          data: { hostname, days: policy.consoleFirstUploadDays },
        });
      } else if (verdict.status === 'overdue') {
        report({
          messageId: 'overdue',
          at: child(console.at, 'telemetry', 'lastReported'),
          entity,
          subjects,
          data: {
            hostname,
            lastReported: verdict.lastReported,
            age: verdict.ageDays,
            asOf,
            mode: verdict.mode,
            maxDays: verdict.maxDays,
            fix: manualFix,
          },
        });
      }
    }
  },
});
