/**
 * Hidden markers that find our own comment and issue again, whatever their text. Each carries
 * the action's id, so two uses in one repository (two inventories, a matrix) keep apart.
 */
export function commentMarker(id: string): string {
  return `<!-- citrix-license-lint:pull-request-comment id=${id} -->`;
}
export function issueMarker(id: string): string {
  return `<!-- citrix-license-lint:tracking-issue id=${id} -->`;
}
export function issueTitle(id: string): string {
  return `citrix-license-lint: licensing compliance findings (${id})`;
}
export function checkRunName(id: string): string {
  return `citrix-license-lint (${id})`;
}
/** The label the tracking issue carries: it is found by label, not by listing every issue. */
export const ISSUE_LABEL = 'citrix-license-lint';

/** An id safe in a marker, a title and a SARIF category: the CLI names its SARIF runs the same way. */
export { runId as actionId } from '../../reporters/run-id.js';
