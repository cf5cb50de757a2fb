/**
 * Automatic telemetry is judged by evidence only (issue 14): a date typed into the inventory
 * is not an observation of the daily upload. Evidence that states the last upload is the
 * upload bundle's manifest (`UTCDate`), the partner API (`lastPhoningHomeTime`) or the
 * collection script's newest bundle name (docs/exports.md §1.5); without it, an automatic
 * host is unverified, which the run's summary counts without failing.
 */
import type { HostEvidence, CollectedUpload } from '../model/evidence.js';
import { dayOf } from '../model/evidence.js';
import type { Inventory, IsoDate, LicenseServer } from '../model/inventory.js';
import { addDays, daysBetween } from '../util/dates.js';
import { currentEvidenceOf } from './evidence.js';
import { consoleWithoutTelemetry } from './netscaler.js';
import { isActive, isOnPremisesConsole } from './scope.js';
import type { Settings } from './settings.js';

export type AutomaticTelemetryVerdict =
  | { status: 'unverified' }
  | { status: 'ok'; upload: CollectedUpload; evidence: HostEvidence }
  | { status: 'never'; upload: CollectedUpload; evidence: HostEvidence }
  | { status: 'overdue'; upload: CollectedUpload; evidence: HostEvidence; lastUpload: IsoDate; ageDays: number; maxDays: number };

export function automaticTelemetryVerdict(
  inventory: Inventory,
  server: LicenseServer,
  settings: Settings,
  asOf: IsoDate,
): AutomaticTelemetryVerdict {
  const evidence = currentEvidenceOf(inventory, server, asOf, settings.policy).find((e) => e.upload);
  if (!evidence?.upload) return { status: 'unverified' };
  const { upload } = evidence;
  if (!upload.at) return { status: 'never', upload, evidence };
  const lastUpload = dayOf(upload.at);
  const maxDays = settings.policy.automaticTelemetryMaxAgeDays;
  // The same window as a recorded date: an upload exactly maxDays old is still in time.
  if (asOf > addDays(lastUpload, maxDays)) {
    return { status: 'overdue', upload, evidence, lastUpload, ageDays: daysBetween(lastUpload, asOf), maxDays };
  }
  return { status: 'ok', upload, evidence };
}

/** Which telemetry rules run: an `off` rule's hosts are not counted either. */
export interface TelemetryRulesOn {
  licenseServers: boolean;
  consoles: boolean;
}

/**
 * Active automatic-mode hosts whose upload no evidence states: license servers without a
 * current upload record, and on-premises consoles with telemetry (no export states a
 * console's last upload, docs/exports.md §4.2). Hosts with no telemetry block are left out:
 * telemetry-overdue reports them (`noRecord`).
 */
export function unverifiedAutomaticHosts(inventory: Inventory, settings: Settings, asOf: IsoDate, on: TelemetryRulesOn): string[] {
  const hosts: string[] = [];
  if (on.licenseServers) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !isAutomatic(server.telemetry)) continue;
      if (automaticTelemetryVerdict(inventory, server, settings, asOf).status === 'unverified') hosts.push(server.hostname);
    }
  }
  if (on.consoles) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || !isAutomatic(console.telemetry)) continue;
      if (!consoleWithoutTelemetry(console, settings)) hosts.push(console.hostname);
    }
  }
  return hosts;
}

/** A telemetry block in automatic mode (the product default when `mode` is left out, not when it is written wrong). */
export function isAutomatic(telemetry: { mode?: string; modeUnknown?: true } | undefined): boolean {
  return telemetry !== undefined && !telemetry.modeUnknown && (telemetry.mode ?? 'automatic') === 'automatic';
}
