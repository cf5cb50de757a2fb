import { defineRule } from '../rule.js';
import { holders, isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const hostnameMismatch = defineRule({
  meta: {
    id: 'license-file/hostname-mismatch',
    severity: 'error',
    description: "A license file's HOSTNAME= differs from its server's hostname (exact, case-sensitive).",
    messages: {
      differs: '{{file}} is bound to HOSTNAME={{bound}}, but it is installed on {{kind}} `{{hostname}}`: the license will not check out there; reallocate in the licensing portal to `{{hostname}}` and install the new file',
      caseOnly: '{{file}} is bound to HOSTNAME={{bound}}, which differs from {{kind}} `{{hostname}}` only in letter case: the binding is case-sensitive; return and reallocate to `{{hostname}}` exactly as the server reports its name',
    },
  },
  check({ inventory, report }) {
    for (const { kind, host } of holders(inventory)) {
      if (!isActive(host)) continue;
      for (const file of host.licenseFiles) {
        if (file.isStartup || !file.hostname || file.hostname === host.hostname || !file.hostnameAt) continue;
        const caseOnly = file.hostname.toLowerCase() === host.hostname.toLowerCase();
        report({
          messageId: caseOnly ? 'caseOnly' : 'differs',
          at: file.hostnameAt,
          entity: entityKey.licenseFile(host.hostname, file.name),
          data: { file: file.name, bound: file.hostname, kind, hostname: host.hostname },
        });
      }
    }
  },
});
