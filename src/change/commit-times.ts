/**
 * When git says each collected file got its current content: the time of the newest commit
 * that changed it. The doors hand this to the loader, which never runs git itself. One `git
 * log` per folder asked about. No time is given for what git cannot vouch for: a file that is
 * not committed, one changed since its commit, or one whose newest commit is the edge of a
 * shallow clone (that commit seems to add every file); the loader then falls back to the
 * file's modification time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitTime } from '../engine/lint.js';

/** `rev` undefined: the working tree (HEAD, and files changed since are left out); else that commit. */
export function gitCommitTimes(cwd: string, rev?: string): CommitTime {
  let top: string | undefined | null = null;
  const byFolder = new Map<string, Map<string, string>>();
  return (file) => {
    if (top === null) top = run(cwd, ['rev-parse', '--show-toplevel'])?.trim();
    if (!top) return undefined;
    const relative = path.relative(top, file).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const folder = path.posix.dirname(relative);
    let times = byFolder.get(folder);
    if (!times) byFolder.set(folder, (times = folderTimes(top, rev, folder)));
    return times.get(relative);
  };
}

function folderTimes(top: string, rev: string | undefined, folder: string): Map<string, string> {
  const times = new Map<string, string>();
  const log = run(top, ['-c', 'core.quotePath=false', 'log', '--format=%x01%H %cI', '--name-only', rev ?? 'HEAD', '--', folder]);
  if (!log) return times;
  const shallow = new Set(run(top, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true' ? shallowEdges(top) : []);
  for (const chunk of log.split('\x01')) {
    const [header, ...paths] = chunk.split('\n');
    const [hash, when] = (header ?? '').split(' ');
    if (!hash || !when) continue;
    for (const name of paths) {
      if (!name || times.has(name)) continue;
      // Newest first: the first commit seen is the one that gave the file its content.
      times.set(name, shallow.has(hash) ? '' : new Date(when).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
  }
  const changed = rev === undefined ? (run(top, ['-c', 'core.quotePath=false', 'status', '--porcelain', '--', folder]) ?? '') : '';
  for (const line of changed.split('\n')) if (line.length > 3) times.delete(line.slice(3));
  for (const [name, when] of times) if (!when) times.delete(name);
  return times;
}

/** The commits where a shallow clone's history is cut (git's `shallow` file lists them). */
function shallowEdges(top: string): string[] {
  const file = run(top, ['rev-parse', '--git-path', 'shallow'])?.trim();
  if (!file) return [];
  try {
    return readFileSync(path.resolve(top, file), 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** git's output, or undefined when git is missing or fails (no repository: no commit times). */
function run(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
