import path from 'node:path';
import { compareFindings, type Comparison } from '../change/compare.js';
import { hasCommit, repositoryTop } from '../change/git.js';
import { lintAtCommit } from '../change/lint-at.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { memoryFileSystem } from '../io/file-system.js';
import type { Finding } from '../model/finding.js';
import type { Inventory } from '../model/inventory.js';
import { UsageError } from '../util/errors.js';
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
  const folders = options.inputs.map((input) => path.relative(root, path.resolve(options.cwd, input)).split(path.sep).join('/'));
  const { client, owner, repo } = api;
  const tree = await client.rest.git.getTree({ owner, repo, tree_sha: baseSha, recursive: 'true' });
  const wanted = tree.data.tree.filter(
    (e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') && e.path && e.sha && (/\.lic$/i.test(e.path) || folders.some((f) => f === '' || e.path === f || e.path!.startsWith(`${f}/`))),
  );
  const files = new Map<string, Buffer>([['.git/HEAD', Buffer.from('ref: virtual\n')]]);
  for (const entry of wanted) {
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: entry.sha! });
    files.set(entry.path!, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
  }
  try {
    const base = lint({ ...options, fs: memoryFileSystem(root, files) });
    return { comparison: compareFindings(base.findings, head), baseInventory: base.inventory, source: 'contents API' };
  } catch (error) {
    if (error instanceof UsageError) return { comparison: compareFindings([], head), baseInventory: undefined, source: 'contents API' };
    throw error;
  }
}
