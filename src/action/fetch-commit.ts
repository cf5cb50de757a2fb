import { treeFileFilter, type CommitFiles } from '../change/commit-tree.js';
import { memoryFileSystem } from '../io/file-system.js';
import type { GithubClient } from './github-client.js';

/**
 * A commit the clone lacks (a shallow checkout), read through GitHub's git trees API: its
 * tree listed once, each blob fetched once however often it is read, held in memory as the
 * repository at `root` (license files are fetched with the rest: an inventory may name any).
 */
export function fetchCommit(client: GithubClient, ref: { owner: string; repo: string }, sha: string): (root: string) => CommitFiles {
  return (root) => {
    let tree: Promise<{ path: string; sha: string }[]> | undefined;
    const blobs = new Map<string, Buffer>();
    return async (folders, files) => {
      const inTree = treeFileFilter(folders, files);
      tree ??= client.rest.git
        .getTree({ ...ref, tree_sha: sha, recursive: 'true' })
        .then((answer) =>
          answer.data.tree.flatMap((e) =>
            e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') && e.path && e.sha ? [{ path: e.path, sha: e.sha }] : [],
          ),
        );
      const read = new Map<string, Buffer>();
      for (const entry of (await tree).filter((e) => inTree(e.path))) {
        let content = blobs.get(entry.sha);
        if (!content) {
          const blob = await client.rest.git.getBlob({ ...ref, file_sha: entry.sha });
          content = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
          blobs.set(entry.sha, content);
        }
        read.set(entry.path, content);
      }
      return memoryFileSystem(root, read);
    };
  };
}
