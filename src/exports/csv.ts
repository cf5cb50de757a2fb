import { ExportError } from './export-error.js';

/**
 * `Export-Csv` output → records keyed by header. Windows PowerShell 5.1 prepends
 * `#TYPE <type name>` unless -NoTypeInformation is given, and quotes every field;
 * `-UseCulture` uses the culture's list separator (`;` in much of Europe).
 */
export function parseCsv(text: string): { typeName?: string; records: Record<string, string>[] } {
  const all = text.split(/\r?\n/);
  let typeName: string | undefined;
  // Skipped by index: shifting a list of a million blank lines one by one is quadratic.
  let first = 0;
  while (first < all.length && all[first]!.trim() === '') first++;
  if (all[first]?.startsWith('#TYPE')) typeName = all[first++]!.slice('#TYPE'.length).trim();
  const lines = all.slice(first);
  const body = lines.join('\n');
  const headerLine = lines[0] ?? '';
  const delimiter = countOutsideQuotes(headerLine, ';') > countOutsideQuotes(headerLine, ',') ? ';' : ',';
  const rows = splitRows(body, delimiter);
  const header = rows.shift();
  if (!header || header.length < 2) throw new ExportError('the CSV has no header line');
  const records = rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row, index) => {
      if (row.length !== header.length)
        throw new ExportError(
          `CSV row ${index + 1} has ${row.length} fields where the header has ${header.length}`,
          index + 2 + (typeName ? 1 : 0),
        );
      return Object.fromEntries(header.map((name, i) => [name, row[i]!]));
    });
  return { typeName, records };
}

function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) count++;
  }
  return count;
}

/**
 * Rows of fields, quotes as Export-Csv writes them (`""` inside quotes is one quote). The
 * text between special characters is taken as slices, never a character at a time: a 64 MB
 * export stays a few passes over the text.
 */
function splitRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  const special = delimiter === ';' ? /[";\n]/g : /[",\n]/g;
  let i = 0;
  while (i < text.length) {
    special.lastIndex = i;
    const match = special.exec(text);
    const at = match ? match.index : text.length;
    field += text.slice(i, at);
    if (!match) break;
    if (text[at] === '"') {
      i = quoted(text, at + 1, (part) => {
        field += part;
      });
    } else if (text[at] === delimiter) {
      row.push(field);
      field = '';
      i = at + 1;
    } else {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
      i = at + 1;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.replace(/\r$/, '')]);
  return rows;
}

/** A quoted part from `start` (after its opening quote) to its closing quote; returns where reading goes on. */
function quoted(text: string, start: number, add: (part: string) => void): number {
  for (let from = start; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new ExportError('the CSV opens a quote that is never closed: the file is truncated');
    add(text.slice(from, quote));
    if (text[quote + 1] !== '"') return quote + 1;
    add('"');
    from = quote + 2;
  }
}
