/**
 * Hidden markers that find our own comment and issue again, whatever their text. Each carries
 * the action's id, so two uses in one repository (two inventories, a matrix) keep apart. A
 * marker is the first line of what the action writes, and is read only there
 * (`startsWithMarker`): a body that merely quotes a marker further down (a file name in a
 * finding, say) is not ours.
 */
export function commentMarker(id: string): string {
  return `<!-- citrix-license-lint:pull-request-comment id=${id} -->`;
}
export function issueMarker(id: string): string {
  return `<!-- citrix-license-lint:tracking-issue id=${id} -->`;
}
/** True when the body's first line is the marker, where the action writes it (GitHub may store CRLF). */
export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  if (!body?.startsWith(marker)) return false;
  const rest = body.slice(marker.length);
  return rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n');
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
