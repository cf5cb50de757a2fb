import { defineRule } from '../rule.js';
import type { UsageDay } from '../../model/evidence.js';
import { child } from '../../model/location.js';
import { collectedWhen, shownPath } from '../../domain/evidence.js';
import { holdingsOf, type HostHolding } from '../../domain/host-holdings.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';
import { formatCount } from '../../util/format.js';

/**
 * Overdraft is a feature of license files, not licenses bought ("offered as a feature of the
 * license files", Citrix licensing docs), and excess use is "billed … based on your peak
 * license deployment" (Citrix License Compliance Center). So a server with more licenses in
 * use than installed without overdraft, now or on the peak day of its usage history, is one
 * finding per product: the larger of the two excesses.
 */
export const overdraftInUse = defineRule({
  meta: {
    id: 'licenses/overdraft-in-use',
    severity: 'error',
    // Buy, or find out which assignments nobody needs and release them (udadmin on the server).
    advice: { now: ['buy', 'check'], peak: ['buy', 'check'] },
    measures: 'overdraft licenses in use: in use beyond those installed without overdraft',
    description:
      'An active license server has more licenses of a product in use (now, or at the peak of its usage history) than installed without overdraft.',
    messages: {
      now: 'license server `{{hostname}}` uses {{excess}} {{product}} overdraft licenses: {{inUse}} in use of {{installed}} installed ({{overdraft}} overdraft on top) according to {{file}}, collected {{when}}. Overdraft is not bought, and Citrix bills excess use on the peak deployment: {{fix}}',
      peak: 'license server `{{hostname}}` used {{excess}} {{product}} overdraft licenses at its peak on {{day}}: {{inUse}} in use of {{installed}} installed ({{overdraft}} overdraft on top), according to the usage history {{file}} ({{from}} to {{to}}), collected {{when}}. Overdraft is not bought, and Citrix bills excess use on the peak deployment: {{fix}}',
    },
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const holdings = holdingsOf(inventory, { kind: 'license server', host: server }, asOf, settings.policy);
      for (const holding of holdings.products.values()) {
        const now = excessNow(holding);
        const peak = excessAtPeak(holding.days);
        if (!now && !peak) continue;
        const at = holding.feature?.at ?? (server.licenseFiles.length > 0 ? child(server.at, 'licenseFiles') : server.at);
        const shared = { hostname: server.hostname, product: holding.product };
        const about = { at, entity: entityKey.installed(server.hostname, holding.product), subjects: [server.hostname, holding.product] };
        if (now && (!peak || now.amount >= peak.amount)) {
          const { evidence, file } = holding.pools!;
          report({
            ...about,
            messageId: 'now',
            amount: now.amount,
            data: {
              ...shared,
              excess: formatCount(now.amount),
              inUse: formatCount(now.inUse),
              installed: formatCount(now.installed),
              overdraft: now.overdraft === undefined ? 'an unknown number of' : formatCount(now.overdraft),
              file: shownPath(evidence, file.file),
              when: collectedWhen(file),
              fix: fix(holding.product, now.amount),
            },
          });
        } else if (peak) {
          const { evidence, file } = holding.usage!;
          report({
            ...about,
            messageId: 'peak',
            amount: peak.amount,
            data: {
              ...shared,
              excess: formatCount(peak.amount),
              day: peak.day.day,
              inUse: formatCount(peak.day.inUse),
              installed: formatCount(peak.day.installed!),
              overdraft: peak.day.overdraft === undefined ? 'an unknown number of' : formatCount(peak.day.overdraft),
              file: shownPath(evidence, file.file),
              from: holding.days[0]!.day,
              to: holding.days.at(-1)!.day,
              when: collectedWhen(file),
              fix: fix(holding.product, peak.amount),
            },
          });
        }
      }
    }
  },
});

/** In use above the installed count of the same export (its own count: what the server measures overdraft against). */
function excessNow(holding: HostHolding): { amount: number; inUse: number; installed: number; overdraft?: number } | undefined {
  const pool = holding.pools?.pool;
  if (!pool || typeof pool.count !== 'number' || pool.inUse === undefined || pool.inUse <= pool.count) return undefined;
  return { amount: pool.inUse - pool.count, inUse: pool.inUse, installed: pool.count, overdraft: pool.overdraft };
}

function excessAtPeak(days: readonly UsageDay[]): { amount: number; day: UsageDay } | undefined {
  let worst: { amount: number; day: UsageDay } | undefined;
  for (const day of days) {
    if (day.installed === undefined) continue;
    const amount = day.inUse - day.installed;
    if (amount > 0 && (!worst || amount > worst.amount)) worst = { amount, day };
  }
  return worst;
}

/**
 * User/device licenses stay assigned for 90 days after last use (CTX128013) and `udadmin`
 * releases one at once (CTX215674); concurrent licenses return when the session ends.
 */
function fix(product: string, amount: number): string {
  const buy = `buy ${formatCount(amount)} more ${product} licenses`;
  return /_UD$/i.test(product)
    ? `${buy}, or release assignments nobody needs: user/device licenses stay assigned for 90 days after last use, and \`udadmin -f ${product} -user NAME -delete\` (or \`-device NAME -delete\`) on the license server releases one now`
    : `${buy}, or reduce how many are in use at once`;
}
