import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';

/**
 * A throwaway git-like repository (a `.git` folder marks its root) holding `files`.
 * Removed when the test ends.
 */
export function tempRepo(t: TestContext | undefined, files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-test-'));
  mkdirSync(path.join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  if (t) t.after(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
