#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/util/format.ts
function formatCount(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
function listWords(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var QUOTE_LIMIT = 40;
function capQuotes(message) {
  return message.replace(
    /"([^"\n]*)"/g,
    (whole, inner) => inner.length > QUOTE_LIMIT ? `"${inner.slice(0, QUOTE_LIMIT - 3)}..."` : whole
  );
}
var MESSAGE_LIMIT = 1e3;
function capMessage(message) {
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}

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

// src/reporters/rank.ts
function importance(finding, introduced) {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === "error" ? 0 : 1);
}

export {
  formatCount,
  plural,
  listWords,
  capQuotes,
  capMessage,
  displayPath,
  importance
};
