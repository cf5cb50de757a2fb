#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  writeOutput
} from "./chunk-6QBXN3XN.js";
import {
  DEFAULT_PARSE_LIMITS,
  InventoryIndex,
  LICENSE_SERVER_BUILDS,
  NETSCALER_THRESHOLDS,
  POLICY,
  THRESHOLD_KEYS,
  aloneNote,
  comparedRun,
  configSource,
  countFindings,
  countsLine,
  defaultSettings,
  evidenceChangeLine,
  filesWords,
  git,
  gitCommitTimes,
  githubReporter,
  hash53,
  jsonReporter,
  judge,
  lint,
  lintOlderTree,
  lintedFolders,
  markdownReporter,
  positionCsv,
  positionJson,
  positionMarkdown,
  positionReport,
  positionText,
  readConfig,
  readLicenseFile,
  repositoryTop,
  resolveConfig,
  resolveInputs,
  sarifReporter,
  telemetryNote,
  treeFileFilter,
  weakeningLine,
  writeBaseline
} from "./chunk-N7AD2DAE.js";
import {
  UsageError,
  diskFileSystem,
  escapeControls,
  escapeForLog,
  findRepositoryRoot,
  memoryFileSystem,
  pathForLog
} from "./chunk-RFJ74KHR.js";
import {
  RULES,
  STARTER,
  TOOL_VERSION,
  blockerKey,
  blockerWords,
  compareRuns,
  describeRule,
  displayPath,
  isWithheld,
  licensePosition,
  plural,
  ruleCatalog,
  sarifCategory,
  schemaUrl,
  versionedDocsUrl,
  withheldCount,
  withheldNote
} from "./chunk-Y47SGCXA.js";
import {
  addMonths,
  isIsoDate,
  todayUtc
} from "./chunk-GXT5JFYL.js";
import "./chunk-3LG3MPHK.js";

// src/cli/main.ts
import process2 from "node:process";

// src/cli/run.ts
import path8 from "node:path";

// src/reporters/gitlab.ts
var gitlabReporter = (result, context) => {
  const seen = /* @__PURE__ */ new Map();
  const issues = [...result.findings, ...result.withheld].filter((f) => !f.suppression).map((f) => {
    const path9 = displayPath(f.file, context.cwd);
    const base = `${f.fingerprint}\0${path9}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return {
      type: "issue",
      description: isWithheld(f) ? `${f.message} (${withheldNote(f, context.cwd)})` : f.message,
      check_name: f.ruleId,
      fingerprint: hash53(count === 0 ? base : `${base}\0${count}`),
      severity: f.severity === "error" ? "major" : "minor",
      location: { path: path9, lines: { begin: f.line, end: f.endLine } }
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
  for (const finding of [...result.findings, ...result.withheld]) {
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
      const message = isWithheld(f) ? `${f.message} (${withheldNote(f, context.cwd)})` : f.message;
      return `${head}>
      <failure type="${f.severity}" message="${xml(message)}">${xml(`${file}:${f.line}:${f.column}  ${f.severity}  ${message}  ${f.ruleId}`)}</failure>
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
  const waiting = /* @__PURE__ */ new Map();
  for (const finding of result.withheld) {
    const key = blockerKey(finding.waitsFor);
    waiting.set(key, [...waiting.get(key) ?? [], finding]);
  }
  const line = (finding, indent) => {
    const file = pathForLog(displayPath(finding.file, context.cwd));
    const severity = finding.severity === "error" ? paint.error("error  ") : paint.warning("warning");
    const fresh = result.comparison && introduced.has(finding) ? `${paint.bold("new")}  ` : "";
    return `${indent}${file}:${finding.line}:${finding.column}  ${severity}  ${fresh}${escapeForLog(finding.message)}  ${paint.dim(escapeForLog(finding.ruleId))}`;
  };
  for (const finding of active) {
    const file = pathForLog(displayPath(finding.file, context.cwd));
    if (file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint.bold(file));
      currentFile = file;
    }
    lines.push(line(finding, "  "));
    const held = waiting.get(blockerKey(finding));
    if (!held) continue;
    waiting.delete(blockerKey(finding));
    lines.push(
      `      ${paint.dim(`withheld until this is fixed (${plural(held.length, "finding")}; ${held.length === 1 ? "its" : "their"} advice may rest on what could not be read):`)}`
    );
    for (const finding2 of held) lines.push(line(finding2, "        "));
  }
  for (const held of waiting.values()) {
    if (lines.length > 0) lines.push("");
    lines.push(paint.bold(`Withheld until ${pathForLog(escapeForLog(blockerWords(held[0].waitsFor, context.cwd)))} is fixed:`));
    for (const finding of held) lines.push(line(finding, "  "));
  }
  const counts = countFindings(result.findings);
  const files = filesWords(result);
  const suppressed = `${counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : ""}${result.withheld.length > 0 ? `, ${withheldCount(result.withheld)}` : ""}`;
  if (lines.length > 0) lines.push("");
  const alone = aloneNote(result, context.cwd, pathForLog);
  if (alone) lines.push(alone);
  if (active.length === 0 && result.withheld.length === 0) {
    lines.push(paint.green(`No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`));
  } else {
    const summary = `${plural(counts.errors + counts.warnings, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}) in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
    lines.push(counts.errors > 0 || result.withheld.some((f) => f.severity === "error") ? paint.error(summary) : paint.warning(summary));
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

// src/cli/options.ts
var OPTIONS = {
  format: { type: "string", short: "f", usage: "-f, --format FORMAT", help: "{formats}" },
  output: { type: "string", short: "o", usage: "-o, --output FILE", help: "write to FILE instead of standard output" },
  "as-of": {
    type: "string",
    usage: "    --as-of DATE",
    help: "judge as of DATE, YYYY-MM-DD (default: the configuration's asOf, else today, UTC)"
  },
  config: {
    type: "string",
    short: "c",
    usage: "-c, --config FILE",
    help: "configuration file (default: .citrix-license-lint.yml next to the inventory or at the repository root)"
  },
  "fail-on": {
    type: "string",
    usage: "    --fail-on LEVEL",
    help: "error, warning or never: what makes the exit status 1 (default: error)"
  },
  base: {
    type: "string",
    usage: "    --base REV",
    help: "compare with the inventory at git revision REV: findings are new, fixed or unchanged, and only new ones fail the run"
  },
  baseline: { type: "string", usage: "    --baseline FILE", help: "fail only on findings not recorded in FILE (stale entries are listed)" },
  "write-baseline": { type: "string", usage: "    --write-baseline FILE", help: "record the current findings in FILE and exit 0" },
  since: { type: "string", usage: "    --since DATE", help: "only commits from DATE on, YYYY-MM-DD" },
  quiet: { type: "boolean", short: "q", usage: "-q, --quiet", help: "report errors only (the exit status still follows --fail-on)" },
  color: {
    type: "boolean",
    usage: "    --color, --no-color",
    help: "force colours on or off (default: on for a terminal; NO_COLOR turns them off, FORCE_COLOR on)"
  },
  "no-color": { type: "boolean", usage: "", help: "" },
  "stdin-filename": {
    type: "string",
    usage: "    --stdin-filename NAME",
    help: "with the path -, the inventory read from standard input is reported as NAME (its license file paths resolve from there)"
  },
  "list-rules": { type: "boolean", usage: "    --list-rules", help: "list the rules: id, default severity, what each checks" },
  "print-config": {
    type: "boolean",
    usage: "    --print-config",
    help: "print the effective configuration and where each value comes from"
  },
  into: {
    type: "string",
    usage: "    --into DIR",
    help: "merge into the inventory (YAML files) in DIR instead of printing a new one"
  },
  host: { type: "string", usage: "    --host NAME", help: "the host that exports which do not name one come from" },
  help: { type: "boolean", short: "h", usage: "-h, --help", help: "show this help" },
  version: { type: "boolean", short: "v", usage: "-v, --version", help: "show the version" }
};
var PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [name, "short" in spec ? { type: spec.type, short: spec.short } : { type: spec.type }])
);

// src/cli/commands.ts
var LINT_EXIT = `0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid configuration); 3 internal error.`;
var COMMANDS = {
  lint: {
    synopsis: "[options] [paths...]",
    summary: "lint the inventory (the default command)",
    about: `Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder, else in the nearest folder above it up to the
repository root; - reads one file from standard input).`,
    options: [
      "format",
      "output",
      "as-of",
      "config",
      "fail-on",
      "base",
      "baseline",
      "write-baseline",
      "quiet",
      "color",
      "no-color",
      "stdin-filename",
      "list-rules",
      "print-config"
    ],
    formats: FORMAT_NAMES,
    paths: "any",
    exit: LINT_EXIT
  },
  "list-rules": {
    synopsis: "--list-rules [--format text|json] [-c FILE]",
    summary: "list the rules: id, default severity, what each checks",
    about: "Lists every rule: its id, default severity and what it checks, with the thresholds of the configuration.",
    options: ["list-rules", "format", "output", "config"],
    formats: ["text", "json"],
    paths: "none",
    exit: "0 listed; 2 could not start (bad option, invalid configuration)."
  },
  "print-config": {
    synopsis: "--print-config [options] [paths...]",
    summary: "print the effective configuration and where each value comes from",
    about: "Prints every setting a lint with the same options would use, and where each comes from (option, file or default).",
    options: ["print-config", "format", "output", "config", "as-of", "fail-on", "stdin-filename"],
    formats: ["text", "json"],
    paths: "any",
    exit: "0 printed; 2 could not start (bad option, missing path, invalid configuration)."
  },
  inspect: {
    synopsis: "inspect [options] FILE.lic...",
    summary: "show what a license file grants, without its signatures",
    about: `Shows what each license file grants (product, count, type, expiry, CSS date, serial
number) and what it is bound to (a License Server's HOSTNAME=, or a NetScaler host ID),
without its signatures: read a file before you install it.`,
    options: ["format", "output"],
    formats: ["text", "json"],
    paths: { required: "license file" },
    exit: "0 every file read; 1 a file has syntax problems; 2 could not start (bad option, missing file)."
  },
  history: {
    synopsis: "history [options] [paths...]",
    summary: "compliance over the git history of the inventory",
    about: `Walks the commits that touched the inventory, oldest first, judges each as of its own
commit date with today's configuration, and prints the timeline (markdown adds a chart).`,
    options: ["since", "format", "output", "config", "as-of"],
    formats: ["text", "json", "markdown"],
    paths: "any",
    exit: "0 printed; 2 could not start (not a git repository, bad option, invalid configuration)."
  },
  position: {
    synopsis: "position [options] [paths...]",
    summary: "the license position per product: bought, allocated, installed, overdraft, in use",
    about: `Prints the license position of the inventory, one row per product: bought (active
entitlements), allocated, installed (on active hosts, without overdraft), overdraft, in use
and the peak in use, with the hosts each comes from. Collected evidence is read as the
linter reads it; a number nothing shows is unknown (null in JSON), never 0. See
docs/position.md.`,
    options: ["format", "output", "config", "as-of"],
    formats: ["text", "json", "csv", "markdown"],
    paths: "any",
    exit: "0 printed, whatever the findings; 2 could not start (bad option, missing path, invalid configuration, no inventory read)."
  },
  import: {
    synopsis: "import [options] FILES-OR-FOLDERS...",
    summary: "start an inventory from Citrix exports, or add them to one",
    about: `Starts an inventory from what Citrix systems export, or with --into adds it to the
inventory in DIR (new hosts and fields are added; values that differ are marked with a
comment, never changed). A folder stands for the files directly inside it. The kind of
each file is recognised from its content. How to take each export: docs/collect.md`,
    options: ["into", "host", "output"],
    paths: { required: "export file or folder" },
    exit: "0 written; 2 could not start (bad option, a file that is no export, nothing to merge into)."
  },
  init: {
    synopsis: "init [DIR]",
    summary: "write a starter inventory, configuration and workflows",
    about: `Writes a starter inventory (inventory/licensing.yaml, its placeholders reported until you
replace them), .citrix-license-lint.yml with every option commented out, and the example
workflows in .github/workflows/, into DIR (default: the current folder). It overwrites
nothing: if any of these files exists, it names it and writes none.`,
    options: [],
    paths: "at most one",
    exit: "0 written; 2 nothing written (a file exists, DIR is not a folder)."
  }
};
var COMMAND_WORDS = ["inspect", "history", "position", "import", "init"];
var WIDTH = 92;
var USAGE_COLUMN = 26;
function wrap(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`
${" ".repeat(indent)}`);
}
function optionLine(name, command) {
  const spec = OPTIONS[name];
  if (!spec.usage) return void 0;
  const formats = command.formats ?? [];
  const help = spec.help.replace(
    "{formats}",
    `${formats.join(", ")} (default: text${formats.includes("github") ? "; github under GitHub Actions" : ""})`
  );
  const usage = `  ${spec.usage}`;
  const gap = usage.length <= USAGE_COLUMN - 2 ? " ".repeat(USAGE_COLUMN - usage.length) : `
${" ".repeat(USAGE_COLUMN)}`;
  return `${usage}${gap}${wrap(help, USAGE_COLUMN)}`;
}
function commandHelp(name, more) {
  const command = COMMANDS[name];
  const options = [...command.options, "help", "version"];
  const usage = name === "lint" ? Object.values(COMMANDS).map((c, i) => `${i === 0 ? "Usage: " : "       "}citrix-license-lint ${c.synopsis}`).join("\n") : `Usage: citrix-license-lint ${command.synopsis}`;
  const commands = name === "lint" ? `
Commands (each has its own options: citrix-license-lint COMMAND --help):
${COMMAND_WORDS.map(
    (word) => `  ${word.padEnd(USAGE_COLUMN - 2)}${COMMANDS[word].summary}`
  ).join("\n")}
` : "";
  return `${usage}

${command.about}
${more ? `
${more}
` : ""}
Options:
${options.map((option) => optionLine(option, command)).filter((line) => line !== void 0).join("\n")}
${commands}
Exit status: ${command.exit}
${name === "lint" ? `Rules and how to fix each finding: ${versionedDocsUrl("docs/rules/README.md")}
` : ""}Documentation: ${versionedDocsUrl("README.md")}
`;
}

// src/cli/args.ts
function parse(argv) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, tokens: true, options: PARSE_OPTIONS });
  } catch (error) {
    const word = COMMAND_WORDS.find((w) => w === argv.find((arg) => !arg.startsWith("-")));
    throw new UsageError(
      `${error.message.replace(/\. To specify a positional argument.*$/s, "")}; run ${word ? `${word} ` : ""}--help for the options`
    );
  }
}
function commandOf(positionals, values) {
  const word = COMMAND_WORDS.find((w) => w === positionals[0]);
  if (word) return word;
  if (values["list-rules"] && values["print-config"]) throw new UsageError("--list-rules and --print-config: give one");
  return values["list-rules"] ? "list-rules" : values["print-config"] ? "print-config" : "lint";
}
var label = (name) => name === "lint" ? "linting" : name;
function refuseForeignOptions(name, tokens) {
  const command = COMMANDS[name];
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === "help" || token.name === "version") continue;
    if (command.options.includes(token.name)) continue;
    if (name === "list-rules" || name === "print-config") {
      const takes = command.options.slice(1).map((o) => `--${o}`);
      throw new UsageError(`${token.rawName} cannot be combined with --${name}, which takes ${takes.join(", ")}`);
    }
    const home = ["lint", ...COMMAND_WORDS].find(
      (other) => COMMANDS[other].options.includes(token.name)
    );
    throw new UsageError(
      `${token.rawName} is not an option of ${label(name)}${home ? ` (it is one of ${label(home)})` : ""}: see citrix-license-lint ${name === "lint" ? "" : `${name} `}--help`
    );
  }
}
function parseCliArgs(argv) {
  const { values, positionals, tokens } = parse(argv);
  const name = commandOf(positionals, values);
  if (values.help) return { command: "help", helpFor: name, paths: [], failOn: "error" };
  if (values.version) return { command: "version", paths: [], failOn: "error" };
  refuseForeignOptions(name, tokens);
  const command = COMMANDS[name];
  const paths = COMMAND_WORDS.includes(name) ? positionals.slice(1) : positionals;
  const wanted = command.paths;
  if (typeof wanted === "object" && paths.length === 0)
    throw new UsageError(`${name} needs at least one ${wanted.required}: citrix-license-lint ${command.synopsis}`);
  if (wanted === "none" && paths.length > 0) throw new UsageError(`--${name} takes no path, not "${paths[0]}"`);
  if (wanted === "at most one" && paths.length > 1)
    throw new UsageError(`${name} takes one folder: citrix-license-lint ${command.synopsis}`);
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  for (const date of ["as-of", "since"]) {
    const value = values[date];
    if (value !== void 0 && !isIsoDate(value)) throw new UsageError(`--${date} must be a date written YYYY-MM-DD, not "${value}"`);
  }
  if (values.base !== void 0 && values.baseline !== void 0)
    throw new UsageError("--base and --baseline cannot be combined: compare with one or the other");
  const formats = command.formats ?? [];
  if (values.format !== void 0 && !formats.includes(values.format)) {
    throw new UsageError(
      name === "list-rules" || name === "print-config" ? `--${name} prints text or json, not "${values.format}"` : `unknown format "${values.format}": use one of ${formats.join(", ")}`
    );
  }
  return withConventions(
    {
      command: name,
      paths,
      format: values.format,
      output: values.output,
      asOf: values["as-of"],
      config: values.config,
      failOn,
      base: values.base,
      baseline: values.baseline,
      writeBaseline: values["write-baseline"],
      since: values.since,
      into: values.into,
      host: values.host
    },
    values
  );
}
function withConventions(options, values) {
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color contradict each other: give one");
  const color = values.color ? true : values["no-color"] ? false : void 0;
  const stdinFilename = values["stdin-filename"];
  if (stdinFilename !== void 0 && !options.paths.includes("-"))
    throw new UsageError("--stdin-filename names the inventory read from standard input: add `-` to the paths");
  if (options.paths.filter((p) => p === "-").length > 1) throw new UsageError("`-` (standard input) can be given once");
  if (options.paths.includes("-") && options.command !== "lint" && options.command !== "print-config")
    throw new UsageError("`-` (standard input) works for linting only");
  return { ...options, quiet: values.quiet === true, color, stdinFilename, failOnGiven: values["fail-on"] !== void 0 };
}

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

// src/cli/history.ts
import path3 from "node:path";

// src/change/commit-listing.ts
var CommitListing = class {
  constructor(files) {
    this.files = files;
  }
  files;
  folders;
  /** What a look at `relative` finds: the blob id of a file, `/` for a folder, '' for nothing. */
  describe(relative) {
    return this.files.get(relative) ?? (this.folderNames().has(relative) ? "/" : "");
  }
  /** What a listing of folder `relative` finds: its names in the in-memory file system's order, folders marked. */
  names(relative) {
    const prefix = relative === "" ? "" : `${relative}/`;
    return [...this.folderNames().get(relative) ?? []].map((name) => this.files.has(prefix + name) ? name : `${name}/`).join("\0");
  }
  folderNames() {
    if (this.folders) return this.folders;
    const folders = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set()]]);
    for (const file of this.files.keys()) {
      for (let child = file, slash = child.lastIndexOf("/"); ; child = child.slice(0, slash), slash = child.lastIndexOf("/")) {
        const parent = slash === -1 ? "" : child.slice(0, slash);
        let names = folders.get(parent);
        const known = names !== void 0;
        if (!names) folders.set(parent, names = /* @__PURE__ */ new Set());
        names.add(child.slice(slash + 1));
        if (known) break;
      }
    }
    return this.folders = folders;
  }
};
var TreeWalker = class {
  /** `keep`: which files (by path) the listing holds; the others are skipped as they are read. */
  constructor(objects, keep) {
    this.objects = objects;
    this.keep = keep;
  }
  objects;
  keep;
  subtrees = /* @__PURE__ */ new Map();
  /** The kept regular files of tree `oid`, in git's order (as `git ls-tree -r` lists them). */
  async list(oid) {
    const next = /* @__PURE__ */ new Map();
    const entries = await this.subtree(oid, "", next);
    this.subtrees = next;
    return entries;
  }
  async subtree(oid, prefix, next) {
    const key = `${prefix}\0${oid}`;
    const known = next.get(key) ?? this.subtrees.get(key);
    if (known) {
      next.set(key, known);
      return known;
    }
    const object = await this.objects.read(oid);
    if (object?.type !== "tree") throw new UsageError(`git has no tree ${oid}: the clone is incomplete (fetch it again)`);
    const entries = [];
    for (const item of treeItems(object.content, oid.length / 2)) {
      const path9 = prefix + item.name;
      if (item.mode === "40000") for (const entry of await this.subtree(item.oid, `${path9}/`, next)) entries.push(entry);
      else if ((item.mode === "100644" || item.mode === "100755") && this.keep(path9)) entries.push({ path: path9, oid: item.oid });
    }
    next.set(key, entries);
    return entries;
  }
};
function* treeItems(tree, idBytes) {
  let offset = 0;
  while (offset < tree.length) {
    const space = tree.indexOf(32, offset);
    const nul = tree.indexOf(0, space);
    const end = nul + 1 + idBytes;
    yield {
      mode: tree.toString("latin1", offset, space),
      name: tree.toString("utf8", space + 1, nul),
      oid: tree.toString("hex", nul + 1, end)
    };
    offset = end;
  }
}

// src/change/git-objects.ts
import { spawn } from "node:child_process";
var GitObjects = class {
  child;
  waiting = [];
  failure;
  stderr = "";
  header = [];
  body;
  skipNewline = false;
  constructor(repo) {
    this.child = spawn("git", ["-C", repo, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.on(
      "error",
      (error) => this.fail(
        error.code === "ENOENT" ? new UsageError("git is not installed: history and base comparison need it") : new UsageError(`git cat-file failed: ${error.message}`)
      )
    );
    this.child.stdin.on("error", () => void 0);
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 1e3) this.stderr += chunk.toString("utf8");
    });
    this.child.stdout.on("data", (chunk) => this.take(chunk));
    this.child.on(
      "close",
      (code) => this.fail(new UsageError(`git cat-file failed: ${this.stderr.trim().split("\n")[0] || `exit ${code}`}`))
    );
  }
  /** The object `name` names (an object id, or `rev:path`); undefined when there is none. */
  read(name) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${name}
`);
    });
  }
  close() {
    this.child.stdin.end();
  }
  fail(error) {
    this.failure ??= error;
    for (const waiting of this.waiting.splice(0)) waiting.reject(this.failure);
  }
  /** Cuts git's output into answers: a header line, then exactly `size` bytes copied once, then a newline. */
  take(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skipNewline) {
        this.skipNewline = false;
        offset++;
      } else if (this.body) {
        const { buffer } = this.body;
        const copied = chunk.copy(buffer, this.body.filled, offset, offset + buffer.length - this.body.filled);
        this.body.filled += copied;
        offset += copied;
        if (this.body.filled === buffer.length) {
          this.waiting.shift()?.resolve({ type: this.body.type, content: buffer });
          this.body = void 0;
          this.skipNewline = true;
        }
      } else {
        const end = chunk.indexOf(10, offset);
        this.header.push(chunk.subarray(offset, end === -1 ? chunk.length : end));
        if (end === -1) return;
        offset = end + 1;
        this.answer(Buffer.concat(this.header).toString("utf8"));
        this.header = [];
      }
    }
  }
  answer(header) {
    const parts = header.split(" ");
    const length = Number(parts[2]);
    if (parts.length !== 3 || !Number.isSafeInteger(length)) {
      this.waiting.shift()?.resolve(void 0);
      return;
    }
    if (length > 0) this.body = { buffer: Buffer.allocUnsafe(length), filled: 0, type: parts[1] };
    else this.waiting.shift()?.resolve({ type: parts[1], content: Buffer.alloc(0) });
    this.skipNewline = length === 0;
  }
};

// src/change/recorded-reads.ts
import path2 from "node:path";
function recordingFileSystem(fs, root, looks) {
  const note = (kind, file, answer) => {
    looks.add(`${kind}${path2.relative(root, path2.resolve(file)).split(path2.sep).join("/")}`);
    return answer();
  };
  return {
    stat: (file) => note("s", file, () => fs.stat(file)),
    readdir: (folder) => note("d", folder, () => fs.readdir(folder)),
    readFile: (file, limit) => note("s", file, () => fs.readFile(file, limit)),
    realpath: (file) => note("s", file, () => fs.realpath(file)),
    exists: (file) => note("s", file, () => fs.exists(file)),
    repositoryRoot: fs.repositoryRoot
  };
}
function answersIn(listing, looks) {
  return Array.from(looks, (look) => look[0] === "d" ? listing.names(look.slice(1)) : listing.describe(look.slice(1)));
}

// src/change/history-linter.ts
var LICENSE_FILE = /\.lic$/i;
var HistoryLinter = class {
  constructor(top, options) {
    this.top = top;
    this.options = options;
    this.objects = new GitObjects(top);
    this.inFolders = treeFileFilter(lintedFolders(top, options), [], { licenseFiles: false });
    this.trees = new TreeWalker(this.objects, (file) => this.inFolders(file) || LICENSE_FILE.test(file));
  }
  top;
  options;
  objects;
  trees;
  inFolders;
  /** Contents of the files of the last commit linted, by blob id. */
  blobs = /* @__PURE__ */ new Map();
  last;
  /** The findings (and those withheld) of `commit`, whose root tree is `tree`, judged as of `asOf`. */
  async runAt(commit, tree, asOf) {
    const listing = await this.listing(tree);
    const times = onceEach(gitCommitTimes(this.top, commit));
    if (this.last && this.seesTheSame(this.last, listing, times, asOf)) return this.last.run;
    const blobs = /* @__PURE__ */ new Map();
    const contents = /* @__PURE__ */ new Map();
    for (const [file, oid] of listing.files) {
      const known = this.blobs.get(oid);
      if (known || this.inFolders(file) || this.last?.looks.has(`s${file}`)) {
        const content = known ?? await this.blob(oid);
        blobs.set(oid, content);
        contents.set(file, content);
      } else
        contents.set(file, () => {
          const content = git(this.top, ["cat-file", "blob", oid]);
          blobs.set(oid, content);
          return content;
        });
    }
    const looks = /* @__PURE__ */ new Set();
    let asked;
    const commitTime = (folders) => {
      const answer = times(folders);
      asked = { folders, answer };
      return answer;
    };
    const result = lintOlderTree(recordingFileSystem(memoryFileSystem(this.top, contents), this.top, looks), {
      ...this.options,
      asOf,
      collected: { ...this.options.collected, commitTime }
    });
    this.blobs = blobs;
    this.last = { asOf, looks, answers: answersIn(listing, looks), times: asked, run: result };
    return result;
  }
  /** Ends the git process. */
  close() {
    this.objects.close();
  }
  /** The commit's files, those under the folders first, as the in-memory file system of a base commit lists them. */
  async listing(tree) {
    const entries = await this.trees.list(tree);
    const files = /* @__PURE__ */ new Map();
    for (const entry of entries) if (this.inFolders(entry.path)) files.set(entry.path, entry.oid);
    for (const entry of entries) if (!files.has(entry.path)) files.set(entry.path, entry.oid);
    return new CommitListing(files);
  }
  seesTheSame(last, listing, times, asOf) {
    if (last.asOf !== asOf) return false;
    const answers = answersIn(listing, last.looks);
    if (answers.some((answer, i) => answer !== last.answers[i])) return false;
    return last.times === void 0 || sameTimes(times(last.times.folders), last.times.answer);
  }
  async blob(oid) {
    const object = await this.objects.read(oid);
    if (object?.type !== "blob") throw new UsageError(`git has no blob ${oid}: the clone is incomplete (fetch it again)`);
    return object.content;
  }
};
function onceEach(times) {
  const answers = /* @__PURE__ */ new Map();
  return (folders) => {
    const key = folders.join("\0");
    let answer = answers.get(key);
    if (!answer) answers.set(key, answer = times(folders));
    return answer;
  };
}
function sameTimes(a, b) {
  if (a.size !== b.size) return false;
  for (const [file, when] of a) if (b.get(file) !== when) return false;
  return true;
}

// src/cli/history.ts
async function runHistory(options, io) {
  const top = repositoryTop(io.cwd);
  if (!top) throw new UsageError("history needs a git repository: run it inside the clone");
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: options.paths, cwd: io.cwd });
  const pathspecs = inputs.map((input) => path3.relative(top, path3.resolve(io.cwd, input)) || ".");
  const log = git(top, [
    "log",
    "--reverse",
    "--format=%H%x09%T%x09%cI%x09%s",
    ...options.since ? [`--since=${options.since}`] : [],
    "--",
    ...pathspecs
  ]).toString("utf8");
  const points = [];
  let previous = { findings: [], withheld: [], unread: [] };
  const runDate = options.asOf ?? config.asOf ?? todayUtc(io.now());
  let floor = "";
  const linter = new HistoryLinter(top, {
    inputs,
    inventory: config.inventory,
    cwd: io.cwd,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits
  });
  try {
    for (const line of log.split("\n")) {
      if (!line) continue;
      const [commit, tree, date, ...subject] = line.split("	");
      const claimed = date.slice(0, 10);
      const asOf = raisedAndCapped(claimed, floor, runDate);
      floor = asOf;
      const run = await linter.runAt(commit, tree, asOf);
      points.push(historyPoint(commit, asOf, subject.join("	"), previous, run));
      previous = run;
    }
  } finally {
    linter.close();
  }
  writeOutput(io, options.output, historyOutput(points, options.format));
  return 0;
}
function historyOutput(points, format = "text") {
  if (format === "json") return `${JSON.stringify({ datesJudged: DATES_JUDGED, points }, null, 2)}
`;
  return format === "markdown" ? historyMarkdown(points) : historyText(points);
}
function historyPoint(commit, date, subject, previous, run) {
  const counts = countFindings(run.findings);
  const comparison = compareRuns(previous, run);
  return {
    commit,
    date,
    subject,
    errors: counts.errors,
    warnings: counts.warnings,
    withheld: [...comparison.introduced, ...comparison.unchanged].filter(isWithheld).length,
    introduced: comparison.introduced.length,
    fixed: comparison.fixed.length
  };
}
function raisedAndCapped(date, floor, ceiling) {
  if (date < floor) return floor;
  return date > ceiling ? ceiling : date;
}
var DATES_JUDGED = "each commit's committer date (chosen by whoever committed), raised to the date of the commit before it and capped at the run's date";
function historyText(points) {
  if (points.length === 0) return "No commit touches the inventory.\n";
  const withheld = points.some((p) => p.withheld > 0);
  const rows = points.map((p) => [
    p.date,
    p.commit.slice(0, 10),
    String(p.errors),
    String(p.warnings),
    ...withheld ? [String(p.withheld)] : [],
    `+${p.introduced}`,
    `-${p.fixed}`,
    escapeForLog(p.subject).slice(0, 60)
  ]);
  const header = ["DATE", "COMMIT", "ERRORS", "WARNINGS", ...withheld ? ["WITHHELD"] : [], "NEW", "FIXED", "SUBJECT"];
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
  const withheld = points.some((p) => p.withheld > 0);
  const rows = points.map(
    (p) => `| ${p.date} | \`${p.commit.slice(0, 10)}\` | ${p.errors} | ${p.warnings} |${withheld ? ` ${p.withheld} |` : ""} +${p.introduced} / -${p.fixed} | ${markdownText(p.subject.slice(0, 80))} |`
  );
  const head = withheld ? "| Date | Commit | Errors | Warnings | Withheld | New / fixed | Subject |\n|---|---|---:|---:|---:|---|---|" : "| Date | Commit | Errors | Warnings | New / fixed | Subject |\n|---|---|---:|---:|---|---|";
  return `### Compliance over time

Errors (first line) and warnings (second line) of the last ${last.length} commits that touched the inventory, each judged as of ${DATES_JUDGED}.

${chart}

${head}
${rows.join("\n")}
`;
}
function markdownText(text) {
  return escapeControls(text).replace(/[\\`*_{}[\]()<>#+\-!|~&"']/g, (c) => `\\${c}`).replace(/@/g, "@​");
}

// src/cli/init.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path5 from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/init-templates.ts
var INVENTORY_SCHEMA_URL = schemaUrl("inventory.schema.json");
var CONFIG_SCHEMA_URL = schemaUrl("config.schema.json");
function starterInventory(today) {
  const newest = LICENSE_SERVER_BUILDS.at(-1).build;
  return `# yaml-language-server: $schema=${INVENTORY_SCHEMA_URL}
# Starter inventory written by \`citrix-license-lint init\`. Replace every value marked
# REPLACE with yours (the linter reports ${STARTER.entitlementId} and ${STARTER.hostname}
# until you do), then add a line per purchase, allocation and server, or import them from
# your exports (\`citrix-license-lint import --into inventory\`, docs/collect.md). Add more
# files to this folder as it grows (by region or by topic): their lists are merged.
version: 1

entitlements:
  # What you bought: one entry per purchase line of the licensing portal (Manage Licenses).
  - id: ${STARTER.entitlementId}   # REPLACE: your own name for this purchase; allocations refer to it
    product: XDT_PLT_UD         # REPLACE: the feature code, PRODUCT_EDITION_MODEL
    type: subscription          # or perpetual, with cssEnd instead of end
    quantity: 100               # REPLACE: licenses bought
    end: ${addMonths(today, 12)}            # REPLACE: last day of the term

licenseServers:
  # Every Citrix License Server, production and non-production, including retired ones
  # (state: decommissioned) until their allocations are returned.
  - hostname: ${STARTER.hostname}  # REPLACE: the short name \`hostname\` prints on the server; Citrix: "Do not enter FQDN" (CTX696555)
    environment: production     # production, pre-production, test or disaster-recovery
    state: active
    version: 11.17.2.0 build ${newest}   # REPLACE: as the License Server console shows it
    activation: las-online      # las-online, las-offline, or files (end of life)
    telemetry:
      mode: automatic           # automatic, manual (air-gapped) or disabled
      lastReported: ${today}    # REPLACE: date of the last CTX_UPLOADER_SUCCESS in log_ctxuploader.log

allocations:
  # Portal allocations: which entitlement's licenses are bound to which hostname.
  - entitlement: ${STARTER.entitlementId}   # REPLACE: the id of an entitlement above
    hostname: ${STARTER.hostname}          # REPLACE: the binding hostname, as allocated in the portal
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

// src/cli/invocation.ts
import { realpathSync } from "node:fs";
import path4 from "node:path";
var BIN = "citrix-license-lint";
function shellWord(word) {
  return /^[\w./\\:@+-]+$/.test(word) ? word : `'${word.replaceAll("'", "''")}'`;
}
function realpath(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function invocation(io) {
  if (io.env.npm_command === "exec") return `npx ${BIN}`;
  const script = io.script;
  if (!script) return BIN;
  if (path4.basename(script) === BIN) {
    const self = realpath(script);
    for (const folder of (io.env.PATH ?? "").split(path4.delimiter)) {
      if (folder && self !== void 0 && realpath(path4.join(folder, BIN)) === self) return BIN;
    }
  }
  const relative = path4.relative(io.cwd, script);
  return `node ${shellWord(relative.length < script.length && !path4.isAbsolute(relative) ? relative : script)}`;
}

// src/cli/init.ts
function exampleWorkflows() {
  let folder = path5.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = path5.join(folder, "examples", "workflows");
    if (existsSync(path5.join(folder, "package.json")) && existsSync(candidate)) return candidate;
    const parent = path5.dirname(folder);
    if (parent === folder) throw new Error("the example workflows are missing from the installed package (examples/workflows/)");
    folder = parent;
  }
}
function runInit(options, io) {
  const given = options.paths[0] ?? ".";
  const root = path5.resolve(io.cwd, given);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${given}: not a folder; init writes into a folder (created if missing)`);
  const workflows = exampleWorkflows();
  const files = /* @__PURE__ */ new Map([
    [path5.join("inventory", "licensing.yaml"), starterInventory(todayUtc(io.now()))],
    [".citrix-license-lint.yml", starterConfig(RULES.map((r) => r.meta))]
  ]);
  for (const name of readdirSync(workflows).filter((n) => n.endsWith(".yml") && n !== "collect.yml").sort()) {
    files.set(path5.join(".github", "workflows", `citrix-license-lint-${name}`), readFileSync(path5.join(workflows, name), "utf8"));
  }
  const shown = (relative) => path5.join(given, relative).split(path5.sep).join("/");
  const existing = [...files.keys()].filter((relative) => existsSync(path5.join(root, relative)));
  if (existing.length > 0) {
    throw new UsageError(
      `${existing.map(shown).join(", ")} already exist${existing.length === 1 ? "s" : ""}: init overwrites nothing, so it wrote no file (move ${existing.length === 1 ? "it" : "them"} away, or run init in another folder)`
    );
  }
  for (const [relative, text] of files) {
    const target = path5.join(root, relative);
    try {
      mkdirSync(path5.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${shown(relative)}: ${error.code ?? error.message}`);
    }
  }
  const run = invocation(io);
  const inventory = given === "." ? "inventory" : shown("inventory");
  io.stdout.write(
    `Wrote:
${[...files.keys()].map((f) => `  ${shown(f)}
`).join("")}Next: replace the placeholders ${STARTER.entitlementId} and ${STARTER.hostname} and the values marked REPLACE in ${shown(path5.join("inventory", "licensing.yaml"))},
or add your servers from their exports: ${run} import --into ${inventory} EXPORTS... (docs/collect.md).
Then lint: ${run}${given === "." ? "" : ` ${inventory}`}
`
  );
  return 0;
}

// src/cli/lint-options.ts
function lintOptionsOf(config, inputs, cwd, asOf) {
  return {
    inputs,
    inventory: config.inventory,
    cwd,
    asOf,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected: { folders: config.collectedFolders, commitTime: gitCommitTimes(cwd) }
  };
}

// src/cli/position.ts
var FORMATS = {
  text: positionText,
  json: positionJson,
  csv: positionCsv,
  markdown: (report) => `${positionMarkdown(report)}
`
};
function runPosition(options, io) {
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: options.paths, cwd: io.cwd });
  const asOf = options.asOf ?? config.asOf ?? todayUtc(io.now());
  const result = lint(lintOptionsOf(config, inputs, io.cwd, asOf));
  const inventory = result.inventory;
  if (!inventory) throw new UsageError("no inventory was read: name its files or folder");
  const position = licensePosition(inventory, new InventoryIndex(inventory), asOf, config.settings.policy);
  writeOutput(io, options.output, FORMATS[options.format ?? "text"](positionReport(position, io.cwd)));
  return 0;
}

// src/cli/list-rules.ts
function listRules(settings) {
  return RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    description: describeRule(r.meta, settings),
    docs: versionedDocsUrl(`docs/rules/${r.meta.id}.md`)
  })).sort((a, b) => a.id < b.id ? -1 : 1);
}
function runListRules(options, io) {
  const rules = listRules(resolveConfig({ explicit: options.config, inputs: [], cwd: io.cwd }).settings);
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
import path6 from "node:path";
var THRESHOLDS = THRESHOLD_KEYS;
var NETSCALER_MINIMUMS = ["autoTelemetryMinimum", "lasMinimum", "instanceLasMinimum", "fipsLasMinimum", "svmLasMinimum"];
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
  for (const key of NETSCALER_MINIMUMS) {
    entries.push({
      key: `netscaler.${key}`,
      value: resolved.settings.netscaler[key],
      source: fromFile(raw?.netscaler?.[key] !== void 0)
    });
  }
  const lines = raw?.netscaler?.releaseLines?.length ?? 0;
  entries.push({
    key: "netscaler.releaseLines",
    value: resolved.settings.netscaler.releaseLines,
    source: lines > 0 ? `built-in table of ${defaults.netscaler.releaseLines.length} and ${lines} from ${file}` : "default (built-in table)"
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
  const width = Math.min(72, Math.max(...lines.map(([text]) => text.length)));
  return lines.map(([text, source]) => `${text.padEnd(width)}  # ${source}
`).join("");
}
function runPrintConfig(options, io) {
  const named = options.paths.map((p) => p === "-" ? options.stdinFilename ?? "stdin.yaml" : p);
  const { inputs, config: resolved, from } = resolveInputs({ explicit: options.config, paths: named, cwd: io.cwd });
  const raw = resolved.file ? readConfig(resolved.file, io.cwd) : void 0;
  const shownFile = resolved.file ? path6.relative(io.cwd, resolved.file).split(path6.sep).join("/") : void 0;
  const entries = describeConfig({ options, inputs, from, resolved, raw, shownFile, today: todayUtc(io.now()) });
  writeOutput(io, options.output, renderConfig(entries, options.format));
  return 0;
}

// src/cli/stdin-input.ts
import path7 from "node:path";
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
  return { inputs: inputs.map((p) => p === "-" ? name : p), fs: overlay(diskFileSystem, path7.resolve(io.cwd, name), content) };
}
function overlay(base, file, content) {
  const folder = path7.dirname(file);
  const name = path7.basename(file);
  const realFolder = base.exists(folder) ? base.realpath(folder) : folder;
  const real = path7.join(realFolder, name);
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
    withheld: run.withheld.filter(isError),
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
function compareWith(options) {
  if (options.base) return { revision: options.base };
  return options.baseline ? { baseline: options.baseline } : void 0;
}
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var HANDLERS = {
  lint: (options, io) => runLint(options, io),
  "list-rules": runListRules,
  "print-config": runPrintConfig,
  inspect: runInspect,
  history: runHistory,
  position: runPosition,
  init: runInit,
  // Loaded when used: the export parsers are start-up time that every other command would pay.
  import: async (options, io) => (await import("./import-HQRWGMTL.js")).runImport(options, io)
};
async function runCli(argv, io) {
  try {
    const options = parseCliArgs(argv);
    if (options.command === "help") {
      const about = options.helpFor === "import" ? (await import("./import-HQRWGMTL.js")).IMPORT_READS : void 0;
      io.stdout.write(commandHelp(options.helpFor ?? "lint", about));
      return EXIT.ok;
    }
    if (options.command === "version") {
      io.stdout.write(`${TOOL_VERSION}
`);
      return EXIT.ok;
    }
    return await HANDLERS[options.command](options, io);
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
  const source = configSource({ explicit: options.config, paths: named, cwd: io.cwd });
  const inputs = source.inputs;
  const { run, config, base, introduced, unavailable } = await comparedRun({
    cwd: io.cwd,
    config: source,
    ...options.asOf ? { asOf: options.asOf } : {},
    now: io.now,
    ...fs ? { fs } : {},
    // --write-baseline records the findings as they are: there is nothing to compare.
    ...options.writeBaseline ? {} : { base: compareWith(options) }
  });
  if (options.writeBaseline) {
    const count = writeBaseline(options.writeBaseline, [...run.findings, ...run.withheld], io.cwd);
    io.stderr.write(`citrix-license-lint: recorded ${plural(count, "finding")} in ${options.writeBaseline}
`);
    return EXIT.ok;
  }
  if (unavailable?.reason === "no-repository") throw new UsageError("--base needs a git repository: run it inside the clone");
  if (unavailable?.reason === "no-commit")
    throw new UsageError(`--base ${options.base}: no such commit in this clone (fetch it first; in a workflow, use fetch-depth: 0)`);
  if (unavailable?.reason === "failed") throw unavailable.error;
  const fixed = run.comparison?.comparison.fixed.length ?? 0;
  if (options.baseline && fixed > 0) {
    io.stderr.write(
      `citrix-license-lint: ${plural(fixed, "baseline entry", "baseline entries")} ${fixed === 1 ? "no longer matches" : "no longer match"} a finding: run --write-baseline ${options.baseline} to shrink it
`
    );
  }
  for (const line of [weakeningLine(base?.configChange), evidenceChangeLine(base?.evidenceChange)]) {
    if (line) io.stderr.write(`citrix-license-lint: ${line}
`);
  }
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
    },
    // SARIF names its run as the action would on the same inventory: paths from the repository root.
    get category() {
      const top = findRepositoryRoot(io.cwd);
      return sarifCategory(inputs.map((input) => path8.relative(top, path8.resolve(io.cwd, input)).split(path8.sep).join("/")));
    }
  };
  writeOutput(io, options.output, REPORTERS[format](options.quiet ? errorsOnly(run) : run, context));
  const verdict = judge(run.findings, introduced, { failOn: options.failOn, onlyNew: true }, run.withheld);
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
  now: () => /* @__PURE__ */ new Date(),
  script: process2.argv[1]
});
