import { defineRule } from '../rule.js';

/** Reported by the loader while parsing (load/parse-inventory-file.ts); registered here for its metadata, messages and docs. */
export const yamlSyntax = defineRule({
  meta: {
    id: 'inventory/yaml-syntax',
    severity: 'error',
    advice: {
      tooLarge: ['fix-input'],
      cannotRead: ['fix-input'],
      utf16: ['fix-input'],
      binary: ['fix-input'],
      invalidUtf8: ['fix-input'],
      secondDocument: ['fix-input'],
      unclosed: ['fix-input'],
      tooDeep: ['fix-input'],
      duplicateKey: ['fix-input'],
      tab: ['fix-input'],
      layout: ['fix-input'],
      syntax: ['fix-input'],
      badMerge: ['fix-input'],
      aliases: ['fix-input'],
    },
    description: 'The YAML cannot be parsed, or a mapping repeats a key.',
    messages: {
      tooLarge:
        'the file is {{size}}, over the {{limit}} limit for one inventory file: split it into several files in a folder (or raise limits.inventoryFileMB)',
      cannotRead: 'cannot read the file ({{code}}): check that it exists and is readable',
      utf16: 'UTF-16: save as UTF-8 (this file is UTF-16 without a byte order mark; in PowerShell use `Out-File -Encoding utf8`)',
      binary: 'this is a binary file, not YAML: remove it from the inventory folder',
      invalidUtf8: 'the file is not valid UTF-8: save it as UTF-8',
      secondDocument: 'a second YAML document (after `---`) is not read: keep one document per file, or split it into two files',
      unclosed:
        'this `{{bracket}}` is never closed: end it with `{{close}}` (a flow {{kind}} is written on one line, or each following line indented more than its key)',
      tooDeep: 'the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting',
      duplicateKey: 'the key `{{key}}` is repeated in this mapping: YAML keeps only one of the values; remove or rename one of them',
      tab: 'a tab is used for indentation: YAML indents with spaces only',
      // `problem` is yaml's own description, its quotes of the source shortened.
      layout: '{{problem}}: check the indentation and punctuation of this line',
      syntax: '{{problem}}: fix the YAML syntax here',
      badMerge:
        'a `<<` merge key names something that is not a mapping: merge only mappings (`<<: *defaults` where `&defaults` marks a mapping)',
      aliases: 'the file cannot be read as data: {{problem}}; remove the aliases (*name) that expand too far',
    },
    docs: {
      why: `A file that is not valid YAML cannot be checked; a repeated key in a mapping is valid
to some parsers but keeps only one of the values, silently losing the other. The finding
points at the line and column where parsing failed, once per file: the first, clearest
cause (a tab in the indentation before what it threw out of step; an unclosed \`{\` or \`[\`
where it opens), not every line the parser stumbled on after it. Other files of the
inventory are still checked, and what precedes the error in the broken file is used; what
follows it is not, and findings of other rules built on it wait until the file is fixed,
so that no advice to return or remove anything rests on a half-read file. Binary files,
files that are not UTF-8 (UTF-16 with a byte order mark, as Windows PowerShell 5.1 writes,
is read), several YAML documents in one file, and alias expansions that grow too large
("billion laughs") are reported here too.`,
      fix: `Fix the syntax at the line given: indentation with spaces only, a \`:\` after each key,
matching brackets and quotes, and each key once per mapping.`,
    },
  },
});
