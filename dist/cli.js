#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  compareFindings,
  countFindings,
  countsLine,
  defaultInputs,
  git,
  githubReporter,
  hasCommit,
  jsonReporter,
  judge,
  lint,
  lintAtCommit,
  markdownReporter,
  plural,
  readLicenseFile,
  repositoryTop,
  resolveConfig,
  ruleCatalog,
  sarifReporter,
  withComparison
} from "./chunks/chunk-SESNO2C4.js";
import {
  writeOutput
} from "./chunks/chunk-5JK2GMJE.js";
import {
  UsageError,
  isIsoDate,
  todayUtc
} from "./chunks/chunk-B3ZPXLZM.js";
import {
  displayPath
} from "./chunks/chunk-IJTIU5VO.js";
import "./chunks/chunk-3LG3MPHK.js";

// src/cli/main.ts
import process from "node:process";

// src/reporters/text.ts
var ansi = (code) => (text) => `\x1B[${code}m${text}\x1B[0m`;
var identity = (text) => text;
var textReporter = (result, context) => {
  const paint = context.color ? { error: ansi("31"), warning: ansi("33"), dim: ansi("2"), bold: ansi("1"), green: ansi("32") } : { error: identity, warning: identity, dim: identity, bold: identity, green: identity };
  const lines = [];
  let currentFile;
  const active = result.findings.filter((f) => !f.suppression);
  const introduced = new Set(result.comparison?.comparison.introduced);
  if (result.comparison) lines.push(`Compared with ${result.comparison.base}: ${countsLine(result.comparison.comparison)}.`, "");
  for (const finding of active) {
    const file = displayPath(finding.file, context.cwd);
    if (file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint.bold(file));
      currentFile = file;
    }
    const severity = finding.severity === "error" ? paint.error("error  ") : paint.warning("warning");
    const fresh = result.comparison && introduced.has(finding) ? `${paint.bold("new")}  ` : "";
    lines.push(`  ${file}:${finding.line}:${finding.column}  ${severity}  ${fresh}${finding.message}  ${paint.dim(finding.ruleId)}`);
  }
  const counts = countFindings(result.findings);
  const files = plural(result.files.length, "file");
  const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : "";
  if (active.length === 0) {
    lines.push(paint.green(`No problems in ${files} as of ${result.asOf}${suppressed}.`));
  } else {
    if (lines.length > 0) lines.push("");
    const summary = `${plural(counts.errors + counts.warnings, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}) in ${files} as of ${result.asOf}${suppressed}.`;
    lines.push(counts.errors > 0 ? paint.error(summary) : paint.warning(summary));
  }
  return `${lines.join("\n")}
`;
};

// src/reporters/registry.ts
var REPORTERS = {
  github: githubReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  text: textReporter
};
var FORMAT_NAMES = Object.keys(REPORTERS).sort();

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "as-of": { type: "string" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  base: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS
    });
  } catch (error) {
    throw new UsageError(
      `${error.message.replace(/\. To specify a positional argument.*$/s, "")}; run with --help for the options`
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", paths: [], failOn: "error" };
  if (values.version) return { command: "version", paths: [], failOn: "error" };
  const command = positionals[0] === "inspect" ? "inspect" : positionals[0] === "history" ? "history" : "lint";
  const paths = command === "lint" ? positionals : positionals.slice(1);
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  const asOf = values["as-of"];
  if (asOf !== void 0 && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const formats = command === "inspect" ? ["json", "text"] : command === "history" ? ["json", "markdown", "text"] : FORMAT_NAMES;
  if (values.since !== void 0 && !isIsoDate(values.since))
    throw new UsageError(`--since must be a date written YYYY-MM-DD, not "${values.since}"`);
  if (values.base !== void 0 && values.baseline !== void 0)
    throw new UsageError("--base and --baseline cannot be combined: compare with one or the other");
  if (values.format !== void 0 && !formats.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${formats.join(", ")}`);
  }
  if (command === "inspect" && paths.length === 0)
    throw new UsageError("inspect needs at least one license file: citrix-license-lint inspect FILE.lic...");
  return {
    command,
    paths,
    format: values.format,
    output: values.output,
    asOf,
    config: values.config,
    failOn,
    base: values.base,
    baseline: values.baseline,
    writeBaseline: values["write-baseline"],
    since: values.since
  };
}
var HELP = `Usage: citrix-license-lint [options] [paths...]
       citrix-license-lint inspect [--format text|json] FILE.lic...
       citrix-license-lint history [--since DATE] [--format text|json|markdown] [paths...]
       citrix-license-lint import [--into DIR] [--host NAME] FILES...   (import --help)

Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder).

Options:
  -f, --format FORMAT   ${FORMAT_NAMES.join(", ")} (default: text; github under GitHub Actions)
  -o, --output FILE     write the report to FILE instead of standard output
      --as-of DATE      judge the inventory as of DATE, YYYY-MM-DD (default: today, UTC)
  -c, --config FILE     configuration file (default: .citrix-license-lint.yml next to
                        the inventory or at the repository root)
      --fail-on LEVEL   error, warning or never (default: error)
      --base REV        compare with the inventory at git revision REV: findings are
                        new, fixed or unchanged, and only new ones fail the run
      --baseline FILE   fail only on findings not recorded in FILE (stale entries are listed)
      --write-baseline FILE  record the current findings in FILE and exit 0
      --since DATE      history: only commits from DATE on
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid config); 3 internal error.
Rules and how to fix each finding: docs/rules/README.md
`;

// src/cli/inspect.ts
import path from "node:path";
function runInspect(options, io) {
  const inspected = options.paths.map((given) => {
    const file = path.resolve(io.cwd, given);
    const shown = path.relative(io.cwd, file).split(path.sep).join("/") || given;
    const read = readLicenseFile(file);
    if (!read.parsed) throw new UsageError(`${given}: ${read.problem}`);
    return {
      file: shown,
      hostname: read.parsed.server?.hostname ?? read.parsed.server?.hostid ?? null,
      features: read.parsed.increments.map(describe),
      problems: read.parsed.problems.map((p) => ({ line: p.line, column: p.column, message: p.message }))
    };
  });
  const text = options.format === "json" ? `${JSON.stringify({ files: inspected }, null, 2)}
` : inspected.map(table).join("\n");
  writeOutput(io, options.output, text);
  return inspected.some((f) => f.problems.length > 0) ? 1 : 0;
}
function describe(increment) {
  return {
    product: increment.product,
    count: increment.count,
    licenseType: increment.licenseType ?? null,
    expires: increment.expires,
    cssDate: increment.cssDate ?? null,
    serial: increment.serial ?? null,
    line: increment.line
  };
}
function table(file) {
  const header = ["PRODUCT", "COUNT", "TYPE", "EXPIRES", "CSS DATE", "SERIAL", "LINE"];
  const rows = file.features.map((f) => [
    f.product,
    String(f.count),
    f.licenseType ?? "-",
    f.expires,
    f.cssDate ?? "-",
    f.serial ?? "-",
    String(f.line)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [`${file.file}  (bound to ${file.hostname ?? "no SERVER line"})`];
  if (rows.length === 0) out.push("  no INCREMENT or FEATURE lines");
  else out.push(...[header, ...rows].map((r) => `  ${line(r)}`));
  for (const p of file.problems) out.push(`  ${file.file}:${p.line}:${p.column}  error  ${p.message}`);
  return `${out.join("\n")}
`;
}

// src/change/baseline.ts
import { readFileSync, writeFileSync } from "node:fs";
import path2 from "node:path";
function writeBaseline(file, findings, cwd) {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: displayPath(f.file, cwd), message: f.message }));
  try {
    writeFileSync(path2.resolve(cwd, file), `${JSON.stringify({ version: 1, tool: "citrix-license-lint", findings: entries }, null, 2)}
`);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error.code ?? error.message}`);
  }
  return entries.length;
}
function readBaseline(file, cwd) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path2.resolve(cwd, file), "utf8"));
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code ? `${file}: cannot read the baseline (${code})` : `${file}: the baseline is not valid JSON; write it again with --write-baseline`
    );
  }
  const entries = parsed.findings;
  if (parsed.version !== 1 || !Array.isArray(entries)) {
    throw new UsageError(`${file}: not a citrix-license-lint baseline (version 1); write it again with --write-baseline`);
  }
  return entries.map((e) => ({
    ruleId: String(e.ruleId ?? ""),
    severity: "error",
    message: String(e.message ?? ""),
    file: path2.resolve(cwd, String(e.file ?? "")),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fingerprint: String(e.fingerprint ?? "")
  }));
}

// src/cli/history.ts
import path3 from "node:path";
async function runHistory(options, io) {
  const inputs = options.paths.length > 0 ? options.paths : defaultInputs(io.cwd);
  const top = repositoryTop(io.cwd);
  if (!top) throw new UsageError("history needs a git repository: run it inside the clone");
  const config = resolveConfig({ explicit: options.config, inputs, cwd: io.cwd });
  const pathspecs = inputs.map((input) => path3.relative(top, path3.resolve(io.cwd, input)) || ".");
  const log = git(top, [
    "log",
    "--reverse",
    "--format=%H%x09%cI%x09%s",
    ...options.since ? [`--since=${options.since}`] : [],
    "--",
    ...pathspecs
  ]).toString("utf8");
  const cache = /* @__PURE__ */ new Map();
  const points = [];
  let previous = [];
  for (const line of log.split("\n")) {
    if (!line) continue;
    const [commit, date, ...subject] = line.split("	");
    const asOf = date.slice(0, 10);
    const result = lintAtCommit(
      top,
      commit,
      { inputs, cwd: io.cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits },
      cache
    );
    const counts = countFindings(result.findings);
    const comparison = compareFindings(previous, result.findings);
    points.push({
      commit,
      date: asOf,
      subject: subject.join("	"),
      errors: counts.errors,
      warnings: counts.warnings,
      introduced: comparison.introduced.length,
      fixed: comparison.fixed.length
    });
    previous = result.findings;
  }
  const format = options.format ?? "text";
  const text = format === "json" ? `${JSON.stringify({ points }, null, 2)}
` : format === "markdown" ? historyMarkdown(points) : historyText(points);
  writeOutput(io, options.output, text);
  return 0;
}
function historyText(points) {
  if (points.length === 0) return "No commit touches the inventory.\n";
  const rows = points.map((p) => [
    p.date,
    p.commit.slice(0, 10),
    String(p.errors),
    String(p.warnings),
    `+${p.introduced}`,
    `-${p.fixed}`,
    p.subject.slice(0, 60)
  ]);
  const header = ["DATE", "COMMIT", "ERRORS", "WARNINGS", "NEW", "FIXED", "SUBJECT"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return `${[header, ...rows].map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  ).join("\n")}
`;
}
function historyMarkdown(points) {
  if (points.length === 0) return "_No commit touches the inventory._\n";
  const last = points.slice(-60);
  const max = Math.max(1, ...last.map((p) => p.errors + p.warnings));
  const chart = [
    "```mermaid",
    "xychart-beta",
    '    title "Licensing findings per commit"',
    `    x-axis [${last.map((p) => `"${p.date}"`).join(", ")}]`,
    `    y-axis "findings" 0 --> ${max}`,
    `    line [${last.map((p) => p.errors).join(", ")}]`,
    `    line [${last.map((p) => p.warnings).join(", ")}]`,
    "```"
  ].join("\n");
  const rows = points.map(
    (p) => `| ${p.date} | \`${p.commit.slice(0, 10)}\` | ${p.errors} | ${p.warnings} | +${p.introduced} / -${p.fixed} | ${p.subject.replace(/\|/g, "\\|").slice(0, 80)} |`
  );
  return `### Compliance over time

Errors (first line) and warnings (second line) of the last ${last.length} commits that touched the inventory.

${chart}

| Date | Commit | Errors | Warnings | New / fixed | Subject |
|---|---|---:|---:|---|---|
${rows.join("\n")}
`;
}

// src/cli/run.ts
function repositoryLinks(env) {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return serverUrl && repository && sha ? { serverUrl, repository, sha } : void 0;
}
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
async function runCli(argv, io) {
  let options;
  try {
    if (argv[0] === "import") return (await import("./chunks/import-LV3PJJFR.js")).runImport(argv.slice(1), io);
    options = parseCliArgs(argv);
    if (options.command === "help") {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (options.command === "version") {
      io.stdout.write(`${TOOL_VERSION}
`);
      return EXIT.ok;
    }
    if (options.command === "inspect") return runInspect(options, io);
    if (options.command === "history") return await runHistory(options, io);
    return await runLint(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`citrix-license-lint: ${error.message}
`);
      return EXIT.usage;
    }
    throw error;
  }
}
async function runLint(options, io) {
  const inputs = options.paths.length > 0 ? options.paths : defaultInputs(io.cwd);
  const config = resolveConfig({ explicit: options.config, inputs, cwd: io.cwd });
  const asOf = options.asOf ?? config.asOf ?? todayUtc(io.now());
  const lintOptions = { inputs, cwd: io.cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits };
  const result = lint(lintOptions);
  if (options.writeBaseline) {
    const count = writeBaseline(options.writeBaseline, result.findings, io.cwd);
    io.stderr.write(`citrix-license-lint: recorded ${plural(count, "finding")} in ${options.writeBaseline}
`);
    return EXIT.ok;
  }
  let compared;
  if (options.base) {
    const top = repositoryTop(io.cwd);
    if (!top) throw new UsageError("--base needs a git repository: run it inside the clone");
    if (!hasCommit(top, options.base))
      throw new UsageError(`--base ${options.base}: no such commit in this clone (fetch it first; in a workflow, use fetch-depth: 0)`);
    const base = lintAtCommit(top, options.base, lintOptions);
    compared = { base: options.base, comparison: compareFindings(base.findings, result.findings), baseInventory: base.inventory };
  } else if (options.baseline) {
    const comparison = compareFindings(readBaseline(options.baseline, io.cwd), result.findings);
    compared = { base: options.baseline, comparison };
    if (comparison.fixed.length > 0) {
      io.stderr.write(
        `citrix-license-lint: ${plural(comparison.fixed.length, "baseline entry", "baseline entries")} no longer match a finding: run --write-baseline ${options.baseline} to shrink it
`
      );
    }
  }
  const run = withComparison(result, compared);
  const format = options.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text");
  const color = !options.output && format === "text" && io.stdout.isTTY === true && io.env.NO_COLOR === void 0;
  const context = { cwd: io.cwd, color, toolVersion: TOOL_VERSION, links: repositoryLinks(io.env), rules: ruleCatalog(config.settings) };
  writeOutput(io, options.output, REPORTERS[format](run, context));
  const verdict = judge(result.findings, compared?.comparison.introduced, { failOn: options.failOn, onlyNew: true });
  return verdict.failing > 0 ? EXIT.findings : EXIT.ok;
}

// src/cli/entry.ts
async function main(argv, io, run = runCli) {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = io.env.CLL_DEBUG ? `
${error instanceof Error ? error.stack : ""}` : "";
    io.stderr.write(`citrix-license-lint: internal error: ${message}; please report it with the command you ran${detail}
`);
    return EXIT.internal;
  }
}

// src/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => /* @__PURE__ */ new Date()
});
