// Generated from docs/rules by `npm run docs`; edit the pages, not this file.
export const RULE_HELP: Readonly<Record<string, { why: string; fix: string }>> = {
  "allocation/inactive-entitlement": {
    why: "A subscription whose term ended, or a perpetual entitlement whose maintenance (Customer\nSuccess Services / Subscription Advantage) ended, is no longer an active purchase. Licenses\nallocated from it and still installed count as expired or inactive licenses, which\nCitrix's compliance policy forbids (\"no expired or inactive licenses installed\";\nCTX477614 and the CSS Support Guide). An entitlement ending *on* the as-of day is still\nactive that day.",
    fix: "Renew the subscription or maintenance, and record the new `end` or `cssEnd`. Otherwise\nremove the license files from the server and return the allocation in the licensing\nportal: **Manage Licenses**, select the allocation, **Return allocations**.",
  },
  "allocation/orphaned-hostname": {
    why: "An allocation in the licensing portal binds licenses to a hostname, and that hostname\ncounts as an active license server in Citrix's eyes until the allocation is returned. A\nserver that was decommissioned or renamed without returning its allocations is a *ghost*:\nit never sends telemetry, so the whole account shows as non-compliant, and Citrix may\nsuspend Customer Success Services until it is fixed (Citrix License Telemetry FAQ,\nCTX477614). The hostname in the allocation must also match the license file's\n`HOSTNAME=` exactly, because license file binding is case-sensitive.\n\nThe rule says which of three cases applies: the hostname is unknown to the inventory,\nbelongs to a decommissioned server or console, or matches an active one only when case is\nignored. NetScaler Console Service hostnames are valid targets (the service reports by\nitself).",
    fix: "Return the allocation in the licensing portal: **Manage Licenses**, select the\nallocation to the old hostname, **Return allocations**, then remove it from\n`allocations`. If the licenses are still needed, allocate them again to the active\nserver's exact hostname and install the new license file there (or activate it with the\nLicense Activation Service). If the hostname is a server that exists but is missing from\nthe inventory, add it to `licenseServers`.",
  },
  "allocation/over-entitlement": {
    why: "The portal never allocates more than was bought, so allocations adding up to more than\nthe entitlement's quantity mean the inventory has drifted from the portal: a quantity was\nmistyped, an allocation was returned in the portal but not in the inventory, or one\nallocation is listed twice. Every other count-based check depends on these numbers, so\nthey must agree with the portal (Citrix licensing portal, *Manage Licenses*).",
    fix: "Compare with the portal's *View All Licenses* (export to CSV): correct the quantities,\nremove allocations that were returned, or merge duplicates. If the portal really shows\nmore allocated than bought, contact Citrix licensing support.",
  },
  "deadlines/upcoming": {
    why: "Most compliance failures are predictable: a subscription term ends, maintenance\nlapses, an air-gapped server's manual upload falls due (every 90 days, CTX477614), a\nnewly deployed console owes its first upload (30 days), or a License Server build\nreaches the end of its 6-month upgrade window. This rule warns before the day the\ncorresponding error rule would fire, by default 30 days ahead (`thresholds.deadlineHorizonDays`).\nIt is what a scheduled run is for.",
    fix: "Do what the message says before the date it names: renew, upload the usage data in the\nlicensing portal, or upgrade the license server. Widen or narrow the warning window with\n`thresholds.deadlineHorizonDays` in `.citrix-license-lint.yml`.",
  },
  "inventory/duplicate": {
    why: "Hostnames are compared ignoring case, as DNS does; two entries for one host make every\nper-host check ambiguous (which telemetry date is true?). Entitlement ids are how\nallocations refer to purchases, so a repeated id makes those references ambiguous, and\nits quantity would be counted twice. Only the first entry of a repeated id is used by the\ncount rules.",
    fix: "Merge the two entries into one, or give the second its own id or its real hostname.\nThe message names where the first entry is, which may be in another file of the folder.",
  },
  "inventory/expired-suppression": {
    why: "A suppression with `-- until YYYY-MM-DD: <reason>` is a temporary exception: from the\nday after that date it stops applying, the finding it covered counts again, and this\nwarning points at the comment so the exception is either resolved or consciously\nextended.",
    fix: "Fix what the suppression covered and remove the comment, or move the date and say why\nin the reason.",
  },
  "inventory/invalid-suppression": {
    why: "Suppressions are for exceptions someone can justify, so a reason is required:\n`# citrix-license-lint-disable-next-line <rule-id> -- <reason>`, or for a whole file\n`# citrix-license-lint-disable <rule-id> -- <reason>`, optionally with an expiry\n`-- until 2026-12-31: <reason>`. A directive that breaks this form suppresses nothing and\nsays why, so that a typo never hides a finding silently.",
    fix: "Add ` -- ` and the reason after the rule id, fix the rule id (the message suggests the\nclosest one), or write the expiry as `until YYYY-MM-DD:`.",
  },
  "inventory/reference": {
    why: "References tie the inventory together: allocations to entitlements by `id`, NetScaler\ninstances to consoles by hostname, and license servers to the license files committed\nnext to the inventory. A broken reference means a check cannot be made. License file\npaths are resolved relative to the YAML file and must stay inside the repository (the\ngit top level, or the inventory folder without git): a path that leaves it, an absolute\npath, or a link pointing outside is refused and the file is never read, so an untrusted\npull request cannot make the linter read or print other files.",
    fix: "Fix the id or hostname (the message suggests the closest known one), add the missing\nentitlement or console, or commit the license file at the path given (relative to the\nYAML file that names it).",
  },
  "inventory/schema": {
    why: "The inventory format is defined by `inventory-schema/inventory.schema.json`: types,\nallowed values, required keys, real calendar dates, and no unknown keys (a misspelt key\nwould otherwise be silently ignored, and with it the fact it records). Each problem is\nreported at the node itself: an unknown key at the key, a bad value at the value, a\nmissing key at the mapping that lacks it, with the closest valid key or value suggested;\na misspelt required key is one finding (the unknown key, naming the one it should be).\nCounts must be written as whole numbers (`quantity: 1.000` is read by YAML as 1; a count in\nquotes is text) and feature codes in upper case, as Citrix writes them.\n\nFindings of other rules about an entity with a schema error, or drawn from a list holding\none (an allocation whose license server's `state` is misspelt), wait until the error is\nfixed: their advice (return an allocation, remove licenses, buy more) would rest on a value\nthe linter could not read.",
    fix: "Do what the message says. Add `# yaml-language-server: $schema=<path to\ninventory.schema.json>` as the first line of each file, and editors with the YAML\nlanguage server will flag these problems as you type and describe every key.",
  },
  "inventory/unused-suppression": {
    why: "A suppression records an accepted exception next to the data it excuses. Once the\nproblem is fixed, the comment is stale: it would silently hide the problem if it came\nback, and it tells readers something that is no longer true. Reporting it keeps the file\nof exceptions short and current.",
    fix: "Remove the comment. The rule can be turned off in `.citrix-license-lint.yml` if you\nprefer to keep comments ahead of a planned change.",
  },
  "inventory/yaml-syntax": {
    why: "A file that is not valid YAML cannot be checked; a repeated key in a mapping is valid\nto some parsers but keeps only one of the values, silently losing the other. The finding\npoints at the line and column where parsing failed, once per file: the first, clearest\ncause (a tab in the indentation before what it threw out of step; an unclosed `{` or `[`\nwhere it opens), not every line the parser stumbled on after it. Other files of the\ninventory are still checked, and what precedes the error in the broken file is used; what\nfollows it is not, and findings of other rules built on it wait until the file is fixed,\nso that no advice to return or remove anything rests on a half-read file. Binary files,\nfiles that are not UTF-8 (UTF-16 with a byte order mark, as Windows PowerShell 5.1 writes,\nis read), several YAML documents in one file, and alias expansions that grow too large\n(\"billion laughs\") are reported here too.",
    fix: "Fix the syntax at the line given: indentation with spaces only, a `:` after each key,\nmatching brackets and quotes, and each key once per mapping.",
  },
  "license-file/declared-mismatch": {
    why: "Inline `features` beside a `path` are a summary for reviewers; when they drift from the\ncommitted file, a reviewer reads one number and the server holds another. The file is\nthe source of truth: it is what the license server loads.",
    fix: "Update the declaration to what the file says, or drop `features:` and let the parsed\nfile speak for itself (`citrix-license-lint inspect FILE.lic` shows its contents).",
  },
  "license-file/expired": {
    why: "Citrix's compliance policy forbids expired licenses on license servers (\"no expired or\ninactive licenses installed\"; CTX477614, CSS Support Guide). A term, evaluation or NFR\nlicense carries its expiry date in the INCREMENT line; one that expired still sits in the\nserver's license folder until someone removes it. A license expiring *on* the as-of day\nis still valid that day. The startup license (`CITRIX`, `citrix_startup.lic`) is ignored.",
    fix: "Remove the expired license file from the license server (and from the inventory), or\ninstall the renewed one from the licensing portal.",
  },
  "license-file/hostname-mismatch": {
    why: "A Citrix license file is bound to a hostname by `SERVER ... HOSTNAME=`; the license\nserver only serves licenses from files bound to its own name, and the binding is\ncase-sensitive (CTX477614; Citrix docs, license files). A file allocated to the wrong or\ndifferently-cased name silently grants nothing, and the allocation it came from points at\na host that does not exist: the ghost case of `allocation/orphaned-hostname`.",
    fix: "Return the allocation in the licensing portal (**Manage Licenses**, select it, **Return\nallocations**), allocate again to the hostname exactly as the license server reports it\n(`Get-LicServerInfo`, or the License Administration Console), and install the new file.",
  },
  "license-file/inactive-perpetual": {
    why: "A perpetual license never expires, but Citrix's policy requires its maintenance\n(Customer Success Services / Subscription Advantage) to be active for it to stay\ninstalled: \"no perpetual licenses whose maintenance has lapsed, whether alone or mixed\nwith active subscriptions\" (CSS Support Guide; CTX477614). The mixed case is common after\na move to Universal Hybrid Multi-Cloud (UL HMC): the old perpetual files stay on the server\nnext to the new subscription files, and the rule says so when it sees it.",
    fix: "Renew Customer Success Services for the product and record the new `cssEnd`, or remove\nthe perpetual license file from the license server (and the inventory) and return its\nallocation.",
  },
  "license-file/syntax": {
    why: "License files committed next to the inventory are parsed, so that the inventory cannot\ndrift from what is really installed. A file that cannot be parsed (truncated while\ncopying, a PDF or YAML saved under a `.lic` name, an empty file, a field in the wrong\nformat) is reported at its line and column in the `.lic` file. Nothing beyond the parsed\nfields is ever printed: signatures stay out of the output. The other files are still\nchecked.",
    fix: "Download the file again from the licensing portal and commit it unchanged. Check what a\nfile contains with `citrix-license-lint inspect FILE.lic`.",
  },
  "license-file/unallocated": {
    why: "Every license file comes from a portal allocation of its product to the host's name. A\nfeature installed where the inventory records no such allocation means the allocation\nlist is incomplete, or the file was copied from another server, which then counts the\nsame licenses twice. Hostnames are compared ignoring case here (a case difference is\n`allocation/orphaned-hostname`'s business).",
    fix: "Add the allocation as the licensing portal shows it to `allocations`, or remove the file\nfrom the server if it does not belong there.",
  },
  "license-server/file-based-activation": {
    why: "Citrix announced on 8 September 2025 (support article 695107) that activation moves to\nthe License Activation Service (LAS): after 15 April 2026 license files are no longer the\nway on-premises products are activated. A server still on files is reported as an error\nfrom that day, and as a warning before it. A server may hold LAS activations and legacy\nfiles side by side during the move; what matters is `activation`.",
    fix: "Move the server to the License Activation Service: online activation needs build 51000\nor newer, offline (air-gapped) activation build 53100 or newer (Citrix docs,\nlicense-activation-service). Then set `activation: las-online` or `las-offline`.",
  },
  "license-server/las-version": {
    why: "The License Activation Service needs License Server 11.17.2 build 51000 or newer for\nonline activation and build 53100 or newer for offline (air-gapped) activation\n(docs.citrix.com, licensing, license-activation-service). An older server set to LAS\ncannot activate anything.",
    fix: "Upgrade the license server to at least the build named, then record the new `version`.",
  },
  "license-server/telemetry-disabled": {
    why: "Every on-premises license server must send licensing telemetry to Citrix, test and\npre-production included; a server that does not is non-compliant and can cost the\ncustomer its support (Citrix License Telemetry FAQ, CTX477614; Citrix docs,\nlicensing-data-collection-programs). Decommissioned servers are out of scope.",
    fix: "Enable automatic reporting (the default; it needs TCP 443 out to `cis.citrix.com`), or\nfor an air-gapped server upload the usage data manually at least every 90 days, and set\n`telemetry.mode` accordingly.",
  },
  "license-server/telemetry-overdue": {
    why: "Automatic reporting uploads every 24 hours, so a last upload more than 7 days old means\nit is failing; air-gapped servers must upload manually at least every 90 days (CTX477614).\nA server with no telemetry record, or in either mode with no upload ever, is reported too:\nthe inventory must show that it reports. An upload exactly 90 days old is still in time.\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.\nBoth windows can be changed in the configuration (`thresholds`).",
    fix: "Automatic mode: check that the server reaches `cis.citrix.com` on TCP 443, and look for\n`CTX_UPLOADER_SUCCESS` or the failure in `log_ctxuploader.log`. Manual mode: export the\nusage data and upload it in the licensing portal. Then record the date in\n`telemetry.lastReported`.",
  },
  "license-server/version-outdated": {
    why: "License Server 11.17.2 build 40000 or newer was required by 31 March 2023, and since\nthen each new version must be installed within 6 months of its release (CTX477614). Our\nreading: on a given day a build is out of policy when a newer build was released more\nthan 6 months before that day; a build superseded exactly 6 months before is still in\npolicy.\n\nCitrix publishes no lifecycle table per build, so the release dates come from a catalog\nshipped with the tool (`src/data/license-server-builds.ts`), each row with its source\nand precision. Where only a bound is known (\"on or before\"), the latest possible date is\nused, so the deadline errs late and no server in policy is ever flagged. Known dates:\n\n| build | date used | precision | source |\n|---|---|---|---|\n| 39000 | 2022-05-11 | exact | docs.citrix.com licensing 11-17-2-40000, document history |\n| 40000 | 2022-10-19 | exact | same page; CTX477614 |\n| 41000 | 2023-03-09 | on or before | legacy-licensing build list, bounded by 42000 |\n| 42000 | 2023-03-09 | on or before | a telemetry upload from 42000 shown on 2023-03-09 |\n| 43000–45000 | 2024-03-06 | on or before | legacy-licensing build list, bounded by 46000 |\n| 46000 | 2024-03-06 | on or before | carlstalhood.com 2203 LTSR page |\n| 47000 | 2024-04-20 | on or before | carlstalhood.com 2402 LTSR page |\n| 48000 | 2024-08-26 | on or before | legacy-licensing build list, bounded by 49000 |\n| 49000 | 2024-08-26 | on or before | carlstalhood.com 2402 LTSR page |\n| 51000 | 2024-12-03 | on or before | carlstalhood.com 2402 LTSR page; citrix.com downloads |\n| 52100 | 2026-03-16 | on or before | docs.citrix.com 11-17-2-52100, bounded by 53100 |\n| 53100 | 2026-03-16 | on or before | the 52100 LAS page; deyda.net, 2026-03-16 |\n| 54100 | 2026-08-17 | on or before | docs.citrix.com 11-17-2-54100, bounded by 56200 |\n| 56200 | 2026-08-17 | exact | Citrix licensing RSS feed; docs.citrix.com 11-17-2-56200 |\n\nBuild 50000 has no known public release and is left out. Add or correct rows with\n`licenseServerBuilds` in `.citrix-license-lint.yml`.",
    fix: "Upgrade the license server to the build the message names (or newer) and record the new\n`version`. `deadlines/upcoming` warns 30 days before the next deadline.",
  },
  "license-server/version-unknown": {
    why: "The upgrade deadline can only be checked when the version is known. A missing or\nunreadable version, or a build newer than every build the release catalog knows (the\ncatalog is out of date, not the server), is a warning that says how to fix it. Versions\nare read as `11.17.2.0 build 56200`, `11.17.2 build 56200` or `11.17.2.0-56200`.",
    fix: "Record the version as the License Administration Console or `Get-LicServerInfo`\n(`SLVersion`) shows it. For a build newer than the catalog, add it with its release date\nand source under `licenseServerBuilds` in `.citrix-license-lint.yml`, or update\ncitrix-license-lint.",
  },
  "licenses/installed-exceeds-purchased": {
    why: "Citrix's fifth requirement: the licenses installed across license servers must not\nexceed the active licenses purchased (CTX477614). The rule adds up, per product, the\ncounts of every unexpired feature installed on active license servers and consoles, and\ncompares them with the quantities of the product's active entitlements (subscriptions\nnot ended, perpetual entitlements with maintenance). Expired features are\n`license-file/expired`'s business and are not counted; the startup license and\n`uncounted` lines have no number.",
    fix: "Remove the surplus license files (often a copy left on a second server, or an old file\nnext to its replacement), or buy more and record the entitlement.",
  },
  "netscaler-console/auto-telemetry-unsupported": {
    why: "NetScaler Console sends licensing telemetry automatically from 14.1-25.53 and\n13.1-53.22 (NetScaler docs, data-governance; ADM pages 130-adm-0443 and 130-adm-0444; one\nCitrix page says 14.1-25.56, and the lower threshold is used as the lenient reading).\nRelease 13.0 and older have no automatic telemetry. A console set to automatic below\nthese versions sends nothing, so it is non-compliant while the inventory says otherwise.\nThresholds can be extended in the configuration (`netscaler.autoTelemetryMinimum`).",
    fix: "Upgrade the console to at least the version named, or switch it to manual mode and\nupload every 90 days.",
  },
  "netscaler-console/file-based-activation": {
    why: "File-based licensing reached end of life on 15 April 2026 (Citrix support article\n695107); NetScaler moves to the License Activation Service, which on-premises Console\nsupports from 14.1-51.83. Pooled vCPU, check-in/check-out and perpetual NetScaler\nlicenses are not supported with LAS, so plan those separately.",
    fix: "Move the console to the License Activation Service (Console 14.1-51.83 or newer) and\nset `activation: las`.",
  },
  "netscaler-console/las-version": {
    why: "On-premises NetScaler Console supports the License Activation Service from 14.1-51.83\n(docs.citrix.com, license-activation-service; NetScaler ADC itself from 14.1-51.80 and\n13.1-60.29). An older console set to LAS cannot activate its licenses.",
    fix: "Upgrade the console to 14.1-51.83 or newer and record the new `version`.",
  },
  "netscaler-console/missing-license-files": {
    why: "Pooled and flexed NetScaler licenses (UL HMC, CPL) reach instances only through\nNetScaler Console, which needs both the *instance* license file and the *bandwidth*\nlicense file allocated and uploaded (Console Service too). A console missing either one\ncannot license the instances that depend on it.",
    fix: "Allocate the missing file in the licensing portal to the console's hostname, upload it\nto the console, and list it under the console's `licenseFiles` with its `kind`.",
  },
  "netscaler-console/telemetry-disabled": {
    why: "Every on-premises NetScaler Console must report licensing telemetry to Citrix\n(NetScaler docs, data-governance; CTX477614). NetScaler Console Service reports by itself\nand is out of scope, as are decommissioned consoles.",
    fix: "Turn automatic telemetry on in the console (on by default from 14.1-25.53 and\n13.1-53.22), or upload manually every 90 days and set `mode: manual`.",
  },
  "netscaler-console/telemetry-overdue": {
    why: "Automatic mode reports daily, so a last report older than 7 days (or none) means it\nfails. Manual mode owes its first upload within 30 days of deployment (`deployedOn`),\nthen one at least every 90 days (NetScaler docs, data-governance; ADM page 130-adm-0444).\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.",
    fix: "Upload the usage data in the licensing portal (manual mode), or fix the console's\nconnection to Citrix (automatic mode), then record the date in `telemetry.lastReported`.",
  },
  "netscaler-instance/no-console": {
    why: "Pooled and flexed licenses are assigned to NetScaler instances only through NetScaler\nConsole, never directly. A flexed or pooled instance with no console, or whose console was\ndecommissioned, holds no license. (An instance naming a console that is not in the\ninventory at all is `inventory/reference`.)",
    fix: "Name the active NetScaler Console that licenses the instance in `console:`, or move\nthe instance to one.",
  },
};
