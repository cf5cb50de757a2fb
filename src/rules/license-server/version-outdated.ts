import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { buildPolicy, minimumBuildInPolicy, newestBuild, parseLicenseServerBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const versionOutdated = defineRule({
  meta: {
    id: 'license-server/version-outdated',
    severity: 'error',
    description: 'A license server runs a build below {{minimumBuild}}, or a newer build was released more than {{versionGraceMonths}} months before the as-of date.',
    messages: {
      belowMinimum: 'license server `{{hostname}}` runs build {{build}}, below build {{minimum}}, required since 2023-03-31 for licensing telemetry: upgrade to build {{target}} or newer',
      outdated: 'license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} (build {{newer}} came out by {{released}}, and each release must be installed within {{months}} months): upgrade to build {{target}} or newer',
    },
  },
  check({ inventory, settings, asOf, report }) {
    const { policy, builds } = settings;
    const target = minimumBuildInPolicy(builds, policy.versionGraceMonths, policy.minimumBuild, asOf) ?? newestBuild(builds)?.build ?? policy.minimumBuild;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version) continue;
      const build = parseLicenseServerBuild(server.version);
      if (build === undefined) continue;
      const base = { at: child(server.at, 'version'), entity: entityKey.server(server.hostname) };
      if (build < policy.minimumBuild) {
        report({ ...base, messageId: 'belowMinimum', data: { hostname: server.hostname, build, minimum: policy.minimumBuild, target } });
        continue;
      }
      const verdict = buildPolicy(build, builds, policy.versionGraceMonths);
      if (!verdict.deadline || !verdict.supersededBy || verdict.deadline >= asOf) continue;
      report({
        ...base,
        messageId: 'outdated',
        data: { hostname: server.hostname, build, deadline: verdict.deadline, newer: verdict.supersededBy.build, released: verdict.supersededBy.released, months: policy.versionGraceMonths, target },
      });
    }
  },
});
