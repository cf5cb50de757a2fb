import { defineRule } from '../rule.js';
import { isActive } from '../../domain/scope.js';
import { listWords, plural } from '../../util/format.js';
import { entityKey } from '../../domain/entity.js';

export const missingLicenseFiles = defineRule({
  meta: {
    id: 'netscaler-console/missing-license-files',
    severity: 'error',
    advice: { missing: ['reallocate', 'install', 'fix-input'] },
    // The instances it serves decide: one that could not be read may be flexed or pooled.
    reads: { netscalerInstances: 'any' },
    description: 'A file-based NetScaler Console serving flexed or pooled instances lacks an instances or a bandwidth license file.',
    messages: {
      missing:
        "NetScaler Console `{{hostname}}` licenses {{instances}} but has no {{kinds}} license file: allocate it in the licensing portal to the console's host ID, upload it to the console, and list it under licenseFiles with `kind: {{firstKind}}`",
    },
    docs: {
      why: `Pooled and flexed NetScaler licenses (UL HMC, CPL) reach instances only through
NetScaler Console. A console that activates with license files (\`activation: files\`)
needs both the *instance* license file and the *bandwidth* license file, allocated to the
console's host ID ("Download this file using your NetScaler Console host ID", NetScaler
license management docs) and uploaded (Console Service too). A console missing either one
cannot license the instances that depend on it.

A console on the License Activation Service (\`activation: las\`) has no license files to
upload: Citrix describes license files "applied to customer-hosted license servers or
NetScaler consoles" as the legacy method LAS replaces (CTX695107), so the rule skips it.
A console with no \`activation\` is not judged either: the rule never flags a console that
may be compliant.`,
      fix: `Allocate the missing file in the licensing portal to the console's host ID, upload it
to the console, and list it under the console's \`licenseFiles\` with its \`kind\`. Better:
file-based licensing reached end of life on 2026-04-15, so move the console to the
License Activation Service (\`netscaler-console/file-based-activation\`).`,
    },
  },
  check({ inventory, index, report }) {
    for (const console of inventory.netscalerConsoles) {
      // Under the License Activation Service "there are no longer license access codes or
      // files to generate, download, or install" (Citrix LAS docs): only `activation: files`
      // consoles need files. A console without `activation` is not judged (never flag a
      // compliant console).
      if (!isActive(console) || console.activation !== 'files') continue;
      const served = (index.instancesByConsole.get(console.hostname.toLowerCase()) ?? []).filter(
        (i) => i.licensing === 'flexed' || i.licensing === 'pooled',
      );
      if (served.length === 0) continue;
      const kinds = new Set(console.licenseFiles.map((f) => f.kind));
      const missing = (['instances', 'bandwidth'] as const).filter((kind) => !kinds.has(kind));
      if (missing.length === 0) continue;
      report({
        messageId: 'missing',
        at: console.at,
        entity: entityKey.console(console.hostname),
        absent: 'licenseFiles',
        subjects: [console.hostname, ...served.map((i) => i.name)],
        data: {
          hostname: console.hostname,
          instances: plural(served.length, 'flexed or pooled instance'),
          kinds: listWords(missing.map((k) => `\`${k}\``)).replace(' and ', ' or '),
          firstKind: missing[0]!,
        },
      });
    }
  },
});
