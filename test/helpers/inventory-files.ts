/**
 * Files of a user's repository that change what the linter reports (so a workflow or hook
 * must run when they change), and files that do not. The inventory at inventory/ or as a
 * root inventory.yaml, license files committed anywhere, collected evidence next to the
 * inventory or at the root, and the configuration.
 */
export const READ_BY_THE_LINTER = [
  'inventory/licensing.yaml',
  'inventory/emea/servers.yml',
  'inventory/licenses/ctxls01/FID_a.lic',
  'inventory/collected/ctxls01/ctxls01.inventory.json',
  'inventory.yaml',
  'inventory.yml',
  'licenses/ctxls01/FID_b.lic',
  'collected/ctxls01/ctxls01.inventory.json',
  'collected/ctxls01/lmstat-i.txt',
  '.citrix-license-lint.yml',
  '.citrix-license-lint.yaml',
];

export const NOT_READ = ['README.md', 'src/inventory.yaml.ts', '.github/workflows/ci.yml', 'docs/inventory/x.yaml', 'inventory/notes.txt'];
