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
  },
});
