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
    docs: {
      why: `A License Server adds an overdraft on top of the licenses installed (how many, each
export of its pools states: \`LicenseOverdraft\`, WMI's \`Overdraft\`), so that users are not
refused when use grows. Citrix offers it "as
a feature of the license files", not as licenses bought (Citrix licensing docs, license
types), and excess use is "billed … based on your peak license deployment" (Citrix License
Compliance Center). Licenses in use above the installed count are overdraft in use: a
true-up cost, and a finding.

The rule reads, per active license server and product, the newest current export of the
server's pools in \`collected/<hostname>/\` (the collection script, \`Get-LicInventory\`, WMI
\`Citrix_GT_License_Pool\`), whose in-use count is compared with the same export's installed
count without overdraft (\`LicensesAvailable\` or \`Count\` minus the overdraft, since both include
it: Citrix does not say so, but public scripts that read them subtract \`LicenseOverdraft\` to get
the purchased count; see [what each source reveals](../../collect.md#what-each-source-reveals)). It also reads the Licensing Manager's Historical Use export, which gives
daily usage "including the number of licenses in overdraft" (docs.citrix.com licensing,
"Dashboard and Historical Use"): the day with the most in use above that day's installed
count is the peak. One finding per server and product says the larger of the two.

What to do: buy the difference, or release what is not needed. User/device licenses stay
assigned to a user or device until 90 days without use ("not available for reassignment
until 90 days of inactivity have passed", CTX128013); \`udadmin -f FEATURE -user NAME
-delete\` (or \`-device NAME -delete\`), run on the license server, releases one at once
(CTX215674). Concurrent licenses come back when sessions end. Evidence older than
\`collectedMaxAgeDays\` is not judged ([\`collected/stale\`](../collected/stale.md)).`,
      fix: `Buy the licenses the message counts (then allocate and activate them), or bring use down
to the installed count: release user/device assignments nobody needs with \`udadmin\`, or
limit concurrent use. The finding goes when the next collected export shows in use within
the installed count; a finding from the usage history goes when the peak falls out of the
exported period.`,
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
