import type { CommitTime, LintOptions } from '../engine/lint.js';
import type { RunFindings } from './compare.js';
import { memoryFileSystem } from '../io/file-system.js';
import type { IsoDate } from '../model/inventory.js';
import { UsageError } from '../util/errors.js';
import { CommitListing, TreeWalker } from './commit-listing.js';
import { gitCommitTimes } from './commit-times.js';
import { treeFileFilter } from './commit-tree.js';
import { git } from './git.js';
import { GitObjects } from './git-objects.js';
import { lintedFolders, lintOlderTree } from './lint-at.js';
import { answersIn, recordingFileSystem } from './recorded-reads.js';

export type HistoryLintOptions = Omit<LintOptions, 'asOf' | 'fs'>;

/** What the last lint saw, and what it found. */
interface LastLint {
  asOf: IsoDate;
  looks: Set<string>;
  answers: string[];
  /** The commit times it asked for: the folders, and git's answer (undefined: it asked none). */
  times: { folders: readonly string[]; answer: ReadonlyMap<string, string> } | undefined;
  run: RunFindings;
}

const LICENSE_FILE = /\.lic$/i;

/**
 * Lints one commit after another, oldest first, holding only what the next commit can
 * reuse: the trees and blob contents of the last commit linted. A commit that changes one
 * file reads that file (and the trees on the way to it) through one long-lived `git cat-file`.
 *
 * A commit whose lint would see exactly what the last lint saw gets its findings back
 * without a lint. That is safe because a lint is a function of its options and of what it
 * reads, and nothing else: the options are the same for the whole walk (today's
 * configuration) except the as-of date, so the as-of dates must be equal (the walk raises
 * it commit by commit, and a later date can pass a deadline, so a commit judged on another
 * day is always linted again); every path the last lint looked at must answer the same
 * (the same blob id, so the same bytes; the same folder names); and every commit time it
 * asked for must be the same (evidence is dated by it, and a collected file can change and
 * change back between two commits of the inventory). A commit that touches nothing the lint
 * looks at (a file it never reads, a folder it never lists) thus costs a tree walk.
 */
export class HistoryLinter {
  private readonly objects: GitObjects;
  private readonly trees: TreeWalker;
  private readonly inFolders: (path: string) => boolean;
  /** Contents of the files of the last commit linted, by blob id. */
  private blobs = new Map<string, Buffer>();
  private last: LastLint | undefined;

  constructor(
    private readonly top: string,
    private readonly options: HistoryLintOptions,
  ) {
    this.objects = new GitObjects(top);
    // As for a base commit: every file under the folders, and license files anywhere, which
    // are read only when the inventory names them.
    this.inFolders = treeFileFilter(lintedFolders(top, options), [], { licenseFiles: false });
    this.trees = new TreeWalker(this.objects, (file) => this.inFolders(file) || LICENSE_FILE.test(file));
  }

  /** The findings (and those withheld) of `commit`, whose root tree is `tree`, judged as of `asOf`. */
  async runAt(commit: string, tree: string, asOf: IsoDate): Promise<RunFindings> {
    const listing = await this.listing(tree);
    const times = onceEach(gitCommitTimes(this.top, commit));
    if (this.last && this.seesTheSame(this.last, listing, times, asOf)) return this.last.run;
    const blobs = new Map<string, Buffer>();
    const contents = new Map<string, Buffer | (() => Buffer)>();
    for (const [file, oid] of listing.files) {
      const known = this.blobs.get(oid);
      // A license file elsewhere that the last lint read is read again now, with the others.
      if (known || this.inFolders(file) || this.last?.looks.has(`s${file}`)) {
        const content = known ?? (await this.blob(oid));
        blobs.set(oid, content);
        contents.set(file, content);
      } else
        contents.set(file, () => {
          const content = git(this.top, ['cat-file', 'blob', oid]);
          blobs.set(oid, content);
          return content;
        });
    }
    const looks = new Set<string>();
    let asked: LastLint['times'];
    const commitTime: CommitTime = (folders) => {
      const answer = times(folders);
      asked = { folders, answer };
      return answer;
    };
    const result = lintOlderTree(recordingFileSystem(memoryFileSystem(this.top, contents), this.top, looks), {
      ...this.options,
      asOf,
      collected: { ...this.options.collected, commitTime },
    });
    this.blobs = blobs;
    this.last = { asOf, looks, answers: answersIn(listing, looks), times: asked, run: result };
    return result;
  }

  /** Ends the git process. */
  close(): void {
    this.objects.close();
  }

  /** The commit's files, those under the folders first, as the in-memory file system of a base commit lists them. */
  private async listing(tree: string): Promise<CommitListing> {
    const entries = await this.trees.list(tree);
    const files = new Map<string, string>();
    for (const entry of entries) if (this.inFolders(entry.path)) files.set(entry.path, entry.oid);
    for (const entry of entries) if (!files.has(entry.path)) files.set(entry.path, entry.oid);
    return new CommitListing(files);
  }

  private seesTheSame(last: LastLint, listing: CommitListing, times: CommitTime, asOf: IsoDate): boolean {
    if (last.asOf !== asOf) return false;
    const answers = answersIn(listing, last.looks);
    if (answers.some((answer, i) => answer !== last.answers[i])) return false;
    return last.times === undefined || sameTimes(times(last.times.folders), last.times.answer);
  }

  private async blob(oid: string): Promise<Buffer> {
    const object = await this.objects.read(oid);
    if (object?.type !== 'blob') throw new UsageError(`git has no blob ${oid}: the clone is incomplete (fetch it again)`);
    return object.content;
  }
}

/** Asked twice for one commit (is it the same as the last? then by the lint): one history walk. */
function onceEach(times: CommitTime): CommitTime {
  const answers = new Map<string, ReadonlyMap<string, string>>();
  return (folders) => {
    const key = folders.join('\0');
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = times(folders)));
    return answer;
  };
}

function sameTimes(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, when] of a) if (b.get(file) !== when) return false;
  return true;
}
