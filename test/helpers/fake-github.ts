import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  /** Who wrote it (default: a person, `octocat`). */
  user?: string;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  user?: string;
  labels?: string[];
}
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string;
  annotations: unknown[];
  title: string;
  summary: string;
  external_id?: string;
}
/** What GitHub would notify subscribers of: new comments and issues, reopenings; never edits. */
export interface FakeNotification {
  kind: 'comment' | 'issue opened' | 'issue reopened' | 'issue closed';
  issue: number;
}
export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the route behaves again (default: all). */
  times?: number;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** Close the connection without an answer. */
  reset?: boolean;
  /** Answer this text as it is (a proxy's HTML page, say) instead of JSON. */
  raw?: string;
  /** Do the work first, then answer with the fault (a 5xx after GitHub created the thing). */
  afterWork?: boolean;
}

export const READ_ONLY_TOKEN = 'ghs_readonly_0000000000000000000000000000';
/** A personal access token: `GET /user` answers with its owner. */
export const PERSONAL_TOKEN = 'ghp_personal_2222222222222222222222222222';
export const PERSONAL_LOGIN = 'inventory-admin';

/**
 * GitHub's documented limits, enforced here with GitHub's answer (422 Validation Failed):
 * comment and issue bodies 65,536 characters (REST API error "Body is too long (maximum is
 * 65536 characters)"), check-run output summary and text 65,535, an annotation message 64 KB,
 * 50 annotations per request (REST API, check runs).
 */
export const LIMITS = { body: 65_536, checkOutput: 65_535, annotationMessage: 64 * 1024, annotationsPerRequest: 50 };

/** Who a token writes as: installation tokens (`ghs_`, a workflow's GITHUB_TOKEN) as github-actions[bot]. */
export function loginOf(authorization: string | undefined): string {
  return authorization?.includes('ghs_') ? 'github-actions[bot]' : PERSONAL_LOGIN;
}

/**
 * A stateful stand-in for GitHub's REST API on 127.0.0.1: the routes the action uses,
 * with GitHub's status codes, `Link` pagination, 403 for a read-only token, and faults.
 */
export class FakeGitHub {
  comments: FakeComment[] = [];
  issues: FakeIssue[] = [];
  checkRuns: FakeCheckRun[] = [];
  pullFiles = new Map<number, { filename: string; patch?: string }[]>();
  /**
   * Commits by sha: path → content, served through the git trees and blobs API. The
   * default base of the test pull requests exists and has no inventory yet.
   */
  commits = new Map<string, Record<string, string>>([['b'.repeat(40), { 'README.md': 'a repository before its inventory\n' }]]);
  requests: { method: string; path: string; query: string; authorization?: string }[] = [];
  notifications: FakeNotification[] = [];
  /** Bodies GitHub refused as too long, or otherwise invalid (422). */
  refused: { path: string; reason: string }[] = [];
  faults: Fault[] = [];
  url = '';
  #server: Server | undefined;
  #nextId = 1000;
  #writing = 0;

  async start(): Promise<string> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  count(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }

  /**
   * The writes (POST, PATCH, PUT, DELETE) received: GitHub asks integrations to wait a second
   * between them (secondary rate limits), so each one costs a run about a second.
   */
  writes(): { method: string; path: string }[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.search, authorization: req.headers.authorization });
    const login = loginOf(req.headers.authorization);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    let send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };

    const fault = this.faults.find(
      (f) => (!f.method || f.method === method) && f.path.test(url.pathname) && (f.times === undefined || f.times > 0),
    );
    if (fault?.afterWork) {
      if (fault.times !== undefined) fault.times--;
      const real = send;
      send = (_status, _data, _headers) => real(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    } else if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.hang) return;
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.raw !== undefined) {
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers });
        res.end(fault.raw);
        return;
      }
      send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
      return;
    }
    // GitHub asks for writes one at a time ("Best practices for using the REST API": avoid
    // concurrent requests) and answers a burst with a secondary rate limit.
    if (method !== 'GET' && this.#writing > 0) {
      this.refused.push({ path: url.pathname, reason: 'a write while another was in flight' });
      send(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': '1' },
      );
      return;
    }
    if (method !== 'GET') {
      this.#writing++;
      res.on('close', () => this.#writing--);
    }
    if (method !== 'GET' && req.headers.authorization?.includes(READ_ONLY_TOKEN)) {
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return;
    }

    const route = url.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    let m: RegExpExecArray | null;
    const invalid = (reason: string) => {
      this.refused.push({ path: url.pathname, reason });
      send(422, {
        message: 'Validation Failed',
        errors: [{ code: 'custom', message: reason }],
        documentation_url: 'https://docs.github.com/rest',
      });
    };
    if ((method === 'POST' || method === 'PATCH') && typeof body.body === 'string' && body.body.length > LIMITS.body) {
      return invalid(`Body is too long (maximum is ${LIMITS.body} characters)`);
    }
    if (route.startsWith('/check-runs') && body.output) {
      const output = body.output as { summary?: string; text?: string; annotations?: { message?: string }[] };
      if ((output.summary?.length ?? 0) > LIMITS.checkOutput) return invalid('output.summary is too long (maximum is 65535 characters)');
      if ((output.text?.length ?? 0) > LIMITS.checkOutput) return invalid('output.text is too long (maximum is 65535 characters)');
      if ((output.annotations?.length ?? 0) > LIMITS.annotationsPerRequest) return invalid('only 50 annotations are allowed per request');
      if (output.annotations?.some((a) => Buffer.byteLength(a.message ?? '') > LIMITS.annotationMessage))
        return invalid('annotation message is too long (maximum is 64 KB)');
    }
    if (method === 'GET' && url.pathname === '/user') {
      if (req.headers.authorization?.includes('ghs_')) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: PERSONAL_LOGIN, type: 'User' });
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(route))) {
      return this.#page(
        url,
        res,
        this.comments
          .filter((c) => c.issue === Number(m![1]))
          .map((c) => ({ id: c.id, body: c.body, user: { login: c.user ?? 'octocat' } })),
      );
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(route))) {
      const comment = { id: this.#nextId++, issue: Number(m[1]), body: String(body.body), user: login };
      this.comments.push(comment);
      this.notifications.push({ kind: 'comment', issue: comment.issue });
      return send(201, { ...comment, user: { login } });
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(route))) {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      // GitHub lets a token edit only what its identity wrote (or any comment with admin rights;
      // the action never needs that).
      if ((comment.user ?? 'octocat') !== login) return send(403, { message: 'You must be the author to edit this comment' });
      comment.body = String(body.body);
      return send(200, { ...comment, user: { login } });
    }
    if (method === 'POST' && route === '/check-runs') {
      const output = body.output as { title: string; summary: string; annotations?: unknown[] };
      const run = {
        id: this.#nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        conclusion: String(body.conclusion),
        title: output.title,
        summary: output.summary,
        annotations: [...(output.annotations ?? [])],
        external_id: body.external_id === undefined ? undefined : String(body.external_id),
      };
      this.checkRuns.push(run);
      return send(201, { ...run, html_url: `https://github.com/acme/inventory/runs/${run.id}` });
    }
    if (method === 'PATCH' && (m = /^\/check-runs\/(\d+)$/.exec(route))) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, { message: 'Not Found' });
      run.annotations.push(...((body.output as { annotations?: unknown[] }).annotations ?? []));
      return send(200, run);
    }
    if (method === 'GET' && (m = /^\/commits\/([0-9a-f]+)\/check-runs$/.exec(route))) {
      const name = url.searchParams.get('check_name');
      const runs = this.checkRuns.filter((r) => r.head_sha === m![1] && (!name || r.name === name));
      return send(200, {
        total_count: runs.length,
        check_runs: runs.map((r) => ({ ...r, html_url: `https://github.com/acme/inventory/runs/${r.id}` })),
      });
    }
    if (method === 'GET' && route === '/issues') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
      return this.#page(
        url,
        res,
        this.issues
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels?.includes(l)))
          .map((i) => ({ ...i, user: { login: i.user ?? 'octocat' }, labels: (i.labels ?? []).map((name) => ({ name })) })),
      );
    }
    if (method === 'POST' && route === '/issues') {
      const issue: FakeIssue = {
        number: this.issues.length + 1,
        title: String(body.title),
        body: String(body.body ?? ''),
        state: 'open',
        user: login,
        labels: (body.labels as string[] | undefined) ?? [],
      };
      this.issues.push(issue);
      this.notifications.push({ kind: 'issue opened', issue: issue.number });
      return send(201, { ...issue, user: { login } });
    }
    if (method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(route))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (body.state === 'open' && issue.state === 'closed') this.notifications.push({ kind: 'issue reopened', issue: issue.number });
      if (body.state === 'closed' && issue.state === 'open') this.notifications.push({ kind: 'issue closed', issue: issue.number });
      // An edit of the body or title notifies nobody.
      Object.assign(issue, body);
      return send(200, { ...issue, user: { login: issue.user ?? 'octocat' } });
    }
    if (method === 'GET' && (m = /^\/git\/trees\/([0-9a-f]+)$/.exec(route))) {
      const files = this.commits.get(m[1]!);
      if (!files) return send(404, { message: 'Not Found' });
      const tree = Object.entries(files).map(([p, content]) => ({
        path: p,
        mode: '100644',
        type: 'blob',
        sha: Buffer.from(`${m![1]}:${p}`).toString('hex'),
        size: content.length,
      }));
      return send(200, { sha: m[1], tree, truncated: false });
    }
    if (method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]+)$/.exec(route))) {
      const [sha, file] = Buffer.from(m[1]!, 'hex').toString('utf8').split(/:(.*)/s);
      const content = this.commits.get(sha!)?.[file!];
      if (content === undefined) return send(404, { message: 'Not Found' });
      return send(200, { sha: m[1], encoding: 'base64', content: Buffer.from(content).toString('base64') });
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(route))) {
      return this.#page(url, res, this.pullFiles.get(Number(m[1])) ?? []);
    }
    send(404, { message: 'Not Found' });
  }

  /** GitHub's pagination: `per_page`, `page`, and a `Link` header with rel="next". */
  #page(url: URL, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(slice));
  }
}

/** Starts one fake for the test file (before its first test) and stops it after the last. */
export function useFakeGitHub(): { readonly server: FakeGitHub } {
  const handle = { server: new FakeGitHub() };
  before(async () => {
    await handle.server.start();
  });
  after(async () => {
    await handle.server.stop();
  });
  return handle;
}
