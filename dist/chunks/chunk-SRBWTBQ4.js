#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/util/paths.ts
import path from "node:path";
var shownPaths = /* @__PURE__ */ new Map();
function displayPath(file, cwd) {
  const key = `${cwd}\0${file}`;
  let shown = shownPaths.get(key);
  if (shown === void 0) {
    shown = (path.relative(cwd, file) || path.basename(file)).split(path.sep).join("/");
    shownPaths.set(key, shown);
  }
  return shown;
}

// src/reporters/github-limits.ts
var COMMENT_BODY_MAX = 65536;
var CHECK_OUTPUT_MAX = 65535;
var CHECK_TITLE_MAX = 255;
var ANNOTATION_MESSAGE_MAX = 64 * 1024;
var ANNOTATIONS_PER_REQUEST = 50;
var WRITE_PAUSE_MS = 1e3;
var WRITES_WITHOUT_PAUSE = 3;
var ANNOTATION_REQUESTS = { pullRequest: 2, other: 1 };
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_MAX = 1024 * 1024;
var OUTPUT_REPORT_MAX = 512 * 1024;
var SARIF_RESULTS_MAX = 25e3;
var GITHUB_TOKEN_LOGIN = "github-actions[bot]";
function githubSize(text) {
  return Buffer.byteLength(text, "utf8");
}
function cutToSize(text, max, tail = "…") {
  if (githubSize(text) <= max) return text;
  const room = max - githubSize(tail);
  let out = "";
  let used = 0;
  for (const ch of text) {
    const size = githubSize(ch);
    if (used + size > room) break;
    out += ch;
    used += size;
  }
  return out + tail;
}

// src/reporters/run-id.ts
function runId(explicit, inventoryPaths) {
  const source = explicit || inventoryPaths.join("+") || "inventory";
  return source.toLowerCase().replace(/[^a-z0-9._/+-]+/g, "-").replace(/^[-./]+|[-./]+$/g, "").slice(0, 60) || "inventory";
}
function sarifCategory(inventoryPaths) {
  return `citrix-license-lint/${runId("", inventoryPaths)}`;
}

export {
  displayPath,
  COMMENT_BODY_MAX,
  CHECK_OUTPUT_MAX,
  CHECK_TITLE_MAX,
  ANNOTATION_MESSAGE_MAX,
  ANNOTATIONS_PER_REQUEST,
  WRITE_PAUSE_MS,
  WRITES_WITHOUT_PAUSE,
  ANNOTATION_REQUESTS,
  ANNOTATIONS_PER_LEVEL,
  STEP_SUMMARY_MAX,
  OUTPUT_REPORT_MAX,
  SARIF_RESULTS_MAX,
  GITHUB_TOKEN_LOGIN,
  githubSize,
  cutToSize,
  runId,
  sarifCategory
};
