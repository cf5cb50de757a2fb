import { gitCommitTimes } from '../change/commit-times.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { LintOptions } from '../engine/lint.js';

/** What every command that lints passes to lint(): the configuration, and commit times from git (the door asks it). */
export function lintOptionsOf(config: ResolvedConfig, inputs: readonly string[], cwd: string, asOf: string): LintOptions {
  return {
    inputs,
    inventory: config.inventory,
    cwd,
    asOf,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected: { folders: config.collectedFolders, commitTime: gitCommitTimes(cwd) },
  };
}
