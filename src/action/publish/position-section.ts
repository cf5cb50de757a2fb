import { InventoryIndex } from '../../domain/inventory-index.js';
import { licensePosition } from '../../domain/license-position.js';
import type { Inventory } from '../../model/inventory.js';
import { githubSize } from '../../reporters/github-limits.js';
import { positionChangeMarkdown, positionMarkdown } from '../../reporters/position-markdown.js';
import { positionReport, type PositionReport } from '../../reporters/position.js';
import type { PublishRun } from './publish-run.js';

/** The most of a comment or summary the position may take: the findings come first. */
const SHARE = 1 / 6;

function reportOf(inventory: Inventory, run: PublishRun): PositionReport {
  return positionReport(licensePosition(inventory, new InventoryIndex(inventory), run.result.asOf, run.settings.policy), run.context.cwd);
}

/**
 * The rows of the license position a change moves (base against head, both as of the run's
 * day), for the pull request comment and the job summary; undefined when nothing was
 * compared or no row moves.
 */
export function positionChangeSection(run: PublishRun, limit: number): string | undefined {
  const head = run.result.inventory;
  const compared = run.result.comparison;
  if (!head || !compared) return undefined;
  // No inventory on the base: every row is new.
  const base = compared.baseInventory ? reportOf(compared.baseInventory, run) : { asOf: run.result.asOf, products: [], unseen: [] };
  return positionChangeMarkdown(base, reportOf(head, run), Math.floor(limit * SHARE));
}

/** The whole position, for the tracking issue. */
export function positionTableSection(run: PublishRun, limit: number): string | undefined {
  const head = run.result.inventory;
  return head ? positionMarkdown(reportOf(head, run), Math.floor(limit * SHARE)) : undefined;
}

/** Room left for the rest of a body that a section is appended to. */
export function roomBeside(section: string | undefined): number {
  return section ? githubSize(section) + 2 : 0;
}
