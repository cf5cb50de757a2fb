import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { consoleWithoutTelemetry, recommendedConsoleVersion } from '../../domain/netscaler.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * "The NetScaler telemetry program is enabled starting from 14.1-25.53 and later / 13.1-53.22
 * and later build" (NetScaler docs, data governance). Our reading (INFERRED): below those
 * builds there is no telemetry to upload, manual uploads included, so the mode does not matter.
 * The id keeps its name so that existing configurations still apply.
 */
export const autoTelemetryUnsupported = defineRule({
  meta: {
    id: 'netscaler-console/auto-telemetry-unsupported',
    severity: 'error',
    advice: { below: ['upgrade'], tooOldLine: ['upgrade'] },
    description:
      'An on-premises NetScaler Console runs a version without licensing telemetry (below {{autoTelemetryMinimum}}): it cannot report in any mode.',
    messages: {
      below:
        'NetScaler Console `{{hostname}}` runs version {{version}}, which has no licensing telemetry (the {{line}} line has it from {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer',
      tooOldLine:
        'NetScaler Console `{{hostname}}` runs release {{line}}, which has no licensing telemetry (it starts with {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer',
    },
    docs: {
      why: `NetScaler Console sends licensing telemetry automatically from 14.1-25.53 and
13.1-53.22 (NetScaler docs, data-governance; ADM pages 130-adm-0443 and 130-adm-0444; one
Citrix page says 14.1-25.56, and the lower threshold is used as the lenient reading).
Release 13.0 and older have no telemetry. Citrix: "The NetScaler telemetry program is
enabled starting from 14.1-25.53 and later / 13.1-53.22 and later build" (data governance).
Our reading (inferred, not a Citrix sentence): below those builds there is no telemetry to
download either, so manual mode is no way out. The rule therefore fires whatever \`mode\`
says, automatic, manual or disabled, and its message says upgrade, never "switch to
manual"; \`telemetry-disabled\` and \`telemetry-overdue\` stay quiet for such a console so that
it gets one finding with advice it can follow. The rule keeps its id so that existing
configurations still apply.

The version recommended is the newest of the telemetry builds and the console's License
Activation Service minimum (\`netscaler.lasMinimum\`), so that the upgraded console satisfies
[\`las-version\`](las-version.md) and [\`file-based-activation\`](file-based-activation.md)
too. Thresholds can be extended in the configuration (\`netscaler.autoTelemetryMinimum\`).`,
      fix: `Upgrade the console to the version named or newer, then record the new \`version\` (and
\`telemetry.manualSince\`, if it stays in manual mode).`,
    },
  },
  check({ inventory, settings, report }) {
    const target = recommendedConsoleVersion(settings);
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console)) continue;
      const below = consoleWithoutTelemetry(console, settings);
      if (!below) continue;
      const base = { at: child(console.at, 'version'), entity: entityKey.console(console.hostname), subjects: [console.hostname] };
      const data = { hostname: console.hostname, version: console.version ?? '', line: below.line, minimum: below.minimum, target };
      report({ ...base, messageId: below.sameLine ? 'below' : 'tooOldLine', data });
    }
  },
});
