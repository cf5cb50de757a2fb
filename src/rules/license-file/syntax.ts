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
    docs: {
      why: `License files committed next to the inventory are parsed, so that the inventory cannot
drift from what is really installed. A file that cannot be parsed (truncated while
copying, a PDF or YAML saved under a \`.lic\` name, an empty file, a field in the wrong
format) is reported at its line and column in the \`.lic\` file. Nothing beyond the parsed
fields is ever printed: signatures stay out of the output. The other files are still
checked.`,
      fix: `Download the file again from the licensing portal and commit it unchanged. Check what a
file contains with \`citrix-license-lint inspect FILE.lic\`.`,
    },
  },
});
