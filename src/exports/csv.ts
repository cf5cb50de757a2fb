import { ExportError } from './export-error.js';

/**
 * `Export-Csv` output → records keyed by header. Windows PowerShell 5.1 prepends
 * `#TYPE <type name>` unless -NoTypeInformation is given, and quotes every field;
 * `-UseCulture` uses the culture's list separator (`;` in much of Europe).
 */
export function parseCsv(text: string): { typeName?: string; records: Record<string, string>[] } {
  const lines = text.split(/\r?\n/);
  let typeName: string | undefined;
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  if (lines[0]?.startsWith('#TYPE')) typeName = lines.shift()!.slice('#TYPE'.length).trim();
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

function splitRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (inQuotes) throw new ExportError('the CSV opens a quote that is never closed: the file is truncated');
  if (field !== '' || row.length > 0) rows.push([...row, field.replace(/\r$/, '')]);
  return rows;
}
