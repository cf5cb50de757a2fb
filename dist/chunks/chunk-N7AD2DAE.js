#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ExportError,
  NoInventoryError,
  UsageError,
  containmentProblem,
  defaultInputs,
  defaultInventoryFrom,
  discover,
  diskFileSystem,
  escapeControls,
  escapeForLog,
  findRepositoryRoot,
  isInside,
  matchHost,
  memoryFileSystem,
  parseLicenseText,
  readExport,
  require_dist,
  writeInside
} from "./chunk-RFJ74KHR.js";
import {
  ANNOTATIONS_PER_LEVEL,
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_MESSAGE_MAX,
  ANNOTATION_REQUESTS,
  DOCS_BASE,
  RULES,
  SARIF_RESULTS_MAX,
  STEP_SUMMARY_MAX,
  capMessage,
  capQuotes,
  child,
  collectDeadlines,
  compareRuns,
  currentEvidenceOf,
  cutToSize,
  dayOf,
  didYouMean,
  displayPath,
  formatCount,
  githubSize,
  isSourceRange,
  isStartupLicense,
  isWithheld,
  listsEveryPool,
  messageAdvice,
  messageTemplate,
  ownerOf,
  plural,
  ruleById,
  thresholdWords,
  unverifiedAutomaticHosts,
  withComparison,
  withheldCount,
  withheldNote
} from "./chunk-Y47SGCXA.js";
import {
  daysBetween,
  fillTemplate,
  isHostId,
  isIsoDate,
  isIsoDateOrTimestamp,
  licenseProblemText,
  placeholdersOf,
  shortKey,
  toIsoDate,
  todayUtc
} from "./chunk-GXT5JFYL.js";
import {
  __toESM
} from "./chunk-3LG3MPHK.js";

// src/engine/verdict.ts
function failingCount(counts, failOn) {
  if (failOn === "never") return 0;
  return failOn === "warning" ? counts.errors + counts.warnings : counts.errors;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed++;
    else if (finding.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return counts;
}
function judge(findings, introduced, options, withheldFindings2 = []) {
  const counts = countFindings(findings);
  const withheld = countFindings(withheldFindings2);
  const onlyNew = options.onlyNew && introduced !== void 0;
  const judged = onlyNew ? countFindings(introduced) : { errors: counts.errors + withheld.errors, warnings: counts.warnings + withheld.warnings, suppressed: counts.suppressed };
  return { counts, withheld, judged, onlyNew, failing: failingCount(judged, options.failOn), failOn: options.failOn };
}

// src/reporters/change-words.ts
function countsLine(comparison) {
  const n = (count3, word) => `${count3} ${count3 === 1 ? word : `${word}s`}`;
  const withheld = [...comparison.introduced, ...comparison.unchanged].filter(isWithheld).length;
  const waiting = withheld === 0 ? "" : ` (${withheld} withheld, not fixed: ${withheld === 1 ? "it waits" : "they wait"} for the error${withheld === 1 ? " it rests" : "s they rest"} on)`;
  return `introduces ${n(comparison.introduced.length, "finding")}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged${waiting}`;
}

// src/reporters/markdown-escape.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/gu;
function showInvisible(text) {
  return text.replace(/\r\n|\r|\n|\t/g, " ").replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0).toString(16).toUpperCase()}}`).replace(/##\[/g, "##\\[");
}
function mdCode(text) {
  return SIMPLE_CODE.test(text) ? `\`${text}\`` : mdCodeSpans(text);
}
function mdCodeSpans(text) {
  const shown = showInvisible(text);
  if (shown.trim() === "") return shown === "" ? "(empty)" : `\`${shown}\``;
  return shown.split(/<(?=!--)/).map(codeSpan).join("\\<");
}
var SIMPLE_CODE = /^[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E](?:[\x20-\x22\x24-\x3B\x3D-\x5F\x61-\x7E]*[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E])?$/;
function codeSpan(shown) {
  if (shown === "") return "";
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
var PLAIN_WORD = /^[\p{L}\p{N}.,;'"()!?%/+\-–—]*:?$/u;
var AUTOLINKED = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|^\d+\.$/i;
function isPlain(word) {
  const bare = word.replace(/(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu, "");
  return PLAIN_WORD.test(bare) && !AUTOLINKED.test(word);
}
function mdText(text) {
  return PLAIN_ASCII_TEXT.test(text) && !AUTOLINKED_IN_TEXT.test(text) ? text : mdWords(text);
}
function mdWords(text) {
  return showInvisible(text).split(" ").map((word) => word === "" || isPlain(word) ? word : mdWord(word)).join(" ");
}
function mdWord(word) {
  const [, open, core, close] = /^(\(?)(.*?)([),.;:!?]*)$/s.exec(word);
  if (open === "" && close === "" || core === "" || isPlain(core)) return mdCode(word);
  return `${open}${mdCode(core)}${close}`;
}
var PLAIN_ASCII_TEXT = /^(?:[A-Za-z0-9.,;'"()!?%/+ -]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])|:(?= |$))*$/;
var AUTOLINKED_IN_TEXT = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|(^| )\d+\.( |$)/i;
function mdMessage(text) {
  const parts = text.split("`");
  if (parts.length % 2 === 0) return mdText(text);
  return parts.map((part, i) => i % 2 === 1 ? mdCode(part) : mdText(part)).join("").trim();
}
function mdCell(markdown) {
  return markdown.replace(/\|/g, "\\|");
}
function blobUrl(links, file, line) {
  const encoded = file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ""}`;
}
function uriPath(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function mermaidName(text) {
  const kept = showInvisible(text).replace(/[^\p{L}\p{N} ._()/+-]/gu, " ").replace(/\s+/g, " ").trim().slice(0, 80);
  return `▸ ${kept || "(unnamed)"}`;
}

// src/reporters/weakening.ts
var MAX_LISTED = 50;
function weakeningWarning(change) {
  if (!change || change.weakenings.length === 0 && change.hidden.length === 0) return void 0;
  const items = change.weakenings.slice(0, MAX_LISTED).map((w) => {
    const reason = w.reason === void 0 ? "" : ` — reason given: ${inline(w.reason)}`;
    return `- ${inline(w.text)}${reason}`;
  });
  const hidden2 = change.hidden.length > 0 ? `${plural(change.hidden.length, "finding")} of this change would be reported under the base's configuration and ${change.hidden.length === 1 ? "is" : "are"} hidden by it; \`only-new\` counts ${change.hidden.length === 1 ? "it" : "them"} as introduced.` : void 0;
  return {
    head: "> [!WARNING]\n> **This change modifies its own checks** (configuration or suppressions): review these first.",
    items,
    unlisted: Math.max(0, change.weakenings.length - MAX_LISTED),
    ...hidden2 ? { tail: hidden2 } : {}
  };
}
function weakeningLine(change) {
  if (!change || change.weakenings.length === 0 && change.hidden.length === 0) return void 0;
  const listed = change.weakenings.slice(0, 10).map((w) => escapeControls(w.text)).join("; ");
  const more = change.weakenings.length > 10 ? `; and ${change.weakenings.length - 10} more` : "";
  const hidden2 = change.hidden.length > 0 ? ` (${plural(change.hidden.length, "finding")} hidden by it)` : "";
  return `this change modifies its own checks${hidden2}: ${listed}${more}`;
}
function suppressedMarkdown(findings) {
  const suppressed = findings.filter((f) => f.suppression);
  if (suppressed.length === 0) return void 0;
  const rows = suppressed.slice(0, MAX_LISTED).map((f) => `- \`${f.ruleId}\`: ${inline(f.message)} — reason given: ${inline(f.suppression.justification)}`);
  if (suppressed.length > MAX_LISTED) rows.push(`- and ${suppressed.length - MAX_LISTED} more (listed in the SARIF and JSON reports)`);
  return `<details><summary>${plural(suppressed.length, "finding")} suppressed inline, with the reasons given</summary>

${rows.join("\n")}

</details>`;
}
function inline(text) {
  return mdMessage(text.length > 300 ? `${text.slice(0, 297)}...` : text);
}

// src/reporters/verdict-words.ts
function verdictWords(verdict) {
  const { counts, judged, failing, onlyNew, failOn } = verdict;
  const passed = failing === 0;
  const errors = counts.errors + verdict.withheld.errors;
  const warnings = counts.warnings + verdict.withheld.warnings;
  if (!passed) {
    if (onlyNew) {
      const added = failOn === "warning" ? `${plural(judged.errors, "error")} and ${plural(judged.warnings, "warning")}` : plural(judged.errors, "error");
      return { passed, icon: "❌", title: `fails: this change introduces ${added}` };
    }
    if (errors > 0) return { passed, icon: "❌", title: "not compliant" };
    return { passed, icon: "❌", title: `fails: ${plural(warnings, "warning")} (fail-on: warning)` };
  }
  if (errors > 0) {
    const why = onlyNew ? "this change introduces none" : `fail-on: ${failOn}`;
    return { passed, icon: "⚠️", title: `passes (${why}), but not compliant: ${plural(errors, "error")}` };
  }
  if (warnings > 0) return { passed, icon: "⚠️", title: "compliant, with warnings" };
  return { passed, icon: "✅", title: "compliant" };
}

// src/config/inventory-inputs.ts
import path3 from "node:path";

// src/config/resolve-config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";

// src/data/license-server-builds.ts
var LICENSE_SERVER_BUILDS = [
  { build: 39e3, released: "2022-05-11", precision: "exact", source: "docs.citrix.com licensing 11-17-2-40000, document history" },
  {
    build: 4e4,
    released: "2022-10-19",
    precision: "exact",
    source: "docs.citrix.com licensing 11-17-2-40000, document history; CTX477614"
  },
  {
    build: 41e3,
    released: "2023-03-09",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (after 40000, before 42000; bounded by 42000)"
  },
  {
    build: 42e3,
    released: "2023-03-09",
    precision: "on-or-before",
    source: "kraftkennedy.com citrix-update-required (names it the latest build for the 2023-03-31 deadline; the date is a bound not confirmed by any capture)"
  },
  {
    build: 43e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 44e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 45e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 46e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2203-ltsr-and-licensing (modified 2024-03-06)"
  },
  // The 2402 LTSR page's changelog says it was updated on 2024-04-15, but no capture of that
  // version names 47000; the version modified 2024-05-18 does (domain-corrections §2.2).
  {
    build: 47e3,
    released: "2024-05-18",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (version modified 2024-05-18)"
  },
  {
    build: 48e3,
    released: "2024-08-26",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 49000)"
  },
  {
    build: 49e3,
    released: "2024-08-26",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (2024-08-26)"
  },
  {
    build: 51e3,
    released: "2024-12-03",
    precision: "on-or-before",
    source: "carlstalhood.com 2402 LTSR page (2024-12-03); citrix.com downloads license-server-version-111720-51000-for-windows"
  },
  {
    build: 52100,
    released: "2026-03-16",
    precision: "on-or-before",
    source: "docs.citrix.com/en-us/licensing/11-17-2-52100 (bounded by 53100)"
  },
  {
    build: 53100,
    released: "2026-03-16",
    precision: "on-or-before",
    source: "docs.citrix.com licensing 11-17-2-52100 LAS page; deyda.net article of 2026-03-16"
  },
  // 54100 and 56200: no Citrix page confirmed either build or date (domain-corrections §2.2);
  // 54100 is bounded only by 56200's reported date, so it is no better than `reported`.
  {
    build: 54100,
    released: "2026-08-17",
    precision: "reported",
    source: "bounded by the reported date of 56200; no Citrix page confirmed the build"
  },
  {
    build: 56200,
    released: "2026-08-17",
    precision: "reported",
    source: "Citrix licensing RSS feed as relayed by a news digest (unconfirmed by any Citrix page)"
  }
];

// src/data/netscaler.ts
var NETSCALER_RELEASE_LINES = [
  {
    line: "12.1",
    endOfLife: "2023-05-30",
    fipsEndOfLife: "2025-12-31",
    ndcppEndOfLife: "2024-12-31",
    source: "endoflife.date netscaler-adc (Citrix Product Matrix)"
  },
  { line: "13.0", endOfLife: "2024-07-15", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" },
  { line: "13.1", endOfMaintenance: "2026-09-15", endOfLife: "2027-09-15", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" },
  { line: "14.1", endOfMaintenance: "2029-08-08", endOfLife: "2030-08-08", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" }
];
var NETSCALER_THRESHOLDS = {
  autoTelemetryMinimum: { "13.1": "13.1-53.22", "14.1": "14.1-25.53" },
  lasMinimum: "14.1-51.83",
  instanceLasMinimum: { "13.1": "13.1-60.29", "14.1": "14.1-51.80" },
  fipsLasMinimum: { "13.1": "13.1-37.247" },
  svmLasMinimum: { "13.1": "13.1-60.30", "14.1": "14.1-51.83" },
  releaseLines: NETSCALER_RELEASE_LINES
};

// src/data/policy.ts
var POLICY = {
  automaticTelemetryMaxAgeDays: 7,
  manualUploadIntervalDays: 90,
  consoleFirstUploadDays: 30,
  versionGraceMonths: 6,
  minimumBuild: 4e4,
  deadlineHorizonDays: 30,
  fileActivationEndOfLife: "2026-04-15",
  lasOnlineMinimumBuild: 51e3,
  lasOfflineMinimumBuild: 53100,
  collectedMaxAgeDays: 14
};

// src/domain/settings.ts
function defaultSettings() {
  return { policy: { ...POLICY }, builds: LICENSE_SERVER_BUILDS, netscaler: { ...NETSCALER_THRESHOLDS } };
}

// src/load/parse-inventory-file.ts
import { isUtf8 } from "node:buffer";
import path from "node:path";

// src/yaml/read-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/yaml/position-lookup.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SEP = "\0";
var ESCAPE = "";
var NEEDS_ESCAPE = /[\u0000\u0001]/g;
function segmentText(segment) {
  if (typeof segment === "number" || !segment.includes(SEP) && !segment.includes(ESCAPE)) return segment;
  return segment.replace(NEEDS_ESCAPE, (c) => c === SEP ? `${ESCAPE}0` : `${ESCAPE}1`);
}
var ENTITY_DEPTH = 2;
var SMALL_FILE = 256 * 1024;
var STRIDE = 5;
function pathKey(path16) {
  let key = "";
  for (const segment of path16) key += SEP + segmentText(segment);
  return key;
}
function pathKeysAlong(path16) {
  const keys = /* @__PURE__ */ new Set([""]);
  let key = "";
  for (const segment of path16) keys.add(key += SEP + segmentText(segment));
  return keys;
}
var PositionRecorder = class {
  /**
   * `everyDepth`: record every node of a large file too. An item read again alone would
   * lose what a `<<` merge key brings in from an anchor elsewhere in the file.
   * `along`: record only the nodes with these path keys (those on the way to one path:
   * what re-reading an item for one finding needs), at any depth.
   */
  constructor(text, { everyDepth = false, along } = {}) {
    this.text = text;
    this.along = along;
    this.depthLimit = text.length < SMALL_FILE || everyDepth || along ? Number.POSITIVE_INFINITY : ENTITY_DEPTH;
    this.offsets = new Int32Array(STRIDE * (along ? along.size + 1 : Math.max(8, Math.min(text.length, SMALL_FILE) >> 4)));
  }
  text;
  /** Paths deeper than this are not recorded (see PositionTable.depth). */
  depthLimit;
  index = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  offsets;
  count = 0;
  along;
  /** Whether the node at path key `path` is recorded (and so its children may be). */
  wants(path16) {
    return this.along === void 0 || this.along.has(path16);
  }
  /** keyStart and keyEnd are -1 for the root. */
  record(path16, keyStart, keyEnd, valueStart, valueEnd, shape) {
    if (this.along !== void 0 && !this.along.has(path16)) return;
    this.index.set(path16, this.add(keyStart, keyEnd, valueStart, valueEnd, shape));
  }
  /** Item `item` of the list at `listPath`: kept by number, without a path key of its own. */
  recordItem(listPath, item, valueStart, valueEnd, shape) {
    if (this.along !== void 0 && !this.along.has(childPath(listPath, item))) return;
    let items = this.lists.get(listPath);
    if (!items) {
      items = [];
      this.lists.set(listPath, items);
    }
    items[item] = this.add(-1, -1, valueStart, valueEnd, shape);
  }
  add(keyStart, keyEnd, valueStart, valueEnd, shape) {
    if (this.count * STRIDE + STRIDE > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const base = this.count * STRIDE;
    this.offsets[base] = keyStart;
    this.offsets[base + 1] = keyEnd;
    this.offsets[base + 2] = valueStart;
    this.offsets[base + 3] = shownEnd(this.text, valueStart, valueEnd, shape);
    this.offsets[base + 4] = valueEnd;
    return this.count++;
  }
  finish() {
    return {
      index: this.index,
      lists: this.lists,
      offsets: this.offsets.slice(0, this.count * STRIDE),
      items: /* @__PURE__ */ new Map(),
      depth: this.depthLimit
    };
  }
};
function childPath(parent, segment) {
  return `${parent}${SEP}${segmentText(segment)}`;
}
function buildPositionTable(doc, text) {
  const recorder = new PositionRecorder(text, { everyDepth: text.includes("<<") });
  const record2 = (key, keyNode, valueNode) => {
    const value = valueNode ?? keyNode;
    const keyRange = keyNode?.range;
    const [start, end] = value?.range ?? [0, 0];
    recorder.record(key, keyRange ? keyRange[0] : -1, keyRange ? keyRange[1] : -1, start, end, shapeOf(value));
  };
  const visit2 = (node, path16, depth) => {
    if (depth >= recorder.depthLimit) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const { key, keyNode, value } of mapEntries(node, doc)) {
        const child2 = childPath(path16, key);
        record2(child2, keyNode, value);
        visit2(value, child2, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => {
        const value = item;
        const [start, end] = value?.range ?? [0, 0];
        recorder.recordItem(path16, i, start, end, shapeOf(value));
        if (depth + 1 < recorder.depthLimit) visit2(value, childPath(path16, i), depth + 1);
      });
    }
  };
  if (doc.contents) {
    record2("", null, doc.contents);
    visit2(doc.contents, "", 0);
  }
  return recorder.finish();
}
function mapEntries(map, doc, expanding = /* @__PURE__ */ new Set()) {
  const own2 = [];
  const merged = [];
  expanding.add(map);
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (doc && isMergeKey(keyNode, doc)) {
      const sources = mergeSources(pair.value, doc).filter((source) => !expanding.has(source));
      merged.push(...sources.flatMap((source) => mapEntries(source, doc, expanding)));
      continue;
    }
    const key = (0, import_yaml.isScalar)(keyNode) ? keyNode.value : keyNode;
    if (typeof key === "string" || typeof key === "number") own2.push({ key, keyNode, value: pair.value });
  }
  expanding.delete(map);
  if (merged.length === 0) return own2;
  const seen = new Set(own2.map((entry) => String(entry.key)));
  const entries = [...own2];
  for (const entry of merged) {
    if (seen.has(String(entry.key))) continue;
    seen.add(String(entry.key));
    entries.push(entry);
  }
  return entries;
}
function isMergeKey(key, doc) {
  if (!(0, import_yaml.isScalar)(key) || key.type && key.type !== import_yaml.Scalar.PLAIN) return false;
  const value = key.value;
  return (value === "<<" || typeof value === "symbol" && value.description === "<<") && doc.schema.tags.some((tag) => tag.tag === "tag:yaml.org,2002:merge" && tag.default);
}
function mergeSources(value, doc) {
  const resolve = (node) => (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
  const source = resolve(value);
  const items = (0, import_yaml.isSeq)(source) ? source.items.map(resolve) : [source];
  return items.filter((item) => (0, import_yaml.isMap)(item));
}
function shapeOf(node) {
  return (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node.flow ? "flow" : "block" : "scalar";
}
function shownEnd(text, start, end, shape) {
  if (shape === "scalar") return end;
  if (shape === "flow" && !hasNewline(text, start, end + 1)) return end;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return shape === "flow" ? Math.min(end, lineEnd) : lineEnd;
}
function hasNewline(text, from, to) {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

// src/yaml/line-starts.ts
var LineStarts = class {
  #starts;
  constructor(text) {
    let count3 = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count3++;
    const starts = new Int32Array(count3);
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
    this.#starts = starts;
  }
  /** As yaml's LineCounter lists them. */
  get lineStarts() {
    return Array.from(this.#starts);
  }
  linePos(offset) {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (low < starts.length && starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
};

// src/yaml/quick-scalars.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml/quick-tokens.ts
var EOF = 0;
var PLAIN = 1;
var SINGLE = 2;
var DOUBLE = 3;
var COLON = 4;
var DASH = 5;
var COMMA = 6;
var MAP_START = 7;
var MAP_END = 8;
var SEQ_START = 9;
var SEQ_END = 10;
var DOC_START = 11;
var Tokens = class _Tokens {
  constructor(capacity) {
    this.capacity = capacity;
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }
  capacity;
  count = 0;
  kind;
  start;
  end;
  column;
  /** A newline comes between this token and the previous one (or it is the first). */
  newlineBefore;
  /** Kept between files: read one after another, they need the arrays one at a time. */
  static spare;
  /** A spare larger than this (a 16 MB file's worth) is let go rather than kept. */
  static KEEP_AT_MOST = 2 * 1024 * 1024;
  static take(textLength) {
    const wanted = Math.max(16, textLength >> 3);
    const spare = _Tokens.spare;
    const tokens = spare && spare.capacity >= wanted ? spare : new _Tokens(wanted);
    _Tokens.spare = void 0;
    tokens.count = 0;
    return tokens;
  }
  static give(tokens) {
    if (tokens.capacity <= _Tokens.KEEP_AT_MOST) _Tokens.spare = tokens;
  }
  /** Lets go of the spare: once every file is read, only small items are read again. */
  static release() {
    _Tokens.spare = void 0;
  }
  push(kind, start, end, column, newlineBefore) {
    if (this.count + 2 > this.capacity) this.grow();
    const at = this.count++;
    this.kind[at] = kind;
    this.start[at] = start;
    this.end[at] = end;
    this.column[at] = column;
    this.newlineBefore[at] = newlineBefore ? 1 : 0;
  }
  grow() {
    this.capacity *= 2;
    const bytes = (old) => {
      const grown = new Uint8Array(this.capacity);
      grown.set(old);
      return grown;
    };
    const ints = (old) => {
      const grown = new Int32Array(this.capacity);
      grown.set(old);
      return grown;
    };
    this.kind = bytes(this.kind);
    this.start = ints(this.start);
    this.end = ints(this.end);
    this.column = ints(this.column);
    this.newlineBefore = bytes(this.newlineBefore);
  }
};
var UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
var LONE_RETURN = /\r(?!\n)/;
var NEWLINE = 10;
var RETURN = 13;
var SPACE = 32;
function isBlankAt(text, at) {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === NEWLINE || c === RETURN;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
var PLAIN_NOTICE = new Uint8Array(128);
for (const c of "\n\r #:,[]{}") PLAIN_NOTICE[c.charCodeAt(0)] = 1;
function tokenize(text, tokens) {
  if (UNUSUAL.test(text) || text.includes("\r") && LONE_RETURN.test(text)) return false;
  let lineStart = 0;
  let newline = true;
  let flowDepth = 0;
  let previous = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    let kind = PLAIN;
    let end = -1;
    switch (c) {
      case NEWLINE:
      case RETURN: {
        i += c === RETURN ? 2 : 1;
        lineStart = i;
        newline = true;
        previous = 0;
        continue;
      }
      case SPACE: {
        let j = i + 1;
        while (j < length && text.charCodeAt(j) === SPACE) j++;
        previous = 1;
        i = j;
        continue;
      }
      case 35: {
        if (previous === 2) return false;
        const lineEnd = text.indexOf("\n", i);
        i = lineEnd === -1 ? length : text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd;
        previous = 1;
        continue;
      }
      case 45:
        if (i === lineStart && text.startsWith("---", i) && isBlankAt(text, i + 3)) {
          if (tokens.count !== 0) return false;
          kind = DOC_START;
          end = i + 3;
        } else if (isBlankAt(text, i + 1)) {
          if (flowDepth > 0) return false;
          kind = DASH;
          end = i + 1;
        } else if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 46:
        if (i === lineStart && text.startsWith("...", i) && isBlankAt(text, i + 3)) return false;
        break;
      case 58:
        if (isBlankAt(text, i + 1)) {
          kind = COLON;
          end = i + 1;
        } else if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 63:
        if (isBlankAt(text, i + 1) || flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 44:
        if (flowDepth === 0) return false;
        kind = COMMA;
        end = i + 1;
        break;
      case 91:
      // [
      case 123:
        kind = c === 91 ? SEQ_START : MAP_START;
        end = i + 1;
        flowDepth++;
        break;
      case 93:
      // ]
      case 125:
        if (flowDepth === 0) return false;
        kind = c === 93 ? SEQ_END : MAP_END;
        end = i + 1;
        flowDepth--;
        break;
      case 34: {
        let j = i + 1;
        for (; j < length; j++) {
          const d = text.charCodeAt(j);
          if (d === 34) break;
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 92) {
            j++;
            if (j < length && (text.charCodeAt(j) === NEWLINE || text.charCodeAt(j) === RETURN)) return false;
          }
        }
        if (j >= length) return false;
        kind = DOUBLE;
        end = j + 1;
        break;
      }
      case 39: {
        let j = i + 1;
        for (; j < length; j++) {
          const d = text.charCodeAt(j);
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 39) {
            if (text.charCodeAt(j + 1) === 39) j++;
            else break;
          }
        }
        if (j >= length) return false;
        kind = SINGLE;
        end = j + 1;
        break;
      }
      case 38:
      // & anchor
      case 42:
      // * alias
      case 33:
      // ! tag
      case 124:
      // | block scalar
      case 62:
      // > block scalar
      case 37:
      // % directive
      case 64:
      // @ reserved
      case 96:
        return false;
    }
    if (end === -1) end = plainEnd(text, i, flowDepth > 0);
    tokens.push(kind, i, end, i - lineStart, newline);
    newline = false;
    previous = 2;
    i = end;
  }
  tokens.push(EOF, length, length, -1, true);
  return true;
}
function plainEnd(text, start, inFlow) {
  const length = text.length;
  let last = start;
  for (let j = start; j < length; j++) {
    const d = text.charCodeAt(j);
    if (d >= 128 || PLAIN_NOTICE[d] === 0) {
      last = j + 1;
      continue;
    }
    if (d === NEWLINE || d === RETURN) break;
    if (d === SPACE) continue;
    if (d === 35 && text.charCodeAt(j - 1) === SPACE) break;
    if (d === 58) {
      if (isBlankAt(text, j + 1)) break;
      if (inFlow && isFlowIndicator(text.charCodeAt(j + 1))) break;
    }
    if (inFlow && isFlowIndicator(d)) break;
    last = j + 1;
  }
  return last;
}

// src/yaml/quick-scalars.ts
var DECLINE = /* @__PURE__ */ Symbol("decline");
var CORE_TAGS = new import_yaml2.Schema({}).tags.filter(
  (tag) => tag.default === true && "test" in tag && tag.test instanceof RegExp
);
var MAYBE_TYPED = CORE_TAGS.every((tag) => tag.test.flags === "") ? new RegExp(CORE_TAGS.map((tag) => `(?:${tag.test.source})`).join("|")) : /(?:)/;
var RESOLVE_OPTIONS = { intAsBigInt: false };
var STRING = 0;
var MAYBE_TYPED_START = 1;
var BAD_START = 2;
var START = new Uint8Array(128);
for (const c of "~nNtTfF+-.0123456789") START[c.charCodeAt(0)] = MAYBE_TYPED_START;
for (const c of ",%|>@`	") START[c.charCodeAt(0)] = BAD_START;
var ZERO = 48;
var NINE = 57;
function plainValue(source) {
  const first = source.charCodeAt(0);
  const start = first < 128 ? START[first] : STRING;
  if (start === STRING && source.length > 0) return source;
  if (start === BAD_START) throw DECLINE;
  if (!(first >= ZERO && first <= NINE) || source.length > 9) return typedValue(source);
  let value = 0;
  for (let i = 0; i < source.length; i++) {
    const digit = source.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return typedValue(source);
    value = value * 10 + digit;
  }
  return value;
}
function typedValue(source) {
  if (!MAYBE_TYPED.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => failed = true, RESOLVE_OPTIONS);
      if (failed) throw DECLINE;
      return (0, import_yaml2.isScalar)(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}
function doubleQuoted(source, offset) {
  let failed = false;
  const resolved = import_yaml2.CST.resolveAsScalar({ type: "double-quoted-scalar", offset, indent: 0, source }, true, () => failed = true);
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}
var INTERN_LENGTH = 64;
var INTERN_COUNT = 5e4;
var ScalarReader = class {
  constructor(text, t, interning) {
    this.text = text;
    this.t = t;
    this.strings = interning ? /* @__PURE__ */ new Map() : void 0;
  }
  text;
  t;
  /** Interned strings; none when the caller keeps no data. */
  strings;
  read(at) {
    const t = this.t;
    const source = this.text.slice(t.start[at], t.end[at]);
    switch (t.kind[at]) {
      case PLAIN: {
        const value = plainValue(source);
        return typeof value === "string" ? this.intern(value) : value;
      }
      case SINGLE:
        if (!/^'(?:[^']|'')*'$/.test(source)) throw DECLINE;
        return this.intern(source.slice(1, -1).replaceAll("''", "'"));
      case DOUBLE:
        if (/^"[^"\\]*"$/.test(source)) return this.intern(source.slice(1, -1));
        return this.intern(doubleQuoted(source, t.start[at]));
      default:
        throw DECLINE;
    }
  }
  /**
   * One string for each value written many times in a file (keys, hostnames, ids, dates):
   * the data and the model built from it hold one copy each instead of one per mention,
   * and keys reach V8 already internalized.
   */
  intern(value) {
    const strings = this.strings;
    if (strings === void 0 || value.length > INTERN_LENGTH) return value;
    const seen = strings.get(value);
    if (seen !== void 0) return seen;
    if (strings.size < INTERN_COUNT) strings.set(value, value);
    return value;
  }
};

// src/yaml/quick-reader.ts
var EMPTY_MAP = Object.freeze({});
var EMPTY_LIST = Object.freeze([]);
var MAX_IMPLICIT_KEY = 1024;
var MAX_QUICK_DEPTH = 100;
var Reader = class {
  /** `along`: record only the nodes with these path keys (see PositionRecorder). */
  constructor(text, t, along) {
    this.text = text;
    this.t = t;
    this.positions = new PositionRecorder(text, { along });
    this.scalars = new ScalarReader(text, t, along === void 0);
  }
  text;
  t;
  positions;
  p = 0;
  /** The end of the last token read: a block collection ends with its line. */
  lastEnd = 0;
  /**
   * Where the last value read is, if it was empty (`key:` or `-` with nothing after it but
   * perhaps a comment); -1 once anything else is read.
   */
  emptyValue = -1;
  /** A block collection has ended since the last value was read: the next to end holds no value of its own last. */
  innerEnded = false;
  /** The column and kind of the innermost block collection being read (-1 at the root). */
  openColumn = -1;
  openIsSeq = false;
  scalars;
  document() {
    const t = this.t;
    if (t.kind[this.p] === DOC_START) {
      this.p++;
      if (!t.newlineBefore[this.p]) throw DECLINE;
    }
    if (t.kind[this.p] === EOF) throw DECLINE;
    const data = this.node("", -1, 0, -1, -1);
    if (t.kind[this.p] !== EOF) throw DECLINE;
    return data;
  }
  /**
   * A node that starts a line, or follows `- ` on one. It is recorded under `path` if given,
   * as item `item` of the list at `path` when `item` is not -1 (so that the thousands of
   * list items of a large file need no path key of their own).
   */
  node(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    switch (t.kind[at]) {
      case DASH:
        return this.block(path16, item, level2, keyStart, keyEnd, true);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.block(path16, item, level2, keyStart, keyEnd, false);
        if (t.newlineBefore[at] && this.linesBetween(at)) throw DECLINE;
        return this.lineValue(path16, item, level2, keyStart, keyEnd);
      case MAP_START:
      case SEQ_START:
        return this.lineValue(path16, item, level2, keyStart, keyEnd);
      default:
        throw DECLINE;
    }
  }
  /** A scalar or flow collection that must end its line. */
  lineValue(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    let value;
    if (t.kind[at] === MAP_START || t.kind[at] === SEQ_START) {
      value = this.flow(path16, item, level2, keyStart, keyEnd);
    } else {
      value = this.scalars.read(at);
      this.p++;
      this.lastEnd = t.end[at];
      this.emptyValue = -1;
      this.innerEnded = false;
      this.recordNode(path16, item, keyStart, keyEnd, t.start[at], t.end[at], "scalar");
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }
  /** A block mapping or list: the frame around mapEntries and seqItems. */
  block(path16, item, level2, keyStart, keyEnd, isSeq4) {
    const t = this.t;
    const first = this.p;
    const column = t.column[first];
    const childLevel = level2 + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = isSeq4;
    const own2 = this.pathForChildren(path16, item, childLevel);
    const value = isSeq4 ? this.seqItems(own2, childLevel, first, column) : this.mapEntries(own2, childLevel, first, column);
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path16, item, keyStart, keyEnd, t.start[first], this.blockEnd(column), "block");
    return value;
  }
  /**
   * The entries of the block mapping whose first key is token `first`. The loops of block
   * collections are methods of their own with nothing after them: V8 compiles a long first
   * loop while it runs (on-stack replacement), before the code after it has ever run, and
   * such code, compiled without type feedback, deoptimized at the end of every later list
   * of two items or more (289 times reading the benchmark's M, 1,050 times at L).
   */
  mapEntries(own2, childLevel, first, column) {
    const t = this.t;
    const map = {};
    for (; ; ) {
      const at = this.p;
      const k = t.kind[at];
      if (k !== PLAIN && k !== SINGLE && k !== DOUBLE || t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
      if (at !== first && !t.newlineBefore[at]) throw DECLINE;
      const key = this.key(at, map);
      const colon = at + 1;
      this.p = at + 2;
      this.lastEnd = t.end[colon];
      const child2 = own2 !== void 0 ? childPath(own2, key) : void 0;
      const next = this.p;
      if (!t.newlineBefore[next]) {
        map[key] = this.lineValue(child2, -1, childLevel, t.start[at], t.end[at]);
      } else if (t.kind[next] !== EOF && (t.column[next] > column || t.kind[next] === DASH && t.column[next] === column)) {
        map[key] = this.node(child2, -1, childLevel, t.start[at], t.end[at]);
      } else {
        map[key] = null;
        this.recordEmpty(child2, -1, t.start[at], t.end[at], colon);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) return map;
      if (t.column[after] !== column) throw DECLINE;
    }
  }
  /** The items of the block list whose first dash is token `first` (a method of its own: see mapEntries). */
  seqItems(own2, childLevel, first, column) {
    const t = this.t;
    const list3 = [];
    for (; ; ) {
      const dash = this.p;
      if (t.kind[dash] !== DASH) throw DECLINE;
      if (dash !== first && !t.newlineBefore[dash]) throw DECLINE;
      this.p = dash + 1;
      this.lastEnd = t.end[dash];
      const next = this.p;
      if (!t.newlineBefore[next] || t.kind[next] !== EOF && t.column[next] > column) {
        list3.push(this.node(own2, list3.length, childLevel, -1, -1));
      } else {
        if (dash > 0 && this.text.slice(t.end[dash - 1], t.start[dash]).includes("#")) throw DECLINE;
        this.recordEmpty(own2, list3.length, -1, -1, dash);
        list3.push(null);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) return list3;
      if (t.column[after] !== column) throw DECLINE;
      if (t.kind[after] !== DASH) return list3;
    }
  }
  /** `[a, b]` or `{ a: 1 }` on one line, nested or not. */
  flow(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const open = this.p;
    const isMap4 = t.kind[open] === MAP_START;
    const close = isMap4 ? MAP_END : SEQ_END;
    const childLevel = level2 + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own2 = this.pathForChildren(path16, item, childLevel);
    const map = isMap4 ? {} : EMPTY_MAP;
    const list3 = isMap4 ? EMPTY_LIST : [];
    this.p = open + 1;
    for (; ; ) {
      let at = this.p;
      if (t.newlineBefore[at]) throw DECLINE;
      if (t.kind[at] === close) break;
      let keyFrom = -1;
      let keyTo = -1;
      let key = "";
      if (isMap4) {
        if (t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
        key = this.key(at, map);
        keyFrom = t.start[at];
        keyTo = t.end[at];
        at += 2;
        if (t.newlineBefore[at]) throw DECLINE;
      }
      const child2 = own2 !== void 0 && isMap4 ? childPath(own2, key) : own2;
      const index = isMap4 ? -1 : list3.length;
      let value;
      const k = t.kind[at];
      if (k === MAP_START || k === SEQ_START) {
        this.p = at;
        value = this.flow(child2, index, childLevel, keyFrom, keyTo);
      } else if (k === PLAIN || k === SINGLE || k === DOUBLE) {
        value = this.scalars.read(at);
        this.recordNode(child2, index, keyFrom, keyTo, t.start[at], t.end[at], "scalar");
        this.p = at + 1;
      } else {
        throw DECLINE;
      }
      if (isMap4) map[key] = value;
      else list3.push(value);
      const after = this.p;
      if (t.newlineBefore[after]) throw DECLINE;
      if (t.kind[after] === COMMA) {
        this.p = after + 1;
        continue;
      }
      if (t.kind[after] === close) break;
      throw DECLINE;
    }
    const closing = this.p;
    this.p = closing + 1;
    this.lastEnd = t.end[closing];
    this.emptyValue = -1;
    this.innerEnded = false;
    if (t.kind[this.p] === COLON && !t.newlineBefore[this.p]) throw DECLINE;
    this.recordNode(path16, item, keyStart, keyEnd, t.start[open], t.end[closing], "flow");
    return isMap4 ? map : list3;
  }
  /** Records a node read: under its key path, or as an item of the list at `path`. */
  recordNode(path16, item, keyStart, keyEnd, start, end, shape) {
    if (path16 === void 0) return;
    if (item === -1) this.positions.record(path16, keyStart, keyEnd, start, end, shape);
    else this.positions.recordItem(path16, item, start, end, shape);
  }
  /** The node's own path, if its children at `childLevel` are recorded. */
  pathForChildren(path16, item, childLevel) {
    if (path16 === void 0 || childLevel > this.positions.depthLimit) return void 0;
    const own2 = item === -1 ? path16 : childPath(path16, item);
    return this.positions.wants(own2) ? own2 : void 0;
  }
  /** The key at `at`, new to `map`: a repeated key is yaml's to report. */
  key(at, map) {
    const t = this.t;
    if (t.start[at + 1] - t.start[at] > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalars.read(at);
    if (typeof value !== "string" || value === "__proto__" || value === "<<" || Object.hasOwn(map, value)) throw DECLINE;
    return value;
  }
  /** Records the empty value after the indicator at `indicator`. */
  recordEmpty(path16, item, keyStart, keyEnd, indicator) {
    const at = this.emptyAt(indicator);
    this.recordNode(path16, item, keyStart, keyEnd, at, at, "scalar");
    this.emptyValue = at;
    this.innerEnded = false;
  }
  /**
   * Where the block collection at `column` that ends before token `this.p` ends, as yaml
   * ends it: with the line of its last token, or at its last value if that is empty without
   * a comment. Comment lines that come before the next token count in yaml when its parser
   * attaches them to the last value (indented more than the collection that holds it) or
   * keeps them in a collection whose parent ends too (indented at least as much as that
   * collection, and more than the next token), and any that follow an empty value: such
   * text goes to yaml, rather than the reader repeating those rules.
   */
  blockEnd(column) {
    const empty = this.emptyValue;
    const tailStart = this.lineEnd();
    const end = empty >= 0 && this.text.charCodeAt(empty) !== 35 ? empty : tailStart;
    const holdsLastValue = !this.innerEnded;
    this.innerEnded = true;
    const t = this.t;
    const next = this.p;
    const tailEnd = t.start[next];
    if (tailEnd <= tailStart) return end;
    if (end !== empty && empty >= 0) throw DECLINE;
    const atEnd = t.kind[next] === EOF;
    const nextColumn = atEnd ? 0 : t.column[next];
    const parentEnds = this.openColumn >= 0 && (atEnd || this.openColumn > nextColumn || this.openIsSeq && t.kind[next] !== DASH);
    const text = this.text;
    let indent = 0;
    for (let i = tailStart; i < tailEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) indent = 0;
      else if (c === SPACE) indent++;
      else if (c === 35) {
        if (empty >= 0) throw DECLINE;
        if (indent > nextColumn) {
          if (holdsLastValue && indent > column) throw DECLINE;
          if (indent >= column && column > 0 && parentEnds) throw DECLINE;
        }
        const lineEnd = text.indexOf("\n", i);
        if (lineEnd === -1 || lineEnd >= tailEnd) break;
        i = lineEnd - 1;
      } else indent++;
    }
    return end;
  }
  /** Blank or comment lines come between token `at` and the line of the token before it. */
  linesBetween(at) {
    const text = this.text;
    let newlines = 0;
    for (let i = this.t.end[at - 1]; i < this.t.start[at]; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        if (++newlines > 1) return true;
      }
    }
    return false;
  }
  /** Where yaml puts the empty value after an indicator: past the spaces that follow it. */
  emptyAt(indicator) {
    let at = this.t.end[indicator];
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
  /** Past the end of the line the last token is on, as yaml ends a block collection. */
  lineEnd() {
    const newline = this.text.indexOf("\n", this.lastEnd);
    return newline === -1 ? this.text.length : newline + 1;
  }
};

// src/yaml/quick-scanner.ts
function quickParse(text) {
  const read = readQuickly(text);
  if (!read) return void 0;
  return { ...read, lineCounter: new LineStarts(text) };
}
function quickPositions(text, along) {
  return readQuickly(text, along)?.positions;
}
function readQuickly(text, along) {
  const tokens = Tokens.take(text.length);
  try {
    if (!tokenize(text, tokens)) return void 0;
    const reader = new Reader(text, tokens, along);
    const data = reader.document();
    return { data, positions: reader.positions.finish() };
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  } finally {
    Tokens.give(tokens);
  }
}
function releaseScanner() {
  Tokens.release();
}
function tryQuickParse(text) {
  try {
    return quickParse(text);
  } catch (error) {
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}

// src/yaml/position-lookup.ts
function lookup(table, text, path16, onKey) {
  if (path16.length > table.depth) {
    const deep = lookupInItem(table, text, path16, onKey);
    if (deep) return deep;
  }
  for (let length = Math.min(path16.length, table.depth); length >= 0; length--) {
    const found = nodeAt(table, path16, length);
    if (found === void 0) continue;
    const base = found * STRIDE;
    if (onKey && length === path16.length && table.offsets[base] >= 0) return { start: table.offsets[base], end: table.offsets[base + 1] };
    return { start: table.offsets[base + 2], end: table.offsets[base + 3] };
  }
  return void 0;
}
function nodeAt(table, path16, length) {
  const last = length > 0 ? path16[length - 1] : void 0;
  const index = typeof last === "number" ? last : last !== void 0 && /^\d+$/.test(last) ? Number(last) : void 0;
  if (index !== void 0) {
    const item = table.lists.get(pathKey(path16.slice(0, length - 1)))?.[index];
    if (item !== void 0) return item;
  }
  return table.index.get(pathKey(path16.slice(0, length)));
}
function lookupInItem(table, text, path16, onKey) {
  const itemKey = pathKey(path16.slice(0, ENTITY_DEPTH));
  let item = table.items.get(itemKey);
  if (!item) {
    const found2 = nodeAt(table, path16, ENTITY_DEPTH);
    if (found2 === void 0) return void 0;
    const start = table.offsets[found2 * STRIDE + 2];
    const end = table.offsets[found2 * STRIDE + 4];
    const column = blockColumn(text, start);
    const itemText = column > 0 ? " ".repeat(column) + text.slice(start, end) : text.slice(start, end);
    item = { text: itemText, shift: start - column };
    table.items.clear();
    table.items.set(itemKey, item);
  }
  const rest = path16.slice(ENTITY_DEPTH);
  const positions = quickPositions(item.text, pathKeysAlong(rest)) ?? buildPositionTable((0, import_yaml3.parseDocument)(item.text, { prettyErrors: false, merge: true }), item.text);
  const found = lookup(positions, item.text, rest, onKey);
  return found && { start: found.start + item.shift, end: found.end + item.shift };
}
function blockColumn(text, start) {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return start - i - 1;
    if (c !== 32 && c !== 45 && c !== 63 && c !== 58) return 0;
  }
  return start;
}
function stepInto(node, segment, doc) {
  if ((0, import_yaml3.isMap)(node)) {
    for (const { key, keyNode, value } of mapEntries(node, doc)) {
      if (key === segment || typeof segment === "number" && key === String(segment)) {
        return { key: keyNode, value: value ?? keyNode };
      }
    }
    return void 0;
  }
  if ((0, import_yaml3.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0 || (0, import_yaml3.isPair)(item)) return void 0;
    return { key: null, value: item };
  }
  return void 0;
}

// src/yaml/read-yaml.ts
var YamlText = class {
  constructor(file, text, options) {
    this.file = file;
    this.text = text;
    const quick = options.reader === "full" ? void 0 : tryQuickParse(text);
    if (quick) {
      this.lineCounter = quick.lineCounter;
      this.positions = quick.positions;
      this.plain = quick.data;
      this.errors = [];
      this.warnings = [];
      this.extraDocuments = [];
      this.dataProblem = void 0;
      this.badMerge = void 0;
      this.broken = false;
      return;
    }
    const lineCounter = new import_yaml4.LineCounter();
    this.lineCounter = lineCounter;
    const parseOptions = {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // `<<: *defaults` brings in the anchored mapping's keys, as hand-kept YAML expects.
      merge: true,
      // yaml would otherwise print its warnings (a key that is a collection) on stderr through
      // process.emitWarning; they are its problems to report, not Node's.
      logLevel: "error",
      ...options.strict ? { strict: true } : {}
    };
    let docs;
    if (options.manyDocuments) {
      const documents = (0, import_yaml4.parseAllDocuments)(text, parseOptions);
      docs = Array.isArray(documents) ? documents : [];
    } else {
      docs = [(0, import_yaml4.parseDocument)(text, parseOptions)];
    }
    const doc = docs[0];
    this.doc = doc;
    this.extraDocuments = docs.slice(1).map((extra) => extra.range[0]);
    const problem = (p) => ({
      code: p.code,
      message: p.message,
      start: p.pos[0],
      end: p.pos[1]
    });
    this.errors = doc ? doc.errors.map(problem) : [];
    this.warnings = doc ? doc.warnings.map(problem) : [];
    let broken = doc === void 0 || doc.errors.some((e) => e.code !== "DUPLICATE_KEY");
    let data;
    let dataProblem;
    this.badMerge = void 0;
    if (doc) {
      try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount });
      } catch (error) {
        dataProblem = error.message;
        if (/Merge sources must be maps/.test(dataProblem)) this.badMerge = badMergeRange(doc);
        data = void 0;
        broken = true;
      }
    }
    this.plain = data;
    this.dataProblem = dataProblem;
    this.broken = broken;
  }
  file;
  text;
  /**
   * The first document as plain data; undefined without a document or when it cannot be
   * built, and after `compact()`.
   */
  get data() {
    return this.plain;
  }
  plain;
  /** yaml's errors, then its warnings (none when the fast scanner read the text). */
  errors;
  warnings;
  /** Where each document after the first starts. */
  extraDocuments;
  /** Why the data could not be built (too many aliases), if so. */
  dataProblem;
  /** Where a `<<` merges something that is not a mapping, when that is why the data could not be built. */
  badMerge;
  /** True when the data is missing or a best effort: errors other than a repeated key (where the last value wins). */
  broken;
  lineCounter;
  /** yaml's Document, kept until `compact()`: it answers `locate` exactly while alive. */
  doc;
  positions;
  /** A 1-based range from two offsets into the text. */
  rangeAt(start, end) {
    return rangeAt({ file: this.file, lineCounter: this.lineCounter }, start, end);
  }
  /**
   * Turns a path inside the document into a 1-based range. A path that does not exist
   * (a missing key) falls back to the nearest node that does, so every finding has a line.
   * `onKey` points at the key of the last segment instead of its value (unknown keys).
   */
  locate(path16, onKey = false) {
    return locate(
      { file: this.file, text: this.text, lineCounter: this.lineCounter, doc: this.doc, positions: this.positions },
      path16,
      onKey
    );
  }
  /**
   * Drops yaml's Document and keeps a table of positions: a Document costs several times
   * the memory of everything else, and the loader holds every file until the run ends.
   * Drops the data too, which the caller has taken by then: kept, every entry of every
   * file stayed alive until the end (about 5 MB more at the benchmark's M, and a longer
   * garbage collection).
   */
  compact() {
    this.plain = void 0;
    if (!this.doc) return;
    this.positions = buildPositionTable(this.doc, this.text);
    this.doc = void 0;
  }
};
function readYaml(file, text, options) {
  return new YamlText(file, text, options);
}
function doneReading() {
  releaseScanner();
}
function rangeAt(source, start, end) {
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(Math.max(end, start));
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function locate(source, path16, onKey = false) {
  if (source.positions) {
    const found = lookup(source.positions, source.text, path16, onKey);
    return found ? rangeAt(source, found.start, found.end) : rangeAt(source, 0, 0);
  }
  const doc = source.doc;
  if (!doc?.contents) return rangeAt(source, 0, 0);
  let node = doc.contents;
  let keyNode = null;
  let complete = true;
  for (const segment of path16) {
    const next = stepInto(node, segment, doc);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  const target = onKey && complete && keyNode ? keyNode : node ?? keyNode;
  if (!target?.range) return rangeAt(source, 0, 0);
  const [start, valueEnd] = target.range;
  return rangeAt(source, start, shownEnd(source.text, start, valueEnd, shapeOf(target)));
}
function badMergeRange(doc) {
  let at;
  const resolve = (node) => (0, import_yaml4.isAlias)(node) ? node.resolve(doc) : node;
  (0, import_yaml4.visit)(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!(0, import_yaml4.isScalar)(key) || typeof key.value !== "symbol" || key.value.description !== "<<") return void 0;
      const value = resolve(pair.value);
      const sources = (0, import_yaml4.isSeq)(value) ? value.items.map(resolve) : [value];
      if (sources.every((item) => (0, import_yaml4.isMap)(item))) return void 0;
      at = [key.range[0], pair.value?.range?.[1] ?? key.range[1]];
      return import_yaml4.visit.BREAK;
    }
  });
  return at;
}

// src/load/parse-inventory-file.ts
var DEFAULT_PARSE_LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxLicenseFileBytes: 4 * 1024 * 1024,
  maxAliasCount: 100
};
var RULE = "inventory/yaml-syntax";
function syntaxFinding(file, messageId, values, where, entity, keyed = false) {
  return {
    ruleId: RULE,
    messageId,
    values,
    subjects: [path.basename(file)],
    where,
    entity,
    ...keyed ? { keyedByMessage: true } : {}
  };
}
function parseInventoryFile(file, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const empty = (messageId, values = {}) => {
    const source2 = readYaml(file, "", { maxAliasCount: limits.maxAliasCount });
    const finding = syntaxFinding(file, messageId, values, source2.rangeAt(0, 0), file);
    return { source: source2, data: void 0, broken: true, findings: [finding], doubts: [{ finding, at: 0 }] };
  };
  let buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) return empty("tooLarge", { size: formatBytes(size), limit: formatBytes(limits.maxFileBytes) });
    buffer = fs.readFile(file);
  } catch (error) {
    return empty("cannotRead", { code: error.code ?? "error" });
  }
  const utf16 = decodeUtf16(buffer);
  if (utf16 === void 0 && buffer.includes(0)) return empty(looksLikeUtf16(buffer) ? "utf16" : "binary");
  const findings = [];
  const invalidUtf8 = utf16 === void 0 && !isUtf8(buffer);
  let text = utf16 ?? buffer.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const source = readYaml(file, text, {
    maxAliasCount: limits.maxAliasCount,
    strict: true,
    manyDocuments: true,
    reader: invalidUtf8 ? "full" : "auto"
  });
  if (invalidUtf8) {
    const offset = text.indexOf("�");
    findings.push(syntaxFinding(file, "invalidUtf8", {}, source.rangeAt(offset, offset + 1), file));
  }
  const doubts = [];
  for (const start of source.extraDocuments) {
    const separator = text.lastIndexOf("---", start);
    const finding = syntaxFinding(
      file,
      "secondDocument",
      {},
      source.rangeAt(separator === -1 ? start : separator, start),
      `${file}#documents`
    );
    if (doubts.length === 0) doubts.push({ finding, at: start });
    findings.push(finding);
  }
  const problems = source.broken ? firstCause(source.errors) : [...source.errors, ...source.warnings];
  let breaking;
  const repeated = [];
  for (const problem of problems) {
    const opener = problem.code === "MISSING_CHAR" || problem.code === "BAD_INDENT" ? unclosedFlowStart(text, problem) : void 0;
    const start = opener ?? problem.start;
    const end = problem.code === "DUPLICATE_KEY" ? problem.start + duplicateKeyText(text, problem.start).length : opener !== void 0 ? opener + 1 : problem.end;
    const [messageId, values] = opener !== void 0 ? unclosedMessage(text[opener]) : describeYamlProblem(problem, text);
    const finding = syntaxFinding(file, messageId, values, source.rangeAt(start, end), `${file}#`, true);
    if (problem.code === "DUPLICATE_KEY") repeated.push({ finding, at: problem.start, repeatedKey: duplicateKeyText(text, problem.start) });
    else if (!breaking || problem.start < breaking.at) breaking = { at: problem.start, finding };
    findings.push(finding);
  }
  if (source.dataProblem !== void 0) {
    const where = source.badMerge ? source.rangeAt(source.badMerge[0], source.badMerge[1]) : source.rangeAt(0, 0);
    const values = source.badMerge ? {} : { problem: source.dataProblem.replace(/\.$/, "") };
    findings.push(syntaxFinding(file, source.badMerge ? "badMerge" : "aliases", values, where, `${file}#aliases`));
  }
  if (source.broken && breaking) doubts.splice(0, doubts.length, ...repeated, breaking);
  else if (!source.broken) doubts.push(...repeated);
  return { source, data: source.data, broken: source.broken, findings, doubts };
}
function decodeUtf16(buffer) {
  if (buffer.length < 2) return void 0;
  if (buffer[0] === 255 && buffer[1] === 254) return buffer.subarray(2, buffer.length - buffer.length % 2).toString("utf16le");
  if (buffer[0] === 254 && buffer[1] === 255) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - buffer.length % 2));
    return swapped.swap16().toString("utf16le");
  }
  return void 0;
}
function looksLikeUtf16(buffer) {
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}
function firstCause(errors) {
  const broken = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  if (broken.length === 0) return [...errors];
  const byStart = [...broken].sort((a, b) => a.start - b.start);
  const first = byStart[0];
  const tab = byStart.find((e) => e.code === "TAB_AS_INDENT");
  const cause = tab && tab.start <= first.start + 200 ? tab : first;
  return [...errors.filter((e) => e.code === "DUPLICATE_KEY" && e.start < first.start), cause];
}
function unclosedFlowStart(text, problem) {
  if (!/end with an? [}\]]|flow (map|sequence|collection)/i.test(problem.message)) return void 0;
  const open = [];
  let quote = "";
  for (let i = 0; i < Math.min(problem.start, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if ((c === '"' || c === "'") && /(^|[\s:,[{-])$/.test(text.slice(Math.max(0, i - 1), i))) quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i) - 1;
    else if (c === "{" || c === "[") open.push(i);
    else if ((c === "}" || c === "]") && open.length > 0) open.pop();
  }
  return open.pop();
}
function unclosedMessage(bracket) {
  return ["unclosed", { bracket, close: bracket === "{" ? "}" : "]", kind: bracket === "{" ? "mapping" : "list" }];
}
function describeYamlProblem(problem, text) {
  if (/Maximum call stack size exceeded/.test(problem.message)) return ["tooDeep", {}];
  const summary = capQuotes(
    problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "")
  );
  switch (problem.code) {
    case "DUPLICATE_KEY": {
      const written = duplicateKeyText(text, problem.start);
      return ["duplicateKey", { key: written.length > 40 ? `${written.slice(0, 37)}...` : written }];
    }
    case "TAB_AS_INDENT":
      return ["tab", {}];
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
      return ["layout", { problem: summary }];
    default:
      return ["syntax", { problem: summary }];
  }
}
function duplicateKeyText(text, offset) {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? "").trim();
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path16, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path16);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count3 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count3--;
      i++;
    }
  }
  return count3;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input, payload) => {
      let data = input;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input, _payload) => {
      if (input === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec._zod.bag.truthy = truthyArray;
  codec._zod.bag.falsy = falsyArray;
  codec._zod.bag.case = params.case ?? "insensitive";
  return codec;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniCodec = /* @__PURE__ */ $constructor("ZodMiniCodec", (inst, def) => {
  ZodMiniPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var stringbool = (...args) => _stringbool({
  Codec: ZodMiniCodec,
  Boolean: ZodMiniBoolean,
  String: ZodMiniString
}, ...args);

// src/config/config-schema.ts
function described(schema, description) {
  const copy = schema.clone();
  globalRegistry.add(copy, { description });
  return copy;
}
var isoDate = string2({ error: "must be a date written YYYY-MM-DD" }).check(refine(isIsoDate, { error: "must be a real date written YYYY-MM-DD" }));
var positiveInt = number2({ error: "must be a whole number" }).check(int({ error: "must be a whole number" }), _positive({ error: "must be at least 1" }));
var upTo = (max, unit) => positiveInt.clone().check(_lte(max, { error: `must be at most ${max} ${unit}` }));
var days = upTo(36500, "days");
var months = upTo(1200, "months");
var netscalerVersion = string2({ error: "must be a version like 14.1-25.53 (quote it)" }).check(_regex(/^\d+\.\d+-\d+\.\d+$/, { error: "must be a version like 14.1-25.53" }));
var lineMinimums = record(string2().check(_regex(/^\d+\.\d+$/, { error: "keys are release lines like 14.1" })), netscalerVersion);
var level = _enum(["off", "warning", "error"], { error: "must be off, warning or error" });
var insidePath = (what) => string2().check(
  refine((p) => p.length > 0 && !p.startsWith("/") && !/^[A-Za-z]:/.test(p) && !p.split(/[\\/]/).includes(".."), {
    error: `must be a ${what} (no leading / and no ..)`
  })
);
var inventoryPath = insidePath("path inside the repository, relative to the configuration file");
var configSchema = described(
  strictObject({
    inventory: optional(
      described(
        union([inventoryPath, array(inventoryPath).check(_minLength(1, { error: "must name at least one path" }))], {
          error: "must be a path, or a list of paths, relative to the configuration file"
        }),
        "The files and folders that make the inventory, relative to this file (default: inventory/ or inventory.yaml). Linted when no path is given; a file named inside them is linted with all of them."
      )
    ),
    asOf: optional(described(isoDate, "Judge the inventory as of this day (YYYY-MM-DD) instead of today; --as-of overrides it.")),
    rules: optional(
      described(record(string2(), level), "Severity per rule id: off, warning or error. Rule ids: docs/rules/README.md.")
    ),
    thresholds: optional(
      described(
        strictObject({
          automaticTelemetryMaxAgeDays: optional(
            described(
              days,
              "Days an automatic-mode host may go without a report (default 7: this project's heuristic for a daily upload; Citrix names no grace period)."
            )
          ),
          manualUploadIntervalDays: optional(
            described(days, "Days between manual uploads (default 90: NetScaler docs for consoles; the seed article for License Servers).")
          ),
          consoleFirstUploadDays: optional(
            described(
              days,
              "Days after `telemetry.manualSince` a manual-mode NetScaler Console owes its first upload (default 30, NetScaler docs 130-adm-0444)."
            )
          ),
          versionGraceMonths: optional(described(months, "Months to install a new License Server build after its release (default 6).")),
          deadlineHorizonDays: optional(described(days, "How many days ahead deadlines/upcoming warns (default 30).")),
          collectedMaxAgeDays: optional(
            described(
              days,
              "Days a host's newest collected evidence may age before collected/stale says the collector stopped (default 14: a weekly collection may miss one run)."
            )
          )
        }),
        "Compliance windows, where a contract or policy differs from the defaults."
      )
    ),
    licenseServerBuilds: optional(
      described(
        array(
          strictObject({
            build: described(positiveInt, "License Server 11.17.2 build number, for example 57100."),
            released: described(isoDate, "Release date (the latest possible day when only a bound is known)."),
            precision: _default(
              described(
                _enum(["exact", "on-or-before", "reported"], { error: "must be exact, on-or-before or reported" }),
                "exact, on-or-before for a bound, or reported for a date only a secondary source gives (its deadlines are warnings)."
              ),
              "exact"
            ),
            source: described(
              string2({ error: "must say where the date comes from" }).check(_minLength(1, { error: "must say where the date comes from" })),
              "Where the date comes from."
            )
          })
        ),
        "Builds to add to, or correct in, the built-in release catalog."
      )
    ),
    collected: optional(
      described(
        strictObject({
          folders: optional(
            described(
              array(insidePath("folder inside the repository, relative to its root")),
              "Folders holding collected/<hostname>/ evidence, relative to the repository root (default: collected/ next to the inventory and at the repository root)."
            )
          )
        }),
        "Evidence a scheduled workflow collects from Citrix systems (docs/collect.md)."
      )
    ),
    limits: optional(
      described(
        strictObject({
          inventoryFileMB: optional(
            described(upTo(1024, "MB"), "Largest inventory YAML file read, in MB (default 64, at most 1024); larger ones are findings.")
          ),
          licenseFileMB: optional(
            described(upTo(64, "MB"), "Largest license file read, in MB (default 4, at most 64); a real one is a few KB.")
          )
        }),
        "Size limits that protect against hostile or mistaken input."
      )
    ),
    netscaler: optional(
      described(
        strictObject({
          autoTelemetryMinimum: optional(
            described(
              record(string2().check(_regex(/^\d+\.\d+$/, { error: "keys are release lines like 14.1" })), netscalerVersion),
              'First version of each release line with automatic telemetry, for example { "15.1": "15.1-1.1" }.'
            )
          ),
          lasMinimum: optional(
            described(netscalerVersion, "First on-premises Console version with License Activation Service (default 14.1-51.83).")
          ),
          instanceLasMinimum: optional(
            described(
              lineMinimums,
              "First NetScaler ADC version of each release line with License Activation Service (default 13.1-60.29, 14.1-51.80)."
            )
          ),
          fipsLasMinimum: optional(described(lineMinimums, "The same for FIPS appliances (default 13.1-37.247).")),
          svmLasMinimum: optional(
            described(lineMinimums, "The same for the SDX management service VM (default 13.1-60.30, 14.1-51.83).")
          ),
          releaseLines: optional(
            described(
              array(
                strictObject({
                  line: described(
                    string2().check(_regex(/^\d+\.\d+$/, { error: "must be a release line like 14.1" })),
                    "Release line, for example 14.1."
                  ),
                  endOfMaintenance: optional(described(isoDate, "Last day of maintenance.")),
                  endOfLife: optional(described(isoDate, "Last day of support.")),
                  source: described(
                    string2({ error: "must say where the dates come from" }).check(_minLength(1, { error: "must say where the dates come from" })),
                    "Where the dates come from."
                  )
                })
              ),
              "NetScaler release lines to add to, or correct in, the built-in lifecycle table."
            )
          )
        }),
        "NetScaler version thresholds and release lifecycle."
      )
    )
  }),
  "citrix-license-lint configuration (.citrix-license-lint.yml)."
);

// src/config/resolve-config.ts
var CONFIG_NAMES = [".citrix-license-lint.yml", ".citrix-license-lint.yaml"];
function resolveConfig(options) {
  const file = options.explicit !== void 0 ? explicitFile(options.explicit, options.cwd) : discoverConfig(options.inputs, options.cwd);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  return { file, ...applyConfig(readConfig(file, options.cwd), file) };
}
function explicitFile(explicit, cwd) {
  const file = path2.resolve(cwd, explicit);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${explicit}: no such configuration file`);
  return file;
}
function discoverConfig(inputs, cwd) {
  const found = discoveryCandidates(inputs, cwd).filter((candidate) => existsSync(candidate));
  if (found.length > 1) {
    const shown = found.map((f) => path2.relative(cwd, f) || f);
    throw new UsageError(
      `two configuration files: ${shown.join(" and ")}; keep only one, at the repository root (where a CODEOWNERS rule can protect it), so that no second file silently overrides it`
    );
  }
  return found[0];
}
function discoveryCandidates(inputs, cwd) {
  const first = path2.resolve(cwd, inputs[0] ?? ".");
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path2.dirname(first);
  return [.../* @__PURE__ */ new Set([folder, findRepositoryRoot(folder)])].flatMap(
    (candidateFolder) => CONFIG_NAMES.map((name) => path2.join(candidateFolder, name))
  );
}
function configCandidates(options) {
  return options.explicit !== void 0 ? [path2.resolve(options.cwd, options.explicit)] : discoveryCandidates(options.inputs, options.cwd);
}
function resolveConfigIn(fs, candidates, cwd) {
  const file = candidates.find((candidate) => fs.stat(candidate)?.isFile === true);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  const text = fs.readFile(file, 1024 * 1024).toString("utf8");
  return { file, ...applyConfig(parseConfigText(file, text, path2.relative(cwd, file) || file), file) };
}
function readConfig(file, cwd) {
  const shown = path2.relative(cwd, file) || file;
  const leaves = containmentProblem(file, findRepositoryRoot(path2.dirname(file)), diskFileSystem);
  if (leaves) throw new UsageError(`${shown}: the configuration is not read: it ${leaves}; commit the file itself`);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the configuration (${error.code ?? "error"})`);
  }
  const { data, source } = parseConfig(file, text, shown);
  const missing = declaredInventory(data).flatMap((declared, index) => {
    if (existsSync(path2.resolve(path2.dirname(file), declared))) return [];
    const at = source.locate(Array.isArray(data.inventory) ? ["inventory", index] : ["inventory"]);
    return [`${shown}:${at.line}:${at.column}: \`inventory\` names ${declared}, which does not exist here: correct the path, or remove it`];
  });
  if (missing.length > 0) throw new UsageError(`invalid configuration:
${missing.join("\n")}`);
  return data;
}
function declaredInventory(config2) {
  return config2.inventory === void 0 ? [] : Array.isArray(config2.inventory) ? config2.inventory : [config2.inventory];
}
function parseConfigText(file, text, shown) {
  return parseConfig(file, text, shown).data;
}
function parseConfig(file, text, shown) {
  const { source, data } = readConfigYaml(file, text, shown);
  const polluting = pollutingKey(data);
  if (polluting) {
    const at = source.locate(polluting, true);
    throw new UsageError(
      `invalid configuration:
${shown}:${at.line}:${at.column}: the key \`${polluting.at(-1)}\` is not allowed: it names a property of every JavaScript object; remove it`
    );
  }
  const parsed = configSchema.safeParse(data);
  const problems = [];
  if (!parsed.success) {
    for (const issue2 of parsed.error.issues) {
      const issuePath = issue2.path.map((p) => typeof p === "symbol" ? String(p) : p);
      const unknownKeys = issue2.code === "unrecognized_keys" ? issue2.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const at2 = source.locate([...issuePath, key], true);
          problems.push(`${shown}:${at2.line}:${at2.column}: unknown key \`${key}\`${suggestKey(issuePath, key)}`);
        }
        continue;
      }
      const at = source.locate(issuePath);
      const name = issuePath.length > 0 ? `\`${issuePath.join(".")}\`` : "the configuration";
      problems.push(`${shown}:${at.line}:${at.column}: ${name} ${issue2.message}`);
    }
  } else {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (ids.includes(id)) continue;
      const at = source.locate(["rules", id], true);
      const suggestion = didYouMean(id, ids);
      problems.push(
        `${shown}:${at.line}:${at.column}: unknown rule \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ": see docs/rules/README.md for the rule ids"}`
      );
    }
  }
  if (problems.length > 0) throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  return { data: parsed.data, source };
}
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function pollutingKey(value, at = []) {
  if (value === null || typeof value !== "object") return void 0;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...at, key];
    const child2 = pollutingKey(value[key], [...at, Array.isArray(value) ? Number(key) : key]);
    if (child2) return child2;
  }
  return void 0;
}
function readConfigYaml(file, text, shown) {
  const source = readYaml(file, text, { maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount });
  if (source.errors.length > 0) {
    const problems = source.errors.map((e) => {
      const at = source.rangeAt(e.start, e.end);
      return `${shown}:${at.line}:${at.column}: ${e.message.split("\n")[0]}`;
    });
    throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  }
  if (source.dataProblem !== void 0)
    throw new UsageError(`${shown}: ${source.dataProblem.replace(/\.$/, "")}: remove the aliases (*name) that expand too far`);
  return { source, data: source.data ?? {} };
}
var THRESHOLD_KEYS = [
  "automaticTelemetryMaxAgeDays",
  "manualUploadIntervalDays",
  "consoleFirstUploadDays",
  "versionGraceMonths",
  "deadlineHorizonDays",
  "collectedMaxAgeDays"
];
var TOP_KEYS = ["inventory", "asOf", "rules", "thresholds", "licenseServerBuilds", "limits", "netscaler", "collected"];
var NESTED_KEYS = {
  thresholds: THRESHOLD_KEYS,
  collected: ["folders"],
  netscaler: ["autoTelemetryMinimum", "lasMinimum", "instanceLasMinimum", "fipsLasMinimum", "svmLasMinimum", "releaseLines"],
  limits: ["inventoryFileMB", "licenseFileMB"],
  licenseServerBuilds: ["build", "released", "precision", "source"]
};
function suggestKey(issuePath, key) {
  const parent = issuePath.find((p) => typeof p === "string");
  const candidates = issuePath.length === 0 ? TOP_KEYS : NESTED_KEYS[parent ?? ""] ?? [];
  const suggestion = didYouMean(key, candidates);
  return suggestion ? `: did you mean \`${suggestion}\`?` : candidates.length > 0 ? `: the keys allowed here are ${candidates.join(", ")}` : "";
}
function applyConfig(config2, file) {
  const settings = defaultSettings();
  Object.assign(settings.policy, config2.thresholds ?? {});
  if (config2.licenseServerBuilds) {
    const byBuild = new Map(settings.builds.map((b) => [b.build, b]));
    for (const row2 of config2.licenseServerBuilds) byBuild.set(row2.build, row2);
    settings.builds = [...byBuild.values()].sort((a, b) => a.build - b.build);
  }
  if (config2.netscaler?.autoTelemetryMinimum) {
    settings.netscaler.autoTelemetryMinimum = { ...settings.netscaler.autoTelemetryMinimum, ...config2.netscaler.autoTelemetryMinimum };
  }
  if (config2.netscaler?.lasMinimum) settings.netscaler.lasMinimum = config2.netscaler.lasMinimum;
  for (const key of ["instanceLasMinimum", "fipsLasMinimum", "svmLasMinimum"]) {
    const override = config2.netscaler?.[key];
    if (override) settings.netscaler[key] = { ...settings.netscaler[key], ...override };
  }
  if (config2.netscaler?.releaseLines) {
    const byLine = new Map(settings.netscaler.releaseLines.map((row2) => [row2.line, row2]));
    for (const row2 of config2.netscaler.releaseLines) byLine.set(row2.line, row2);
    settings.netscaler.releaseLines = [...byLine.values()];
  }
  const limits = {
    ...DEFAULT_PARSE_LIMITS,
    ...config2.limits?.inventoryFileMB ? { maxFileBytes: config2.limits.inventoryFileMB * 1024 * 1024 } : {},
    ...config2.limits?.licenseFileMB ? { maxLicenseFileBytes: config2.limits.licenseFileMB * 1024 * 1024 } : {}
  };
  const collectedFolders = config2.collected?.folders;
  const inventory = declaredInventory(config2).map((declared) => path2.resolve(path2.dirname(file), declared));
  return {
    asOf: config2.asOf,
    settings,
    ruleLevels: { ...config2.rules ?? {} },
    limits,
    ...collectedFolders ? { collectedFolders } : {},
    ...inventory.length > 0 ? { inventory } : {}
  };
}

// src/config/inventory-inputs.ts
function resolveInputs(options) {
  const { explicit, cwd } = options;
  if (options.paths.length > 0) {
    const inputs2 = [...options.paths];
    return { inputs: inputs2, config: resolveConfig({ explicit, inputs: inputs2, cwd }), from: "named" };
  }
  const declaring = resolveConfig({ explicit, inputs: [findRepositoryRoot(cwd)], cwd });
  if (declaring.inventory !== void 0) {
    return { inputs: declaring.inventory.map((declared) => path3.relative(cwd, declared) || "."), config: declaring, from: "configuration" };
  }
  const inputs = defaultInputs(cwd);
  return { inputs, config: resolveConfig({ explicit, inputs, cwd }), from: "default" };
}
function configSource(options) {
  const { inputs, config: config2 } = resolveInputs(options);
  const candidates = configCandidates({ explicit: options.explicit, inputs, cwd: options.cwd });
  return { inputs, head: config2, candidates, at: (fs) => resolveConfigIn(fs, candidates, options.cwd) };
}

// src/change/compared-run.ts
import path15 from "node:path";

// src/engine/lint.ts
import path10 from "node:path";

// src/model/finding.ts
function byPosition(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// src/load/extent.ts
import path4 from "node:path";
function planExtents(inputs, cwd, declared, fs = diskFileSystem) {
  const asNamed = [];
  const alone = [];
  const members2 = /* @__PURE__ */ new Map();
  const inventoryOf = memberOf(declared, fs);
  for (const input of inputs) {
    const root = discover(input, cwd, fs);
    const target = path4.resolve(cwd, input);
    const file = namedFile(root, target);
    const inventory = root.refused.length > 0 ? void 0 : inventoryOf(target);
    if (inventory === void 0 || inventory.length === 1 && inventory[0] === target) {
      asNamed.push(root);
      if (file !== void 0 && inventory === void 0) alone.push(file);
      continue;
    }
    const key = inventory.join("\0");
    let member = members2.get(key);
    if (!member) members2.set(key, member = { paths: inventory, files: [] });
    member.files.push(...root.files);
  }
  const readAsNamed = new Set(asNamed.flatMap((root) => root.files));
  const extents = asNamed.length > 0 || members2.size === 0 ? [{ roots: asNamed, alone }] : [];
  for (const { paths, files } of members2.values()) {
    const named2 = files.filter((file) => !readAsNamed.has(file));
    if (named2.length === 0) continue;
    extents.push({ roots: paths.map((inventoryPath2) => discover(inventoryPath2, cwd, fs)), named: new Set(named2), alone: [] });
  }
  return extents;
}
function extentPaths(inputs, cwd, declared, fs) {
  const inventoryOf = memberOf(declared, fs ?? diskFileSystem);
  const paths = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const absolute = path4.resolve(cwd, input);
    paths.add(absolute);
    for (const inventoryPath2 of inventoryOf(absolute) ?? []) paths.add(inventoryPath2);
  }
  return [...paths];
}
function namedFile(root, target) {
  return root.files.length === 1 && root.files[0] === target ? target : void 0;
}
function memberOf(declared, fs) {
  if (declared !== void 0 && declared.length > 0) {
    return (target) => declared.some((inventoryPath2) => isInside(target, inventoryPath2)) ? declared : void 0;
  }
  const seen = /* @__PURE__ */ new Map();
  return (target) => {
    const folder = path4.dirname(target);
    if (!seen.has(folder)) seen.set(folder, defaultInventoryFrom(folder, findRepositoryRoot(folder, fs), fs));
    const found = seen.get(folder);
    if (found === void 0) return void 0;
    const holds = found === target || path4.basename(found) === "inventory" && fs.stat(found)?.isDirectory === true && isInside(target, found);
    return holds ? [found] : void 0;
  };
}

// src/load/evidence/apply-versions.ts
function applyCollectedVersions(inventory, asOf, policy) {
  const hosts = [
    ...inventory.licenseServers.map((host) => ({ host, family: "license-server" })),
    ...inventory.netscalerInstances.map((host) => ({ host, family: "netscaler-instance" }))
  ];
  for (const { host, family } of hosts) {
    const stated = currentEvidenceOf(inventory, host, asOf, policy).find((e) => e.version && e.family === family)?.version;
    if (!stated) continue;
    host.versionCollected = { ...host.version === void 0 ? {} : { declared: host.version }, file: stated.file.file };
    host.version = stated.value;
  }
}

// src/load/evidence/load-evidence.ts
import path7 from "node:path";

// src/load/evidence/find-collected.ts
import path5 from "node:path";
var DEFAULT_COLLECTED_FOLDER = "collected";
function findCollected(roots, cwd, configured, fs) {
  const hosts = /* @__PURE__ */ new Map();
  const walked = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Map();
  for (const root of roots) {
    const input = path5.resolve(cwd, root.input);
    const inputFolder = fs.stat(input)?.isDirectory ? input : path5.dirname(input);
    const candidates = configured ? configured.map((folder) => path5.resolve(root.repositoryRoot, folder)) : [path5.join(inputFolder, DEFAULT_COLLECTED_FOLDER), path5.join(root.repositoryRoot, DEFAULT_COLLECTED_FOLDER)];
    for (const candidate of candidates) {
      if (!fs.stat(candidate)?.isDirectory) continue;
      const problem = containmentProblem(candidate, root.repositoryRoot, fs);
      if (problem) {
        refused.set(candidate, problem);
        continue;
      }
      const real = fs.realpath(candidate);
      if (walked.has(real)) continue;
      walked.set(real, candidate);
      for (const entry of list(candidate, fs)) {
        if (hidden(entry.name)) continue;
        const folder = path5.join(candidate, entry.name);
        if (entry.isSymbolicLink) {
          const linkProblem = containmentProblem(folder, root.repositoryRoot, fs);
          if (linkProblem) refused.set(folder, linkProblem);
          continue;
        }
        if (!entry.isDirectory || hosts.has(folder)) continue;
        const files = [];
        walk(folder, root.repositoryRoot, files, refused, fs);
        hosts.set(folder, { host: entry.name, folder, files: files.sort() });
      }
    }
  }
  return {
    hosts: [...hosts.values()].filter((h) => h.files.length > 0).sort((a, b) => a.folder < b.folder ? -1 : 1),
    roots: [...walked.values()],
    refused: [...refused].map(([file, problem]) => ({ file, problem }))
  };
}
function hidden(name) {
  return name.startsWith(".") || /\.md$/i.test(name);
}
function walk(folder, repositoryRoot, out, refused, fs) {
  for (const entry of list(folder, fs)) {
    if (hidden(entry.name)) continue;
    const full = path5.join(folder, entry.name);
    if (entry.isDirectory) walk(full, repositoryRoot, out, refused, fs);
    else if (entry.isFile) out.push(full);
    else if (entry.isSymbolicLink) {
      const problem = containmentProblem(full, repositoryRoot, fs);
      if (problem) refused.set(full, problem);
      else if (fs.stat(full)?.isFile) out.push(full);
    }
  }
}
function list(folder, fs) {
  try {
    return fs.readdir(folder);
  } catch {
    return [];
  }
}

// src/load/evidence/read-collected.ts
import path6 from "node:path";
var WHOLE_SERVER = /* @__PURE__ */ new Set(["Get-LicInventory", "collector-json", "Citrix_GT_License_Pool", "lmstat -i"]);
function readCollected(found, fs, options, report) {
  const byRealPath = /* @__PURE__ */ new Map();
  const readOnce = (file) => {
    const real = realPath(file, fs);
    if (!byRealPath.has(real)) byRealPath.set(real, readOne(file, fs, options.maxBytes, report));
    return { real, observations: byRealPath.get(real) };
  };
  const parsed = found.hosts.map((folder) => {
    const seen = /* @__PURE__ */ new Set();
    const files = [];
    for (const file of folder.files) {
      const { real, observations } = readOnce(file);
      if (!observations || seen.has(real)) continue;
      seen.add(real);
      files.push({ file, observations });
    }
    return { folder, files };
  });
  const undated = parsed.some(({ files }) => files.some((f) => !f.observations.collectedAt));
  const committed = undated && options.commitTime ? options.commitTime(found.roots) : /* @__PURE__ */ new Map();
  return parsed.map(
    ({ folder, files }) => summarise(
      folder,
      files.map(({ file, observations }) => ({ meta: dated(file, observations, fs, committed), observations })),
      options.asOf
    )
  );
}
function realPath(file, fs) {
  try {
    return fs.realpath(file);
  } catch {
    return file;
  }
}
function readOne(file, fs, maxBytes, report) {
  const unreadable = (messageId, values) => report({
    ruleId: "collected/unreadable",
    messageId,
    values,
    subjects: [path6.basename(path6.dirname(file)), path6.basename(file)],
    where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
    entity: `${file}#unreadable`
  });
  const size = fs.stat(file)?.size ?? 0;
  if (size > maxBytes) {
    unreadable("tooLarge", { size: Math.ceil(size / 1024 / 1024), limit: maxBytes / 1024 / 1024 });
    return void 0;
  }
  let bytes;
  try {
    bytes = fs.readFile(file, maxBytes);
  } catch (error) {
    unreadable("cannotRead", { code: error.code ?? "error" });
    return void 0;
  }
  try {
    return readExport(bytes, file);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    unreadable("notAnExport", { reason: error.message });
    return void 0;
  }
}
function dated(file, observations, fs, committed) {
  const meta2 = { file, format: observations.format };
  const commit = observations.collectedAt ? void 0 : committed.get(file);
  const modified = observations.collectedAt || commit ? void 0 : fs.stat(file)?.modifiedMs;
  if (observations.collectedAt) Object.assign(meta2, { collectedAt: observations.collectedAt, collectedFrom: "export" });
  else if (commit) Object.assign(meta2, { collectedAt: commit, collectedFrom: "commit" });
  else if (modified !== void 0)
    Object.assign(meta2, { collectedAt: new Date(modified).toISOString().replace(/\.\d{3}Z$/, "Z"), collectedFrom: "file" });
  return meta2;
}
function summarise(folder, all, asOf) {
  all.sort((a, b) => (b.meta.collectedAt ?? "").localeCompare(a.meta.collectedAt ?? "") || a.meta.file.localeCompare(b.meta.file));
  const evidence = { host: folder.host, folder: folder.folder, files: all.map((r) => r.meta) };
  const futureDated = [];
  const read = all.filter((r) => {
    const at = r.meta.collectedAt;
    if (at === void 0 || dayOf(at) <= asOf) return true;
    futureDated.push({ file: r.meta, what: "collected", at });
    return false;
  });
  const newest = read.find((r) => r.meta.collectedAt);
  if (newest) evidence.newest = newest.meta;
  const families = new Set(read.map((r) => r.observations.family));
  if (families.size === 1) evidence.family = [...families][0];
  const versioned = read.find((r) => r.observations.licenseServerVersion ?? r.observations.netscaler?.version);
  if (versioned) {
    const value = versioned.observations.licenseServerVersion ?? versioned.observations.netscaler?.version;
    evidence.version = { value, file: versioned.meta };
  }
  const licenses = installed(read, asOf);
  if (licenses) evidence.licenses = licenses;
  const upload = lastUpload(folder.host, read, asOf, futureDated);
  if (upload) evidence.upload = upload;
  const usage = usageOf(read);
  if (usage) evidence.usage = usage;
  if (futureDated.length > 0) evidence.futureDated = futureDated;
  return evidence;
}
function installed(read, asOf) {
  const whole = read.find((r) => WHOLE_SERVER.has(r.observations.format));
  const sources = whole ? [whole] : distinctLicenseFiles(read);
  if (sources.length === 0) return void 0;
  const current = sources.flatMap((r) => r.observations.licenses).filter((l) => !(l.expires && l.expires !== "permanent" && l.expires < asOf));
  return { pools: perProduct(current), files: sources.map((r) => r.meta) };
}
function distinctLicenseFiles(read) {
  const seen = /* @__PURE__ */ new Set();
  return read.filter(({ observations: { format, licenses, licenseFile } }) => {
    if (format !== "license-file" || licenses.length === 0) return false;
    const key = JSON.stringify([licenseFile?.hostname, licenseFile?.hostId, licenses]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function perProduct(licenses) {
  const byProduct = /* @__PURE__ */ new Map();
  const partial2 = /* @__PURE__ */ new Set();
  for (const license of licenses) {
    const pool = byProduct.get(license.product) ?? { product: license.product, count: 0, overdraft: 0, inUse: 0 };
    byProduct.set(license.product, pool);
    if (pool.count === "uncounted" || license.count === "uncounted") pool.count = "uncounted";
    else if (license.count === void 0 || pool.count === void 0) pool.count = void 0;
    else pool.count += license.count;
    for (const field of ["overdraft", "inUse"]) {
      const value = license[field];
      if (value === void 0) partial2.add(`${license.product}\0${field}`);
      else pool[field] = (pool[field] ?? 0) + value;
    }
  }
  for (const pool of byProduct.values())
    for (const field of ["overdraft", "inUse"]) if (partial2.has(`${pool.product}\0${field}`)) delete pool[field];
  return [...byProduct.values()].sort((a, b) => a.product.localeCompare(b.product));
}
function usageOf(read) {
  const newest = read.find((r) => r.observations.usage);
  return newest ? { products: newest.observations.usage, file: newest.meta } : void 0;
}
function lastUpload(host, read, asOf, futureDated) {
  for (const r of read) {
    for (const record2 of r.observations.uploads ?? []) {
      if (record2.at === void 0 && record2.everReported !== false) continue;
      if (record2.host !== void 0 && matchHost(record2.host, [host]) === void 0) continue;
      if (record2.at !== void 0 && dayOf(record2.at) > asOf) {
        futureDated.push({ file: r.meta, what: "upload", at: record2.at, field: record2.field });
        continue;
      }
      return { ...record2.at ? { at: record2.at } : {}, field: record2.field, file: r.meta };
    }
  }
  return void 0;
}

// src/load/evidence/load-evidence.ts
function loadEvidence(roots, cwd, options, fs, report) {
  const found = findCollected(roots, cwd, options.folders, fs);
  for (const { file, problem } of found.refused) {
    report({
      ruleId: "collected/unreadable",
      messageId: "outside",
      values: { problem },
      subjects: [path7.basename(path7.dirname(file)), path7.basename(file)],
      where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      entity: `${file}#unreadable`
    });
  }
  return readCollected(found, fs, options, report);
}

// src/load/load-inventory.ts
import path9 from "node:path";

// src/schema/formats.ts
var formats = {
  date: isIsoDateOrTimestamp
};
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

// src/schema/inventory-validator.generated.ts
var validate2 = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/citrix-license-lint/citrix-license-lint/v1/inventory-schema/inventory.schema.json", "title": "citrix-license-lint inventory, format version 1", "description": "What was bought, what is allocated to which hostname, and what is installed where: the Citrix licensing inventory linted by citrix-license-lint. A folder may hold several such files; their top-level lists are merged.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "Inventory format version. Only 1 exists.", "const": 1 }, "organization": { "description": "The customer organisation, as the licensing portal shows it (optional).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Organisation name.", "type": "string" }, "orgId": { "description": "Citrix organisation id, as a string (quote it in YAML).", "type": "string" } } }, "entitlements": { "description": "What was bought: one entry per purchase line of the licensing portal (Manage Licenses).", "type": "array", "items": { "$ref": "#/definitions/entitlement" } }, "licenseServers": { "description": "Every Citrix License Server that exists or existed, production and non-production alike.", "type": "array", "items": { "$ref": "#/definitions/licenseServer" } }, "allocations": { "description": "Portal allocations of an entitlement to a host ID: a License Server's hostname (which Citrix then counts as an active license server until the allocation is returned), a NetScaler host ID, or ANY.", "type": "array", "items": { "$ref": "#/definitions/allocation" } }, "netscalerConsoles": { "description": "NetScaler Console (formerly ADM) deployments that hold pooled or flexed NetScaler licenses.", "type": "array", "items": { "$ref": "#/definitions/netscalerConsole" } }, "netscalerInstances": { "description": "NetScaler instances (VPX, MPX, SDX, BLX, CPX) and how they are licensed.", "type": "array", "items": { "$ref": "#/definitions/netscalerInstance" } } }, "definitions": { "date": { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" }, "hostname": { "description": 'A host name exactly as Citrix binds licenses to it: the short name the `hostname` command prints on the host, case-sensitive. Citrix: "Do not enter FQDN in the hostname" (CTX696555).', "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "fqdn": { "description": "The host's fully qualified DNS name, for reference (optional). Licenses bind to `hostname`, not to this; an allocation or a license file bound to the FQDN is reported as such.", "type": "string", "pattern": "^[^\\s]+\\.[^\\s]+$" }, "hostId": { "description": "The host ID NetScaler licenses are allocated to: the appliance's MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3). Read it from the SERVER line of a license file allocated to the host (`SERVER this_host 005056a1b2c3`) or the host ID of its allocation in the licensing portal.", "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, "product": { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" }, "environment": { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] }, "state": { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] }, "telemetry": { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Judged for manual mode (absent means never); in automatic mode it is a note, and freshness is judged from collected evidence (docs/collect.md).", "$ref": "#/definitions/date" }, "manualSince": { "description": "NetScaler Console: the day it switched to manual mode, or was upgraded to a build with telemetry. Its first manual upload is due within 30 days (configurable) of this day.", "$ref": "#/definitions/date" } } }, "entitlement": { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] }, "feature": { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } }, "licenseFile": { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "hostId": { "description": "NetScaler license files: the host ID the file is allocated to (its SERVER line). A NetScaler Console's file must carry the console's `hostId`.", "$ref": "#/definitions/hostId" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } }, "fileLicensingExtension": { "description": "A one-time extension of file-based licensing granted by Citrix (CTX696555): until its last day the activation rules warn instead of erring.", "type": "object", "additionalProperties": false, "required": ["until", "reference"], "properties": { "until": { "description": "Last day the extension is in force.", "$ref": "#/definitions/date" }, "reference": { "description": "Citrix's reference for the extension (case number, extension file...).", "type": "string", "minLength": 1 } } }, "licenseServer": { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "allocation": { "description": "A portal allocation of licenses from an entitlement to a host ID.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "description": "The host ID the licenses are allocated to, as the licensing portal shows it: a License Server's short hostname (as `hostname` prints it), a NetScaler appliance's or Console's MAC host ID (12 hex digits), or `ANY`.", "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } }, "netscalerConsole": { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "description": "The console's hostname, as the instances' `console` names it.", "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "hostId": { "description": `The console's host ID: Flexed and pooled license files are allocated to it ("Download this file using your NetScaler Console host ID", docs.netscaler.com license management). 12 hex digits, read from the SERVER line of a license file uploaded to the console or from the allocation in the licensing portal.`, "$ref": "#/definitions/hostId" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "deployedOn": { "description": "Deployment date, for the record. The first manual telemetry upload is counted from `telemetry.manualSince`, not from this date.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "netscalerInstance": { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "hostId": { "description": "The host ID the instance's own (standalone) licenses are allocated to: its MAC address as 12 hex digits, as Citrix shows it, read from the SERVER line of its license file or its allocation in the licensing portal; or `ANY` for a license allocated to any host. An allocation to this host ID is the instance's, not a license server's.", "x-any-of-message": "must be 12 hex digits (the MAC address, as Citrix shows it) or `ANY`", "anyOf": [{ "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, { "const": "ANY" }] }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" }, "version": { "description": "NetScaler version, RELEASE-BUILD, for example 14.1-51.80; for an SDX, the version of its management service VM (SVM). Quote it if YAML would read a number.", "type": "string" }, "fips": { "description": "true for a FIPS appliance, whose License Activation Service minimum differs.", "type": "boolean" } } } } };
var schema12 = { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] };
var schema13 = { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" };
var schema14 = { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" };
var func2 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9_]+$", "u");
var formats0 = formats.date;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("subscription" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.end === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema12.allOf[0].then.required, parentSchema: schema12.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("perpetual" !== data.type) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cssEnd === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "cssEnd" }, message: "must have required property 'cssEnd'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.product === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "product" || key0 === "type" || key0 === "quantity" || key0 === "start" || key0 === "end" || key0 === "cssEnd" || key0 === "offering")) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.id, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err15 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (!(data4 === "subscription" || data4 === "perpetual")) {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data5 = data.quantity;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err18 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.quantity.type, parentSchema: schema12.properties.quantity, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.quantity, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.start !== void 0) {
      let data6 = data.start;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err20 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data7 = data.end;
      if (typeof data7 === "string") {
        if (!formats0(data7)) {
          const err22 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cssEnd !== void 0) {
      let data8 = data.cssEnd;
      if (typeof data8 === "string") {
        if (!formats0(data8)) {
          const err24 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.offering !== void 0) {
      let data9 = data.offering;
      if (typeof data9 !== "string") {
        const err26 = { instancePath: instancePath + "/offering", schemaPath: "#/properties/offering/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.offering.type, parentSchema: schema12.properties.offering, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
var schema18 = { "description": 'A host name exactly as Citrix binds licenses to it: the short name the `hostname` command prints on the host, case-sensitive. Citrix: "Do not enter FQDN in the hostname" (CTX696555).', "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" };
var schema19 = { "description": "The host's fully qualified DNS name, for reference (optional). Licenses bind to `hostname`, not to this; an allocation or a license file bound to the FQDN is reported as such.", "type": "string", "pattern": "^[^\\s]+\\.[^\\s]+$" };
var schema20 = { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] };
var schema21 = { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] };
var func3 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("^[^\\s\\p{Cc}\\p{Cf}]+$", "u");
var pattern2 = new RegExp("^[^\\s]+\\.[^\\s]+$", "u");
var schema22 = { "description": "A one-time extension of file-based licensing granted by Citrix (CTX696555): until its last day the activation rules warn instead of erring.", "type": "object", "additionalProperties": false, "required": ["until", "reference"], "properties": { "until": { "description": "Last day the extension is in force.", "$ref": "#/definitions/date" }, "reference": { "description": "Citrix's reference for the extension (case number, extension file...).", "type": "string", "minLength": 1 } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.until === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "until" || key0 === "reference")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data0 = data.until;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err3 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.reference, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.reference.type, parentSchema: schema22.properties.reference, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema24 = { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Judged for manual mode (absent means never); in automatic mode it is a note, and freshness is judged from collected evidence (docs/collect.md).", "$ref": "#/definitions/date" }, "manualSince": { "description": "NetScaler Console: the day it switched to manual mode, or was upgraded to a build with telemetry. Its first manual upload is due within 30 days (configurable) of this day.", "$ref": "#/definitions/date" } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mode === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mode" || key0 === "lastReported" || key0 === "manualSince")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data0 = data.mode;
      if (!(data0 === "automatic" || data0 === "manual" || data0 === "disabled")) {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema24.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.mode.enum, parentSchema: schema24.properties.mode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lastReported !== void 0) {
      let data1 = data.lastReported;
      if (typeof data1 === "string") {
        if (!formats0(data1)) {
          const err3 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.manualSince !== void 0) {
      let data2 = data.manualSince;
      if (typeof data2 === "string") {
        if (!formats0(data2)) {
          const err5 = { instancePath: instancePath + "/manualSince", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/manualSince", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema27 = { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "hostId": { "description": "NetScaler license files: the host ID the file is allocated to (its SERVER line). A NetScaler Console's file must carry the console's `hostId`.", "$ref": "#/definitions/hostId" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } };
var schema29 = { "description": "The host ID NetScaler licenses are allocated to: the appliance's MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3). Read it from the SERVER line of a license file allocated to the host (`SERVER this_host 005056a1b2c3`) or the host ID of its allocation in the licensing portal.", "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" };
var pattern4 = new RegExp("^[0-9A-Fa-f]{12}$", "u");
var schema30 = { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "product" || key0 === "count" || key0 === "expires" || key0 === "cssDate" || key0 === "licenseType" || key0 === "serial")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data1 = data.count;
      const _errs6 = errors;
      let valid2 = false;
      const _errs7 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.properties.count.anyOf[0].type, parentSchema: schema30.properties.count.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema30.properties.count.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs9 = errors;
        if ("uncounted" !== data1) {
          const err8 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/1/const", keyword: "const", params: { allowedValue: "uncounted" }, message: "must be equal to constant", schema: "uncounted", parentSchema: schema30.properties.count.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.count.anyOf, parentSchema: schema30.properties.count, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      const _errs11 = errors;
      let valid3 = false;
      const _errs12 = errors;
      if ("permanent" !== data2) {
        const err10 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf/0/const", keyword: "const", params: { allowedValue: "permanent" }, message: "must be equal to constant", schema: "permanent", parentSchema: schema30.properties.expires.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs13 = errors;
        if (typeof data2 === "string") {
          if (!formats0(data2)) {
            const err11 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.expires.anyOf, parentSchema: schema30.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cssDate !== void 0) {
      let data3 = data.cssDate;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err14 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.licenseType !== void 0) {
      let data4 = data.licenseType;
      if (typeof data4 !== "string") {
        const err16 = { instancePath: instancePath + "/licenseType", schemaPath: "#/properties/licenseType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.licenseType.type, parentSchema: schema30.properties.licenseType, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.serial !== void 0) {
      let data5 = data.serial;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.serial.type, parentSchema: schema30.properties.serial, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema27.anyOf[0].required, parentSchema: schema27.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema27.anyOf[1].required, parentSchema: schema27.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.features === void 0) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema27.anyOf[1].required, parentSchema: schema27.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.anyOf, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "name" || key0 === "kind" || key0 === "hostname" || key0 === "hostId" || key0 === "features")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.path, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.path.type, parentSchema: schema27.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.name.type, parentSchema: schema27.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "instances" || data2 === "bandwidth" || data2 === "platform")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema27.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.kind.enum, parentSchema: schema27.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data3 = data.hostname;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err10 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data4 = data.hostId;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err12 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema29, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data5 = data.features;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate19(data5[i0], { instancePath: instancePath + "/features/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate19.errors;
            } else {
              for (const e of validate19.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.features.type, parentSchema: schema27.properties.features, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema17.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err4 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.fqdn !== void 0) {
      let data1 = data.fqdn;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err6 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+\\.[^\\s]+$" }, message: 'must match pattern "^[^\\s]+\\.[^\\s]+$"', schema: "^[^\\s]+\\.[^\\s]+$", parentSchema: schema19, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (!(data2 === "production" || data2 === "pre-production" || data2 === "test" || data2 === "disaster-recovery")) {
        const err8 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (!(data3 === "active" || data3 === "decommissioned")) {
        const err9 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.version.type, parentSchema: schema17.properties.version, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data5 = data.activation;
      if (!(data5 === "las-online" || data5 === "las-offline" || data5 === "files")) {
        const err11 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema17.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.activation.enum, parentSchema: schema17.properties.activation, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.fileLicensingExtension !== void 0) {
      if (!validate14(data.fileLicensingExtension, { instancePath: instancePath + "/fileLicensingExtension", parentData: data, parentDataProperty: "fileLicensingExtension", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate16(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate16.errors;
        } else {
          for (const e of validate16.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data8 = data.licenseFiles;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate18(data8[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate18.errors;
            } else {
              for (const e of validate18.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.licenseFiles.type, parentSchema: schema17.properties.licenseFiles, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema34 = { "description": "A portal allocation of licenses from an entitlement to a host ID.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "description": "The host ID the licenses are allocated to, as the licensing portal shows it: a License Server's short hostname (as `hostname` prints it), a NetScaler appliance's or Console's MAC host ID (12 hex digits), or `ANY`.", "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.entitlement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entitlement" }, message: "must have required property 'entitlement'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.hostname === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "entitlement" || key0 === "hostname" || key0 === "quantity" || key0 === "allocatedOn")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.entitlement !== void 0) {
      let data0 = data.entitlement;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.entitlement, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.entitlement.type, parentSchema: schema34.properties.entitlement, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data1 = data.hostname;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema34.properties.hostname, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.hostname.type, parentSchema: schema34.properties.hostname, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data2 = data.quantity;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.quantity.type, parentSchema: schema34.properties.quantity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.quantity, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.allocatedOn !== void 0) {
      let data3 = data.allocatedOn;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err10 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema36 = { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "description": "The console's hostname, as the instances' `console` names it.", "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "hostId": { "description": `The console's host ID: Flexed and pooled license files are allocated to it ("Download this file using your NetScaler Console host ID", docs.netscaler.com license management). 12 hex digits, read from the SERVER line of a license file uploaded to the console or from the allocation in the licensing portal.`, "$ref": "#/definitions/hostId" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "deployedOn": { "description": "Deployment date, for the record. The first manual telemetry upload is counted from `telemetry.manualSince`, not from this date.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deployment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployment" }, message: "must have required property 'deployment'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema36.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fqdn !== void 0) {
      let data1 = data.fqdn;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err7 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+\\.[^\\s]+$" }, message: 'must match pattern "^[^\\s]+\\.[^\\s]+$"', schema: "^[^\\s]+\\.[^\\s]+$", parentSchema: schema19, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data2 = data.hostId;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema29, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data3 = data.deployment;
      if (!(data3 === "on-premises" || data3 === "service")) {
        const err11 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/enum", keyword: "enum", params: { allowedValues: schema36.properties.deployment.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.deployment.enum, parentSchema: schema36.properties.deployment, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      if (!(data4 === "production" || data4 === "pre-production" || data4 === "test" || data4 === "disaster-recovery")) {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data5 = data.state;
      if (!(data5 === "active" || data5 === "decommissioned")) {
        const err13 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data6 = data.version;
      if (typeof data6 !== "string") {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.version.type, parentSchema: schema36.properties.version, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data7 = data.activation;
      if (!(data7 === "las" || data7 === "files")) {
        const err15 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema36.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.activation.enum, parentSchema: schema36.properties.activation, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.fileLicensingExtension !== void 0) {
      if (!validate14(data.fileLicensingExtension, { instancePath: instancePath + "/fileLicensingExtension", parentData: data, parentDataProperty: "fileLicensingExtension", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.deployedOn !== void 0) {
      let data9 = data.deployedOn;
      if (typeof data9 === "string") {
        if (!formats0(data9)) {
          const err16 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate16(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate16.errors;
        } else {
          for (const e of validate16.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data11 = data.licenseFiles;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate18(data11[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data11, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate18.errors;
            } else {
              for (const e of validate18.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.licenseFiles.type, parentSchema: schema36.properties.licenseFiles, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema43 = { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "hostId": { "description": "The host ID the instance's own (standalone) licenses are allocated to: its MAC address as 12 hex digits, as Citrix shows it, read from the SERVER line of its license file or its allocation in the licensing portal; or `ANY` for a license allocated to any host. An allocation to this host ID is the instance's, not a license server's.", "x-any-of-message": "must be 12 hex digits (the MAC address, as Citrix shows it) or `ANY`", "anyOf": [{ "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, { "const": "ANY" }] }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" }, "version": { "description": "NetScaler version, RELEASE-BUILD, for example 14.1-51.80; for an SDX, the version of its management service VM (SVM). Quote it if YAML would read a number.", "type": "string" }, "fips": { "description": "true for a FIPS appliance, whose License Activation Service minimum differs.", "type": "boolean" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.licensing === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "licensing" }, message: "must have required property 'licensing'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "hostId" || key0 === "platform" || key0 === "licensing" || key0 === "console" || key0 === "version" || key0 === "fips")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.name.type, parentSchema: schema43.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data1 = data.hostId;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err6 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema43.properties.hostId.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.hostId.anyOf[0].type, parentSchema: schema43.properties.hostId.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs8 = errors;
        if ("ANY" !== data1) {
          const err8 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/1/const", keyword: "const", params: { allowedValue: "ANY" }, message: "must be equal to constant", schema: "ANY", parentSchema: schema43.properties.hostId.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs8 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.properties.hostId.anyOf, parentSchema: schema43.properties.hostId, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.platform !== void 0) {
      let data2 = data.platform;
      if (!(data2 === "VPX" || data2 === "MPX" || data2 === "SDX" || data2 === "BLX" || data2 === "CPX")) {
        const err10 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/enum", keyword: "enum", params: { allowedValues: schema43.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.platform.enum, parentSchema: schema43.properties.platform, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.licensing !== void 0) {
      let data3 = data.licensing;
      if (!(data3 === "flexed" || data3 === "pooled" || data3 === "standalone")) {
        const err11 = { instancePath: instancePath + "/licensing", schemaPath: "#/properties/licensing/enum", keyword: "enum", params: { allowedValues: schema43.properties.licensing.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.licensing.enum, parentSchema: schema43.properties.licensing, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.console !== void 0) {
      let data4 = data.console;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err12 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.version.type, parentSchema: schema43.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.fips !== void 0) {
      let data6 = data.fips;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/fips", schemaPath: "#/properties/fips/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.fips.type, parentSchema: schema43.properties.fips, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "organization" || key0 === "entitlements" || key0 === "licenseServers" || key0 === "allocations" || key0 === "netscalerConsoles" || key0 === "netscalerInstances")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data1 = data.organization;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "orgId")) {
            const err3 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.organization, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/organization/name", schemaPath: "#/properties/organization/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.name.type, parentSchema: schema11.properties.organization.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.orgId !== void 0) {
          let data3 = data1.orgId;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/organization/orgId", schemaPath: "#/properties/organization/properties/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.orgId.type, parentSchema: schema11.properties.organization.properties.orgId, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.organization.type, parentSchema: schema11.properties.organization, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.entitlements !== void 0) {
      let data4 = data.entitlements;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data4[i0], { instancePath: instancePath + "/entitlements/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate11.errors;
            } else {
              for (const e of validate11.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/entitlements", schemaPath: "#/properties/entitlements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.entitlements.type, parentSchema: schema11.properties.entitlements, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.licenseServers !== void 0) {
      let data6 = data.licenseServers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data6[i1], { instancePath: instancePath + "/licenseServers/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            if (vErrors === null) {
              vErrors = validate13.errors;
            } else {
              for (const e of validate13.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/licenseServers", schemaPath: "#/properties/licenseServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.licenseServers.type, parentSchema: schema11.properties.licenseServers, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allocations !== void 0) {
      let data8 = data.allocations;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate23(data8[i2], { instancePath: instancePath + "/allocations/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            if (vErrors === null) {
              vErrors = validate23.errors;
            } else {
              for (const e of validate23.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/allocations", schemaPath: "#/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allocations.type, parentSchema: schema11.properties.allocations, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.netscalerConsoles !== void 0) {
      let data10 = data.netscalerConsoles;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate25(data10[i3], { instancePath: instancePath + "/netscalerConsoles/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            if (vErrors === null) {
              vErrors = validate25.errors;
            } else {
              for (const e of validate25.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/netscalerConsoles", schemaPath: "#/properties/netscalerConsoles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerConsoles.type, parentSchema: schema11.properties.netscalerConsoles, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.netscalerInstances !== void 0) {
      let data12 = data.netscalerInstances;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate30(data12[i4], { instancePath: instancePath + "/netscalerInstances/" + i4, parentData: data12, parentDataProperty: i4, rootData })) {
            if (vErrors === null) {
              vErrors = validate30.errors;
            } else {
              for (const e of validate30.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/netscalerInstances", schemaPath: "#/properties/netscalerInstances/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerInstances.type, parentSchema: schema11.properties.netscalerInstances, data: data12 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/schema/inventory-validator.ts
var validateInventory = validate2;

// src/schema/describe-errors.ts
var SINGULAR = {
  entitlements: "entitlement",
  licenseServers: "license server",
  allocations: "allocation",
  netscalerConsoles: "NetScaler Console",
  netscalerInstances: "NetScaler instance",
  licenseFiles: "license file",
  features: "feature"
};
var IDENTITY_KEYS = ["id", "hostname", "name", "path", "product"];
function describeSchemaErrors(errors, data) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.schemaPath.includes("/anyOf/") && anyOfPaths.has(error.instancePath)) continue;
    const problem = describe2(error, data);
    const id = `${problem.path.join("/")}|${problem.messageId}|${JSON.stringify(problem.values)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return mergeTypos(problems);
}
function mergeTypos(problems) {
  const typoOf = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    if (problem.suggestion === void 0) continue;
    typoOf.set(`${problem.path.slice(0, -1).join("/")}|${problem.suggestion}`, problem);
  }
  const out = [];
  for (const problem of problems) {
    if (problem.missing !== void 0) {
      const typo = typoOf.get(`${problem.path.join("/")}|${problem.missing}`);
      if (typo) {
        typo.messageId = "unknownKeyRequired";
        continue;
      }
    }
    out.push(problem);
  }
  return out.map(({ suggestion: _s, ...problem }) => problem);
}
function describe2(error, data) {
  const path16 = pointerToPath(error.instancePath, data);
  const onMapping = error.keyword === "additionalProperties" || error.keyword === "required";
  const place = describePlace(onMapping || typeof path16[path16.length - 1] !== "string" ? path16 : path16.slice(0, -1), data);
  const where = place.words;
  const subject = place.subject === void 0 ? {} : { subject: place.subject };
  const keyName = typeof path16[path16.length - 1] === "string" ? `\`${String(path16[path16.length - 1])}\`` : "this entry";
  const at = (messageId, values) => ({
    path: path16,
    onKey: false,
    messageId,
    values: { key: keyName, where, ...values },
    ...subject
  });
  const value = valueAt(data, path16);
  const params = error.params;
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      const suggestion = didYouMean(key, allowed);
      return {
        path: [...path16, key],
        onKey: true,
        ...suggestion ? { messageId: "unknownKey", values: { key, where, suggestion }, suggestion } : { messageId: "unknownKeyNoMatch", values: { key, where, allowed: allowed.map((k) => `\`${k}\``).join(", ") } },
        ...subject
      };
    }
    case "required": {
      const missing = String(params.missingProperty);
      return {
        path: path16,
        onKey: false,
        messageId: requiredMessage(missing, value),
        values: { where: capitalise(where), key: missing },
        missing,
        ...subject
      };
    }
    case "type": {
      const expected = String(params.type);
      const words = expected === "integer" ? "a whole number" : expected === "object" ? "a mapping (key: value lines)" : expected === "array" ? 'a list (lines starting with "- ")' : `a ${expected}`;
      const quoteHint = expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (put it in quotes)" : unquoteHint(expected, value);
      return at("wrongType", { expected: words, value: show(value), hint: quoteHint });
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `: did you mean \`${suggestion}\`?` : "";
      return at("notAllowed", { allowed: allowed.map((a) => `\`${a}\``).join(", "), value: show(value), hint });
    }
    case "const":
      return at("notConst", { expected: show(params.allowedValue), value: show(value) });
    case "minimum":
      return at("tooSmall", { limit: String(params.limit), value: show(value) });
    case "minLength":
      return at("empty", {});
    case "format":
      return at("badDate", { value: show(value) });
    case "pattern":
      return at(patternMessage(path16), { value: show(value) });
    case "anyOf": {
      const sentence2 = typeof parentSchema["x-any-of-message"] === "string" ? parentSchema["x-any-of-message"] : "does not match any of the allowed forms";
      return keyName === "this entry" ? at("noForm", { where: capitalise(where), sentence: sentence2 }) : at("noFormValue", { sentence: sentence2, value: show(value), hint: unquoteHint("integer", value) });
    }
    default:
      return at("noFormValue", { sentence: error.message ?? "is invalid", value: show(value), hint: "" });
  }
}
function unquoteHint(expected, value) {
  return (expected === "integer" || expected === "number") && typeof value === "string" && /^[0-9]+$/.test(value.trim()) ? ": remove the quotes" : "";
}
function requiredMessage(missing, value) {
  const type = value && typeof value === "object" ? value.type : void 0;
  if (missing === "end" && type === "subscription") return "missingEnd";
  if (missing === "cssEnd" && type === "perpetual") return "missingCssEnd";
  if (missing === "version") return "missingVersion";
  return "missingKey";
}
function patternMessage(path16) {
  const key = path16[path16.length - 1];
  if (key === "product") return "badProduct";
  if (key === "hostId") return "badHostId";
  if (key === "fqdn") return "badFqdn";
  return "badHostName";
}
function describePlace(path16, data) {
  let description = "the top level";
  let subject;
  let current = data;
  for (let i = 0; i < path16.length; i++) {
    const segment = path16[i];
    current = current !== null && typeof current === "object" ? current[segment] : void 0;
    const list3 = path16[i - 1];
    if (typeof segment === "number" && typeof list3 === "string") {
      const name = identityOf(current, list3);
      if (name) subject = name;
      const noun = SINGULAR[list3] ?? list3;
      const entity = list3 === "allocations" ? allocationWords(current, segment) : name ? `${noun} \`${name}\`` : `${noun} #${segment + 1}`;
      description = description === "the top level" || i === 1 ? entity : `${entity} of ${description}`;
    } else if (typeof segment === "string" && i === path16.length - 1 && !(segment in SINGULAR)) {
      description = description === "the top level" ? `\`${segment}\`` : `${segment} of ${description}`;
    }
  }
  return { words: description, ...subject === void 0 ? {} : { subject } };
}
function allocationWords(value, index) {
  const fields = value && typeof value === "object" ? value : {};
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? `\`${fields[key]}\`` : void 0;
  const parts = [
    typeof fields.quantity === "number" && Number.isInteger(fields.quantity) ? `of ${fields.quantity.toLocaleString("en-US")}` : void 0,
    text("entitlement") ? `from ${text("entitlement")}` : void 0,
    text("hostname") ? `to ${text("hostname")}` : void 0
  ].filter(Boolean);
  return parts.length > 0 && (text("entitlement") || text("hostname")) ? `allocation ${parts.join(" ")}` : `allocation #${index + 1}`;
}
function identityOf(value, list3) {
  if (!value || typeof value !== "object") return void 0;
  const fields = value;
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? fields[key] : void 0;
  if (list3 === "licenseFiles") return text("path")?.split(/[\\/]/).pop() ?? text("name");
  for (const key of IDENTITY_KEYS) {
    const candidate = value[key];
    if (typeof candidate === "string" && candidate.length > 0 && candidate.length < 80) return candidate;
  }
  return void 0;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path16 = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path16.push(step);
    current = current !== null && typeof current === "object" ? current[step] : void 0;
  }
  return path16;
}
function valueAt(data, path16) {
  let current = data;
  for (const segment of path16) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function show(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/model/inventory.ts
var ENUMS = {
  environment: ["production", "pre-production", "test", "disaster-recovery"],
  state: ["active", "decommissioned"],
  serverActivation: ["las-online", "las-offline", "files"],
  deployment: ["on-premises", "service"],
  consoleActivation: ["las", "files"],
  licensing: ["flexed", "pooled", "standalone"],
  entitlementType: ["subscription", "perpetual"],
  telemetryMode: ["automatic", "manual", "disabled"],
  fileKind: ["instances", "bandwidth", "platform"]
};

// src/load/read-fields.ts
function asMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function readString(map, key) {
  const value = map[key];
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function readCount(map, key) {
  const value = map[key];
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function readDate(map, key) {
  const value = map[key];
  return typeof value === "string" ? toIsoDate(value) : void 0;
}
function readEnum(map, key, allowed) {
  const value = map[key];
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}

// src/load/item-ref.ts
var ItemRef = class {
  constructor(file, list3, index) {
    this.file = file;
    this.#list = list3;
    this.#index = index;
  }
  file;
  #list;
  #index;
  get path() {
    return [this.#list, this.#index];
  }
};

// src/load/build-model.ts
var {
  environment: ENVIRONMENTS,
  state: STATES,
  serverActivation: SERVER_ACTIVATIONS,
  deployment: DEPLOYMENTS,
  consoleActivation: CONSOLE_ACTIVATIONS,
  licensing: LICENSING,
  entitlementType: ENTITLEMENT_TYPES,
  telemetryMode: TELEMETRY_MODES,
  fileKind: FILE_KINDS
} = ENUMS;
function emptyInventory() {
  return { files: [], entitlements: [], licenseServers: [], allocations: [], netscalerConsoles: [], netscalerInstances: [] };
}
function addToModel(inventory, input, resolve, report) {
  const top = asMapping(input.data);
  if (!top) return;
  const at = (list3, index) => new ItemRef(input.file, list3, index);
  asList(top.entitlements).forEach((item, i) => {
    const map = asMapping(item);
    const id = map && readString(map, "id");
    if (!map || !id) return;
    inventory.entitlements.push(entitlement(map, id, at("entitlements", i)));
  });
  asList(top.licenseServers).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("licenseServers", i);
    const server = {
      at: ref,
      hostname,
      fqdn: readString(map, "fqdn"),
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", SERVER_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report),
      licenseFilesListed: asList(map.licenseFiles).length
    };
    inventory.licenseServers.push(server);
  });
  const allocations = asList(top.allocations);
  for (let i = 0; i < allocations.length; i++) {
    const map = asMapping(allocations[i]);
    if (!map) continue;
    inventory.allocations.push(
      new ListedAllocation(
        input.file,
        i,
        readString(map, "entitlement"),
        readString(map, "hostname"),
        readCount(map, "quantity"),
        readDate(map, "allocatedOn")
      )
    );
  }
  asList(top.netscalerConsoles).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("netscalerConsoles", i);
    const console = {
      at: ref,
      hostname,
      fqdn: readString(map, "fqdn"),
      hostId: readString(map, "hostId"),
      deployment: readEnum(map, "deployment", DEPLOYMENTS),
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", CONSOLE_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      deployedOn: readDate(map, "deployedOn"),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report)
    };
    inventory.netscalerConsoles.push(console);
  });
  asList(top.netscalerInstances).forEach((item, i) => {
    const map = asMapping(item);
    const name = map && readString(map, "name");
    if (!map || !name) return;
    const instance = {
      at: at("netscalerInstances", i),
      name,
      hostId: readString(map, "hostId"),
      platform: readString(map, "platform"),
      licensing: readEnum(map, "licensing", LICENSING),
      console: readString(map, "console"),
      version: readString(map, "version"),
      fips: map.fips === true ? true : void 0
    };
    inventory.netscalerInstances.push(instance);
  });
}
var ListedAllocation = class {
  constructor(file, index, entitlement2, hostname, quantity, allocatedOn) {
    this.entitlement = entitlement2;
    this.hostname = hostname;
    this.quantity = quantity;
    this.allocatedOn = allocatedOn;
    this.#file = file;
    this.#index = index;
  }
  entitlement;
  hostname;
  quantity;
  allocatedOn;
  #file;
  #index;
  get at() {
    return new ItemRef(this.#file, "allocations", this.#index);
  }
};
function entitlement(map, id, at) {
  return {
    at,
    id,
    product: readString(map, "product"),
    type: readEnum(map, "type", ENTITLEMENT_TYPES),
    quantity: readCount(map, "quantity"),
    start: readDate(map, "start"),
    end: readDate(map, "end"),
    cssEnd: readDate(map, "cssEnd"),
    offering: readString(map, "offering")
  };
}
function telemetry(map) {
  const block = asMapping(map.telemetry);
  if (!block) return void 0;
  const mode = readEnum(block, "mode", TELEMETRY_MODES);
  return {
    mode,
    ...mode === void 0 && "mode" in block ? { modeUnknown: true } : {},
    lastReported: readDate(block, "lastReported"),
    manualSince: readDate(block, "manualSince")
  };
}
function extension(map) {
  const block = asMapping(map.fileLicensingExtension);
  if (!block) return void 0;
  return { until: readDate(block, "until"), reference: readString(block, "reference") };
}
function licenseFiles(map, owner, yamlFile, resolve, report) {
  const files = [];
  asList(map.licenseFiles).forEach((item, i) => {
    const entry = asMapping(item);
    if (!entry) return;
    const at = child(owner, "licenseFiles", i);
    const kind = readEnum(entry, "kind", FILE_KINDS);
    const path16 = readString(entry, "path");
    const inline2 = inlineFeatures(entry, at);
    const inlineHostname = readString(entry, "hostname");
    const inlineHostId = readString(entry, "hostId");
    const base = { at, kind, path: path16 };
    if (path16) {
      const parsed = resolve({ yamlFile, path: path16, at: child(at, "path") }, report);
      const name2 = path16.split(/[\\/]/).pop() ?? path16;
      if (!parsed) return;
      files.push({
        ...base,
        name: name2,
        hostname: parsed.hostname ?? inlineHostname,
        hostnameAt: parsed.hostname ? parsed.hostnameAt : child(at, "hostname"),
        hostId: parsed.hostId ?? inlineHostId,
        hostIdAt: parsed.hostId ? parsed.hostIdAt : child(at, "hostId"),
        features: parsed.features,
        isStartup: isStartupLicense(name2, parsed.features),
        declared: entry.features === void 0 ? void 0 : inline2,
        ...parsed.unread ? { unread: true } : {}
      });
      return;
    }
    const name = readString(entry, "name") ?? `license file #${i + 1}`;
    files.push({
      ...base,
      name,
      hostname: inlineHostname,
      hostnameAt: child(at, "hostname"),
      hostId: inlineHostId,
      hostIdAt: child(at, "hostId"),
      features: inline2,
      isStartup: isStartupLicense(name, inline2)
    });
  });
  return files;
}
function inlineFeatures(entry, fileAt) {
  const features = [];
  asList(entry.features).forEach((item, j) => {
    const map = asMapping(item);
    const product = map && readString(map, "product");
    if (!map || !product) return;
    const count3 = map.count === "uncounted" ? "uncounted" : readCount(map, "count");
    const expires = map.expires === "permanent" ? "permanent" : readDate(map, "expires");
    features.push({
      at: child(fileAt, "features", j),
      product,
      count: count3,
      expires,
      cssDate: readDate(map, "cssDate"),
      licenseType: readString(map, "licenseType"),
      serial: readString(map, "serial")
    });
  });
  return features;
}

// src/load/license-file-resolver.ts
import path8 from "node:path";

// src/licfile/read-license-file.ts
function readLicenseFile(file, maxBytes = 4 * 1024 * 1024, fs = diskFileSystem) {
  const stats = fs.stat(file);
  if (!stats) return { file, parsed: void 0, problem: "does not exist or cannot be read: check the path and its permissions" };
  if (!stats.isFile) return { file, parsed: void 0, problem: "is not a regular file: name the .lic file itself" };
  if (stats.size > maxBytes) {
    return {
      file,
      parsed: syntaxOnly(
        licenseProblemText("tooLarge", { size: Math.round(stats.size / 1024), limit: +(maxBytes / (1024 * 1024)).toFixed(2) })
      )
    };
  }
  let buffer;
  try {
    buffer = fs.readFile(file, stats.size);
  } catch {
    return { file, parsed: void 0, problem: "cannot be read: check its permissions" };
  }
  if (buffer.includes(0)) return { file, parsed: syntaxOnly(licenseProblemText("binary")) };
  return { file, parsed: parseLicenseText(buffer.toString("utf8")) };
}
function syntaxOnly(problem) {
  return {
    vendors: [],
    useServer: false,
    increments: [],
    otherKeywords: [],
    problems: [{ line: 1, column: 1, endLine: 1, endColumn: 2, ...problem }]
  };
}

// src/load/license-file-resolver.ts
function createLicenseFileResolver(repositoryRootOf, maxBytes, fs = diskFileSystem) {
  const cache = /* @__PURE__ */ new Map();
  const listings = /* @__PURE__ */ new Map();
  const listing = (folder) => {
    if (listings.has(folder)) return listings.get(folder);
    let found;
    try {
      const names = fs.readdir(folder).map((entry) => entry.name);
      found = { names, exact: new Set(names) };
    } catch {
      found = void 0;
    }
    listings.set(folder, found);
    return found;
  };
  return ({ yamlFile, path: written, at }, report) => {
    const refuse = (messageId, values = {}) => {
      report({
        ruleId: "inventory/reference",
        messageId,
        values: { path: written, ...values },
        subjects: [path8.basename(written)],
        where: at,
        entity: `${written}`
      });
      return void 0;
    };
    if (written.includes("\0")) return refuse("nulByte");
    if (path8.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written)) return refuse("absolute");
    if (written.includes("\\")) return refuse("backslashes", { fixed: written.replace(/\\/g, "/") });
    const root = repositoryRootOf(yamlFile);
    const resolved = path8.resolve(path8.dirname(yamlFile), written);
    const caseDiffers = (actual2) => refuse("caseDiffers", {
      actual: path8.basename(actual2),
      fixed: path8.relative(path8.dirname(yamlFile), actual2).split(path8.sep).join("/")
    });
    let real;
    try {
      real = fs.realpath(resolved);
    } catch {
      if (!isInside(resolved, root)) return refuse("outside");
      const actual2 = withActualCase(resolved, root, listing);
      if (actual2 !== void 0) return caseDiffers(actual2);
      return refuse("missingFile");
    }
    if (!isInside(resolved, root)) return refuse("outside");
    const actual = withActualCase(resolved, root, listing);
    if (actual !== void 0 && actual !== resolved) return caseDiffers(actual);
    const problem = containmentProblem(resolved, root, fs);
    if (problem) return refuse("linkOut", { problem });
    let entry = cache.get(real);
    if (!entry) {
      entry = toModel(readLicenseFile(real, maxBytes, fs), report);
      cache.set(real, entry);
    }
    if (entry.resolved === void 0) return refuse("unreadableFile", { problem: entry.problem });
    return entry.resolved;
  };
}
function toModel(entry, report) {
  if (entry.parsed === void 0) return { problem: entry.problem };
  const parsed = entry.parsed;
  const file = entry.file;
  for (const problem of parsed.problems) {
    const { id, values, message: _words, ...where } = problem;
    report({
      ruleId: "license-file/syntax",
      messageId: id,
      values,
      subjects: [path8.basename(file)],
      where: { file, ...where },
      entity: `${path8.basename(file)}:${problem.line}`
    });
  }
  const features = parsed.increments.map((inc) => ({
    at: { file, line: inc.line, column: inc.column, endLine: inc.line, endColumn: inc.endColumn },
    product: inc.product,
    count: inc.count,
    expires: inc.expires,
    cssDate: inc.cssDate,
    licenseType: inc.licenseType,
    serial: inc.serial
  }));
  const server = parsed.server;
  const serverAt = server ? { file, line: server.line, column: server.column, endLine: server.line, endColumn: server.endColumn } : void 0;
  const hostId = server?.hostid && isHostId(server.hostid) ? server.hostid : void 0;
  return {
    resolved: {
      hostname: server?.hostname,
      hostnameAt: server?.hostname ? serverAt : void 0,
      hostId,
      hostIdAt: hostId ? serverAt : void 0,
      features,
      // A line with a problem may be a line of licenses that was not read.
      ...parsed.problems.length > 0 ? { unread: true } : {}
    }
  };
}
function withActualCase(file, root, listing) {
  let current = root;
  for (const segment of path8.relative(root, file).split(path8.sep)) {
    if (segment === "" || segment === ".") continue;
    const names = listing(current);
    if (names === void 0) return void 0;
    const match = names.exact.has(segment) ? segment : names.names.find((name) => name.toLowerCase() === segment.toLowerCase());
    if (match === void 0) return void 0;
    current = path8.join(current, match);
  }
  return current;
}

// src/model/entity-lists.ts
var ENTITY_LISTS = ["entitlements", "licenseServers", "allocations", "netscalerConsoles", "netscalerInstances"];
function isEntityList(key) {
  return ENTITY_LISTS.includes(key);
}

// src/load/doubts.ts
var Doubts = class {
  /** Lists whose entries may not all have been read, or hold an entity in doubt whose identity is unknown. */
  wholeLists = /* @__PURE__ */ new Map();
  /**
   * Per list, the lower-cased names of its entities in doubt: every name an allocation, a
   * reference or a license file may use for one (id, product, hostname and fqdn with their
   * short names, host ID), since Citrix's matching ignores case and FQDN-ness.
   */
  namesByList = /* @__PURE__ */ new Map();
  /**
   * Files with a part not read at all (after a syntax error, under an unknown top-level key,
   * or the whole file): what the base found there and the head does not is not known to be fixed.
   */
  unreadFiles = /* @__PURE__ */ new Map();
  /**
   * Entities a syntax error cut short, as `file\0list\0index`, with the keys their text writes
   * (read or not): a key written there is not missing, whatever the best-effort data lacks.
   */
  cut = /* @__PURE__ */ new Map();
  /** Entities in doubt, as `file\0list\0index`, with the paths in doubt inside them (`[list, index]`: all of it). */
  entities = /* @__PURE__ */ new Map();
  get any() {
    return this.wholeLists.size > 0 || this.namesByList.size > 0;
  }
  /** The cause when `list` holds something in doubt that any of `names` (lower case) may refer to. */
  concerns(list3, names) {
    const whole = this.wholeLists.get(list3);
    if (whole) return whole;
    for (const [name, cause] of this.namesByList.get(list3) ?? []) if (names.has(name)) return cause;
    return void 0;
  }
  /** Whether anything of `list` is in doubt (a part not read, or an entry), and why. */
  touches(list3) {
    return this.wholeLists.get(list3) ?? this.namesByList.get(list3)?.values().next().value;
  }
  /** Every name in doubt, whatever its list, with its cause. */
  names() {
    const all = /* @__PURE__ */ new Map();
    for (const names of this.namesByList.values()) for (const [name, cause] of names) if (!all.has(name)) all.set(name, cause);
    return all;
  }
  /**
   * The cause when what is at `path` rests on a field in doubt: the field itself, or one that
   * every check of the entity reads (its state, its kind), or the entity as a whole.
   */
  hasEntity(file, path16) {
    if (!isEntityList(path16[0]) || typeof path16[1] !== "number") return void 0;
    const related = (a, b) => a.every((segment, i) => i >= b.length || b[i] === segment);
    return this.entities.get(`${file}\0${path16[0]}\0${path16[1]}`)?.find(({ inside }) => inside.length <= 2 || !OWN_FIELDS.has(String(inside[2])) || related(inside, path16))?.cause;
  }
  /**
   * True when the entity at `path` (its `[list, index]`) has anything in doubt; with
   * `namesOnly`, only what may change a name it is known by (the whole entry, a name key, a key
   * that is no key of the schema and may be a misspelt one).
   */
  inDoubt(file, path16, namesOnly) {
    const doubtful = this.entities.get(`${file}\0${String(path16[0])}\0${String(path16[1])}`);
    if (!doubtful) return false;
    return !namesOnly || doubtful.some(({ inside, onKey }) => inside.length <= 2 || onKey || NAME_KEYS.includes(String(inside[2])));
  }
  /**
   * True when the entity at `path` was cut short by a syntax error after a line that writes
   * `key`: a finding that it lacks the key is about the part the error lost.
   */
  lostKey(file, path16, key) {
    return this.cut.get(`${file}\0${String(path16[0])}\0${String(path16[1])}`)?.has(key) ?? false;
  }
  /** Nothing of the file could be read: every list is in doubt. */
  fileNotRead(file, cause) {
    this.notRead(file, cause);
    this.allLists(cause);
  }
  allLists(cause) {
    for (const list3 of ENTITY_LISTS) this.wholeList(list3, cause);
  }
  notRead(file, cause) {
    if (!this.unreadFiles.has(file)) this.unreadFiles.set(file, cause);
  }
  /** A schema problem at `path` of a file's document. */
  atPath(file, data, path16, onKey, cause) {
    const [list3, index] = path16;
    if (isEntityList(list3)) {
      if (typeof index === "number") {
        this.entity(file, data, list3, index, path16, cause, onKey);
        if (onKey && path16.length === 3) this.addName(list3, valueAt2(data, path16), cause);
        else if (!onKey && path16.length === 3 && HOST_NAME_KEYS.has(String(path16[2])) && list3 !== "allocations") this.wholeList(list3, cause);
      } else this.wholeList(list3, cause);
    } else if (path16.length === 1 && onKey) {
      const value = valueAt2(data, path16);
      if (value === null || typeof value !== "object") return;
      this.notRead(file, cause);
      const meant = didYouMean(String(list3), ENTITY_LISTS);
      if (meant && isEntityList(meant)) this.wholeList(meant, cause);
      else this.allLists(cause);
    }
  }
  /**
   * A syntax problem at 1-based `line`. In a broken file everything from there on is a best
   * effort; a repeated key (`repeatedKey`: as written) puts in doubt only the field of the
   * entity it is written in, since yaml kept one of its values and read the rest.
   */
  atLine(file, source, data, line, repeatedKey, cause) {
    const broken = repeatedKey === void 0;
    if (broken) this.fileNotRead(file, cause);
    const entities = entityLines(source, data);
    const interrupted = entities.filter((e) => e.start < line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    let lines;
    for (const entity of entities) {
      const { list: list3, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        if (broken) this.cut.set(`${file}\0${list3}\0${index}`, keysWritten(lines ??= source.text.split("\n"), start));
        const field = broken ? void 0 : fieldAtLine(source, data, list3, index, line);
        this.entity(file, data, list3, index, field === void 0 ? [list3, index] : [list3, index, field], cause, false);
        inside = true;
      }
    }
    if (!inside) this.allLists(cause);
  }
  wholeList(list3, cause) {
    if (!this.wholeLists.has(list3)) this.wholeLists.set(list3, cause);
  }
  entity(file, data, list3, index, inside, cause, onKey) {
    const key = `${file}\0${list3}\0${index}`;
    this.entities.set(key, [...this.entities.get(key) ?? [], { inside, onKey, cause }]);
    const entry = data?.[list3]?.[index];
    const fields = entry && typeof entry === "object" ? entry : {};
    if (IDENTITY[list3].some((key2) => typeof fields[key2] !== "string" || fields[key2] === "")) this.wholeList(list3, cause);
    if (!this.namesByList.has(list3)) this.namesByList.set(list3, /* @__PURE__ */ new Map());
    for (const key2 of NAME_KEYS) this.addName(list3, fields[key2], cause);
  }
  /** A name of an entity in doubt, with its short name: `ctxls01.corp.example` is also `ctxls01`. */
  addName(list3, value, cause) {
    if (typeof value !== "string" || value === "") return;
    let names = this.namesByList.get(list3);
    if (!names) this.namesByList.set(list3, names = /* @__PURE__ */ new Map());
    for (const name of [value.toLowerCase(), shortKey(value)]) if (!names.has(name)) names.set(name, cause);
  }
};
function valueAt2(data, path16) {
  let value = data;
  for (const segment of path16) value = value && typeof value === "object" ? value[segment] : void 0;
  return value;
}
var IDENTITY = {
  entitlements: ["id", "product"],
  licenseServers: ["hostname"],
  allocations: ["entitlement", "hostname"],
  netscalerConsoles: ["hostname"],
  netscalerInstances: ["name"]
};
var OWN_FIELDS = /* @__PURE__ */ new Set([
  "version",
  "telemetry",
  "licenseFiles",
  "deployedOn",
  "allocatedOn",
  "platform",
  "offering",
  "start",
  "end",
  "cssEnd",
  "console"
]);
var HOST_NAME_KEYS = /* @__PURE__ */ new Set(["hostname", "fqdn", "hostId"]);
var NAME_KEYS = ["id", "product", "hostname", "fqdn", "hostId", "entitlement", "name", "console"];
function keysWritten(lines, start) {
  const keys = /* @__PURE__ */ new Set();
  const indent = (text) => (/^[ \t]*/.exec(text)?.[0] ?? "").replace(/\t/g, "        ").length;
  const dash = indent(lines[start - 1] ?? "");
  for (let i = start - 1; i < lines.length; i++) {
    const text = lines[i];
    if (i > start - 1 && text.trim() !== "" && !text.trimStart().startsWith("#") && indent(text) <= dash) break;
    for (const match of text.matchAll(/(?:^|[\s{,-])([A-Za-z][\w]*)\s*:/g)) keys.add(match[1]);
  }
  return keys;
}
function fieldAtLine(source, data, list3, index, line) {
  const entry = data[list3]?.[index];
  if (!entry || typeof entry !== "object") return void 0;
  let found;
  for (const field of Object.keys(entry)) {
    const start = source.locate([list3, index, field], true).line;
    if (start <= line && (!found || start >= found.start)) found = { field, start };
  }
  return found?.field;
}
function entityLines(source, data) {
  if (!data || typeof data !== "object") return [];
  const starts = [];
  for (const key of Object.keys(data)) {
    starts.push({ index: -1, start: source.locate([key], true).line });
    if (!isEntityList(key)) continue;
    const entries = data[key];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) starts.push({ list: key, index, start: source.locate([key, index]).line });
  }
  starts.sort((a, b) => a.start - b.start);
  const out = [];
  starts.forEach((entry, i) => {
    const next = starts.slice(i + 1).find((other) => other.start > entry.start);
    if (entry.list)
      out.push({ list: entry.list, index: entry.index, start: entry.start, end: next ? next.start - 1 : Number.MAX_SAFE_INTEGER });
  });
  return out;
}

// src/load/written-values.ts
function checkWrittenValues(data, source) {
  const problems = [];
  const top = asRecord(data);
  if (!top) return problems;
  const oddCounts = ODD_COUNT.test(source.text);
  let lines;
  const written = (path16) => {
    lines ??= source.text.split("\n");
    const range = source.locate(path16);
    if (range.line !== range.endLine) return "";
    return (lines[range.line - 1] ?? "").slice(range.column - 1, range.endColumn - 1).trim();
  };
  const count3 = (entry, key, path16, noun) => {
    const value = entry[key];
    if (!oddCounts || typeof value !== "number" || !Number.isInteger(value)) return;
    const text = written([...path16, key]);
    if (text === "" || /^[-+]?[0-9]+$/.test(text)) return;
    problems.push({ path: [...path16, key], messageId: "oddCount", values: { key, noun: noun(), text, value } });
  };
  const product = (entry, path16, noun) => {
    const value = entry.product;
    if (typeof value !== "string" || !/[a-z]/.test(value) || !/^[A-Za-z0-9_]+$/.test(value)) return;
    problems.push({
      path: [...path16, "product"],
      messageId: "lowerCaseProduct",
      values: { noun: noun(), value, upper: value.toUpperCase() }
    });
  };
  list2(top.entitlements).forEach((entry, i) => {
    const noun = () => named("entitlement", entry.id, i);
    count3(entry, "quantity", ["entitlements", i], noun);
    product(entry, ["entitlements", i], noun);
  });
  if (oddCounts) {
    list2(top.allocations).forEach((entry, i) => {
      count3(entry, "quantity", ["allocations", i], () => named("allocation", entry.entitlement, i));
    });
  }
  for (const hosts of ["licenseServers", "netscalerConsoles"]) {
    list2(top[hosts]).forEach((host, i) => {
      list2(host.licenseFiles).forEach((file, j) => {
        list2(file.features).forEach((feature, k) => {
          const path16 = [hosts, i, "licenseFiles", j, "features", k];
          const noun = () => named("feature", feature.product, k);
          count3(feature, "count", path16, noun);
          product(feature, path16, noun);
        });
      });
    });
  }
  return problems;
}
var ODD_COUNT = /\b(?:quantity|count)['"]?[ \t]*:\s*(?=\S)(?![-+]?[0-9]+[ \t]*(?:$|[,}\]#\r])|uncounted\b|['"])/m;
function named(noun, name, index) {
  return typeof name === "string" && name !== "" ? `${noun} \`${name}\`` : `${noun} #${index + 1}`;
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function list2(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item) => asRecord(item) ?? {});
}

// src/load/load-inventory.ts
function loadInventory(roots, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const inventory = emptyInventory();
  const sources = /* @__PURE__ */ new Map();
  const findings = [];
  const report = (finding) => findings.push(finding);
  const rootOf = /* @__PURE__ */ new Map();
  for (const root of roots) for (const file of root.files) rootOf.set(file, root.repositoryRoot);
  for (const root of roots) {
    for (const { file, problem } of root.refused) {
      findings.push({
        ruleId: "inventory/reference",
        messageId: "link",
        values: { problem },
        subjects: [path9.basename(file)],
        where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: `${file}#link`
      });
    }
  }
  const resolveFile = createLicenseFileResolver((yamlFile) => rootOf.get(yamlFile), limits.maxLicenseFileBytes, fs);
  const licenseFileUsers = /* @__PURE__ */ new Map();
  const note = (where, yamlFile) => {
    if (!where || !isSourceRange(where)) return;
    const file = where.file;
    licenseFileUsers.set(file, (licenseFileUsers.get(file) ?? /* @__PURE__ */ new Set()).add(yamlFile));
  };
  const resolve = (entry, reportTo) => {
    const result = resolveFile(entry, (finding) => {
      note(finding.where, entry.yamlFile);
      reportTo(finding);
    });
    for (const feature of result?.features ?? []) note(feature.at, entry.yamlFile);
    note(result?.hostnameAt, entry.yamlFile);
    return result;
  };
  const doubts = new Doubts();
  for (const file of rootOf.keys()) {
    if (sources.has(file)) continue;
    inventory.files.push(file);
    const parsed = parseInventoryFile(file, limits, fs);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    for (const { finding, at, repeatedKey } of parsed.doubts) {
      doubts.atLine(file, parsed.source, parsed.data, parsed.source.rangeAt(at, 0).line, repeatedKey, finding);
    }
    if (parsed.data == null) {
      if (parsed.findings.length > 0) doubts.fileNotRead(file, parsed.doubts[0]?.finding ?? parsed.findings[0]);
      else {
        findings.push({
          ruleId: "inventory/schema",
          messageId: "emptyFile",
          values: {},
          subjects: [path9.basename(file)],
          where: { file, path: [] },
          entity: `${file}#empty`
        });
      }
      continue;
    }
    if (!parsed.broken && !validateInventory(parsed.data)) {
      for (const problem of describeSchemaErrors(validateInventory.errors ?? [], parsed.data)) {
        const finding = {
          ruleId: "inventory/schema",
          messageId: problem.messageId,
          values: problem.values,
          subjects: problem.subject === void 0 ? [] : [problem.subject],
          where: parsed.source.locate(problem.path, problem.onKey),
          entity: `${file}#schema#`,
          keyedByMessage: true
        };
        findings.push(finding);
        doubts.atPath(
          file,
          parsed.data,
          problem.missing === void 0 ? problem.path : [...problem.path, problem.missing],
          problem.onKey,
          finding
        );
      }
    }
    if (!parsed.broken) {
      for (const problem of checkWrittenValues(parsed.data, parsed.source)) {
        const finding = {
          ruleId: "inventory/schema",
          messageId: problem.messageId,
          values: problem.values,
          subjects: [],
          where: parsed.source.locate(problem.path),
          entity: `${file}#schema#`,
          keyedByMessage: true
        };
        findings.push(finding);
        doubts.atPath(file, parsed.data, problem.path, false, finding);
      }
    }
    parsed.source.compact();
    addToModel(inventory, { file, data: parsed.data }, resolve, report);
  }
  if (doubts.any)
    inventory.unread = {
      lists: [...doubts.wholeLists.keys()],
      names: Object.fromEntries([...doubts.namesByList].map(([list3, names]) => [list3, [...names.keys()]]))
    };
  return { inventory, sources, findings, doubts, licenseFileUsers };
}

// src/load/load.ts
function load(roots, options) {
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const fs = options.fs ?? diskFileSystem;
  const loaded = loadInventory(roots, limits, fs);
  doneReading();
  const given = options.collected?.evidence;
  loaded.inventory.evidence = given ? [...given] : loadEvidence(
    roots,
    options.cwd,
    { ...options.collected, maxBytes: limits.maxFileBytes, asOf: options.asOf },
    fs,
    (finding) => loaded.findings.push(finding)
  );
  applyCollectedVersions(loaded.inventory, options.asOf, options.policy);
  return loaded;
}

// src/domain/inventory-index.ts
function groupBy(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}
var InventoryIndex = class {
  constructor(inventory) {
    this.inventory = inventory;
  }
  inventory;
  #entitlementsById;
  #uniqueEntitlements;
  #entitlementsByProduct;
  #serversByLowerHostname;
  #consolesByHostname;
  #consolesByLowerHostname;
  #hostsByHostname;
  #allocationsByEntitlement;
  #allocatedProductsByLowerHostname;
  #consolesByHostId;
  #instancesByHostId;
  #hostsByShortKey;
  #allocatedProductsByShortKey;
  #instancesByConsole;
  get entitlementsById() {
    return this.#entitlementsById ??= groupBy(this.inventory.entitlements, (e) => e.id);
  }
  /** The first entitlement of each id: a repeated id (inventory/duplicate) must not count twice. */
  get uniqueEntitlements() {
    return this.#uniqueEntitlements ??= [...this.entitlementsById.values()].map((group) => group[0]);
  }
  get entitlementsByProduct() {
    return this.#entitlementsByProduct ??= groupBy(this.uniqueEntitlements, (e) => e.product);
  }
  /** Hostnames compared case-insensitively, as DNS and the portal's matching do. */
  get serversByLowerHostname() {
    return this.#serversByLowerHostname ??= groupBy(this.inventory.licenseServers, (s) => s.hostname.toLowerCase());
  }
  get consolesByHostname() {
    return this.#consolesByHostname ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostname);
  }
  get consolesByLowerHostname() {
    return this.#consolesByLowerHostname ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostname.toLowerCase());
  }
  /** License servers and consoles together, by exact hostname. */
  get hostsByHostname() {
    return this.#hostsByHostname ??= groupBy(
      [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles],
      (h) => h.hostname
    );
  }
  get allocationsByEntitlement() {
    return this.#allocationsByEntitlement ??= groupBy(this.inventory.allocations, (a) => a.entitlement);
  }
  /** Allocations by lower-case hostname, then product: "is this product allocated here?" */
  get allocatedProductsByLowerHostname() {
    if (this.#allocatedProductsByLowerHostname) return this.#allocatedProductsByLowerHostname;
    const map = /* @__PURE__ */ new Map();
    const productsById = /* @__PURE__ */ new Map();
    for (const [id, group] of this.entitlementsById) {
      const products = group.flatMap((entitlement2) => entitlement2.product ? [entitlement2.product] : []);
      if (products.length > 0) productsById.set(id, products);
    }
    const setByHostname = /* @__PURE__ */ new Map();
    for (const allocation of this.inventory.allocations) {
      if (!allocation.hostname || !allocation.entitlement) continue;
      const products = productsById.get(allocation.entitlement);
      if (!products) continue;
      let set = setByHostname.get(allocation.hostname);
      if (!set) {
        const key = allocation.hostname.toLowerCase();
        set = map.get(key);
        if (!set) map.set(key, set = /* @__PURE__ */ new Set());
        setByHostname.set(allocation.hostname, set);
      }
      for (const product of products) set.add(product);
    }
    return this.#allocatedProductsByLowerHostname = map;
  }
  /** Consoles by lower-case host ID (hex digits compare ignoring case). */
  get consolesByHostId() {
    return this.#consolesByHostId ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostId?.toLowerCase());
  }
  get instancesByHostId() {
    return this.#instancesByHostId ??= groupBy(this.inventory.netscalerInstances, (i) => i.hostId?.toLowerCase());
  }
  /** Servers and consoles by the first label of their hostname: where another spelling of a name may point. */
  get hostsByShortKey() {
    if (this.#hostsByShortKey) return this.#hostsByShortKey;
    const map = /* @__PURE__ */ new Map();
    for (const host of [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles]) {
      for (const key of /* @__PURE__ */ new Set([shortKey(host.hostname), ...host.fqdn ? [shortKey(host.fqdn)] : []])) {
        const group = map.get(key);
        if (group) group.push(host);
        else map.set(key, [host]);
      }
    }
    return this.#hostsByShortKey = map;
  }
  /** Allocated products by the first label of the allocation's hostname, lower-case. */
  get allocatedProductsByShortKey() {
    if (this.#allocatedProductsByShortKey) return this.#allocatedProductsByShortKey;
    const map = /* @__PURE__ */ new Map();
    const own2 = /* @__PURE__ */ new Set();
    for (const [hostname, products] of this.allocatedProductsByLowerHostname) {
      const key = shortKey(hostname);
      const found = map.get(key);
      if (!found) {
        map.set(key, products);
        continue;
      }
      let merged = found;
      if (!own2.has(key)) {
        merged = new Set(found);
        map.set(key, merged);
        own2.add(key);
      }
      for (const p of products) merged.add(p);
    }
    return this.#allocatedProductsByShortKey = map;
  }
  get instancesByConsole() {
    return this.#instancesByConsole ??= groupBy(this.inventory.netscalerInstances, (i) => i.console?.toLowerCase());
  }
};

// src/util/hash.ts
function hash53(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

// src/engine/finding-cap.ts
var MAX_PER_ENTITY = 25;
var MAX_PER_RULE = 1e4;
var FindingCap = class {
  #perEntity = /* @__PURE__ */ new Map();
  #perRule = /* @__PURE__ */ new Map();
  /** True when the finding is kept; false when it only counts toward "and N more". */
  admit(finding) {
    const ruleKey = finding.ruleId;
    let rule = this.#perRule.get(ruleKey);
    if (!rule) this.#perRule.set(ruleKey, rule = { kept: 0, dropped: 0 });
    const entityKey = `${finding.ruleId}\0${finding.entity}`;
    const entity = this.#perEntity.get(entityKey) ?? 0;
    if (entity >= MAX_PER_ENTITY || rule.kept >= MAX_PER_RULE) {
      rule.dropped++;
      return false;
    }
    this.#perEntity.set(entityKey, entity + 1);
    rule.kept++;
    rule.last = finding;
    return true;
  }
  /** One finding per rule that dropped some, at the last kept finding's place. */
  summaries() {
    const out = [];
    for (const [ruleId, { dropped, last }] of this.#perRule) {
      if (dropped === 0 || !last) continue;
      const { amount: _amount, due: _due, advice: _advice, absent: _absent, keyedByMessage: _keyed, ...place } = last;
      out.push({
        ...place,
        messageId: "capped",
        values: { dropped: formatCount(dropped), perEntity: MAX_PER_ENTITY, perRule: formatCount(MAX_PER_RULE) },
        subjects: [],
        entity: `${ruleId}#capped`
      });
    }
    return out;
  }
};

// src/suppress/apply-suppressions.ts
function applySuppressions(findings, directives, asOf, knownRuleIds, keepsUnread = () => false) {
  const problems = [];
  const at = (d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  const entity = directiveEntities(directives);
  const active = [];
  const problem = (ruleId, directive, messageId, values) => problems.push({ ruleId, messageId, values, subjects: directive.ruleIds, where: at(directive), entity: entity.get(directive) });
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.includes(id));
    if (directive.problem) {
      problem("inventory/invalid-suppression", directive, directive.problem.id, directive.problem.values);
      continue;
    }
    if (unknown.length > 0) {
      const suggestion = didYouMean(unknown[0], knownRuleIds);
      problem("inventory/invalid-suppression", directive, suggestion ? "unknownRuleTypo" : "unknownRule", {
        rule: unknown[0],
        ...suggestion ? { suggestion } : {}
      });
      continue;
    }
    if (directive.until && directive.until < asOf) {
      problem("inventory/expired-suppression", directive, "expired", { rules: directive.ruleIds.join(", "), until: directive.until });
      continue;
    }
    active.push(directive);
  }
  const used = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  const covering = indexDirectives(active);
  for (const finding of findings) {
    const scope = covering.get(finding.file);
    if (!scope) continue;
    const wide = scope.fileWide.get(finding.ruleId);
    const line = scope.byLine.get(finding.line)?.get(finding.ruleId);
    const directive = wide === void 0 ? line : line === void 0 || wide.order < line.order ? wide : line;
    if (!directive) continue;
    if (keepsUnread(finding)) {
      refused.set(directive.directive, finding.ruleId);
      continue;
    }
    finding.suppression = { justification: directive.directive.reason, file: directive.directive.file, line: directive.directive.line };
    used.add(directive.directive);
  }
  for (const [directive, rule] of refused) problem("inventory/invalid-suppression", directive, "unreadPart", { rule });
  for (const directive of active) {
    if (used.has(directive) || refused.has(directive)) continue;
    const scope = directive.kind === "file" ? "in this file" : (directive.targetEnd ?? 0) > (directive.target ?? 0) ? "in the entry below" : "on the next line";
    problem("inventory/unused-suppression", directive, "unused", { rules: directive.ruleIds.join(", "), scope });
  }
  return problems;
}
function directiveEntities(directives) {
  const entities = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const d of directives) {
    const key = `suppression:${d.file}:${d.ruleIds.join(",")}:${d.kind === "file" ? "file" : `line ${d.targetText ?? ""}`}`;
    const count3 = (seen.get(key) ?? 0) + 1;
    seen.set(key, count3);
    entities.set(d, count3 === 1 ? key : `${key}#${count3}`);
  }
  return entities;
}
function indexDirectives(active) {
  const byFile = /* @__PURE__ */ new Map();
  active.forEach((directive, order) => {
    let scope = byFile.get(directive.file);
    if (!scope) byFile.set(directive.file, scope = { fileWide: /* @__PURE__ */ new Map(), byLine: /* @__PURE__ */ new Map() });
    let rules = scope.fileWide;
    if (directive.kind === "file") {
      for (const ruleId of directive.ruleIds) if (!rules.has(ruleId)) rules.set(ruleId, { directive, order });
      return;
    }
    for (let line = directive.targetEnd; line >= directive.target; line--) {
      rules = scope.byLine.get(line) ?? /* @__PURE__ */ new Map();
      scope.byLine.set(line, rules);
      for (const ruleId of directive.ruleIds) {
        const held = rules.get(ruleId);
        if (!held || held.directive.target < directive.target) rules.set(ruleId, { directive, order });
      }
    }
  });
  return byFile;
}

// src/suppress/parse-directives.ts
var DIRECTIVE = /^(\s*)#\s*citrix-license-lint-(disable-next-line|disable)\b(.*)$/;
function parseDirectives(file, text) {
  const lines = text.split(/\r?\n/);
  const directives = [];
  let nextContent;
  const entryEnds = /* @__PURE__ */ new Map();
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent, word, rest] = match;
    const [rulesPart, ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    const reasonText = reasonParts.join(" -- ").trim();
    const directive = {
      kind: word === "disable" ? "file" : "next-line",
      file,
      line: index + 1,
      column: indent.length + 1,
      endColumn: content.trimEnd().length + 1,
      ruleIds: rulesPart.split(/[\s,]+/).filter(Boolean)
    };
    if (directive.kind === "next-line") {
      directive.target = (nextContent ??= nextContentLines(lines))[index + 1];
      if (directive.target !== void 0) {
        let end = entryEnds.get(directive.target);
        if (end === void 0) entryEnds.set(directive.target, end = entryEnd(lines, directive.target - 1));
        directive.targetEnd = end;
        directive.targetText = lines[directive.target - 1].trim();
      }
    }
    const until = /^until\s+(\S+?):\s*(.*)$/.exec(reasonText);
    if (until) {
      if (!isIsoDate(until[1])) directive.problem = { id: "badExpiry", values: { until: until[1] } };
      directive.until = until[1];
      directive.reason = until[2] || void 0;
    } else {
      directive.reason = reasonText || void 0;
    }
    if (directive.ruleIds.length === 0) directive.problem ??= { id: "noRule", values: {} };
    else if (!directive.reason) directive.problem ??= { id: "noReason", values: {} };
    directives.push(directive);
  });
  return directives;
}
function nextContentLines(lines) {
  const next = new Array(lines.length + 1).fill(void 0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = lines[i].trim();
    next[i] = trimmed !== "" && !trimmed.startsWith("#") ? i + 1 : next[i + 1];
  }
  return next;
}
function entryEnd(lines, start) {
  const first = lines[start];
  const indent = first.length - first.trimStart().length;
  const opensBlock = /^\s*-(\s|$)/.test(first) || /:\s*(#.*)?$/.test(first.trimEnd());
  if (!opensBlock) return start + 1;
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (line.length - line.trimStart().length <= indent) break;
    end = i;
  }
  return end + 1;
}

// src/engine/hold-back.ts
function holdBack(findings, doubts, metaOf, rejudge) {
  if (!doubts.any) return { kept: [...findings], withheld: [] };
  const allNames = doubts.names();
  const kept = [];
  const withheld = [];
  const toConfirm = [];
  for (const finding of findings) {
    if (finding.absent && !isSourceRange(finding.where) && doubts.lostKey(finding.where.file, finding.where.path, finding.absent)) continue;
    const meta2 = metaOf(finding.ruleId);
    if (meta2?.evidenceOnly) {
      kept.push(finding);
      continue;
    }
    const reads = meta2?.reads ?? {};
    const names = subjectNames(finding.subjects);
    const cause = readCause(reads, "any", (list3) => doubts.concerns(list3, names));
    if (cause) {
      withheld.push({ finding, cause });
      continue;
    }
    const added = readCause(reads, "adds", (list3) => doubts.touches(list3));
    if (added) {
      toConfirm.push({ finding, cause: added, namesOnly: meta2?.identityOnly === true });
      continue;
    }
    const own2 = ownCause(finding, doubts, allNames, meta2?.identityOnly === true);
    if (own2) withheld.push({ finding, cause: own2 });
    else kept.push(finding);
  }
  for (const namesOnly of [false, true]) {
    const group = toConfirm.filter((c) => c.namesOnly === namesOnly);
    if (group.length === 0) continue;
    const readable = /* @__PURE__ */ new Map();
    for (const finding of rejudge(new Set(group.map((c) => c.finding.ruleId)), namesOnly)) {
      const key = identity(finding);
      readable.set(key, [...readable.get(key) ?? [], finding]);
    }
    for (const { finding, cause } of group) {
      const confirmed = readable.get(identity(finding))?.shift();
      if (confirmed) kept.push(confirmed);
      else withheld.push({ finding, cause });
    }
  }
  return { kept, withheld };
}
function readableInventory(inventory, doubts, namesOnly) {
  const readable = { ...inventory };
  for (const list3 of ENTITY_LISTS) {
    readable[list3] = inventory[list3].filter((entry) => !doubts.inDoubt(entry.at.file, entry.at.path, namesOnly));
  }
  return readable;
}
function readCause(reads, mode, cause) {
  for (const list3 of ENTITY_LISTS) {
    if (reads[list3] !== mode) continue;
    const found = cause(list3);
    if (found) return found;
  }
  return void 0;
}
function ownCause(finding, doubts, allNames, identityOnly) {
  if (isSourceRange(finding.where)) {
    for (const name of subjectNames(finding.subjects)) {
      const cause = allNames.get(name);
      if (cause) return cause;
    }
    return void 0;
  }
  const { file, path: path16 } = finding.where;
  if (!identityOnly) return doubts.hasEntity(file, path16);
  return doubts.inDoubt(file, path16, true) ? doubts.hasEntity(file, path16.slice(0, 2)) : void 0;
}
function subjectNames(subjects) {
  const names = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    if (subject === "") continue;
    names.add(subject.toLowerCase());
    names.add(shortKey(subject));
  }
  return names;
}
function identity(finding) {
  return `${finding.ruleId}\0${finding.entity}\0${finding.messageId}`;
}

// src/engine/bears-on.ts
var WITHHOLDING_RULES = /* @__PURE__ */ new Set(["inventory/yaml-syntax", "inventory/schema"]);
function bearsOn(named2, loaded) {
  let namedNames;
  const takesPart = (ruleId, subjects) => {
    const reads = ruleById(ruleId)?.meta.reads;
    if (!reads || subjects.length === 0) return false;
    namedNames ??= namesInFiles(named2, loaded);
    const names = [...subjectNames(subjects)];
    return ENTITY_LISTS.some((list3) => reads[list3] !== void 0 && names.some((name) => namedNames.get(list3).has(name)));
  };
  const inNamed = (file) => named2.has(file) || [...loaded.licenseFileUsers.get(file) ?? []].some((user) => named2.has(user));
  return ({ file, ruleId, data, waitsFor }) => inNamed(file) || waitsFor !== void 0 && inNamed(waitsFor.file) || ruleId !== void 0 && WITHHOLDING_RULES.has(ruleId) && loaded.sources.has(file) || ruleId !== void 0 && data !== void 0 && takesPart(ruleId, data.subjects);
}
function namesInFiles(named2, loaded) {
  const byList = /* @__PURE__ */ new Map();
  for (const list3 of ENTITY_LISTS) {
    const names = /* @__PURE__ */ new Set();
    for (const entry of loaded.inventory[list3]) {
      if (!named2.has(entry.at.file)) continue;
      const fields = entry;
      const values = NAME_KEYS.map((key) => fields[key]).filter((value) => typeof value === "string");
      for (const name of subjectNames(values)) names.add(name);
    }
    byList.set(list3, names);
  }
  return byList;
}

// src/engine/render-finding.ts
function renderFinding(raw, meta2, thresholds) {
  const template = messageTemplate(meta2, raw.messageId);
  if (template === void 0) throw new Error(`${meta2.id} has no message \`${raw.messageId}\``);
  const values = {};
  for (const name of placeholdersOf(template)) {
    const value = Object.hasOwn(raw.values, name) ? raw.values[name] : thresholds[name];
    if (value === void 0) throw new Error(`message placeholder {{${name}}} of ${meta2.id}:${raw.messageId} has no value`);
    values[name] = value;
  }
  const data = {
    subjects: [...new Set(raw.subjects.filter((subject) => subject !== ""))],
    advice: [...raw.advice ?? messageAdvice(meta2, raw.messageId)],
    ...raw.amount === void 0 ? {} : { amount: raw.amount },
    ...raw.due === void 0 ? {} : { due: raw.due },
    values
  };
  return { message: capMessage(fillTemplate(template, values)), data };
}

// src/engine/lint.ts
function lint(options) {
  const results = planExtents(options.inputs, options.cwd, options.inventory, options.fs).map((extent) => lintExtent(extent, options));
  return results.length === 1 ? results[0] : mergeResults(results);
}
function lintExtent(extent, options) {
  const { result, loaded } = lintRoots(extent.roots, options);
  const read = { filesRead: result.files.length, ...extent.alone.length > 0 ? { alone: extent.alone } : {} };
  const named2 = extent.named;
  if (named2 === void 0) return { ...result, ...read };
  const shown = bearsOn(named2, loaded);
  const withheld = result.withheld.filter(shown);
  const blocking = new Set(withheld.map((finding) => finding.waitsFor.fingerprint));
  const findings = result.findings.filter((finding) => shown(finding) || blocking.has(finding.fingerprint));
  const withFindings = new Set(findings.map((finding) => finding.file));
  const hosts = [...loaded.inventory.licenseServers, ...loaded.inventory.netscalerConsoles];
  const namedHosts = new Set(hosts.filter((host) => named2.has(host.at.file)).map((host) => host.hostname));
  return {
    ...result,
    ...read,
    files: result.files.filter((file) => named2.has(file) || withFindings.has(file)),
    findings,
    withheld,
    deadlines: result.deadlines.filter((deadline) => shown({ file: deadline.file })),
    telemetryUnverified: result.telemetryUnverified?.filter((host) => namedHosts.has(host))
  };
}
function mergeResults(results) {
  const byId = new Map(
    results.flatMap((result) => result.findings).map((f) => [`${f.file}|${f.line}|${f.column}|${f.ruleId}|${f.message}`, f])
  );
  const findings = [...byId.values()];
  const alone = results.flatMap((result) => result.alone ?? []);
  return {
    asOf: results[0].asOf,
    files: [...new Set(results.flatMap((result) => result.files))],
    filesRead: results.reduce((sum, result) => sum + (result.filesRead ?? result.files.length), 0),
    ...alone.length > 0 ? { alone } : {},
    findings: findings.sort(byPosition),
    withheld: results.flatMap((result) => result.withheld),
    unread: results.flatMap((result) => result.unread),
    deadlines: results.flatMap((result) => result.deadlines).sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0),
    inventory: results[0].inventory,
    telemetryUnverified: [...new Set(results.flatMap((result) => result.telemetryUnverified ?? []))]
  };
}
function lintRoots(roots, options) {
  const settings = options.settings ?? defaultSettings();
  const loaded = load(roots, { ...options, policy: settings.policy });
  const upcoming = collectDeadlines(loaded.inventory, settings, options.asOf);
  const cap = new FindingCap();
  const ruleOptions = { ...options, settings };
  const held = holdBack(
    runRules(loaded.inventory, ruleOptions, upcoming, cap),
    loaded.doubts,
    (id) => ruleById(id)?.meta,
    (ruleIds, namesOnly) => runRules(readableInventory(loaded.inventory, loaded.doubts, namesOnly), ruleOptions, upcoming, new FindingCap(), ruleIds)
  );
  const raw = [...loaded.findings.filter((f) => cap.admit(f)), ...held.kept];
  raw.push(...cap.summaries());
  const thresholds = thresholdWords(settings);
  const findings = finalize(raw, loaded, options, thresholds);
  const blocker = blockers(loaded, options, thresholds);
  const withheld = withheldFindings(held.withheld, blocker, loaded, options, thresholds);
  const directives = [...loaded.sources.values()].filter((source) => source.text.includes("citrix-license-lint-")).flatMap((source) => parseDirectives(source.file, source.text));
  const unread = [...loaded.doubts.unreadFiles.values()].map(blocker);
  const unreadPrints = new Set(unread.map((cause) => cause.fingerprint));
  const problems = applySuppressions(
    [...findings, ...withheld],
    directives,
    options.asOf,
    RULES.map((rule) => rule.meta.id),
    (finding) => unreadPrints.has(finding.fingerprint)
  );
  const all = problems.length > 0 ? [...findings, ...finalize(problems, loaded, options, thresholds)].sort(byPosition) : findings;
  const deadlines = upcoming.map(({ at, subjects: _subjects, advice: _advice, ...rest }) => {
    const range = isSourceRange(at) ? at : loaded.sources.get(at.file).locate(at.path);
    return { ...rest, file: range.file, line: range.line };
  });
  const verifying = (list3) => RULES.some((rule) => rule.meta.verifiesAutomaticTelemetry === list3 && options.ruleLevels?.[rule.meta.id] !== "off");
  const telemetryUnverified = unverifiedAutomaticHosts(loaded.inventory, settings, options.asOf, {
    licenseServers: verifying("licenseServers"),
    consoles: verifying("netscalerConsoles")
  });
  return {
    result: {
      asOf: options.asOf,
      files: loaded.inventory.files,
      findings: all,
      withheld,
      unread,
      deadlines,
      inventory: loaded.inventory,
      telemetryUnverified
    },
    loaded
  };
}
function runRules(inventory, options, deadlines, cap, only) {
  const { settings } = options;
  const index = new InventoryIndex(inventory);
  const out = [];
  for (const rule of RULES) {
    if (!rule.check || options.ruleLevels?.[rule.meta.id] === "off" || only && !only.has(rule.meta.id)) continue;
    rule.check({
      inventory,
      index,
      asOf: options.asOf,
      settings,
      deadlines,
      report: (descriptor) => {
        const raw = {
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          values: descriptor.data ?? {},
          subjects: descriptor.subjects,
          where: descriptor.at,
          entity: descriptor.entity,
          severity: descriptor.severity,
          ...descriptor.due === void 0 ? {} : { due: descriptor.due },
          ...descriptor.advice === void 0 ? {} : { advice: descriptor.advice },
          ...descriptor.absent === void 0 ? {} : { absent: descriptor.absent }
        };
        if (descriptor.amount !== void 0) {
          if (rule.meta.measures === void 0) throw new Error(`${rule.meta.id} reports an amount but declares no meta.measures`);
          raw.amount = descriptor.amount;
        }
        if (cap.admit(raw)) out.push(raw);
      }
    });
  }
  return out;
}
function blockers(loaded, options, thresholds) {
  const located = /* @__PURE__ */ new Map();
  return (cause) => {
    let found = located.get(cause);
    if (!found) {
      const [finding] = finalize([cause], loaded, { ...options, ruleLevels: void 0 }, thresholds);
      const { ruleId, file, line, column, message, fingerprint: fingerprint2 } = finding;
      located.set(cause, found = { ruleId, file, line, column, message, fingerprint: fingerprint2 });
    }
    return found;
  };
}
function withheldFindings(held, blocker, loaded, options, thresholds) {
  const out = [];
  for (const { finding, cause } of held) {
    const [located] = finalize([finding], loaded, options, thresholds);
    if (located) out.push({ ...located, waitsFor: blocker(cause) });
  }
  return out.sort(byPosition);
}
function finalize(raw, loaded, options, thresholds) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of raw) {
    const level2 = options.ruleLevels?.[item.ruleId];
    if (level2 === "off") continue;
    const meta2 = ruleById(item.ruleId).meta;
    const severity = level2 ?? item.severity ?? meta2.severity;
    const range = isSourceRange(item.where) ? item.where : loaded.sources.get(item.where.file).locate(item.where.path, item.onKey ?? false);
    const { message, data } = renderFinding(item, meta2, thresholds);
    const entity = (item.keyedByMessage ? item.entity + message : item.entity).split(options.cwd + path10.sep).join("");
    const finding = {
      ruleId: item.ruleId,
      severity,
      messageId: item.messageId,
      message,
      data,
      file: range.file,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      fingerprint: fingerprint(item.ruleId, entity)
    };
    const id = `${finding.file}|${finding.line}|${finding.column}|${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings.sort(byPosition);
}
function fingerprint(ruleId, entity) {
  return hash53(`${ruleId}\0${entity}`);
}

// src/change/baseline.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path11 from "node:path";
function writeBaseline(file, findings, cwd) {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    file: displayPath(f.file, cwd),
    message: f.message,
    ...f.data.amount === void 0 ? {} : { amount: f.data.amount }
  }));
  try {
    writeInside(
      path11.resolve(cwd, file),
      `${JSON.stringify({ version: 1, tool: "citrix-license-lint", findings: entries }, null, 2)}
`,
      findRepositoryRoot(cwd)
    );
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error.code ?? error.message}`);
  }
  return entries.length;
}
function readBaseline(file, cwd) {
  let parsed;
  const full = path11.resolve(cwd, file);
  const leaves = containmentProblem(full, findRepositoryRoot(path11.dirname(full)), diskFileSystem);
  if (leaves) throw new UsageError(`${file}: the baseline is not read: it ${leaves}; commit the file itself`);
  try {
    parsed = JSON.parse(readFileSync2(full, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code ? `${file}: cannot read the baseline (${code})` : `${file}: the baseline is not valid JSON; write it again with --write-baseline`
    );
  }
  const entries = parsed.findings;
  if (parsed.version !== 1 || !Array.isArray(entries)) {
    throw new UsageError(`${file}: not a citrix-license-lint baseline (version 1); write it again with --write-baseline`);
  }
  return entries.map((e) => ({
    ruleId: String(e.ruleId ?? ""),
    severity: "error",
    // A baseline records no message id nor data: reporters show its message as written.
    messageId: "",
    message: String(e.message ?? ""),
    data: { subjects: [], advice: [], values: {}, ...typeof e.amount === "number" ? { amount: e.amount } : {} },
    file: path11.resolve(cwd, String(e.file ?? "")),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fingerprint: String(e.fingerprint ?? "")
  }));
}

// src/change/commit-times.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
import path12 from "node:path";
function gitCommitTimes(cwd, rev) {
  return (folders) => {
    const times = /* @__PURE__ */ new Map();
    const top = run(cwd, ["rev-parse", "--show-toplevel"])?.trim();
    if (!top) return times;
    const specs = folders.map((folder) => path12.relative(top, folder).split(path12.sep).join("/")).filter((relative) => relative !== "" && !relative.startsWith("..") && !path12.isAbsolute(relative));
    if (specs.length === 0) return times;
    const git2 = (args) => run(top, ["--literal-pathspecs", "-c", "core.quotePath=false", ...args]);
    const log = git2(["log", "--format=%x01%H %cI", "--name-only", rev ?? "HEAD", "--", ...specs]);
    if (!log) return times;
    const shallow = new Set(run(top, ["rev-parse", "--is-shallow-repository"])?.trim() === "true" ? shallowEdges(top) : []);
    const relativeTimes = /* @__PURE__ */ new Map();
    for (const chunk of log.split("")) {
      const [header, ...paths] = chunk.split("\n");
      const [hash, when] = (header ?? "").split(" ");
      if (!hash || !when) continue;
      for (const name of paths) {
        if (!name || relativeTimes.has(name)) continue;
        relativeTimes.set(name, shallow.has(hash) ? "" : new Date(when).toISOString().replace(/\.\d{3}Z$/, "Z"));
      }
    }
    const changed = rev === void 0 ? git2(["status", "--porcelain", "--", ...specs]) ?? "" : "";
    for (const line of changed.split("\n")) if (line.length > 3) relativeTimes.delete(line.slice(3));
    for (const [name, when] of relativeTimes) if (when) times.set(path12.join(top, ...name.split("/")), when);
    return times;
  };
}
function shallowEdges(top) {
  const file = run(top, ["rev-parse", "--git-path", "shallow"])?.trim();
  if (!file) return [];
  try {
    return readFileSync3(path12.resolve(top, file), "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}
function run(cwd, args) {
  try {
    return execFileSync("git", ["-C", cwd, ...args], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 }).toString(
      "utf8"
    );
  } catch {
    return void 0;
  }
}

// src/change/commit-tree.ts
import path13 from "node:path";

// src/change/git.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function git(repo, args, input) {
  try {
    return execFileSync2("git", ["-C", repo, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim().split("\n")[0];
    if (error.code === "ENOENT")
      throw new UsageError("git is not installed: history and base comparison need it");
    throw new UsageError(`git ${args[0]} failed: ${stderr || error.message}`);
  }
}
function hasCommit(repo, rev) {
  try {
    execFileSync2("git", ["-C", repo, "cat-file", "-e", `${rev}^{commit}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
function repositoryTop(folder) {
  try {
    return execFileSync2("git", ["-C", folder, "rev-parse", "--show-toplevel"], { stdio: ["ignore", "pipe", "ignore"] }).toString("utf8").trim();
  } catch {
    return void 0;
  }
}

// src/change/commit-tree.ts
function cloneFiles(repo, rev) {
  let tree;
  const cache = /* @__PURE__ */ new Map();
  return (folders, extraFiles) => commitFilesOf(repo, tree ??= listTree(repo, rev), folders, cache, extraFiles);
}
function commitFilesOf(repo, listed, folders, cache, extraFiles) {
  const inFolders = treeFileFilter(folders, extraFiles, { licenseFiles: false });
  const entries = listed.filter((e) => inFolders(e.path));
  const missing = [...new Set(entries.map((e) => e.oid).filter((oid) => !cache.has(oid)))];
  if (missing.length > 0) readBlobs(repo, missing, cache);
  const files = new Map(entries.map((e) => [e.path, cache.get(e.oid)]));
  for (const entry of listed) {
    if (files.has(entry.path) || !/\.lic$/i.test(entry.path)) continue;
    files.set(entry.path, () => {
      if (!cache.has(entry.oid)) readBlobs(repo, [entry.oid], cache);
      return cache.get(entry.oid);
    });
  }
  return memoryFileSystem(repo, files);
}
function inputFolders(root, options) {
  return extentPaths(options.inputs, options.cwd, options.inventory).map((input) => path13.relative(root, input).split(path13.sep).join("/"));
}
function treeFileFilter(folders, extraFiles = [], options = { licenseFiles: true }) {
  const extra = new Set(extraFiles);
  return (treePath) => extra.has(treePath) || options.licenseFiles && /\.lic$/i.test(treePath) || folders.some((f) => f === "" || treePath === f || treePath.startsWith(`${f}/`));
}
function treePaths(root, files) {
  return files.map((file) => path13.relative(root, file).split(path13.sep).join("/")).filter((p) => p !== "" && !p.startsWith(".."));
}
function listTree(repo, rev) {
  const out = git(repo, ["ls-tree", "-r", "-z", "--full-tree", rev]).toString("utf8");
  const entries = [];
  for (const record2 of out.split("\0")) {
    if (!record2) continue;
    const tab = record2.indexOf("	");
    const [mode, type, oid] = record2.slice(0, tab).split(" ");
    if (type !== "blob" || mode !== "100644" && mode !== "100755") continue;
    entries.push({ oid, path: record2.slice(tab + 1) });
  }
  return entries;
}
function readBlobs(repo, oids, cache) {
  const out = git(repo, ["cat-file", "--batch"], `${oids.join("\n")}
`);
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [oid, , size] = out.subarray(offset, headerEnd).toString("utf8").split(" ");
    const start = headerEnd + 1;
    const length = Number(size);
    cache.set(oid, Buffer.from(out.subarray(start, start + length)));
    offset = start + length + 1;
  }
}

// src/change/config-weakening.ts
function configWeakenings(base, head) {
  const out = [];
  if ((base.file ?? "") !== (head.file ?? "")) {
    out.push({ kind: "file", text: `the configuration file changed from ${base.file ?? "none"} to ${head.file ?? "none"}` });
  }
  const declared = (view) => (view.inventory ?? []).join(", ") || "the default (inventory/ or inventory.yaml)";
  if (declared(base) !== declared(head)) {
    out.push({ kind: "inventory", text: `the declared inventory changed from ${declared(base)} to ${declared(head)}` });
  }
  const levelOf = (view, id) => view.ruleLevels?.[id] ?? ruleById(id)?.meta.severity ?? "error";
  const ids = /* @__PURE__ */ new Set([...Object.keys(base.ruleLevels ?? {}), ...Object.keys(head.ruleLevels ?? {})]);
  for (const id of [...ids].sort()) {
    const before = levelOf(base, id);
    const after = levelOf(head, id);
    if (before === after) continue;
    out.push({
      kind: "rule",
      text: after === "off" ? `rule ${id} turned off (was ${before})` : `rule ${id} changed from ${before} to ${after}`
    });
  }
  const baseSettings = base.settings ?? defaultSettings();
  const headSettings = head.settings ?? defaultSettings();
  const policyKeys = /* @__PURE__ */ new Set([...Object.keys(baseSettings.policy), ...Object.keys(headSettings.policy)]);
  for (const key of [...policyKeys].sort()) {
    const before = baseSettings.policy[key];
    const after = headSettings.policy[key];
    if (!same(before, after)) out.push({ kind: "threshold", text: `threshold ${key} changed from ${show2(before)} to ${show2(after)}` });
  }
  const baseBuilds = new Map(baseSettings.builds.map((b) => [b.build, b]));
  const headBuilds = new Map(headSettings.builds.map((b) => [b.build, b]));
  for (const [build, row2] of headBuilds) {
    const old = baseBuilds.get(build);
    if (!old) out.push({ kind: "catalog", text: `License Server build ${build} added to the catalog, released ${row2.released}` });
    else if (!same(old, row2)) {
      out.push({
        kind: "catalog",
        text: `License Server build ${build} changed in the catalog: released ${old.released} → ${row2.released}`
      });
    }
  }
  for (const build of baseBuilds.keys()) {
    if (!headBuilds.has(build)) out.push({ kind: "catalog", text: `License Server build ${build} removed from the catalog` });
  }
  const netscalerKeys = /* @__PURE__ */ new Set([...Object.keys(baseSettings.netscaler), ...Object.keys(headSettings.netscaler)]);
  for (const key of [...netscalerKeys].sort()) {
    const before = baseSettings.netscaler[key];
    const after = headSettings.netscaler[key];
    if (!same(before, after))
      out.push({ kind: "netscaler", text: `NetScaler setting ${key} changed from ${show2(before)} to ${show2(after)}` });
  }
  const baseLimits = base.limits ?? DEFAULT_PARSE_LIMITS;
  const headLimits = head.limits ?? DEFAULT_PARSE_LIMITS;
  for (const key of Object.keys(baseLimits)) {
    if (baseLimits[key] !== headLimits[key])
      out.push({ kind: "limit", text: `limit ${key} changed from ${baseLimits[key]} to ${headLimits[key]}` });
  }
  if ((base.asOf ?? "") !== (head.asOf ?? "")) {
    out.push({ kind: "as-of", text: `asOf changed from ${base.asOf ?? "the day of the run"} to ${head.asOf ?? "the day of the run"}` });
  }
  return out;
}
function suppressionsAdded(base, head) {
  const suppressedBefore = new Set(base.filter((f) => f.suppression).map((f) => f.fingerprint));
  return head.filter((f) => f.suppression && !suppressedBefore.has(f.fingerprint)).map((f) => ({
    kind: "suppression",
    text: `suppression of ${f.ruleId} added: "${f.message}"`,
    reason: f.suppression.justification
  }));
}
function hiddenByConfig(underBaseConfig, underHeadConfig) {
  const rank = (f) => f.severity === "error" ? 2 : 1;
  const remaining = /* @__PURE__ */ new Map();
  for (const f of underHeadConfig) {
    if (f.suppression) continue;
    const list3 = remaining.get(f.fingerprint);
    if (list3) list3.push(rank(f));
    else remaining.set(f.fingerprint, [rank(f)]);
  }
  const hidden2 = [];
  for (const f of underBaseConfig) {
    if (f.suppression) continue;
    const list3 = remaining.get(f.fingerprint);
    const at = list3 ? list3.findIndex((r) => r >= rank(f)) : -1;
    if (at === -1) hidden2.push(f);
    else list3.splice(at, 1);
  }
  return hidden2;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function show2(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === void 0 ? "unset" : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/change/evidence-change.ts
function judgeEvidenceChange(base, head, headOptions) {
  if (!base.inventory || !head.inventory) return void 0;
  const baseEvidence = base.inventory.evidence ?? [];
  const hosts = evidenceChanges(baseEvidence, head.inventory.evidence ?? []);
  if (hosts.length === 0) return void 0;
  const underBase = lint({ ...headOptions, collected: { ...headOptions.collected, evidence: baseEvidence } });
  const silenced = hiddenByConfig(underBase.findings, head.findings);
  attribute(hosts, silenced, head.inventory, [...baseEvidence, ...head.inventory.evidence ?? []]);
  return { hosts, silenced };
}
function evidenceChanges(base, head) {
  const before = new Map(base.map((e) => [e.folder, e]));
  const after = new Map(head.map((e) => [e.folder, e]));
  const folders = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const changes = [];
  for (const folder of folders) {
    const b = before.get(folder);
    const h = after.get(folder);
    if (b && !h) {
      changes.push({ host: b.host, differences: [{ aspect: "folder", before: "present" }], silences: [] });
      continue;
    }
    if (b && h && sameData(b, h)) continue;
    const differences = [
      ...b ? [] : [{ aspect: "folder", after: "present" }],
      ...differ("collected", collectedDay(b), collectedDay(h)),
      ...differ("version", b?.version?.value, h?.version?.value),
      // What the license position and its rules read: installed, overdraft, in use, the usage history's peak.
      // A product an export of every pool leaves out is 0 installed; no such export says nothing.
      ...productDifferences("installed", b, h, installedCounts, (e) => listsEveryPool(e) ? "0" : void 0),
      ...productDifferences("overdraft", b, h, overdrafts),
      ...productDifferences("inUse", b, h, inUseCounts),
      ...productDifferences("peakInUse", b, h, peaks),
      ...usageDifferences(b, h),
      ...differ("upload", uploadWords(b), uploadWords(h))
    ];
    if (differences.length === 0) differences.push({ aspect: "exports" });
    changes.push({ host: (h ?? b).host, differences, silences: [] });
  }
  return changes;
}
function sameData(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && sameData(a[key], b[key]));
}
function differ(aspect, before, after, product) {
  if (before === after) return [];
  return [
    {
      aspect,
      ...product === void 0 ? {} : { product },
      ...before === void 0 ? {} : { before },
      ...after === void 0 ? {} : { after }
    }
  ];
}
function collectedDay(evidence) {
  const at = evidence?.newest?.collectedAt;
  return at === void 0 ? void 0 : dayOf(at);
}
function uploadWords(evidence) {
  const upload = evidence?.upload;
  if (!upload) return void 0;
  return upload.at === void 0 ? "never" : dayOf(upload.at);
}
function productDifferences(aspect, base, head, values, absent = () => void 0) {
  const before = values(base);
  const after = values(head);
  const products = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  return products.flatMap((product) => differ(aspect, before.get(product) ?? absent(base), after.get(product) ?? absent(head), product));
}
function poolValues(value) {
  return (evidence) => {
    const values = /* @__PURE__ */ new Map();
    for (const pool of evidence?.licenses?.pools ?? []) {
      const shown = value(pool);
      if (shown !== void 0) values.set(pool.product, String(shown));
    }
    return values;
  };
}
var installedCounts = poolValues((pool) => pool.count === void 0 ? "unknown" : pool.count);
var overdrafts = poolValues((pool) => pool.overdraft);
var inUseCounts = poolValues((pool) => pool.inUse);
function peaks(evidence) {
  const values = /* @__PURE__ */ new Map();
  for (const { product, days: days2 } of evidence?.usage?.products ?? []) {
    const peak2 = days2.reduce((best, day) => !best || day.inUse > best.inUse ? day : best, void 0);
    if (peak2) values.set(product, `${peak2.inUse} on ${peak2.day}`);
  }
  return values;
}
function usageDifferences(base, head) {
  const before = new Map((base?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const after = new Map((head?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const peaksBefore = peaks(base);
  const peaksAfter = peaks(head);
  const differences = [];
  for (const product of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    if (peaksBefore.get(product) !== peaksAfter.get(product)) continue;
    const days2 = /* @__PURE__ */ new Map();
    const sample = (day) => days2.get(day) ?? days2.set(day, ["", ""]).get(day);
    for (const day of before.get(product) ?? []) sample(day.day)[0] = JSON.stringify(day);
    for (const day of after.get(product) ?? []) sample(day.day)[1] = JSON.stringify(day);
    const differing = [...days2.values()].filter(([b, a]) => b !== a).length;
    if (differing > 0) differences.push({ aspect: "usage", product, before: String(days2.size), after: String(differing) });
  }
  return differences;
}
function attribute(hosts, silenced, inventory, evidence) {
  for (const change of hosts) {
    const names = /* @__PURE__ */ new Set([change.host.toLowerCase()]);
    for (const e of evidence.filter((x) => x.host === change.host)) {
      const owner = ownerOf(inventory, e);
      if (!owner) continue;
      const host = owner.host;
      for (const name of [host.hostname, host.fqdn, host.name]) if (name) names.add(name.toLowerCase());
    }
    const rules = silenced.filter((finding) => finding.data.subjects.some((subject) => names.has(subject.toLowerCase()))).map((finding) => finding.ruleId);
    change.silences = [...new Set(rules)].sort();
  }
}

// src/change/lint-at.ts
import path14 from "node:path";
function lintedFolders(repoTop, options) {
  const inputs = inputFolders(repoTop, options);
  const collectedFolders = options.collected?.folders ?? [
    DEFAULT_COLLECTED_FOLDER,
    ...inputs.map((input) => path14.posix.join(path14.posix.dirname(input), DEFAULT_COLLECTED_FOLDER))
  ];
  return [...inputs, ...collectedFolders];
}
function lintOlderTree(fs, options) {
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof NoInventoryError)
      return { asOf: options.asOf, files: [], findings: [], withheld: [], unread: [], deadlines: [], inventory: void 0 };
    throw error;
  }
}

// src/change/compared-run.ts
async function comparedRun(request) {
  const config2 = request.config.head;
  const commitTimes = request.commitTimes ?? gitCommitTimes;
  const options = lintOptions(request, config2, { commitTime: commitTimes(request.cwd) });
  const result = lint(options);
  const base = request.base;
  if (!base) return { run: result, config: config2 };
  if ("baseline" in base) {
    const comparison = compareRuns({ findings: readBaseline(base.baseline, request.cwd), withheld: [] }, result);
    return { run: withComparison(result, { base: base.baseline, comparison }), config: config2, introduced: comparison.introduced };
  }
  const top = repositoryTop(request.cwd);
  const inClone = top !== void 0 && hasCommit(top, base.revision);
  if (!inClone && !base.fetch) return { run: result, config: config2, unavailable: { reason: top ? "no-commit" : "no-repository" } };
  try {
    const root = top ?? request.cwd;
    const files = inClone ? cloneFiles(root, base.revision) : base.fetch(root);
    const commitTime = inClone ? commitTimes(root, base.revision) : void 0;
    const baseRun = await lintBase(request, { config: config2, options, result }, { revision: base.revision, root, files, commitTime });
    const comparison = compareRuns(baseRun.lint, result);
    return {
      run: withComparison(result, { base: base.revision, comparison, baseInventory: baseRun.lint.inventory }),
      config: config2,
      base: { ...baseRun, source: inClone ? "clone" : "fetched" },
      // Findings the change hides by relaxing its own configuration, or silences by changing
      // collected evidence, count as introduced.
      introduced: [...comparison.introduced, ...baseRun.configChange.hidden, ...baseRun.evidenceChange?.silenced ?? []]
    };
  } catch (error) {
    return { run: result, config: config2, unavailable: { reason: "failed", error } };
  }
}
function lintOptions(request, config2, evidence) {
  return {
    inputs: request.config.inputs,
    // The base is read as the head is (the same files, the same inventory around a named file):
    // a change to the declared inventory is listed among the changes to its own checks.
    inventory: request.config.head.inventory,
    cwd: request.cwd,
    asOf: request.asOf ?? config2.asOf ?? todayUtc(request.now()),
    settings: config2.settings,
    ruleLevels: config2.ruleLevels,
    limits: config2.limits,
    collected: { folders: config2.collectedFolders, ...evidence },
    // The base's lint reads its commit's tree instead (lintOlderTree).
    ...request.fs ? { fs: request.fs } : {}
  };
}
async function lintBase(request, head, at) {
  const candidates = treePaths(at.root, request.config.candidates);
  const config2 = request.config.at(await at.files([], candidates));
  const options = lintOptions(request, config2, at.commitTime ? { commitTime: at.commitTime } : {});
  const base = lintOlderTree(await at.files(lintedFolders(at.root, options), candidates), options);
  return {
    revision: at.revision,
    config: config2,
    lint: base,
    configChange: judgeConfigChange(config2, head, base, options.asOf),
    // Evidence the change wrote is listed, and what it silences counts as new (issue 24).
    evidenceChange: judgeEvidenceChange(base, head.result, head.options)
  };
}
function judgeConfigChange(baseConfig, head, base, baseAsOf) {
  const shown = (view) => ({
    ...view,
    file: view.file && (path15.relative(head.options.cwd, view.file) || view.file),
    inventory: view.inventory?.map((declared) => path15.relative(head.options.cwd, declared) || ".")
  });
  const weakenings = [
    ...configWeakenings(shown(baseConfig), shown(head.config)),
    ...suppressionsAdded(base.findings, head.result.findings)
  ];
  if (!weakenings.some((w) => w.kind !== "suppression")) return { weakenings, hidden: [] };
  const { settings, ruleLevels, limits } = baseConfig;
  const underBase = lint({ ...head.options, asOf: baseAsOf, settings, ruleLevels, limits });
  return { weakenings, hidden: hiddenByConfig(underBase.findings, head.result.findings) };
}

// src/reporters/evidence-change.ts
var MAX_LISTED2 = 50;
function evidenceChangeWarning(change) {
  if (!change || change.hosts.length === 0) return void 0;
  const n = change.silenced.length;
  const silenced = n > 0 ? `${plural(n, "finding")} of this change would be reported with the base's evidence and ${n === 1 ? "is" : "are"} silenced by it; \`only-new\` counts ${n === 1 ? "it" : "them"} as introduced.` : void 0;
  return {
    head: "> [!WARNING]\n> **This change modifies collected evidence**, which the rules judge by: review these first.",
    items: change.hosts.slice(0, MAX_LISTED2).map((host) => `- ${sentence(host, mdCode)}`),
    unlisted: Math.max(0, change.hosts.length - MAX_LISTED2),
    ...silenced ? { tail: silenced } : {}
  };
}
function evidenceChangeLine(change) {
  if (!change || change.hosts.length === 0) return void 0;
  const quote = (text) => `\`${escapeControls(text)}\``;
  const listed = change.hosts.slice(0, 10).map((host) => sentence(host, quote)).join("; ");
  const more = change.hosts.length > 10 ? `; and ${change.hosts.length - 10} more hosts` : "";
  const silenced = change.silenced.length > 0 ? ` (${plural(change.silenced.length, "finding")} silenced by it)` : "";
  return `this change modifies collected evidence${silenced}: ${listed}${more}`;
}
function sentence(host, quote) {
  const parts = host.differences.map((d) => difference(d, quote));
  const silences = host.silences.length > 0 ? `: this silences ${host.silences.map(quote).join(", ")}` : "";
  return `evidence for ${quote(host.host)} ${parts.join("; ")}${silences}`;
}
function difference(d, quote) {
  switch (d.aspect) {
    case "folder":
      return d.after === void 0 ? "is gone" : "is new";
    case "collected":
      if (d.before === void 0) return `is now dated ${d.after}`;
      if (d.after === void 0) return `has no file dated on or before the as-of day now, was dated ${d.before}`;
      return `is now dated ${d.after}, was ${d.before}`;
    case "version":
      return `now shows ${d.after === void 0 ? "no version" : quote(d.after)}, was ${d.before === void 0 ? "none" : quote(d.before)}`;
    case "installed":
      return `now shows ${d.after ?? "no count of"} ${quote(d.product ?? "")} installed, was ${d.before ?? "none"}`;
    case "overdraft":
      return `now shows ${d.after ?? "no"} ${quote(d.product ?? "")} overdraft, was ${d.before ?? "none"}`;
    case "inUse":
      return `now shows ${d.after ?? "no count of"} ${quote(d.product ?? "")} in use, was ${d.before ?? "none"}`;
    case "peakInUse":
      return `now shows a usage history peak of ${d.after ?? "none"} for ${quote(d.product ?? "")}, was ${d.before ?? "none"}`;
    case "usage":
      return `now shows another usage history for ${quote(d.product ?? "")} (${d.after} of ${d.before} days differ)`;
    case "exports":
      return "shows other exports than before, in what the rules read from them";
    case "upload":
      return `now shows ${uploadWords2(d.after)}, was ${d.before ?? "none"}`;
  }
}
function uploadWords2(value) {
  if (value === void 0) return "no telemetry upload";
  return value === "never" ? "that it never uploaded telemetry" : `the last telemetry upload on ${value}`;
}

// src/reporters/urgency.ts
function byUrgency(result, findings) {
  const introduced = new Set(result.comparison?.comparison.introduced);
  const due = dueDays(result.deadlines, result.asOf);
  const days2 = new Map(findings.map((f) => [f, due(f)]));
  return [...findings].sort(
    (a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1) || days2.get(a) - days2.get(b) || Number(introduced.has(b)) - Number(introduced.has(a))
  );
}
function dueDays(deadlines, asOf) {
  const atPlace = /* @__PURE__ */ new Map();
  for (const d of deadlines) {
    const key = `${d.file}\0${d.line}`;
    atPlace.set(key, Math.min(atPlace.get(key) ?? Infinity, daysBetween(asOf, d.lastDay)));
  }
  return (finding) => {
    if (finding.severity === "error") return Infinity;
    const placed = atPlace.get(`${finding.file}\0${finding.line}`);
    if (placed !== void 0) return placed;
    const days2 = finding.data.due === void 0 ? Infinity : daysBetween(asOf, finding.data.due);
    return Number.isFinite(days2) && days2 > 0 ? days2 : Infinity;
  };
}

// src/reporters/annotation-scope.ts
function annotationScope(result, context, options = {}) {
  const { changed } = options;
  const withheld = new Set(result.withheld);
  const active = [...result.findings.filter((f) => !f.suppression), ...result.withheld];
  const introduced = new Set(result.comparison?.comparison.introduced);
  const onChangedLine = (f) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  const rank = new Map(active.map((f) => [f, (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0)]));
  const basis = options.pullRequest && (result.comparison || changed) ? "change" : "all";
  const candidates = basis === "change" ? active.filter((f) => rank.get(f) > 0) : active;
  const findings = byUrgency(result, candidates).sort(
    (a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1) || rank.get(b) - rank.get(a) || (withheld.has(a) ? 1 : 0) - (withheld.has(b) ? 1 : 0)
  );
  return { findings, basis, active: active.length };
}
function checkRunAnnotationLimit(scope) {
  return ANNOTATIONS_PER_REQUEST * (scope.basis === "change" ? ANNOTATION_REQUESTS.pullRequest : ANNOTATION_REQUESTS.other);
}

// src/reporters/github.ts
function selectAnnotations(scope, context, reserved = { error: 0, warning: 0, notice: 0 }) {
  const picked = [];
  for (const level2 of ["error", "warning"]) {
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - reserved[level2]);
    for (const finding of scope.findings.filter((f) => f.severity === level2).slice(0, room)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = scope.active - picked.length;
  if (left > 0 && reserved.notice < ANNOTATIONS_PER_LEVEL) {
    const why = scope.basis === "change" ? `annotations mark what this change introduces and the lines it changes, at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step` : `GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step`;
    picked.push({
      level: "notice",
      message: `${plural(left, "more finding")} ${left === 1 ? "is" : "are"} not annotated here (${why}): see the job summary, the check run or the SARIF upload.`,
      properties: { title: "citrix-license-lint: more findings" }
    });
  }
  return picked;
}
function toAnnotation(finding, context) {
  const sameLine = finding.line === finding.endLine;
  const message = isWithheld(finding) ? `${withheldNote(finding, context.cwd)}: ${finding.message}` : finding.message;
  return {
    level: finding.severity,
    message: cutToSize(message, ANNOTATION_MESSAGE_MAX - 1024),
    properties: {
      title: finding.ruleId,
      file: displayPath(finding.file, context.cwd),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub takes columns only for single-line annotations.
      ...sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}
    }
  };
}
function formatAnnotations(annotations) {
  return annotations.map((a) => `${workflowCommand(a.level, commandProperties(a.properties), a.message)}
`).join("");
}
var githubReporter = (result, context) => formatAnnotations(selectAnnotations(annotationScope(result, context), context));
function commandProperties(p) {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function workflowCommand(command, properties, message) {
  const pairs = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}
var escapeData = (s) => escapeForLog(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

// src/reporters/json.ts
var jsonReporter = (result, context) => {
  const counts = countFindings(result.findings);
  const compared = result.comparison;
  const introduced = new Set(compared?.comparison.introduced);
  const finding = (f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, context.cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    messageId: f.messageId,
    data: f.data,
    ...compared && !f.suppression ? { status: introduced.has(f) ? "new" : "unchanged" } : {},
    ...f.suppression ? {
      suppressed: {
        justification: f.suppression.justification,
        file: displayPath(f.suppression.file, context.cwd),
        line: f.suppression.line
      }
    } : {}
  });
  const waitsFor = ({ waitsFor: b }) => ({
    ruleId: b.ruleId,
    file: displayPath(b.file, context.cwd),
    line: b.line,
    column: b.column,
    message: b.message,
    fingerprint: b.fingerprint
  });
  const output = {
    tool: { name: "citrix-license-lint", version: context.toolVersion },
    asOf: result.asOf,
    summary: {
      ...counts,
      files: result.files.length,
      // Said when a named file was read with the rest of its inventory.
      ...result.filesRead !== void 0 && result.filesRead !== result.files.length ? { filesRead: result.filesRead } : {},
      compliant: counts.errors === 0 && !result.withheld.some((f) => f.severity === "error"),
      withheld: result.withheld.length,
      telemetryUnverified: result.telemetryUnverified?.length ?? 0
    },
    ...compared ? {
      comparison: {
        base: compared.base,
        introduced: compared.comparison.introduced.length,
        fixed: compared.comparison.fixed.length,
        unchanged: compared.comparison.unchanged.length,
        // Of the introduced and unchanged, those withheld: still present, never fixed.
        withheld: [...compared.comparison.introduced, ...compared.comparison.unchanged].filter(isWithheld).length,
        fixedFindings: compared.comparison.fixed.map((f) => ({
          ruleId: f.ruleId,
          message: f.message,
          fingerprint: f.fingerprint,
          messageId: f.messageId,
          data: f.data
        }))
      }
    } : {},
    // Named files linted on their own: they are in no declared or default inventory.
    ...result.alone?.length ? { alone: result.alone.map((file) => displayPath(file, context.cwd)) } : {},
    findings: result.findings.map((f) => finding(f)),
    // Findings that wait for an error to be fixed: listed, never dropped (docs/json-output.md).
    withheld: result.withheld.map((f) => ({ ...finding(f), waitsFor: waitsFor(f) }))
  };
  return `${JSON.stringify(output, null, 2)}
`;
};

// src/reporters/markdown-message.ts
function mdFinding(finding, rules) {
  const rule = rules.get(finding.ruleId);
  const template = rule && messageTemplate(rule, finding.messageId);
  const values = finding.data.values;
  const renders = template !== void 0 && placeholdersOf(template).every((name) => Object.hasOwn(values, name));
  if (!renders || fillTemplate(template, values) !== finding.message) return mdMessage(finding.message);
  return template.split("`").map((part, i) => i % 2 === 1 ? mdCode(fillTemplate(part, values)) : mdProse(fillTemplate(part, values))).join("").trim();
}
function rulesById(rules) {
  return new Map(rules.map((rule) => [rule.id, rule]));
}
function mdProse(text) {
  const parts = text.split("`");
  if (parts.length % 2 === 0) return mdText(text);
  return parts.map((part, i) => i % 2 === 1 ? mdCode(part) : mdText(part)).join("");
}

// src/reporters/telemetry-note.ts
function telemetryNote(result) {
  const count3 = result.telemetryUnverified?.length ?? 0;
  if (count3 === 0) return "";
  return ` Telemetry unverified on ${plural(count3, "automatic host")}: no collected evidence states ${count3 === 1 ? "its" : "their"} last upload (docs/collect.md).`;
}

// src/reporters/extent-words.ts
function filesWords(result, noun = "file") {
  const shown = result.files.length;
  const read = result.filesRead ?? shown;
  if (read <= shown) return plural(shown, noun);
  return `${plural(shown, noun)} (${formatCount(read)} read with ${shown === 1 ? "its" : "their"} inventory)`;
}
function aloneNote(result, cwd, quote) {
  const alone = result.alone ?? [];
  if (alone.length === 0) return "";
  const names = alone.map((file) => quote(displayPath(file, cwd))).join(", ");
  const them = alone.length === 1 ? "it is" : "they are";
  return `${names}: linted on ${alone.length === 1 ? "its" : "their"} own, as named: ${them} in no declared or default inventory (\`inventory:\` in .citrix-license-lint.yml, else inventory/ or inventory.yaml), so no other file was read.`;
}

// src/reporters/digest-markdown.ts
var HOST_WORDS = {
  added: (h) => `added ${h}`,
  "added-decommissioned": (h) => `added ${h} (decommissioned)`,
  decommissioned: (h) => `decommissioned ${h}: its allocations must be returned`,
  reactivated: (h) => `reactivated ${h}`,
  removed: (h) => `removed ${h} from the inventory`
};
function allocationLine(a) {
  const n = formatCount(a.quantity);
  if (a.change === "moved") return `moved ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.from)} to ${mdCode(a.to)}`;
  return a.change === "allocated" ? `allocated ${n} of ${mdCode(a.entitlement)} to ${mdCode(a.host)}` : `returned ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.host)}`;
}
function digestMarkdown(digest, budget, whereAll) {
  const title = "### What this change does to licensing";
  if (digest.hosts.length + digest.allocations.length + digest.products.length === 0)
    return `${title}

Nothing that licensing depends on: no host, allocation, entitlement or installed count changed.`;
  const blocks = [];
  if (digest.hosts.length > 0)
    blocks.push({
      heading: "**License servers and consoles**\n\n",
      lines: digest.hosts.map((h) => `- ${HOST_WORDS[h.change](mdCode(h.hostname))}`)
    });
  if (digest.allocations.length > 0)
    blocks.push({ heading: "**Allocations**\n\n", lines: digest.allocations.map((a) => `- ${allocationLine(a)}`) });
  if (digest.products.length > 0)
    blocks.push({
      heading: "**Installed against purchased**\n\n| Product | Installed | Purchased (active) | |\n|---|---:|---:|---|\n",
      lines: digest.products.map(
        (p) => `| ${mdCell(mdCode(p.product))} | ${formatCount(p.installedBefore)} → ${formatCount(p.installedAfter)} | ${formatCount(p.purchasedBefore)} → ${formatCount(p.purchasedAfter)} | ${p.installedAfter > p.purchasedAfter ? "❌ over" : "✅"} |`
      )
    });
  const total = blocks.reduce((n, b) => n + b.lines.length, 0);
  const reserve = 300;
  let text = title;
  let used = githubSize(text);
  let shown = 0;
  outer: for (const block of blocks) {
    const opening = `

${block.heading}`;
    if (used + githubSize(opening) + reserve > budget) break;
    let part = opening;
    let first = true;
    for (const line of block.lines) {
      const piece = `${first ? "" : "\n"}${line}`;
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
    text += `

_${formatCount(total - shown)} more ${total - shown === 1 ? "line" : "lines"} of this digest left out to stay within GitHub's size limit: ${whereAll}._`;
  return text;
}

// src/reporters/standing-warning.ts
function fitWarning(warning, room, whereAll) {
  const tail = warning.tail ? `

${warning.tail}` : "";
  const total = warning.items.length + (warning.unlisted ?? 0);
  const whole = render(warning.head, warning.items, moreLine(warning.unlisted ?? 0, false, whereAll), tail);
  if (githubSize(whole) <= room) return whole;
  const reserve = githubSize(moreLine(total, true, whereAll)) + 1;
  let used = githubSize(warning.head) + githubSize(tail) + 2 + reserve;
  const shown = [];
  for (const item of warning.items) {
    const size = githubSize(item) + 1;
    if (used + size > room) break;
    shown.push(item);
    used += size;
  }
  return render(warning.head, shown, moreLine(total - shown.length, true, whereAll), tail);
}
function render(head, items, more, tail) {
  const lines = more ? [...items, more] : items;
  return `${head}${lines.length > 0 ? `

${lines.join("\n")}` : ""}${tail}`;
}
function moreLine(count3, cut, whereAll) {
  if (count3 === 0) return "";
  if (!cut) return `- and ${formatCount(count3)} more`;
  return `- and ${formatCount(count3)} more, left out here to stay within GitHub's size limit${whereAll ? `: ${whereAll}` : ""}`;
}

// src/reporters/markdown.ts
var GANTT_HORIZON_DAYS = 365;
var GANTT_MAX_TASKS = 30;
var DEADLINE_LIST_MAX = 10;
var FIXED_LIST_MAX = 50;
var SUMMARY_OPTIONS = { budget: STEP_SUMMARY_MAX - 16 * 1024 };
var markdownReporter = (result, context) => markdownReport(result, context, SUMMARY_OPTIONS);
function markdownReport(result, context, options) {
  const counts = countFindings(result.findings);
  const verdict = options.verdict ?? judge(result.findings, result.comparison?.comparison.introduced, { failOn: "error", onlyNew: false }, result.withheld);
  const whereAll = options.whereAll ?? "run `citrix-license-lint --format json` for everything";
  const closingReserve = 600;
  const budget = options.budget - closingReserve;
  const parts = [];
  const rules = rulesById(context.rules);
  const introduced = new Set(result.comparison?.comparison.introduced);
  let used = 0;
  const add = (text2, max = budget) => {
    const size = githubSize(`${text2}

`);
    if (used + size > Math.min(max, budget)) return false;
    parts.push(text2);
    used += size;
    return true;
  };
  if (options.marker) {
    parts.push(options.marker);
    used += githubSize(`${options.marker}

`);
  }
  const warnings = options.warnings ?? [];
  let warningRoom = Math.floor((budget - used) / 2);
  warnings.forEach((warning, i) => {
    const text2 = fitWarning(warning, Math.floor(warningRoom / (warnings.length - i)), whereAll);
    warningRoom -= githubSize(`${text2}

`);
    parts.push(text2);
    used += githubSize(`${text2}

`);
  });
  add(headline(result, verdict));
  const alone = aloneNote(result, context.cwd, mdCode);
  if (alone) add(alone);
  if (result.comparison) {
    const { comparison, base } = result.comparison;
    add(`This change **${countsLine(comparison)}** (compared with ${mdCode(base.length === 40 ? base.slice(0, 10) : base)}).`);
    if (comparison.fixed.length > 0) {
      const fixed = comparison.fixed.slice(0, FIXED_LIST_MAX).map((f) => `- ${mdCode(f.ruleId)}: ${mdFinding(f, rules)}`);
      const more = comparison.fixed.length > FIXED_LIST_MAX ? `
- and ${comparison.fixed.length - FIXED_LIST_MAX} more` : "";
      add(
        `<details><summary>Fixed by this change (${comparison.fixed.length})</summary>

${fixed.join("\n")}${more}

</details>`,
        used + budget / 6
      );
    }
  }
  if (options.lead) add(options.lead);
  if (options.digest) add(digestMarkdown(options.digest, Math.floor((budget - used) / 3), whereAll));
  const active = byUrgency(
    result,
    result.findings.filter((f) => !f.suppression)
  );
  const groups = groupByRule(active);
  if (active.length > 0) add(ruleTable(groups, context), used + budget / 6);
  const withheld = withheldMarkdown(result.withheld, context, rules, introduced, Math.floor(budget / 6));
  if (withheld) add(withheld);
  const deadlines = deadlineList(result.deadlines, result.asOf);
  if (deadlines) add(deadlines, used + budget / 8);
  const gantt = ganttChart(result.deadlines, result.asOf);
  if (gantt) add(gantt, used + budget / 6);
  const shown = shareRows(
    groups,
    budget - used,
    (f) => row(f, context, rules, introduced.has(f)),
    (id, group) => sectionHead(id, group, context)
  );
  let text = `${parts.join("\n\n")}
`;
  let shownCount = 0;
  for (const [ruleId, group] of groups) {
    const rows = shown.get(ruleId);
    if (rows === void 0) continue;
    text += sectionHead(ruleId, group, context);
    text += rows.map((f) => row(f, context, rules, introduced.has(f))).join("");
    if (rows.length < group.length) text += `
_${formatCount(group.length - rows.length)} more of this rule not shown._
`;
    shownCount += rows.length;
  }
  if (shownCount < active.length) {
    const left = active.length - shownCount;
    text += `
_${formatCount(left)} more ${left === 1 ? "finding is" : "findings are"} not shown here, to stay within GitHub's size limit: ${whereAll}._
`;
  }
  const suppressed = suppressedMarkdown(result.findings);
  if (suppressed && githubSize(text) + githubSize(suppressed) + 2 <= options.budget) text += `
${suppressed}
`;
  else if (counts.suppressed > 0)
    text += `
${plural(counts.suppressed, "finding")} suppressed inline with a reason (listed in the SARIF and JSON reports).
`;
  const links = [
    options.runLinks?.run ? `[Workflow run](${options.runLinks.run})` : "",
    options.runLinks?.checkRun ? `[Check run](${options.runLinks.checkRun})` : ""
  ].filter(Boolean);
  if (links.length > 0) text += `
${links.join(" · ")}
`;
  return text;
}
function headline(result, verdict) {
  const { counts } = verdict;
  const words = verdictWords(verdict);
  const files = filesWords(result, "inventory file");
  const suppressed = `${counts.suppressed > 0 ? `, ${formatCount(counts.suppressed)} suppressed` : ""}${result.withheld.length > 0 ? `, ${withheldCount(result.withheld)}` : ""}`;
  const scope = verdict.onlyNew ? ` (judged on what this change introduces: ${plural(verdict.judged.errors, "error")}, ${plural(verdict.judged.warnings, "warning")})` : "";
  if (counts.errors === 0 && counts.warnings === 0 && result.withheld.length === 0)
    return `## ${words.icon} citrix-license-lint: ${words.title}

No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
  return `## ${words.icon} citrix-license-lint: ${words.title}

**${plural(counts.errors, "error")}**, ${plural(counts.warnings, "warning")} in ${files} as of ${result.asOf}${suppressed}${scope}.${telemetryNote(result)}`;
}
function withheldMarkdown(withheld, context, rules, introduced, room) {
  if (withheld.length === 0) return void 0;
  let text = `### Withheld until the errors they wait for are fixed (${formatCount(withheld.length)})

These may rest on what could not be read: fix the error each waits for before following their advice. They count in the verdict as they are.

| Location | Message | Waits for |
|---|---|---|
`;
  let shown = 0;
  for (const finding of withheld) {
    const waits = `${mdCell(mdCode(finding.waitsFor.ruleId))} at ${mdCell(mdCode(`${displayPath(finding.waitsFor.file, context.cwd)}:${finding.waitsFor.line}`))}`;
    const row2 = `| ${location(finding, context)} | ${introduced.has(finding) ? "🆕 " : ""}${mdCell(mdFinding(finding, rules))} | ${waits} |
`;
    if (githubSize(text) + githubSize(row2) + 80 > room) break;
    text += row2;
    shown++;
  }
  if (shown < withheld.length) text += `
_${formatCount(withheld.length - shown)} more withheld, not shown here._
`;
  return text.trimEnd();
}
function ruleTable(groups, context) {
  const rows = [...groups].map(([ruleId, group]) => {
    const errors = group.filter((f) => f.severity === "error").length;
    return `| ${ruleLink(ruleId, context)} | ${errors} | ${group.length - errors} |`;
  });
  return `| Rule | Errors | Warnings |
|---|---:|---:|
${rows.join("\n")}`;
}
function ruleLink(ruleId, context) {
  const url = context.rules.find((r) => r.id === ruleId)?.url;
  return url ? `[${mdCell(mdCode(ruleId))}](${url})` : mdCell(mdCode(ruleId));
}
function groupByRule(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}
function sectionHead(ruleId, group, context) {
  const rule = context.rules.find((r) => r.id === ruleId);
  const fix = rule?.help?.fix ? `**How to fix.** ${mdMessage(rule.help.fix.replace(/\s*\n\s*/g, " "))} ` : "";
  const more = rule ? `[Rule documentation](${rule.url})` : "";
  return `
### ${mdCode(ruleId)} (${group.length})

${fix}${more}

| Location | Message |
|---|---|
`;
}
function row(finding, context, rules, isNew) {
  return `| ${location(finding, context)} | ${isNew ? "🆕 " : ""}${mdCell(mdFinding(finding, rules))} |
`;
}
function shareRows(groups, room, rowText, headText) {
  const shown = /* @__PURE__ */ new Map();
  let used = 0;
  const moreLine2 = 80;
  for (let round = 0; ; round++) {
    let added = false;
    for (const [ruleId, group] of groups) {
      const finding = group[round];
      if (!finding) continue;
      const rows = shown.get(ruleId);
      if (round > 0 && rows?.length !== round) continue;
      const cost = githubSize(rowText(finding)) + (round === 0 ? githubSize(headText(ruleId, group)) + moreLine2 : 0);
      if (used + cost > room) continue;
      used += cost;
      if (rows) rows.push(finding);
      else shown.set(ruleId, [finding]);
      added = true;
    }
    if (!added) return shown;
  }
}
function location(finding, context) {
  const file = displayPath(finding.file, context.cwd);
  const label = mdCell(mdCode(`${file}:${finding.line}`));
  if (!context.links) return label;
  return `[${label}](${blobUrl(context.links, file, finding.line)})`;
}
function deadlineList(deadlines, asOf) {
  const soon = [...deadlines].sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0).slice(0, DEADLINE_LIST_MAX);
  if (soon.length === 0) return void 0;
  const lines = soon.map((d) => {
    const days2 = daysBetween(asOf, d.lastDay);
    return `- **${d.lastDay}** (${days2 === 0 ? "today" : `in ${plural(days2, "day")}`}): ${mdMessage(d.subject)}: ${mdMessage(d.action)}`;
  });
  return `### Nearest deadlines

${lines.join("\n")}`;
}
function ganttChart(deadlines, asOf) {
  const upcoming = [...deadlines].filter((d) => daysBetween(asOf, d.lastDay) <= GANTT_HORIZON_DAYS).sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0).slice(0, GANTT_MAX_TASKS);
  if (upcoming.length === 0) return void 0;
  const lines = [
    "```mermaid",
    "gantt",
    `    title Licensing deadlines after ${asOf}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %Y-%m-%d"
  ];
  const bySection = /* @__PURE__ */ new Map();
  for (const deadline of upcoming) {
    const group = bySection.get(deadline.kind);
    if (group) group.push(deadline);
    else bySection.set(deadline.kind, [deadline]);
  }
  let id = 0;
  for (const [kind, group] of bySection) {
    lines.push(`    section ${mermaidName(kind.charAt(0).toUpperCase() + kind.slice(1))}`);
    for (const deadline of group) lines.push(`    ${mermaidName(deadline.subject)} :milestone, d${++id}, ${deadline.lastDay}, 0d`);
  }
  lines.push("```");
  const more = deadlines.length - upcoming.length;
  return `### Upcoming deadlines

${lines.join("\n")}${more > 0 ? `

_${plural(more, "later deadline")} not charted._` : ""}`;
}

// src/reporters/rank.ts
function importance(finding, introduced) {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === "error" ? 0 : 1);
}

// src/reporters/sarif.ts
var FINGERPRINT_KEY = "citrixLicenseLint/v1";
var MAX_SARIF_RESULTS = SARIF_RESULTS_MAX;
var sarifReporter = (result, context) => sarifReport(result, context, { category: context.category });
function sarifReport(result, context, options) {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const all = [...result.findings, ...result.withheld];
  const findings = mostImportant(all, MAX_SARIF_RESULTS);
  const omitted = all.length - findings.length;
  const fingerprints = distinctFingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "citrix-license-lint",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: DOCS_BASE,
            rules: context.rules.map(({ id, severity, description, help, url }) => ({
              id,
              name: id.replace(/(^|[/-])(\w)/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: description },
              fullDescription: { text: help?.why.replace(/\s*\n\s*/g, " ") ?? description },
              help: {
                text: `${help?.fix.replace(/\s*\n\s*/g, " ") ?? description} Documentation: ${url}`,
                markdown: `${help?.why ?? description}

**How to fix.** ${help?.fix ?? ""}

[Rule documentation](${url})`
              },
              helpUri: url,
              defaultConfiguration: { level: severity },
              properties: { tags: ["licensing", "compliance", id.split("/")[0]] }
            }))
          }
        },
        // "category/run-id": upload-sarif reads the category from the part before the last slash.
        automationDetails: { id: `${options.category ? options.category.replace(/\/+$/, "") : "citrix-license-lint"}/` },
        // Columns count UTF-16 code units: they are offsets into JavaScript strings.
        columnKind: "utf16CodeUnits",
        ...omitted > 0 ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: "warning",
                  message: {
                    text: `${omitted} more findings are not in this file: GitHub code scanning takes at most ${MAX_SARIF_RESULTS} results per run. Errors come first, then warnings, then suppressed findings; \`--format json\` lists them all.`
                  }
                }
              ]
            }
          ]
        } : {},
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: finding.severity,
          message: { text: isWithheld(finding) ? `${finding.message} (${withheldNote(finding, context.cwd)})` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriPath(displayPath(finding.file, context.cwd)) },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
              }
            }
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(finding) },
          ...finding.suppression ? { suppressions: [{ kind: "inSource", status: "accepted", justification: finding.suppression.justification }] } : {},
          ...isWithheld(finding) ? {
            properties: {
              withheld: {
                waitsFor: {
                  ruleId: finding.waitsFor.ruleId,
                  uri: uriPath(displayPath(finding.waitsFor.file, context.cwd)),
                  line: finding.waitsFor.line,
                  column: finding.waitsFor.column
                }
              }
            }
          } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function distinctFingerprints(findings) {
  const uses = /* @__PURE__ */ new Map();
  for (const f of findings) uses.set(f.fingerprint, (uses.get(f.fingerprint) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const f of findings) {
    let print = uses.get(f.fingerprint) > 1 ? `${f.fingerprint}:${hash53(f.message)}` : f.fingerprint;
    for (let n = 2; taken.has(print); n++) print = `${f.fingerprint}:${hash53(f.message)}:${n}`;
    taken.add(print);
    out.set(f, print);
  }
  return out;
}
function mostImportant(findings, max) {
  if (findings.length <= max) return findings;
  const kept = new Set([...findings].sort((a, b) => importance(a) - importance(b)).slice(0, max));
  return findings.filter((f) => kept.has(f));
}

// src/reporters/position.ts
var POSITION_COLUMNS = [
  "product",
  "bought",
  "allocated",
  "installed",
  "overdraft",
  "inUse",
  "peakInUse",
  "peakOn",
  "peakFrom",
  "peakTo",
  "hosts"
];
function positionReport(position, cwd) {
  const hostRecord = (h) => ({
    host: h.host.hostname,
    kind: h.kind,
    // At least this many: unknown, as the row's total is.
    installed: h.partial ? null : h.installed,
    installedFrom: h.installedFrom,
    installedCollected: h.installedCollected ?? null,
    overdraft: h.inDoubt ? null : h.overdraft,
    inUse: h.inDoubt ? null : h.inUse,
    evidence: h.pools ? displayPath(h.pools.file.file, cwd) : null,
    usage: h.usage ? displayPath(h.usage.file.file, cwd) : null
  });
  const product = (row2) => ({
    product: row2.product,
    bought: row2.unread?.bought ? null : row2.bought,
    allocated: row2.unread?.allocated ? null : row2.allocated,
    installed: row2.installed,
    overdraft: row2.overdraft,
    inUse: row2.inUse,
    peakInUse: row2.peak?.inUse ?? null,
    peakOn: row2.peak?.on ?? null,
    peakFrom: row2.peak?.from ?? null,
    peakTo: row2.peak?.to ?? null,
    hosts: row2.hosts.map(hostRecord)
  });
  return {
    asOf: position.asOf,
    products: position.products.map(product),
    unseen: position.unseen.map(({ kind, host }) => ({ host: host.hostname, kind, activation: host.activation ?? null })),
    ...position.unread ? { unread: true } : {}
  };
}
var UNREAD_WORDS = "Parts of the inventory could not be read as written (a syntax or schema error): what they may change is unknown until the errors citrix-license-lint reports are fixed.";
function positionJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
var count = (n) => n === null ? "unknown" : formatCount(n);
function hostWords(h) {
  if (h.installed === null && h.inUse === null) return `${h.host}: unknown`;
  const collected = h.installedCollected !== null && h.installedCollected !== h.installed ? `; ${formatCount(h.installedCollected)} collected` : "";
  const parts = [`${count(h.installed)} installed${h.installed === null ? "" : ` (${h.installedFrom}${collected})`}`];
  if (h.overdraft !== null && h.overdraft > 0) parts.push(`${formatCount(h.overdraft)} overdraft`);
  parts.push(`${count(h.inUse)} in use`);
  return `${h.host}: ${parts.join(", ")}`;
}
function peakWords(row2) {
  return row2.peakInUse === null ? "unknown" : `${formatCount(row2.peakInUse)} on ${row2.peakOn}`;
}
function unseenWords(unseen) {
  const names = unseen.map((u) => `${u.host} (${u.kind}${u.activation ? `, ${u.activation}` : ""})`);
  return `Unknown: nothing read shows what ${names.length === 1 ? "this host holds" : "these hosts hold"}: ${names.join(", ")}. Collect the pools of each license server (docs/collect.md); docs/position.md says which export shows what.`;
}
function positionText(report) {
  const header = ["PRODUCT", "BOUGHT", "ALLOCATED", "INSTALLED", "OVERDRAFT", "IN USE", "PEAK IN USE", "HOSTS"];
  const rows = report.products.map((r) => [
    escapeForLog(r.product),
    count(r.bought),
    count(r.allocated),
    count(r.installed),
    count(r.overdraft),
    count(r.inUse),
    peakWords(r),
    escapeForLog(r.hosts.map(hostWords).join("; ") || "-")
  ]);
  const numeric = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])).join("  ").trimEnd();
  const title = `License position as of ${report.asOf} (unknown: nothing the linter reads shows it)`;
  if (rows.length === 0) return `${title}

No product is bought, allocated or installed.
`;
  const unseen = report.unseen.length > 0 ? `
${escapeForLog(unseenWords(report.unseen))}
` : "";
  const unread = report.unread ? `
${UNREAD_WORDS}
` : "";
  return `${title}

${[header, ...rows].map(line).join("\n")}
${unseen}${unread}`;
}
function positionCsv(report) {
  const cell = (value) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = report.products.map(
    (r) => POSITION_COLUMNS.map((column) => cell(column === "hosts" ? r.hosts.map(hostWords).join("; ") : r[column])).join(",")
  );
  return `${[POSITION_COLUMNS.join(","), ...lines].join("\r\n")}\r
`;
}

// src/reporters/position-markdown.ts
var HEAD = "| Product | Bought | Allocated | Installed | Overdraft | In use | Peak in use | Hosts |\n|---|---:|---:|---:|---:|---:|---|---|";
var NUMBERS = ["bought", "allocated", "installed", "overdraft", "inUse"];
var count2 = (n) => n === null ? "_unknown_" : formatCount(n);
var peak = (r) => r?.peakInUse == null ? "_unknown_" : `${formatCount(r.peakInUse)} (${r.peakOn})`;
function hostCell(hosts) {
  if (hosts.length === 0) return "—";
  return hosts.map(
    (h) => `${mdCode(h.host)} ${h.installed === null && h.inUse === null ? "_unknown_" : `${count2(h.installed)} / ${count2(h.inUse)} in use`}`
  ).join(", ");
}
function unseenLine(report) {
  const unread = report.unread ? `

_Unknown_: ${UNREAD_WORDS}` : "";
  if (report.unseen.length === 0) return unread;
  const names = report.unseen.map((u) => mdCode(u.host)).join(", ");
  return `

_Unknown_: nothing read shows what ${names} ${report.unseen.length === 1 ? "holds" : "hold"}; collect their pools (docs/collect.md, docs/position.md).${unread}`;
}
function positionMarkdown(report, budget = Number.POSITIVE_INFINITY) {
  const title = `### License position as of ${report.asOf}`;
  if (report.products.length === 0) return `${title}

No product is bought, allocated or installed.`;
  const closing = unseenLine(report);
  const rows = report.products.map(
    (r) => `| ${mdCell(mdCode(r.product))} | ${NUMBERS.map((k) => count2(r[k])).join(" | ")} | ${peak(r)} | ${mdCell(hostCell(r.hosts))} |`
  );
  return withinBudget(`${title}

${HEAD}`, rows, closing, budget, "product");
}
function positionChangeMarkdown(base, head, budget) {
  const before = new Map(base.products.map((r) => [r.product, r]));
  const after = new Map(head.products.map((r) => [r.product, r]));
  const names = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const rows = [];
  for (const name of names) {
    const [b, a] = [before.get(name), after.get(name)];
    const cells = NUMBERS.map((k) => moved(b?.[k] ?? (b ? null : 0), a?.[k] ?? (a ? null : 0), count2));
    const peakCell = peak(b) === peak(a) ? peak(a) : `${peak(b)} → ${peak(a)}`;
    if (!cells.some((c) => c.moved) && peak(b) === peak(a)) continue;
    rows.push(`| ${mdCell(mdCode(name))} | ${cells.map((c) => c.text).join(" | ")} | ${peakCell} | ${mdCell(hostCell(a?.hosts ?? []))} |`);
  }
  if (rows.length === 0) return void 0;
  const title = `### What this change does to the license position (as of ${head.asOf})`;
  return withinBudget(`${title}

${HEAD}`, rows, unseenLine(head), budget, "moved row");
}
function moved(before, after, words) {
  return before === after ? { text: words(after), moved: false } : { text: `${words(before)} → ${words(after)}`, moved: true };
}
function withinBudget(head, rows, closing, budget, what) {
  let text = head;
  let shown = 0;
  const reserve = githubSize(closing) + 120;
  for (const row2 of rows) {
    if (githubSize(text) + githubSize(row2) + 1 + reserve > budget) break;
    text += `
${row2}`;
    shown++;
  }
  const left = rows.length - shown;
  const more = left > 0 ? `

_${formatCount(left)} more ${left === 1 ? what : `${what}s`} left out to stay within GitHub's size limit: run \`citrix-license-lint position\` for all._` : "";
  return `${text}${more}${closing}`;
}

export {
  byUrgency,
  annotationScope,
  checkRunAnnotationLimit,
  selectAnnotations,
  formatAnnotations,
  githubReporter,
  hash53,
  countFindings,
  judge,
  jsonReporter,
  telemetryNote,
  countsLine,
  filesWords,
  aloneNote,
  mdCode,
  mdText,
  mdMessage,
  weakeningWarning,
  weakeningLine,
  mdFinding,
  rulesById,
  verdictWords,
  markdownReporter,
  markdownReport,
  sarifReporter,
  sarifReport,
  readLicenseFile,
  LICENSE_SERVER_BUILDS,
  NETSCALER_THRESHOLDS,
  POLICY,
  defaultSettings,
  DEFAULT_PARSE_LIMITS,
  string2 as string,
  object,
  _enum,
  refine,
  stringbool,
  resolveConfig,
  readConfig,
  THRESHOLD_KEYS,
  resolveInputs,
  configSource,
  writeBaseline,
  InventoryIndex,
  lint,
  gitCommitTimes,
  git,
  repositoryTop,
  treeFileFilter,
  lintedFolders,
  lintOlderTree,
  comparedRun,
  positionReport,
  positionJson,
  positionText,
  positionCsv,
  positionMarkdown,
  positionChangeMarkdown,
  evidenceChangeWarning,
  evidenceChangeLine
};
