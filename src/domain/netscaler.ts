import type { ReleaseLine } from '../data/netscaler.js';
import type { IsoDate, NetscalerInstance } from '../model/inventory.js';
import type { Settings } from './settings.js';
import { compareNetscaler, lineOf, parseNetscalerVersion, type NetscalerVersion } from './versions.js';

export interface BelowMinimum {
  /** The minimum that applies: the one of the version's line, or the oldest one. */
  minimum: string;
  line: string;
  /** False when the version's whole line is older than every line with a minimum. */
  sameLine: boolean;
}

/**
 * Judges a version against per-line minimums (`{ '13.1': '13.1-53.22', ... }`). A line older
 * than every key is below; a line newer than every key, or one between keys, passes (no
 * figure: never flag what no source says). Undefined: in order, or not judged.
 */
export function belowLineMinimum(version: NetscalerVersion, minimums: Record<string, string>): BelowMinimum | undefined {
  const parsed = Object.values(minimums).flatMap((text) => {
    const v = parseNetscalerVersion(text);
    return v ? [{ text, version: v }] : [];
  });
  if (parsed.length === 0) return undefined;
  parsed.sort((a, b) => compareNetscaler(a.version, b.version));
  const line = lineOf(version);
  const same = parsed.find((m) => lineOf(m.version) === line);
  if (same) return compareNetscaler(version, same.version) < 0 ? { minimum: same.text, line, sameLine: true } : undefined;
  const oldest = parsed[0]!;
  const olderLine =
    version.major < oldest.version.major || (version.major === oldest.version.major && version.minor < oldest.version.minor);
  return olderLine ? { minimum: oldest.text, line, sameLine: false } : undefined;
}

/** The newest of some NetScaler versions: what a console must reach to satisfy them all. */
export function newestOf(versions: readonly string[]): string | undefined {
  let best: { text: string; version: NetscalerVersion } | undefined;
  for (const text of versions) {
    const version = parseNetscalerVersion(text);
    if (version && (!best || compareNetscaler(version, best.version) > 0)) best = { text, version };
  }
  return best?.text;
}

/** The console version to recommend: it has telemetry and the License Activation Service. */
export function recommendedConsoleVersion(settings: Settings): string {
  return (
    newestOf([settings.netscaler.lasMinimum, ...Object.values(settings.netscaler.autoTelemetryMinimum)]) ?? settings.netscaler.lasMinimum
  );
}

export type InstanceKind = 'adc' | 'fips' | 'svm';

export function instanceKind(instance: NetscalerInstance): InstanceKind {
  if (instance.platform === 'SDX') return 'svm';
  return instance.fips ? 'fips' : 'adc';
}

export const INSTANCE_KIND_NAMES: Record<InstanceKind, string> = {
  adc: 'NetScaler ADC',
  fips: 'FIPS NetScaler ADC',
  svm: 'the SDX management service VM (SVM)',
};

export function lasMinimums(settings: Settings, kind: InstanceKind): Record<string, string> {
  const { netscaler } = settings;
  return kind === 'svm' ? netscaler.svmLasMinimum : kind === 'fips' ? netscaler.fipsLasMinimum : netscaler.instanceLasMinimum;
}

export interface Lifecycle {
  row: ReleaseLine;
  state: 'end of life' | 'end of maintenance';
  /** The end of life that applies: the FIPS builds' own date for a FIPS appliance, when the row has one. */
  endOfLife?: IsoDate;
  /** The line is older than every row of the table (`row` is then the oldest row). */
  olderThanTable?: boolean;
}

/**
 * The lifecycle of a line, and what state it is in on `asOf` (the end day itself counts as in).
 * A line older than every row is past end of life once the oldest row is; a newer one, or one
 * between rows, is not judged.
 */
export function lifecycleOf(line: string, lines: readonly ReleaseLine[], asOf: IsoDate, fips = false): Lifecycle | undefined {
  const row = lines.find((l) => l.line === line);
  if (!row) {
    const oldest = oldestLine(lines);
    const end = oldest?.endOfLife;
    return oldest && end && asOf > end && compareLines(line, oldest.line) < 0
      ? { row: oldest, state: 'end of life', endOfLife: end, olderThanTable: true }
      : undefined;
  }
  const endOfLife = endOfLifeOf(row, fips);
  if (endOfLife && asOf > endOfLife) return { row, state: 'end of life', endOfLife };
  if (row.endOfMaintenance && asOf > row.endOfMaintenance) return { row, state: 'end of maintenance', endOfLife };
  return undefined;
}

/** The end of life of a line for an appliance: FIPS builds may have their own. */
export function endOfLifeOf(row: ReleaseLine, fips: boolean): IsoDate | undefined {
  return (fips ? row.fipsEndOfLife : undefined) ?? row.endOfLife;
}

function oldestLine(lines: readonly ReleaseLine[]): ReleaseLine | undefined {
  let oldest: ReleaseLine | undefined;
  for (const row of lines) if (!oldest || compareLines(row.line, oldest.line) < 0) oldest = row;
  return oldest;
}

/** `12.1` before `13.0` before `13.10`: release lines compare as numbers, major then minor. */
function compareLines(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * The instance version to recommend on `asOf`: the LAS minimum of the oldest line still in
 * maintenance (so that neither the LAS nor the lifecycle rule reports it); undefined when no
 * line with a minimum is in maintenance.
 */
export function recommendedInstanceVersion(settings: Settings, kind: InstanceKind, asOf: IsoDate): string | undefined {
  const minimums = Object.values(lasMinimums(settings, kind)).flatMap((text) => {
    const version = parseNetscalerVersion(text);
    return version ? [{ text, version }] : [];
  });
  minimums.sort((a, b) => compareNetscaler(a.version, b.version));
  const maintained = minimums.find((m) => !lifecycleOf(lineOf(m.version), settings.netscaler.releaseLines, asOf));
  return maintained?.text;
}

/** An on-premises console below the telemetry builds cannot report in any mode (data-governance page). */
export function consoleWithoutTelemetry(console: { version?: string }, settings: Settings): BelowMinimum | undefined {
  const version = console.version ? parseNetscalerVersion(console.version) : undefined;
  return version ? belowLineMinimum(version, settings.netscaler.autoTelemetryMinimum) : undefined;
}
