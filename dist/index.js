#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  SUMMARY_BUDGET,
  TOOL_VERSION,
  UsageError,
  _enum,
  defaultInputs,
  isIsoDate,
  jsonReporter,
  lint,
  markdownReport,
  object,
  refine,
  resolveConfig,
  sarifReporter,
  string,
  stringbool,
  todayUtc
} from "./chunks/chunk-LHUL5HRP.js";
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
} from "./chunks/chunk-FTIJELTT.js";
import {
  plural
} from "./chunks/chunk-7KXAT5KJ.js";
import {
  COMMENT_MARKER,
  ISSUE_MARKER
} from "./chunks/chunk-C42EYAYL.js";
import {
  countFindings
} from "./chunks/chunk-RUPSPXQ2.js";
import "./chunks/chunk-YSFCGVTP.js";

// src/action/index.ts
import process2 from "node:process";

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

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
    pullRequest
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
    let result;
    try {
      result = lintWorkspace(inputs, github);
    } catch (error) {
      if (error instanceof UsageError) {
        setFailed(`citrix-license-lint: ${error.message}`);
        return;
      }
      throw error;
    }
    await publish(inputs, github, result);
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
  return lint({ inputs: paths, cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits });
}
async function publish(inputs, github, result) {
  const sha = github.pullRequest?.headSha || github.sha;
  const context = {
    cwd: github.workspace,
    color: false,
    toolVersion: TOOL_VERSION,
    links: github.owner && sha ? { serverUrl: github.serverUrl, repository: `${github.owner}/${github.repo}`, sha } : void 0
  };
  const counts = countFindings(result.findings);
  const failing = inputs["fail-on"] === "never" ? 0 : inputs["fail-on"] === "warning" ? counts.errors + counts.warnings : counts.errors;
  const ref = { owner: github.owner, repo: github.repo };
  const wantsApi = Boolean(inputs["github-token"] && github.owner) && (inputs.comment || inputs["check-run"] || inputs["tracking-issue"]);
  const api = wantsApi ? await import("./chunks/github-api-45QQ4SCJ.js") : void 0;
  const timeout = Number(process.env.CITRIX_LICENSE_LINT_API_TIMEOUT_MS) || void 0;
  const client = api?.createGithubClient(inputs["github-token"], github.apiUrl, (m) => info(m), timeout);
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
      await summary.addRaw(markdownReport(result, context, SUMMARY_BUDGET)).write();
    } catch (error) {
      warning(`could not write the job summary: ${error.message}`);
    }
  }
  let sarifPath = "";
  if (inputs["sarif-file"]) {
    sarifPath = path.resolve(github.workspace, inputs["sarif-file"]);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, sarifReporter(result, context));
  }
  if (client && api && inputs.comment && github.pullRequest) {
    const body = markdownReport(result, context, { ...COMMENT_BUDGET, preamble: COMMENT_MARKER });
    try {
      const outcome = await api.upsertComment(client, ref, github.pullRequest.number, body);
      info(`pull request comment ${outcome}`);
    } catch (error) {
      warning(api.describeApiFailure("create or update the pull request comment", "pull-requests", error));
    }
  }
  if (client && api && inputs["check-run"] && sha) {
    try {
      const verdict = counts.errors > 0 ? "not compliant" : "compliant";
      const summary2 = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ""} as of ${result.asOf}.`;
      const run = await api.publishCheckRun(client, ref, { headSha: sha, findings: result.findings, cwd: github.workspace, title: `Licensing inventory ${verdict}`, summary: summary2, failed: failing > 0 });
      info(`check run ${run.id} published in ${run.requests} requests`);
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
  if (failing > 0) {
    setFailed(`citrix-license-lint: ${plural(counts.errors, "error")} and ${plural(counts.warnings, "warning")} in the licensing inventory (fail-on: ${inputs["fail-on"]})`);
  }
}

// src/action/index.ts
await runAction(process2.env, process2.cwd());
