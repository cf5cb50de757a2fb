import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const licenseServerTelemetryDisabled = defineRule({
  meta: {
    id: 'license-server/telemetry-disabled',
    severity: 'error',
    advice: { disabled: ['report'] },
    description: 'An active license server has licensing telemetry disabled (whatever its environment).',
    messages: {
      disabled:
        'license server `{{hostname}}` ({{environment}}) has telemetry disabled: every license server, test and pre-production included, must report to Citrix. Enable automatic reporting (TCP 443 out to cis.citrix.com), or upload to Citrix Insight Services at least every {{days}} days (CTX472950) and set `mode: manual`',
    },
  },
  check({ inventory, settings, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.telemetry?.mode !== 'disabled') continue;
      report({
        messageId: 'disabled',
        at: child(server.at, 'telemetry', 'mode'),
        entity: entityKey.server(server.hostname),
        subjects: [server.hostname],
        data: {
          hostname: server.hostname,
          environment: server.environment ?? 'environment not set',
          days: settings.policy.manualUploadIntervalDays,
        },
      });
    }
  },
});
