import { defineRule } from '../rule.js';
import { installedFeatures } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const expired = defineRule({
  meta: {
    id: 'license-file/expired',
    severity: 'error',
    advice: { expired: ['remove', 'install'] },
    description: 'An installed license feature expired before the as-of date.',
    messages: {
      expired:
        '{{product}} in {{file}} on {{kind}} `{{hostname}}` expired on {{expires}}: installed expired licenses make the deployment non-compliant; remove the file from the {{kind}} (and the inventory), or install the renewed license',
    },
    docs: {
      why: `Citrix's compliance policy forbids expired licenses on license servers. In our words, not
a Citrix quotation: no expired or inactive licenses installed (the fourth requirement in the
seed article on licensing telemetry compliance, dennisspan.com). A term, evaluation or NFR
license carries its expiry date in the INCREMENT line; one that expired still sits in the
server's license folder until someone removes it. A license expiring *on* the as-of day
is still valid that day. The startup license (\`CITRIX\`, \`citrix_startup.lic\`) is ignored.`,
      fix: `Remove the expired license file from the license server (and from the inventory), or
install the renewed one from the licensing portal.`,
    },
  },
  check({ inventory, asOf, report }) {
    for (const { kind, host, file, feature } of installedFeatures(inventory)) {
      if (!feature.expires || feature.expires === 'permanent' || feature.expires >= asOf) continue;
      report({
        messageId: 'expired',
        at: feature.at,
        entity: entityKey.feature(host.hostname, file.name, feature.product, feature.serial ?? feature.expires),
        subjects: [host.hostname, file.name, feature.product],
        data: { product: feature.product, file: file.name, kind, hostname: host.hostname, expires: feature.expires },
      });
    }
  },
});
