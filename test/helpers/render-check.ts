import MarkdownIt from 'markdown-it';
import { versionedDocsUrl } from '../../src/util/docs-url.js';

/**
 * Renders GitHub Markdown with a real CommonMark renderer (markdown-it, with GFM tables,
 * strikethrough, raw HTML and linkify for GFM's autolinks) and lists what inventory text must
 * never become: raw HTML, images, links we did not write, headings we did not write, and text
 * GitHub would turn into a mention, an issue or commit link.
 */
const md = new MarkdownIt({ html: true, linkify: true });

export interface RenderProblem {
  kind: 'html' | 'image' | 'link' | 'heading' | 'mention' | 'reference' | 'invisible';
  text: string;
}

const OUR_HTML = [
  /^<!-- citrix-license-lint:[a-z-]+ [^\n]*-->\s*$/,
  /^<!-- citrix-license-lint:violations [0-9a-z ]*-->\s*$/,
  /^<details><summary>Fixed by this change \(\d+\)<\/summary>\s*$/,
  /^<\/details>\s*$/,
];
const OUR_LINKS = [
  'https://github.com/acme/inventory/blob/',
  'https://github.com/acme/inventory/actions/runs/',
  'https://github.com/acme/inventory/runs/',
  // The rule pages of this release's tag.
  versionedDocsUrl('docs/'),
];
const OUR_HEADINGS = [
  /^(✅|⚠️|❌) citrix-license-lint: /,
  /^What this change does to licensing$/,
  /^What this change does to the license position \(as of \d{4}-\d{2}-\d{2}\)$/,
  /^License position as of \d{4}-\d{2}-\d{2}$/,
  /^Nearest deadlines$/,
  /^Upcoming deadlines$/,
  /^Withheld until the errors they wait for are fixed \([\d,]+\)$/,
  /^`+ ?[a-z-]+\/[a-z-]+ ?`+ \(\d+\)$/,
];

export function renderProblems(markdown: string): RenderProblem[] {
  const problems: RenderProblem[] = [];
  if (/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/.test(markdown))
    problems.push({ kind: 'invisible', text: 'raw bidi or zero-width character' });
  const tokens = md.parse(markdown, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'html_block' && !OUR_HTML.some((re) => re.test(token.content))) problems.push({ kind: 'html', text: token.content });
    if (token.type === 'heading_open') {
      const inline = tokens[i + 1]!;
      if (!OUR_HEADINGS.some((re) => re.test(inline.content))) problems.push({ kind: 'heading', text: inline.content });
    }
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline' && !OUR_HTML.some((re) => re.test(child.content)))
        problems.push({ kind: 'html', text: child.content });
      if (child.type === 'image') problems.push({ kind: 'image', text: String(child.attrGet('src') ?? '') });
      if (child.type === 'link_open') {
        const href = String(child.attrGet('href') ?? '');
        if (!OUR_LINKS.some((prefix) => href.startsWith(prefix))) problems.push({ kind: 'link', text: href });
      }
      if (child.type === 'text') {
        // GitHub's own autolinking of the rendered text (outside code and links).
        const mention = /(^|[^\w`/])@[A-Za-z0-9][\w-]*/.exec(child.content);
        if (mention) problems.push({ kind: 'mention', text: child.content });
        // GFM's extended www. autolink, which markdown-it's linkify leaves out.
        if (/(^|[\s*_~(])www\.[\w-]/i.test(child.content)) problems.push({ kind: 'link', text: child.content });
        if (/(^|[\s(])#\d+\b|\bGH-\d+\b|\b[0-9a-f]{7,40}\b/i.test(child.content)) problems.push({ kind: 'reference', text: child.content });
      }
    }
  }
  return problems;
}

/** The Mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return md
    .parse(markdown, {})
    .filter((t) => t.type === 'fence' && t.info.trim() === 'mermaid')
    .map((t) => t.content);
}

/**
 * Mermaid's own parser (the `mermaid` package's gantt grammar), in Node through jsdom: the
 * package needs a DOM to load, not to parse. Returns the tasks as the chart would draw them.
 */
export async function ganttTasks(source: string): Promise<{ task: string; start: string }[]> {
  // jsdom ships no types; only its constructor is used.
  const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
  const g = globalThis as Record<string, unknown>;
  if (!g.window) {
    const dom = new JSDOM('');
    g.window = dom.window;
    g.document = dom.window.document;
  }
  const { default: mermaid } = await import('mermaid');
  await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as { getTasks(): { task: string; startTime: Date }[] };
  return db.getTasks().map((t) => ({ task: t.task.trim(), start: t.startTime.toISOString().slice(0, 10) }));
}
