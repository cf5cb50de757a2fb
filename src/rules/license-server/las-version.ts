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
    docs: {
      why: `The License Activation Service needs License Server 11.17.2 build 51000 or newer for
online activation and build 53100 or newer for offline (air-gapped) activation
(docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service: "License Server
build 51000 or higher (supports online activation). License Server build 53100 or higher
(supports both online and offline …)"). An older server set to LAS cannot activate
anything, and neither can a release before 11.17.2 (11.16.x, the License Server VPX).

The online minimum is Citrix Virtual Apps and Desktops' (2411 or later, or 2203 CU7 and
2402 CU3 LTSR): products other than Citrix Virtual Apps and Desktops, Provisioning and
Workspace Environment Management among them, need License Server build 53100 to be
activated through LAS whatever the mode (deyda.net, "Citrix License Activation Service
(LAS)", 2026-03-16, a secondary source: "To use LAS, you need Citrix License Server 11.17.2
build 53100", listing PVS 2203 CU7, 2402 CU3, 2507 and WEM 2507 among what it licenses). The rule judges the mode only,
since the inventory does not say which products a server licenses: a server that licenses
more than Citrix Virtual Apps and Desktops on build 51000 or 52100 needs 53100 too.

The message recommends the oldest catalogued build that satisfies both this rule and
[\`license-server/version-outdated\`](version-outdated.md) on the day, not the bare LAS
minimum: build 51000 has been out of policy since 2026-09-16.`,
      fix: `Upgrade the license server to the recommended build or newer, then record the new \`version\`.`,
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
