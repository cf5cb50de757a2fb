import { daysLeft } from '../../domain/deadlines.js';
import { defineRule } from '../rule.js';
import { entityKey } from '../../domain/entity.js';

export const upcoming = defineRule({
  meta: {
    id: 'deadlines/upcoming',
    severity: 'warning',
    // What a deadline asks depends on its kind (domain/deadlines.ts): each finding carries its deadline's.
    advice: { upcoming: [] },
    description:
      "Something becomes an error within {{deadlineHorizonDays}} days: a term or maintenance end, a license expiry, a manual upload due, an upgrade deadline, the end of maintenance (a warning then) or end of life of a NetScaler instance's release line.",
    messages: {
      upcoming: '{{kind}} of {{subject}} on {{lastDay}} ({{when}}): {{action}} before then',
    },
    docs: {
      why: `Most compliance failures are predictable: a subscription term ends, maintenance
lapses, an air-gapped server's manual upload falls due (every 90 days by default; for
License Servers the seed article's figure, for consoles NetScaler docs 130-adm-0444), a
console switched to manual mode owes its first upload (30 days after
\`telemetry.manualSince\`), a file-based licensing extension (CTX696555) ends, or a License
Server build reaches the end of its 6-month upgrade window. A NetScaler instance's release
line also reaches its end of maintenance (13.1 on 2026-09-15, after which
\`netscaler-instance/release-lifecycle\` warns) and its end of life (13.0 on 2024-07-15, 13.1
on 2027-09-15, then an error); the dates are the table in \`src/data/netscaler.ts\`
(\`netscaler.releaseLines\`), from the Citrix Product Matrix as endoflife.date relays it
(SECONDARY), and the advice names a build of a line still maintained the day after. This rule warns before the day the
corresponding error rule would fire, by default 30 days ahead (\`thresholds.deadlineHorizonDays\`).
It is what a scheduled run is for.`,
      fix: `Do what the message says before the date it names: renew, upload the telemetry (a
License Server's to Citrix Insight Services, CTX472950; a console's to NetScaler Console
service, NetScaler docs 130-adm-0444), or upgrade the license server or the NetScaler
instance. Widen or narrow the warning window with
\`thresholds.deadlineHorizonDays\` in \`.citrix-license-lint.yml\`.`,
    },
  },
  check({ deadlines, settings, asOf, report }) {
    for (const deadline of deadlines) {
      const left = daysLeft(deadline, asOf);
      if (left >= settings.policy.deadlineHorizonDays) break;
      report({
        messageId: 'upcoming',
        at: deadline.at,
        entity: entityKey.deadline(deadline.kind, deadline.entity),
        subjects: deadline.subjects,
        due: deadline.lastDay,
        advice: deadline.advice,
        data: {
          kind: deadline.kind.charAt(0).toUpperCase() + deadline.kind.slice(1),
          subject: deadline.subject,
          lastDay: deadline.lastDay,
          when: left === 0 ? 'today is the last day' : left === 1 ? 'the last day is tomorrow' : `last day in ${left} days`,
          action: deadline.action,
        },
      });
    }
  },
});
