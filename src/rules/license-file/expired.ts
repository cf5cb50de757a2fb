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
