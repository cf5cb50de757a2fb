/**
 * `citrix-license-lint import [--into DIR] [--host NAME] [-o FILE] FILES...`: starts an
 * inventory from exports (printed, or written to --output), or merges them into the
 * inventory in DIR. Parsing lives in src/exports/; this file reads, dispatches and reports.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { combineExports, type ReadExport } from '../import/combine.js';
import { ExportError } from '../exports/export-error.js';
import { MergeRefused, type MergeResult, mergeInto } from '../import/merge-into.js';
import { ACCEPTED_FORMATS, readExport } from '../exports/read-export.js';
import { inventoryDocument } from '../import/write-inventory.js';
import { UsageError } from '../util/errors.js';
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

/** Biggest export read: a Get-LicInventory export is a few KB. */
const MAX_BYTES = 16 * 1024 * 1024;

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
  for (const file of expand(positionals, io.cwd)) {
    const bytes = readBytes(file, io.cwd);
    try {
      exports.push({ file, observations: readExport(bytes, path.basename(file)) });
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
  // Usage is evidence, not inventory: nothing is merged from it, so say where it belongs.
  for (const server of observations.licenseServers)
    for (const usage of server.usage ?? [])
      io.stdout.write(`${usage.file}: a usage history (Historical Use), not inventory: commit it to collected/${server.hostname}/\n`);
  return mergeIntoDirectory(values.into, observations, io);
}

function mergeIntoDirectory(into: string, observations: ReturnType<typeof combineExports>, io: CliIo): number {
  const dir = path.resolve(io.cwd, into);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--into ${into}: not a folder; name the folder that holds the inventory's YAML files`);
  const files = yamlFiles(dir).map((file) => ({ file: path.relative(io.cwd, file) || file, text: readFileSync(file, 'utf8') }));
  if (files.length === 0)
    throw new UsageError(`--into ${into}: no .yaml or .yml file in it; run import without --into to start an inventory`);
  let result: MergeResult;
  try {
    result = mergeInto(files, observations, path.relative(io.cwd, path.join(dir, 'imported.yaml')));
  } catch (error) {
    if (error instanceof MergeRefused) throw new UsageError(error.message);
    throw error;
  }
  for (const { file } of result.changed) {
    // A symbolic link could point outside DIR: only regular files inside it are written.
    const full = path.resolve(io.cwd, file);
    if (existsSync(full) && lstatSync(full).isSymbolicLink())
      throw new UsageError(`${file} is a symbolic link: import writes only regular files inside ${into}; nothing was written`);
  }
  for (const { file, text } of result.changed) writeFileSync(path.resolve(io.cwd, file), text);
  io.stdout.write(
    result.report.length > 0 ? `${result.report.join('\n')}\n` : `nothing new: ${into} already lists what the exports show\n`,
  );
  return 0;
}

/** Folders stand for the files directly inside them (a MyFiles copy, a collected/<host>/ folder). */
function expand(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    if (!existsSync(full)) throw new UsageError(`${given}: no such file or folder`);
    if (statSync(full).isDirectory()) {
      const inside = readdirSync(full, { withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => path.join(given, e.name))
        .sort();
      if (inside.length === 0) throw new UsageError(`${given}: the folder has no files`);
      files.push(...inside);
    } else files.push(given);
  }
  return files;
}

function readBytes(file: string, cwd: string): Uint8Array {
  const full = path.resolve(cwd, file);
  const size = statSync(full).size;
  if (size > MAX_BYTES)
    throw new UsageError(`${file}: ${Math.round(size / 1024 / 1024)} MB is far larger than any export this importer reads; check the path`);
  try {
    return readFileSync(full);
  } catch (error) {
    throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`);
  }
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(
    (a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}
