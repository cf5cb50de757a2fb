/**
 * `citrix-license-lint import [--into DIR] [--host NAME] [-o FILE] FILES...`: starts an
 * inventory from exports (printed, or written to --output), or merges them into the
 * inventory in DIR. Parsing lives in src/exports/; this file reads, dispatches and reports.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { combineExports, type ReadExport } from '../import/combine.js';
import { ExportError } from '../exports/export-error.js';
import { MergeRefused, type MergeResult, mergeInto } from '../import/merge-into.js';
import { ACCEPTED_FORMATS, readExport } from '../exports/read-export.js';
import { inventoryDocument } from '../import/write-inventory.js';
import { UsageError } from '../util/errors.js';
import { escapeForLog } from '../util/terminal.js';
import { intoFolder, readExportFiles, readInventoryFiles, writeInventoryFiles } from './import-files.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

export const IMPORT_HELP = `Usage: citrix-license-lint import [--into DIR] [--host NAME] [-o FILE] FILES-OR-FOLDERS...

Starts an inventory from what Citrix systems export, or with --into adds it to the
inventory in DIR (new hosts and fields are added; values that differ are marked with a
comment, never changed). The kind of each file is recognised from its content:
  ${ACCEPTED_FORMATS.join('\n  ')}
How to take each export: docs/collect.md

Options:
      --into DIR     merge into the inventory (YAML files) in DIR instead of printing one
      --host NAME    the host that exports which do not name one come from
  -o, --output FILE  write the new inventory to FILE instead of standard output
  -h, --help         show this help
`;

function parseImportArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: 'string' },
      host: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export function runImport(argv: readonly string[], io: CliIo): number {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(argv);
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}; run import --help for the options`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('import needs at least one export file or folder: citrix-license-lint import FILES...');
  if (values.into !== undefined && values.output !== undefined)
    throw new UsageError('--into writes into DIR; --output is for a new inventory: use one or the other');
  if (values.host !== undefined && !/^[^\s]+$/.test(values.host))
    throw new UsageError(`--host must be a host name without spaces, not "${values.host}"`);

  const exports: ReadExport[] = [];
  for (const { file, bytes, modifiedMs } of readExportFiles(positionals, io.cwd)) {
    try {
      exports.push({ file, observations: readExport(bytes, path.basename(file)), modifiedMs });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
      throw error;
    }
  }
  let observations: ReturnType<typeof combineExports>;
  try {
    observations = combineExports(exports, values.host);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }
  if (values.into === undefined) {
    writeOutput(
      io,
      values.output,
      inventoryDocument(
        observations,
        exports.map((e) => e.file),
      ).toString({ lineWidth: 0 }),
    );
    return 0;
  }
  return mergeIntoDirectory(values.into, observations, io);
}

function mergeIntoDirectory(into: string, observations: ReturnType<typeof combineExports>, io: CliIo): number {
  const { dir, root } = intoFolder(into, io.cwd);
  const files = readInventoryFiles(dir, root, io.cwd);
  if (files.length === 0)
    throw new UsageError(`--into ${into}: no .yaml or .yml file in it; run import without --into to start an inventory`);
  let result: MergeResult;
  try {
    result = mergeInto(files, observations, path.relative(io.cwd, path.join(dir, 'imported.yaml')));
  } catch (error) {
    if (error instanceof MergeRefused) throw new UsageError(error.message);
    throw error;
  }
  writeInventoryFiles(result.changed, root, into, io.cwd);
  io.stdout.write(
    result.report.length > 0
      ? `${result.report.map(escapeForLog).join('\n')}\n`
      : `nothing new: ${into} already lists what the exports show\n`,
  );
  return 0;
}
