import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions; registered for its metadata and docs. */
export const unusedSuppression = defineRule({
  meta: {
    id: 'inventory/unused-suppression',
    severity: 'warning',
    description: 'An inline suppression comment suppresses nothing.',
    messages: {},
  },
});
