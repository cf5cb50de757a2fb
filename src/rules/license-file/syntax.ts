import { defineRule } from '../rule.js';
import { LICENSE_FILE_MESSAGES, type LicenseProblemId } from '../../licfile/messages.js';
import type { Advice } from '../../model/finding-data.js';

const FIX_THE_FILE: readonly Advice[] = ['fix-input'];

/**
 * Reported by the loader while parsing .lic files; registered for its metadata and docs. Its
 * messages are the license file parser's (licfile/messages.ts), which `inspect` shows too.
 */
export const licenseFileSyntax = defineRule({
  meta: {
    id: 'license-file/syntax',
    severity: 'error',
    advice: Object.fromEntries(Object.keys(LICENSE_FILE_MESSAGES).map((id) => [id, FIX_THE_FILE])) as Record<
      LicenseProblemId,
      readonly Advice[]
    >,
    description: 'A referenced license file cannot be read as a FlexNet license file.',
    messages: LICENSE_FILE_MESSAGES,
  },
});
