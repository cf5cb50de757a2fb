import { compareFindings, type Comparison } from '../change/compare.js';
import { hasCommit, repositoryTop } from '../change/git.js';
import { inputFolders, treeFileFilter } from '../change/commit-tree.js';
import { lintAtCommit, lintOlderTree } from '../change/lint-at.js';
import type { LintOptions } from '../engine/lint.js';
import { memoryFileSystem } from '../io/file-system.js';
import type { Finding } from '../model/finding.js';
import type { Inventory } from '../model/inventory.js';
import type { GithubClient } from './github-client.js';

export interface BaseLint {
  comparison: Comparison;
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
  head: readonly Finding[],
  api: { client: GithubClient; owner: string; repo: string } | undefined,
): Promise<BaseLint | undefined> {
  const top = repositoryTop(options.cwd);
  if (top && hasCommit(top, baseSha)) {
    const base = lintAtCommit(top, baseSha, options);
    return { comparison: compareFindings(base.findings, head), baseInventory: base.inventory, source: 'git' };
  }
  if (!api) return undefined;
  const root = top ?? options.cwd;
  const inTree = treeFileFilter(inputFolders(root, options));
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
  const base = lintOlderTree(memoryFileSystem(root, files), options);
  return { comparison: compareFindings(base.findings, head), baseInventory: base.inventory, source: 'contents API' };
}
