import { defineRule } from '../rule.js';
import type { Advice } from '../../model/finding-data.js';
import type { SchemaMessageId } from '../../schema/describe-errors.js';

const messages: Record<SchemaMessageId | 'emptyFile' | 'oddCount' | 'lowerCaseProduct', string> = {
  unknownKey: 'unknown key `{{key}}` in {{where}}: did you mean `{{suggestion}}`?',
  unknownKeyRequired: 'unknown key `{{key}}` in {{where}}: did you mean `{{suggestion}}`? (`{{suggestion}}` is required)',
  unknownKeyNoMatch: 'unknown key `{{key}}` in {{where}}: the keys allowed here are {{allowed}}',
  missingKey: '{{where}} is missing the key `{{key}}`: add it',
  missingEnd: '{{where}} is missing the key `{{key}}`: a subscription needs the last day of its term, `end: YYYY-MM-DD`',
  missingCssEnd:
    '{{where}} is missing the key `{{key}}`: a perpetual entitlement needs its maintenance (CSS) end date, `cssEnd: YYYY-MM-DD`',
  missingVersion: '{{where}} is missing the key `{{key}}`: add `version: 1` at the top of the file',
  wrongType: '{{key}} in {{where}} must be {{expected}}, not {{value}}{{hint}}',
  notAllowed: '{{key}} in {{where}} must be one of {{allowed}}, not {{value}}{{hint}}',
  notConst: '{{key}} in {{where}} must be {{expected}}, not {{value}}',
  tooSmall: '{{key}} in {{where}} must be at least {{limit}}, not {{value}}',
  empty: '{{key}} in {{where}} must not be empty',
  badDate: '{{key}} in {{where}} must be a real date written YYYY-MM-DD, not {{value}}',
  badProduct:
    '{{key}} in {{where}} must be a license feature code of letters, digits and underscores (for example XDT_PLT_UD), not {{value}}',
  badHostId:
    '{{key}} in {{where}} must be a host ID: the MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3), not {{value}}',
  badFqdn: '{{key}} in {{where}} must be a fully qualified name, with a dot and without spaces, not {{value}}',
  badHostName: '{{key}} in {{where}} must be a host name without spaces or invisible characters, not {{value}}',
  noForm: '{{where}}: {{sentence}}',
  noFormValue: '{{key}} in {{where}} {{sentence}}, not {{value}}{{hint}}',
  emptyFile: 'the inventory file is empty: start it with `version: 1`',
  oddCount:
    '`{{key}}` of {{noun}} is written `{{text}}`, which YAML reads as {{value}}: write the number with digits only, without separators (one thousand is 1000)',
  lowerCaseProduct:
    '`product` of {{noun}} is `{{value}}`: Citrix writes feature codes in upper case and compares them as written; did you mean `{{upper}}`?',
};
const FIX_THE_INVENTORY: readonly Advice[] = ['fix-input'];

/**
 * Reported by the loader from the JSON Schema (schema/describe-errors.ts finds what is wrong,
 * load/written-values.ts what YAML already read as another value); registered here for its
 * metadata, its messages and its docs.
 */
export const schema = defineRule({
  meta: {
    id: 'inventory/schema',
    severity: 'error',
    advice: Object.fromEntries(Object.keys(messages).map((id) => [id, FIX_THE_INVENTORY])) as Record<
      keyof typeof messages,
      readonly Advice[]
    >,
    description: 'A node breaks the inventory JSON Schema: wrong type, unknown key, missing field, bad value or date.',
    messages,
    docs: {
      why: `The inventory format is defined by \`inventory-schema/inventory.schema.json\`: types,
allowed values, required keys, real calendar dates, and no unknown keys (a misspelt key
would otherwise be silently ignored, and with it the fact it records). Each problem is
reported at the node itself: an unknown key at the key, a bad value at the value, a
missing key at the mapping that lacks it, with the closest valid key or value suggested.`,
      fix: `Do what the message says. Add \`# yaml-language-server: $schema=<path to
inventory.schema.json>\` as the first line of each file, and editors with the YAML
language server will flag these problems as you type and describe every key.`,
    },
  },
});
