// A git repository whose history edits a generated inventory, for timing `history`: the
// first commit adds the inventory under inventory/, each later one changes one number in
// one file (a quantity or a count, as an admin's edit does), and every fourth commit
// touches only the README, which `history` must skip. Written with one `git fast-import`,
// so a thousand commits take seconds. Same size and count in, same commits out.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate, type Size } from './generate.js';

/** Editable lines of one file: where its numbers are. */
interface EditableFile {
  path: string;
  lines: string[];
  numbered: number[];
}

const NUMBER = /\b(quantity|count): \d+/;
const START = Date.UTC(2026, 0, 5, 9);
const HOURS_APART = 6;

/** Builds the repository in `root` (a new folder) with `inventoryCommits` commits that change the inventory. */
export function historyRepo(size: Size, inventoryCommits: number, root: string): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'cll-bench-inventory-'));
  const streamFile = path.join(root, '.git', 'bench-stream');
  try {
    generate(size, scratch);
    execFileSync('git', ['init', '-q', '-b', 'main', root]);
    const files = readInventory(scratch);
    const out = openSync(streamFile, 'w');
    try {
      writeStream(out, files, inventoryCommits);
    } finally {
      closeSync(out);
    }
    execFileSync('git', ['-C', root, 'fast-import', '--quiet'], { stdio: [openSync(streamFile, 'r'), 'ignore', 'inherit'] });
    execFileSync('git', ['-C', root, 'reset', '-q', '--hard', 'main']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(streamFile, { force: true });
  }
}

function readInventory(folder: string): EditableFile[] {
  const files: EditableFile[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const lines = readFileSync(full, 'utf8').split('\n');
    const numbered = lines.flatMap((line, i) => (NUMBER.test(line) ? [i] : []));
    files.push({ path: `inventory/${path.relative(folder, full).split(path.sep).join('/')}`, lines, numbered });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function writeStream(out: number, files: EditableFile[], inventoryCommits: number): void {
  const editable = files.filter((f) => f.numbered.length > 0 && f.path.endsWith('.yaml'));
  let mark = 0;
  let parent = 0;
  let commits = 0;
  let readme = 0;
  const write = (text: string | Buffer) => writeSync(out, typeof text === 'string' ? Buffer.from(text) : text);
  const data = (text: string) => {
    const bytes = Buffer.from(text);
    write(`data ${bytes.length}\n`);
    write(bytes);
    write('\n');
  };
  /** A blob right after the previous version of the same file, so fast-import stores it as a delta. */
  const blob = (text: string) => {
    write(`blob\nmark :${++mark}\n`);
    data(text);
    return mark;
  };
  /** `changes`: blob marks by path, or inline text (which leaves the last blob, the delta base, alone). */
  const commit = (message: string, changes: [string, number | string][]) => {
    const when = Math.floor((START + commits * HOURS_APART * 3_600_000) / 1000);
    write(`commit refs/heads/main\nmark :${++mark}\ncommitter Bench <bench@example.invalid> ${when} +0000\n`);
    data(message);
    if (parent > 0) write(`from :${parent}\n`);
    for (const [file, content] of changes) {
      if (typeof content === 'number') write(`M 100644 :${content} ${file}\n`);
      else {
        write(`M 100644 inline ${file}\n`);
        data(content);
      }
    }
    write('\n');
    parent = mark;
    commits++;
  };
  const readmeCommit = () => commit(`notes ${readme}`, [['README.md', `Licensing inventory, review ${++readme}\n`]]);
  commit(
    'the inventory',
    files.map((f) => [f.path, blob(f.lines.join('\n'))]),
  );
  for (let k = 1; k < inventoryCommits; k++) {
    if (k % 3 === 0) readmeCommit();
    // A run of edits to one file, then the next file: how admins work, and how deltas pack well.
    const file = editable[Math.floor(k / 20) % editable.length]!;
    const line = file.numbered[(k * 7919) % file.numbered.length]!;
    file.lines[line] = file.lines[line]!.replace(NUMBER, (_, key: string) => `${key}: ${1 + (k % 50)}`);
    commit(`edit ${k}: ${file.path}`, [[file.path, blob(file.lines.join('\n'))]]);
  }
}
