import { defineRule } from '../rule.js';
import type { Feature } from '../../model/inventory.js';
import { child, type Where } from '../../model/location.js';
import { collectedWhen, currentEvidenceOf, showsServerPools, shownPath } from '../../domain/evidence.js';
import { countedFiles, isActive } from '../../domain/scope.js';
import { isStartupProduct } from '../../domain/startup-license.js';
import { entityKey } from '../../domain/entity.js';

type Count = number | 'uncounted' | undefined;

/**
 * Per product, the licenses a license server's license files declare (INCREMENT counts,
 * overdraft excluded) against what its newest collected export of the whole server shows
 * installed (Get-LicInventory, WMI, lmstat -i, the collection script), or its collected
 * `.lic` files together when there is no such export.
 */
export const collectedLicensesDiffer = defineRule({
  meta: {
    id: 'collected/licenses-differ',
    severity: 'error',
    advice: { count: ['fix-input', 'check'], undeclared: ['fix-input'], notInstalled: ['fix-input', 'install'] },
    description: 'The licenses installed on a license server, per product, differ from what the inventory declares for it.',
    messages: {
      count:
        'license server `{{hostname}}` has {{collected}} {{product}} installed according to {{file}}, collected {{when}}, but the inventory declares {{declared}}: record the license files really installed (or find out who changed the server)',
      undeclared:
        'license server `{{hostname}}` has {{collected}} {{product}} installed according to {{file}}, collected {{when}}, which the inventory does not declare on it: add the license file that holds them',
      notInstalled:
        'the inventory declares {{declared}} {{product}} on license server `{{hostname}}`, but {{file}}, collected {{when}}, shows none installed: remove the declaration, or install the file',
    },
    docs: {
      why: `What a license server has installed is an observation; the inventory declares it through
each server's \`licenseFiles\` (their \`features\`, or the committed \`.lic\` files), and the
counting rules (\`licenses/installed-exceeds-purchased\`, \`allocation/over-entitlement\`...)
trust that declaration. When current evidence in \`collected/<hostname>/\` lists the server's
pools, the two are compared per product: the INCREMENT count the inventory declares (overdraft
excluded, startup license left out) against what the export shows installed (for
\`Get-LicInventory\` and WMI, \`LicensesAvailable\`/\`Count\` minus the overdraft, since those
include it: Citrix does not say so, but public scripts that read them subtract
\`LicenseOverdraft\` to get the purchased count; see
[what each source reveals](../../collect.md#what-each-source-reveals)). A product installed but not declared, declared but not
installed, or installed in another number, is one finding.

Which export counts: the newest one that lists the whole server's pools (the collection
script's JSON, \`Get-LicInventory\`, WMI \`Citrix_GT_License_Pool\`, \`lmstat -i\`); without one,
all the \`.lic\` files collected for the host together. Evidence older than
\`collectedMaxAgeDays\` is not compared ([\`collected/stale\`](stale.md)). A server on the
License Activation Service (\`activation: las-online\` or \`las-offline\`) that declares no
license file is not compared either: its licenses are activations, which no file declares;
what it shows installed counts in its [position](../../position.md) and in
[\`licenses/installed-exceeds-purchased\`](../licenses/installed-exceeds-purchased.md).`,
      fix: `Record the license files really installed on the server (\`citrix-license-lint import --into\`
marks the difference), or find out who installed or removed licenses and why. An allocation
in the licensing portal that was downloaded but never installed is a difference too.`,
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      // A license file that could not be read is reported at its cause; without it the
      // declaration is incomplete, and comparing it would blame the server.
      if (!isActive(server) || server.licenseFiles.length < (server.licenseFilesListed ?? 0)) continue;
      if (server.licenseFiles.some((file) => file.unread)) continue;
      // A server on the License Activation Service that declares no license file holds activations,
      // which no file can declare: what it shows installed is its position (docs/position.md), not a gap.
      if (server.activation?.startsWith('las') && countedFiles(server).length === 0) continue;
      const evidence = currentEvidenceOf(inventory, server, asOf, settings.policy).find(showsServerPools);
      if (!evidence?.licenses) continue;
      const source = evidence.licenses.files[0]!;
      const shown = {
        hostname: server.hostname,
        file: evidence.licenses.files.map((f) => shownPath(evidence, f.file)).join(', '),
        when: collectedWhen(source),
      };
      // Expired lines grant nothing (license-file/expired says so), and collected evidence leaves expired pools out too.
      const current = (feature: Feature) => !(feature.expires && feature.expires !== 'permanent' && feature.expires < asOf);
      const declared = declaredPerProduct(countedFiles(server).flatMap((file) => file.features.filter(current)));
      const collected = new Map(evidence.licenses.pools.map((pool) => [pool.product, pool.count]));
      for (const [product, { count, at }] of declared) {
        const observed = collected.get(product);
        if (!collected.has(product)) {
          report({
            messageId: 'notInstalled',
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count) },
          });
        } else if (count !== undefined && observed !== undefined && count !== observed) {
          report({
            messageId: 'count',
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count), collected: words(observed) },
          });
        }
      }
      for (const [product, observed] of collected) {
        if (declared.has(product) || isStartupProduct(product)) continue;
        report({
          messageId: 'undeclared',
          at: server.licenseFiles.length > 0 ? child(server.at, 'licenseFiles') : server.at,
          entity: entityKey.installed(server.hostname, product),
          subjects: [server.hostname, product],
          data: { ...shown, product, collected: words(observed) },
        });
      }
    }
  },
});

function declaredPerProduct(features: readonly Feature[]): Map<string, { count: Count; at: Where }> {
  const byProduct = new Map<string, { count: Count; at: Where }>();
  for (const feature of features) {
    if (isStartupProduct(feature.product)) continue;
    const entry = byProduct.get(feature.product);
    if (!entry) {
      byProduct.set(feature.product, { count: feature.count, at: feature.at });
      continue;
    }
    if (entry.count === 'uncounted' || feature.count === 'uncounted') entry.count = 'uncounted';
    else if (entry.count === undefined || feature.count === undefined) entry.count = undefined;
    else entry.count += feature.count;
  }
  return byProduct;
}

function words(count: Count): string {
  return count === undefined ? 'an unknown number of' : String(count);
}
