import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions; registered for its metadata and docs. */
export const expiredSuppression = defineRule({
  meta: {
    id: 'inventory/expired-suppression',
    severity: 'warning',
    description: 'An inline suppression has passed its `until` date and no longer applies.',
    messages: {},
  },
});
