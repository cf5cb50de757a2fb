import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../inventory-schema/inventory.schema.json' with { type: 'json' };
import { isIsoDateOrTimestamp } from '../util/dates.js';

export type { ErrorObject };

let compiled: ValidateFunction | undefined;

/** The inventory schema, compiled once per process. */
export function inventoryValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true });
    // Annotation-only keyword: the sentence shown when no branch of an anyOf matches.
    ajv.addVocabulary(['x-any-of-message']);
    ajv.addFormat('date', { type: 'string', validate: isIsoDateOrTimestamp });
    compiled = ajv.compile(schema);
  }
  return compiled;
}
