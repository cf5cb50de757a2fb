/** A FlexNet logical line: physical lines joined where they end in `\` or inside quotes. */
export interface LogicalLine {
  /** 1-based line of the first physical line. */
  line: number;
  /** 1-based column just past the first physical line's last character, for ranges. */
  firstLineEnd: number;
  tokens: Token[];
  /** A quote opened on this line was never closed: the file is truncated. */
  unterminatedQuote: boolean;
}

export interface Token {
  text: string;
  line: number;
  column: number;
}

/**
 * Splits license file text into logical lines of tokens. A token is a run of non-blank
 * characters in which quoted parts may hold blanks; `KEY="a b"` is one token, quotes removed.
 */
export function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const result: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let token: Token | undefined;
  let inQuote = false;

  const endToken = () => {
    if (token && current) current.tokens.push(token);
    token = undefined;
  };

  for (let index = 0; index < physical.length; index++) {
    const lineNumber = index + 1;
    let raw = physical[index]!;
    if (!current) {
      const trimmed = raw.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      current = { line: lineNumber, firstLineEnd: raw.trimEnd().length + 1, tokens: [], unterminatedQuote: false };
    }
    const continues = /\\\s*$/.test(raw);
    if (continues) raw = raw.replace(/\\\s*$/, '');
    for (let col = 0; col < raw.length; col++) {
      const char = raw[col]!;
      if (char === '"') {
        inQuote = !inQuote;
        token ??= { text: '', line: lineNumber, column: col + 1 };
        continue;
      }
      if (!inQuote && (char === ' ' || char === '\t')) {
        endToken();
        continue;
      }
      token ??= { text: '', line: lineNumber, column: col + 1 };
      token.text += char;
    }
    if (continues || inQuote) {
      // A quoted value (a SIGN) spans lines: the break is not part of the value.
      if (!inQuote) endToken();
      continue;
    }
    endToken();
    result.push(current);
    current = undefined;
  }
  if (current) {
    endToken();
    current.unterminatedQuote = inQuote;
    result.push(current);
  }
  return result;
}
