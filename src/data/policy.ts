import type { IsoDate } from '../model/inventory.js';

/** Citrix's compliance windows (sources in docs/rules), all overridable by configuration. */
export interface Policy {
  /** Automatic mode uploads every 24 hours; a week of silence means it is broken (CTX477614). */
  automaticTelemetryMaxAgeDays: number;
  /** Air-gapped servers and consoles upload manually at least every 90 days (CTX477614). */
  manualUploadIntervalDays: number;
  /** A console in manual mode owes its first upload within 30 days of deployment. */
  consoleFirstUploadDays: number;
  /** Each new License Server release must be installed within 6 months of its release. */
  versionGraceMonths: number;
  /** 11.17.2 build 40000 was required by 31 March 2023 (CTX477614). */
  minimumBuild: number;
  /** Warn this many days before something becomes an error. */
  deadlineHorizonDays: number;
  /** File-based activation reached end of life (Citrix support article 695107). */
  fileActivationEndOfLife: IsoDate;
  /** License Activation Service minimum builds (docs.citrix.com license-activation-service). */
  lasOnlineMinimumBuild: number;
  lasOfflineMinimumBuild: number;
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
};
