import { defineRule } from '../rule.js';

/** Reported by the loader while parsing; registered here for its metadata and docs. */
export const yamlSyntax = defineRule({
  meta: {
    id: 'inventory/yaml-syntax',
    severity: 'error',
    description: 'The YAML cannot be parsed, or a mapping repeats a key.',
    messages: {},
  },
});
