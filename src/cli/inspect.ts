import path from 'node:path';
import { readLicenseFile } from '../licfile/read-license-file.js';
import type { ParsedIncrement } from '../licfile/parse.js';
import { UsageError } from '../util/errors.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

interface InspectedFile {
  file: string;
  /** `HOSTNAME=` of the SERVER line: what a License Server file is bound to. */
  hostname: string | null;
  /** A host ID on the SERVER line (a NetScaler MAC address): what a Console or appliance file is bound to. */
  hostId: string | null;
  features: {
    product: string;
    count: number | 'uncounted';
    licenseType: string | null;
    expires: string;
    cssDate: string | null;
    serial: string | null;
    line: number;
  }[];
  problems: { line: number; column: number; message: string }[];
}

/** `inspect FILE.lic...`: what a license file grants, without its signatures. */
export function runInspect(options: CliOptions, io: CliIo): number {
  const inspected: InspectedFile[] = options.paths.map((given) => {
    const file = path.resolve(io.cwd, given);
    const shown = path.relative(io.cwd, file).split(path.sep).join('/') || given;
    const read = readLicenseFile(file);
    if (!read.parsed) throw new UsageError(`${given}: ${read.problem}`);
    return {
      file: shown,
      hostname: read.parsed.server?.hostname ?? null,
      hostId: read.parsed.server?.hostid ?? null,
      features: read.parsed.increments.map(describe),
      problems: read.parsed.problems.map((p) => ({ line: p.line, column: p.column, message: p.message })),
    };
  });
  const text = options.format === 'json' ? `${JSON.stringify({ files: inspected }, null, 2)}\n` : inspected.map(table).join('\n');
  writeOutput(io, options.output, text);
  return inspected.some((f) => f.problems.length > 0) ? 1 : 0;
}

function describe(increment: ParsedIncrement): InspectedFile['features'][number] {
  return {
    product: increment.product,
    count: increment.count,
    licenseType: increment.licenseType ?? null,
    expires: increment.expires,
    cssDate: increment.cssDate ?? null,
    serial: increment.serial ?? null,
    line: increment.line,
  };
}

function table(file: InspectedFile): string {
  const header = ['PRODUCT', 'COUNT', 'TYPE', 'EXPIRES', 'CSS DATE', 'SERIAL', 'LINE'];
  const rows = file.features.map((f) => [
    f.product,
    String(f.count),
    f.licenseType ?? '-',
    f.expires,
    f.cssDate ?? '-',
    f.serial ?? '-',
    String(f.line),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const bound = file.hostname ?? (file.hostId ? `host ID ${file.hostId}` : 'no SERVER line');
  const out = [`${file.file}  (bound to ${bound})`];
  if (rows.length === 0) out.push('  no INCREMENT or FEATURE lines');
  else out.push(...[header, ...rows].map((r) => `  ${line(r)}`));
  for (const p of file.problems) out.push(`  ${file.file}:${p.line}:${p.column}  error  ${p.message}`);
  return `${out.join('\n')}\n`;
}
