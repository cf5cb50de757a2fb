import type { IsoDate } from '../model/inventory.js';
import { isIsoDate } from '../util/dates.js';
import { logicalLines, type LogicalLine, type Token } from './tokenize.js';
import { licenseProblemText, type LicenseProblemId } from './messages.js';
import type { TemplateValues } from '../util/template.js';

export interface LicenseProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A key of LICENSE_FILE_MESSAGES, with its placeholders' values. */
  id: LicenseProblemId;
  values: TemplateValues;
  message: string;
}

export interface ParsedIncrement {
  keyword: 'INCREMENT' | 'FEATURE';
  line: number;
  column: number;
  endColumn: number;
  product: string;
  vendor: string;
  cssDate?: IsoDate;
  expires: 'permanent' | IsoDate;
  count: number | 'uncounted';
  licenseType?: string;
  serial?: string;
  issued?: IsoDate;
  start?: IsoDate;
  /** VENDOR_STRING split on `;`: LT, GP, CL, SA, ODP... */
  vendorFields: Record<string, string>;
}

export interface ParsedLicenseFile {
  server?: { host: string; hostname?: string; hostid?: string; line: number; column: number; endColumn: number };
  vendors: string[];
  useServer: boolean;
  increments: ParsedIncrement[];
  /** Keywords this parser does not interpret (PACKAGE, UPGRADE...): kept, never fatal. */
  otherKeywords: { keyword: string; line: number }[];
  problems: LicenseProblem[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const KNOWN = new Set(['SERVER', 'VENDOR', 'DAEMON', 'USE_SERVER', 'INCREMENT', 'FEATURE']);

/** Reads the FlexNet text format as Citrix writes it. Never throws; problems carry positions. */
export function parseLicenseText(text: string): ParsedLicenseFile {
  const parsed: ParsedLicenseFile = { vendors: [], useServer: false, increments: [], otherKeywords: [], problems: [] };
  const problem: Problem = (line, column, endColumn, id, values) =>
    parsed.problems.push({ line, column, endLine: line, endColumn: Math.max(endColumn, column + 1), ...licenseProblemText(id, values) });

  if (text.trim() === '') {
    problem(1, 1, 1, 'empty');
    return parsed;
  }
  const lines = logicalLines(text);
  const recognised = lines.filter((l) => KNOWN.has(l.tokens[0]?.text.toUpperCase() ?? '')).length;
  if (recognised === 0) {
    const first = lines[0];
    problem(first?.line ?? 1, 1, first?.firstLineEnd ?? 1, 'notFlexNet');
    return parsed;
  }
  for (const logical of lines) {
    const head = logical.tokens[0]!;
    const keyword = head.text.toUpperCase();
    if (logical.unterminatedQuote) {
      problem(logical.line, 1, logical.firstLineEnd, 'unclosedQuote', { keyword });
      continue;
    }
    switch (keyword) {
      case 'SERVER':
        readServer(logical, parsed, problem);
        break;
      case 'VENDOR':
      case 'DAEMON':
        if (logical.tokens[1]) parsed.vendors.push(logical.tokens[1].text);
        else problem(logical.line, head.column, logical.firstLineEnd, 'noVendorName', { keyword });
        break;
      case 'USE_SERVER':
        parsed.useServer = true;
        break;
      case 'INCREMENT':
      case 'FEATURE': {
        const increment = readIncrement(keyword, logical, problem);
        if (increment) parsed.increments.push(increment);
        break;
      }
      default:
        parsed.otherKeywords.push({ keyword: head.text, line: logical.line });
    }
  }
  return parsed;
}

type Problem = (line: number, column: number, endColumn: number, id: LicenseProblemId, values?: TemplateValues) => void;

function readServer(logical: LogicalLine, parsed: ParsedLicenseFile, problem: Problem): void {
  const [, host, hostid] = logical.tokens;
  if (!host) {
    problem(logical.line, 1, logical.firstLineEnd, 'serverFields');
    return;
  }
  const bound = hostid && /^HOSTNAME=/i.test(hostid.text) ? hostid.text.slice('HOSTNAME='.length) : undefined;
  parsed.server = {
    host: host.text,
    hostname: bound,
    // `HOSTID=000C29A1B2C3` and `000C29A1B2C3` name the same host ID: the keyword is FlexNet's, not the ID's.
    hostid: hostid && !bound ? hostid.text.replace(/^HOSTID=/i, '') : undefined,
    line: hostid?.line ?? logical.line,
    column: hostid?.column ?? host.column,
    endColumn: (hostid?.column ?? host.column) + (hostid?.text.length ?? host.text.length),
  };
}

function readIncrement(keyword: 'INCREMENT' | 'FEATURE', logical: LogicalLine, problem: Problem): ParsedIncrement | undefined {
  const positional: Token[] = [];
  const pairs = new Map<string, string>();
  for (const token of logical.tokens.slice(1)) {
    const eq = token.text.indexOf('=');
    if (eq > 0 && positional.length >= 5) pairs.set(token.text.slice(0, eq).toUpperCase(), token.text.slice(eq + 1));
    else if (eq > 0) break;
    else positional.push(token);
  }
  const [name, vendor, version, expiry, count] = positional;
  if (!name || !vendor || !version || !expiry || !count) {
    problem(logical.line, 1, logical.firstLineEnd, 'incrementFields', { keyword, count: positional.length });
    return undefined;
  }
  const at = (token: Token) => ({ line: token.line, column: token.column, end: token.column + token.text.length });
  // A feature name is letters, digits and underscores (XDT_PLT_UD): anything else would become a
  // product that rules advise removing or buying, in words a spreadsheet or a comment would run.
  if (!/^[A-Za-z0-9_]+$/.test(name.text)) {
    const p = at(name);
    problem(p.line, p.column, p.end, 'featureField', { value: clip(name.text) });
    return undefined;
  }
  const cssDate = parseVersionDate(version.text);
  if (version.text !== '' && cssDate === undefined && !/^\d+(\.\d+)?$/.test(version.text)) {
    const p = at(version);
    problem(p.line, p.column, p.end, 'versionField', { feature: name.text, value: clip(version.text) });
  }
  const expires = parseExpiry(expiry.text);
  if (expires === undefined) {
    const p = at(expiry);
    problem(p.line, p.column, p.end, 'expiryField', { feature: name.text, value: clip(expiry.text) });
    return undefined;
  }
  const counted = parseCount(count.text);
  if (counted === undefined) {
    const p = at(count);
    problem(p.line, p.column, p.end, 'countField', { feature: name.text, value: clip(count.text) });
    return undefined;
  }
  const vendorFields: Record<string, string> = {};
  for (const field of (pairs.get('VENDOR_STRING') ?? '').split(';')) {
    const eq = field.indexOf('=');
    if (eq > 0) vendorFields[field.slice(0, eq).trim().toUpperCase()] = field.slice(eq + 1).trim();
  }
  return {
    keyword,
    line: logical.line,
    column: logical.tokens[0]!.column,
    endColumn: logical.firstLineEnd,
    product: name.text,
    vendor: vendor.text,
    cssDate,
    expires,
    count: counted,
    licenseType: vendorFields.LT,
    serial: pairs.get('SN'),
    issued: parseDayMonthYear(pairs.get('ISSUED') ?? ''),
    start: parseDayMonthYear(pairs.get('START') ?? ''),
    vendorFields,
  };
}

/** `2026.0115` → 2026-01-15 */
function parseVersionDate(text: string): IsoDate | undefined {
  const m = /^(\d{4})\.(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(date) ? date : undefined;
}

function parseExpiry(text: string): 'permanent' | IsoDate | undefined {
  const lower = text.toLowerCase();
  // FlexNet spells "never expires" as permanent, 0, or a date in year 0.
  if (lower === 'permanent' || lower === '0' || /^\d{1,2}-[a-z]{3}-0+$/.test(lower)) return 'permanent';
  return parseDayMonthYear(text);
}

/** `15-Jan-2025`, any letter case → 2025-01-15 */
export function parseDayMonthYear(text: string): IsoDate | undefined {
  const m = /^(\d{1,2})-([a-z]{3})-(\d{4})$/i.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const date = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

function parseCount(text: string): number | 'uncounted' | undefined {
  if (text.toLowerCase() === 'uncounted') return 'uncounted';
  if (!/^\d+$/.test(text)) return undefined;
  const count = Number(text);
  // Beyond what a number holds exactly is no count a server holds (30 digits read as 1e+30).
  if (!Number.isSafeInteger(count)) return undefined;
  return count === 0 ? 'uncounted' : count;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}
