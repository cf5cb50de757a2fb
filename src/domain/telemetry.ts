import type { Policy } from '../data/policy.js';
import type { IsoDate, NetscalerConsole, Telemetry } from '../model/inventory.js';
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
 * `firstUploadBy` is when a manual host owes its first manual upload (consoles: the day they
 * switched to manual mode + 30 days); an older automatic report does not bring it forward.
 */
export function telemetryVerdict(
  telemetry: Telemetry | undefined,
  policy: Policy,
  asOf: IsoDate,
  firstUploadBy?: IsoDate,
): TelemetryVerdict {
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
  const fromLast = addDays(last, maxDays);
  const due = mode === 'manual' && firstUploadBy && firstUploadBy > fromLast ? firstUploadBy : fromLast;
  if (asOf > due) return { status: 'overdue', mode, lastReported: last, ageDays, maxDays, due };
  return { status: 'ok', due: mode === 'manual' ? due : undefined };
}

/**
 * When a manual-mode console owes its first upload: 30 days "after you opt for manual mode"
 * (NetScaler docs 130-adm-0444). Without `manualSince` the clock's start is unknown, and no
 * date is guessed (deployment would date it years too early for a console switched lately).
 */
export function consoleFirstUploadBy(console: NetscalerConsole, policy: Policy): IsoDate | undefined {
  const since = console.telemetry?.manualSince;
  return since ? addDays(since, policy.consoleFirstUploadDays) : undefined;
}
