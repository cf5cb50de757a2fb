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
    docs: {
      why: `Citrix (CTX477614, revised mid-November 2024): Cloud Software Group "requires Citrix
customers to transition to License Server Version 11.17.2 Build 40000 or newer by March 31,
2023, and subsequent new License Server versions within 6 months of the release of each
new Version". Our reading, not Citrix's wording: every new build counts as a new version,
and on a given day a build is out of policy when a newer build was released more than 6
months (\`versionGraceMonths\`) before that day; a build superseded exactly 6 months before
is still in policy.

Releases older than 11.17.2 build 40000 are errors that say upgrade: 11.17.2 builds below
40000, and earlier releases such as 11.16.x and 11.15.x, including the License Server VPX,
which Citrix deprecated ("Customers using 11.16.6 or previous versions of License Server VPX
are advised to migrate to the latest version of License Server for Windows as soon as
possible", docs.citrix.com, CVAD licensing). They are not "unknown" versions.

Citrix publishes no lifecycle table per build, so the release dates come from a catalog
shipped with the tool (\`src/data/license-server-builds.ts\`), each row with its source and
a precision that follows the evidence:

- **exact**: a Citrix page gives the day;
- **on or before**: a dated page shows the build existed by then. The latest possible date
  is used, so the deadline errs late;
- **reported**: only a secondary relay gives the day, which may be too early as well as too
  late. A deadline that only a reported date sets is a **warning** that says so, never an
  error; it becomes an error once a confirmed date (a catalog row of your own with
  \`precision: exact\` or \`on-or-before\`) says the same.

So no server in policy is ever reported as an error. Known dates:

| build | date used | precision | source |
|---|---|---|---|
| 39000 | 2022-05-11 | exact | docs.citrix.com licensing 11-17-2-40000, document history |
| 40000 | 2022-10-19 | exact | same page; CTX477614 |
| 41000 | 2023-03-09 | on or before | legacy-licensing build list, bounded by 42000 |
| 42000 | 2023-03-09 | on or before | kraftkennedy.com citrix-update-required names it the latest build for the 2023-03-31 deadline |
| 43000–45000 | 2024-03-06 | on or before | legacy-licensing build list, bounded by 46000 |
| 46000 | 2024-03-06 | on or before | carlstalhood.com 2203 LTSR page (modified 2024-03-06) |
| 47000 | 2024-05-18 | on or before | carlstalhood.com 2402 LTSR page, version modified 2024-05-18 (no capture of an earlier version names it) |
| 48000 | 2024-08-26 | on or before | legacy-licensing build list, bounded by 49000 |
| 49000 | 2024-08-26 | on or before | carlstalhood.com 2402 LTSR page (modified 2024-08-26) |
| 51000 | 2024-12-03 | on or before | carlstalhood.com 2402 LTSR page; citrix.com downloads |
| 52100 | 2026-03-16 | on or before | docs.citrix.com 11-17-2-52100 (proves the build exists), bounded by 53100 |
| 53100 | 2026-03-16 | on or before | the 52100 LAS page; deyda.net, 2026-03-16 |
| 54100 | 2026-08-17 | reported | bounded only by 56200's reported date; no Citrix page confirmed the build |
| 56200 | 2026-08-17 | reported | Citrix licensing RSS feed as relayed by a news digest; no Citrix page confirmed it |

How lenient this is: 52100 and 53100 carry a blog post's publication date, and 53100 was
needed for offline LAS before the 2026-04-15 cutover, so both very probably shipped months
earlier. Servers on 51000 or 52100 are therefore reported from 2026-09-16, possibly 6 to 9
months after Citrix considered them out of policy. Build 50000 has no known public release
and is left out. Add or correct rows with \`licenseServerBuilds\` in \`.citrix-license-lint.yml\`.

The build the message recommends is the oldest catalogued build that no rule reports on
the day: in policy, not due within the warning horizon of
[\`deadlines/upcoming\`](../deadlines/upcoming.md), and for a LAS server at least its LAS
minimum ([\`las-version\`](las-version.md)).`,
      fix: `Upgrade the license server to the build the message names (or newer) and record the new
\`version\`. \`deadlines/upcoming\` warns 30 days before the next deadline.`,
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
