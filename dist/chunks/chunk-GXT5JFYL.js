#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/domain/host-names.ts
var HOST_ID = /^[0-9a-f]{12}$/i;
function isHostId(value) {
  return HOST_ID.test(value);
}
function isAnyHost(value) {
  return value.toUpperCase() === "ANY";
}
function shortKey(name) {
  const dot = name.indexOf(".");
  return (dot === -1 ? name : name.slice(0, dot)).toLowerCase();
}
function spellingOf(bound, host) {
  const lower = bound.toLowerCase();
  if (lower === host.hostname.toLowerCase()) return "case";
  if (host.fqdn && lower === host.fqdn.toLowerCase()) return "fqdn";
  if (shortKey(bound) !== shortKey(host.hostname)) return void 0;
  const boundIsFqdn = bound.includes(".");
  const hostIsFqdn = host.hostname.includes(".");
  if (boundIsFqdn && !hostIsFqdn) return "fqdn";
  if (!boundIsFqdn && hostIsFqdn) return "short";
  return void 0;
}

// src/util/dates.ts
var ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?$/;
function isIsoDate(text) {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
var DASH = 45;
function digits(text, start, end) {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
function isIsoDateOrTimestamp(text) {
  if (isIsoDate(text)) return true;
  const m = ISO_TIMESTAMP.exec(text);
  return m !== null && isIsoDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60;
}
function toIsoDate(text) {
  if (isIsoDate(text)) return text;
  if (isIsoDateOrTimestamp(text)) return text.slice(0, 10);
  return void 0;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
}
function toUtc(date) {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
function fromUtc(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function addDays(date, days) {
  return fromUtc(toUtc(date) + days * 864e5);
}
function addMonths(date, months) {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (month % 12 + 12) % 12;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(targetYear, targetMonth + 1));
  return fromUtc(Date.UTC(targetYear, targetMonth, day));
}
function daysBetween(from, to) {
  return Math.round((toUtc(to) - toUtc(from)) / 864e5);
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}

// src/util/template.ts
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
function fillTemplate(template, values = {}, fallback) {
  return template.replace(PLACEHOLDER, (_, name) => {
    const value = fallback === void 0 || Object.hasOwn(values, name) ? values[name] : fallback[name];
    if (value === void 0) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}
var names = /* @__PURE__ */ new Map();
function placeholdersOf(template) {
  let found = names.get(template);
  if (!found) names.set(template, found = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))]);
  return found;
}

// src/licfile/messages.ts
var LICENSE_FILE_MESSAGES = {
  empty: "the license file is empty: download it again from the licensing portal",
  notFlexNet: "this is not a FlexNet license file: it has no SERVER, VENDOR, INCREMENT or FEATURE line; check that the path names the .lic file",
  unclosedQuote: "the {{keyword}} entry starting here opens a quote that is never closed: the file is truncated; download it again",
  noVendorName: "{{keyword}} needs the vendor daemon name (CITRIX)",
  serverFields: "SERVER needs a host name and a host id (for example SERVER this_host HOSTNAME=ctxls01)",
  incrementFields: "{{keyword}} needs five fields before its KEY=value pairs: feature, vendor, version, expiry and count; this one has {{count}}",
  featureField: 'the feature name "{{value}}" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
  versionField: 'the version field of {{feature}} must be a date written YYYY.MMDD (the CSS date), not "{{value}}"',
  expiryField: 'the expiry field of {{feature}} must be `permanent` or a date like 31-dec-2027, not "{{value}}"',
  countField: 'the count field of {{feature}} must be a whole number or `uncounted`, not "{{value}}"',
  tooLarge: "the file is {{size}} KB, over the {{limit}} MB limit: a license file is a few KB; check that the path names the .lic file (or raise limits.licenseFileMB)",
  binary: "this is a binary file, not a FlexNet license file: check that the path names the .lic file"
};
function licenseProblemText(id, values = {}) {
  return { id, values, message: fillTemplate(LICENSE_FILE_MESSAGES[id], values) };
}

export {
  fillTemplate,
  placeholdersOf,
  isHostId,
  isAnyHost,
  shortKey,
  spellingOf,
  isIsoDate,
  isIsoDateOrTimestamp,
  toIsoDate,
  addDays,
  addMonths,
  daysBetween,
  todayUtc,
  LICENSE_FILE_MESSAGES,
  licenseProblemText
};
