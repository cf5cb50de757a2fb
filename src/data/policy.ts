import type { IsoDate } from '../model/inventory.js';

/** Citrix's compliance windows (sources in docs/rules), all overridable by configuration. */
export interface Policy {
  /**
   * Automatic mode uploads every 24 hours (the seed; Citrix's Call Home page says "once a day").
   * Citrix names no grace period: reading a week of silence as broken is this project's
   * heuristic, not a Citrix figure.
   */
  automaticTelemetryMaxAgeDays: number;
  /**
   * Manual uploads at least every 90 days: for License Servers the seed article says so (no
   * Citrix page seen); for NetScaler Consoles, NetScaler docs 130-adm-0443/0444.
   */
  manualUploadIntervalDays: number;
  /**
   * A console owes its first manual upload within 30 days "after you opt for manual mode"
   * (NetScaler docs 130-adm-0444), counted from `telemetry.manualSince`.
   */
  consoleFirstUploadDays: number;
  /** Each new License Server release must be installed within 6 months of its release. */
  versionGraceMonths: number;
  /** 11.17.2 build 40000 was required by 31 March 2023 (CTX477614). */
  minimumBuild: number;
  /** Warn this many days before something becomes an error. */
  deadlineHorizonDays: number;
  /** File-based activation reached end of life (Citrix support article 695107). */
  fileActivationEndOfLife: IsoDate;
  /**
   * License Activation Service minimum builds: "License Server build 51000 or higher (supports
   * online activation). License Server build 53100 or higher (supports both online and
   * offline …)" (docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service).
   */
  lasOnlineMinimumBuild: number;
  lasOfflineMinimumBuild: number;
  /**
   * Collected evidence older than this means the collector stopped (collected/stale). This
   * project's choice: a weekly collection may miss one run before it is reported.
   */
  collectedMaxAgeDays: number;
}

export const POLICY: Policy = {
  automaticTelemetryMaxAgeDays: 7,
  manualUploadIntervalDays: 90,
  consoleFirstUploadDays: 30,
  versionGraceMonths: 6,
  minimumBuild: 40000,
  deadlineHorizonDays: 30,
  fileActivationEndOfLife: '2026-04-15',
  lasOnlineMinimumBuild: 51000,
  lasOfflineMinimumBuild: 53100,
  collectedMaxAgeDays: 14,
};
