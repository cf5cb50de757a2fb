import { defineRule } from '../rule.js';

/** Reported by the loader while reading `collected/`; registered for its metadata and docs. */
export const collectedUnreadable = defineRule({
  meta: {
    id: 'collected/unreadable',
    severity: 'error',
    description: 'A file under `collected/<hostname>/` is not an export the linter reads, so it is no evidence.',
    messages: {},
  },
});
