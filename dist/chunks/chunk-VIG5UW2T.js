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
function ordinal(value) {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[value % 10] ?? "th";
  return `${value}${suffix}`;
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

export {
  formatCount,
  plural,
  listWords,
  ordinal,
  displayPath
};
