import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { buildPolicy, lasMinimumBuild, parseLicenseServerVersion, recommendedBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const versionOutdated = defineRule({
  meta: {
    id: 'license-server/version-outdated',
    severity: 'error',
    advice: { belowMinimum: ['upgrade'], olderRelease: ['upgrade'], outdated: ['upgrade'], outdatedReported: ['upgrade'] },
    description:
      'A license server runs a release older than 11.17.2 build {{minimumBuild}} (11.16.x, 11.15.x, the License Server VPX), or a build superseded for more than {{versionGraceMonths}} months.',
    messages: {
      belowMinimum:
        'license server `{{hostname}}` runs build {{build}}, below build {{minimum}}, required since 2023-03-31 for licensing telemetry: upgrade to build {{target}} or newer',
      olderRelease:
        'license server `{{hostname}}` runs version {{version}}, a release older than 11.17.2 build {{minimum}}, which is required since 2023-03-31 for licensing telemetry (the License Server VPX is deprecated): upgrade to the License Server for Windows, 11.17.2 build {{target}} or newer',
      outdated:
        'license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} (build {{newer}} came out by {{released}}, and each release must be installed within {{months}} months): upgrade to build {{target}} or newer',
      outdatedReported:
        'license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} if build {{newer}} came out on {{released}} as reported (no Citrix page confirms that date; each release must be installed within {{months}} months): upgrade to build {{target}} or newer',
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy, builds } = settings;
    // The same for every server with the same floor: computed once per floor, not per server.
    const targets = new Map<number, number>();
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version) continue;
      const version = parseLicenseServerVersion(server.version);
      if (version?.kind !== 'build' && version?.kind !== 'older') continue;
      // LAS servers must land on a build their activation supports (las-version).
      const atLeast =
        server.activation === 'las-online' || server.activation === 'las-offline' ? lasMinimumBuild(settings, server.activation) : 0;
      let target = targets.get(atLeast);
      if (target === undefined) {
        target = recommendedBuild(settings, asOf, atLeast);
        targets.set(atLeast, target);
      }
      const base = { at: child(server.at, 'version'), entity: entityKey.server(server.hostname), subjects: [server.hostname] };
      if (version.kind === 'older') {
        report({
          ...base,
          messageId: 'olderRelease',
          data: { hostname: server.hostname, version: server.version.slice(0, 60), minimum: policy.minimumBuild, target },
        });
        continue;
      }
      const build = version.build;
      if (build < policy.minimumBuild) {
        report({ ...base, messageId: 'belowMinimum', data: { hostname: server.hostname, build, minimum: policy.minimumBuild, target } });
        continue;
      }
      // An error needs a confirmed date; a deadline only a relayed date sets is a warning.
      const confirmed = buildPolicy(build, builds, policy.versionGraceMonths, { confirmedOnly: true });
      const any = buildPolicy(build, builds, policy.versionGraceMonths);
      const verdict = confirmed.deadline && confirmed.deadline < asOf ? confirmed : any.deadline && any.deadline < asOf ? any : undefined;
      if (!verdict?.deadline || !verdict.supersededBy) continue;
      const reported = verdict.supersededBy.precision === 'reported';
      report({
        ...base,
        messageId: reported ? 'outdatedReported' : 'outdated',
        severity: reported ? 'warning' : undefined,
        data: {
          hostname: server.hostname,
          build,
          deadline: verdict.deadline,
          newer: verdict.supersededBy.build,
          released: verdict.supersededBy.released,
          months: policy.versionGraceMonths,
          target,
        },
      });
    }
  },
});
