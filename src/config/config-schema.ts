import { z } from 'zod';
import { isIsoDate } from '../util/dates.js';

const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });
const positiveInt = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be at least 1' });
const netscalerVersion = z.string({ error: 'must be a version like 14.1-25.53 (quote it)' }).regex(/^\d+\.\d+-\d+\.\d+$/, { error: 'must be a version like 14.1-25.53' });

/** `.citrix-license-lint.yml`: declarative only, so that linting a fork's pull request is safe. */
export const configSchema = z
  .strictObject({
    asOf: isoDate.optional().describe('Judge the inventory as of this day (YYYY-MM-DD) instead of today; --as-of overrides it.'),
    rules: z
      .record(z.string(), z.enum(['off', 'warning', 'error'], { error: 'must be off, warning or error' }))
      .optional()
      .describe('Severity per rule id: off, warning or error. Rule ids: docs/rules/README.md.'),
    thresholds: z
      .strictObject({
        automaticTelemetryMaxAgeDays: positiveInt.optional().describe('Days an automatic-mode host may go without a report (default 7).'),
        manualUploadIntervalDays: positiveInt.optional().describe('Days between manual uploads (default 90, CTX477614).'),
        consoleFirstUploadDays: positiveInt.optional().describe('Days after deployment a manual-mode NetScaler Console owes its first upload (default 30).'),
        versionGraceMonths: positiveInt.optional().describe('Months to install a new License Server build after its release (default 6).'),
        deadlineHorizonDays: positiveInt.optional().describe('How many days ahead deadlines/upcoming warns (default 30).'),
      })
      .optional()
      .describe('Compliance windows, where a contract or policy differs from the defaults.'),
    licenseServerBuilds: z
      .array(
        z.strictObject({
          build: positiveInt.describe('License Server 11.17.2 build number, for example 57100.'),
          released: isoDate.describe('Release date (the latest possible day when only a bound is known).'),
          precision: z.enum(['exact', 'on-or-before'], { error: 'must be exact or on-or-before' }).default('exact').describe('exact, or on-or-before for a bound.'),
          source: z.string({ error: 'must say where the date comes from' }).min(1, { error: 'must say where the date comes from' }).describe('Where the date comes from.'),
        }),
      )
      .optional()
      .describe('Builds to add to, or correct in, the built-in release catalog.'),
    netscaler: z
      .strictObject({
        autoTelemetryMinimum: z
          .record(z.string().regex(/^\d+\.\d+$/, { error: 'keys are release lines like 14.1' }), netscalerVersion)
          .optional()
          .describe('First version of each release line with automatic telemetry, for example { "15.1": "15.1-1.1" }.'),
        lasMinimum: netscalerVersion.optional().describe('First on-premises Console version with License Activation Service (default 14.1-51.83).'),
      })
      .optional()
      .describe('NetScaler Console version thresholds.'),
  })
  .describe('citrix-license-lint configuration (.citrix-license-lint.yml).');

export type ConfigFile = z.infer<typeof configSchema>;
