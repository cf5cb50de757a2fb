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
    docs: {
      why: `Suppressions are for exceptions someone can justify, so a reason is required:
\`# citrix-license-lint-disable-next-line <rule-id> -- <reason>\`, or for a whole file
\`# citrix-license-lint-disable <rule-id> -- <reason>\`, optionally with an expiry
\`-- until 2026-12-31: <reason>\`. A directive that breaks this form suppresses nothing and
says why, so that a typo never hides a finding silently. An error that keeps part of the
inventory from being read (a YAML syntax error, a misspelt list key) is never suppressed:
what that part holds was not judged, so a suppression there would read as a pass.`,
      fix: `Add \` -- \` and the reason after the rule id, fix the rule id (the message suggests the
closest one), or write the expiry as \`until YYYY-MM-DD:\`. A suppression of an error that
keeps part of the inventory unread: fix the error instead.`,
    },
  },
});
