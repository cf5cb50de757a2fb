import { defineRule } from '../rule.js';

/** Reported by the loader while parsing .lic files; registered for its metadata and docs. */
export const licenseFileSyntax = defineRule({
  meta: {
    id: 'license-file/syntax',
    severity: 'error',
    description: 'A referenced license file cannot be read as a FlexNet license file.',
    messages: {},
  },
});
