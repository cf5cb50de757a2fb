#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  InventoryIndex,
  SUMMARY_BUDGET,
  TOOL_VERSION,
  UsageError,
  _enum,
  compareFindings,
  countsLine,
  defaultInputs,
  defaultSettings,
  hasCommit,
  inputFolders,
  installedByProduct,
  isActive,
  isIsoDate,
  jsonReporter,
  judge,
  lint,
  lintAtCommit,
  lintOlderTree,
  markdownReport,
  memoryFileSystem,
  object,
  purchasedByProduct,
  refine,
  repositoryTop,
  resolveConfig,
  ruleCatalog,
  sarifReporter,
  string,
  stringbool,
  todayUtc,
  treeFileFilter,
  withComparison
} from "./chunks/chunk-SJSFIZ7O.js";
import {
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-XM4BN5U5.js";
import {
  emitAnnotations,
  selectAnnotations
} from "./chunks/chunk-P55JZD6O.js";
import {
  COMMENT_MARKER,
  ISSUE_MARKER
} from "./chunks/chunk-C42EYAYL.js";
import "./chunks/chunk-5LU4P23Y.js";
import {
  formatCount,
  plural
} from "./chunks/chunk-VIG5UW2T.js";
import "./chunks/chunk-YSFCGVTP.js";

// src/action/index.ts
import process2 from "node:process";

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/change/digest.ts
var EMPTY = { files: [], entitlements: [], licenseServers: [], allocations: [], netscalerConsoles: [], netscalerInstances: [] };
function changeDigest(baseInventory, headInventory, asOf) {
  const base = baseInventory ?? EMPTY;
  const head = headInventory ?? EMPTY;
  const lines = [];
  const hosts = (inventory) => new Map([...inventory.licenseServers, ...inventory.netscalerConsoles].map((h) => [h.hostname.toLowerCase(), h]));
  const before = hosts(base);
  const after = hosts(head);
  for (const [key, host] of after) {
    const old = before.get(key);
    if (!old) lines.push(`- added \`${host.hostname}\`${isActive(host) ? "" : " (decommissioned)"}`);
    else if (isActive(old) && !isActive(host)) lines.push(`- decommissioned \`${host.hostname}\`: its allocations must be returned`);
    else if (!isActive(old) && isActive(host)) lines.push(`- reactivated \`${host.hostname}\``);
  }
  for (const [key, host] of before) if (!after.has(key)) lines.push(`- removed \`${host.hostname}\` from the inventory`);
  const hostLines = lines.splice(0);
  const allocationKey = (a) => `${a.entitlement ?? "?"}|${a.hostname ?? "?"}`;
  const group = (list) => {
    const map = /* @__PURE__ */ new Map();
    for (const a of list) map.set(allocationKey(a), (map.get(allocationKey(a)) ?? 0) + (a.quantity ?? 0));
    return map;
  };
  const oldAllocations = group(base.allocations);
  const newAllocations = group(head.allocations);
  const added = [];
  const returned = [];
  for (const [key, quantity] of newAllocations) {
    const old = oldAllocations.get(key) ?? 0;
    if (quantity > old) added.push([key, quantity - old]);
  }
  for (const [key, quantity] of oldAllocations) {
    const now = newAllocations.get(key) ?? 0;
    if (quantity > now) returned.push([key, quantity - now]);
  }
  for (let i = added.length - 1; i >= 0; i--) {
    const [key, quantity] = added[i];
    const [entitlement] = key.split("|");
    const j = returned.findIndex(([k, q]) => k.startsWith(`${entitlement}|`) && q === quantity);
    if (j === -1) continue;
    const from = returned[j][0].split("|")[1];
    lines.push(`- moved ${formatCount(quantity)} of \`${entitlement}\` from \`${from}\` to \`${key.split("|")[1]}\``);
    added.splice(i, 1);
    returned.splice(j, 1);
  }
  for (const [key, quantity] of added) lines.push(`- allocated ${formatCount(quantity)} of \`${key.split("|")[0]}\` to \`${key.split("|")[1]}\``);
  for (const [key, quantity] of returned) lines.push(`- returned ${formatCount(quantity)} of \`${key.split("|")[0]}\` from \`${key.split("|")[1]}\``);
  const allocationLines = lines.splice(0);
  const installedBefore = installedByProduct(base, asOf);
  const installedAfter = installedByProduct(head, asOf);
  const purchasedBefore = purchasedByProduct(new InventoryIndex(base), asOf);
  const purchasedAfter = purchasedByProduct(new InventoryIndex(head), asOf);
  const products = [.../* @__PURE__ */ new Set([...installedBefore.keys(), ...installedAfter.keys(), ...purchasedBefore.keys(), ...purchasedAfter.keys()])].sort();
  const rows = [];
  for (const product of products) {
    const iBefore = installedBefore.get(product)?.total ?? 0;
    const iAfter = installedAfter.get(product)?.total ?? 0;
    const pBefore = purchasedBefore.get(product) ?? 0;
    const pAfter = purchasedAfter.get(product) ?? 0;
    if (iBefore === iAfter && pBefore === pAfter) continue;
    const status = iAfter > pAfter ? "❌ over" : "✅";
    rows.push(`| \`${product}\` | ${formatCount(iBefore)} → ${formatCount(iAfter)} | ${formatCount(pBefore)} → ${formatCount(pAfter)} | ${status} |`);
  }
  const out = ["### What this change does to licensing"];
  if (hostLines.length + allocationLines.length + rows.length === 0) return `${out[0]}

Nothing that licensing depends on: no host, allocation, entitlement or installed count changed.`;
  if (hostLines.length > 0) out.push(`**License servers and consoles**

${hostLines.join("\n")}`);
  if (allocationLines.length > 0) out.push(`**Allocations**

${allocationLines.join("\n")}`);
  if (rows.length > 0) out.push(`**Installed against purchased**

| Product | Installed | Purchased (active) | |
|---|---:|---:|---|
${rows.join("\n")}`);
  return out.join("\n\n");
}

// src/action/base-inventory.ts
async function lintBase(baseSha, options, head, api) {
  const top = repositoryTop(options.cwd);
  if (top && hasCommit(top, baseSha)) {
    const base2 = lintAtCommit(top, baseSha, options);
    return { comparison: compareFindings(base2.findings, head), baseInventory: base2.inventory, source: "git" };
  }
  if (!api) return void 0;
  const root = top ?? options.cwd;
  const inTree = treeFileFilter(inputFolders(root, options));
  const { client, owner, repo } = api;
  const tree = await client.rest.git.getTree({ owner, repo, tree_sha: baseSha, recursive: "true" });
  const wanted = tree.data.tree.filter((e) => e.type === "blob" && (e.mode === "100644" || e.mode === "100755") && e.path && e.sha && inTree(e.path));
  const files = /* @__PURE__ */ new Map();
  for (const entry of wanted) {
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: entry.sha });
    files.set(entry.path, Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8"));
  }
  const base = lintOlderTree(memoryFileSystem(root, files), options);
  return { comparison: compareFindings(base.findings, head), baseInventory: base.inventory, source: "contents API" };
}

// src/action/github-context.ts
import { readFileSync } from "node:fs";
function readGithubContext(env, cwd) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const pullRequest = pr && typeof pr.number === "number" ? {
    number: pr.number,
    headSha: pr.head?.sha ?? env.GITHUB_SHA ?? "",
    baseSha: pr.base?.sha ?? "",
    fromFork: Boolean(pr.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name)
  } : void 0;
  return {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    pullRequest,
    before: typeof payload.before === "string" && !/^0+$/.test(payload.before) ? payload.before : void 0
  };
}

// src/action/inputs.ts
var flag = (name) => stringbool({ truthy: ["true"], falsy: ["false"], case: "insensitive", error: `input \`${name}\` must be true or false` });
var inputsSchema = object({
  inventory: string(),
  config: string(),
  "as-of": string().check(refine((v) => v === "" || isIsoDate(v), { error: "input `as-of` must be a date written YYYY-MM-DD, or empty for today" })),
  "fail-on": _enum(["error", "warning", "never"], { error: "input `fail-on` must be error, warning or never" }),
  "sarif-file": string(),
  comment: flag("comment"),
  "check-run": flag("check-run"),
  "tracking-issue": flag("tracking-issue"),
  "only-new": flag("only-new"),
  "github-token": string()
});
var DEFAULTS = {
  inventory: "",
  config: "",
  "as-of": "",
  "fail-on": "error",
  "sarif-file": "",
  comment: "true",
  "check-run": "false",
  "tracking-issue": "false",
  "only-new": "false",
  "github-token": ""
};
function readInputs(env) {
  const raw = Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => {
      const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
      return [name, value === void 0 || value.trim() === "" ? fallback : value.trim()];
    })
  );
  const parsed = inputsSchema.safeParse(raw);
  if (parsed.success) return { inputs: parsed.data };
  return { problem: parsed.error.issues.map((issue) => issue.message).join("; ") };
}

// src/action/main.ts
var REPORT_OUTPUT_LIMIT = 512 * 1024;
async function runAction(env, cwd) {
  try {
    const { inputs, problem } = readInputs(env);
    if (inputs?.["github-token"]) setSecret(inputs["github-token"]);
    if (!inputs) {
      setFailed(`citrix-license-lint: ${problem}`);
      return;
    }
    const github = readGithubContext(env, cwd);
    let linted;
    try {
      linted = lintWorkspace(inputs, github);
    } catch (error) {
      if (error instanceof UsageError) {
        setFailed(`citrix-license-lint: ${error.message}`);
        return;
      }
      throw error;
    }
    await publish(inputs, github, linted.result, linted.options);
  } catch (error) {
    setFailed(`citrix-license-lint: internal error: ${error.message ?? String(error)}; please report it`);
  }
}
function lintWorkspace(inputs, github) {
  const cwd = github.workspace;
  const listed = inputs.inventory.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const paths = listed.length > 0 ? listed : defaultInputs(cwd);
  const config = resolveConfig({ explicit: inputs.config || void 0, inputs: paths, cwd });
  const asOf = inputs["as-of"] || config.asOf || todayUtc();
  const options = { inputs: paths, cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits };
  return { result: lint(options), options };
}
async function publish(inputs, github, linted, options) {
  const sha = github.pullRequest?.headSha || github.sha;
  const context = {
    cwd: github.workspace,
    color: false,
    toolVersion: TOOL_VERSION,
    links: github.owner && sha ? { serverUrl: github.serverUrl, repository: `${github.owner}/${github.repo}`, sha } : void 0,
    rules: ruleCatalog(options.settings ?? defaultSettings())
  };
  const ref = { owner: github.owner, repo: github.repo };
  const baseSha = github.pullRequest?.baseSha || github.before;
  const wantsApi = Boolean(inputs["github-token"] && github.owner) && (inputs.comment || inputs["check-run"] || inputs["tracking-issue"] || Boolean(baseSha));
  const api = wantsApi ? await import("./chunks/github-api-IRMAXT4Z.js") : void 0;
  const timeout = Number(process.env.CITRIX_LICENSE_LINT_API_TIMEOUT_MS) || void 0;
  const client = api?.createGithubClient(inputs["github-token"], github.apiUrl, (m) => info(m), timeout);
  let lead;
  let compared;
  if (baseSha) {
    try {
      const base = await lintBase(baseSha, options, linted.findings, client && { client, owner: github.owner, repo: github.repo });
      if (base) {
        compared = { base: baseSha, comparison: base.comparison, baseInventory: base.baseInventory };
        info(`compared with ${baseSha.slice(0, 10)} (read through ${base.source}): ${countsLine(base.comparison)}`);
        lead = github.pullRequest ? changeDigest(base.baseInventory, linted.inventory, linted.asOf) : void 0;
      } else {
        warning(`could not read the base commit ${baseSha.slice(0, 10)}: check out with fetch-depth: 0 (or give a token) to see what the change introduces and fixes`);
      }
    } catch (error) {
      warning(api ? api.describeApiFailure("read the base commit to compare with", "contents", error) : `could not read the base commit: ${error.message}`);
    }
  }
  const result = withComparison(linted, compared);
  const verdict = judge(result.findings, compared?.comparison.introduced, { failOn: inputs["fail-on"], onlyNew: inputs["only-new"] });
  const { counts, judged, failing } = verdict;
  let changed;
  if (client && api && github.pullRequest) {
    try {
      changed = await api.changedLines(client, ref, github.pullRequest.number);
    } catch (error) {
      warning(api.describeApiFailure("read the files the pull request changes (annotations are ordered without them)", "pull-requests", error));
    }
  }
  await emitAnnotations(selectAnnotations(result, context, changed));
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await summary.addRaw(markdownReport(result, context, { ...SUMMARY_BUDGET, lead: lead ?? pushPoint(github, result, counts) })).write();
    } catch (error) {
      warning(`could not write the job summary: ${error.message}`);
    }
  }
  let sarifPath = "";
  let sarifProblem;
  if (inputs["sarif-file"]) {
    const target = path.resolve(github.workspace, inputs["sarif-file"]);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, sarifReporter(result, context));
      sarifPath = target;
    } catch (error) {
      sarifProblem = `cannot write sarif-file ${inputs["sarif-file"]} (${error.code ?? error.message}): give a file path in the workspace`;
    }
  }
  if (client && api && inputs.comment && github.pullRequest) {
    const body = markdownReport(result, context, { ...COMMENT_BUDGET, preamble: COMMENT_MARKER, lead });
    try {
      const outcome = await api.upsertComment(client, ref, github.pullRequest.number, body);
      info(`pull request comment ${outcome}`);
    } catch (error) {
      warning(api.describeApiFailure("create or update the pull request comment", "pull-requests", error));
    }
  }
  if (client && api && inputs["check-run"] && sha) {
    try {
      const verdict2 = counts.errors > 0 ? "not compliant" : "compliant";
      const summary2 = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ""} as of ${result.asOf}.`;
      const introduced = new Set(result.comparison?.comparison.introduced);
      const run = await api.publishCheckRun(client, ref, { headSha: sha, findings: result.findings, introduced, cwd: github.workspace, title: `Licensing inventory ${verdict2}`, summary: summary2, failed: failing > 0 });
      info(`check run ${run.id} published with ${run.annotated} annotations in ${run.requests} requests`);
    } catch (error) {
      warning(api.describeApiFailure("publish the check run", "checks", error));
    }
  }
  if (client && api && inputs["tracking-issue"] && (github.eventName === "schedule" || github.eventName === "workflow_dispatch")) {
    const body = markdownReport(result, context, { ...COMMENT_BUDGET, preamble: ISSUE_MARKER });
    try {
      const outcome = await api.syncTrackingIssue(client, ref, { compliant: counts.errors === 0, body, asOf: result.asOf });
      info(`tracking issue: ${outcome}`);
    } catch (error) {
      warning(api.describeApiFailure("update the tracking issue", "issues", error));
    }
  }
  const report = jsonReporter(result, context);
  setOutput("errors", counts.errors);
  setOutput("warnings", counts.warnings);
  setOutput("compliant", counts.errors === 0);
  setOutput("sarif-file", sarifPath);
  setOutput("report-json", report.length <= REPORT_OUTPUT_LIMIT ? report.trim() : JSON.stringify({ ...JSON.parse(report), findings: [], truncated: true }));
  if (sarifProblem) setFailed(`citrix-license-lint: ${sarifProblem}`);
  if (failing > 0) {
    const scope = verdict.onlyNew ? " introduced by this change" : "";
    setFailed(`citrix-license-lint: ${plural(judged.errors, "error")} and ${plural(judged.warnings, "warning")}${scope} in the licensing inventory (fail-on: ${inputs["fail-on"]})`);
  }
}
function pushPoint(github, result, counts) {
  if (github.eventName !== "push") return void 0;
  const since = result.comparison ? `; since \`${result.comparison.base.slice(0, 10)}\`: ${countsLine(result.comparison.comparison)}` : "";
  return `**Compliance point** ${result.asOf}, commit \`${github.sha.slice(0, 10)}\`: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${since}. Run \`citrix-license-lint history\` for the whole timeline.`;
}

// src/action/index.ts
await runAction(process2.env, process2.cwd());
