// Bundles the CLI (dist/cli.js) and the action (dist/index.js) into self-contained ES
// modules under dist/ (or the folder given as the first argument, which the dist
// freshness test uses). Shared code and lazily loaded parts go to dist/chunks/.
import { build } from 'esbuild';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { thirdPartyNotices } from './third-party-notices.mjs';

const outdir = path.resolve(process.argv[2] ?? 'dist');
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// CommonJS dependencies (ajv) call require(); an ES module bundle has no require of its own.
const requireShim =
  "import { createRequire as __cllCreateRequire } from 'node:module';\nconst require = __cllCreateRequire(import.meta.url);";

const { metafile } = await build({
  // The entries turn on Node's compile cache, then import() the CLI or the action.
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/action/bin.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  metafile: true,
});

// pre-commit's `script` hooks run dist/cli.js itself (.pre-commit-hooks.yaml): it needs the
// executable bit, as npm gives it on install.
await chmod(path.join(outdir, 'cli.js'), 0o755);

// The licences of what the bundles hold travel with them (legalComments: 'none' drops them
// from the code itself).
await writeFile(path.join(outdir, 'licenses.txt'), thirdPartyNotices(metafile, process.cwd()));

// Tests check from esbuild's own account that the bundles import nothing but Node's built-ins.
if (process.env.CLL_METAFILE) await writeFile(process.env.CLL_METAFILE, JSON.stringify(metafile));
