/**
 * When git says each collected file got its current content: the time of the newest commit
 * that changed it. The doors hand this to the loader, which never runs git itself. One `git
 * log` walks the history once for every collected folder (one per folder cost 72 s for 1,000
 * folders and 1,001 commits, issue 24). No time is given for what git cannot vouch for: a file
 * that is not committed, one changed since its commit, or one whose newest commit is the edge
 * of a shallow clone (that commit seems to add every file); the loader then falls back to the
 * file's modification time. A commit time is the author's to set: the loader treats one after
 * the as-of day as a finding, never as current evidence.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitTime } from '../engine/lint.js';

/** `rev` undefined: the working tree (HEAD, and files changed since are left out); else that commit. */
export function gitCommitTimes(cwd: string, rev?: string): CommitTime {
  return (folders) => {
    const times = new Map<string, string>();
    const top = run(cwd, ['rev-parse', '--show-toplevel'])?.trim();
    if (!top) return times;
    const specs = folders
      .map((folder) => path.relative(top, folder).split(path.sep).join('/'))
      .filter((relative) => relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative));
    if (specs.length === 0) return times;
    // Literal pathspecs: a folder named `*` or `:(top)` is a folder, not a pattern.
    const git = (args: readonly string[]) => run(top, ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args]);
    const log = git(['log', '--format=%x01%H %cI', '--name-only', rev ?? 'HEAD', '--', ...specs]);
    if (!log) return times;
    const shallow = new Set(run(top, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true' ? shallowEdges(top) : []);
    const relativeTimes = new Map<string, string>();
    for (const chunk of log.split('\x01')) {
      const [header, ...paths] = chunk.split('\n');
      const [hash, when] = (header ?? '').split(' ');
      if (!hash || !when) continue;
      for (const name of paths) {
        if (!name || relativeTimes.has(name)) continue;
        // Newest first: the first commit seen is the one that gave the file its content.
        relativeTimes.set(name, shallow.has(hash) ? '' : new Date(when).toISOString().replace(/\.\d{3}Z$/, 'Z'));
      }
    }
    const changed = rev === undefined ? (git(['status', '--porcelain', '--', ...specs]) ?? '') : '';
    for (const line of changed.split('\n')) if (line.length > 3) relativeTimes.delete(line.slice(3));
    for (const [name, when] of relativeTimes) if (when) times.set(path.join(top, ...name.split('/')), when);
    return times;
  };
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
