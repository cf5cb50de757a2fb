#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  writeOutput
} from "./chunk-6QBXN3XN.js";
import {
  ACCEPTED_FORMATS,
  ExportError,
  UsageError,
  clipped,
  containmentProblem,
  diskFileSystem,
  escapeControls,
  escapeForLog,
  findRepositoryRoot,
  matchHost,
  readExport,
  require_dist
} from "./chunk-RFJ74KHR.js";
import "./chunk-GXT5JFYL.js";
import {
  __toESM
} from "./chunk-3LG3MPHK.js";

// src/cli/import.ts
import path3 from "node:path";

// src/import/combine.ts
var HostUnknownError = class extends ExportError {
};
function combineExports(exports, host) {
  const named = (family) => [
    ...new Set(exports.filter((e) => e.observations.family === family && e.observations.host).map((e) => e.observations.host))
  ];
  const hostOf = (entry) => {
    if (entry.observations.host) return entry.observations.host;
    if (host) return host;
    const candidates = named(entry.observations.family);
    const distinct = [];
    for (const candidate of candidates) if (!matchHost(candidate, distinct)) distinct.push(candidate);
    if (distinct.length === 1) return distinct[0];
    const what = entry.observations.family === "license-server" ? "license server" : "NetScaler instance";
    const seen = distinct.length > 1 ? ` (this run names ${distinct.map(clipped).join(", ")})` : "";
    throw new HostUnknownError(
      `${entry.file}: ${entry.observations.format} output does not say which ${what} it comes from${seen}: pass --host NAME, and import each host's exports in its own run`
    );
  };
  const stated = exports.filter((e) => e.observations.host).sort(
    (a, b) => Number(b.observations.format === "license-file") - Number(a.observations.format === "license-file") || b.observations.host.length - a.observations.host.length
  ).map((e) => e.observations.host);
  const canonical = [];
  for (const name of stated) if (!matchHost(name, canonical)) canonical.push(name);
  const canonicalOf = (name) => matchHost(name, canonical) ?? name;
  const owner = new Map(exports.map((entry) => [entry, canonicalOf(hostOf(entry))]));
  const { used, notUsed } = newestPerKind(exports, (entry) => owner.get(entry));
  const servers = /* @__PURE__ */ new Map();
  const instances = /* @__PURE__ */ new Map();
  const uploads = [];
  for (const entry of used) {
    const { observations } = entry;
    const name = owner.get(entry);
    if (observations.family === "netscaler-instance") {
      const instance = instances.get(name) ?? { name, files: [], licenses: [] };
      instances.set(name, instance);
      instance.files.push(entry.file);
      instance.licenses.push(...observations.licenses);
      const { capacity, ...rest } = observations.netscaler ?? {};
      Object.assign(instance, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== void 0)));
      if (capacity) instance.capacity = capacity;
      continue;
    }
    const server = servers.get(name) ?? { hostname: name, sources: [], systemPools: [] };
    servers.set(name, server);
    if (observations.licenseServerVersion) {
      if (server.version && server.version !== observations.licenseServerVersion) {
        throw new ExportError(
          `${entry.file}: ${clipped(name)} runs ${observations.licenseServerVersion} here but ${server.version} in ${server.versionFrom}: import exports taken at one time`
        );
      }
      server.version = observations.licenseServerVersion;
      server.versionFrom = entry.file;
    }
    if (observations.collectedAt && (!server.collectedAt || observations.collectedAt > server.collectedAt))
      server.collectedAt = observations.collectedAt;
    for (const pool of observations.systemPools) if (!server.systemPools.includes(pool)) server.systemPools.push(pool);
    for (const upload of observations.uploads ?? [])
      uploads.push({ owner: upload.host ? canonicalOf(upload.host) : name, upload: { ...upload, file: entry.file } });
    if (observations.usage) (server.usage ??= []).push({ file: entry.file, products: observations.usage });
    if (observations.licenses.length > 0 || observations.licenseFile) {
      server.sources.push({
        format: observations.format,
        file: entry.file,
        licenses: observations.licenses,
        licenseFile: observations.licenseFile,
        collectedAt: observations.collectedAt
      });
    }
  }
  for (const { entry, newer } of notUsed) {
    const server = servers.get(owner.get(entry));
    if (server) (server.notUsed ??= []).push({ file: entry.file, format: entry.observations.format, newer: newer.file });
  }
  for (const { owner: name, upload } of uploads) {
    const server = servers.get(matchHost(name, [...servers.keys()]) ?? name);
    if (server && newerUpload(upload, server.upload)) server.upload = upload;
  }
  for (const [name, server] of servers) Object.assign(server, namesOf(name, exports, canonicalOf));
  return { licenseServers: [...servers.values()], netscalerInstances: [...instances.values()] };
}
function newestPerKind(exports, ownerOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of exports) {
    const { observations } = entry;
    const kind = observations.format === "license-file" ? `license-file\0${JSON.stringify([observations.licenseFile?.hostname, observations.licenseFile?.hostId, observations.licenses])}` : observations.format;
    const key = `${ownerOf(entry).toLowerCase()}\0${kind}`;
    groups.set(key, [...groups.get(key) ?? [], entry]);
  }
  const notUsed = [];
  const dropped = /* @__PURE__ */ new Set();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const newest = group.reduce((best, entry) => timeOf(entry) > timeOf(best) ? entry : best);
    for (const entry of group) {
      if (entry === newest) continue;
      dropped.add(entry);
      notUsed.push({ entry, newer: newest });
    }
  }
  return { used: exports.filter((entry) => !dropped.has(entry)), notUsed };
}
function timeOf(entry) {
  const stated = entry.observations.collectedAt === void 0 ? Number.NaN : Date.parse(entry.observations.collectedAt);
  return Number.isNaN(stated) ? entry.modifiedMs ?? Number.NEGATIVE_INFINITY : stated;
}
function newerUpload(candidate, current) {
  if (!current) return candidate.at !== void 0 || candidate.everReported === false;
  if (candidate.at === void 0) return false;
  return current.at === void 0 || candidate.at > current.at;
}
var IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
function namesOf(name, exports, canonicalOf) {
  const spellings = exports.filter((e) => e.observations.host && canonicalOf(e.observations.host) === name);
  const bound = spellings.find((e) => e.observations.format === "license-file")?.observations.host;
  const fqdn = [name, ...spellings.map((e) => e.observations.host)].filter((n) => n.includes(".") && !IPV4.test(n)).sort((a, b) => b.length - a.length)[0];
  const written = bound ?? name;
  const hostname = IPV4.test(written) ? written : written.split(".")[0];
  return fqdn && fqdn !== hostname ? { hostname, fqdn } : { hostname };
}

// src/import/merge-into.ts
var import_yaml2 = __toESM(require_dist(), 1);
import path from "node:path";

// src/import/write-inventory.ts
var import_yaml = __toESM(require_dist(), 1);

// src/import/inert.ts
function inert(text) {
  return escapeControls(text).replace(/citrix-license-lint-/gi, (word) => `${word.slice(0, -1)}\\-`);
}
function inertObservations(observations) {
  return deepInert(observations);
}
function deepInert(value) {
  if (typeof value === "string") return inert(value);
  if (Array.isArray(value)) return value.map(deepInert);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, deepInert(v)]));
  return value;
}

// src/import/write-inventory.ts
var PRIORITY = ["license-file", "collector-json", "Get-LicInventory", "lmstat -i", "Citrix_GT_License_Pool"];
var MARK = "citrix-license-lint import:";
function inventoryDocument(exported, files) {
  const observations = inertObservations(exported);
  const doc = new import_yaml.Document({ version: 1 });
  doc.commentBefore = [
    ` Started by \`citrix-license-lint import\` from ${names(files)}.`,
    " It holds what the exports show. Exports cannot know what was bought or allocated: add",
    "   entitlements: one entry per purchase line of the licensing portal (id, product, type, quantity, end or cssEnd)",
    "   allocations:  which entitlement is allocated to which hostname, and how many licenses",
    " then run citrix-license-lint on this file."
  ].join("\n");
  const root = doc.contents;
  if (observations.licenseServers.length > 0) {
    const seq = new import_yaml.YAMLSeq();
    for (const server of observations.licenseServers) seq.items.push(licenseServerNode(doc, server));
    root.set("licenseServers", seq);
  }
  if (observations.netscalerInstances.length > 0) {
    const lines = observations.netscalerInstances.flatMap((instance) => netscalerInstanceComment(instance));
    doc.comment = lines.join("\n");
  }
  return doc;
}
function licenseServerNode(doc, server) {
  const node = new import_yaml.YAMLMap();
  setScalar(
    node,
    "hostname",
    server.hostname,
    server.fqdn ? " the short name: Citrix binds licenses to it (CTX696555); check that `hostname` prints it so on the server" : void 0
  );
  if (server.fqdn) setScalar(node, "fqdn", server.fqdn);
  setScalar(
    node,
    "environment",
    "production",
    " not in the exports: production is the strictest; use pre-production, test or disaster-recovery if it is one"
  );
  setScalar(node, "state", "active");
  if (server.version) setScalar(node, "version", server.version, versionComment(server));
  const telemetry = telemetryNode(doc, server);
  if (telemetry) node.items.push(new import_yaml.Pair(new import_yaml.Scalar("telemetry"), telemetry));
  const { data, comments } = licenseEntries(doc, server);
  if (data.length > 0) {
    const seq = new import_yaml.YAMLSeq();
    seq.items.push(...data);
    node.set("licenseFiles", seq);
  }
  const after = [
    telemetry ? " activation (las-online, las-offline or files): not in these exports; fill it in" : " activation (las-online, las-offline or files) and telemetry (mode, lastReported): not in these exports; fill them in",
    ...comments,
    ...notUsedComments(server),
    ...usageComments(server)
  ];
  node.comment = after.join("\n");
  return node;
}
function telemetryNode(doc, server) {
  const upload = server.upload;
  if (!upload) return void 0;
  const node = doc.createNode(upload.at ? { mode: "automatic", lastReported: upload.at.slice(0, 10) } : { mode: "automatic" });
  node.flow = true;
  node.comment = upload.at ? ` from ${names([upload.file])} (${upload.field} ${upload.at}); write mode: manual if an admin uploads its telemetry by hand` : ` ${names([upload.file])} says the server never reported telemetry to Citrix`;
  return node;
}
function notUsedComments(server) {
  return (server.notUsed ?? []).map(
    (n) => ` not used: ${names([n.file])} (${n.format}), older than ${names([n.newer])}: one export of a kind per server counts`
  );
}
function licenseEntries(doc, server) {
  const sources = [...server.sources].sort((a, b) => PRIORITY.indexOf(a.format) - PRIORITY.indexOf(b.format));
  const primary = sources[0]?.format;
  const data = [];
  const comments = [];
  for (const source of sources) {
    const complete = source.licenses.filter((license) => license.count !== void 0 && license.expires !== void 0);
    if (source.format === primary && (source.licenseFile || complete.length > 0)) {
      data.push(licenseFileNode(doc, source, complete));
      for (const license of source.licenses.filter((l) => !complete.includes(l)))
        comments.push(` ${names([source.file])}: ${describe(license)} (no count or expiry in this export: declare it by hand)`);
    } else {
      for (const license of source.licenses) comments.push(` also in ${names([source.file])} (${source.format}): ${describe(license)}`);
    }
  }
  if (server.systemPools.length > 0 && primary !== "license-file")
    comments.push(` system licenses seen and left out (they count for nothing): ${server.systemPools.join(", ")}`);
  return { data, comments };
}
function licenseFileNode(doc, source, licenses) {
  const node = new import_yaml.YAMLMap();
  if (source.licenseFile) {
    node.set("name", source.licenseFile.name);
    if (source.licenseFile.hostname) node.set("hostname", source.licenseFile.hostname);
    node.commentBefore = ` ${names([source.file])}: commit the file next to this inventory and write path: instead of name and features to have it checked`;
  } else {
    node.set("name", `installed (${source.format})`);
    node.commentBefore = source.format === "lmstat -i" ? ` ${names([source.file])}: INCREMENT lines of the server's license files as lmstat -i lists them, not one file` : ` ${names([source.file])}: pools the server reports, not a file; count excludes overdraft`;
  }
  const features = new import_yaml.YAMLSeq();
  for (const license of licenses) features.items.push(featureNode(doc, license));
  node.set("features", features);
  return node;
}
function usageComments(server) {
  return (server.usage ?? []).flatMap(({ file, products }) => [
    ` ${names([file])} (Historical Use) shows usage, which the inventory does not hold: commit it to collected/${server.hostname}/ for the position report`,
    ...products.flatMap(({ product, days }) => {
      const [first, last] = [days[0], days.at(-1)];
      if (!first || !last) return [];
      const peak = days.reduce((best, day) => day.inUse > best.inUse ? day : best, first);
      return [`   ${product}: ${first.day} to ${last.day}, at most ${peak.inUse} in use (${peak.day})`];
    })
  ]);
}
function featureNode(doc, license) {
  const feature = doc.createNode(featureRecord(license));
  feature.flow = true;
  const extra = [license.overdraft ? `+${license.overdraft} overdraft` : "", license.inUse !== void 0 ? `${license.inUse} in use` : ""].filter(Boolean).join(", ");
  if (extra) feature.comment = ` ${extra}`;
  return feature;
}
function featureRecord(license) {
  const record = { product: license.product, count: license.count, expires: license.expires };
  if (license.cssDate) record.cssDate = license.cssDate;
  if (license.licenseType) record.licenseType = license.licenseType;
  if (license.serial) record.serial = license.serial;
  return record;
}
function describe(license) {
  const parts = [
    license.product,
    license.count !== void 0 ? `count ${license.count}` : "",
    license.overdraft ? `+${license.overdraft} overdraft` : "",
    license.inUse !== void 0 ? `${license.inUse} in use` : "",
    license.expires ? `expires ${license.expires}` : "",
    license.cssDate ? `CSS ${license.cssDate}` : "",
    license.licenseType ?? ""
  ];
  return parts.filter(Boolean).join(", ");
}
function netscalerInstanceComment(instance) {
  const lines = [
    ` NetScaler instance seen in ${names(instance.files)}.`,
    " Its exports do not say the platform or how it is licensed: fill them in, then uncomment under netscalerInstances:",
    `   - name: ${instance.name}`,
    "     platform: VPX, MPX, SDX, BLX or CPX",
    "     licensing: flexed, pooled or standalone",
    "     console: hostname of the NetScaler Console (flexed and pooled only)"
  ];
  if (instance.version) lines.push(`     version: "${instance.version}"`);
  if (instance.hostId) lines.push(`     hostId: ${instance.hostId}`);
  const facts = netscalerFacts(instance);
  if (facts) lines.push(`   (${facts})`);
  return lines;
}
function netscalerFacts(instance) {
  const capacity = instance.capacity;
  return [
    instance.licensingMode ? `licensing mode ${instance.licensingMode}` : "",
    instance.licenseEdition ? `${instance.licenseEdition} license` : "",
    instance.daysToExpiration !== void 0 ? `${instance.daysToExpiration} days to expiration` : "",
    capacity ? `capacity ${[capacity.bandwidth, capacity.unit, capacity.edition, capacity.platform].filter((v) => v !== void 0 && v !== "").join(" ")}` : "",
    ...instance.licenses.map((license) => `license ${describe(license)}`)
  ].filter(Boolean).join("; ");
}
function names(files) {
  const unique = [...new Set(files.map((file) => inert(file.split(/[\\/]/).pop())))];
  return unique.length > 4 ? `${unique.slice(0, 3).join(", ")} and ${unique.length - 3} more` : unique.join(", ");
}
function versionComment(server) {
  return ` from ${names([server.versionFrom])}${server.collectedAt ? `, collected ${server.collectedAt}` : ""}`;
}
function setScalar(node, key, value, comment) {
  const scalar = new import_yaml.Scalar(value);
  if (comment) scalar.comment = comment;
  node.items.push(new import_yaml.Pair(new import_yaml.Scalar(key), scalar));
}

// src/import/merge-into.ts
var MergeRefused = class extends Error {
};
function mergeInto(files, exported, newFile) {
  const observations = inertObservations(exported);
  const loaded = files.map(({ file, text }) => {
    const lines = new import_yaml2.LineCounter();
    const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, uniqueKeys: false });
    return { file, text, doc, lines, touched: false };
  });
  const report = [];
  const lineOf = (entry, node) => node.range ? `:${entry.lines.linePos(node.range[0]).line}` : "";
  let created;
  const target = (key) => {
    for (const entry of loaded) {
      const seq2 = entry.doc.get(key, true);
      if ((0, import_yaml2.isSeq)(seq2) && !seq2.flow) return { entry, seq: seq2 };
    }
    if (!created) {
      const doc = (0, import_yaml2.parseDocument)("version: 1\n");
      doc.commentBefore = ` Added by citrix-license-lint import: hosts the inventory did not list yet.`;
      created = { file: newFile, text: "", doc, lines: new import_yaml2.LineCounter(), touched: true };
      loaded.push(created);
    }
    let seq = created.doc.get(key, true);
    if (!(0, import_yaml2.isSeq)(seq)) {
      seq = new import_yaml2.YAMLSeq();
      created.doc.set(key, seq);
    }
    return { entry: created, seq };
  };
  for (const server of observations.licenseServers) {
    const found = findEntry(loaded, "licenseServers", "hostname", server.hostname);
    if (!found) {
      const { entry: entry2, seq } = target("licenseServers");
      const node2 = licenseServerNode(entry2.doc, server);
      node2.commentBefore = ` ${MARK} new license server, from ${names(server.sources.map((s) => s.file).concat(server.versionFrom ?? []))}`;
      seq.items.push(node2);
      entry2.touched = true;
      report.push(`${entry2.file}: added license server ${server.hostname}`);
      continue;
    }
    const { entry, node } = found;
    const at = `${entry.file}${lineOf(entry, node)}`;
    const listedAs = String(node.get("hostname"));
    if (listedAs !== server.hostname) report.push(`${at}: NOTE the exports' ${server.hostname} is taken to be ${listedAs}`);
    if (node.flow) {
      if (mark(
        entry,
        node,
        ` ${MARK} ${server.hostname} is written on one line, so nothing was added to it; the exports show: ${summary(server)}`
      ))
        entry.touched = true;
      report.push(`${at}: NOTE ${server.hostname} is written on one line: nothing added (see the comment above it)`);
      continue;
    }
    if (server.version) {
      const pair = pairOf(node, "version");
      const declared = pair && (0, import_yaml2.isScalar)(pair.value) ? String(pair.value.value) : void 0;
      if (!pair) {
        setScalar(node, "version", server.version, ` ${MARK} added${versionComment(server)}`);
        entry.touched = true;
        report.push(`${at}: added version ${server.version} to ${server.hostname}`);
      } else if (declared === void 0 || sameVersion(declared, server.version) === false) {
        if (markKey(
          entry,
          pair,
          ` ${MARK} DIFFERS: ${names([server.versionFrom])} shows ${server.version}${server.collectedAt ? ` (collected ${server.collectedAt})` : ""}; left as written`
        ))
          entry.touched = true;
        report.push(
          `${entry.file}${lineOf(entry, pair.key)}: DIFFERS ${server.hostname} version: inventory ${declared ?? "(not a plain value)"}, ${server.versionFrom} shows ${server.version}`
        );
      }
    }
    mergeServerFacts(entry, node, server, report, at);
    mergeLicenses(entry, node, server, report, at);
  }
  for (const instance of observations.netscalerInstances) {
    const found = findEntry(loaded, "netscalerInstances", "name", instance.name);
    if (!found) {
      const { entry: entry2, seq } = target("netscalerInstances");
      const lines = [` ${MARK} new NetScaler instance`, ...netscalerInstanceComment(instance)];
      if (seq.comment?.includes(`   - name: ${instance.name}
`)) continue;
      seq.comment = seq.comment ? `${seq.comment}
${lines.join("\n")}` : lines.join("\n");
      entry2.touched = true;
      report.push(
        `${entry2.file}: NOTE NetScaler instance ${instance.name} is new: added as a comment to fill in (platform and licensing are not in its exports)`
      );
      continue;
    }
    const { entry, node } = found;
    const at = `${entry.file}${lineOf(entry, node)}`;
    const observed = [
      ["version", instance.version],
      ["hostId", instance.hostId]
    ];
    const notAdded = [];
    for (const [key, value] of observed) {
      if (value === void 0) continue;
      const pair = pairOf(node, key);
      if (!pair && !node.flow) {
        setScalar(node, key, value, ` ${MARK} added from ${names(instance.files)}`);
        entry.touched = true;
        report.push(`${at}: added ${key} ${value} to ${instance.name}`);
      } else if (!pair) {
        notAdded.push(`${key}: "${value}"`);
      } else if (!(0, import_yaml2.isScalar)(pair.value) || String(pair.value.value) !== value) {
        if (markKey(entry, pair, ` ${MARK} DIFFERS: ${names(instance.files)} show ${key} ${value}; left as written`)) entry.touched = true;
        report.push(
          `${at}: DIFFERS ${instance.name} ${key}: inventory ${(0, import_yaml2.isScalar)(pair.value) ? String(pair.value.value) : "?"}, exports show ${value}`
        );
      }
    }
    if (notAdded.length > 0) {
      if (mark(
        entry,
        node,
        ` ${MARK} ${names(instance.files)} show ${notAdded.join(", ")} for ${instance.name}; not added because this entry is on one line: add it by hand`
      ))
        entry.touched = true;
      report.push(`${at}: NOTE ${instance.name}: ${notAdded.join(", ")} not added: the entry is on one line (see the comment above it)`);
    }
    const facts = netscalerFacts(instance);
    if (facts) report.push(`${at}: ${instance.name}: ${facts}`);
  }
  const changed = [];
  for (const entry of loaded.filter((e) => e.touched)) {
    const error = entry.doc.errors[0];
    if (error)
      throw new MergeRefused(
        `${entry.file}: ${error.message.split("\n")[0]}: fix the YAML first (citrix-license-lint ${path.dirname(entry.file)} shows where); nothing was written`
      );
    const text = restoreCommentSpacing(entry.text, entry.doc.toString({ lineWidth: 0 }));
    if (entry !== created && !keepsEveryLine(entry.text, text)) {
      throw new MergeRefused(
        `${entry.file}: writing the additions would reformat lines a person wrote (yaml could not keep them as they are); nothing was written: add these by hand:
  ${report.join("\n  ")}`
      );
    }
    changed.push({ file: entry.file, text });
  }
  return { changed, report };
}
function mergeServerFacts(entry, node, server, report, at) {
  const listedAs = String(node.get("hostname")).toLowerCase();
  if (server.fqdn && !pairOf(node, "fqdn") && listedAs !== server.fqdn.toLowerCase()) {
    setScalar(node, "fqdn", server.fqdn, ` ${MARK} added`);
    entry.touched = true;
    report.push(`${at}: added fqdn ${server.fqdn} to ${server.hostname}`);
  }
  const telemetry = telemetryNode(entry.doc, server);
  const pair = pairOf(node, "telemetry");
  if (telemetry && !pair) {
    telemetry.comment = ` ${MARK} added${telemetry.comment}`;
    node.items.push(new import_yaml2.Pair(new import_yaml2.Scalar("telemetry"), telemetry));
    entry.touched = true;
    report.push(`${at}: added telemetry to ${server.hostname}`);
  } else if (pair && server.upload?.at && (0, import_yaml2.isMap)(pair.value)) {
    const day = server.upload.at.slice(0, 10);
    const declared = pair.value.get("lastReported");
    if (declared !== void 0 && String(declared) !== day) {
      if (markKey(entry, pair, ` ${MARK} DIFFERS: ${names([server.upload.file])} shows the last upload on ${day}; left as written`))
        entry.touched = true;
      report.push(
        `${at}: DIFFERS ${server.hostname} telemetry.lastReported: inventory ${String(declared)}, ${server.upload.file} shows ${day}`
      );
    }
  }
  for (const n of server.notUsed ?? [])
    report.push(`${at}: NOTE ${server.hostname}: ${n.file} not used: older ${n.format} export than ${n.newer}`);
}
function mergeLicenses(entry, node, server, report, at) {
  const { data } = licenseEntries(entry.doc, server);
  if (data.length === 0) return;
  const pair = pairOf(node, "licenseFiles");
  if (!pair) {
    const seq2 = new import_yaml2.YAMLSeq();
    seq2.items.push(...data);
    node.set("licenseFiles", seq2);
    entry.touched = true;
    report.push(`${at}: added licenseFiles to ${server.hostname}`);
    return;
  }
  if (!(0, import_yaml2.isSeq)(pair.value)) return;
  const seq = pair.value;
  const declaredNames = seq.items.filter(import_yaml2.isMap).flatMap((item) => [item.get("name"), typeof item.get("path") === "string" ? path.basename(item.get("path")) : void 0]).filter(Boolean);
  for (const file of data) {
    const name = String(file.get("name"));
    if (!name.startsWith("installed (")) {
      if (declaredNames.includes(name)) continue;
      if (seq.flow) {
        if (!markKey(entry, pair, ` ${MARK} ${name} is installed but not listed; not added because this list is on one line`)) continue;
      } else {
        file.commentBefore = ` ${MARK} new license file${file.commentBefore ? `;${file.commentBefore}` : ""}`;
        seq.items.push(file);
      }
      entry.touched = true;
      report.push(`${at}: added license file ${name} to ${server.hostname}`);
      continue;
    }
    if (seq.items.some((item) => (0, import_yaml2.isMap)(item) && item.has("path") && !item.has("features"))) {
      report.push(`${at}: NOTE ${server.hostname}: compare ${name} with its committed license files by hand (their counts are not inline)`);
      continue;
    }
    const declared = /* @__PURE__ */ new Map();
    for (const item of seq.items.filter(import_yaml2.isMap)) {
      const features2 = item.get("features");
      if (!(0, import_yaml2.isSeq)(features2)) continue;
      for (const feature of features2.items.filter(import_yaml2.isMap)) {
        const count = feature.get("count");
        if (typeof count === "number")
          declared.set(String(feature.get("product")), (declared.get(String(feature.get("product"))) ?? 0) + count);
      }
    }
    const observed = /* @__PURE__ */ new Map();
    const features = file.get("features");
    for (const feature of features.items) {
      const count = feature.get("count");
      if (typeof count === "number")
        observed.set(String(feature.get("product")), (observed.get(String(feature.get("product"))) ?? 0) + count);
    }
    const differences = [...observed].filter(([product, count]) => declared.get(product) !== count).map(([product, count]) => `${product} ${count} installed, ${declared.get(product) ?? 0} declared`);
    if (differences.length > 0) {
      if (markKey(entry, pair, ` ${MARK} DIFFERS: ${name.slice("installed (".length, -1)} shows ${differences.join("; ")}; left as written`))
        entry.touched = true;
      report.push(`${at}: DIFFERS ${server.hostname} installed licenses: ${differences.join("; ")}`);
    }
  }
}
function findEntry(loaded, key, id, value) {
  const entries = [];
  for (const entry of loaded) {
    const seq = entry.doc.get(key, true);
    if (!(0, import_yaml2.isSeq)(seq)) continue;
    for (const item of seq.items)
      if ((0, import_yaml2.isMap)(item) && item.get(id) !== void 0) entries.push({ entry, node: item, name: String(item.get(id)) });
  }
  const name = matchHost(
    value,
    entries.map((e) => e.name)
  );
  return name === void 0 ? void 0 : entries.find((e) => e.name === name);
}
function pairOf(node, key) {
  return node.items.find((pair) => ((0, import_yaml2.isScalar)(pair.key) ? pair.key.value : pair.key) === key);
}
function marked(entry, existing, comment) {
  return (existing?.split("\n").includes(comment) ?? false) || entry.text.split("\n").some((line) => line.trim() === `#${comment}`);
}
function markKey(entry, pair, comment) {
  const key = pair.key;
  if (marked(entry, key.commentBefore, comment)) return false;
  key.commentBefore = key.commentBefore ? `${key.commentBefore}
${comment}` : comment;
  return true;
}
function mark(entry, node, comment) {
  if (marked(entry, node.commentBefore, comment)) return false;
  node.commentBefore = node.commentBefore ? `${node.commentBefore}
${comment}` : comment;
  return true;
}
function sameVersion(a, b) {
  const parse = (text) => {
    const m = /^v?(\d+\.\d+\.\d+)(?:\.(\d+))?(?:\.?\s+build\s+|-)(\d+)/i.exec(text.trim());
    return m ? `${m[1]}.${m[2] ?? "0"}-${m[3]}` : void 0;
  };
  const [x, y] = [parse(a), parse(b)];
  return x === void 0 || y === void 0 ? void 0 : x === y;
}
function summary(server) {
  const licenses = server.sources.flatMap((s) => s.licenses);
  return [server.version ? `version ${server.version}` : "", ...licenses.map((l) => `${l.product} ${l.count ?? "?"}`)].filter(Boolean).join(", ");
}
function keepsEveryLine(before, after) {
  const old = before.split("\n");
  const next = after.split("\n");
  let j = 0;
  for (const line of old) {
    while (j < next.length && next[j] !== line) j++;
    if (j === next.length) return false;
    j++;
  }
  return true;
}
function restoreCommentSpacing(before, after) {
  const spaced = /* @__PURE__ */ new Map();
  for (const line of before.split("\n")) {
    const key = commentSpacingKey(line);
    if (key !== line) spaced.set(key, [...spaced.get(key) ?? [], line]);
  }
  if (spaced.size === 0) return after;
  return after.split("\n").map((line) => spaced.get(commentSpacingKey(line))?.shift() ?? line).join("\n");
}
function commentSpacingKey(line) {
  return line.replace(/(\S)[ \t]{2,}#/, "$1 #");
}

// src/cli/import-files.ts
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";
var MAX_BYTES = 16 * 1024 * 1024;
function readExportFiles(paths, cwd) {
  const files = [];
  for (const given of paths) {
    const full = path2.resolve(cwd, given);
    if (!existsSync(full)) throw new UsageError(`${given}: no such file or folder`);
    const isFolder = statSync(full).isDirectory();
    const root = findRepositoryRoot(isFolder ? full : path2.dirname(full));
    refuseEscape(given, full, root, "name the export itself");
    if (!isFolder) {
      files.push(given);
      continue;
    }
    const inside = readdirSync(full, { withFileTypes: true }).filter((e) => !e.name.startsWith(".") && (e.isFile() || e.isSymbolicLink())).map((e) => path2.join(given, e.name)).filter((file) => {
      refuseEscape(file, path2.resolve(cwd, file), root, "name the export itself");
      return statSync(path2.resolve(cwd, file), { throwIfNoEntry: false })?.isFile() ?? false;
    }).sort();
    if (inside.length === 0) throw new UsageError(`${given}: the folder has no files`);
    files.push(...inside);
  }
  return files.map((file) => readExportFile(file, cwd));
}
function readExportFile(file, cwd) {
  const full = path2.resolve(cwd, file);
  const stats = statSync(full);
  if (stats.size > MAX_BYTES)
    throw new UsageError(
      `${file}: ${Math.round(stats.size / 1024 / 1024)} MB is far larger than any export this importer reads; check the path`
    );
  try {
    return { file, bytes: readFileSync(full), modifiedMs: stats.mtimeMs };
  } catch (error) {
    throw new UsageError(`${file}: cannot be read (${error.code ?? "error"}): check its permissions`);
  }
}
function intoFolder(into, cwd) {
  const dir = path2.resolve(cwd, into);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--into ${into}: not a folder; name the folder that holds the inventory's YAML files`);
  const root = findRepositoryRoot(dir);
  refuseEscape(`--into ${into}`, dir, root, "nothing was read or written");
  return { dir, root };
}
function readInventoryFiles(dir, root, cwd) {
  return yamlFiles(dir, root, cwd).map((file) => ({ file: path2.relative(cwd, file) || file, text: readFileSync(file, "utf8") }));
}
function yamlFiles(dir, root, cwd) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(
    (a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name)
  )) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path2.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full, root, cwd));
    else if (!/\.ya?ml$/i.test(entry.name)) continue;
    else if (entry.isFile()) out.push(full);
    else if (entry.isSymbolicLink()) {
      refuseEscape(path2.relative(cwd, full) || full, full, root, "nothing was written");
      if (statSync(full, { throwIfNoEntry: false })?.isFile()) out.push(full);
    }
  }
  return out;
}
function writeInventoryFiles(changed, root, into, cwd) {
  for (const { file } of changed) {
    const full = path2.resolve(cwd, file);
    const stats = lstatSync(full, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink())
      throw new UsageError(`${file} is a symbolic link: import writes only regular files inside ${into}; nothing was written`);
    if (stats && !stats.isFile())
      throw new UsageError(
        `${file} is a folder, not a file: import writes there what the inventory does not list yet; rename the folder; nothing was written`
      );
    refuseEscape(file, path2.dirname(full), root, "nothing was written");
  }
  for (const { file, text } of changed) writeFileSync(path2.resolve(cwd, file), text);
}
function refuseEscape(shown, full, root, then) {
  const problem = containmentProblem(full, root, diskFileSystem);
  if (problem) throw new UsageError(`${shown}: this path ${problem}, so import does not use it; ${then}`);
}

// src/cli/import.ts
var IMPORT_READS = `It reads:
  ${ACCEPTED_FORMATS.join("\n  ")}`;
function runImport(options, io) {
  const { into, host, output } = options;
  if (into !== void 0 && output !== void 0)
    throw new UsageError("--into writes into DIR; --output is for a new inventory: use one or the other");
  if (host !== void 0 && !/^[^\s]+$/.test(host)) throw new UsageError(`--host must be a host name without spaces, not "${host}"`);
  const exports = [];
  for (const { file, bytes, modifiedMs } of readExportFiles(options.paths, io.cwd)) {
    try {
      exports.push({ file, observations: readExport(bytes, path3.basename(file)), modifiedMs });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(`${file}${error.line ? `:${error.line}` : ""}: ${error.message}`);
      throw error;
    }
  }
  let observations;
  try {
    observations = combineExports(exports, host);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }
  if (into === void 0) {
    writeOutput(
      io,
      output,
      inventoryDocument(
        observations,
        exports.map((e) => e.file)
      ).toString({ lineWidth: 0 })
    );
    return 0;
  }
  for (const server of observations.licenseServers)
    for (const usage of server.usage ?? [])
      io.stdout.write(
        `${escapeForLog(`${usage.file}: a usage history (Historical Use), not inventory: commit it to collected/${server.hostname}/`)}
`
      );
  return mergeIntoDirectory(into, observations, io);
}
function mergeIntoDirectory(into, observations, io) {
  const { dir, root } = intoFolder(into, io.cwd);
  const files = readInventoryFiles(dir, root, io.cwd);
  if (files.length === 0)
    throw new UsageError(`--into ${into}: no .yaml or .yml file in it; run import without --into to start an inventory`);
  let result;
  try {
    result = mergeInto(files, observations, path3.relative(io.cwd, path3.join(dir, "imported.yaml")));
  } catch (error) {
    if (error instanceof MergeRefused) throw new UsageError(error.message);
    throw error;
  }
  writeInventoryFiles(result.changed, root, into, io.cwd);
  io.stdout.write(
    result.report.length > 0 ? `${result.report.map(escapeForLog).join("\n")}
` : `nothing new: ${into} already lists what the exports show
`
  );
  return 0;
}
export {
  IMPORT_READS,
  runImport
};
