/**
 * NetScaler NITRO responses, `GET /nitro/v1/config/<resource>`: `nslicense`, `nscapacity`,
 * `nsversion`. Field names from Citrix's Go structs (citrix/adc-nitro-go), docs/exports.md
 * §4.1. A singleton may come as an object or a one-element array: both are read.
 */
import { clipped, flag, quoted, text, wholeNumber } from './fields.js';
import { ExportError } from './export-error.js';
import type { ExportObservations } from './observations.js';
import { normaliseNetscalerVersion } from './versions.js';

type Row = Record<string, unknown>;
export const NITRO_RESOURCES = ['nslicense', 'nscapacity', 'nsversion'] as const;
type Resource = (typeof NITRO_RESOURCES)[number];

export function nitroResource(doc: Row): Resource | undefined {
  return NITRO_RESOURCES.find((name) => name in doc);
}

export function fromNitro(doc: Row, resource: Resource): ExportObservations {
  if (typeof doc.errorcode === 'number' && doc.errorcode !== 0) {
    throw new ExportError(
      `the NITRO response is an error (errorcode ${doc.errorcode}: ${typeof doc.message === 'string' ? clipped(doc.message) : 'no message'}), not ${resource} data`,
    );
  }
  const value = doc[resource];
  const body = (Array.isArray(value) ? value[0] : value) as Row | undefined;
  if (!body || typeof body !== 'object') throw new ExportError(`the NITRO response has no ${resource} object`);
  const observations: ExportObservations = {
    format: resource,
    family: 'netscaler-instance',
    licenses: [],
    systemPools: [],
    notes: [],
    netscaler: {},
  };
  const netscaler = observations.netscaler!;
  if (resource === 'nsversion') {
    const raw = text(body.version);
    if (!raw) throw new ExportError('nsversion has no version');
    netscaler.version = normaliseNetscalerVersion(raw);
    if (!netscaler.version) throw new ExportError(`nsversion ${quoted(raw)} has no "NS<release>: Build <build>"`);
  } else if (resource === 'nslicense') {
    netscaler.licensingMode = text(body.licensingmode);
    const edition = flag(body.isplatinumlic)
      ? 'Platinum'
      : flag(body.isenterpriselic)
        ? 'Enterprise'
        : flag(body.isstandardlic)
          ? 'Standard'
          : undefined;
    if (edition) netscaler.licenseEdition = edition;
    const days = wholeNumber(body.daystoexpiration, 'nslicense daystoexpiration');
    if (days !== undefined) netscaler.daysToExpiration = days;
  } else {
    netscaler.capacity = {
      bandwidth: wholeNumber(body.actualbandwidth ?? body.bandwidth, 'nscapacity bandwidth'),
      unit: text(body.unit),
      edition: text(body.edition),
      platform: text(body.platform),
      vcpu: flag(body.vcpu),
    };
  }
  return observations;
}
