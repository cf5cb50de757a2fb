/**
 * The one way inventory-derived text enters Markdown for GitHub (comments, issues, check
 * runs, job summaries). Whatever an inventory holds, what comes out renders as the text
 * itself: no mention, issue or commit link, autolink, image, emphasis, heading or HTML.
 *
 * - `mdCode`: a code span whose fence is longer than any run of backticks inside, so the
 *   text cannot close it; GitHub neither mentions nor links inside code.
 * - `mdText`: prose. Plain words (letters, digits, ordinary punctuation) stay prose;
 *   any other word (with `@`, `#`, `<`, `&`, `[`, `*`, `_`, a URL, a SHA-like hex run…)
 *   becomes a code span of its own, which makes it inert and still readable.
 * - `mdMessage`: a finding's message, whose backticks quote values: quoted parts become
 *   code spans, the rest prose. An odd number of backticks (a value holding one) makes
 *   the whole message prose, with the backticks inside code spans.
 *
 * Bidirectional controls and other invisible characters are shown as `\u{…}` everywhere,
 * so a reader sees what the file really holds.
 */

// Control and format characters (bidi overrides and isolates, zero-width joiners, BOM…),
// line and paragraph separators, and the variation/tag blocks that hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/gu;

export function showInvisible(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n|\t/g, ' ')
      .replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`)
      // Markdown reports are also printed to CI logs, where `##[` starts a (legacy) workflow
      // command anywhere in a line (issue 16): broken up, it shows as written.
      .replace(/##\[/g, '##\\[')
  );
}

/** True when the text holds a character `showInvisible` would rewrite (bidi, zero-width, control). */
export function hasInvisible(text: string): boolean {
  return /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(text);
}

export function mdCode(text: string): string {
  const shown = showInvisible(text);
  if (shown.trim() === '') return shown === '' ? '(empty)' : `\`${shown}\``;
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each side when both are present: pad so a leading or
  // trailing backtick or space survives.
  const pad = /^[` ]|[` ]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

// A word safe as prose: no Markdown, HTML, entity, mention, reference or autolink can start
// from these characters. `:` only last (no `scheme://`, no `:emoji:`).
const PLAIN_WORD = /^[\p{L}\p{N}.,;'"()!?%/+\-–—]*:?$/u;
// Words GitHub links by themselves: commit SHAs, GH-123, www. and e-mail-like text.
const AUTOLINKED = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|^\d+\.$/i;

function isPlain(word: string): boolean {
  // An underscore between letters or digits is no emphasis in GFM (snake_case, XDT_PLT_UD).
  const bare = word.replace(/(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu, '');
  return PLAIN_WORD.test(bare) && !AUTOLINKED.test(word);
}

export function mdText(text: string): string {
  return showInvisible(text)
    .split(' ')
    .map((word) => (word === '' || isPlain(word) ? word : mdCode(word)))
    .join(' ');
}

export function mdMessage(text: string): string {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return mdText(text);
  return parts
    .map((part, i) => (i % 2 === 1 ? mdCode(part) : mdText(part)))
    .join('')
    .trim();
}

/** Text made safe for a GFM table cell: a `|` ends a cell even inside a code span unless escaped. */
export function mdCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

/**
 * A link to a file in the repository: every path segment percent-encoded, including the
 * `(`, `)`, `#`, `?` and `]` that would otherwise end the link or the path early.
 */
export function blobUrl(links: { serverUrl: string; repository: string; sha: string }, file: string, line?: number): string {
  const encoded = file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ''}`;
}

/** A path as a SARIF URI reference: each segment percent-encoded (RFC 3986), slashes kept. */
export function uriPath(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * A Mermaid gantt task or section name. Gantt lines are parsed by keyword first (`title`,
 * `section`, `dateFormat`, `topAxis`, `excludes`, `click`, `%%` comments…), and `:`, `#`,
 * `;` end or break a name. Only letters, digits and a few safe marks are kept, and the name
 * starts with `▸`, which no keyword does, so every deadline stays a task of its own.
 */
export function mermaidName(text: string): string {
  const kept = showInvisible(text)
    .replace(/[^\p{L}\p{N} ._()/+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `▸ ${kept || '(unnamed)'}`;
}
