// npm run docs: writes inventory-schema/config.schema.json from the zod configuration schema.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from './config-json-schema.js';

writeFileSync('inventory-schema/config.schema.json', configJsonSchema());
console.log('inventory-schema/config.schema.json written');
