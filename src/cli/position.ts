import { resolveInputs } from '../config/inventory-inputs.js';
import { InventoryIndex } from '../domain/inventory-index.js';
import { licensePosition } from '../domain/license-position.js';
import { lint } from '../engine/lint.js';
import { positionMarkdown } from '../reporters/position-markdown.js';
import { positionCsv, positionJson, positionReport, positionText, type PositionReport } from '../reporters/position.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { lintOptionsOf } from './lint-options.js';
import { writeOutput } from './write-output.js';

const FORMATS: Record<string, (report: PositionReport) => string> = {
  text: positionText,
  json: positionJson,
  csv: positionCsv,
  markdown: (report) => `${positionMarkdown(report)}\n`,
};

/**
 * `position [paths]`: per product, bought, allocated, installed, overdraft and in use, and the
 * hosts they come from (docs/position.md). The inventory is read as the linter reads it,
 * collected evidence included; findings are the linter's business, so the exit status is 0.
 */
export function runPosition(options: CliOptions, io: CliIo): number {
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: options.paths, cwd: io.cwd });
  const asOf = options.asOf ?? config.asOf ?? todayUtc(io.now());
  const result = lint(lintOptionsOf(config, inputs, io.cwd, asOf));
  const inventory = result.inventory;
  if (!inventory) throw new UsageError('no inventory was read: name its files or folder');
  const position = licensePosition(inventory, new InventoryIndex(inventory), asOf, config.settings.policy);
  writeOutput(io, options.output, FORMATS[options.format ?? 'text']!(positionReport(position, io.cwd)));
  return 0;
}
