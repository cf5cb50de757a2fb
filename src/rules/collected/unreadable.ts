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
    docs: {
      why: `Every file under \`collected/<hostname>/\` is read with the parsers of \`citrix-license-lint
import\` (the kind is recognised from the content, see [docs/collect.md](../../collect.md)).
A file that none of them reads (a truncated export, an error page saved as JSON, the output
of a command the linter does not know, a date it cannot read without guessing) is no
evidence, and it is reported at the file rather than silently skipped: a collector writing
garbage looks like a collector that works. Notes are allowed: \`*.md\` files, hidden files
(\`.gitkeep\`) and files directly in \`collected/\` (outside a host folder) are not read.
Linked files are read only when they point inside the repository, and linked folders are
never followed.`,
      fix: `Run the export again as docs/collect.md shows (UTF-8, UTC dates \`yyyy-MM-dd\`), or remove the
file. If it is a real Citrix export that the linter should read, report it with the file
(names and serial numbers replaced).`,
    },
  },
});
