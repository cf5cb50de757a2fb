import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { consoleWithoutTelemetry } from '../../domain/netscaler.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const consoleTelemetryDisabled = defineRule({
  meta: {
    id: 'netscaler-console/telemetry-disabled',
    severity: 'error',
    advice: { disabled: ['report'] },
    description: 'An active on-premises NetScaler Console has licensing telemetry disabled.',
    messages: {
      disabled:
        "NetScaler Console `{{hostname}}` has telemetry disabled: every on-premises console must report to Citrix. Turn automatic telemetry on (the console's NetScaler Telemetry page), or upload to NetScaler Console service at least every {{days}} days and set `mode: manual` with `manualSince`",
    },
    docs: {
      why: `Every on-premises NetScaler Console must report licensing telemetry to Citrix
(NetScaler docs, data-governance; CTX477614: "In mid-June 2024 Cloud Software Group
announced the launch of NetScaler telemetry program"). NetScaler Console Service reports by
itself, provided its agents are current and reach the instances, and is out of scope, as are
decommissioned consoles. A console below the telemetry builds is left to
[\`auto-telemetry-unsupported\`](auto-telemetry-unsupported.md): turning telemetry on is not
possible there.`,
      fix: `Turn automatic telemetry on, on the console's NetScaler Telemetry page (on by default from
14.1-25.53 and 13.1-53.22), or upload to NetScaler Console service at least every 90 days
(\`manualUploadIntervalDays\`) and set \`mode: manual\` with \`manualSince\`.`,
    },
  },
  check({ inventory, settings, report }) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.mode !== 'disabled') continue;
      // Below the telemetry builds neither mode exists: auto-telemetry-unsupported says upgrade.
      if (consoleWithoutTelemetry(console, settings)) continue;
      report({
        messageId: 'disabled',
        at: child(console.at, 'telemetry', 'mode'),
        entity: entityKey.console(console.hostname),
        subjects: [console.hostname],
        data: { hostname: console.hostname, days: settings.policy.manualUploadIntervalDays },
      });
    }
  },
});
