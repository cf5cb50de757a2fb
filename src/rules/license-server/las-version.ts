import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { parseLicenseServerVersion, recommendedBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const licenseServerLasVersion = defineRule({
  meta: {
    id: 'license-server/las-version',
    severity: 'error',
    advice: { tooOld: ['upgrade'] },
    description:
      'A license server uses License Activation Service on a build that does not support it (online and offline each have a minimum build).',
    messages: {
      tooOld:
        'license server `{{hostname}}` uses `{{activation}}` on {{running}}, but {{what}} needs build {{minimum}} or newer: upgrade the license server to build {{target}} or newer',
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version || (server.activation !== 'las-online' && server.activation !== 'las-offline')) continue;
      const version = parseLicenseServerVersion(server.version);
      const online = server.activation === 'las-online';
      const minimum = online ? policy.lasOnlineMinimumBuild : policy.lasOfflineMinimumBuild;
      // Releases before 11.17.2 (11.16.x, the VPX) have no LAS at all.
      const running =
        version?.kind === 'build'
          ? `build ${version.build}`
          : version?.kind === 'older'
            ? `version ${server.version.slice(0, 60)}`
            : undefined;
      if (!running || (version?.kind === 'build' && version.build >= minimum)) continue;
      report({
        messageId: 'tooOld',
        at: child(server.at, 'version'),
        entity: entityKey.server(server.hostname),
        subjects: [server.hostname],
        data: {
          hostname: server.hostname,
          activation: server.activation,
          running,
          minimum,
          target: recommendedBuild(settings, asOf, minimum),
          what: online ? 'online activation' : 'offline (air-gapped) activation',
        },
      });
    }
  },
});
