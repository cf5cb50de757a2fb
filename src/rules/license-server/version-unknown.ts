import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { newestBuild, parseLicenseServerVersion } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

// Messages show the format with NNNNN, never a real build: a build number in the advice
// could be copied into the inventory in place of the server's own.
export const versionUnknown = defineRule({
  meta: {
    id: 'license-server/version-unknown',
    severity: 'warning',
    advice: {
      missing: ['fix-input'],
      unreadable: ['fix-input'],
      noBuild: ['fix-input'],
      newer: ['fix-input'],
      newerRelease: ['fix-input'],
    },
    description: 'A license server version is missing or is not a version, or its build is newer than every build in the release catalog.',
    messages: {
      missing:
        'license server `{{hostname}}` has no `version`: record it as the License Administration Console or Get-LicServerInfo shows it (format `11.17.2.0 build NNNNN`) so that the upgrade deadline can be checked',
      unreadable:
        'license server `{{hostname}}` has version "{{version}}", which is not a License Server version: copy the version and build exactly as the License Administration Console or Get-LicServerInfo shows them (format `11.17.2.0 build NNNNN`)',
      noBuild:
        'license server `{{hostname}}` has version "{{version}}" without its build: add the build as the License Administration Console or Get-LicServerInfo shows it (format `11.17.2.0 build NNNNN`) so that the upgrade deadline can be checked',
      newer:
        'license server `{{hostname}}` runs build {{build}}, newer than every build the release catalog knows (newest: {{newest}}): add the build and its release date under `licenseServerBuilds` in .citrix-license-lint.yml, or update citrix-license-lint',
      newerRelease:
        'license server `{{hostname}}` runs version "{{version}}", a release after 11.17.2 that the release catalog does not know: update citrix-license-lint, or turn this rule off for the server',
    },
    docs: {
      why: `The upgrade deadline can only be checked when the version is known. A missing version,
text that is not a version, 11.17.2 written without its build, or a build newer than
every build the release catalog knows (the catalog is out of date, not the server), is a
warning that says how to fix it. Versions are read as \`11.17.2.0 build 56200\`,
\`11.17.2 build 56200\` or \`11.17.2.0-56200\`.

A release older than 11.17.2 (11.16.x, 11.15.x, the License Server VPX) is a version, and
an out-of-policy one: [\`license-server/version-outdated\`](version-outdated.md) reports it as
an error that says upgrade, and this rule stays quiet. The messages show the format with
\`NNNNN\`, never a real build number, so that nobody copies a build into the inventory
instead of reading the server's own.`,
      fix: `Record the version as the License Administration Console or \`Get-LicServerInfo\`
(\`SLVersion\`) shows it. For a build newer than the catalog, add it with its release date
and source under \`licenseServerBuilds\` in \`.citrix-license-lint.yml\`, or update
citrix-license-lint.`,
    },
  },
  check({ inventory, settings, report }) {
    const newest = newestBuild(settings.builds);
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      if (!server.version) {
        report({ messageId: 'missing', at: server.at, entity, subjects, absent: 'version', data: { hostname: server.hostname } });
        continue;
      }
      const at = child(server.at, 'version');
      const data = { hostname: server.hostname, version: server.version.slice(0, 60) };
      const version = parseLicenseServerVersion(server.version);
      if (version === undefined) report({ messageId: 'unreadable', at, entity, subjects, data });
      else if (version.kind === 'no-build') report({ messageId: 'noBuild', at, entity, subjects, data });
      else if (version.kind === 'newer-release') report({ messageId: 'newerRelease', at, entity, subjects, data });
      else if (version.kind === 'build' && newest && version.build > newest.build) {
        report({
          messageId: 'newer',
          at,
          entity,
          subjects,
          data: { hostname: server.hostname, build: version.build, newest: newest.build },
        });
      }
    }
  },
});
