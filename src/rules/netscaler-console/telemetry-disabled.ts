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
