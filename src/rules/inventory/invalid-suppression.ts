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
    },
    description: 'An inline suppression has no reason, names no or an unknown rule, or has a malformed expiry date.',
    messages: {
      badExpiry: 'this suppression the expiry "{{until}}" is not a date written YYYY-MM-DD; until then it suppresses nothing',
      noRule: 'this suppression names no rule: write the rule id after the directive; until then it suppresses nothing',
      noReason:
        'this suppression has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it; until then it suppresses nothing',
      unknownRule: 'this suppression names unknown rule `{{rule}}`; until then it suppresses nothing',
      unknownRuleTypo: 'this suppression names unknown rule `{{rule}}` (did you mean `{{suggestion}}`?); until then it suppresses nothing',
    },
    docs: {
      why: `Suppressions are for exceptions someone can justify, so a reason is required:
\`# citrix-license-lint-disable-next-line <rule-id> -- <reason>\`, or for a whole file
\`# citrix-license-lint-disable <rule-id> -- <reason>\`, optionally with an expiry
\`-- until 2026-12-31: <reason>\`. A directive that breaks this form suppresses nothing and
says why, so that a typo never hides a finding silently.`,
      fix: `Add \` -- \` and the reason after the rule id, fix the rule id (the message suggests the
closest one), or write the expiry as \`until YYYY-MM-DD:\`.`,
    },
  },
});
