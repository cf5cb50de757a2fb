// zod/mini: the same validation as zod's classic API, but tree-shakable, which keeps
// 640 KB of zod out of every start of the CLI.
import * as z from 'zod/mini';
import { isIsoDate } from '../util/dates.js';

/** Attaches the description that editors show (it reaches config.schema.json). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  // A copy per use: the shared schemas below (dates, counts) get one description each.
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
}

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .check(z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));
const positiveInt = z
  .number({ error: 'must be a whole number' })
  .check(z.int({ error: 'must be a whole number' }), z.positive({ error: 'must be at least 1' }));
/** A whole number from 1 to `max`: a window of a million days would overflow date arithmetic. */
const upTo = (max: number, unit: string) => positiveInt.clone().check(z.lte(max, { error: `must be at most ${max} ${unit}` }));
// 100 years of days or months: more than any contract, far below what Date can represent.
const days = upTo(36_500, 'days');
const months = upTo(1_200, 'months');
const netscalerVersion = z
  .string({ error: 'must be a version like 14.1-25.53 (quote it)' })
  .check(z.regex(/^\d+\.\d+-\d+\.\d+$/, { error: 'must be a version like 14.1-25.53' }));
const lineMinimums = z.record(z.string().check(z.regex(/^\d+\.\d+$/, { error: 'keys are release lines like 14.1' })), netscalerVersion);
const level = z.enum(['off', 'warning', 'error'], { error: 'must be off, warning or error' });
/** A path inside the repository: relative, never absolute, never climbing out with `..`. */
const insidePath = (what: string) =>
  z.string().check(
    z.refine((p: string) => p.length > 0 && !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.split(/[\\/]/).includes('..'), {
      error: `must be a ${what} (no leading / and no ..)`,
    }),
  );

const inventoryPath = insidePath('path inside the repository, relative to the configuration file');

/** `.citrix-license-lint.yml`: declarative only, so that linting a fork's pull request is safe. */
export const configSchema = described(
  z.strictObject({
    inventory: z.optional(
      described(
        z.union([inventoryPath, z.array(inventoryPath).check(z.minLength(1, { error: 'must name at least one path' }))], {
          error: 'must be a path, or a list of paths, relative to the configuration file',
        }),
        'The files and folders that make the inventory, relative to this file (default: inventory/ or inventory.yaml). Linted when no path is given; a file named inside them is linted with all of them.',
      ),
    ),
    asOf: z.optional(described(isoDate, 'Judge the inventory as of this day (YYYY-MM-DD) instead of today; --as-of overrides it.')),
    rules: z.optional(
      described(z.record(z.string(), level), 'Severity per rule id: off, warning or error. Rule ids: docs/rules/README.md.'),
    ),
    thresholds: z.optional(
      described(
        z.strictObject({
          automaticTelemetryMaxAgeDays: z.optional(
            described(
              days,
              "Days an automatic-mode host may go without a report (default 7: this project's heuristic for a daily upload; Citrix names no grace period).",
            ),
          ),
          manualUploadIntervalDays: z.optional(
            described(days, 'Days between manual uploads (default 90: NetScaler docs for consoles; the seed article for License Servers).'),
          ),
          consoleFirstUploadDays: z.optional(
            described(
              days,
              'Days after `telemetry.manualSince` a manual-mode NetScaler Console owes its first upload (default 30, NetScaler docs 130-adm-0444).',
            ),
          ),
          versionGraceMonths: z.optional(described(months, 'Months to install a new License Server build after its release (default 6).')),
          deadlineHorizonDays: z.optional(described(days, 'How many days ahead deadlines/upcoming warns (default 30).')),
          collectedMaxAgeDays: z.optional(
            described(
              days,
              "Days a host's newest collected evidence may age before collected/stale says the collector stopped (default 14: a weekly collection may miss one run).",
            ),
          ),
        }),
        'Compliance windows, where a contract or policy differs from the defaults.',
      ),
    ),
    licenseServerBuilds: z.optional(
      described(
        z.array(
          z.strictObject({
            build: described(positiveInt, 'License Server 11.17.2 build number, for example 57100.'),
            released: described(isoDate, 'Release date (the latest possible day when only a bound is known).'),
            precision: z._default(
              described(
                z.enum(['exact', 'on-or-before', 'reported'], { error: 'must be exact, on-or-before or reported' }),
                'exact, on-or-before for a bound, or reported for a date only a secondary source gives (its deadlines are warnings).',
              ),
              'exact',
            ),
            source: described(
              z
                .string({ error: 'must say where the date comes from' })
                .check(z.minLength(1, { error: 'must say where the date comes from' })),
              'Where the date comes from.',
            ),
          }),
        ),
        'Builds to add to, or correct in, the built-in release catalog.',
      ),
    ),
    collected: z.optional(
      described(
        z.strictObject({
          folders: z.optional(
            described(
              z.array(insidePath('folder inside the repository, relative to its root')),
              'Folders holding collected/<hostname>/ evidence, relative to the repository root (default: collected/ next to the inventory and at the repository root).',
            ),
          ),
        }),
        'Evidence a scheduled workflow collects from Citrix systems (docs/collect.md).',
      ),
    ),
    limits: z.optional(
      described(
        z.strictObject({
          inventoryFileMB: z.optional(
            described(upTo(1_024, 'MB'), 'Largest inventory YAML file read, in MB (default 64, at most 1024); larger ones are findings.'),
          ),
          licenseFileMB: z.optional(
            described(upTo(64, 'MB'), 'Largest license file read, in MB (default 4, at most 64); a real one is a few KB.'),
          ),
        }),
        'Size limits that protect against hostile or mistaken input.',
      ),
    ),
    netscaler: z.optional(
      described(
        z.strictObject({
          autoTelemetryMinimum: z.optional(
            described(
              z.record(z.string().check(z.regex(/^\d+\.\d+$/, { error: 'keys are release lines like 14.1' })), netscalerVersion),
              'First version of each release line with automatic telemetry, for example { "15.1": "15.1-1.1" }.',
            ),
          ),
          lasMinimum: z.optional(
            described(netscalerVersion, 'First on-premises Console version with License Activation Service (default 14.1-51.83).'),
          ),
          instanceLasMinimum: z.optional(
            described(
              lineMinimums,
              'First NetScaler ADC version of each release line with License Activation Service (default 13.1-60.29, 14.1-51.80).',
            ),
          ),
          fipsLasMinimum: z.optional(described(lineMinimums, 'The same for FIPS appliances (default 13.1-37.247).')),
          svmLasMinimum: z.optional(
            described(lineMinimums, 'The same for the SDX management service VM (default 13.1-60.30, 14.1-51.83).'),
          ),
          releaseLines: z.optional(
            described(
              z.array(
                z.strictObject({
                  line: described(
                    z.string().check(z.regex(/^\d+\.\d+$/, { error: 'must be a release line like 14.1' })),
                    'Release line, for example 14.1.',
                  ),
                  endOfMaintenance: z.optional(described(isoDate, 'Last day of maintenance.')),
                  endOfLife: z.optional(described(isoDate, 'Last day of support.')),
                  source: described(
                    z
                      .string({ error: 'must say where the dates come from' })
                      .check(z.minLength(1, { error: 'must say where the dates come from' })),
                    'Where the dates come from.',
                  ),
                }),
              ),
              'NetScaler release lines to add to, or correct in, the built-in lifecycle table.',
            ),
          ),
        }),
        'NetScaler version thresholds and release lifecycle.',
      ),
    ),
  }),
  'citrix-license-lint configuration (.citrix-license-lint.yml).',
);

export type ConfigFile = z.output<typeof configSchema>;
