// The layers of src/ (docs/architecture.md draws them). A folder may import its own layer's
// other files and any folder in a layer below; never one above, never a folder beside it
// unless listed as a neighbour, and no module may take part in a cycle.
/** Top first. Folders in one entry are one layer. */
const LAYERS = [
  ['cli', 'action'],
  ['reporters'],
  ['config', 'change'],
  ['engine'],
  ['load', 'rules', 'import'],
  ['exports'],
  ['schema', 'licfile', 'suppress', 'domain'],
  ['yaml', 'util', 'data'],
  ['io', 'model', 'version.ts'],
];

const folder = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '[.]')}$` : `^src/${name}/`);
const anyOf = (names) => `(${names.map(folder).join('|')})`;

const upward = LAYERS.slice(1).map((layer, i) => ({
  name: `no-upward-from-${layer.join('-').replace('.ts', '')}`,
  comment: `${layer.join(', ')} sit below ${LAYERS.slice(0, i + 1).flat().join(', ')}: they must not import them`,
  severity: 'error',
  from: { path: anyOf(layer) },
  to: { path: anyOf(LAYERS.slice(0, i + 1).flat()) },
}));

// Folders in one layer stay apart too: neither knows the other.
const sideways = LAYERS.filter((layer) => layer.length > 1).flatMap((layer) =>
  layer.map((name) => ({
    name: `no-sideways-from-${name.replace('.ts', '')}`,
    comment: `${name} shares a layer with ${layer.filter((n) => n !== name).join(', ')}: neither imports the other`,
    severity: 'error',
    from: { path: folder(name) },
    to: { path: anyOf(layer.filter((n) => n !== name)) },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one: merge them or move the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'one-way-into-yaml',
      comment: 'src/yaml/read-yaml.ts is the only door to YAML: the scanner and the positions stay behind it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/yaml/' },
      to: { path: '^src/yaml/(?!read-yaml[.]ts$)' },
    },
    {
      // import --into edits a person's files in place, which needs yaml's Document API (comments,
      // key order, blank lines kept): the importer's writer and merger are the only other users.
      name: 'yaml-package-behind-the-door',
      comment: 'only src/yaml/ reads YAML with the yaml package; src/import/ writes and edits documents with it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/yaml/|^src/import/(write-inventory|merge-into)[.]ts$' },
      to: { path: 'node_modules/yaml/' },
    },
    ...upward,
    ...sideways,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
