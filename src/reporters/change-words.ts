import type { Comparison } from '../change/compare.js';

/** One line that sums up a comparison, for the text and Markdown reports and the action's log. */
export function countsLine(comparison: Comparison): string {
  const n = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
  return `introduces ${n(comparison.introduced.length, 'finding')}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged`;
}
