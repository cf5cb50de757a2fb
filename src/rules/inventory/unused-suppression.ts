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
    docs: {
      why: `A suppression records an accepted exception next to the data it excuses. Once the
problem is fixed, the comment is stale: it would silently hide the problem if it came
back, and it tells readers something that is no longer true. Reporting it keeps the file
of exceptions short and current.`,
      fix: `Remove the comment. The rule can be turned off in \`.citrix-license-lint.yml\` if you
prefer to keep comments ahead of a planned change.`,
    },
  },
});
