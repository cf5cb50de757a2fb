import { compareRuns, type Comparison } from '../change/compare.js';
import { hasCommit, repositoryTop } from '../change/git.js';
import { inputFolders, treeFileFilter, treePaths } from '../change/commit-tree.js';
import { commitTree, lintOlderTree } from '../change/lint-at.js';
import type { ConfigView } from '../change/config-weakening.js';
import type { LintOptions, LintResult } from '../engine/lint.js';
import { memoryFileSystem, type FileSystem } from '../io/file-system.js';
import type { Inventory } from '../model/inventory.js';
import type { GithubClient } from './github-client.js';

export interface BaseLint {
  comparison: Comparison;
  /** The base's own lint, under the base's own configuration. */
  base: LintResult;
  /** The base's configuration. */
  config: ConfigView;
  baseInventory: Inventory | undefined;
  /** How the base was read, for the log. */
  source: 'git' | 'contents API';
}

/**
 * Lints the inventory as it was at `baseSha` and compares. The clone is used when it has
 * the commit (fetch-depth: 0, or 2 for a push); otherwise the files come from GitHub's
 * git trees API, so a shallow checkout still gets new/fixed/unchanged.
 */
export async function lintBase(
  baseSha: string,
  options: LintOptions,
  head: Pick<LintResult, 'findings' | 'withheld' | 'unread'>,
  api: { client: GithubClient; owner: string; repo: string } | undefined,
  config: { candidates: readonly string[]; resolve: (fs: FileSystem) => ConfigView; asOfFor: (view: ConfigView) => string },
): Promise<BaseLint | undefined> {
  // The base is judged by its own configuration, read from the same commit: a change
  // that relaxes the configuration must not relax what it is compared with.
  const lintWithOwnConfig = (fs: FileSystem) => {
    const own = config.resolve(fs);
    const base = lintOlderTree(fs, {
      ...options,
      asOf: config.asOfFor(own),
      settings: own.settings,
      ruleLevels: own.ruleLevels,
      limits: own.limits,
    });
    return { base, config: own };
  };
  const top = repositoryTop(options.cwd);
  if (top && hasCommit(top, baseSha)) {
    const { base, config: own } = lintWithOwnConfig(commitTree(top, baseSha, options, config.candidates));
    return { comparison: compareRuns(base, head), base, config: own, baseInventory: base.inventory, source: 'git' };
  }
  if (!api) return undefined;
  const root = top ?? options.cwd;
  const inTree = treeFileFilter(inputFolders(root, options), treePaths(root, config.candidates));
  const { client, owner, repo } = api;
  const tree = await client.rest.git.getTree({ owner, repo, tree_sha: baseSha, recursive: 'true' });
  const wanted = tree.data.tree.filter(
    (e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') && e.path && e.sha && inTree(e.path),
  );
  const files = new Map<string, Buffer>();
  for (const entry of wanted) {
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: entry.sha! });
    files.set(entry.path!, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
  }
  const { base, config: own } = lintWithOwnConfig(memoryFileSystem(root, files));
  return { comparison: compareRuns(base, head), base, config: own, baseInventory: base.inventory, source: 'contents API' };
}
