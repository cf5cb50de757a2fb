import path from 'node:path';
import { defaultInputs, findRepositoryRoot } from '../load/discover.js';
import type { FileSystem } from '../io/file-system.js';
import { configCandidates, resolveConfig, resolveConfigIn, type ResolvedConfig } from './resolve-config.js';

/** Which inventory a run lints, and the configuration it is judged by. */
export interface RunInputs {
  /** Files and folders, relative to the current folder. */
  inputs: string[];
  config: ResolvedConfig;
  /** Where the inputs come from: named by the user, declared by the configuration (`inventory:`), or the default. */
  from: 'named' | 'configuration' | 'default';
}

/**
 * The inventory is what the user names, else what the configuration declares, else the
 * documented default (`inventory/` or `inventory.yaml`, here or above): never guessed from
 * the files that lie around. With nothing named, the configuration is looked for at the
 * repository root (or read from `--config`); without an `inventory:` there, the default
 * inventory is used and the configuration is found from it, as before.
 */
export function resolveInputs(options: { explicit?: string; paths: readonly string[]; cwd: string }): RunInputs {
  const { explicit, cwd } = options;
  if (options.paths.length > 0) {
    const inputs = [...options.paths];
    return { inputs, config: resolveConfig({ explicit, inputs, cwd }), from: 'named' };
  }
  // Where a configuration that declares the inventory lives: at the repository root.
  const declaring = resolveConfig({ explicit, inputs: [findRepositoryRoot(cwd)], cwd });
  if (declaring.inventory !== undefined) {
    return { inputs: declaring.inventory.map((declared) => path.relative(cwd, declared) || '.'), config: declaring, from: 'configuration' };
  }
  const inputs = defaultInputs(cwd);
  return { inputs, config: resolveConfig({ explicit, inputs, cwd }), from: 'default' };
}

/**
 * A run's inventory and configuration as resolveInputs finds them in the working tree, and
 * how another commit's configuration is read: at the same places (the shape
 * change/compared-run.ts takes as its ConfigSource).
 */
export function configSource(options: { explicit?: string; paths: readonly string[]; cwd: string }) {
  const { inputs, config } = resolveInputs(options);
  const candidates = configCandidates({ explicit: options.explicit, inputs, cwd: options.cwd });
  return { inputs, head: config, candidates, at: (fs: FileSystem) => resolveConfigIn(fs, candidates, options.cwd) };
}
