import type { BuildRelease } from '../data/license-server-builds.js';
import type { IsoDate } from '../model/inventory.js';
import { addMonths } from '../util/dates.js';

/** `11.17.2.0 build 53100`, `11.17.2 build 53100`, `11.17.2.0-53100`, `53100` → 53100. */
export function parseLicenseServerBuild(version: string): number | undefined {
  const text = version.trim();
  const match = /^11\.17\.2(?:\.0)?\s*(?:build\s*|-)(\d{4,6})$/i.exec(text) ?? /^(?:build\s*)?(\d{5})$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

export interface NetscalerVersion {
  major: number;
  minor: number;
  build: number;
  patch: number;
}

/** `14.1-25.53` (RELEASE-BUILD) → comparable numbers; `NS14.1: Build 25.53.nc` also reads. */
export function parseNetscalerVersion(version: string): NetscalerVersion | undefined {
  const match = /(\d+)\.(\d+)\s*(?:-|:\s*build\s*)(\d+)\.(\d+)/i.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), build: Number(match[3]), patch: Number(match[4]) };
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
export function buildPolicy(build: number, builds: readonly BuildRelease[], graceMonths: number): BuildPolicy {
  let earliest: BuildRelease | undefined;
  for (const release of builds) {
    if (release.build <= build) continue;
    if (!earliest || release.released < earliest.released) earliest = release;
  }
  if (!earliest) return {};
  return { supersededBy: earliest, deadline: addMonths(earliest.released, graceMonths) };
}

/** The oldest catalogued build still in policy on `asOf`, to tell users what to reach. */
export function minimumBuildInPolicy(builds: readonly BuildRelease[], graceMonths: number, minimumBuild: number, asOf: IsoDate): number | undefined {
  const sorted = [...builds].sort((a, b) => a.build - b.build);
  for (const release of sorted) {
    if (release.build < minimumBuild) continue;
    const policy = buildPolicy(release.build, builds, graceMonths);
    if (!policy.deadline || policy.deadline >= asOf) return release.build;
  }
  return undefined;
}

export function newestBuild(builds: readonly BuildRelease[]): BuildRelease | undefined {
  let newest: BuildRelease | undefined;
  for (const release of builds) if (!newest || release.build > newest.build) newest = release;
  return newest;
}
