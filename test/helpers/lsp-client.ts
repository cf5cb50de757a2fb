import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

/**
 * A minimal Language Server Protocol client over a server's standard input and output, as
 * an editor speaks it: Content-Length framed JSON-RPC. It answers the server's requests for
 * configuration with the settings given, and records every notification.
 */
export class LspClient {
  readonly notifications: Message[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  stderr = '';

  constructor(
    command: string,
    args: string[],
    private readonly settings: Record<string, unknown>,
  ) {
    this.child = spawn(command, args, { env: { PATH: process.env.PATH ?? '' } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the language server in 30 s`)), 30_000);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        if (m.error) reject(new Error(`${method}: ${m.error.message}`));
        else resolve(m.result);
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or to come) that `match` accepts. */
  waitFor(match: (m: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    const seen = this.notifications.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such notification from the language server in ${timeoutMs} ms; it said: ${this.stderr.slice(0, 2000)}`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.child.kill(), 2000).unref();
      await exited;
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.id !== undefined) {
      // A request from the server: configuration gets the settings, the rest a null result.
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items;
      const result =
        message.method === 'workspace/configuration'
          ? (items ?? []).map(
              (item) =>
                (item.section
                  ? item.section.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], this.settings)
                  : this.settings) ?? null,
            )
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else {
      this.notifications.push(message);
      for (const [index, waiter] of this.waiters.entries()) {
        if (waiter.match(message)) {
          this.waiters.splice(index, 1);
          waiter.resolve(message);
          break;
        }
      }
    }
  }
}
