import type { Policy } from '../data/policy.js';
import type { IsoDate, Telemetry } from '../model/inventory.js';
import { addDays, daysBetween } from '../util/dates.js';

export type TelemetryVerdict =
  | { status: 'ok'; due?: IsoDate }
  | { status: 'disabled' }
  /** The last report is dated after as-of: a mistyped date that would silence the check forever. */
  | { status: 'future'; lastReported: IsoDate }
  | { status: 'never'; mode: 'automatic' | 'manual'; due?: IsoDate }
  | { status: 'overdue'; mode: 'automatic' | 'manual'; lastReported: IsoDate; ageDays: number; maxDays: number; due: IsoDate };

/**
 * Whether a host's telemetry is in order on `asOf`. No telemetry block at all is read as
 * the product default (automatic) with no report on record: the inventory must show it.
 * `firstUploadBy` is when a manual host owes its first upload (consoles: deployment + 30 days).
 */
export function telemetryVerdict(telemetry: Telemetry | undefined, policy: Policy, asOf: IsoDate, firstUploadBy?: IsoDate): TelemetryVerdict {
  const mode = telemetry?.mode ?? 'automatic';
  if (mode === 'disabled') return { status: 'disabled' };
  const maxDays = mode === 'automatic' ? policy.automaticTelemetryMaxAgeDays : policy.manualUploadIntervalDays;
  const last = telemetry?.lastReported;
  if (!last) {
    if (mode === 'manual' && firstUploadBy && asOf <= firstUploadBy) return { status: 'ok', due: firstUploadBy };
    return { status: 'never', mode, due: mode === 'manual' ? firstUploadBy : undefined };
  }
  if (last > asOf) return { status: 'future', lastReported: last };
  const ageDays = daysBetween(last, asOf);
  const due = addDays(last, maxDays);
  if (ageDays > maxDays) return { status: 'overdue', mode, lastReported: last, ageDays, maxDays, due };
  return { status: 'ok', due: mode === 'manual' ? due : undefined };
}
