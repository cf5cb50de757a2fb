#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  writeOutput
} from "./chunk-QWHS6EFY.js";
import {
  DEFAULT_PARSE_LIMITS,
  LICENSE_SERVER_BUILDS,
  NETSCALER_THRESHOLDS,
  POLICY,
  RULES,
  THRESHOLD_KEYS,
  TOOL_VERSION,
  aloneNote,
  commitTree,
  compareFindings,
  configCandidates,
  countFindings,
  countsLine,
  defaultSettings,
  escapeControls,
  escapeForLog,
  filesWords,
  git,
  gitCommitTimes,
  githubReporter,
  hasCommit,
  hash53,
  jsonReporter,
  judge,
  lint,
  lintAtCommit,
  lintOlderTree,
  markdownReporter,
  pathForLog,
  plural,
  readConfig,
  readLicenseFile,
  repositoryTop,
  resolveConfigIn,
  resolveInputs,
  ruleCatalog,
  sarifReporter,
  telemetryNote,
  withComparison
} from "./chunk-DOUDVHUT.js";
import {
  UsageError,
  addMonths,
  containmentProblem,
  diskFileSystem,
  findRepositoryRoot,
  isIsoDate,
  todayUtc,
  writeInside
} from "./chunk-PTWP3U3H.js";
import {
  displayPath
} from "./chunk-IJTIU5VO.js";
import "./chunk-3LG3MPHK.js";

// src/cli/main.ts
import process2 from "node:process";

// src/reporters/gitlab.ts
var gitlabReporter = (result, context) => {
  const seen = /* @__PURE__ */ new Map();
  const issues = result.findings.filter((f) => !f.suppression).map((f) => {
    const path7 = displayPath(f.file, context.cwd);
    const base = `${f.fingerprint}\0${path7}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return {
      type: "issue",
      description: f.message,
      check_name: f.ruleId,
      fingerprint: hash53(count === 0 ? base : `${base}\0${count}`),
      severity: f.severity === "error" ? "major" : "minor",
      location: { path: path7, lines: { begin: f.line, end: f.endLine } }
    };
  });
  return `${JSON.stringify(issues, null, 2)}
`;
};

// src/reporters/junit.ts
var NOT_XML = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
);
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
var xml = (text) => String(text).replace(NOT_XML, "�").replace(/[&<>"']/g, (c) => ESCAPES[c]);
var junitReporter = (result, context) => {
  const byFile = new Map(result.files.map((file) => [displayPath(file, context.cwd), []]));
  for (const finding of result.findings) {
    const file = displayPath(finding.file, context.cwd);
    let list = byFile.get(file);
    if (!list) byFile.set(file, list = []);
    list.push(finding);
  }
  let failures = 0;
  let tests = 0;
  const suites = [];
  for (const [file, findings] of byFile) {
    const cases = findings.map((f) => {
      const name2 = `${f.ruleId} ${file}:${f.line}:${f.column}`;
      const head = `    <testcase name="${xml(name2)}" classname="${xml(f.ruleId)}"`;
      if (f.suppression) {
        return `${head}>
      <skipped message="${xml(`suppressed: ${f.suppression.justification}`)}"/>
    </testcase>`;
      }
      return `${head}>
      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`)}</failure>
    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase name="${xml(`${file} as of ${result.asOf}`)}" classname="citrix-license-lint"/>`);
    const fileFailures = findings.filter((f) => !f.suppression).length;
    const fileSkipped = findings.length - fileFailures;
    failures += fileFailures;
    tests += cases.length;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="${fileSkipped}" file="${xml(file)}">
${cases.join("\n")}
  </testsuite>`
    );
  }
  const name = `citrix-license-lint ${context.toolVersion} as of ${result.asOf}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${xml(name)}" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
};

// src/reporters/text.ts
var ansi = (code) => (text) => `\x1B[${code}m${text}\x1B[0m`;
var identity = (text) => text;
var textReporter = (result, context) => {
  const paint = context.color ? { error: ansi("31"), warning: ansi("33"), dim: ansi("2"), bold: ansi("1"), green: ansi("32") } : { error: identity, warning: identity, dim: identity, bold: identity, green: identity };
  const lines = [];
  let currentFile;
  const active = result.findings.filter((f) => !f.suppression);
  const introduced = new Set(result.comparison?.comparison.introduced);
  if (result.comparison)
    lines.push(`Compared with ${escapeForLog(result.comparison.base)}: ${countsLine(result.comparison.comparison)}.`, "");
  for (const finding of active) {
    const file = pathForLog(displayPath(finding.file, context.cwd));
    if (file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint.bold(file));
      currentFile = file;
    }
    const severity = finding.severity === "error" ? paint.error("error  ") : paint.warning("warning");
    const fresh = result.comparison && introduced.has(finding) ? `${paint.bold("new")}  ` : "";
    lines.push(
      `  ${file}:${finding.line}:${finding.column}  ${severity}  ${fresh}${escapeForLog(finding.message)}  ${paint.dim(escapeForLog(finding.ruleId))}`
    );
  }
  const counts = countFindings(result.findings);
  const files = filesWords(result);
  const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : "";
  if (lines.length > 0 && active.length > 0) lines.push("");
  const alone = aloneNote(result, context.cwd, pathForLog);
  if (alone) lines.push(alone);
  if (active.length === 0) {
    lines.push(paint.green(`No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`));
  } else {
    const summary = `${plural(counts.errors + counts.warnings, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}) in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
    lines.push(counts.errors > 0 ? paint.error(summary) : paint.warning(summary));
  }
  return `${lines.join("\n")}
`;
};

// src/reporters/registry.ts
var REPORTERS = {
  github: githubReporter,
  gitlab: gitlabReporter,
  json: jsonReporter,
  junit: junitReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  text: textReporter
};
var FORMAT_NAMES = Object.keys(REPORTERS).sort();

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/docs-url.ts
var REPOSITORY_URL = "https://github.com/citrix-license-lint/citrix-license-lint";
function versionedDocsUrl(file, version = TOOL_VERSION) {
  return `${REPOSITORY_URL}/blob/v${version}/${file}`;
}

// src/cli/args.ts
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
  version: { type: "boolean", short: "v" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "stdin-filename": { type: "string" },
  "list-rules": { type: "boolean" },
  "print-config": { type: "boolean" }
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
  const command = positionals[0] === "inspect" ? "inspect" : positionals[0] === "history" ? "history" : positionals[0] === "init" ? "init" : "lint";
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
  const options = {
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
  return withConventions(options, values);
}
function withConventions(options, values) {
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color contradict each other: give one");
  const color = values.color ? true : values["no-color"] ? false : void 0;
  const stdinFilename = values["stdin-filename"];
  if (stdinFilename !== void 0 && !options.paths.includes("-"))
    throw new UsageError("--stdin-filename names the inventory read from standard input: add `-` to the paths");
  if (options.paths.filter((p) => p === "-").length > 1) throw new UsageError("`-` (standard input) can be given once");
  if (options.paths.includes("-") && options.command !== "lint") throw new UsageError("`-` (standard input) works for linting only");
  const special = values["list-rules"] ? "list-rules" : values["print-config"] ? "print-config" : void 0;
  if (values["list-rules"] && values["print-config"]) throw new UsageError("--list-rules and --print-config: give one");
  if (special && options.command !== "lint") throw new UsageError(`--${special} cannot be combined with ${options.command}`);
  if (special && options.format !== void 0 && !["text", "json"].includes(options.format))
    throw new UsageError(`--${special} prints text or json, not "${options.format}"`);
  return {
    ...options,
    command: special ?? options.command,
    quiet: values.quiet === true,
    color,
    stdinFilename,
    failOnGiven: values["fail-on"] !== void 0
  };
}
var HELP = `Usage: citrix-license-lint [options] [paths...]
       citrix-license-lint inspect [--format text|json] FILE.lic...
       citrix-license-lint history [--since DATE] [--format text|json|markdown] [paths...]
       citrix-license-lint import [--into DIR] [--host NAME] FILES...   (import --help)
       citrix-license-lint init [DIR]   write a starter inventory, configuration and workflows

Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder, else in the nearest folder above it up to the
repository root; - reads one file from standard input).

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
  -q, --quiet           report errors only (the exit status still follows --fail-on)
      --color, --no-color  force colours on or off (default: on for a terminal;
                        NO_COLOR turns them off, FORCE_COLOR on)
      --stdin-filename NAME  with the path -, the inventory read from standard input
                        is reported as NAME (its license file paths resolve from there)
      --list-rules      list the rules: id, default severity, what each checks
      --print-config    print the effective configuration and where each value comes from
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid config); 3 internal error.
Rules and how to fix each finding: ${versionedDocsUrl("docs/rules/README.md")}
Documentation: ${versionedDocsUrl("README.md")}
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
      hostname: read.parsed.server?.hostname ?? null,
      hostId: read.parsed.server?.hostid ?? null,
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
  const bound = file.hostname ?? (file.hostId ? `host ID ${file.hostId}` : "no SERVER line");
  const out = [`${file.file}  (bound to ${bound})`];
  if (rows.length === 0) out.push("  no INCREMENT or FEATURE lines");
  else out.push(...[header, ...rows].map((r) => `  ${line(r)}`));
  for (const p of file.problems) out.push(`  ${file.file}:${p.line}:${p.column}  error  ${p.message}`);
  return `${out.join("\n")}
`;
}

// src/change/baseline.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";
function writeBaseline(file, findings, cwd) {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: displayPath(f.file, cwd), message: f.message }));
  try {
    writeInside(
      path2.resolve(cwd, file),
      `${JSON.stringify({ version: 1, tool: "citrix-license-lint", findings: entries }, null, 2)}
`,
      findRepositoryRoot(cwd)
    );
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error.code ?? error.message}`);
  }
  return entries.length;
}
function readBaseline(file, cwd) {
  let parsed;
  const full = path2.resolve(cwd, file);
  const leaves = containmentProblem(full, findRepositoryRoot(path2.dirname(full)), diskFileSystem);
  if (leaves) throw new UsageError(`${file}: the baseline is not read: it ${leaves}; commit the file itself`);
  try {
    parsed = JSON.parse(readFileSync(full, "utf8"));
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
  const top = repositoryTop(io.cwd);
  if (!top) throw new UsageError("history needs a git repository: run it inside the clone");
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: options.paths, cwd: io.cwd });
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
  const runDate = options.asOf ?? config.asOf ?? todayUtc(io.now());
  let floor = "";
  const { inventory, settings, ruleLevels, limits } = config;
  for (const line of log.split("\n")) {
    if (!line) continue;
    const [commit, date, ...subject] = line.split("	");
    const claimed = date.slice(0, 10);
    const asOf = claimed < floor ? floor : claimed > runDate ? runDate : claimed;
    floor = asOf;
    const result = lintAtCommit(top, commit, { inputs, inventory, cwd: io.cwd, asOf, settings, ruleLevels, limits }, cache);
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
  const text = format === "json" ? `${JSON.stringify({ datesJudged: DATES_JUDGED, points }, null, 2)}
` : format === "markdown" ? historyMarkdown(points) : historyText(points);
  writeOutput(io, options.output, text);
  return 0;
}
var DATES_JUDGED = "each commit's committer date (chosen by whoever committed), raised to the date of the commit before it and capped at the run's date";
function historyText(points) {
  if (points.length === 0) return "No commit touches the inventory.\n";
  const rows = points.map((p) => [
    p.date,
    p.commit.slice(0, 10),
    String(p.errors),
    String(p.warnings),
    `+${p.introduced}`,
    `-${p.fixed}`,
    escapeForLog(p.subject).slice(0, 60)
  ]);
  const header = ["DATE", "COMMIT", "ERRORS", "WARNINGS", "NEW", "FIXED", "SUBJECT"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return `Judged as of ${DATES_JUDGED}.
${[header, ...rows].map(
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
    (p) => `| ${p.date} | \`${p.commit.slice(0, 10)}\` | ${p.errors} | ${p.warnings} | +${p.introduced} / -${p.fixed} | ${markdownText(p.subject.slice(0, 80))} |`
  );
  return `### Compliance over time

Errors (first line) and warnings (second line) of the last ${last.length} commits that touched the inventory, each judged as of ${DATES_JUDGED}.

${chart}

| Date | Commit | Errors | Warnings | New / fixed | Subject |
|---|---|---:|---:|---|---|
${rows.join("\n")}
`;
}
function markdownText(text) {
  return escapeControls(text).replace(/[\\`*_{}[\]()<>#+\-!|~&"']/g, (c) => `\\${c}`).replace(/@/g, "@​");
}

// src/cli/init.ts
import { existsSync, mkdirSync, readdirSync, readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import path4 from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/init-templates.ts
var INVENTORY_SCHEMA_URL = "https://raw.githubusercontent.com/citrix-license-lint/citrix-license-lint/v1/inventory-schema/inventory.schema.json";
var CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/citrix-license-lint/citrix-license-lint/v1/inventory-schema/config.schema.json";
function starterInventory(today) {
  const newest = LICENSE_SERVER_BUILDS.at(-1).build;
  return `# yaml-language-server: $schema=${INVENTORY_SCHEMA_URL}
# Starter inventory written by \`citrix-license-lint init\`. Replace every value marked
# REPLACE with yours, then add a line per purchase, allocation and server. Add more files
# to this folder as it grows (by region or by topic): their lists are merged.
version: 1

entitlements:
  # What you bought: one entry per purchase line of the licensing portal (Manage Licenses).
  - id: example-subscription   # REPLACE: your own name for this purchase; allocations refer to it
    product: XDT_PLT_UD         # REPLACE: the feature code, PRODUCT_EDITION_MODEL
    type: subscription          # or perpetual, with cssEnd instead of end
    quantity: 100               # REPLACE: licenses bought
    end: ${addMonths(today, 12)}            # REPLACE: last day of the term

licenseServers:
  # Every Citrix License Server, production and non-production, including retired ones
  # (state: decommissioned) until their allocations are returned.
  - hostname: ctxls01           # REPLACE: the short name \`hostname\` prints on the server; Citrix: "Do not enter FQDN" (CTX696555)
    environment: production     # production, pre-production, test or disaster-recovery
    state: active
    version: 11.17.2.0 build ${newest}   # REPLACE: as the License Server console shows it
    activation: las-online      # las-online, las-offline, or files (end of life)
    telemetry:
      mode: automatic           # automatic, manual (air-gapped) or disabled
      lastReported: ${today}    # REPLACE: date of the last CTX_UPLOADER_SUCCESS in log_ctxuploader.log

allocations:
  # Portal allocations: which entitlement's licenses are bound to which hostname.
  - entitlement: example-subscription   # REPLACE: the id of an entitlement above
    hostname: ctxls01                   # REPLACE: the binding hostname, as allocated in the portal
    quantity: 100                       # REPLACE: licenses allocated
`;
}
function starterConfig(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# citrix-license-lint configuration, written by \`citrix-license-lint init\`. Every option
# is commented out and shows its default: uncomment what your contract or policy changes.
# It is declarative only: nothing in it runs.

# inventory: [inventory/]       # the files and folders of the inventory, relative to this file (default: inventory/ or
#                                # inventory.yaml); a file named on the command line inside them is linted with all of them

# asOf: 2026-01-31              # judge as of this day instead of today (--as-of overrides it)

# rules:                         # severity per rule id: off, warning or error (docs/rules/README.md)
${rules.map((r) => `#   ${`${r.id}:`.padEnd(width + 1)} ${r.severity}`).join("\n")}

# thresholds:
#   automaticTelemetryMaxAgeDays: ${POLICY.automaticTelemetryMaxAgeDays}   # days an automatic-mode host may go without a report
#   manualUploadIntervalDays: ${POLICY.manualUploadIntervalDays}      # days between manual uploads (CTX477614)
#   consoleFirstUploadDays: ${POLICY.consoleFirstUploadDays}        # days a manual-mode NetScaler Console has for its first upload
#   versionGraceMonths: ${POLICY.versionGraceMonths}             # months to install a new License Server build after its release
#   deadlineHorizonDays: ${POLICY.deadlineHorizonDays}           # how many days ahead deadlines/upcoming warns
#   collectedMaxAgeDays: ${POLICY.collectedMaxAgeDays}           # days collected evidence may age before collected/stale

# collected:                     # evidence a scheduled workflow collects (docs/collect.md)
#   folders: [collected]         # relative to the repository root; default: collected/ next to the inventory and at the root

# licenseServerBuilds:           # builds newer than the built-in catalog, or corrections
#   - build: 57100
#     released: 2026-11-20
#     precision: exact           # or on-or-before, when only a bound is known
#     source: where the date comes from

# netscaler:
#   autoTelemetryMinimum: ${flow(NETSCALER_THRESHOLDS.autoTelemetryMinimum)}   # first build of each release with automatic telemetry
#   lasMinimum: "${NETSCALER_THRESHOLDS.lasMinimum}"     # first Console build with the License Activation Service
#   instanceLasMinimum: ${flow(NETSCALER_THRESHOLDS.instanceLasMinimum)}   # NetScaler ADC builds with LAS, per release
#   fipsLasMinimum: ${flow(NETSCALER_THRESHOLDS.fipsLasMinimum)}   # the same for FIPS appliances
#   svmLasMinimum: ${flow(NETSCALER_THRESHOLDS.svmLasMinimum)}   # the same for an SDX's management service VM
#   releaseLines:                  # end of maintenance and end of life per release line
${NETSCALER_THRESHOLDS.releaseLines.map((r) => `#     - ${flow({ line: r.line, ...r.endOfMaintenance ? { endOfMaintenance: r.endOfMaintenance } : {}, endOfLife: r.endOfLife, source: r.source })}`).join("\n")}

# limits:                        # protection against hostile or mistaken input
#   inventoryFileMB: ${DEFAULT_PARSE_LIMITS.maxFileBytes / 1024 / 1024}
#   licenseFileMB: ${DEFAULT_PARSE_LIMITS.maxLicenseFileBytes / 1024 / 1024}
`;
}
function flow(values) {
  return `{ ${Object.entries(values).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")} }`;
}

// src/cli/init.ts
function exampleWorkflows() {
  let folder = path4.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = path4.join(folder, "examples", "workflows");
    if (existsSync(path4.join(folder, "package.json")) && existsSync(candidate)) return candidate;
    const parent = path4.dirname(folder);
    if (parent === folder) throw new Error("the example workflows are missing from the installed package (examples/workflows/)");
    folder = parent;
  }
}
function runInit(options, io) {
  if (options.paths.length > 1) throw new UsageError("init takes one folder: citrix-license-lint init [DIR]");
  const given = options.paths[0] ?? ".";
  const root = path4.resolve(io.cwd, given);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${given}: not a folder; init writes into a folder (created if missing)`);
  const workflows = exampleWorkflows();
  const files = /* @__PURE__ */ new Map([
    [path4.join("inventory", "licensing.yaml"), starterInventory(todayUtc(io.now()))],
    [".citrix-license-lint.yml", starterConfig(RULES.map((r) => r.meta))]
  ]);
  for (const name of readdirSync(workflows).filter((n) => n.endsWith(".yml") && n !== "collect.yml").sort()) {
    files.set(path4.join(".github", "workflows", `citrix-license-lint-${name}`), readFileSync2(path4.join(workflows, name), "utf8"));
  }
  const shown = (relative) => path4.join(given, relative).split(path4.sep).join("/");
  const existing = [...files.keys()].filter((relative) => existsSync(path4.join(root, relative)));
  if (existing.length > 0) {
    throw new UsageError(
      `${existing.map(shown).join(", ")} already exist${existing.length === 1 ? "s" : ""}: init overwrites nothing, so it wrote no file (move ${existing.length === 1 ? "it" : "them"} away, or run init in another folder)`
    );
  }
  for (const [relative, text] of files) {
    const target = path4.join(root, relative);
    try {
      mkdirSync(path4.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${shown(relative)}: ${error.code ?? error.message}`);
    }
  }
  io.stdout.write(
    `Wrote:
${[...files.keys()].map((f) => `  ${shown(f)}
`).join("")}Next: replace the values marked REPLACE in ${shown(path4.join("inventory", "licensing.yaml"))}, then run citrix-license-lint${given === "." ? "" : ` ${shown("inventory")}`}.
`
  );
  return 0;
}

// src/cli/list-rules.ts
function listRules() {
  return RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    description: r.meta.description,
    docs: versionedDocsUrl(`docs/rules/${r.meta.id}.md`)
  })).sort((a, b) => a.id < b.id ? -1 : 1);
}
function runListRules(options, io) {
  const rules = listRules();
  if (options.format === "json") {
    writeOutput(io, options.output, `${JSON.stringify({ rules }, null, 2)}
`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  writeOutput(io, options.output, rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}
`).join(""));
  return 0;
}

// src/cli/print-config.ts
import path5 from "node:path";
var THRESHOLDS = THRESHOLD_KEYS;
function describeConfig(input) {
  const { options, resolved, raw, shownFile: file } = input;
  const fromFile = (present) => present && file ? file : "default";
  const defaults = defaultSettings();
  const entries = [
    {
      key: "inventory",
      value: input.inputs,
      source: {
        named: "command line",
        configuration: file ?? "configuration",
        default: "default (inventory/ or inventory.yaml, here or above)"
      }[input.from]
    },
    {
      key: "configFile",
      value: file ?? null,
      source: options.config !== void 0 ? "--config" : file ? "found next to the inventory or at the repository root" : "none found"
    },
    {
      key: "asOf",
      value: options.asOf ?? resolved.asOf ?? input.today,
      source: options.asOf ? "--as-of" : resolved.asOf ? fromFile(true) : "default (today, UTC)"
    },
    { key: "failOn", value: options.failOn, source: options.failOnGiven ? "--fail-on" : "default" }
  ];
  for (const rule of RULES) {
    const level = raw?.rules?.[rule.meta.id];
    entries.push({ key: `rules.${rule.meta.id}`, value: level ?? rule.meta.severity, source: fromFile(level !== void 0) });
  }
  for (const key of THRESHOLDS) {
    entries.push({
      key: `thresholds.${key}`,
      value: resolved.settings.policy[key],
      source: fromFile(raw?.thresholds?.[key] !== void 0)
    });
  }
  const added = raw?.licenseServerBuilds?.length ?? 0;
  const newest = resolved.settings.builds.at(-1);
  entries.push({
    key: "licenseServerBuilds",
    value: `${resolved.settings.builds.length} builds, newest ${newest?.build} (${newest?.released})`,
    source: added > 0 ? `built-in catalog of ${defaults.builds.length} and ${added} from ${file}` : "default (built-in catalog)"
  });
  entries.push({
    key: "netscaler.autoTelemetryMinimum",
    value: resolved.settings.netscaler.autoTelemetryMinimum,
    source: fromFile(raw?.netscaler?.autoTelemetryMinimum !== void 0)
  });
  entries.push({
    key: "netscaler.lasMinimum",
    value: resolved.settings.netscaler.lasMinimum,
    source: fromFile(raw?.netscaler?.lasMinimum !== void 0)
  });
  entries.push({
    key: "collected.folders",
    value: resolved.collectedFolders ?? ["collected"],
    source: resolved.collectedFolders ? fromFile(true) : "default (collected/ next to the inventory and at the repository root)"
  });
  entries.push({
    key: "limits.inventoryFileMB",
    value: resolved.limits.maxFileBytes / 1024 / 1024,
    source: fromFile(raw?.limits?.inventoryFileMB !== void 0)
  });
  entries.push({
    key: "limits.licenseFileMB",
    value: resolved.limits.maxLicenseFileBytes / 1024 / 1024,
    source: fromFile(raw?.limits?.licenseFileMB !== void 0)
  });
  return entries;
}
function renderConfig(entries, format) {
  if (format === "json") return `${JSON.stringify({ settings: entries }, null, 2)}
`;
  const lines = entries.map((e) => [`${e.key}: ${typeof e.value === "string" ? e.value : JSON.stringify(e.value)}`, e.source]);
  const width = Math.max(...lines.map(([text]) => text.length));
  return lines.map(([text, source]) => `${text.padEnd(width)}  # ${source}
`).join("");
}
function runPrintConfig(options, io) {
  const named = options.paths.map((p) => p === "-" ? options.stdinFilename ?? "stdin.yaml" : p);
  const { inputs, config: resolved, from } = resolveInputs({ explicit: options.config, paths: named, cwd: io.cwd });
  const raw = resolved.file ? readConfig(resolved.file, io.cwd) : void 0;
  const shownFile = resolved.file ? path5.relative(io.cwd, resolved.file).split(path5.sep).join("/") : void 0;
  const entries = describeConfig({ options, inputs, from, resolved, raw, shownFile, today: todayUtc(io.now()) });
  writeOutput(io, options.output, renderConfig(entries, options.format));
  return 0;
}

// src/cli/stdin-input.ts
import path6 from "node:path";
import process from "node:process";
var DEFAULT_STDIN_NAME = "stdin.yaml";
async function readProcessStdin() {
  if (process.stdin.isTTY)
    throw new UsageError(
      "`-` reads the inventory from standard input, which is a terminal here: pipe the file in (citrix-license-lint - < inventory.yaml)"
    );
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function withStdin(options, io, inputs) {
  if (!inputs.includes("-")) return { inputs: [...inputs] };
  const name = options.stdinFilename ?? DEFAULT_STDIN_NAME;
  const content = await (io.readStdin ?? readProcessStdin)();
  return { inputs: inputs.map((p) => p === "-" ? name : p), fs: overlay(diskFileSystem, path6.resolve(io.cwd, name), content) };
}
function overlay(base, file, content) {
  const folder = path6.dirname(file);
  const name = path6.basename(file);
  const realFolder = base.exists(folder) ? base.realpath(folder) : folder;
  const real = path6.join(realFolder, name);
  const isIt = (f) => f === file || f === real;
  return {
    stat: (f) => isIt(f) ? { isFile: true, isDirectory: false, size: content.length } : base.stat(f),
    readdir(f) {
      const here = f === folder || f === realFolder;
      if (!base.exists(f)) return here ? [{ name, isFile: true, isDirectory: false, isSymbolicLink: false }] : base.readdir(f);
      const entries = base.readdir(f).filter((e) => !(here && e.name === name));
      return here ? [...entries, { name, isFile: true, isDirectory: false, isSymbolicLink: false }] : entries;
    },
    readFile: (f, limit) => isIt(f) ? content.subarray(0, limit ?? content.length) : base.readFile(f, limit),
    realpath: (f) => isIt(f) ? real : base.realpath(f),
    exists: (f) => isIt(f) || base.exists(f)
  };
}

// src/cli/color.ts
function useColor(flag, io, toFile) {
  if (toFile) return false;
  if (flag !== void 0) return flag;
  const noColor = io.env.NO_COLOR;
  if (noColor !== void 0 && noColor !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  return io.stdout.isTTY === true;
}

// src/cli/quiet.ts
var isError = (f) => f.severity === "error";
function errorsOnly(run) {
  const compared = run.comparison;
  return {
    ...run,
    findings: run.findings.filter(isError),
    ...compared ? {
      comparison: {
        ...compared,
        comparison: {
          ...compared.comparison,
          introduced: compared.comparison.introduced.filter(isError),
          fixed: compared.comparison.fixed.filter(isError),
          unchanged: compared.comparison.unchanged.filter(isError)
        }
      }
    } : {}
  };
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
    if (argv[0] === "import") return (await import("./import-WRS4L27Q.js")).runImport(argv.slice(1), io);
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
    if (options.command === "init") return runInit(options, io);
    if (options.command === "list-rules") return runListRules(options, io);
    if (options.command === "print-config") return runPrintConfig(options, io);
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
  const { inputs: named, fs } = await withStdin(options, io, options.paths);
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: named, cwd: io.cwd });
  const asOf = options.asOf ?? config.asOf ?? todayUtc(io.now());
  const collected = { folders: config.collectedFolders, commitTime: gitCommitTimes(io.cwd) };
  const lintOptions = {
    inputs,
    inventory: config.inventory,
    cwd: io.cwd,
    asOf,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected,
    ...fs ? { fs } : {}
  };
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
    const candidates = configCandidates({ explicit: options.config, inputs, cwd: io.cwd });
    const tree = commitTree(top, options.base, lintOptions, candidates);
    const own = resolveConfigIn(tree, candidates, io.cwd);
    const base = lintOlderTree(tree, {
      ...lintOptions,
      collected: { folders: own.collectedFolders, commitTime: gitCommitTimes(top, options.base) },
      asOf: options.asOf ?? own.asOf ?? todayUtc(io.now()),
      settings: own.settings,
      ruleLevels: own.ruleLevels,
      limits: own.limits
    });
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
  const color = format === "text" && useColor(options.color, io, options.output !== void 0);
  let rules;
  const context = {
    cwd: io.cwd,
    color,
    toolVersion: TOOL_VERSION,
    links: repositoryLinks(io.env),
    // Built when a reporter reads it (SARIF): every description rendered with its thresholds
    // is start-up time that the other formats would pay for nothing.
    get rules() {
      rules ??= ruleCatalog(config.settings);
      return rules;
    }
  };
  writeOutput(io, options.output, REPORTERS[format](options.quiet ? errorsOnly(run) : run, context));
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
for (const stream of [process2.stdout, process2.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process2.exit(process2.exitCode ?? 0);
    throw error;
  });
}
process2.exitCode = await main(process2.argv.slice(2), {
  cwd: process2.cwd(),
  env: process2.env,
  stdout: process2.stdout,
  stderr: process2.stderr,
  now: () => /* @__PURE__ */ new Date()
});
