import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/** Citrix support article 695107: file-based activation reached end of life on 2026-04-15. */
export const licenseServerFileBasedActivation = defineRule({
  meta: {
    id: 'license-server/file-based-activation',
    severity: 'error',
    description: 'An active license server still uses license files for activation on or after 2026-04-15 (warning before).',
    messages: {
      after: 'license server `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (`las-online` needs build {{online}}+, `las-offline` build {{offline}}+)',
      before: 'license server `{{hostname}}` activates with license files, which reach end of life on {{eol}}: plan the move to the License Activation Service (`las-online` needs build {{online}}+, `las-offline` build {{offline}}+)',
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.activation !== 'files') continue;
      const after = asOf >= policy.fileActivationEndOfLife;
      report({
        messageId: after ? 'after' : 'before',
        severity: after ? undefined : 'warning',
        at: child(server.at, 'activation'),
        entity: entityKey.server(server.hostname),
        data: { hostname: server.hostname, eol: policy.fileActivationEndOfLife, online: policy.lasOnlineMinimumBuild, offline: policy.lasOfflineMinimumBuild },
      });
    }
  },
});
