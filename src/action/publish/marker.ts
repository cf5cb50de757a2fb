/** Hidden markers that find our own comment and issue again, whatever their text. */
export const COMMENT_MARKER = '<!-- citrix-license-lint:pull-request-comment -->';
export const ISSUE_MARKER = '<!-- citrix-license-lint:tracking-issue -->';
export const ISSUE_TITLE = 'citrix-license-lint: licensing compliance findings';
