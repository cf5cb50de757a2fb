import type { BuildRelease } from '../data/license-server-builds.js';
import type { IsoDate } from '../model/inventory.js';
import { addMonths, daysBetween } from '../util/dates.js';
import type { Settings } from './settings.js';

/** `11.17.2.0 build 53100`, `11.17.2 build 53100`, `11.17.2.0-53100`, `53100` → 53100. */
export function parseLicenseServerBuild(version: string): number | undefined {
  const text = version.trim();
  const match = /^11\.17\.2(?:\.0)?\s*(?:build\s*|-)(\d{4,6})$/i.exec(text) ?? /^(?:build\s*)?(\d{5})$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * What a License Server `version` says, beyond an 11.17.2 build: a release before 11.17.2
 * (11.16.x, 11.15.x, the License Server VPX), 11.17.2 without its build, or a later release.
 */
export type LicenseServerVersion = { kind: 'build'; build: number } | { kind: 'older' } | { kind: 'no-build' } | { kind: 'newer-release' };

/** `11.16.6.0 build 34000`, `11.15.0.0-24100`, `11.16.6 (VPX)`... ; undefined: not a version. */
export function parseLicenseServerVersion(version: string): LicenseServerVersion | undefined {
  const build = parseLicenseServerBuild(version);
  if (build !== undefined) return { kind: 'build', build };
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.\d+)?(?:\s*,?\s*(?:build\s*|-)\d+)?(?:\s*\(?vpx\)?)?$/i.exec(version.trim());
  if (!match) return undefined;
  const release = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  const order = compareTriples(release, [11, 17, 2]);
  if (order < 0) return { kind: 'older' };
  return order === 0 ? { kind: 'no-build' } : { kind: 'newer-release' };
}

function compareTriples(a: number[], b: number[]): number {
  return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
}

export interface NetscalerVersion {
  major: number;
  minor: number;
  build: number;
  patch: number;
}

/** `14.1-25.53` (RELEASE-BUILD) → comparable numbers; `NS14.1: Build 25.53.nc` also reads. */
const NETSCALER_VERSION = /(\d+)\.(\d+)\s*(?:-|:\s*build\s*)(\d+)\.(\d+)/iy;

/**
 * `14.1-25.53` or `NS14.1: Build 25.53` anywhere in the text. Tried only where a run of
 * digits starts: an unanchored search would retry inside every run and take quadratic time
 * on a long one (a 200 kB version field took 37 s). A match starting inside a run fails
 * wherever one starting at the run's first digit fails, so the answer is the same.
 */
export function parseNetscalerVersion(version: string): NetscalerVersion | undefined {
  for (let i = 0; i < version.length; i++) {
    if (!isDigit(version.charCodeAt(i)) || (i > 0 && isDigit(version.charCodeAt(i - 1)))) continue;
    NETSCALER_VERSION.lastIndex = i;
    const match = NETSCALER_VERSION.exec(version);
    if (match) return { major: Number(match[1]), minor: Number(match[2]), build: Number(match[3]), patch: Number(match[4]) };
  }
  return undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function compareNetscaler(a: NetscalerVersion, b: NetscalerVersion): number {
  return a.major - b.major || a.minor - b.minor || a.build - b.build || a.patch - b.patch;
}

export function lineOf(version: NetscalerVersion): string {
  return `${version.major}.${version.minor}`;
}

export interface BuildPolicy {
  /** The build whose release started the clock, if any newer build is known. */
  supersededBy?: BuildRelease;
  /** The last day this build is in policy; undefined while no newer build is known. */
  deadline?: IsoDate;
}

/**
 * A build falls out of policy once a newer build has been out for more than the grace
 * period. With bounded release dates the latest possible date is used (lenient).
 */
export function buildPolicy(
  build: number,
  builds: readonly BuildRelease[],
  graceMonths: number,
  options: { confirmedOnly?: boolean } = {},
): BuildPolicy {
  let earliest: BuildRelease | undefined;
  for (const release of builds) {
    if (release.build <= build) continue;
    // A `reported` date may be too early: only confirmed dates make a deadline certain.
    if (options.confirmedOnly && release.precision === 'reported') continue;
    if (!earliest || release.released < earliest.released) earliest = release;
  }
  if (!earliest) return {};
  return { supersededBy: earliest, deadline: addMonths(earliest.released, graceMonths) };
}

/**
 * The build to recommend on `asOf`: the oldest catalogued build that no rule reports, that is
 * at least the telemetry minimum and `atLeast` (a LAS minimum), and whose upgrade deadline is
 * not within the warning horizon. Falls back to the newest build.
 */
export function recommendedBuild(settings: Settings, asOf: IsoDate, atLeast = 0): number {
  const { policy, builds } = settings;
  const sorted = [...builds].sort((a, b) => a.build - b.build);
  for (const release of sorted) {
    if (release.build < policy.minimumBuild || release.build < atLeast) continue;
    const { deadline } = buildPolicy(release.build, builds, policy.versionGraceMonths);
    if (!deadline || daysBetween(asOf, deadline) >= policy.deadlineHorizonDays) return release.build;
  }
  return Math.max(newestBuild(builds)?.build ?? policy.minimumBuild, atLeast);
}

/** The LAS minimum build for an activation (`files` and unset: online, the lower one). */
export function lasMinimumBuild(settings: Settings, activation: string | undefined): number {
  return activation === 'las-offline' ? settings.policy.lasOfflineMinimumBuild : settings.policy.lasOnlineMinimumBuild;
}

export function newestBuild(builds: readonly BuildRelease[]): BuildRelease | undefined {
  let newest: BuildRelease | undefined;
  for (const release of builds) if (!newest || release.build > newest.build) newest = release;
  return newest;
}
