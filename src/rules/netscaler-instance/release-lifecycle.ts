import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { instanceKind, lifecycleOf, recommendedInstanceVersion } from '../../domain/netscaler.js';
import { lineOf, parseNetscalerVersion } from '../../domain/versions.js';
import { entityKey } from '../../domain/entity.js';

/**
 * NetScaler ADC release lines past end of maintenance (no new builds: warning) or end of life
 * (no support: error). Dates: src/data/netscaler.ts, from the Citrix Product Matrix as relayed
 * by endoflife.date. A line older than the table is past end of life; a newer one is not judged.
 */
export const releaseLifecycle = defineRule({
  meta: {
    id: 'netscaler-instance/release-lifecycle',
    severity: 'error',
    advice: { endOfLife: ['upgrade'], olderThanTable: ['upgrade'], endOfMaintenance: ['upgrade'] },
    description:
      'A NetScaler instance runs a release line past end of life (error) or past end of maintenance (warning), per the lifecycle table (`netscaler.releaseLines`).',
    messages: {
      endOfLife:
        'NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of life on {{endOfLife}}{{otherBuilds}} and gets neither fixes nor support: upgrade it to {{target}}',
      olderThanTable:
        'NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} is older than {{oldest}}, which reached end of life on {{endOfLife}}, so it gets neither fixes nor support: upgrade it to {{target}}',
      endOfMaintenance:
        'NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of maintenance on {{endOfMaintenance}} (no new builds; end of life {{endOfLife}}): plan the upgrade to {{target}}',
    },
    docs: {
      why: `A release line past end of maintenance gets no new builds, security fixes included; past
end of life it gets no support at all. The lifecycle table lives in
\`src/data/netscaler.ts\`, with its source on each row:

| line | end of maintenance | end of life | source |
|---|---|---|---|
| 12.1 | — | 2023-05-30 (FIPS builds 2025-12-31, NDcPP builds 2024-12-31) | endoflife.date, netscaler-adc (from the Citrix Product Matrix) |
| 13.0 | — | 2024-07-15 | same |
| 13.1 | 2026-09-15 | 2027-09-15 | same |
| 14.1 | 2029-08-08 | 2030-08-08 | same |

These dates are secondary: endoflife.date relays the Citrix Product Matrix
(citrix.com/support/product-lifecycle/product-matrix.html), which was not read directly.
The day itself still counts as in maintenance (or in life); the rule fires from the day
after. An instance marked \`fips: true\` is judged by its line's FIPS date where the table
has one. The inventory does not mark NDcPP appliances, so they are judged by the line's
date and the message quotes the NDcPP date beside it. A line older than every line of the
table (11.1, 12.0) is past end of life once the oldest line is, and is reported as such; a
line newer than the table, or one between its rows, is not judged, so that no date is
guessed. Whether NetScaler Console on-premises follows the same dates is not known, so
consoles are not judged by this rule.

The version recommended is the License Activation Service minimum of the oldest line still
in maintenance (see [\`las-version\`](las-version.md)), so that the upgrade satisfies both
rules. Add or correct lines with \`netscaler.releaseLines\` in \`.citrix-license-lint.yml\`.`,
      fix: `Upgrade the instance to a release line still in maintenance (the message names a version),
then record the new \`version\`.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (!instance.version) continue;
      const version = parseNetscalerVersion(instance.version);
      if (!version) continue;
      const line = lineOf(version);
      const fips = instance.fips === true;
      const verdict = lifecycleOf(line, settings.netscaler.releaseLines, asOf, fips);
      if (!verdict) continue;
      const recommended = recommendedInstanceVersion(settings, instanceKind(instance), asOf);
      const target = recommended ? `${recommended} or newer` : 'a release line still in maintenance';
      const eol = verdict.state === 'end of life';
      const fipsDate = fips && verdict.row.fipsEndOfLife !== undefined;
      // The inventory does not mark NDcPP appliances: their own date is quoted for whoever runs one.
      const ndcpp =
        !fipsDate && !verdict.olderThanTable && verdict.row.ndcppEndOfLife ? ` (its NDcPP builds on ${verdict.row.ndcppEndOfLife})` : '';
      report({
        messageId: verdict.olderThanTable ? 'olderThanTable' : eol ? 'endOfLife' : 'endOfMaintenance',
        severity: eol ? undefined : 'warning',
        at: child(instance.at, 'version'),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name],
        // The end of life the message names: a FIPS appliance's own date where the row has one.
        due: eol ? undefined : verdict.endOfLife,
        data: {
          platform: instance.platform ?? '',
          name: instance.name,
          version: instance.version,
          line: fipsDate && !verdict.olderThanTable ? `${line} (FIPS)` : line,
          oldest: verdict.row.line,
          otherBuilds: ndcpp,
          target,
          endOfLife: verdict.endOfLife ?? 'not announced',
          endOfMaintenance: verdict.row.endOfMaintenance ?? 'unknown',
        },
      });
    }
  },
});
