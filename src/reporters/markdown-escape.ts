/**
 * The one way inventory-derived text enters Markdown for GitHub (comments, issues, check
 * runs, job summaries). Whatever an inventory holds, what comes out renders as the text
 * itself: no mention, issue or commit link, autolink, image, emphasis, heading or HTML.
 *
 * - `mdCode`: a code span whose fence is longer than any run of backticks inside, so the
 *   text cannot close it; GitHub neither mentions nor links inside code. `<!--` never
 *   comes out, not even inside a span: the action's markers are HTML comments.
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
  // Most values are printable ASCII with nothing to fence against: one test, no rewriting.
  return SIMPLE_CODE.test(text) ? `\`${text}\`` : mdCodeSpans(text);
}

/** `mdCode` without its fast path, which must give the same bytes (test/markdown-escape.test.ts). */
export function mdCodeSpans(text: string): string {
  const shown = showInvisible(text);
  if (shown.trim() === '') return shown === '' ? '(empty)' : `\`${shown}\``;
  // `<!--` opens an HTML comment in the raw body, and the action's markers and state are
  // HTML comments: inventory text must never write one, even inside a code span (which
  // renders it but does not change the raw body). Its `<` goes outside the span, escaped.
  return shown
    .split(/<(?=!--)/)
    .map(codeSpan)
    .join('\\<');
}

// Printable ASCII without a backtick, `<` or `#`, not starting or ending with a space:
// `mdCode` would fence it with one backtick, unpadded, and rewrite nothing.
const SIMPLE_CODE =
  /^[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E](?:[\x20-\x22\x24-\x3B\x3D-\x5F\x61-\x7E]*[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E])?$/;

function codeSpan(shown: string): string {
  if (shown === '') return '';
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
  // Most prose is ASCII words that are all plain: one test of the whole text says so.
  return PLAIN_ASCII_TEXT.test(text) && !AUTOLINKED_IN_TEXT.test(text) ? text : mdWords(text);
}

/** `mdText` without its fast path, word by word; the fast path must give the same bytes. */
export function mdWords(text: string): string {
  return showInvisible(text)
    .split(' ')
    .map((word) => (word === '' || isPlain(word) ? word : mdWord(word)))
    .join(' ');
}

/**
 * A word that must be code: an opening parenthesis and closing punctuation around it stay
 * prose (`cis.citrix.com`), when what they enclose needs the code span by itself; otherwise
 * (`12.` opens a list) the whole word is code.
 */
function mdWord(word: string): string {
  const [, open, core, close] = /^(\(?)(.*?)([),.;:!?]*)$/s.exec(word)!;
  if ((open === '' && close === '') || core === '' || isPlain(core!)) return mdCode(word);
  return `${open}${mdCode(core!)}${close}`;
}

// The ASCII case of `isPlain` for every space-separated word at once: PLAIN_WORD's ASCII
// characters, an underscore only between letters or digits, `:` only at a word's end.
// Nothing here is rewritten by `showInvisible` (no control character, no `#`).
const PLAIN_ASCII_TEXT = /^(?:[A-Za-z0-9.,;'"()!?%/+ -]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])|:(?= |$))*$/;
// AUTOLINKED, where a word's start and end are a space or the text's ends.
const AUTOLINKED_IN_TEXT = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|(^| )\d+\.( |$)/i;

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
