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

  /**
   * Commits in order on the current branch, each as `commit` makes it (its files written over
   * the last one's, at its date), in one `git fast-import` process instead of three git
   * processes a commit; the work tree is left at the last one.
   */
  commits(list: readonly { message: string; files: Record<string, string | null>; date: string }[]): void {
    const branch = this.git('symbolic-ref', 'HEAD');
    let head = '';
    try {
      head = this.git('rev-parse', '--verify', '--quiet', 'HEAD');
    } catch {
      // No commit yet: the first one has no parent.
    }
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
    const stream = list.map(({ message, files, date }, i) => {
      const when = `${Math.floor(Date.parse(date) / 1000)} +0000`;
      const changes = Object.entries(files).map(([name, content]) =>
        content === null ? `D ${name}\n` : `M 100644 inline ${name}\n${data(content)}`,
      );
      const from = i === 0 && head ? `from ${head}\n` : '';
      return `commit ${branch}\nauthor Test <test@example.invalid> ${when}\ncommitter Test <test@example.invalid> ${when}\n${data(`${message}\n`)}${from}${changes.join('')}`;
    });
    execFileSync('git', ['-C', this.root, 'fast-import', '--quiet'], {
      input: stream.join(''),
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    });
    this.git('reset', '-q', '--hard');
  }
}
