import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';

/** A real git repository in a temporary folder, with a committer of its own. */
export class GitRepo {
  readonly root: string;

  constructor(t: TestContext) {
    this.root = mkdtempSync(path.join(tmpdir(), 'cll-git-'));
    t.after(() => rmSync(this.root, { recursive: true, force: true }));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.invalid');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.root, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
  }

  write(files: Record<string, string | null>): void {
    for (const [name, content] of Object.entries(files)) {
      const full = path.join(this.root, name);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  }

  /** Writes the files and commits them (at `date`, ISO, when given); returns the sha. */
  commit(message: string, files: Record<string, string | null>, date?: string): string {
    this.write(files);
    this.git('add', '-A');
    const env = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
    execFileSync('git', ['-C', this.root, 'commit', '-q', '--allow-empty', '-m', message], { env: { ...process.env, ...env } });
    return this.git('rev-parse', 'HEAD');
  }
}
