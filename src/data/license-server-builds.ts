import type { IsoDate } from '../model/inventory.js';

/**
 * How far a release date can be trusted. `exact`: a Citrix page gives the day. `on-or-before`:
 * a dated page shows the build existed by then (the real release may be earlier). `reported`:
 * only a secondary relay gives the day, so the real release may even be later; deadlines
 * counted from it are warnings, never errors, so that no server in policy is ever flagged.
 */
export type DatePrecision = 'exact' | 'on-or-before' | 'reported';

export interface BuildRelease {
  /** License Server 11.17.2 build number. */
  build: number;
  /**
   * The date the version rule uses. For a bounded date it is the *latest* day the build
   * can have shipped, so the upgrade deadline errs late and no server in policy is flagged.
   */
  released: IsoDate;
  precision: DatePrecision;
  source: string;
}

/**
 * License Server 11.17.2 builds and their release dates. Citrix publishes no lifecycle
 * table per build; the facts below come from the sources named on each row (see also
 * docs/rules/license-server/version-outdated.md). Configuration can add or correct rows.
 * Build 50000 has no known public release and is left out.
 */
export const LICENSE_SERVER_BUILDS: readonly BuildRelease[] = [
  { build: 39000, released: '2022-05-11', precision: 'exact', source: 'docs.citrix.com licensing 11-17-2-40000, document history' },
  {
    build: 40000,
    released: '2022-10-19',
    precision: 'exact',
    source: 'docs.citrix.com licensing 11-17-2-40000, document history; CTX477614',
  },
  {
    build: 41000,
    released: '2023-03-09',
    precision: 'on-or-before',
    source: 'docs.citrix.com legacy-licensing build list (after 40000, before 42000; bounded by 42000)',
  },
  {
    build: 42000,
    released: '2023-03-09',
    precision: 'on-or-before',
    source:
      'kraftkennedy.com citrix-update-required (names it the latest build for the 2023-03-31 deadline; the date is a bound not confirmed by any capture)',
  },
  {
    build: 43000,
    released: '2024-03-06',
    precision: 'on-or-before',
    source: 'docs.citrix.com legacy-licensing build list (bounded by 46000)',
  },
  {
    build: 44000,
    released: '2024-03-06',
    precision: 'on-or-before',
    source: 'docs.citrix.com legacy-licensing build list (bounded by 46000)',
  },
  {
    build: 45000,
    released: '2024-03-06',
    precision: 'on-or-before',
    source: 'docs.citrix.com legacy-licensing build list (bounded by 46000)',
  },
  {
    build: 46000,
    released: '2024-03-06',
    precision: 'on-or-before',
    source: 'carlstalhood.com delivery-controller-2203-ltsr-and-licensing (modified 2024-03-06)',
  },
  // The 2402 LTSR page's changelog says it was updated on 2024-04-15, but no capture of that
  // version names 47000; the version modified 2024-05-18 does (domain-corrections §2.2).
  {
    build: 47000,
    released: '2024-05-18',
    precision: 'on-or-before',
    source: 'carlstalhood.com delivery-controller-2402-ltsr-and-licensing (version modified 2024-05-18)',
  },
  {
    build: 48000,
    released: '2024-08-26',
    precision: 'on-or-before',
    source: 'docs.citrix.com legacy-licensing build list (bounded by 49000)',
  },
  {
    build: 49000,
    released: '2024-08-26',
    precision: 'on-or-before',
    source: 'carlstalhood.com delivery-controller-2402-ltsr-and-licensing (2024-08-26)',
  },
  {
    build: 51000,
    released: '2024-12-03',
    precision: 'on-or-before',
    source: 'carlstalhood.com 2402 LTSR page (2024-12-03); citrix.com downloads license-server-version-111720-51000-for-windows',
  },
  {
    build: 52100,
    released: '2026-03-16',
    precision: 'on-or-before',
    source: 'docs.citrix.com/en-us/licensing/11-17-2-52100 (bounded by 53100)',
  },
  {
    build: 53100,
    released: '2026-03-16',
    precision: 'on-or-before',
    source: 'docs.citrix.com licensing 11-17-2-52100 LAS page; deyda.net article of 2026-03-16',
  },
  // 54100 and 56200: no Citrix page confirmed either build or date (domain-corrections §2.2);
  // 54100 is bounded only by 56200's reported date, so it is no better than `reported`.
  {
    build: 54100,
    released: '2026-08-17',
    precision: 'reported',
    source: 'bounded by the reported date of 56200; no Citrix page confirmed the build',
  },
  {
    build: 56200,
    released: '2026-08-17',
    precision: 'reported',
    source: 'Citrix licensing RSS feed as relayed by a news digest (unconfirmed by any Citrix page)',
  },
];
