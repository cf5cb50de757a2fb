import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './run-cli.js';

/**
 * The repository's files as a fresh clone of this working tree would have them: tracked and
 * new files .gitignore does not exclude, less tracked ones a rebuild replaced (dist/chunks/).
 */
export function publishedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && existsSync(path.join(PROJECT_ROOT, file)));
}
