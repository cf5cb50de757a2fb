/**
 * Text that came from the inventory, made safe to print on a terminal or into a CI log:
 * control characters (ESC sequences that repaint a terminal, CR that overwrites a line, LF
 * that starts a line of its own, and the Unicode line and paragraph separators that editors,
 * YAML 1.1 readers and JavaScript treat as one) and the Unicode bidirectional overrides that
 * reorder what a reader sees are shown as escapes (`\x1b`, `\n`, `\u2028`, `\u202e`) instead
 * of acting.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// C0 (tab excepted), DEL, C1 (NEL among them), the line and paragraph separators, and the
// bidi embedding, override and isolate characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\x1b' };

/**
 * Inventory text in a line that a GitHub Actions runner reads: `##[` starts a (legacy)
 * workflow command anywhere in a line, so it is broken up; control characters are escaped,
 * so no text can start a line of its own.
 */
export function escapeForLog(text: string): string {
  return escapeControls(text).replace(/##\[/g, '##\\[');
}

/**
 * A path as a line may start with it: a file named `::add-mask::…` would otherwise be a
 * workflow command at the start of a line (the runner trims leading spaces), so such a
 * path is shown as `./::…`, which names the same file.
 */
export function pathForLog(shown: string): string {
  const safe = escapeForLog(shown);
  return safe.startsWith('::') ? `./${safe}` : safe;
}
