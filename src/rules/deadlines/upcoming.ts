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
