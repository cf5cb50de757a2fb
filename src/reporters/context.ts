import type { RuleInfo } from '../rules/index.js';
import type { Compared } from '../change/compare.js';

/** Where findings can be linked to on GitHub (the action knows; the CLI under Actions too). */
export interface RepositoryLinks {
  serverUrl: string;
  repository: string;
  sha: string;
}

export interface ReportContext {
  /** Findings' files are shown relative to this folder (the repository root in the action). */
  cwd: string;
  color: boolean;
  toolVersion: string;
  links?: RepositoryLinks;
  /** Every rule as reports describe it (descriptions quote the run's thresholds). */
  rules: readonly RuleInfo[];
  /** The run's name in SARIF (`automationDetails.id`), `citrix-license-lint/<inventory>` (run-id.ts). */
  category?: string;
}

/** A pure function of a run (compared with a base or not) and its context. */
export type Reporter = (result: Compared, context: ReportContext) => string;
