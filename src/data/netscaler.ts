import type { IsoDate } from '../model/inventory.js';

/** NetScaler version thresholds, RELEASE-BUILD as Citrix writes them. */
export interface NetscalerThresholds {
  /**
   * First version of each release line with telemetry. Citrix's pages mostly say
   * 14.1-25.53 and 13.1-53.22; one says 14.1-25.56. The lower threshold is the lenient
   * reading of "supports it" (NetScaler docs data-governance: "The NetScaler telemetry
   * program is enabled starting from 14.1-25.53 and later / 13.1-53.22 and later build";
   * ADM pages 130-adm-0443/0444). Lines older than every key here (13.0 and before) have
   * no telemetry; lines newer than every key have it.
   */
  autoTelemetryMinimum: Record<string, string>;
  /** First on-premises Console with License Activation Service (docs.netscaler.com LAS page). */
  lasMinimum: string;
  /**
   * First NetScaler ADC build of each line that can be licensed through the License
   * Activation Service: "NetScaler ADCs: 14.1-51.80, 13.1-60.29, 13.1-37.247 (FIPS)"
   * (docs.netscaler.com …/current-release/license-server/license-activation-service).
   */
  instanceLasMinimum: Record<string, string>;
  /** The same page's FIPS minimum; no 14.1 FIPS figure is given, so 14.1 FIPS is not judged. */
  fipsLasMinimum: Record<string, string>;
  /** The same page: "NetScaler SVM: 14.1-51.83, 13.1-60.30" (SDX management service VM). */
  svmLasMinimum: Record<string, string>;
  /** Lifecycle of NetScaler ADC release lines. */
  releaseLines: readonly ReleaseLine[];
}

export interface ReleaseLine {
  line: string;
  /** Last day of maintenance (no more builds); undefined when no date is known. */
  endOfMaintenance?: IsoDate;
  /** End of life: no support at all. */
  endOfLife?: IsoDate;
  /** End of life of the line's FIPS builds, when it differs (the inventory marks FIPS appliances `fips: true`). */
  fipsEndOfLife?: IsoDate;
  /** End of life of the line's NDcPP builds; the inventory does not mark NDcPP appliances, so messages quote it. */
  ndcppEndOfLife?: IsoDate;
  source: string;
}

/**
 * NetScaler ADC lifecycle (SECONDARY: endoflife.date products/netscaler-adc, sourced from the
 * Citrix Product Matrix, citrix.com/support/product-lifecycle/product-matrix.html). Whether
 * on-premises NetScaler Console follows the same dates is unverified, so consoles are not judged.
 * A line older than every row here is past end of life, since the oldest row's already is
 * (12.1 since 2023-05-30; its FIPS builds since 2025-12-31, its NDcPP builds since 2024-12-31:
 * endoflife.date netscaler-adc, relaying the Citrix Product Matrix; the project's fact-check
 * of 2026-12-07).
 */
export const NETSCALER_RELEASE_LINES: readonly ReleaseLine[] = [
  {
    line: '12.1',
    endOfLife: '2023-05-30',
    fipsEndOfLife: '2025-12-31',
    ndcppEndOfLife: '2024-12-31',
    source: 'endoflife.date netscaler-adc (Citrix Product Matrix)',
  },
  { line: '13.0', endOfLife: '2024-07-15', source: 'endoflife.date netscaler-adc (Citrix Product Matrix)' },
  { line: '13.1', endOfMaintenance: '2026-09-15', endOfLife: '2027-09-15', source: 'endoflife.date netscaler-adc (Citrix Product Matrix)' },
  { line: '14.1', endOfMaintenance: '2029-08-08', endOfLife: '2030-08-08', source: 'endoflife.date netscaler-adc (Citrix Product Matrix)' },
];

export const NETSCALER_THRESHOLDS: NetscalerThresholds = {
  autoTelemetryMinimum: { '13.1': '13.1-53.22', '14.1': '14.1-25.53' },
  lasMinimum: '14.1-51.83',
  instanceLasMinimum: { '13.1': '13.1-60.29', '14.1': '14.1-51.80' },
  fipsLasMinimum: { '13.1': '13.1-37.247' },
  svmLasMinimum: { '13.1': '13.1-60.30', '14.1': '14.1-51.83' },
  releaseLines: NETSCALER_RELEASE_LINES,
};
