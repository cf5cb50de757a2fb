/**
 * `citrix-license-lint import [--into DIR] [--host NAME] [-o FILE] FILES...`: starts an
 * inventory from exports (printed, or written to --output), or merges them into the
 * inventory in DIR. Parsing lives in src/exports/; this file reads, dispatches and reports.
 */
import path from 'node:path';
import { combineExports, type ReadExport } from '../import/combine.js';
import { ExportError } from '../exports/export-error.js';
import { MergeRefused, type MergeResult, mergeInto } from '../import/merge-into.js';
import { ACCEPTED_FORMATS, readExport } from '../exports/read-export.js';
import { inventoryDocument } from '../import/write-inventory.js';
import { UsageError } from '../util/errors.js';
import { escapeForLog } from '../util/terminal.js';
import type { CliOptions } from './args.js';
import { intoFolder, readExportFiles, readInventoryFiles, writeInventoryFiles } from './import-files.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

/** What import --help adds to the command's description: the exports it recognises. */
export const IMPORT_READS = `It reads:\n  ${ACCEPTED_FORMATS.join('\n  ')}`;

export function runImport(options: CliOptions, io: CliIo): number {
  const { into, host, output } = options;
  if (into !== undefined && output !== undefined)
    throw new UsageError('--into writes into DIR; --output is for a new inventory: use one or the other');
  if (host !== undefined && !/^[^\s]+$/.test(host)) throw new UsageError(`--host must be a host name without spaces, not "${host}"`);

  const exports: ReadExport[] = [];
  for (const { file, bytes, modifiedMs } of readExportFiles(options.paths, io.cwd)) {
    try {
      exports.push({ file, observations: readExport(bytes, path.basename(file)), modifiedMs });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
      throw error;
    }
  }
  let observations: ReturnType<typeof combineExports>;
  try {
    observations = combineExports(exports, host);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }
  if (into === undefined) {
    writeOutput(
      io,
      output,
      inventoryDocument(
        observations,
        exports.map((e) => e.file),
      ).toString({ lineWidth: 0 }),
    );
    return 0;
  }
  // Usage is evidence, not inventory: nothing is merged from it, so say where it belongs.
  for (const server of observations.licenseServers)
    for (const usage of server.usage ?? [])
      io.stdout.write(
        `${escapeForLog(`${usage.file}: a usage history (Historical Use), not inventory: commit it to collected/${server.hostname}/`)}\n`,
      );
  return mergeIntoDirectory(into, observations, io);
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
