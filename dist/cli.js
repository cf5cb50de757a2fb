#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  UsageError,
  defaultInputs,
  isIsoDate,
  jsonReporter,
  lint,
  markdownReporter,
  readLicenseFile,
  resolveConfig,
  sarifReporter,
  todayUtc
} from "./chunks/chunk-LHUL5HRP.js";
import {
  plural
} from "./chunks/chunk-7KXAT5KJ.js";
import {
  countFindings,
  displayPath
} from "./chunks/chunk-RUPSPXQ2.js";
import "./chunks/chunk-YSFCGVTP.js";

// src/cli/main.ts
import process from "node:process";

// src/cli/run.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";

// src/reporters/text.ts
var ansi = (code) => (text) => `\x1B[${code}m${text}\x1B[0m`;
var identity = (text) => text;
var textReporter = (result, context) => {
  const paint = context.color ? { error: ansi("31"), warning: ansi("33"), dim: ansi("2"), bold: ansi("1"), green: ansi("32") } : { error: identity, warning: identity, dim: identity, bold: identity, green: identity };
  const lines = [];
  let currentFile;
  const active = result.findings.filter((f) => !f.suppression);
  for (const finding of active) {
    const file = displayPath(finding.file, context.cwd);
    if (file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint.bold(file));
      currentFile = file;
    }
    const severity = finding.severity === "error" ? paint.error("error  ") : paint.warning("warning");
    lines.push(`  ${file}:${finding.line}:${finding.column}  ${severity}  ${finding.message}  ${paint.dim(finding.ruleId)}`);
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
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  text: textReporter
};
var FORMAT_NAMES = [...Object.keys(REPORTERS), "github"].sort();

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "as-of": { type: "string" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message.replace(/\. To specify a positional argument.*$/s, "")}; run with --help for the options`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", paths: [], failOn: "error" };
  if (values.version) return { command: "version", paths: [], failOn: "error" };
  const command = positionals[0] === "inspect" ? "inspect" : "lint";
  const paths = command === "inspect" ? positionals.slice(1) : positionals;
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  const asOf = values["as-of"];
  if (asOf !== void 0 && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const formats = command === "inspect" ? ["json", "text"] : FORMAT_NAMES;
  if (values.format !== void 0 && !formats.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${formats.join(", ")}`);
  }
  if (command === "inspect" && paths.length === 0) throw new UsageError("inspect needs at least one license file: citrix-license-lint inspect FILE.lic...");
  return { command, paths, format: values.format, output: values.output, asOf, config: values.config, failOn };
}
var HELP = `Usage: citrix-license-lint [options] [paths...]
       citrix-license-lint inspect [--format text|json] FILE.lic...

Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder).

Options:
  -f, --format FORMAT   ${FORMAT_NAMES.join(", ")} (default: text; github under GitHub Actions)
  -o, --output FILE     write the report to FILE instead of standard output
      --as-of DATE      judge the inventory as of DATE, YYYY-MM-DD (default: today, UTC)
  -c, --config FILE     configuration file (default: .citrix-license-lint.yml next to
                        the inventory or at the repository root)
      --fail-on LEVEL   error, warning or never (default: error)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid config); 3 internal error.
Rules and how to fix each finding: docs/rules/README.md
`;

// src/cli/inspect.ts
import { writeFileSync } from "node:fs";
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
  if (options.output) writeFileSync(path.resolve(io.cwd, options.output), text);
  else io.stdout.write(text);
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
  const rows = file.features.map((f) => [f.product, String(f.count), f.licenseType ?? "-", f.expires, f.cssDate ?? "-", f.serial ?? "-", String(f.line)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [`${file.file}  (bound to ${file.hostname ?? "no SERVER line"})`];
  if (rows.length === 0) out.push("  no INCREMENT or FEATURE lines");
  else out.push(...[header, ...rows].map((r) => `  ${line(r)}`));
  for (const p of file.problems) out.push(`  ${file.file}:${p.line}:${p.column}  error  ${p.message}`);
  return `${out.join("\n")}
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
  const result = lint({ inputs, cwd: io.cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits });
  const format = options.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text");
  const color = !options.output && format === "text" && io.stdout.isTTY === true && io.env.NO_COLOR === void 0;
  const context = { cwd: io.cwd, color, toolVersion: TOOL_VERSION, links: repositoryLinks(io.env) };
  let report;
  if (format === "github") {
    if (options.output) throw new UsageError("the github format writes annotations to standard output; --output takes text, json, sarif or markdown");
    const { emitAnnotations, selectAnnotations } = await import("./chunks/github-N3H4IBFN.js");
    await emitAnnotations(selectAnnotations(result, context));
    report = "";
  } else {
    report = REPORTERS[format](result, context);
  }
  if (options.output) {
    const target = path2.resolve(io.cwd, options.output);
    try {
      writeFileSync2(target, report);
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${error.code ?? error.message}`);
    }
  } else if (report) {
    io.stdout.write(report);
  }
  const counts = countFindings(result.findings);
  if (options.failOn === "never") return EXIT.ok;
  const failing = options.failOn === "warning" ? counts.errors + counts.warnings : counts.errors;
  return failing > 0 ? EXIT.findings : EXIT.ok;
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
