import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { parseLicenseServerBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const licenseServerLasVersion = defineRule({
  meta: {
    id: 'license-server/las-version',
    severity: 'error',
    description: 'A license server uses License Activation Service on a build that does not support it (online below 51000, offline below 53100).',
    messages: {
      tooOld: 'license server `{{hostname}}` uses `{{activation}}` on build {{build}}, but {{what}} needs build {{minimum}} or newer: upgrade the license server',
    },
  },
  check({ inventory, settings, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version || (server.activation !== 'las-online' && server.activation !== 'las-offline')) continue;
      const build = parseLicenseServerBuild(server.version);
      const online = server.activation === 'las-online';
      const minimum = online ? policy.lasOnlineMinimumBuild : policy.lasOfflineMinimumBuild;
      if (build === undefined || build >= minimum) continue;
      report({
        messageId: 'tooOld',
        at: child(server.at, 'version'),
        entity: entityKey.server(server.hostname),
        data: { hostname: server.hostname, activation: server.activation, build, minimum, what: online ? 'online activation' : 'offline (air-gapped) activation' },
      });
    }
  },
});
