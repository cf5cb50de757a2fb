import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive, isOnPremisesConsole } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const consoleTelemetryDisabled = defineRule({
  meta: {
    id: 'netscaler-console/telemetry-disabled',
    severity: 'error',
    description: 'An active on-premises NetScaler Console has licensing telemetry disabled.',
    messages: {
      disabled: 'NetScaler Console `{{hostname}}` has telemetry disabled: every on-premises console must report to Citrix. Turn automatic telemetry on (Settings > Telemetry), or upload manually at least every {{manualUploadIntervalDays}} days and set `mode: manual`',
    },
  },
  check({ inventory, report }) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.mode !== 'disabled') continue;
      report({ messageId: 'disabled', at: child(console.at, 'telemetry', 'mode'), entity: entityKey.console(console.hostname), data: { hostname: console.hostname } });
    }
  },
});
