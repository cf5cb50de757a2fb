import { defineRule } from '../rule.js';

/** Reported by the loader while reading `collected/` (load/evidence/read-collected.ts); registered for its metadata and docs. */
export const collectedUnreadable = defineRule({
  meta: {
    id: 'collected/unreadable',
    severity: 'error',
    advice: { tooLarge: ['fix-input'], notAnExport: ['fix-input'] },
    description: 'A file under `collected/<hostname>/` is not an export the linter reads, so it is no evidence.',
    messages: {
      tooLarge: 'collected export of {{size}} MB, over the {{limit}} MB limit: not read',
      // `reason` is the export parser's own sentence, which `import` prints too.
      notAnExport: 'collected export not read: {{reason}}',
    },
  },
});
