/** NetScaler Console version thresholds, RELEASE-BUILD as Citrix writes them. */
export interface NetscalerThresholds {
  /**
   * First version of each release line with automatic telemetry. Citrix's pages mostly say
   * 14.1-25.53 and 13.1-53.22; one says 14.1-25.56. The lower threshold is the lenient
   * reading of "supports it" (NetScaler docs data-governance; ADM pages 130-adm-0443/0444).
   * Lines older than every key here (13.0 and before) have no automatic telemetry;
   * lines newer than every key have it.
   */
  autoTelemetryMinimum: Record<string, string>;
  /** First on-premises Console with License Activation Service (docs.citrix.com LAS page). */
  lasMinimum: string;
}

export const NETSCALER_THRESHOLDS: NetscalerThresholds = {
  autoTelemetryMinimum: { '13.1': '13.1-53.22', '14.1': '14.1-25.53' },
  lasMinimum: '14.1-51.83',
};
