import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { UsageError } from '../util/errors.js';

export interface GitObject {
  type: string;
  content: Buffer;
}

interface Waiting {
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * One long-lived `git cat-file --batch` for a whole walk over history: reading an object
 * costs a line written and its bytes read, never a process. A fork per read would copy the
 * page tables of this process each time, so its cost would grow with our memory. Answers come
 * in the order asked (`<oid> <type> <size>\n<bytes>\n`, or `<name> missing\n`). Call `close()`
 * when done: git then ends.
 */
export class GitObjects {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Waiting[] = [];
  private failure: Error | undefined;
  private stderr = '';
  private header: Buffer[] = [];
  private body: { buffer: Buffer; filled: number; type: string } | undefined;
  private skipNewline = false;

  constructor(repo: string) {
    this.child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(
        error.code === 'ENOENT'
          ? new UsageError('git is not installed: history and base comparison need it')
          : new UsageError(`git cat-file failed: ${error.message}`),
      ),
    );
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 1000) this.stderr += chunk.toString('utf8');
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    this.child.on('close', (code) =>
      this.fail(new UsageError(`git cat-file failed: ${this.stderr.trim().split('\n')[0] || `exit ${code}`}`)),
    );
  }

  /** The object `name` names (an object id, or `rev:path`); undefined when there is none. */
  read(name: string): Promise<GitObject | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${name}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.splice(0)) waiting.reject(this.failure);
  }

  /** Cuts git's output into answers: a header line, then exactly `size` bytes copied once, then a newline. */
  private take(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skipNewline) {
        this.skipNewline = false;
        offset++;
      } else if (this.body) {
        const { buffer } = this.body;
        const copied = chunk.copy(buffer, this.body.filled, offset, offset + buffer.length - this.body.filled);
        this.body.filled += copied;
        offset += copied;
        if (this.body.filled === buffer.length) {
          this.waiting.shift()?.resolve({ type: this.body.type, content: buffer });
          this.body = undefined;
          this.skipNewline = true;
        }
      } else {
        const end = chunk.indexOf(10, offset);
        this.header.push(chunk.subarray(offset, end === -1 ? chunk.length : end));
        if (end === -1) return;
        offset = end + 1;
        this.answer(Buffer.concat(this.header).toString('utf8'));
        this.header = [];
      }
    }
  }

  private answer(header: string): void {
    const parts = header.split(' ');
    const length = Number(parts[2]);
    if (parts.length !== 3 || !Number.isSafeInteger(length)) {
      this.waiting.shift()?.resolve(undefined);
      return;
    }
    if (length > 0) this.body = { buffer: Buffer.allocUnsafe(length), filled: 0, type: parts[1]! };
    else this.waiting.shift()?.resolve({ type: parts[1]!, content: Buffer.alloc(0) });
    this.skipNewline = length === 0;
  }
}
