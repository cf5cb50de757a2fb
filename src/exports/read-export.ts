/**
 * One export file → its observations. The kind is recognised from the content, never from
 * the file name: admins rename exports, and PowerShell writes the same data several ways.
 */
import { parseCsv } from './csv.js';
import { decodeExport } from './decode.js';
import { ExportError } from './export-error.js';
import { names } from './fields.js';
import { fromHistoricalUse, isHistoricalUse } from './historical-use.js';
import { fromLicenseFile, isLicenseFile } from './license-file.js';
import {
  fromCollectorDocument,
  fromLicInventory,
  fromLicServerInfo,
  isCollectorDocument,
  isLicInventoryRow,
  isLicServerInfo,
} from './licensing-sdk.js';
import { fromLmstatI, isLmstatI } from './lmstat-i.js';
import { fromNitro, nitroResource } from './nitro.js';
import type { ExportObservations } from './observations.js';
import { fromLicensePool, isLicensePoolRow } from './wmi-license-pool.js';
import {
  fromLicenseServersStatus,
  fromUploadManifest,
  fromUploadManifestXml,
  isLicenseServersStatus,
  isUploadManifest,
  isUploadManifestXml,
} from './telemetry-uploads.js';

export const ACCEPTED_FORMATS = [
  'FlexNet .lic files (or a folder of them)',
  'Get-LicInventory or Get-LicServerInfo as JSON (ConvertTo-Json, Windows PowerShell 5.1 or PowerShell 7) or CSV (Export-Csv)',
  'the collection script JSON of docs/collect.md',
  'Citrix_GT_License_Pool (WMI) as JSON',
  'lmutil lmstat -i output',
  'NetScaler NITRO nslicense, nscapacity or nsversion JSON',
  'the manifest of a license server upload bundle (JSON or XML with UTCDate)',
  'the Citrix Cloud partner API licenseservers response (JSON)',
  "the Citrix Licensing Manager's Historical Use export (CSV)",
];

type Row = Record<string, unknown>;

/**
 * Every parser is pure and its input is anyone's: a value where none was expected (a `null`
 * pool, a list nested a million deep) is the file's problem, said as such at the file, never
 * an internal error of the run. The parsers check what they read; this is the net under them.
 */
export function readExport(bytes: Uint8Array, name: string): ExportObservations {
  try {
    return readKnownExport(bytes, name);
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError(`its content is not what the export it resembles holds (${(error as Error).name ?? 'error'} while reading it)`);
  }
}

function readKnownExport(bytes: Uint8Array, name: string): ExportObservations {
  if (bytes.length === 0) throw new ExportError('the file is empty');
  const text = decodeExport(bytes);
  if (text.includes('\u0000')) throw unrecognised('it is a binary file');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed);
  if (isUploadManifestXml(trimmed)) return fromUploadManifestXml(trimmed);
  if (isLmstatI(text)) return fromLmstatI(text);
  if (isLicenseFile(text)) return fromLicenseFile(text, name);
  if (isHistoricalUse(trimmed)) return fromHistoricalUse(text);
  if (looksLikeCsv(trimmed)) return fromCsv(text);
  throw unrecognised('its content matches none of them');
}

function fromJson(text: string): ExportObservations {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExportError(`it looks like JSON but does not parse (${(error as Error).message}): export it again with ConvertTo-Json`);
  }
  // `ConvertTo-Json -InputObject $array` in 5.1 wraps arrays as {"value": [...], "Count": n}.
  if (isRecord(value) && Array.isArray(value.value) && 'Count' in value) value = value.value;
  const rows: unknown[] = Array.isArray(value) ? value : [value];
  if (!rows.every(isRecord)) throw unrecognised('it is JSON but not a list of objects');
  const first = rows[0];
  if (!first) throw new ExportError('the JSON is an empty list: the export found nothing (check the cmdlet ran against the right server)');
  if (rows.every(isLicInventoryRow)) return fromLicInventory(rows);
  if (rows.length === 1 && isLicServerInfo(first)) return fromLicServerInfo(first);
  if (rows.length === 1 && isCollectorDocument(first)) return fromCollectorDocument(first);
  if (rows.length === 1 && isUploadManifest(first)) return fromUploadManifest(first);
  if (rows.length === 1 && isLicenseServersStatus(first)) return fromLicenseServersStatus(first);
  if (rows.every(isLicensePoolRow)) return fromLicensePool(rows);
  const resource = rows.length === 1 ? nitroResource(first) : undefined;
  if (resource) return fromNitro(first, resource);
  throw unrecognised(`it is JSON with the properties ${names(Object.keys(first))}`);
}

function fromCsv(text: string): ExportObservations {
  const { records } = parseCsv(text);
  const first = records[0];
  if (!first) throw new ExportError('the CSV has a header but no rows: the export found nothing');
  if (isLicInventoryRow(first)) return fromLicInventory(records);
  if (records.length === 1 && isLicServerInfo(first)) return fromLicServerInfo(first);
  if (isLicensePoolRow(first)) return fromLicensePool(records);
  throw unrecognised(`it is CSV with the columns ${names(Object.keys(first))}`);
}

/**
 * A header line of two or more names separated by `,` or `;`, each optionally quoted. Split
 * first, then each field tested on its own: one pattern over the whole line (`([,;]"?[A-Za-z][\w ]*"?)+\s*$`)
 * backtracks quadratically on a line of spaces.
 */
function looksLikeCsv(text: string): boolean {
  // Windows PowerShell 5.1's Export-Csv starts with `#TYPE <type name>`: the header is the next line.
  const typeLine = text.startsWith('#TYPE') ? text.indexOf('\n') : -1;
  if (text.startsWith('#TYPE') && typeLine === -1) return false;
  const start = typeLine + 1;
  const end = text.indexOf('\n', start);
  const fields = text
    .slice(start, end === -1 ? text.length : end)
    .trimEnd()
    .split(/[,;]/);
  return fields.length >= 2 && fields.every((field) => CSV_HEADER_FIELD.test(field));
}

const CSV_HEADER_FIELD = /^"?[A-Za-z][\w ]*"?$/;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unrecognised(why: string): ExportError {
  return new ExportError(`not an export this importer reads (${why}); accepted: ${ACCEPTED_FORMATS.join('; ')}`);
}
