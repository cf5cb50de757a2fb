import { defineRule } from '../rule.js';

/** Reported while applying inline suppressions (suppress/); registered for its metadata and docs. */
export const invalidSuppression = defineRule({
  meta: {
    id: 'inventory/invalid-suppression',
    severity: 'error',
    advice: {
      badExpiry: ['fix-input'],
      noRule: ['fix-input'],
      noReason: ['fix-input'],
      unknownRule: ['fix-input'],
      unknownRuleTypo: ['fix-input'],
      unreadPart: ['fix-input'],
    },
    description:
      'An inline suppression has no reason, names no or an unknown rule, has a malformed expiry date, or covers an error that keeps part of the inventory from being read.',
    messages: {
      badExpiry: 'the expiry "{{until}}" of this suppression is not a date written YYYY-MM-DD; until then it suppresses nothing',
      noRule: 'this suppression names no rule: write the rule id after the directive; until then it suppresses nothing',
      noReason:
        'this suppression has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it; until then it suppresses nothing',
      unknownRule: 'this suppression names unknown rule `{{rule}}`; until then it suppresses nothing',
      unknownRuleTypo: 'this suppression names unknown rule `{{rule}}` (did you mean `{{suggestion}}`?); until then it suppresses nothing',
      unreadPart:
        'this suppression covers an error (`{{rule}}`) that keeps part of the inventory from being read: what that part holds is not judged at all, so the error is not suppressed; fix it',
    },
  },
});
