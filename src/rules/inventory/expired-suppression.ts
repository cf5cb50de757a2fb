import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions (suppress/); registered for its metadata and docs. */
export const expiredSuppression = defineRule({
  meta: {
    id: 'inventory/expired-suppression',
    severity: 'warning',
    advice: { expired: ['fix-input'] },
    description: 'An inline suppression has passed its `until` date and no longer applies.',
    messages: {
      expired:
        'this suppression of {{rules}} expired on {{until}} and no longer applies: fix what it covered, or extend the date with a reason',
    },
    docs: {
      why: `A suppression with \`-- until YYYY-MM-DD: <reason>\` is a temporary exception: from the
day after that date it stops applying, the finding it covered counts again, and this
warning points at the comment so the exception is either resolved or consciously
extended.`,
      fix: `Fix what the suppression covered and remove the comment, or move the date and say why
in the reason.`,
    },
  },
});
