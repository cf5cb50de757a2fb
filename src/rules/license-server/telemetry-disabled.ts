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
    docs: {
      why: `Every on-premises license server must send licensing telemetry to Citrix, test and
pre-production included; a server that does not is non-compliant and can cost the
customer its support (Citrix License Telemetry FAQ, CTX477614; Citrix docs,
licensing-data-collection-programs). Decommissioned servers are out of scope.`,
      fix: `Enable automatic reporting (the default; it needs TCP 443 out to \`cis.citrix.com\`), or
for an air-gapped server upload the telemetry to Citrix Insight Services (CTX472950) at
least every 90 days (\`manualUploadIntervalDays\`; the messages show the configured value),
and set \`telemetry.mode\` accordingly.`,
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
