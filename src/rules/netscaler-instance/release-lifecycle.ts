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
