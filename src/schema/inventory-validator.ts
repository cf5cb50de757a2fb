import type { ErrorObject } from 'ajv';
import { validate } from './inventory-validator.generated.js';

export type { ErrorObject };

export interface InventoryValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The inventory schema, compiled at build time (scripts/generate-validator.mjs). */
export const validateInventory = validate as InventoryValidator;
