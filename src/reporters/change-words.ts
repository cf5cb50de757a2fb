import { isWithheld, type Comparison } from '../change/compare.js';

/** One line that sums up a comparison, for the text and Markdown reports and the action's log. */
export function countsLine(comparison: Comparison): string {
  const n = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
  const withheld = [...comparison.introduced, ...comparison.unchanged].filter(isWithheld).length;
  const waiting =
    withheld === 0
      ? ''
      : ` (${withheld} withheld, not fixed: ${withheld === 1 ? 'it waits' : 'they wait'} for the error${withheld === 1 ? ' it rests' : 's they rest'} on)`;
  return `introduces ${n(comparison.introduced.length, 'finding')}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged${waiting}`;
}
