import type { AllocationChange, ChangeDigest, HostChange } from '../change/digest.js';
import { formatCount } from '../util/format.js';
import { githubSize } from './github-limits.js';
import { mdCell, mdCode } from './markdown-escape.js';

const HOST_WORDS: Record<HostChange['change'], (host: string) => string> = {
  added: (h) => `added ${h}`,
  'added-decommissioned': (h) => `added ${h} (decommissioned)`,
  decommissioned: (h) => `decommissioned ${h}: its allocations must be returned`,
  reactivated: (h) => `reactivated ${h}`,
  removed: (h) => `removed ${h} from the inventory`,
};

function allocationLine(a: AllocationChange): string {
  const n = formatCount(a.quantity);
  if (a.change === 'moved') return `moved ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.from)} to ${mdCode(a.to)}`;
  return a.change === 'allocated'
    ? `allocated ${n} of ${mdCode(a.entitlement)} to ${mdCode(a.host)}`
    : `returned ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.host)}`;
}

/**
 * The change digest ("What this change does to licensing") in at most `budget` bytes: every
 * name as a code span, and when it does not fit, a closing line that says how many lines
 * were left out and where the whole digest is.
 */
export function digestMarkdown(digest: ChangeDigest, budget: number, whereAll: string): string {
  const title = '### What this change does to licensing';
  if (digest.hosts.length + digest.allocations.length + digest.products.length === 0)
    return `${title}\n\nNothing that licensing depends on: no host, allocation, entitlement or installed count changed.`;
  const blocks: { heading: string; lines: string[] }[] = [];
  if (digest.hosts.length > 0)
    blocks.push({
      heading: '**License servers and consoles**\n\n',
      lines: digest.hosts.map((h) => `- ${HOST_WORDS[h.change](mdCode(h.hostname))}`),
    });
  if (digest.allocations.length > 0)
    blocks.push({ heading: '**Allocations**\n\n', lines: digest.allocations.map((a) => `- ${allocationLine(a)}`) });
  if (digest.products.length > 0)
    blocks.push({
      heading: '**Installed against purchased**\n\n| Product | Installed | Purchased (active) | |\n|---|---:|---:|---|\n',
      lines: digest.products.map(
        (p) =>
          `| ${mdCell(mdCode(p.product))} | ${formatCount(p.installedBefore)} → ${formatCount(p.installedAfter)} | ${formatCount(p.purchasedBefore)} → ${formatCount(p.purchasedAfter)} | ${p.installedAfter > p.purchasedAfter ? '❌ over' : '✅'} |`,
      ),
    });
  const total = blocks.reduce((n, b) => n + b.lines.length, 0);
  const reserve = 300;
  let text = title;
  let used = githubSize(text);
  let shown = 0;
  outer: for (const block of blocks) {
    const opening = `\n\n${block.heading}`;
    if (used + githubSize(opening) + reserve > budget) break;
    let part = opening;
    let first = true;
    for (const line of block.lines) {
      const piece = `${first ? '' : '\n'}${line}`;
      if (used + githubSize(part) + githubSize(piece) + reserve > budget) {
        if (!first) text += part;
        break outer;
      }
      part += piece;
      first = false;
      shown++;
    }
    text += part;
    used = githubSize(text);
  }
  if (shown < total)
    text += `\n\n_${formatCount(total - shown)} more ${total - shown === 1 ? 'line' : 'lines'} of this digest left out to stay within GitHub's size limit: ${whereAll}._`;
  return text;
}
