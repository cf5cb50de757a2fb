import { execFileSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';

/** Runs git in `repo`; its failure becomes one sentence, never a stack trace. */
export function git(repo: string, args: readonly string[], input?: Buffer | string): Buffer {
  try {
    return execFileSync('git', ['-C', repo, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '')
      .trim()
      .split('\n')[0];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError('git is not installed: history and base comparison need it');
    throw new UsageError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

/** True when `rev` names a commit present in the clone (a shallow clone may lack it). */
export function hasCommit(repo: string, rev: string): boolean {
  try {
    execFileSync('git', ['-C', repo, 'cat-file', '-e', `${rev}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function repositoryTop(folder: string): string | undefined {
  try {
    return execFileSync('git', ['-C', folder, 'rev-parse', '--show-toplevel'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString('utf8')
      .trim();
  } catch {
    return undefined;
  }
}
