import { defineRule } from '../rule.js';
import { spellingOf } from '../../domain/host-names.js';
import { holders, isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * License Server files bind to `HOSTNAME=`, case-sensitively, to the short name `hostname`
 * prints (docs.citrix.com/en-us/licensing/11-17-2-35000/obtain-license-file.html; CTX696555
 * "Do not enter FQDN in the hostname"). NetScaler Console files bind to the console's host
 * ID ("Download this file using your NetScaler Console host ID", docs.netscaler.com license
 * management), so a file that declares a host ID is compared with the console's `hostId`.
 */
export const hostnameMismatch = defineRule({
  meta: {
    id: 'license-file/hostname-mismatch',
    severity: 'error',
    advice: {
      differs: ['reallocate'],
      caseOnly: ['check', 'fix-input', 'reallocate'],
      fqdn: ['check', 'reallocate'],
      short: ['fix-input'],
      hostIdDiffers: ['check', 'fix-input'],
    },
    description:
      "A license file's HOSTNAME= differs from its server's hostname (exact, case-sensitive), or a console file's host ID from the console's.",
    messages: {
      differs:
        '{{file}} is bound to HOSTNAME={{bound}}, but it is installed on {{kind}} `{{hostname}}`: the license will not check out there; reallocate in the licensing portal to `{{hostname}}` and install the new file',
      caseOnly:
        "{{file}} is bound to HOSTNAME={{bound}}, which differs from {{kind}} `{{hostname}}` only in letter case: the binding is case-sensitive. Run `hostname` on the host: if it prints `{{bound}}`, correct the inventory's hostname; if it prints `{{hostname}}`, the file grants nothing there: reallocate to `{{hostname}}` exactly and install the new file",
      fqdn: '{{file}} is bound to HOSTNAME={{bound}}, the fully qualified name of {{kind}} `{{hostname}}`: Citrix binds license files to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that the file\'s licenses are in use; if they are not, reallocate to the name `hostname` prints and install the new file',
      short:
        '{{file}} is bound to HOSTNAME={{bound}}, the short name of {{kind}} `{{hostname}}`, which is how Citrix binds license files: record the host as `hostname: {{bound}}` exactly as `hostname` prints it, and its full name as `fqdn: {{hostname}}`',
      hostIdDiffers:
        "{{file}} is bound to host ID {{bound}}, but NetScaler Console `{{hostname}}` has host ID {{hostId}}: console license files are allocated to the console's host ID. Check the host ID on the console: if it is {{bound}}, correct `hostId` in the inventory; if it is {{hostId}}, this file was allocated to another appliance and the console cannot use it",
    },
    docs: {
      why: `A Citrix License Server file is bound to a hostname by \`SERVER ... HOSTNAME=\`; the
license server only serves licenses from files bound to its own name, and the binding is
case-sensitive: "The License Server hostname is case-sensitive, so ensure that you copy
the name exactly as it appears on the system … You can also run the hostname command"
(docs.citrix.com, licensing 11.17.2 build 35000, *Obtain your license file*). That name is
the short one: "Do not enter FQDN in the hostname" (CTX696555). A file allocated to the
wrong or differently-cased name silently grants nothing, and the allocation it came from
points at a host that does not exist: the ghost case of \`allocation/orphaned-hostname\`.

NetScaler Console files are not bound to a hostname but to the console's host ID ("Download
this file using your NetScaler Console host ID", NetScaler license management docs): a
file whose \`SERVER\` line carries a host ID (or an inline file with \`hostId:\`) is compared
with the console's \`hostId\`, never with its hostname. A file bound to the FQDN of a host
recorded by its short name, or to the short name of a host recorded by its FQDN, is the
same host spelled another way: a *warning* that says what to check, not a reallocation.`,
      fix: `Run \`hostname\` on the license server and compare what it prints with the file's
\`HOSTNAME=\`. If the inventory is wrong, correct its \`hostname\` (and record the full name
as \`fqdn\`). If the file is wrong, return the allocation in the licensing portal
(**Manage Licenses**, select it, **Return allocations**), allocate again to the name
exactly as \`hostname\` prints it, and install the new file. For a NetScaler Console,
compare the host ID the console shows with the file's and the inventory's \`hostId\`.`,
    },
  },
  check({ inventory, report }) {
    for (const { kind, host } of holders(inventory)) {
      if (!isActive(host)) continue;
      for (const file of host.licenseFiles) {
        if (file.isStartup) continue;
        const entity = entityKey.licenseFile(host.hostname, file.name);
        if (file.hostId) {
          // A host-ID binding says nothing about the hostname; without the console's host ID there is nothing to compare.
          const hostId = kind === 'NetScaler Console' ? host.hostId : undefined;
          if (hostId && file.hostIdAt && hostId.toLowerCase() !== file.hostId.toLowerCase()) {
            report({
              messageId: 'hostIdDiffers',
              at: file.hostIdAt,
              entity,
              subjects: [host.hostname, file.name, file.hostId],
              data: { file: file.name, bound: file.hostId, hostname: host.hostname, hostId },
            });
          }
          continue;
        }
        if (!file.hostname || file.hostname === host.hostname || !file.hostnameAt) continue;
        const spelling = spellingOf(file.hostname, host);
        report({
          messageId: spelling === undefined ? 'differs' : spelling === 'case' ? 'caseOnly' : spelling,
          // Another spelling of the same host may still work: say so as a warning, not an error.
          severity: spelling === 'fqdn' || spelling === 'short' ? 'warning' : undefined,
          at: file.hostnameAt,
          entity,
          subjects: [host.hostname, file.name, file.hostname],
          data: { file: file.name, bound: file.hostname, kind, hostname: host.hostname },
        });
      }
    }
  },
});
