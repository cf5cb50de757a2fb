import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { newestBuild, parseLicenseServerBuild } from '../../domain/versions.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const versionUnknown = defineRule({
  meta: {
    id: 'license-server/version-unknown',
    severity: 'warning',
    description: 'A license server version cannot be read, or its build is newer than every build in the release catalog.',
    messages: {
      missing: 'license server `{{hostname}}` has no `version`: record it (for example `11.17.2.0 build 56200`, from the License Administration Console or Get-LicServerInfo) so that the upgrade deadline can be checked',
      unreadable: 'license server `{{hostname}}` has version "{{version}}", which is not a License Server 11.17.2 version: write it as `11.17.2.0 build 56200`, `11.17.2 build 56200` or `11.17.2.0-56200`',
      newer: 'license server `{{hostname}}` runs build {{build}}, newer than every build the release catalog knows (newest: {{newest}}): add the build and its release date under `licenseServerBuilds` in .citrix-license-lint.yml, or update citrix-license-lint',
    },
  },
  check({ inventory, settings, report }) {
    const newest = newestBuild(settings.builds);
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const entity = entityKey.server(server.hostname);
      if (!server.version) {
        report({ messageId: 'missing', at: server.at, entity, data: { hostname: server.hostname } });
        continue;
      }
      const at = child(server.at, 'version');
      const build = parseLicenseServerBuild(server.version);
      if (build === undefined) {
        report({ messageId: 'unreadable', at, entity, data: { hostname: server.hostname, version: server.version.slice(0, 60) } });
      } else if (newest && build > newest.build) {
        report({ messageId: 'newer', at, entity, data: { hostname: server.hostname, build, newest: newest.build } });
      }
    }
  },
});
