import { defineRule } from '../rule.js';

/** Reported by the loader while finding and reading `collected/` (load/evidence/load-evidence.ts, read-collected.ts); registered for its metadata and docs. */
export const collectedUnreadable = defineRule({
  meta: {
    id: 'collected/unreadable',
    severity: 'error',
    advice: { tooLarge: ['fix-input'], cannotRead: ['fix-input'], notAnExport: ['fix-input'], outside: ['fix-input'] },
    description: 'A file under `collected/<hostname>/` is not an export the linter reads, so it is no evidence.',
    messages: {
      tooLarge: 'collected export of {{size}} MB, over the {{limit}} MB limit: not read',
      // `code` is the system's error code (EACCES, EISDIR).
      cannotRead: 'collected file could not be read ({{code}}): check its permissions',
      // `reason` is the export parser's own sentence, which `import` prints too.
      notAnExport: 'collected export not read: {{reason}}',
      // `problem` is the containment check's own words (io/containment.ts): "leads into the repository's .git folder, …".
      outside: 'not read: this path {{problem}}; commit the export itself inside the repository',
    },
  },
});
