import { z } from 'zod';
import { isIsoDate } from '../util/dates.js';

const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });
const positiveInt = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be at least 1' });
const netscalerVersion = z.string({ error: 'must be a version like 14.1-25.53 (quote it)' }).regex(/^\d+\.\d+-\d+\.\d+$/, { error: 'must be a version like 14.1-25.53' });

/** `.citrix-license-lint.yml`: declarative only, so that linting a fork's pull request is safe. */
export const configSchema = z.strictObject({
  asOf: isoDate.optional(),
  rules: z.record(z.string(), z.enum(['off', 'warning', 'error'], { error: 'must be off, warning or error' })).optional(),
  thresholds: z
    .strictObject({
      automaticTelemetryMaxAgeDays: positiveInt.optional(),
      manualUploadIntervalDays: positiveInt.optional(),
      consoleFirstUploadDays: positiveInt.optional(),
      versionGraceMonths: positiveInt.optional(),
      deadlineHorizonDays: positiveInt.optional(),
    })
    .optional(),
  licenseServerBuilds: z
    .array(
      z.strictObject({
        build: positiveInt,
        released: isoDate,
        precision: z.enum(['exact', 'on-or-before'], { error: 'must be exact or on-or-before' }).default('exact'),
        source: z.string({ error: 'must say where the date comes from' }).min(1, { error: 'must say where the date comes from' }),
      }),
    )
    .optional(),
  netscaler: z
    .strictObject({
      autoTelemetryMinimum: z.record(z.string().regex(/^\d+\.\d+$/, { error: 'keys are release lines like 14.1' }), netscalerVersion).optional(),
      lasMinimum: netscalerVersion.optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;
