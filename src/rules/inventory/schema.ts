import { defineRule } from '../rule.js';

/** Reported by the loader from the JSON Schema; registered here for its metadata and docs. */
export const schema = defineRule({
  meta: {
    id: 'inventory/schema',
    severity: 'error',
    description: 'A node breaks the inventory JSON Schema: wrong type, unknown key, missing field, bad value or date.',
    messages: {},
  },
});
