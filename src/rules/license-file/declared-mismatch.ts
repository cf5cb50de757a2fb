import { defineRule } from '../rule.js';
import type { Feature } from '../../model/inventory.js';
import { child } from '../../model/location.js';
import { holders } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';
import { isStartupProduct } from '../../domain/startup-license.js';

/** Inline `features` beside a `path` restate the file; drift between them misleads reviewers. */
export const declaredMismatch = defineRule({
  meta: {
    id: 'license-file/declared-mismatch',
    severity: 'error',
    advice: { absent: ['fix-input'], field: ['fix-input'], undeclared: ['fix-input'] },
    description: 'Features declared inline next to a license file path differ from what the file contains.',
    messages: {
      absent: '{{path}} has no {{product}} line, but the inventory declares one: fix the declaration, or commit the right file',
      field:
        '{{path}} says {{product}} {{field}} is {{actual}}, but the inventory declares {{declared}}: update the declaration (or drop `features` and let the file speak)',
      undeclared:
        '{{path}} also holds {{product}} ({{count}}), which the inventory does not declare: add it to `features`, or drop `features` and let the file speak',
    },
    docs: {
      why: `Inline \`features\` beside a \`path\` are a summary for reviewers; when they drift from the
committed file, a reviewer reads one number and the server holds another. The file is
the source of truth: it is what the license server loads.`,
      fix: `Update the declaration to what the file says, or drop \`features:\` and let the parsed
file speak for itself (\`citrix-license-lint inspect FILE.lic\` shows its contents).`,
    },
  },
  check({ inventory, report }) {
    for (const { host } of holders(inventory)) {
      for (const file of host.licenseFiles) {
        if (!file.declared || !file.path) continue;
        // The first line of each product is the one compared.
        const inFile = new Map<string, Feature>();
        for (const feature of file.features) if (!inFile.has(feature.product)) inFile.set(feature.product, feature);
        const entity = (product: string) => entityKey.licenseFile(host.hostname, file.name, product);
        for (const declared of file.declared) {
          const actual = inFile.get(declared.product);
          if (!actual) {
            report({
              messageId: 'absent',
              at: declared.at,
              entity: entity(declared.product),
              subjects: [host.hostname, file.name, declared.product],
              data: { path: file.path, product: declared.product },
            });
            continue;
          }
          for (const field of ['count', 'expires'] as const) {
            if (declared[field] === undefined || declared[field] === actual[field]) continue;
            report({
              messageId: 'field',
              at: 'path' in declared.at ? child(declared.at, field) : declared.at,
              entity: entityKey.licenseFile(host.hostname, file.name, declared.product, field),
              subjects: [host.hostname, file.name, declared.product],
              data: { path: file.path, product: declared.product, field, actual: String(actual[field]), declared: String(declared[field]) },
            });
          }
        }
        const declaredProducts = new Set(file.declared.map((f) => f.product));
        for (const [product, feature] of inFile) {
          if (declaredProducts.has(product) || isStartupProduct(product)) continue;
          report({
            messageId: 'undeclared',
            at: child(file.at, 'features'),
            entity: entity(product),
            subjects: [host.hostname, file.name, product],
            data: { path: file.path, product, count: String(feature.count) },
          });
        }
      }
    }
  },
});
