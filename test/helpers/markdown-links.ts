import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const md = new MarkdownIt({ html: true });

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const tokens = md.parse(text, {});
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'heading_open') continue;
    const content = (tokens[index + 1]?.children ?? []).map((child) => child.content).join('');
    const slug = content
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

export interface Reference {
  /** The Markdown file and the line the reference is on. */
  file: string;
  line: number;
  /** As written: a link's target, or a repository path named in text or code. */
  target: string;
  /** A link resolves from its page; a path from the root; a page name from either. */
  kind: 'link' | 'path' | 'page';
}

/**
 * The repository's own folders: a path starting with one of them names a file of this
 * repository (`.github/` is left out: the docs mostly mean the user's).
 */
const OWN = /(?<![\w./-])(?:bench|dist|docs|examples|inventory-schema|schemastore|scripts|src|test)\/[\w./-]*[\w/]/g;
/** A Markdown file named alone (`architecture-review.md §5`): it must be beside the page or at the root. */
const PAGE = /(?<![\w./[-]|\]\()[\w-]+\.md\b/g;

/** Every relative link of a Markdown file, and every path into the repository its text or code names. */
export function referencesOf(file: string, text: string): Reference[] {
  const lines = text.split('\n');
  const references: Reference[] = [];
  const visit = (tokens: readonly Token[], line: number) => {
    for (const token of tokens) {
      const at = token.map ? token.map[0] + 1 : line;
      if (token.type === 'link_open') {
        const href = decodeURIComponent(String(token.attrGet('href') ?? ''));
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) references.push({ file, line: lineOf(lines, `](${href}`, at), target: href, kind: 'link' });
      }
      if (token.children) visit(token.children, at);
    }
  };
  visit(md.parse(text, {}), 1);
  for (const [index, line] of lines.entries()) {
    for (const match of line.matchAll(OWN))
      if (!isUrlPart(line, match.index)) references.push({ file, line: index + 1, target: match[0], kind: 'path' });
    for (const match of line.matchAll(PAGE)) references.push({ file, line: index + 1, target: match[0], kind: 'page' });
  }
  return references;
}

/** The line, from the block's first on, that holds `needle` (a block's links can be lines below its start). */
function lineOf(lines: readonly string[], needle: string, from: number): number {
  for (let index = from - 1; index < lines.length; index++) if (lines[index]!.includes(needle)) return index + 1;
  return from;
}

/** Inside `https://host/x/docs/...` or `../docs/...` a path is a URL's or a relative link's, not one from the root. */
function isUrlPart(text: string, index: number): boolean {
  const before = text.slice(text.lastIndexOf(' ', index) + 1, index);
  return /[/:]/.test(before);
}

/** Why `reference` does not resolve, or undefined when it does. */
export function brokenReason(root: string, reference: Reference): string | undefined {
  const [target, anchor] = reference.target.split('#') as [string, string | undefined];
  const beside = path.resolve(path.dirname(path.join(root, reference.file)), target);
  const full =
    target === ''
      ? path.join(root, reference.file)
      : reference.kind === 'link' || (reference.kind === 'page' && existsSync(beside))
        ? beside
        : path.resolve(root, target);
  if (!full.startsWith(root)) return 'points outside the repository';
  if (!existsSync(full)) return 'no such file or folder';
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(full).isDirectory() || !full.endsWith('.md')) return `an anchor into ${target}, which is not a Markdown file`;
  return headingAnchors(readFileSync(full, 'utf8')).has(anchor) ? undefined : `no heading #${anchor} in ${target || reference.file}`;
}
