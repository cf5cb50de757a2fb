import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions; registered for its metadata and docs. */
export const invalidSuppression = defineRule({
  meta: {
    id: 'inventory/invalid-suppression',
    severity: 'error',
    description: 'An inline suppression has no reason, names no or an unknown rule, or has a malformed expiry date.',
    messages: {},
  },
});
