// Bundles the CLI and the action entry into self-contained ES modules under dist/
// (or the folder given as the first argument, which the dist freshness test uses).
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');
await mkdir(outdir, { recursive: true });

// CommonJS dependencies (ajv) call require(); an ES module bundle has no require of its own.
const requireShim = "import { createRequire as __cllCreateRequire } from 'node:module';\nconst require = __cllCreateRequire(import.meta.url);";

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', shebang: true },
];

for (const entry of entries) {
  await build({
    entryPoints: [entry.in],
    outfile: path.join(outdir, `${entry.out}.js`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    banner: { js: (entry.shebang ? '#!/usr/bin/env node\n' : '') + requireShim },
  });
}
