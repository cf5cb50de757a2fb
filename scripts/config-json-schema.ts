import * as z from 'zod/mini';
import { configSchema } from '../src/config/config-schema.js';
import { RULES } from '../src/rules/index.js';
import { describeRule } from '../src/rules/thresholds.js';
import { defaultSettings } from '../src/domain/settings.js';
import { schemaUrl } from '../src/util/docs-url.js';

/**
 * The editor schema of the configuration, derived from the zod schema that validates it,
 * with every rule id listed under `rules` so that editors complete and describe them.
 */
export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  const levels = { enum: ['off', 'warning', 'error'] };
  schema.properties.rules = {
    ...schema.properties.rules,
    properties: Object.fromEntries(
      RULES.map((rule) => [
        rule.meta.id,
        { description: `${describeRule(rule.meta, defaultSettings())} Default: ${rule.meta.severity}.`, ...levels },
      ]),
    ),
    additionalProperties: false,
  };
  delete schema.properties.rules.propertyNames;
  return `${JSON.stringify({ ...schema, $id: schemaUrl('config.schema.json'), title: 'citrix-license-lint configuration' }, null, 2)}\n`;
}
