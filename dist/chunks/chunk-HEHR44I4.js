#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/action/runner.ts
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

// src/action/publish/marker.ts
function commentMarker(id) {
  return `<!-- citrix-license-lint:pull-request-comment id=${id} -->`;
}
function issueMarker(id) {
  return `<!-- citrix-license-lint:tracking-issue id=${id} -->`;
}
function startsWithMarker(body, marker) {
  if (!body?.startsWith(marker)) return false;
  const rest = body.slice(marker.length);
  return rest === "" || rest.startsWith("\n") || rest.startsWith("\r\n");
}
function issueTitle(id) {
  return `citrix-license-lint: licensing compliance findings (${id})`;
}
function checkRunName(id) {
  return `citrix-license-lint (${id})`;
}
var ISSUE_LABEL = "citrix-license-lint";

export {
  systemClock,
  commentMarker,
  issueMarker,
  startsWithMarker,
  issueTitle,
  checkRunName,
  ISSUE_LABEL
};
