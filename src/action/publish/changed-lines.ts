import type { ChangedLines } from '../../reporters/annotation-scope.js';
import type { GithubClient } from '../github-client.js';
import type { RepoRef } from './sticky-comment.js';

/** The lines each file of a pull request adds or changes, read from the unified diff hunks. */
export async function changedLines(client: GithubClient, ref: RepoRef, pullNumber: number): Promise<ChangedLines> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...ref, pull_number: pullNumber, per_page: 100 });
  const map = new Map<string, Set<number>>();
  for (const file of files) map.set(file.filename, addedLines(file.patch ?? ''));
  return map;
}

export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (text.startsWith('+')) lines.add(line++);
    else if (!text.startsWith('-') && !text.startsWith('\\')) line++;
  }
  return lines;
}
