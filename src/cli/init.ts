import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import type { CliOptions } from './args.js';
import { starterConfig, starterInventory } from './init-templates.js';
import type { CliIo } from './io.js';
import { invocation } from './invocation.js';
import { STARTER } from '../domain/placeholders.js';

/** The example workflows ship in the package (examples/workflows/), next to dist/ or src/. */
function exampleWorkflows(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, 'examples', 'workflows');
    if (existsSync(path.join(folder, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('the example workflows are missing from the installed package (examples/workflows/)');
    folder = parent;
  }
}

/**
 * `init [DIR]`: a starter inventory, a configuration with every option commented, and the
 * three example workflows. Writes nothing when any of the files exists already.
 */
export function runInit(options: CliOptions, io: CliIo): number {
  const given = options.paths[0] ?? '.';
  const root = path.resolve(io.cwd, given);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${given}: not a folder; init writes into a folder (created if missing)`);
  const workflows = exampleWorkflows();
  const files = new Map<string, string>([
    [path.join('inventory', 'licensing.yaml'), starterInventory(todayUtc(io.now()))],
    ['.citrix-license-lint.yml', starterConfig(RULES.map((r) => r.meta))],
  ]);
  // The collector needs a self-hosted Windows runner: docs/collect.md sets it up, init does not.
  for (const name of readdirSync(workflows)
    .filter((n) => n.endsWith('.yml') && n !== 'collect.yml')
    .sort()) {
    files.set(path.join('.github', 'workflows', `citrix-license-lint-${name}`), readFileSync(path.join(workflows, name), 'utf8'));
  }
  const shown = (relative: string) => path.join(given, relative).split(path.sep).join('/');
  const existing = [...files.keys()].filter((relative) => existsSync(path.join(root, relative)));
  if (existing.length > 0) {
    throw new UsageError(
      `${existing.map(shown).join(', ')} already exist${existing.length === 1 ? 's' : ''}: init overwrites nothing, so it wrote no file (move ${existing.length === 1 ? 'it' : 'them'} away, or run init in another folder)`,
    );
  }
  for (const [relative, text] of files) {
    const target = path.join(root, relative);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: 'wx' });
    } catch (error) {
      throw new UsageError(`cannot write ${shown(relative)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  // Commands that work where init ran: the way it was invoked, and the folder it wrote to.
  const run = invocation(io);
  const inventory = given === '.' ? 'inventory' : shown('inventory');
  io.stdout.write(
    `Wrote:\n${[...files.keys()].map((f) => `  ${shown(f)}\n`).join('')}` +
      `Next: replace the placeholders ${STARTER.entitlementId} and ${STARTER.hostname} and the values marked REPLACE in ${shown(path.join('inventory', 'licensing.yaml'))},\n` +
      `or add your servers from their exports: ${run} import --into ${inventory} EXPORTS... (docs/collect.md).\n` +
      `Then lint: ${run}${given === '.' ? '' : ` ${inventory}`}\n`,
  );
  return 0;
}
