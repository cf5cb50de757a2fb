import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions (suppress/); registered for its metadata and docs. */
export const unusedSuppression = defineRule({
  meta: {
    id: 'inventory/unused-suppression',
    severity: 'warning',
    advice: { unused: ['fix-input'] },
    description: 'An inline suppression comment suppresses nothing.',
    messages: {
      unused: 'this suppression of {{rules}} suppresses nothing {{scope}}: the problem is gone, so remove the comment',
    },
  },
});
