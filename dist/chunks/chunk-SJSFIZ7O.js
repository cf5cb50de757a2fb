#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);
import {
  importance
} from "./chunk-5LU4P23Y.js";
import {
  displayPath,
  formatCount,
  listWords,
  ordinal,
  plural
} from "./chunk-VIG5UW2T.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YSFCGVTP.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path7) {
      const ctrl = callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visit_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = visit_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path7) {
      const ctrl = await callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visitAsync_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path7) {
      if (typeof visitor === "function")
        return visitor(key, node, path7);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path7);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path7);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path7);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path7);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path7);
      return void 0;
    }
    function replaceNode(key, path7, node) {
      const parent = path7[path7.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path7, value) {
      let v = value;
      for (let i = path7.length - 1; i >= 0; --i) {
        const k = path7[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path7) => path7 == null || typeof path7 === "object" && !!path7[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema2) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path7, value) {
        if (isEmptyPath(path7))
          this.add(value);
        else {
          const [key, ...rest] = path7;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        const [key, ...rest] = path7;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        const [key, ...rest] = path7;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map.items.sort(schema2.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema2 = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema2 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema2);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema2, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema2 = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path7, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path7, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        if (Collection.isEmptyPath(path7)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path7) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        if (Collection.isEmptyPath(path7))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path7, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path7) {
        if (Collection.isEmptyPath(path7))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path7) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        if (Collection.isEmptyPath(path7)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path7), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path7, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError2 = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path7) => {
      let item = cst;
      for (const [field, index] of path7) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path7) => {
      const parent = visit.itemAtPath(cst, path7.slice(0, -1));
      const field = path7[path7.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path7, item, visitor) {
      let ctrl = visitor(item, path7);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path7.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path7);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path7) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/util/dates.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?$/;
function isIsoDate(text) {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
function isIsoDateOrTimestamp(text) {
  if (isIsoDate(text)) return true;
  const m = ISO_TIMESTAMP.exec(text);
  return m !== null && isIsoDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60;
}
function toIsoDate(text) {
  if (isIsoDate(text)) return text;
  if (isIsoDateOrTimestamp(text)) return text.slice(0, 10);
  return void 0;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
}
function toUtc(date2) {
  return Date.UTC(Number(date2.slice(0, 4)), Number(date2.slice(5, 7)) - 1, Number(date2.slice(8, 10)));
}
function fromUtc(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function addDays(date2, days) {
  return fromUtc(toUtc(date2) + days * 864e5);
}
function addMonths(date2, months) {
  const year = Number(date2.slice(0, 4));
  const month = Number(date2.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (month % 12 + 12) % 12;
  const day = Math.min(Number(date2.slice(8, 10)), daysInMonth(targetYear, targetMonth + 1));
  return fromUtc(Date.UTC(targetYear, targetMonth, day));
}
function daysBetween(from, to) {
  return Math.round((toUtc(to) - toUtc(from)) / 864e5);
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}

// src/rules/help.generated.ts
var RULE_HELP = {
  "allocation/inactive-entitlement": {
    why: `A subscription whose term ended, or a perpetual entitlement whose maintenance (Customer
Success Services / Subscription Advantage) ended, is no longer an active purchase. Licenses
allocated from it and still installed count as expired or inactive licenses, which
Citrix's compliance policy forbids ("no expired or inactive licenses installed";
CTX477614 and the CSS Support Guide). An entitlement ending *on* the as-of day is still
active that day.`,
    fix: "Renew the subscription or maintenance, and record the new `end` or `cssEnd`. Otherwise\nremove the license files from the server and return the allocation in the licensing\nportal: **Manage Licenses**, select the allocation, **Return allocations**."
  },
  "allocation/orphaned-hostname": {
    why: "An allocation in the licensing portal binds licenses to a hostname, and that hostname\ncounts as an active license server in Citrix's eyes until the allocation is returned. A\nserver that was decommissioned or renamed without returning its allocations is a *ghost*:\nit never sends telemetry, so the whole account shows as non-compliant, and Citrix may\nsuspend Customer Success Services until it is fixed (Citrix License Telemetry FAQ,\nCTX477614). The hostname in the allocation must also match the license file's\n`HOSTNAME=` exactly, because license file binding is case-sensitive.\n\nThe rule says which of three cases applies: the hostname is unknown to the inventory,\nbelongs to a decommissioned server or console, or matches an active one only when case is\nignored. NetScaler Console Service hostnames are valid targets (the service reports by\nitself).",
    fix: "Return the allocation in the licensing portal: **Manage Licenses**, select the\nallocation to the old hostname, **Return allocations**, then remove it from\n`allocations`. If the licenses are still needed, allocate them again to the active\nserver's exact hostname and install the new license file there (or activate it with the\nLicense Activation Service). If the hostname is a server that exists but is missing from\nthe inventory, add it to `licenseServers`."
  },
  "allocation/over-entitlement": {
    why: "The portal never allocates more than was bought, so allocations adding up to more than\nthe entitlement's quantity mean the inventory has drifted from the portal: a quantity was\nmistyped, an allocation was returned in the portal but not in the inventory, or one\nallocation is listed twice. Every other count-based check depends on these numbers, so\nthey must agree with the portal (Citrix licensing portal, *Manage Licenses*).",
    fix: "Compare with the portal's *View All Licenses* (export to CSV): correct the quantities,\nremove allocations that were returned, or merge duplicates. If the portal really shows\nmore allocated than bought, contact Citrix licensing support."
  },
  "deadlines/upcoming": {
    why: "Most compliance failures are predictable: a subscription term ends, maintenance\nlapses, an air-gapped server's manual upload falls due (every 90 days, CTX477614), a\nnewly deployed console owes its first upload (30 days), or a License Server build\nreaches the end of its 6-month upgrade window. This rule warns before the day the\ncorresponding error rule would fire, by default 30 days ahead (`thresholds.deadlineHorizonDays`).\nIt is what a scheduled run is for.",
    fix: "Do what the message says before the date it names: renew, upload the usage data in the\nlicensing portal, or upgrade the license server. Widen or narrow the warning window with\n`thresholds.deadlineHorizonDays` in `.citrix-license-lint.yml`."
  },
  "inventory/duplicate": {
    why: "Hostnames are compared ignoring case, as DNS does; two entries for one host make every\nper-host check ambiguous (which telemetry date is true?). Entitlement ids are how\nallocations refer to purchases, so a repeated id makes those references ambiguous, and\nits quantity would be counted twice. Only the first entry of a repeated id is used by the\ncount rules.",
    fix: "Merge the two entries into one, or give the second its own id or its real hostname.\nThe message names where the first entry is, which may be in another file of the folder."
  },
  "inventory/expired-suppression": {
    why: "A suppression with `-- until YYYY-MM-DD: <reason>` is a temporary exception: from the\nday after that date it stops applying, the finding it covered counts again, and this\nwarning points at the comment so the exception is either resolved or consciously\nextended.",
    fix: "Fix what the suppression covered and remove the comment, or move the date and say why\nin the reason."
  },
  "inventory/invalid-suppression": {
    why: "Suppressions are for exceptions someone can justify, so a reason is required:\n`# citrix-license-lint-disable-next-line <rule-id> -- <reason>`, or for a whole file\n`# citrix-license-lint-disable <rule-id> -- <reason>`, optionally with an expiry\n`-- until 2026-12-31: <reason>`. A directive that breaks this form suppresses nothing and\nsays why, so that a typo never hides a finding silently.",
    fix: "Add ` -- ` and the reason after the rule id, fix the rule id (the message suggests the\nclosest one), or write the expiry as `until YYYY-MM-DD:`."
  },
  "inventory/reference": {
    why: "References tie the inventory together: allocations to entitlements by `id`, NetScaler\ninstances to consoles by hostname, and license servers to the license files committed\nnext to the inventory. A broken reference means a check cannot be made. License file\npaths are resolved relative to the YAML file and must stay inside the repository (the\ngit top level, or the inventory folder without git): a path that leaves it, an absolute\npath, or a link pointing outside is refused and the file is never read, so an untrusted\npull request cannot make the linter read or print other files.",
    fix: "Fix the id or hostname (the message suggests the closest known one), add the missing\nentitlement or console, or commit the license file at the path given (relative to the\nYAML file that names it)."
  },
  "inventory/schema": {
    why: "The inventory format is defined by `inventory-schema/inventory.schema.json`: types,\nallowed values, required keys, real calendar dates, and no unknown keys (a misspelt key\nwould otherwise be silently ignored, and with it the fact it records). Each problem is\nreported at the node itself: an unknown key at the key, a bad value at the value, a\nmissing key at the mapping that lacks it, with the closest valid key or value suggested;\na misspelt required key is one finding (the unknown key, naming the one it should be).\nCounts must be written as whole numbers (`quantity: 1.000` is read by YAML as 1; a count in\nquotes is text) and feature codes in upper case, as Citrix writes them.\n\nFindings of other rules about an entity with a schema error, or drawn from a list holding\none (an allocation whose license server's `state` is misspelt), wait until the error is\nfixed: their advice (return an allocation, remove licenses, buy more) would rest on a value\nthe linter could not read.",
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
    why: "Citrix's compliance policy forbids expired licenses on license servers (\"no expired or\ninactive licenses installed\"; CTX477614, CSS Support Guide). A term, evaluation or NFR\nlicense carries its expiry date in the INCREMENT line; one that expired still sits in the\nserver's license folder until someone removes it. A license expiring *on* the as-of day\nis still valid that day. The startup license (`CITRIX`, `citrix_startup.lic`) is ignored.",
    fix: "Remove the expired license file from the license server (and from the inventory), or\ninstall the renewed one from the licensing portal."
  },
  "license-file/hostname-mismatch": {
    why: "A Citrix license file is bound to a hostname by `SERVER ... HOSTNAME=`; the license\nserver only serves licenses from files bound to its own name, and the binding is\ncase-sensitive (CTX477614; Citrix docs, license files). A file allocated to the wrong or\ndifferently-cased name silently grants nothing, and the allocation it came from points at\na host that does not exist: the ghost case of `allocation/orphaned-hostname`.",
    fix: "Return the allocation in the licensing portal (**Manage Licenses**, select it, **Return\nallocations**), allocate again to the hostname exactly as the license server reports it\n(`Get-LicServerInfo`, or the License Administration Console), and install the new file."
  },
  "license-file/inactive-perpetual": {
    why: `A perpetual license never expires, but Citrix's policy requires its maintenance
(Customer Success Services / Subscription Advantage) to be active for it to stay
installed: "no perpetual licenses whose maintenance has lapsed, whether alone or mixed
with active subscriptions" (CSS Support Guide; CTX477614). The mixed case is common after
a move to Universal Hybrid Multi-Cloud (UL HMC): the old perpetual files stay on the server
next to the new subscription files, and the rule says so when it sees it.`,
    fix: "Renew Customer Success Services for the product and record the new `cssEnd`, or remove\nthe perpetual license file from the license server (and the inventory) and return its\nallocation."
  },
  "license-file/syntax": {
    why: "License files committed next to the inventory are parsed, so that the inventory cannot\ndrift from what is really installed. A file that cannot be parsed (truncated while\ncopying, a PDF or YAML saved under a `.lic` name, an empty file, a field in the wrong\nformat) is reported at its line and column in the `.lic` file. Nothing beyond the parsed\nfields is ever printed: signatures stay out of the output. The other files are still\nchecked.",
    fix: "Download the file again from the licensing portal and commit it unchanged. Check what a\nfile contains with `citrix-license-lint inspect FILE.lic`."
  },
  "license-file/unallocated": {
    why: "Every license file comes from a portal allocation of its product to the host's name. A\nfeature installed where the inventory records no such allocation means the allocation\nlist is incomplete, or the file was copied from another server, which then counts the\nsame licenses twice. Hostnames are compared ignoring case here (a case difference is\n`allocation/orphaned-hostname`'s business).",
    fix: "Add the allocation as the licensing portal shows it to `allocations`, or remove the file\nfrom the server if it does not belong there."
  },
  "license-server/file-based-activation": {
    why: "Citrix announced on 8 September 2025 (support article 695107) that activation moves to\nthe License Activation Service (LAS): after 15 April 2026 license files are no longer the\nway on-premises products are activated. A server still on files is reported as an error\nfrom that day, and as a warning before it. A server may hold LAS activations and legacy\nfiles side by side during the move; what matters is `activation`.",
    fix: "Move the server to the License Activation Service: online activation needs build 51000\nor newer, offline (air-gapped) activation build 53100 or newer (Citrix docs,\nlicense-activation-service). Then set `activation: las-online` or `las-offline`."
  },
  "license-server/las-version": {
    why: "The License Activation Service needs License Server 11.17.2 build 51000 or newer for\nonline activation and build 53100 or newer for offline (air-gapped) activation\n(docs.citrix.com, licensing, license-activation-service). An older server set to LAS\ncannot activate anything.",
    fix: "Upgrade the license server to at least the build named, then record the new `version`."
  },
  "license-server/telemetry-disabled": {
    why: "Every on-premises license server must send licensing telemetry to Citrix, test and\npre-production included; a server that does not is non-compliant and can cost the\ncustomer its support (Citrix License Telemetry FAQ, CTX477614; Citrix docs,\nlicensing-data-collection-programs). Decommissioned servers are out of scope.",
    fix: "Enable automatic reporting (the default; it needs TCP 443 out to `cis.citrix.com`), or\nfor an air-gapped server upload the usage data manually at least every 90 days, and set\n`telemetry.mode` accordingly."
  },
  "license-server/telemetry-overdue": {
    why: "Automatic reporting uploads every 24 hours, so a last upload more than 7 days old means\nit is failing; air-gapped servers must upload manually at least every 90 days (CTX477614).\nA server with no telemetry record, or in either mode with no upload ever, is reported too:\nthe inventory must show that it reports. An upload exactly 90 days old is still in time.\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.\nBoth windows can be changed in the configuration (`thresholds`).",
    fix: "Automatic mode: check that the server reaches `cis.citrix.com` on TCP 443, and look for\n`CTX_UPLOADER_SUCCESS` or the failure in `log_ctxuploader.log`. Manual mode: export the\nusage data and upload it in the licensing portal. Then record the date in\n`telemetry.lastReported`."
  },
  "license-server/version-outdated": {
    why: 'License Server 11.17.2 build 40000 or newer was required by 31 March 2023, and since\nthen each new version must be installed within 6 months of its release (CTX477614). Our\nreading: on a given day a build is out of policy when a newer build was released more\nthan 6 months before that day; a build superseded exactly 6 months before is still in\npolicy.\n\nCitrix publishes no lifecycle table per build, so the release dates come from a catalog\nshipped with the tool (`src/data/license-server-builds.ts`), each row with its source\nand precision. Where only a bound is known ("on or before"), the latest possible date is\nused, so the deadline errs late and no server in policy is ever flagged. Known dates:\n\n| build | date used | precision | source |\n|---|---|---|---|\n| 39000 | 2022-05-11 | exact | docs.citrix.com licensing 11-17-2-40000, document history |\n| 40000 | 2022-10-19 | exact | same page; CTX477614 |\n| 41000 | 2023-03-09 | on or before | legacy-licensing build list, bounded by 42000 |\n| 42000 | 2023-03-09 | on or before | a telemetry upload from 42000 shown on 2023-03-09 |\n| 43000–45000 | 2024-03-06 | on or before | legacy-licensing build list, bounded by 46000 |\n| 46000 | 2024-03-06 | on or before | carlstalhood.com 2203 LTSR page |\n| 47000 | 2024-04-20 | on or before | carlstalhood.com 2402 LTSR page |\n| 48000 | 2024-08-26 | on or before | legacy-licensing build list, bounded by 49000 |\n| 49000 | 2024-08-26 | on or before | carlstalhood.com 2402 LTSR page |\n| 51000 | 2024-12-03 | on or before | carlstalhood.com 2402 LTSR page; citrix.com downloads |\n| 52100 | 2026-03-16 | on or before | docs.citrix.com 11-17-2-52100, bounded by 53100 |\n| 53100 | 2026-03-16 | on or before | the 52100 LAS page; deyda.net, 2026-03-16 |\n| 54100 | 2026-08-17 | on or before | docs.citrix.com 11-17-2-54100, bounded by 56200 |\n| 56200 | 2026-08-17 | exact | Citrix licensing RSS feed; docs.citrix.com 11-17-2-56200 |\n\nBuild 50000 has no known public release and is left out. Add or correct rows with\n`licenseServerBuilds` in `.citrix-license-lint.yml`.',
    fix: "Upgrade the license server to the build the message names (or newer) and record the new\n`version`. `deadlines/upcoming` warns 30 days before the next deadline."
  },
  "license-server/version-unknown": {
    why: "The upgrade deadline can only be checked when the version is known. A missing or\nunreadable version, or a build newer than every build the release catalog knows (the\ncatalog is out of date, not the server), is a warning that says how to fix it. Versions\nare read as `11.17.2.0 build 56200`, `11.17.2 build 56200` or `11.17.2.0-56200`.",
    fix: "Record the version as the License Administration Console or `Get-LicServerInfo`\n(`SLVersion`) shows it. For a build newer than the catalog, add it with its release date\nand source under `licenseServerBuilds` in `.citrix-license-lint.yml`, or update\ncitrix-license-lint."
  },
  "licenses/installed-exceeds-purchased": {
    why: "Citrix's fifth requirement: the licenses installed across license servers must not\nexceed the active licenses purchased (CTX477614). The rule adds up, per product, the\ncounts of every unexpired feature installed on active license servers and consoles, and\ncompares them with the quantities of the product's active entitlements (subscriptions\nnot ended, perpetual entitlements with maintenance). Expired features are\n`license-file/expired`'s business and are not counted; the startup license and\n`uncounted` lines have no number.",
    fix: "Remove the surplus license files (often a copy left on a second server, or an old file\nnext to its replacement), or buy more and record the entitlement."
  },
  "netscaler-console/auto-telemetry-unsupported": {
    why: "NetScaler Console sends licensing telemetry automatically from 14.1-25.53 and\n13.1-53.22 (NetScaler docs, data-governance; ADM pages 130-adm-0443 and 130-adm-0444; one\nCitrix page says 14.1-25.56, and the lower threshold is used as the lenient reading).\nRelease 13.0 and older have no automatic telemetry. A console set to automatic below\nthese versions sends nothing, so it is non-compliant while the inventory says otherwise.\nThresholds can be extended in the configuration (`netscaler.autoTelemetryMinimum`).",
    fix: "Upgrade the console to at least the version named, or switch it to manual mode and\nupload every 90 days."
  },
  "netscaler-console/file-based-activation": {
    why: "File-based licensing reached end of life on 15 April 2026 (Citrix support article\n695107); NetScaler moves to the License Activation Service, which on-premises Console\nsupports from 14.1-51.83. Pooled vCPU, check-in/check-out and perpetual NetScaler\nlicenses are not supported with LAS, so plan those separately.",
    fix: "Move the console to the License Activation Service (Console 14.1-51.83 or newer) and\nset `activation: las`."
  },
  "netscaler-console/las-version": {
    why: "On-premises NetScaler Console supports the License Activation Service from 14.1-51.83\n(docs.citrix.com, license-activation-service; NetScaler ADC itself from 14.1-51.80 and\n13.1-60.29). An older console set to LAS cannot activate its licenses.",
    fix: "Upgrade the console to 14.1-51.83 or newer and record the new `version`."
  },
  "netscaler-console/missing-license-files": {
    why: "Pooled and flexed NetScaler licenses (UL HMC, CPL) reach instances only through\nNetScaler Console, which needs both the *instance* license file and the *bandwidth*\nlicense file allocated and uploaded (Console Service too). A console missing either one\ncannot license the instances that depend on it.",
    fix: "Allocate the missing file in the licensing portal to the console's hostname, upload it\nto the console, and list it under the console's `licenseFiles` with its `kind`."
  },
  "netscaler-console/telemetry-disabled": {
    why: "Every on-premises NetScaler Console must report licensing telemetry to Citrix\n(NetScaler docs, data-governance; CTX477614). NetScaler Console Service reports by itself\nand is out of scope, as are decommissioned consoles.",
    fix: "Turn automatic telemetry on in the console (on by default from 14.1-25.53 and\n13.1-53.22), or upload manually every 90 days and set `mode: manual`."
  },
  "netscaler-console/telemetry-overdue": {
    why: "Automatic mode reports daily, so a last report older than 7 days (or none) means it\nfails. Manual mode owes its first upload within 30 days of deployment (`deployedOn`),\nthen one at least every 90 days (NetScaler docs, data-governance; ADM page 130-adm-0444).\nA `lastReported` after the as-of date is a finding too: a mistyped year would otherwise\nkeep the check quiet for years.",
    fix: "Upload the usage data in the licensing portal (manual mode), or fix the console's\nconnection to Citrix (automatic mode), then record the date in `telemetry.lastReported`."
  },
  "netscaler-instance/no-console": {
    why: "Pooled and flexed licenses are assigned to NetScaler instances only through NetScaler\nConsole, never directly. A flexed or pooled instance with no console, or whose console was\ndecommissioned, holds no license. (An instance naming a console that is not in the\ninventory at all is `inventory/reference`.)",
    fix: "Name the active NetScaler Console that licenses the instance in `console:`, or move\nthe instance to one."
  }
};

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
function docsUrl(ruleId) {
  return `${DOCS_BASE}/${ruleId}.md`;
}
var DOCS_BASE = "https://github.com/citrix-license-lint/citrix-license-lint/blob/main/docs/rules";
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}

// src/rules/thresholds.ts
function thresholdWords(settings) {
  const { policy, netscaler } = settings;
  const autoTelemetry = Object.values(netscaler.autoTelemetryMinimum).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return {
    deadlineHorizonDays: policy.deadlineHorizonDays,
    automaticTelemetryMaxAgeDays: policy.automaticTelemetryMaxAgeDays,
    manualUploadIntervalDays: policy.manualUploadIntervalDays,
    consoleFirstUploadDays: policy.consoleFirstUploadDays,
    versionGraceMonths: policy.versionGraceMonths,
    minimumBuild: policy.minimumBuild,
    autoTelemetryMinimum: autoTelemetry.join(" or "),
    lasMinimum: netscaler.lasMinimum
  };
}
function describeRule(meta2, settings) {
  return renderMessage(meta2.description, thresholdWords(settings));
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
function isOnPremisesConsole(console2) {
  return console2.deployment !== "service";
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
function entitlementEnd(entitlement2) {
  return entitlement2.type === "perpetual" ? entitlement2.cssEnd : entitlement2.end;
}
function isEntitlementActive(entitlement2, asOf) {
  if (entitlement2.start && entitlement2.start > asOf) return false;
  const end = entitlementEnd(entitlement2);
  return end === void 0 || end >= asOf;
}

// src/domain/entity.ts
var host = (hostname) => hostname.toLowerCase();
var entityKey = {
  server: (hostname) => `server:${host(hostname)}`,
  console: (hostname) => `console:${host(hostname)}`,
  instance: (name) => `instance:${name}`,
  entitlement: (id) => `entitlement:${id}`,
  allocation: (entitlement2, hostname) => `allocation:${entitlement2}:${hostname}`,
  product: (product) => `product:${product}`,
  /** A license file on a host; `parts` narrow it (a declared product, then a field). */
  licenseFile: (hostname, fileName, ...parts) => [`file:${host(hostname)}`, fileName, ...parts].join(":"),
  /** A feature line of a license file; `variant` tells apart lines of one product (a serial, an end date). */
  feature: (hostname, fileName, product, variant) => `feature:${host(hostname)}:${fileName}:${product}${variant === void 0 ? "" : `:${variant}`}`,
  /** A deadline of one kind about an entity (whose key is one of the above). */
  deadline: (kind, entity) => `${kind}:${entity}`
};

// src/rules/allocation/inactive-entitlement.ts
var inactiveEntitlement = defineRule({
  meta: {
    id: "allocation/inactive-entitlement",
    severity: "error",
    description: "An allocation is held from an entitlement that has ended (subscription end, or perpetual maintenance end).",
    messages: {
      subscription: "{{quantity}} licenses allocated to `{{hostname}}` come from subscription `{{id}}`, whose term ended on {{end}}: renew it, or remove its license file from the server and return the allocation {{steps}}",
      perpetual: "{{quantity}} licenses allocated to `{{hostname}}` come from perpetual entitlement `{{id}}`, whose maintenance (CSS) ended on {{end}}: renew maintenance, or return the allocation {{steps}}"
    }
  },
  check({ inventory, index, asOf, report }) {
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement) continue;
      const entitlement2 = index.entitlementsById.get(allocation.entitlement)?.[0];
      const end = entitlement2 && entitlementEnd(entitlement2);
      if (!entitlement2 || !end || end >= asOf) continue;
      report({
        messageId: entitlement2.type === "perpetual" ? "perpetual" : "subscription",
        at: child(allocation.at, "entitlement"),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ""),
        data: { quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "The", hostname: allocation.hostname ?? "?", id: entitlement2.id, end, steps: RETURN_STEPS }
      });
    }
  }
});

// src/rules/allocation/orphaned-hostname.ts
var orphanedHostname = defineRule({
  meta: {
    id: "allocation/orphaned-hostname",
    severity: "error",
    description: "An allocation is bound to a hostname that is not an active license server or NetScaler Console.",
    messages: {
      ghost: "{{what}} is bound to `{{hostname}}`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation {{steps}}; if it exists, add it to licenseServers",
      decommissioned: "{{what}} is bound to `{{hostname}}`, which is decommissioned: return the allocation {{steps}}",
      caseOnly: "{{what}} is bound to `{{hostname}}`, which matches `{{actual}}` only when case is ignored: license files bind the hostname case-sensitively; return the allocation {{steps}}, and allocate again to `{{actual}}` exactly"
    }
  },
  check({ inventory, index, report }) {
    for (const allocation of inventory.allocations) {
      const hostname = allocation.hostname;
      if (!hostname) continue;
      if (index.hostsByHostname.get(hostname)?.some(isActive)) continue;
      const lower = hostname.toLowerCase();
      const hosts = [...index.serversByLowerHostname.get(lower) ?? [], ...index.consolesByLowerHostname.get(lower) ?? []];
      const active = hosts.filter(isActive);
      const product = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0]?.product : void 0;
      const what = `the allocation of ${allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "the"} ${product ?? ""} licenses from \`${allocation.entitlement ?? "?"}\``.replace(/\s+/g, " ");
      const base = { at: child(allocation.at, "hostname"), entity: entityKey.allocation(allocation.entitlement ?? "", hostname) };
      if (active.length > 0) {
        report({ ...base, messageId: "caseOnly", data: { what, hostname, actual: active[0].hostname, steps: RETURN_STEPS } });
      } else if (hosts.length > 0) {
        report({ ...base, messageId: "decommissioned", data: { what, hostname, steps: RETURN_STEPS } });
      } else {
        report({ ...base, messageId: "ghost", data: { what, hostname, steps: RETURN_STEPS } });
      }
    }
  }
});

// src/rules/allocation/over-entitlement.ts
var overEntitlement = defineRule({
  meta: {
    id: "allocation/over-entitlement",
    severity: "error",
    description: "The allocations of one entitlement add up to more than its quantity.",
    messages: {
      over: "entitlement `{{id}}` ({{product}}) has {{allocated}} licenses allocated across {{count}} allocations but only {{quantity}} bought: return {{excess}} licenses in the licensing portal, or correct the quantities"
    }
  },
  check({ inventory, index, report }) {
    for (const entitlement2 of inventory.entitlements) {
      if (entitlement2.quantity === void 0) continue;
      if (index.entitlementsById.get(entitlement2.id)?.[0] !== entitlement2) continue;
      const allocations = index.allocationsByEntitlement.get(entitlement2.id) ?? [];
      const allocated = allocations.reduce((sum, a) => sum + (a.quantity ?? 0), 0);
      if (allocated <= entitlement2.quantity) continue;
      report({
        messageId: "over",
        at: child(entitlement2.at, "quantity"),
        entity: entityKey.entitlement(entitlement2.id),
        data: {
          id: entitlement2.id,
          product: entitlement2.product ?? "?",
          allocated: formatCount(allocated),
          count: allocations.length,
          quantity: formatCount(entitlement2.quantity),
          excess: formatCount(allocated - entitlement2.quantity)
        }
      });
    }
  }
});

// src/domain/telemetry.ts
function telemetryVerdict(telemetry2, policy, asOf, firstUploadBy) {
  const mode = telemetry2?.mode ?? "automatic";
  if (mode === "disabled") return { status: "disabled" };
  const maxDays = mode === "automatic" ? policy.automaticTelemetryMaxAgeDays : policy.manualUploadIntervalDays;
  const last = telemetry2?.lastReported;
  if (!last) {
    if (mode === "manual" && firstUploadBy && asOf <= firstUploadBy) return { status: "ok", due: firstUploadBy };
    return { status: "never", mode, due: mode === "manual" ? firstUploadBy : void 0 };
  }
  if (last > asOf) return { status: "future", lastReported: last };
  const ageDays = daysBetween(last, asOf);
  const due = addDays(last, maxDays);
  if (ageDays > maxDays) return { status: "overdue", mode, lastReported: last, ageDays, maxDays, due };
  return { status: "ok", due: mode === "manual" ? due : void 0 };
}

// src/domain/versions.ts
function parseLicenseServerBuild(version2) {
  const text = version2.trim();
  const match = /^11\.17\.2(?:\.0)?\s*(?:build\s*|-)(\d{4,6})$/i.exec(text) ?? /^(?:build\s*)?(\d{5})$/i.exec(text);
  return match ? Number(match[1]) : void 0;
}
function parseNetscalerVersion(version2) {
  const match = /(\d+)\.(\d+)\s*(?:-|:\s*build\s*)(\d+)\.(\d+)/i.exec(version2);
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), build: Number(match[3]), patch: Number(match[4]) };
}
function compareNetscaler(a, b) {
  return a.major - b.major || a.minor - b.minor || a.build - b.build || a.patch - b.patch;
}
function lineOf(version2) {
  return `${version2.major}.${version2.minor}`;
}
function buildPolicy(build, builds, graceMonths) {
  let earliest;
  for (const release of builds) {
    if (release.build <= build) continue;
    if (!earliest || release.released < earliest.released) earliest = release;
  }
  if (!earliest) return {};
  return { supersededBy: earliest, deadline: addMonths(earliest.released, graceMonths) };
}
function minimumBuildInPolicy(builds, graceMonths, minimumBuild, asOf) {
  const sorted = [...builds].sort((a, b) => a.build - b.build);
  for (const release of sorted) {
    if (release.build < minimumBuild) continue;
    const policy = buildPolicy(release.build, builds, graceMonths);
    if (!policy.deadline || policy.deadline >= asOf) return release.build;
  }
  return void 0;
}
function newestBuild(builds) {
  let newest;
  for (const release of builds) if (!newest || release.build > newest.build) newest = release;
  return newest;
}

// src/domain/deadlines.ts
function collectDeadlines(inventory, settings, asOf) {
  const { policy } = settings;
  const out = [];
  const add = (deadline) => {
    if (deadline.lastDay >= asOf) out.push(deadline);
  };
  for (const entitlement2 of inventory.entitlements) {
    const end = entitlementEnd(entitlement2);
    if (!end) continue;
    const perpetual = entitlement2.type === "perpetual";
    add({
      kind: perpetual ? "maintenance end" : "term end",
      lastDay: end,
      subject: `entitlement \`${entitlement2.id}\` (${entitlement2.product ?? "?"})`,
      action: perpetual ? "renew Customer Success Services, or plan to remove its perpetual license files" : "renew the subscription, or plan to return its allocations",
      at: child(entitlement2.at, perpetual ? "cssEnd" : "end"),
      entity: entityKey.entitlement(entitlement2.id)
    });
  }
  for (const { kind, host: host2, file, feature } of installedFeatures(inventory)) {
    if (!feature.expires || feature.expires === "permanent") continue;
    add({
      kind: "license expiry",
      lastDay: feature.expires,
      subject: `${feature.product} in ${file.name} on ${kind} \`${host2.hostname}\``,
      action: "install the renewed license file, or remove the expiring one",
      at: feature.at,
      entity: entityKey.feature(host2.hostname, file.name, feature.product)
    });
  }
  for (const server of inventory.licenseServers) {
    if (!isActive(server)) continue;
    const verdict2 = telemetryVerdict(server.telemetry, policy, asOf);
    if (verdict2.status === "ok" && verdict2.due) {
      add({ kind: "manual upload", lastDay: verdict2.due, subject: `license server \`${server.hostname}\``, action: "upload its usage data in the licensing portal", at: child(server.at, "telemetry", "lastReported"), entity: entityKey.server(server.hostname) });
    }
    const build = server.version ? parseLicenseServerBuild(server.version) : void 0;
    if (build !== void 0 && build >= policy.minimumBuild) {
      const version2 = buildPolicy(build, settings.builds, policy.versionGraceMonths);
      if (version2.deadline && version2.supersededBy) {
        add({ kind: "upgrade", lastDay: version2.deadline, subject: `license server \`${server.hostname}\` (build ${build})`, action: `upgrade to build ${version2.supersededBy.build} or newer`, at: child(server.at, "version"), entity: entityKey.server(server.hostname) });
      }
    }
    if (server.activation === "files") {
      add({ kind: "file activation end of life", lastDay: addDays(policy.fileActivationEndOfLife, -1), subject: `license server \`${server.hostname}\``, action: "move to the License Activation Service", at: child(server.at, "activation"), entity: entityKey.server(server.hostname) });
    }
  }
  for (const console2 of inventory.netscalerConsoles) {
    if (!isActive(console2) || !isOnPremisesConsole(console2)) continue;
    const firstUploadBy = console2.deployedOn ? addDays(console2.deployedOn, policy.consoleFirstUploadDays) : void 0;
    const verdict2 = telemetryVerdict(console2.telemetry, policy, asOf, firstUploadBy);
    if (verdict2.status === "ok" && verdict2.due) {
      const first = !console2.telemetry?.lastReported;
      add({
        kind: first ? "first upload" : "manual upload",
        lastDay: verdict2.due,
        subject: `NetScaler Console \`${console2.hostname}\``,
        action: "upload its usage data in the licensing portal",
        at: child(console2.at, "telemetry", first ? "mode" : "lastReported"),
        entity: entityKey.console(console2.hostname)
      });
    }
    if (console2.activation === "files") {
      add({ kind: "file activation end of life", lastDay: addDays(policy.fileActivationEndOfLife, -1), subject: `NetScaler Console \`${console2.hostname}\``, action: "move to the License Activation Service", at: child(console2.at, "activation"), entity: entityKey.console(console2.hostname) });
    }
  }
  return out.sort((a, b) => a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0);
}
function daysLeft(deadline, asOf) {
  return daysBetween(asOf, deadline.lastDay);
}

// src/rules/deadlines/upcoming.ts
var upcoming = defineRule({
  meta: {
    id: "deadlines/upcoming",
    severity: "warning",
    description: "Something becomes an error within {{deadlineHorizonDays}} days: a term or maintenance end, a license expiry, a manual upload due, an upgrade deadline.",
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
var duplicate = defineRule({
  meta: {
    id: "inventory/duplicate",
    severity: "error",
    description: "Two license servers or two consoles share a hostname (ignoring case), or two entitlements an id.",
    messages: {
      host: "{{kind}} `{{hostname}}` is listed again (first at {{first}}): hostnames are compared ignoring case; merge the two entries",
      entitlement: "entitlement id `{{id}}` is used again (first at {{first}}): give each entitlement its own id"
    }
  },
  check({ index, report }) {
    const place = (at) => `${at.path[0]}[${at.path[1]}] of ${at.file.split(/[\\/]/).pop()}`;
    for (const [key, servers] of index.serversByLowerHostname) {
      for (const server of servers.slice(1)) {
        report({ messageId: "host", at: { ...server.at, path: [...server.at.path, "hostname"] }, entity: entityKey.server(key), data: { kind: "license server", hostname: server.hostname, first: place(servers[0].at) } });
      }
    }
    for (const [key, consoles] of index.consolesByLowerHostname) {
      for (const console2 of consoles.slice(1)) {
        report({ messageId: "host", at: { ...console2.at, path: [...console2.at.path, "hostname"] }, entity: entityKey.console(key), data: { kind: "NetScaler Console", hostname: console2.hostname, first: place(consoles[0].at) } });
      }
    }
    for (const [id, entitlements] of index.entitlementsById) {
      for (const entitlement2 of entitlements.slice(1)) {
        report({ messageId: "entitlement", at: { ...entitlement2.at, path: [...entitlement2.at.path, "id"] }, entity: entityKey.entitlement(id), data: { id, first: place(entitlements[0].at) } });
      }
    }
  }
});

// src/rules/inventory/expired-suppression.ts
var expiredSuppression = defineRule({
  meta: {
    id: "inventory/expired-suppression",
    severity: "warning",
    description: "An inline suppression has passed its `until` date and no longer applies.",
    messages: {}
  }
});

// src/rules/inventory/invalid-suppression.ts
var invalidSuppression = defineRule({
  meta: {
    id: "inventory/invalid-suppression",
    severity: "error",
    description: "An inline suppression has no reason, names no or an unknown rule, or has a malformed expiry date.",
    messages: {}
  }
});

// src/util/did-you-mean.ts
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  if (lower.length >= 3) {
    const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0];
  }
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : void 0;
}
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
    description: "An allocation names an unknown entitlement, an instance an unknown console, or a license file path is missing, unreadable or outside the repository.",
    messages: {
      entitlement: "the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory{{hint}}",
      console: "NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory{{hint}}"
    }
  },
  check({ inventory, index, report }) {
    const ids = [...index.entitlementsById.keys()];
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement || index.entitlementsById.has(allocation.entitlement)) continue;
      const suggestion = didYouMean(allocation.entitlement, ids);
      report({
        messageId: "entitlement",
        at: child(allocation.at, "entitlement"),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ""),
        data: { id: allocation.entitlement, quantity: allocation.quantity !== void 0 ? formatCount(allocation.quantity) : "an unknown number of", hostname: allocation.hostname ?? "?", hint: suggestion ? `: did you mean \`${suggestion}\`?` : ": add the entitlement, or fix the id" }
      });
    }
    const consoles = [...index.consolesByHostname.keys()];
    for (const instance of inventory.netscalerInstances) {
      if (!instance.console || index.consolesByLowerHostname.has(instance.console.toLowerCase())) continue;
      const suggestion = didYouMean(instance.console, consoles);
      report({
        messageId: "console",
        at: child(instance.at, "console"),
        entity: entityKey.instance(instance.name),
        data: { name: instance.name, console: instance.console, hint: suggestion ? `: did you mean \`${suggestion}\`?` : ": add the console to netscalerConsoles, or fix the hostname" }
      });
    }
  }
});

// src/rules/inventory/schema.ts
var schema = defineRule({
  meta: {
    id: "inventory/schema",
    severity: "error",
    description: "A node breaks the inventory JSON Schema: wrong type, unknown key, missing field, bad value or date.",
    messages: {}
  }
});

// src/rules/inventory/unused-suppression.ts
var unusedSuppression = defineRule({
  meta: {
    id: "inventory/unused-suppression",
    severity: "warning",
    description: "An inline suppression comment suppresses nothing.",
    messages: {}
  }
});

// src/rules/inventory/yaml-syntax.ts
var yamlSyntax = defineRule({
  meta: {
    id: "inventory/yaml-syntax",
    severity: "error",
    description: "The YAML cannot be parsed, or a mapping repeats a key.",
    messages: {}
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

// src/rules/license-file/declared-mismatch.ts
var declaredMismatch = defineRule({
  meta: {
    id: "license-file/declared-mismatch",
    severity: "error",
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
            report({ messageId: "absent", at: declared.at, entity: entity(declared.product), data: { path: file.path, product: declared.product } });
            continue;
          }
          for (const field of ["count", "expires"]) {
            if (declared[field] === void 0 || declared[field] === actual[field]) continue;
            report({
              messageId: "field",
              at: "path" in declared.at ? child(declared.at, field) : declared.at,
              entity: entityKey.licenseFile(host2.hostname, file.name, declared.product, field),
              data: { path: file.path, product: declared.product, field, actual: String(actual[field]), declared: String(declared[field]) }
            });
          }
        }
        const declaredProducts = new Set(file.declared.map((f) => f.product));
        for (const [product, feature] of inFile) {
          if (declaredProducts.has(product) || isStartupProduct(product)) continue;
          report({ messageId: "undeclared", at: child(file.at, "features"), entity: entity(product), data: { path: file.path, product, count: String(feature.count) } });
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
    description: "A license file's HOSTNAME= differs from its server's hostname (exact, case-sensitive).",
    messages: {
      differs: "{{file}} is bound to HOSTNAME={{bound}}, but it is installed on {{kind}} `{{hostname}}`: the license will not check out there; reallocate in the licensing portal to `{{hostname}}` and install the new file",
      caseOnly: "{{file}} is bound to HOSTNAME={{bound}}, which differs from {{kind}} `{{hostname}}` only in letter case: the binding is case-sensitive; return and reallocate to `{{hostname}}` exactly as the server reports its name"
    }
  },
  check({ inventory, report }) {
    for (const { kind, host: host2 } of holders(inventory)) {
      if (!isActive(host2)) continue;
      for (const file of host2.licenseFiles) {
        if (file.isStartup || !file.hostname || file.hostname === host2.hostname || !file.hostnameAt) continue;
        const caseOnly = file.hostname.toLowerCase() === host2.hostname.toLowerCase();
        report({
          messageId: caseOnly ? "caseOnly" : "differs",
          at: file.hostnameAt,
          entity: entityKey.licenseFile(host2.hostname, file.name),
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
    description: "An installed perpetual feature has no active perpetual entitlement for its product (maintenance lapsed).",
    messages: {
      lapsed: "perpetual {{product}} in {{file}} on {{kind}} `{{hostname}}` has no perpetual entitlement with active maintenance ({{reason}}){{mixed}}: renew Customer Success Services for it, or remove the file from the {{kind}}"
    }
  },
  check({ inventory, index, asOf, report }) {
    for (const { kind, host: host2 } of holders(inventory)) {
      if (!isActive(host2)) continue;
      const files = countedFiles(host2);
      const holdsSubscription = files.some((f) => f.features.some((feature) => feature.expires !== void 0 && feature.expires !== "permanent" && feature.expires >= asOf));
      for (const file of files) {
        for (const feature of file.features) {
          if (feature.expires !== "permanent") continue;
          const perpetual = (index.entitlementsByProduct.get(feature.product) ?? []).filter((e) => e.type === "perpetual");
          if (perpetual.some((e) => isEntitlementActive(e, asOf))) continue;
          const lastEnd = perpetual.map((e) => e.cssEnd ?? "").sort().pop();
          report({
            messageId: "lapsed",
            at: feature.at,
            entity: entityKey.feature(host2.hostname, file.name, feature.product, feature.serial ?? "permanent"),
            data: {
              product: feature.product,
              file: file.name,
              kind,
              hostname: host2.hostname,
              reason: lastEnd ? `maintenance ended on ${lastEnd}` : "no perpetual entitlement for this product is in the inventory",
              mixed: holdsSubscription ? "; the server also holds active subscription licenses, which does not make lapsed perpetual ones compliant" : ""
            }
          });
        }
      }
    }
  }
});

// src/rules/license-file/syntax.ts
var licenseFileSyntax = defineRule({
  meta: {
    id: "license-file/syntax",
    severity: "error",
    description: "A referenced license file cannot be read as a FlexNet license file.",
    messages: {}
  }
});

// src/rules/license-file/unallocated.ts
var unallocated = defineRule({
  meta: {
    id: "license-file/unallocated",
    severity: "warning",
    description: "A feature installed on a license server or console has no allocation of that product to that hostname.",
    messages: {
      missing: "{{product}} in {{file}} is installed on {{kind}} `{{hostname}}`, but no allocation of {{product}} to that hostname is in the inventory: add the allocation from the licensing portal to `allocations`, or remove the file"
    }
  },
  check({ inventory, index, report }) {
    for (const { kind, host: host2, file, feature } of installedFeatures(inventory)) {
      if (index.allocatedProductsByLowerHostname.get(host2.hostname.toLowerCase())?.has(feature.product)) continue;
      report({
        messageId: "missing",
        at: feature.at,
        entity: entityKey.feature(host2.hostname, file.name, feature.product),
        data: { product: feature.product, file: file.name, kind, hostname: host2.hostname }
      });
    }
  }
});

// src/rules/license-server/file-based-activation.ts
var licenseServerFileBasedActivation = defineRule({
  meta: {
    id: "license-server/file-based-activation",
    severity: "error",
    description: "An active license server still uses license files for activation on or after 2026-04-15 (warning before).",
    messages: {
      after: "license server `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (`las-online` needs build {{online}}+, `las-offline` build {{offline}}+)",
      before: "license server `{{hostname}}` activates with license files, which reach end of life on {{eol}}: plan the move to the License Activation Service (`las-online` needs build {{online}}+, `las-offline` build {{offline}}+)"
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.activation !== "files") continue;
      const after = asOf >= policy.fileActivationEndOfLife;
      report({
        messageId: after ? "after" : "before",
        severity: after ? void 0 : "warning",
        at: child(server.at, "activation"),
        entity: entityKey.server(server.hostname),
        data: { hostname: server.hostname, eol: policy.fileActivationEndOfLife, online: policy.lasOnlineMinimumBuild, offline: policy.lasOfflineMinimumBuild }
      });
    }
  }
});

// src/rules/license-server/las-version.ts
var licenseServerLasVersion = defineRule({
  meta: {
    id: "license-server/las-version",
    severity: "error",
    description: "A license server uses License Activation Service on a build that does not support it (online below 51000, offline below 53100).",
    messages: {
      tooOld: "license server `{{hostname}}` uses `{{activation}}` on build {{build}}, but {{what}} needs build {{minimum}} or newer: upgrade the license server"
    }
  },
  check({ inventory, settings, report }) {
    const { policy } = settings;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version || server.activation !== "las-online" && server.activation !== "las-offline") continue;
      const build = parseLicenseServerBuild(server.version);
      const online = server.activation === "las-online";
      const minimum = online ? policy.lasOnlineMinimumBuild : policy.lasOfflineMinimumBuild;
      if (build === void 0 || build >= minimum) continue;
      report({
        messageId: "tooOld",
        at: child(server.at, "version"),
        entity: entityKey.server(server.hostname),
        data: { hostname: server.hostname, activation: server.activation, build, minimum, what: online ? "online activation" : "offline (air-gapped) activation" }
      });
    }
  }
});

// src/rules/license-server/telemetry-disabled.ts
var licenseServerTelemetryDisabled = defineRule({
  meta: {
    id: "license-server/telemetry-disabled",
    severity: "error",
    description: "An active license server has licensing telemetry disabled (whatever its environment).",
    messages: {
      disabled: "license server `{{hostname}}` ({{environment}}) has telemetry disabled: every license server, test and pre-production included, must report to Citrix. Enable automatic reporting (TCP 443 out to cis.citrix.com), or upload manually at least every {{manualUploadIntervalDays}} days and set `mode: manual`"
    }
  },
  check({ inventory, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || server.telemetry?.mode !== "disabled") continue;
      report({ messageId: "disabled", at: child(server.at, "telemetry", "mode"), entity: entityKey.server(server.hostname), data: { hostname: server.hostname, environment: server.environment ?? "environment not set" } });
    }
  }
});

// src/rules/license-server/telemetry-overdue.ts
var licenseServerTelemetryOverdue = defineRule({
  meta: {
    id: "license-server/telemetry-overdue",
    severity: "error",
    description: "An active license server never reported telemetry, or its last report is too old ({{automaticTelemetryMaxAgeDays}} days automatic, {{manualUploadIntervalDays}} days manual).",
    messages: {
      noRecord: "license server `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }` from the server (CTX_UPLOADER_SUCCESS in log_ctxuploader.log)",
      never: "license server `{{hostname}}` ({{mode}} telemetry) has never reported to Citrix: {{fix}}, then record the date in `lastReported`",
      future: "license server `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)",
      overdue: "license server `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`"
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const verdict2 = telemetryVerdict(server.telemetry, settings.policy, asOf);
      const entity = entityKey.server(server.hostname);
      if (verdict2.status === "never" && !server.telemetry) {
        report({ messageId: "noRecord", at: server.at, entity, data: { hostname: server.hostname } });
      } else if (verdict2.status === "never") {
        report({ messageId: "never", at: child(server.at, "telemetry"), entity, data: { hostname: server.hostname, mode: verdict2.mode, fix: fixFor(verdict2.mode) } });
      } else if (verdict2.status === "future") {
        report({ messageId: "future", at: child(server.at, "telemetry", "lastReported"), entity, data: { hostname: server.hostname, lastReported: verdict2.lastReported, asOf } });
      } else if (verdict2.status === "overdue") {
        report({
          messageId: "overdue",
          at: child(server.at, "telemetry", "lastReported"),
          entity,
          data: { hostname: server.hostname, lastReported: verdict2.lastReported, age: verdict2.ageDays, asOf, mode: verdict2.mode, maxDays: verdict2.maxDays, fix: fixFor(verdict2.mode) }
        });
      }
    }
  }
});
function fixFor(mode) {
  return mode === "automatic" ? "check that the server reaches cis.citrix.com on TCP 443 and read log_ctxuploader.log for the failure" : "export the usage data from the server and upload it in the licensing portal";
}

// src/rules/license-server/version-outdated.ts
var versionOutdated = defineRule({
  meta: {
    id: "license-server/version-outdated",
    severity: "error",
    description: "A license server runs a build below {{minimumBuild}}, or a newer build was released more than {{versionGraceMonths}} months before the as-of date.",
    messages: {
      belowMinimum: "license server `{{hostname}}` runs build {{build}}, below build {{minimum}}, required since 2023-03-31 for licensing telemetry: upgrade to build {{target}} or newer",
      outdated: "license server `{{hostname}}` runs build {{build}}, out of policy since {{deadline}} (build {{newer}} came out by {{released}}, and each release must be installed within {{months}} months): upgrade to build {{target}} or newer"
    }
  },
  check({ inventory, settings, asOf, report }) {
    const { policy, builds } = settings;
    const target = minimumBuildInPolicy(builds, policy.versionGraceMonths, policy.minimumBuild, asOf) ?? newestBuild(builds)?.build ?? policy.minimumBuild;
    for (const server of inventory.licenseServers) {
      if (!isActive(server) || !server.version) continue;
      const build = parseLicenseServerBuild(server.version);
      if (build === void 0) continue;
      const base = { at: child(server.at, "version"), entity: entityKey.server(server.hostname) };
      if (build < policy.minimumBuild) {
        report({ ...base, messageId: "belowMinimum", data: { hostname: server.hostname, build, minimum: policy.minimumBuild, target } });
        continue;
      }
      const verdict2 = buildPolicy(build, builds, policy.versionGraceMonths);
      if (!verdict2.deadline || !verdict2.supersededBy || verdict2.deadline >= asOf) continue;
      report({
        ...base,
        messageId: "outdated",
        data: { hostname: server.hostname, build, deadline: verdict2.deadline, newer: verdict2.supersededBy.build, released: verdict2.supersededBy.released, months: policy.versionGraceMonths, target }
      });
    }
  }
});

// src/rules/license-server/version-unknown.ts
var versionUnknown = defineRule({
  meta: {
    id: "license-server/version-unknown",
    severity: "warning",
    description: "A license server version cannot be read, or its build is newer than every build in the release catalog.",
    messages: {
      missing: "license server `{{hostname}}` has no `version`: record it (for example `11.17.2.0 build 56200`, from the License Administration Console or Get-LicServerInfo) so that the upgrade deadline can be checked",
      unreadable: 'license server `{{hostname}}` has version "{{version}}", which is not a License Server 11.17.2 version: write it as `11.17.2.0 build 56200`, `11.17.2 build 56200` or `11.17.2.0-56200`',
      newer: "license server `{{hostname}}` runs build {{build}}, newer than every build the release catalog knows (newest: {{newest}}): add the build and its release date under `licenseServerBuilds` in .citrix-license-lint.yml, or update citrix-license-lint"
    }
  },
  check({ inventory, settings, report }) {
    const newest = newestBuild(settings.builds);
    for (const server of inventory.licenseServers) {
      if (!isActive(server)) continue;
      const entity = entityKey.server(server.hostname);
      if (!server.version) {
        report({ messageId: "missing", at: server.at, entity, data: { hostname: server.hostname } });
        continue;
      }
      const at = child(server.at, "version");
      const build = parseLicenseServerBuild(server.version);
      if (build === void 0) {
        report({ messageId: "unreadable", at, entity, data: { hostname: server.hostname, version: server.version.slice(0, 60) } });
      } else if (newest && build > newest.build) {
        report({ messageId: "newer", at, entity, data: { hostname: server.hostname, build, newest: newest.build } });
      }
    }
  }
});

// src/domain/counts.ts
function installedByProduct(inventory, asOf) {
  const installed = /* @__PURE__ */ new Map();
  for (const { host: host2, feature } of installedFeatures(inventory)) {
    if (typeof feature.count !== "number" || feature.expires !== "permanent" && feature.expires !== void 0 && feature.expires < asOf) continue;
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
    description: "Automatic telemetry is set on an on-premises console version that does not support it (below {{autoTelemetryMinimum}}; 13.0 and older).",
    messages: {
      below: "NetScaler Console `{{hostname}}` is set to automatic telemetry, but version {{version}} predates it (the {{line}} line has it from {{minimum}}): upgrade the console, or switch to manual uploads every {{manualUploadIntervalDays}} days",
      tooOldLine: "NetScaler Console `{{hostname}}` is set to automatic telemetry, but release {{line}} has none (it starts with {{minimum}}): upgrade the console, or switch to manual uploads every {{manualUploadIntervalDays}} days"
    }
  },
  check({ inventory, settings, report }) {
    const minimums = Object.values(settings.netscaler.autoTelemetryMinimum).map((text) => ({ text, version: parseNetscalerVersion(text) }));
    minimums.sort((a, b) => compareNetscaler(a.version, b.version));
    const oldest = minimums[0];
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2) || !isOnPremisesConsole(console2) || console2.telemetry?.mode !== "automatic" || !console2.version || !oldest) continue;
      const version2 = parseNetscalerVersion(console2.version);
      if (!version2) continue;
      const line = lineOf(version2);
      const base = { at: child(console2.at, "version"), entity: entityKey.console(console2.hostname) };
      const sameLine = minimums.find((m) => lineOf(m.version) === line);
      if (sameLine) {
        if (compareNetscaler(version2, sameLine.version) < 0) {
          report({ ...base, messageId: "below", data: { hostname: console2.hostname, version: console2.version, line, minimum: sameLine.text } });
        }
      } else if (compareNetscaler(version2, oldest.version) < 0) {
        report({ ...base, messageId: "tooOldLine", data: { hostname: console2.hostname, line, minimum: oldest.text } });
      }
    }
  }
});

// src/rules/netscaler-console/file-based-activation.ts
var consoleFileBasedActivation = defineRule({
  meta: {
    id: "netscaler-console/file-based-activation",
    severity: "error",
    description: "An active on-premises NetScaler Console uses license files for activation on or after 2026-04-15.",
    messages: {
      after: "NetScaler Console `{{hostname}}` still activates with license files; file-based licensing reached end of life on {{eol}}: move it to the License Activation Service (console {{las}} or newer)"
    }
  },
  check({ inventory, settings, asOf, report }) {
    if (asOf < settings.policy.fileActivationEndOfLife) return;
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2) || !isOnPremisesConsole(console2) || console2.activation !== "files") continue;
      report({
        messageId: "after",
        at: child(console2.at, "activation"),
        entity: entityKey.console(console2.hostname),
        data: { hostname: console2.hostname, eol: settings.policy.fileActivationEndOfLife, las: settings.netscaler.lasMinimum }
      });
    }
  }
});

// src/rules/netscaler-console/las-version.ts
var consoleLasVersion = defineRule({
  meta: {
    id: "netscaler-console/las-version",
    severity: "error",
    description: "An on-premises NetScaler Console uses License Activation Service on a version older than {{lasMinimum}}.",
    messages: {
      tooOld: "NetScaler Console `{{hostname}}` uses `activation: las` on version {{version}}, but the License Activation Service needs console {{minimum}} or newer: upgrade the console"
    }
  },
  check({ inventory, settings, report }) {
    const minimum = parseNetscalerVersion(settings.netscaler.lasMinimum);
    if (!minimum) return;
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2) || !isOnPremisesConsole(console2) || console2.activation !== "las" || !console2.version) continue;
      const version2 = parseNetscalerVersion(console2.version);
      if (!version2 || compareNetscaler(version2, minimum) >= 0) continue;
      report({
        messageId: "tooOld",
        at: child(console2.at, "version"),
        entity: entityKey.console(console2.hostname),
        data: { hostname: console2.hostname, version: console2.version, minimum: settings.netscaler.lasMinimum }
      });
    }
  }
});

// src/rules/netscaler-console/missing-license-files.ts
var missingLicenseFiles = defineRule({
  meta: {
    id: "netscaler-console/missing-license-files",
    severity: "error",
    description: "A NetScaler Console serving flexed or pooled instances lacks an instances or a bandwidth license file.",
    messages: {
      missing: "NetScaler Console `{{hostname}}` licenses {{instances}} but has no {{kinds}} license file: allocate it in the licensing portal, upload it to the console, and list it under licenseFiles with `kind: {{firstKind}}`"
    }
  },
  check({ inventory, index, report }) {
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2)) continue;
      const served = (index.instancesByConsole.get(console2.hostname.toLowerCase()) ?? []).filter((i) => i.licensing === "flexed" || i.licensing === "pooled");
      if (served.length === 0) continue;
      const kinds = new Set(console2.licenseFiles.map((f) => f.kind));
      const missing = ["instances", "bandwidth"].filter((kind) => !kinds.has(kind));
      if (missing.length === 0) continue;
      report({
        messageId: "missing",
        at: console2.at,
        entity: entityKey.console(console2.hostname),
        data: { hostname: console2.hostname, instances: plural(served.length, "flexed or pooled instance"), kinds: listWords(missing.map((k) => `\`${k}\``)).replace(" and ", " or "), firstKind: missing[0] }
      });
    }
  }
});

// src/rules/netscaler-console/telemetry-disabled.ts
var consoleTelemetryDisabled = defineRule({
  meta: {
    id: "netscaler-console/telemetry-disabled",
    severity: "error",
    description: "An active on-premises NetScaler Console has licensing telemetry disabled.",
    messages: {
      disabled: "NetScaler Console `{{hostname}}` has telemetry disabled: every on-premises console must report to Citrix. Turn automatic telemetry on (Settings > Telemetry), or upload manually at least every {{manualUploadIntervalDays}} days and set `mode: manual`"
    }
  },
  check({ inventory, report }) {
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2) || !isOnPremisesConsole(console2) || console2.telemetry?.mode !== "disabled") continue;
      report({ messageId: "disabled", at: child(console2.at, "telemetry", "mode"), entity: entityKey.console(console2.hostname), data: { hostname: console2.hostname } });
    }
  }
});

// src/rules/netscaler-console/telemetry-overdue.ts
var consoleTelemetryOverdue = defineRule({
  meta: {
    id: "netscaler-console/telemetry-overdue",
    severity: "error",
    description: "An active on-premises NetScaler Console has not reported telemetry in time ({{automaticTelemetryMaxAgeDays}} days automatic; manual: first upload within {{consoleFirstUploadDays}} days, then every {{manualUploadIntervalDays}}).",
    messages: {
      noRecord: "NetScaler Console `{{hostname}}` has no telemetry record: add `telemetry: { mode: automatic | manual, lastReported: YYYY-MM-DD }`",
      neverAutomatic: "NetScaler Console `{{hostname}}` (automatic telemetry) has never reported to Citrix: check that it reaches Citrix over TCP 443, then record the date in `lastReported`",
      firstUpload: "NetScaler Console `{{hostname}}` (manual telemetry) owed its first upload by {{due}}{{deployed}} and has none: upload the usage data in the licensing portal, then record the date in `lastReported`",
      future: "NetScaler Console `{{hostname}}` last reported on {{lastReported}}, after {{asOf}}: a report cannot come from the future; record the date of the last successful report (a typo in the year?)",
      overdue: "NetScaler Console `{{hostname}}` last reported on {{lastReported}}, {{age}} days before {{asOf}}; {{mode}} mode must report at least every {{maxDays}} days: {{fix}}, then update `lastReported`"
    }
  },
  check({ inventory, settings, asOf, report }) {
    for (const console2 of inventory.netscalerConsoles) {
      if (!isActive(console2) || !isOnPremisesConsole(console2)) continue;
      const firstUploadBy = console2.deployedOn ? addDays(console2.deployedOn, settings.policy.consoleFirstUploadDays) : void 0;
      const verdict2 = telemetryVerdict(console2.telemetry, settings.policy, asOf, firstUploadBy);
      const entity = entityKey.console(console2.hostname);
      const hostname = console2.hostname;
      if (verdict2.status === "never" && !console2.telemetry) {
        report({ messageId: "noRecord", at: console2.at, entity, data: { hostname } });
      } else if (verdict2.status === "never" && verdict2.mode === "automatic") {
        report({ messageId: "neverAutomatic", at: child(console2.at, "telemetry"), entity, data: { hostname } });
      } else if (verdict2.status === "never") {
        report({
          messageId: "firstUpload",
          at: child(console2.at, "telemetry"),
          entity,
          data: { hostname, due: verdict2.due ?? `its ${ordinal(settings.policy.consoleFirstUploadDays)} day`, deployed: console2.deployedOn ? ` (deployed on ${console2.deployedOn})` : " (set `deployedOn` to date it)" }
        });
      } else if (verdict2.status === "future") {
        report({ messageId: "future", at: child(console2.at, "telemetry", "lastReported"), entity, data: { hostname, lastReported: verdict2.lastReported, asOf } });
      } else if (verdict2.status === "overdue") {
        report({
          messageId: "overdue",
          at: child(console2.at, "telemetry", "lastReported"),
          entity,
          data: {
            hostname,
            lastReported: verdict2.lastReported,
            age: verdict2.ageDays,
            asOf,
            mode: verdict2.mode,
            maxDays: verdict2.maxDays,
            fix: verdict2.mode === "automatic" ? "check that the console reaches Citrix over TCP 443" : "upload the usage data in the licensing portal"
          }
        });
      }
    }
  }
});

// src/rules/netscaler-instance/no-console.ts
var noConsole = defineRule({
  meta: {
    id: "netscaler-instance/no-console",
    severity: "error",
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
      if (!instance.console) {
        report({ messageId: "none", at: instance.at, entity, data: { licensing: instance.licensing, name: instance.name } });
        continue;
      }
      const consoles = index.consolesByLowerHostname.get(instance.console.toLowerCase());
      if (!consoles || consoles.some(isActive)) continue;
      report({ messageId: "inactive", at: child(instance.at, "console"), entity, data: { licensing: instance.licensing, name: instance.name, console: instance.console } });
    }
  }
});

// src/rules/index.ts
var RULES = [
  inactiveEntitlement,
  orphanedHostname,
  overEntitlement,
  upcoming,
  duplicate,
  expiredSuppression,
  invalidSuppression,
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
  noConsole
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
    help: RULE_HELP[rule.meta.id],
    url: docsUrl(rule.meta.id)
  }));
}

// src/util/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var NoInventoryError = class extends UsageError {
  name = "NoInventoryError";
};

// src/load/discover.ts
import path2 from "node:path";

// src/io/file-system.ts
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var diskFileSystem = {
  stat(file) {
    try {
      const stats = statSync(file);
      return { isFile: stats.isFile(), isDirectory: stats.isDirectory(), size: stats.size };
    } catch {
      return void 0;
    }
  },
  readdir(folder) {
    return readdirSync(folder, { withFileTypes: true }).map((e) => ({ name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory(), isSymbolicLink: e.isSymbolicLink() }));
  },
  readFile(file, limit = Number.MAX_SAFE_INTEGER) {
    const fd = openSync(file, "r");
    try {
      const size = Math.min(statSync(file).size, limit);
      const buffer = Buffer.alloc(size);
      let offset = 0;
      while (offset < size) {
        const read = readSync(fd, buffer, offset, size - offset, offset);
        if (read === 0) break;
        offset += read;
      }
      return buffer.subarray(0, offset);
    } finally {
      closeSync(fd);
    }
  },
  realpath: (file) => realpathSync(file),
  exists: (file) => existsSync(file)
};
function memoryFileSystem(root, files) {
  const absolute = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  const addFolderEntry = (folder, name) => {
    let entries = folders.get(folder);
    if (!entries) folders.set(folder, entries = /* @__PURE__ */ new Set());
    entries.add(name);
  };
  folders.set(root, /* @__PURE__ */ new Set());
  for (const [relative, content] of files) {
    const full = path.join(root, relative);
    absolute.set(full, content);
    let child2 = full;
    let parent = path.dirname(full);
    while (child2 !== root && parent.startsWith(root)) {
      addFolderEntry(parent, path.basename(child2));
      child2 = parent;
      parent = path.dirname(parent);
    }
  }
  const stat = (file) => {
    const content = absolute.get(file);
    if (content) return { isFile: true, isDirectory: false, size: content.length };
    if (folders.has(file)) return { isFile: false, isDirectory: true, size: 0 };
    return void 0;
  };
  return {
    stat,
    readdir: (folder) => [...folders.get(folder) ?? []].map((name) => {
      const s = stat(path.join(folder, name));
      return { name, isFile: s?.isFile ?? false, isDirectory: s?.isDirectory ?? false, isSymbolicLink: false };
    }),
    readFile(file, limit = Number.MAX_SAFE_INTEGER) {
      const content = absolute.get(file);
      if (!content) throw Object.assign(new Error(`ENOENT: ${file}`), { code: "ENOENT" });
      return content.subarray(0, limit);
    },
    realpath(file) {
      const normal = path.resolve(file);
      if (!stat(normal)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: "ENOENT" });
      return normal;
    },
    exists: (file) => stat(path.resolve(file)) !== void 0,
    repositoryRoot: root
  };
}

// src/load/discover.ts
var INVENTORY_FILE = /\.ya?ml$/i;
function defaultInputs(cwd, fs = diskFileSystem) {
  for (const candidate of ["inventory", "inventory.yaml", "inventory.yml"]) {
    if (fs.exists(path2.join(cwd, candidate))) return [candidate];
  }
  throw new UsageError(
    "no inventory given and none found here: pass a file or folder, or create inventory/ or inventory.yaml"
  );
}
function discover(input, cwd, fs = diskFileSystem) {
  const absolute = path2.resolve(cwd, input);
  const stats = fs.stat(absolute);
  if (!stats) throw new NoInventoryError(`${input}: no such file or folder`);
  if (stats.isFile) {
    return { input, repositoryRoot: findRepositoryRoot(path2.dirname(absolute), fs), files: [absolute] };
  }
  if (!stats.isDirectory) throw new UsageError(`${input}: not a file or folder`);
  const root = findRepositoryRoot(absolute, fs);
  const files = [];
  walk(absolute, fs.realpath(root), files, fs);
  files.sort();
  if (files.length === 0) throw new NoInventoryError(`${input}: the folder holds no .yaml or .yml file`);
  return { input, repositoryRoot: root, files };
}
function inventoryFolderOf(file, repositoryRoot, fs = diskFileSystem) {
  let found;
  let folder = path2.dirname(file);
  while (isInside(folder, repositoryRoot)) {
    const holdsInventory = path2.basename(folder) === "inventory" && folder !== repositoryRoot;
    if (holdsInventory) return folder;
    if (holdsOtherInventoryFile(folder, file, fs)) found = folder;
    else if (folder !== path2.dirname(file)) break;
    if (folder === repositoryRoot) break;
    folder = path2.dirname(folder);
  }
  return found;
}
var INVENTORY_KEY = /^(entitlements|licenseServers|allocations|netscalerConsoles|netscalerInstances):/m;
function holdsOtherInventoryFile(folder, except, fs) {
  let entries;
  try {
    entries = fs.readdir(folder);
  } catch {
    return false;
  }
  return entries.some((entry) => {
    const full = path2.join(folder, entry.name);
    if (full === except || entry.name.startsWith(".") || !entry.isFile || !INVENTORY_FILE.test(entry.name)) return false;
    try {
      return INVENTORY_KEY.test(fs.readFile(full, 64 * 1024).toString("utf8"));
    } catch {
      return false;
    }
  });
}
function walk(folder, realRoot, out, fs) {
  let entries;
  try {
    entries = fs.readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path2.join(folder, entry.name);
    if (entry.isDirectory) {
      walk(full, realRoot, out, fs);
    } else if (entry.isFile && INVENTORY_FILE.test(entry.name)) {
      out.push(full);
    } else if (entry.isSymbolicLink && INVENTORY_FILE.test(entry.name) && linksInside(full, realRoot, fs)) {
      out.push(full);
    }
  }
}
function linksInside(file, realRoot, fs) {
  try {
    const target = fs.realpath(file);
    return fs.stat(target)?.isFile === true && isInside(target, realRoot);
  } catch {
    return false;
  }
}
function isInside(candidate, folder) {
  const relative = path2.relative(folder, candidate);
  return relative === "" || !relative.startsWith("..") && !path2.isAbsolute(relative);
}
function findRepositoryRoot(start, fs = diskFileSystem) {
  if (fs.repositoryRoot !== void 0) return isInside(start, fs.repositoryRoot) ? fs.repositoryRoot : start;
  let current = start;
  for (; ; ) {
    if (fs.exists(path2.join(current, ".git"))) return current;
    const parent = path2.dirname(current);
    if (parent === current) return start;
    current = parent;
  }
}

// src/data/license-server-builds.ts
var LICENSE_SERVER_BUILDS = [
  { build: 39e3, released: "2022-05-11", precision: "exact", source: "docs.citrix.com licensing 11-17-2-40000, document history" },
  { build: 4e4, released: "2022-10-19", precision: "exact", source: "docs.citrix.com licensing 11-17-2-40000, document history; CTX477614" },
  { build: 41e3, released: "2023-03-09", precision: "on-or-before", source: "docs.citrix.com legacy-licensing build list (after 40000, before 42000; bounded by 42000)" },
  { build: 42e3, released: "2023-03-09", precision: "on-or-before", source: "a telemetry upload from 42000 shown on 2023-03-09; kraftkennedy.com citrix-update-required" },
  { build: 43e3, released: "2024-03-06", precision: "on-or-before", source: "docs.citrix.com legacy-licensing build list (bounded by 46000)" },
  { build: 44e3, released: "2024-03-06", precision: "on-or-before", source: "docs.citrix.com legacy-licensing build list (bounded by 46000)" },
  { build: 45e3, released: "2024-03-06", precision: "on-or-before", source: "docs.citrix.com legacy-licensing build list (bounded by 46000)" },
  { build: 46e3, released: "2024-03-06", precision: "on-or-before", source: "carlstalhood.com delivery-controller-2203-ltsr-and-licensing (modified 2024-03-06)" },
  { build: 47e3, released: "2024-04-20", precision: "on-or-before", source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (2024-04-20)" },
  { build: 48e3, released: "2024-08-26", precision: "on-or-before", source: "docs.citrix.com legacy-licensing build list (bounded by 49000)" },
  { build: 49e3, released: "2024-08-26", precision: "on-or-before", source: "carlstalhood.com delivery-controller-2402-ltsr-and-licensing (2024-08-26)" },
  { build: 51e3, released: "2024-12-03", precision: "on-or-before", source: "carlstalhood.com 2402 LTSR page (2024-12-03); citrix.com downloads license-server-version-111720-51000-for-windows" },
  { build: 52100, released: "2026-03-16", precision: "on-or-before", source: "docs.citrix.com/en-us/licensing/11-17-2-52100 (bounded by 53100)" },
  { build: 53100, released: "2026-03-16", precision: "on-or-before", source: "docs.citrix.com licensing 11-17-2-52100 LAS page; deyda.net article of 2026-03-16" },
  { build: 54100, released: "2026-08-17", precision: "on-or-before", source: "docs.citrix.com/en-us/licensing/11-17-2-54100 (bounded by 56200)" },
  { build: 56200, released: "2026-08-17", precision: "exact", source: "Citrix licensing RSS feed as relayed by a news digest; docs.citrix.com/en-us/licensing/11-17-2-56200" }
];

// src/data/netscaler.ts
var NETSCALER_THRESHOLDS = {
  autoTelemetryMinimum: { "13.1": "13.1-53.22", "14.1": "14.1-25.53" },
  lasMinimum: "14.1-51.83"
};

// src/data/policy.ts
var POLICY = {
  automaticTelemetryMaxAgeDays: 7,
  manualUploadIntervalDays: 90,
  consoleFirstUploadDays: 30,
  versionGraceMonths: 6,
  minimumBuild: 4e4,
  deadlineHorizonDays: 30,
  fileActivationEndOfLife: "2026-04-15",
  lasOnlineMinimumBuild: 51e3,
  lasOfflineMinimumBuild: 53100
};

// src/domain/settings.ts
function defaultSettings() {
  return { policy: { ...POLICY }, builds: LICENSE_SERVER_BUILDS, netscaler: { ...NETSCALER_THRESHOLDS } };
}

// src/engine/lint.ts
import path4 from "node:path";

// src/model/finding.ts
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// src/schema/formats.ts
var formats = {
  date: isIsoDateOrTimestamp
};
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

// src/schema/inventory-validator.generated.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:citrix-license-lint:inventory:1", "title": "citrix-license-lint inventory, format version 1", "description": "What was bought, what is allocated to which hostname, and what is installed where: the Citrix licensing inventory linted by citrix-license-lint. A folder may hold several such files; their top-level lists are merged.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "Inventory format version. Only 1 exists.", "const": 1 }, "organization": { "description": "The customer organisation, as the licensing portal shows it (optional).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Organisation name.", "type": "string" }, "orgId": { "description": "Citrix organisation id, as a string (quote it in YAML).", "type": "string" } } }, "entitlements": { "description": "What was bought: one entry per purchase line of the licensing portal (Manage Licenses).", "type": "array", "items": { "$ref": "#/definitions/entitlement" } }, "licenseServers": { "description": "Every Citrix License Server that exists or existed, production and non-production alike.", "type": "array", "items": { "$ref": "#/definitions/licenseServer" } }, "allocations": { "description": "Portal allocations of an entitlement to a binding hostname. An allocation makes that hostname an active license server in Citrix's eyes until it is returned.", "type": "array", "items": { "$ref": "#/definitions/allocation" } }, "netscalerConsoles": { "description": "NetScaler Console (formerly ADM) deployments that hold pooled or flexed NetScaler licenses.", "type": "array", "items": { "$ref": "#/definitions/netscalerConsole" } }, "netscalerInstances": { "description": "NetScaler instances (VPX, MPX, SDX, BLX, CPX) and how they are licensed.", "type": "array", "items": { "$ref": "#/definitions/netscalerInstance" } } }, "definitions": { "date": { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" }, "hostname": { "description": "A host name as bound in the licensing portal and the license files (FQDN where that is what was bound).", "type": "string", "pattern": "^[^\\s]+$" }, "product": { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" }, "environment": { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] }, "state": { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] }, "telemetry": { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Absent means never.", "$ref": "#/definitions/date" } } }, "entitlement": { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] }, "feature": { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } }, "licenseFile": { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } }, "licenseServer": { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "allocation": { "description": "A portal allocation of licenses from an entitlement to a hostname.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "$ref": "#/definitions/hostname" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } }, "netscalerConsole": { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "deployedOn": { "description": "Deployment date: manual telemetry owes its first upload within 30 days of it.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } }, "netscalerInstance": { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" } } } } };
var schema12 = { "description": "A purchase: a quantity of one product, by subscription or perpetual.", "type": "object", "additionalProperties": false, "required": ["id", "product", "type", "quantity"], "properties": { "id": { "description": "Your unique name for this entitlement; allocations refer to it.", "type": "string", "minLength": 1 }, "product": { "$ref": "#/definitions/product" }, "type": { "description": "subscription (term ends on `end`) or perpetual (maintenance ends on `cssEnd`).", "enum": ["subscription", "perpetual"] }, "quantity": { "description": "Number of licenses bought.", "type": "integer", "minimum": 1 }, "start": { "description": "First day of the term (optional).", "$ref": "#/definitions/date" }, "end": { "description": "Last day of the subscription term. Required for subscriptions.", "$ref": "#/definitions/date" }, "cssEnd": { "description": "Last day of Customer Success Services / Subscription Advantage. Required for perpetual licenses.", "$ref": "#/definitions/date" }, "offering": { "description": "Commercial offering, free text (for example UL HMC, CPL).", "type": "string" } }, "allOf": [{ "if": { "properties": { "type": { "const": "subscription" } }, "required": ["type"] }, "then": { "required": ["end"] } }, { "if": { "properties": { "type": { "const": "perpetual" } }, "required": ["type"] }, "then": { "required": ["cssEnd"] } }] };
var schema13 = { "description": "License feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD or CNS_V1000_SERVER. The set is open.", "type": "string", "pattern": "^[A-Za-z0-9_]+$" };
var schema14 = { "description": "An ISO date, YYYY-MM-DD (a full timestamp is accepted).", "type": "string", "format": "date" };
var func2 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9_]+$", "u");
var formats0 = formats.date;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("subscription" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.end === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema12.allOf[0].then.required, parentSchema: schema12.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("perpetual" !== data.type) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cssEnd === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "cssEnd" }, message: "must have required property 'cssEnd'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.product === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "product" || key0 === "type" || key0 === "quantity" || key0 === "start" || key0 === "end" || key0 === "cssEnd" || key0 === "offering")) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.id, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err15 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (!(data4 === "subscription" || data4 === "perpetual")) {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data5 = data.quantity;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err18 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.quantity.type, parentSchema: schema12.properties.quantity, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.quantity, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.start !== void 0) {
      let data6 = data.start;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err20 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/start", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data7 = data.end;
      if (typeof data7 === "string") {
        if (!formats0(data7)) {
          const err22 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/end", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cssEnd !== void 0) {
      let data8 = data.cssEnd;
      if (typeof data8 === "string") {
        if (!formats0(data8)) {
          const err24 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/cssEnd", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.offering !== void 0) {
      let data9 = data.offering;
      if (typeof data9 !== "string") {
        const err26 = { instancePath: instancePath + "/offering", schemaPath: "#/properties/offering/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.offering.type, parentSchema: schema12.properties.offering, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "description": "A Citrix License Server.", "type": "object", "additionalProperties": false, "required": ["hostname", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "License Server version as its console shows it: `11.17.2.0 build 53100`, `11.17.2 build 53100` or `11.17.2.0-53100`.", "type": "string" }, "activation": { "description": "las-online, las-offline (License Activation Service) or files (legacy license files, end of life since 2026-04-15).", "enum": ["las-online", "las-offline", "files"] }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files installed on this server.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
var schema18 = { "description": "A host name as bound in the licensing portal and the license files (FQDN where that is what was bound).", "type": "string", "pattern": "^[^\\s]+$" };
var schema19 = { "description": "What the host serves. Every environment must report telemetry, test and pre-production included.", "enum": ["production", "pre-production", "test", "disaster-recovery"] };
var schema20 = { "description": "active, or decommissioned (kept so that its portal allocations are checked until returned).", "enum": ["active", "decommissioned"] };
var pattern1 = new RegExp("^[^\\s]+$", "u");
var schema21 = { "description": "How the host uploads licensing telemetry to Citrix, and when it last succeeded.", "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "description": "automatic (uploads every 24 hours over TCP 443), manual (air-gapped: upload at least every 90 days), or disabled (non-compliant).", "enum": ["automatic", "manual", "disabled"] }, "lastReported": { "description": "Date of the last successful upload (CTX_UPLOADER_SUCCESS in log_ctxuploader.log). Absent means never.", "$ref": "#/definitions/date" } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mode === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mode" || key0 === "lastReported")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data0 = data.mode;
      if (!(data0 === "automatic" || data0 === "manual" || data0 === "disabled")) {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema21.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.mode.enum, parentSchema: schema21.properties.mode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lastReported !== void 0) {
      let data1 = data.lastReported;
      if (typeof data1 === "string") {
        if (!formats0(data1)) {
          const err3 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/lastReported", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema23 = { "description": "A license file installed on the host: committed with the inventory (`path`) or declared inline (`name` and `features`).", "type": "object", "additionalProperties": false, "x-any-of-message": "a license file needs `path` (a .lic file committed next to the inventory) or `name` and `features` (declared inline)", "anyOf": [{ "required": ["path"] }, { "required": ["name", "features"] }], "properties": { "path": { "description": "Path of the FlexNet .lic file, relative to this YAML file and inside the repository. The file is parsed.", "type": "string", "minLength": 1 }, "name": { "description": "File name of a license file declared inline.", "type": "string", "minLength": 1 }, "kind": { "description": "NetScaler Console license files only: instances, bandwidth or platform.", "enum": ["instances", "bandwidth", "platform"] }, "hostname": { "$ref": "#/definitions/hostname" }, "features": { "description": "INCREMENT/FEATURE lines of the file. With `path`, they are checked against the parsed file.", "type": "array", "items": { "$ref": "#/definitions/feature" } } } };
var schema25 = { "description": "One INCREMENT/FEATURE line of a license file, declared inline.", "type": "object", "additionalProperties": false, "required": ["product", "count", "expires"], "properties": { "product": { "$ref": "#/definitions/product" }, "count": { "description": "Number of licenses in the line, or `uncounted`.", "x-any-of-message": "must be a whole number or `uncounted`", "anyOf": [{ "type": "integer", "minimum": 0 }, { "const": "uncounted" }] }, "expires": { "description": "`permanent` for a perpetual license, or the expiry date of a term, evaluation or NFR license.", "x-any-of-message": "must be `permanent` or a real date written YYYY-MM-DD", "anyOf": [{ "const": "permanent" }, { "$ref": "#/definitions/date" }] }, "cssDate": { "description": "The INCREMENT version field: the Subscription Advantage / CSS date up to which product releases are licensed.", "$ref": "#/definitions/date" }, "licenseType": { "description": "LT= of VENDOR_STRING: Retail, RetailS, Eval, NFR, SYS, DE, TP.", "type": "string" }, "serial": { "description": "SN= of the line, for example LA-0001234567-12345:67890.", "type": "string" } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "product" || key0 === "count" || key0 === "expires" || key0 === "cssDate" || key0 === "licenseType" || key0 === "serial")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"', schema: "^[A-Za-z0-9_]+$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data1 = data.count;
      const _errs6 = errors;
      let valid2 = false;
      const _errs7 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.count.anyOf[0].type, parentSchema: schema25.properties.count.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.count.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs9 = errors;
        if ("uncounted" !== data1) {
          const err8 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf/1/const", keyword: "const", params: { allowedValue: "uncounted" }, message: "must be equal to constant", schema: "uncounted", parentSchema: schema25.properties.count.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.count.anyOf, parentSchema: schema25.properties.count, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      const _errs11 = errors;
      let valid3 = false;
      const _errs12 = errors;
      if ("permanent" !== data2) {
        const err10 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf/0/const", keyword: "const", params: { allowedValue: "permanent" }, message: "must be equal to constant", schema: "permanent", parentSchema: schema25.properties.expires.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs13 = errors;
        if (typeof data2 === "string") {
          if (!formats0(data2)) {
            const err11 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.expires.anyOf, parentSchema: schema25.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cssDate !== void 0) {
      let data3 = data.cssDate;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err14 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/cssDate", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.licenseType !== void 0) {
      let data4 = data.licenseType;
      if (typeof data4 !== "string") {
        const err16 = { instancePath: instancePath + "/licenseType", schemaPath: "#/properties/licenseType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.licenseType.type, parentSchema: schema25.properties.licenseType, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.serial !== void 0) {
      let data5 = data.serial;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/serial", schemaPath: "#/properties/serial/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.serial.type, parentSchema: schema25.properties.serial, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema23.anyOf[0].required, parentSchema: schema23.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema23.anyOf[1].required, parentSchema: schema23.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.features === void 0) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema23.anyOf[1].required, parentSchema: schema23.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema23.anyOf, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "name" || key0 === "kind" || key0 === "hostname" || key0 === "features")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.path, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.path.type, parentSchema: schema23.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.name.type, parentSchema: schema23.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "instances" || data2 === "bandwidth" || data2 === "platform")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema23.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.kind.enum, parentSchema: schema23.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data3 = data.hostname;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err10 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"', schema: "^[^\\s]+$", parentSchema: schema18, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data4 = data.features;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate17(data4[i0], { instancePath: instancePath + "/features/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate17.errors;
            } else {
              for (const e of validate17.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.features.type, parentSchema: schema23.properties.features, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hostname" || key0 === "environment" || key0 === "state" || key0 === "version" || key0 === "activation" || key0 === "telemetry" || key0 === "licenseFiles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err4 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"', schema: "^[^\\s]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data1 = data.environment;
      if (!(data1 === "production" || data1 === "pre-production" || data1 === "test" || data1 === "disaster-recovery")) {
        const err6 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data2 = data.state;
      if (!(data2 === "active" || data2 === "decommissioned")) {
        const err7 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.version.type, parentSchema: schema17.properties.version, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data4 = data.activation;
      if (!(data4 === "las-online" || data4 === "las-offline" || data4 === "files")) {
        const err9 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema17.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.activation.enum, parentSchema: schema17.properties.activation, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate14(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data6 = data.licenseFiles;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate16(data6[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate16.errors;
            } else {
              for (const e of validate16.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.licenseFiles.type, parentSchema: schema17.properties.licenseFiles, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema29 = { "description": "A portal allocation of licenses from an entitlement to a hostname.", "type": "object", "additionalProperties": false, "required": ["entitlement", "hostname", "quantity"], "properties": { "entitlement": { "description": "The `id` of the entitlement the licenses come from.", "type": "string", "minLength": 1 }, "hostname": { "$ref": "#/definitions/hostname" }, "quantity": { "description": "Number of licenses allocated.", "type": "integer", "minimum": 1 }, "allocatedOn": { "description": "Date of the allocation (optional).", "$ref": "#/definitions/date" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.entitlement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entitlement" }, message: "must have required property 'entitlement'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.hostname === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.quantity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "entitlement" || key0 === "hostname" || key0 === "quantity" || key0 === "allocatedOn")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.entitlement !== void 0) {
      let data0 = data.entitlement;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.entitlement, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/entitlement", schemaPath: "#/properties/entitlement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.entitlement.type, parentSchema: schema29.properties.entitlement, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data1 = data.hostname;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"', schema: "^[^\\s]+$", parentSchema: schema18, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data2 = data.quantity;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.quantity.type, parentSchema: schema29.properties.quantity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.properties.quantity, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.allocatedOn !== void 0) {
      let data3 = data.allocatedOn;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err10 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/allocatedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema32 = { "description": "A NetScaler Console deployment.", "type": "object", "additionalProperties": false, "required": ["hostname", "deployment", "environment", "state"], "properties": { "hostname": { "$ref": "#/definitions/hostname" }, "deployment": { "description": "on-premises, or service (NetScaler Console Service, which reports by itself).", "enum": ["on-premises", "service"] }, "environment": { "$ref": "#/definitions/environment" }, "state": { "$ref": "#/definitions/state" }, "version": { "description": "Console version, RELEASE-BUILD, for example 14.1-25.53 (on-premises only). Quote it if YAML would read a number.", "type": "string" }, "activation": { "description": "las (License Activation Service) or files.", "enum": ["las", "files"] }, "deployedOn": { "description": "Deployment date: manual telemetry owes its first upload within 30 days of it.", "$ref": "#/definitions/date" }, "telemetry": { "$ref": "#/definitions/telemetry" }, "licenseFiles": { "description": "License files uploaded to this console.", "type": "array", "items": { "$ref": "#/definitions/licenseFile" } } } };
var func6 = Object.prototype.hasOwnProperty;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hostname === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deployment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployment" }, message: "must have required property 'deployment'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema32.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data0 = data.hostname;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"', schema: "^[^\\s]+$", parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/hostname", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data1 = data.deployment;
      if (!(data1 === "on-premises" || data1 === "service")) {
        const err7 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/enum", keyword: "enum", params: { allowedValues: schema32.properties.deployment.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.deployment.enum, parentSchema: schema32.properties.deployment, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (!(data2 === "production" || data2 === "pre-production" || data2 === "test" || data2 === "disaster-recovery")) {
        const err8 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environment/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (!(data3 === "active" || data3 === "decommissioned")) {
        const err9 = { instancePath: instancePath + "/state", schemaPath: "#/definitions/state/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values", schema: schema20.enum, parentSchema: schema20, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.version.type, parentSchema: schema32.properties.version, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.activation !== void 0) {
      let data5 = data.activation;
      if (!(data5 === "las" || data5 === "files")) {
        const err11 = { instancePath: instancePath + "/activation", schemaPath: "#/properties/activation/enum", keyword: "enum", params: { allowedValues: schema32.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.activation.enum, parentSchema: schema32.properties.activation, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.deployedOn !== void 0) {
      let data6 = data.deployedOn;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err12 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema14, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/deployedOn", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      if (!validate14(data.telemetry, { instancePath: instancePath + "/telemetry", parentData: data, parentDataProperty: "telemetry", rootData })) {
        if (vErrors === null) {
          vErrors = validate14.errors;
        } else {
          for (const e of validate14.errors) vErrors.push(e);
        }
        errors = vErrors.length;
      }
    }
    if (data.licenseFiles !== void 0) {
      let data8 = data.licenseFiles;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate16(data8[i0], { instancePath: instancePath + "/licenseFiles/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate16.errors;
            } else {
              for (const e of validate16.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/licenseFiles", schemaPath: "#/properties/licenseFiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.licenseFiles.type, parentSchema: schema32.properties.licenseFiles, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema37 = { "description": "A NetScaler instance.", "type": "object", "additionalProperties": false, "required": ["name", "platform", "licensing"], "properties": { "name": { "description": "Instance name.", "type": "string", "minLength": 1 }, "platform": { "description": "VPX, MPX, SDX, BLX or CPX.", "enum": ["VPX", "MPX", "SDX", "BLX", "CPX"] }, "licensing": { "description": "flexed or pooled (assigned only through a NetScaler Console), or standalone.", "enum": ["flexed", "pooled", "standalone"] }, "console": { "description": "Hostname of the NetScaler Console that licenses this instance; required for flexed and pooled.", "$ref": "#/definitions/hostname" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.licensing === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "licensing" }, message: "must have required property 'licensing'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "platform" || key0 === "licensing" || key0 === "console")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.name.type, parentSchema: schema37.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data1 = data.platform;
      if (!(data1 === "VPX" || data1 === "MPX" || data1 === "SDX" || data1 === "BLX" || data1 === "CPX")) {
        const err6 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/enum", keyword: "enum", params: { allowedValues: schema37.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.platform.enum, parentSchema: schema37.properties.platform, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.licensing !== void 0) {
      let data2 = data.licensing;
      if (!(data2 === "flexed" || data2 === "pooled" || data2 === "standalone")) {
        const err7 = { instancePath: instancePath + "/licensing", schemaPath: "#/properties/licensing/enum", keyword: "enum", params: { allowedValues: schema37.properties.licensing.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.licensing.enum, parentSchema: schema37.properties.licensing, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.console !== void 0) {
      let data3 = data.console;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err8 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"', schema: "^[^\\s]+$", parentSchema: schema18, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/console", schemaPath: "#/definitions/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "organization" || key0 === "entitlements" || key0 === "licenseServers" || key0 === "allocations" || key0 === "netscalerConsoles" || key0 === "netscalerInstances")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data1 = data.organization;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "orgId")) {
            const err3 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.organization, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/organization/name", schemaPath: "#/properties/organization/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.name.type, parentSchema: schema11.properties.organization.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.orgId !== void 0) {
          let data3 = data1.orgId;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/organization/orgId", schemaPath: "#/properties/organization/properties/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.organization.properties.orgId.type, parentSchema: schema11.properties.organization.properties.orgId, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.organization.type, parentSchema: schema11.properties.organization, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.entitlements !== void 0) {
      let data4 = data.entitlements;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data4[i0], { instancePath: instancePath + "/entitlements/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            if (vErrors === null) {
              vErrors = validate11.errors;
            } else {
              for (const e of validate11.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/entitlements", schemaPath: "#/properties/entitlements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.entitlements.type, parentSchema: schema11.properties.entitlements, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.licenseServers !== void 0) {
      let data6 = data.licenseServers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data6[i1], { instancePath: instancePath + "/licenseServers/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            if (vErrors === null) {
              vErrors = validate13.errors;
            } else {
              for (const e of validate13.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/licenseServers", schemaPath: "#/properties/licenseServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.licenseServers.type, parentSchema: schema11.properties.licenseServers, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allocations !== void 0) {
      let data8 = data.allocations;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate21(data8[i2], { instancePath: instancePath + "/allocations/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            if (vErrors === null) {
              vErrors = validate21.errors;
            } else {
              for (const e of validate21.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/allocations", schemaPath: "#/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allocations.type, parentSchema: schema11.properties.allocations, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.netscalerConsoles !== void 0) {
      let data10 = data.netscalerConsoles;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate23(data10[i3], { instancePath: instancePath + "/netscalerConsoles/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            if (vErrors === null) {
              vErrors = validate23.errors;
            } else {
              for (const e of validate23.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/netscalerConsoles", schemaPath: "#/properties/netscalerConsoles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerConsoles.type, parentSchema: schema11.properties.netscalerConsoles, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.netscalerInstances !== void 0) {
      let data12 = data.netscalerInstances;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate27(data12[i4], { instancePath: instancePath + "/netscalerInstances/" + i4, parentData: data12, parentDataProperty: i4, rootData })) {
            if (vErrors === null) {
              vErrors = validate27.errors;
            } else {
              for (const e of validate27.errors) vErrors.push(e);
            }
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/netscalerInstances", schemaPath: "#/properties/netscalerInstances/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.netscalerInstances.type, parentSchema: schema11.properties.netscalerInstances, data: data12 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/schema/inventory-validator.ts
function inventoryValidator() {
  return validate;
}

// src/schema/describe-errors.ts
var SINGULAR = {
  entitlements: "entitlement",
  licenseServers: "license server",
  allocations: "allocation",
  netscalerConsoles: "NetScaler Console",
  netscalerInstances: "NetScaler instance",
  licenseFiles: "license file",
  features: "feature"
};
var IDENTITY_KEYS = ["id", "hostname", "name", "path", "product"];
function describeSchemaErrors(errors, data) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.schemaPath.includes("/anyOf/") && anyOfPaths.has(error.instancePath)) continue;
    const problem = describe(error, data);
    const id = `${problem.path.join("/")}|${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return mergeTypos(problems);
}
function mergeTypos(problems) {
  const typoOf = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    if (problem.suggestion === void 0) continue;
    typoOf.set(`${problem.path.slice(0, -1).join("/")}|${problem.suggestion}`, problem);
  }
  const out = [];
  for (const problem of problems) {
    if (problem.missing !== void 0) {
      const typo = typoOf.get(`${problem.path.join("/")}|${problem.missing}`);
      if (typo) {
        typo.message = `${typo.message} (\`${problem.missing}\` is required)`;
        continue;
      }
    }
    out.push(problem);
  }
  return out.map(({ suggestion: _s, missing: _m, ...problem }) => problem);
}
function describe(error, data) {
  const path7 = pointerToPath(error.instancePath, data);
  const onMapping = error.keyword === "additionalProperties" || error.keyword === "required";
  const where = describePlace(onMapping || typeof path7[path7.length - 1] !== "string" ? path7 : path7.slice(0, -1), data);
  const keyName = typeof path7[path7.length - 1] === "string" ? `\`${String(path7[path7.length - 1])}\`` : "this entry";
  const value = valueAt(data, path7);
  const params = error.params;
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      const suggestion = didYouMean(key, allowed);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `the keys allowed here are ${allowed.map((k) => `\`${k}\``).join(", ")}`;
      return { path: [...path7, key], onKey: true, message: `unknown key \`${key}\` in ${where}: ${hint}`, ...suggestion ? { suggestion } : {} };
    }
    case "required": {
      const missing = String(params.missingProperty);
      return { path: path7, onKey: false, message: `${capitalise(where)} is missing the key \`${missing}\`${requiredReason(missing, value)}`, missing };
    }
    case "type": {
      const expected = String(params.type);
      const words = expected === "integer" ? "a whole number" : expected === "object" ? "a mapping (key: value lines)" : expected === "array" ? 'a list (lines starting with "- ")' : `a ${expected}`;
      const quoteHint = expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (put it in quotes)" : unquoteHint(expected, value);
      return { path: path7, onKey: false, message: `${keyName} in ${where} must be ${words}, not ${show(value)}${quoteHint}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `: did you mean \`${suggestion}\`?` : "";
      return { path: path7, onKey: false, message: `${keyName} in ${where} must be one of ${allowed.map((a) => `\`${a}\``).join(", ")}, not ${show(value)}${hint}` };
    }
    case "const":
      return { path: path7, onKey: false, message: `${keyName} in ${where} must be ${show(params.allowedValue)}, not ${show(value)}` };
    case "minimum":
      return { path: path7, onKey: false, message: `${keyName} in ${where} must be at least ${String(params.limit)}, not ${show(value)}` };
    case "minLength":
      return { path: path7, onKey: false, message: `${keyName} in ${where} must not be empty` };
    case "format":
      return { path: path7, onKey: false, message: `${keyName} in ${where} must be a real date written YYYY-MM-DD, not ${show(value)}` };
    case "pattern":
      return { path: path7, onKey: false, message: `${keyName} in ${where} ${patternWords(path7)}, not ${show(value)}` };
    case "anyOf": {
      const sentence = typeof parentSchema["x-any-of-message"] === "string" ? parentSchema["x-any-of-message"] : "does not match any of the allowed forms";
      const message = keyName === "this entry" ? `${capitalise(where)}: ${sentence}` : `${keyName} in ${where} ${sentence}, not ${show(value)}${unquoteHint("integer", value)}`;
      return { path: path7, onKey: false, message };
    }
    default:
      return { path: path7, onKey: false, message: `${keyName} in ${where} ${error.message ?? "is invalid"}` };
  }
}
function unquoteHint(expected, value) {
  return (expected === "integer" || expected === "number") && typeof value === "string" && /^[0-9]+$/.test(value.trim()) ? ": remove the quotes" : "";
}
function requiredReason(missing, value) {
  const type = value && typeof value === "object" ? value.type : void 0;
  if (missing === "end" && type === "subscription") return ": a subscription needs the last day of its term, `end: YYYY-MM-DD`";
  if (missing === "cssEnd" && type === "perpetual") return ": a perpetual entitlement needs its maintenance (CSS) end date, `cssEnd: YYYY-MM-DD`";
  if (missing === "version") return ": add `version: 1` at the top of the file";
  return ": add it";
}
function patternWords(path7) {
  const key = path7[path7.length - 1];
  if (key === "product") return "must be a license feature code of letters, digits and underscores (for example XDT_PLT_UD)";
  return "must be a host name without spaces";
}
function describePlace(path7, data) {
  let description = "the top level";
  let current = data;
  for (let i = 0; i < path7.length; i++) {
    const segment = path7[i];
    current = current !== null && typeof current === "object" ? current[segment] : void 0;
    const list2 = path7[i - 1];
    if (typeof segment === "number" && typeof list2 === "string") {
      const name = identityOf(current, list2);
      const noun = SINGULAR[list2] ?? list2;
      const entity = list2 === "allocations" ? allocationWords(current, segment) : name ? `${noun} \`${name}\`` : `${noun} #${segment + 1}`;
      description = description === "the top level" || i === 1 ? entity : `${entity} of ${description}`;
    } else if (typeof segment === "string" && i === path7.length - 1 && !(segment in SINGULAR)) {
      description = description === "the top level" ? `\`${segment}\`` : `${segment} of ${description}`;
    }
  }
  return description;
}
function allocationWords(value, index) {
  const fields = value && typeof value === "object" ? value : {};
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? `\`${fields[key]}\`` : void 0;
  const parts = [
    typeof fields.quantity === "number" && Number.isInteger(fields.quantity) ? `of ${fields.quantity.toLocaleString("en-US")}` : void 0,
    text("entitlement") ? `from ${text("entitlement")}` : void 0,
    text("hostname") ? `to ${text("hostname")}` : void 0
  ].filter(Boolean);
  return parts.length > 0 && (text("entitlement") || text("hostname")) ? `allocation ${parts.join(" ")}` : `allocation #${index + 1}`;
}
function identityOf(value, list2) {
  if (!value || typeof value !== "object") return void 0;
  const fields = value;
  const text = (key) => typeof fields[key] === "string" && fields[key] !== "" ? fields[key] : void 0;
  if (list2 === "licenseFiles") return text("path")?.split(/[\\/]/).pop() ?? text("name");
  for (const key of IDENTITY_KEYS) {
    const candidate = value[key];
    if (typeof candidate === "string" && candidate.length > 0 && candidate.length < 80) return candidate;
  }
  return void 0;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path7 = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path7.push(step);
    current = current !== null && typeof current === "object" ? current[step] : void 0;
  }
  return path7;
}
function valueAt(data, path7) {
  let current = data;
  for (const segment of path7) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function show(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/model/inventory.ts
var ENUMS = {
  environment: ["production", "pre-production", "test", "disaster-recovery"],
  state: ["active", "decommissioned"],
  serverActivation: ["las-online", "las-offline", "files"],
  deployment: ["on-premises", "service"],
  consoleActivation: ["las", "files"],
  licensing: ["flexed", "pooled", "standalone"],
  entitlementType: ["subscription", "perpetual"],
  telemetryMode: ["automatic", "manual", "disabled"],
  fileKind: ["instances", "bandwidth", "platform"]
};

// src/load/read-fields.ts
function asMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function readString(map, key) {
  const value = map[key];
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function readCount(map, key) {
  const value = map[key];
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function readDate(map, key) {
  const value = map[key];
  return typeof value === "string" ? toIsoDate(value) : void 0;
}
function readEnum(map, key, allowed) {
  const value = map[key];
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}

// src/load/build-model.ts
var {
  environment: ENVIRONMENTS,
  state: STATES,
  serverActivation: SERVER_ACTIVATIONS,
  deployment: DEPLOYMENTS,
  consoleActivation: CONSOLE_ACTIVATIONS,
  licensing: LICENSING,
  entitlementType: ENTITLEMENT_TYPES,
  telemetryMode: TELEMETRY_MODES,
  fileKind: FILE_KINDS
} = ENUMS;
function emptyInventory() {
  return { files: [], entitlements: [], licenseServers: [], allocations: [], netscalerConsoles: [], netscalerInstances: [] };
}
function addToModel(inventory, input, resolve, report) {
  const top = asMapping(input.data);
  if (!top) return;
  const at = (list2, index) => ({ file: input.file, path: [list2, index] });
  asList(top.entitlements).forEach((item, i) => {
    const map = asMapping(item);
    const id = map && readString(map, "id");
    if (!map || !id) return;
    inventory.entitlements.push(entitlement(map, id, at("entitlements", i)));
  });
  asList(top.licenseServers).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("licenseServers", i);
    const server = {
      at: ref,
      hostname,
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", SERVER_ACTIVATIONS),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report)
    };
    inventory.licenseServers.push(server);
  });
  asList(top.allocations).forEach((item, i) => {
    const map = asMapping(item);
    if (!map) return;
    const allocation = {
      at: at("allocations", i),
      entitlement: readString(map, "entitlement"),
      hostname: readString(map, "hostname"),
      quantity: readCount(map, "quantity"),
      allocatedOn: readDate(map, "allocatedOn")
    };
    inventory.allocations.push(allocation);
  });
  asList(top.netscalerConsoles).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, "hostname");
    if (!map || !hostname) return;
    const ref = at("netscalerConsoles", i);
    const console2 = {
      at: ref,
      hostname,
      deployment: readEnum(map, "deployment", DEPLOYMENTS),
      environment: readEnum(map, "environment", ENVIRONMENTS),
      state: readEnum(map, "state", STATES),
      version: readString(map, "version"),
      activation: readEnum(map, "activation", CONSOLE_ACTIVATIONS),
      deployedOn: readDate(map, "deployedOn"),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report)
    };
    inventory.netscalerConsoles.push(console2);
  });
  asList(top.netscalerInstances).forEach((item, i) => {
    const map = asMapping(item);
    const name = map && readString(map, "name");
    if (!map || !name) return;
    const instance = {
      at: at("netscalerInstances", i),
      name,
      platform: readString(map, "platform"),
      licensing: readEnum(map, "licensing", LICENSING),
      console: readString(map, "console")
    };
    inventory.netscalerInstances.push(instance);
  });
}
function entitlement(map, id, at) {
  return {
    at,
    id,
    product: readString(map, "product"),
    type: readEnum(map, "type", ENTITLEMENT_TYPES),
    quantity: readCount(map, "quantity"),
    start: readDate(map, "start"),
    end: readDate(map, "end"),
    cssEnd: readDate(map, "cssEnd"),
    offering: readString(map, "offering")
  };
}
function telemetry(map) {
  const block = asMapping(map.telemetry);
  if (!block) return void 0;
  return { mode: readEnum(block, "mode", TELEMETRY_MODES), lastReported: readDate(block, "lastReported") };
}
function licenseFiles(map, owner, yamlFile, resolve, report) {
  const files = [];
  asList(map.licenseFiles).forEach((item, i) => {
    const entry = asMapping(item);
    if (!entry) return;
    const at = child(owner, "licenseFiles", i);
    const kind = readEnum(entry, "kind", FILE_KINDS);
    const path7 = readString(entry, "path");
    const inline = inlineFeatures(entry, at);
    const inlineHostname = readString(entry, "hostname");
    const base = { at, kind, path: path7 };
    if (path7) {
      const parsed = resolve({ yamlFile, path: path7, at: child(at, "path") }, report);
      const name2 = path7.split(/[\\/]/).pop() ?? path7;
      if (!parsed) return;
      files.push({
        ...base,
        name: name2,
        hostname: parsed.hostname ?? inlineHostname,
        hostnameAt: parsed.hostname ? parsed.hostnameAt : child(at, "hostname"),
        features: parsed.features,
        isStartup: isStartupLicense(name2, parsed.features),
        declared: entry.features === void 0 ? void 0 : inline
      });
      return;
    }
    const name = readString(entry, "name") ?? `license file #${i + 1}`;
    files.push({
      ...base,
      name,
      hostname: inlineHostname,
      hostnameAt: child(at, "hostname"),
      features: inline,
      isStartup: isStartupLicense(name, inline)
    });
  });
  return files;
}
function inlineFeatures(entry, fileAt) {
  const features = [];
  asList(entry.features).forEach((item, j) => {
    const map = asMapping(item);
    const product = map && readString(map, "product");
    if (!map || !product) return;
    const count = map.count === "uncounted" ? "uncounted" : readCount(map, "count");
    const expires = map.expires === "permanent" ? "permanent" : readDate(map, "expires");
    features.push({
      at: child(fileAt, "features", j),
      product,
      count,
      expires,
      cssDate: readDate(map, "cssDate"),
      licenseType: readString(map, "licenseType"),
      serial: readString(map, "serial")
    });
  });
  return features;
}

// src/load/license-file-resolver.ts
import path3 from "node:path";

// src/licfile/tokenize.ts
function logicalLines(text) {
  const physical = text.split(/\r\n|\r|\n/);
  const result = [];
  let current;
  let token;
  let inQuote = false;
  const endToken = () => {
    if (token && current) current.tokens.push(token);
    token = void 0;
  };
  for (let index = 0; index < physical.length; index++) {
    const lineNumber = index + 1;
    let raw = physical[index];
    if (!current) {
      const trimmed = raw.trimStart();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      current = { line: lineNumber, firstLineEnd: raw.trimEnd().length + 1, tokens: [], unterminatedQuote: false };
    }
    const continues = /\\\s*$/.test(raw);
    if (continues) raw = raw.replace(/\\\s*$/, "");
    for (let col = 0; col < raw.length; col++) {
      const char = raw[col];
      if (char === '"') {
        inQuote = !inQuote;
        token ??= { text: "", line: lineNumber, column: col + 1 };
        continue;
      }
      if (!inQuote && (char === " " || char === "	")) {
        endToken();
        continue;
      }
      token ??= { text: "", line: lineNumber, column: col + 1 };
      token.text += char;
    }
    if (continues || inQuote) {
      if (!inQuote) endToken();
      continue;
    }
    endToken();
    result.push(current);
    current = void 0;
  }
  if (current) {
    endToken();
    current.unterminatedQuote = inQuote;
    result.push(current);
  }
  return result;
}

// src/licfile/parse.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var KNOWN = /* @__PURE__ */ new Set(["SERVER", "VENDOR", "DAEMON", "USE_SERVER", "INCREMENT", "FEATURE"]);
function parseLicenseText(text) {
  const parsed = { vendors: [], useServer: false, increments: [], otherKeywords: [], problems: [] };
  const problem = (line, column, endColumn, message) => parsed.problems.push({ line, column, endLine: line, endColumn: Math.max(endColumn, column + 1), message });
  if (text.trim() === "") {
    problem(1, 1, 1, "the license file is empty: download it again from the licensing portal");
    return parsed;
  }
  const lines = logicalLines(text);
  const recognised = lines.filter((l) => KNOWN.has(l.tokens[0]?.text.toUpperCase() ?? "")).length;
  if (recognised === 0) {
    const first = lines[0];
    problem(first?.line ?? 1, 1, first?.firstLineEnd ?? 1, "this is not a FlexNet license file: it has no SERVER, VENDOR, INCREMENT or FEATURE line; check that the path names the .lic file");
    return parsed;
  }
  for (const logical of lines) {
    const head = logical.tokens[0];
    const keyword = head.text.toUpperCase();
    if (logical.unterminatedQuote) {
      problem(logical.line, 1, logical.firstLineEnd, `the ${keyword} entry starting here opens a quote that is never closed: the file is truncated; download it again`);
      continue;
    }
    switch (keyword) {
      case "SERVER":
        readServer(logical, parsed, problem);
        break;
      case "VENDOR":
      case "DAEMON":
        if (logical.tokens[1]) parsed.vendors.push(logical.tokens[1].text);
        else problem(logical.line, head.column, logical.firstLineEnd, `${keyword} needs the vendor daemon name (CITRIX)`);
        break;
      case "USE_SERVER":
        parsed.useServer = true;
        break;
      case "INCREMENT":
      case "FEATURE": {
        const increment = readIncrement(keyword, logical, problem);
        if (increment) parsed.increments.push(increment);
        break;
      }
      default:
        parsed.otherKeywords.push({ keyword: head.text, line: logical.line });
    }
  }
  return parsed;
}
function readServer(logical, parsed, problem) {
  const [, host2, hostid] = logical.tokens;
  if (!host2) {
    problem(logical.line, 1, logical.firstLineEnd, "SERVER needs a host name and a host id (for example SERVER this_host HOSTNAME=ctxls01.corp.example)");
    return;
  }
  const bound = hostid && /^HOSTNAME=/i.test(hostid.text) ? hostid.text.slice("HOSTNAME=".length) : void 0;
  parsed.server = {
    host: host2.text,
    hostname: bound,
    hostid: hostid && !bound ? hostid.text : void 0,
    line: hostid?.line ?? logical.line,
    column: hostid?.column ?? host2.column,
    endColumn: (hostid?.column ?? host2.column) + (hostid?.text.length ?? host2.text.length)
  };
}
function readIncrement(keyword, logical, problem) {
  const positional = [];
  const pairs = /* @__PURE__ */ new Map();
  for (const token of logical.tokens.slice(1)) {
    const eq = token.text.indexOf("=");
    if (eq > 0 && positional.length >= 5) pairs.set(token.text.slice(0, eq).toUpperCase(), token.text.slice(eq + 1));
    else if (eq > 0) break;
    else positional.push(token);
  }
  const [name, vendor, version2, expiry, count] = positional;
  if (!name || !vendor || !version2 || !expiry || !count) {
    problem(logical.line, 1, logical.firstLineEnd, `${keyword} needs five fields before its KEY=value pairs: feature, vendor, version, expiry and count; this one has ${positional.length}`);
    return void 0;
  }
  const at = (token) => ({ line: token.line, column: token.column, end: token.column + token.text.length });
  const cssDate = parseVersionDate(version2.text);
  if (version2.text !== "" && cssDate === void 0 && !/^\d+(\.\d+)?$/.test(version2.text)) {
    const p = at(version2);
    problem(p.line, p.column, p.end, `the version field of ${name.text} must be a date written YYYY.MMDD (the CSS date), not "${clip(version2.text)}"`);
  }
  const expires = parseExpiry(expiry.text);
  if (expires === void 0) {
    const p = at(expiry);
    problem(p.line, p.column, p.end, `the expiry field of ${name.text} must be \`permanent\` or a date like 31-dec-2027, not "${clip(expiry.text)}"`);
    return void 0;
  }
  const counted = parseCount(count.text);
  if (counted === void 0) {
    const p = at(count);
    problem(p.line, p.column, p.end, `the count field of ${name.text} must be a whole number or \`uncounted\`, not "${clip(count.text)}"`);
    return void 0;
  }
  const vendorFields = {};
  for (const field of (pairs.get("VENDOR_STRING") ?? "").split(";")) {
    const eq = field.indexOf("=");
    if (eq > 0) vendorFields[field.slice(0, eq).trim().toUpperCase()] = field.slice(eq + 1).trim();
  }
  return {
    keyword,
    line: logical.line,
    column: logical.tokens[0].column,
    endColumn: logical.firstLineEnd,
    product: name.text,
    vendor: vendor.text,
    cssDate,
    expires,
    count: counted,
    licenseType: vendorFields.LT,
    serial: pairs.get("SN"),
    issued: parseDayMonthYear(pairs.get("ISSUED") ?? ""),
    start: parseDayMonthYear(pairs.get("START") ?? ""),
    vendorFields
  };
}
function parseVersionDate(text) {
  const m = /^(\d{4})\.(\d{2})(\d{2})$/.exec(text);
  if (!m) return void 0;
  const date2 = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(date2) ? date2 : void 0;
}
function parseExpiry(text) {
  const lower = text.toLowerCase();
  if (lower === "permanent" || lower === "0" || /^\d{1,2}-[a-z]{3}-0+$/.test(lower)) return "permanent";
  return parseDayMonthYear(text);
}
function parseDayMonthYear(text) {
  const m = /^(\d{1,2})-([a-z]{3})-(\d{4})$/i.exec(text);
  if (!m) return void 0;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return void 0;
  const date2 = `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isIsoDate(date2) ? date2 : void 0;
}
function parseCount(text) {
  if (text.toLowerCase() === "uncounted") return "uncounted";
  if (!/^\d+$/.test(text)) return void 0;
  const count = Number(text);
  return count === 0 ? "uncounted" : count;
}
function clip(text) {
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}

// src/licfile/read-license-file.ts
function readLicenseFile(file, maxBytes = 4 * 1024 * 1024, fs = diskFileSystem) {
  const stats = fs.stat(file);
  if (!stats) return { file, parsed: void 0, problem: "does not exist or cannot be read: check the path and its permissions" };
  if (!stats.isFile) return { file, parsed: void 0, problem: "is not a regular file: name the .lic file itself" };
  if (stats.size > maxBytes) {
    return { file, parsed: syntaxOnly(`the file is ${Math.round(stats.size / 1024)} KB, over the ${+(maxBytes / (1024 * 1024)).toFixed(2)} MB limit: a license file is a few KB; check that the path names the .lic file (or raise limits.licenseFileMB)`) };
  }
  let buffer;
  try {
    buffer = fs.readFile(file, stats.size);
  } catch {
    return { file, parsed: void 0, problem: "cannot be read: check its permissions" };
  }
  if (buffer.includes(0)) return { file, parsed: syntaxOnly("this is a binary file, not a FlexNet license file: check that the path names the .lic file") };
  return { file, parsed: parseLicenseText(buffer.toString("utf8")) };
}
function syntaxOnly(message) {
  return { vendors: [], useServer: false, increments: [], otherKeywords: [], problems: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message }] };
}

// src/load/license-file-resolver.ts
function createLicenseFileResolver(repositoryRootOf, maxBytes, fs = diskFileSystem) {
  const cache = /* @__PURE__ */ new Map();
  return ({ yamlFile, path: written, at }, report) => {
    const refuse = (message) => {
      report({ ruleId: "inventory/reference", message, where: at, entity: `${written}` });
      return void 0;
    };
    if (written.includes("\0")) return refuse("the license file path contains a NUL byte: write the plain relative path of the .lic file");
    if (path3.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written)) {
      return refuse(`the license file path "${written}" is absolute: write it relative to this YAML file, inside the repository`);
    }
    if (written.includes("\\")) {
      return refuse(`the license file path "${written}" uses backslashes: use forward slashes, \`${written.replace(/\\/g, "/")}\`, which work on Windows and on Linux`);
    }
    const root = repositoryRootOf(yamlFile);
    const resolved = path3.resolve(path3.dirname(yamlFile), written);
    const caseDiffers = (actual2) => refuse(`the file is \`${path3.basename(actual2)}\` (case differs): write the path as \`${path3.relative(path3.dirname(yamlFile), actual2).split(path3.sep).join("/")}\`; Linux and git tell names apart by case`);
    let real;
    try {
      real = fs.realpath(resolved);
    } catch {
      if (!isInside(resolved, root)) return refuse(`the license file "${written}" is outside the repository: keep license files inside it`);
      const actual2 = withActualCase(resolved, root, fs);
      if (actual2 !== void 0) return caseDiffers(actual2);
      return refuse(`the license file "${written}" does not exist: commit it next to the inventory, or fix the path (it is relative to this YAML file)`);
    }
    const actual = isInside(resolved, root) ? withActualCase(resolved, root, fs) : void 0;
    if (actual !== void 0 && actual !== resolved) return caseDiffers(actual);
    let realRoot;
    try {
      realRoot = fs.realpath(root);
    } catch {
      realRoot = root;
    }
    if (!isInside(real, realRoot)) return refuse(`the license file "${written}" is outside the repository: keep license files inside it`);
    let entry = cache.get(real);
    if (!entry) {
      entry = readLicenseFile(real, maxBytes, fs);
      cache.set(real, entry);
    }
    if (entry.parsed === void 0) return refuse(`the license file "${written}" ${entry.problem}`);
    const parsed = entry.parsed;
    const file = entry.file;
    for (const problem of parsed.problems) {
      report({ ruleId: "license-file/syntax", message: problem.message, where: { file, ...problem }, entity: `${path3.basename(file)}:${problem.line}` });
    }
    const features = parsed.increments.map((inc) => ({
      at: { file, line: inc.line, column: inc.column, endLine: inc.line, endColumn: inc.endColumn },
      product: inc.product,
      count: inc.count,
      expires: inc.expires,
      cssDate: inc.cssDate,
      licenseType: inc.licenseType,
      serial: inc.serial
    }));
    const server = parsed.server;
    return {
      hostname: server?.hostname,
      hostnameAt: server ? { file, line: server.line, column: server.column, endLine: server.line, endColumn: server.endColumn } : void 0,
      features
    };
  };
}
function withActualCase(file, root, fs) {
  let current = root;
  for (const segment of path3.relative(root, file).split(path3.sep)) {
    if (segment === "" || segment === ".") continue;
    let names;
    try {
      names = fs.readdir(current).map((entry) => entry.name);
    } catch {
      return void 0;
    }
    const match = names.find((name) => name === segment) ?? names.find((name) => name.toLowerCase() === segment.toLowerCase());
    if (match === void 0) return void 0;
    current = path3.join(current, match);
  }
  return current;
}

// src/load/parse-inventory-file.ts
import { isUtf8 } from "node:buffer";

// src/yaml/read-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/yaml/position-lookup.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SEP = "\0";
var ENTITY_DEPTH = 2;
var SMALL_FILE = 256 * 1024;
var STRIDE = 5;
function pathKey(path7) {
  let key = "";
  for (const segment of path7) key += SEP + segment;
  return key;
}
var PositionRecorder = class {
  constructor(text) {
    this.text = text;
    this.depthLimit = text.length < SMALL_FILE ? Number.POSITIVE_INFINITY : ENTITY_DEPTH;
    this.offsets = new Int32Array(STRIDE * Math.max(8, Math.min(text.length, SMALL_FILE) >> 4));
  }
  text;
  /** Paths deeper than this are not recorded (see PositionTable.depth). */
  depthLimit;
  index = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  offsets;
  count = 0;
  /** keyStart and keyEnd are -1 for the root. */
  record(path7, keyStart, keyEnd, valueStart, valueEnd, shape) {
    this.index.set(path7, this.add(keyStart, keyEnd, valueStart, valueEnd, shape));
  }
  /** Item `item` of the list at `listPath`: kept by number, without a path key of its own. */
  recordItem(listPath, item, valueStart, valueEnd, shape) {
    let items = this.lists.get(listPath);
    if (!items) {
      items = [];
      this.lists.set(listPath, items);
    }
    items[item] = this.add(-1, -1, valueStart, valueEnd, shape);
  }
  add(keyStart, keyEnd, valueStart, valueEnd, shape) {
    if (this.count * STRIDE + STRIDE > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const base = this.count * STRIDE;
    this.offsets[base] = keyStart;
    this.offsets[base + 1] = keyEnd;
    this.offsets[base + 2] = valueStart;
    this.offsets[base + 3] = shownEnd(this.text, valueStart, valueEnd, shape);
    this.offsets[base + 4] = valueEnd;
    return this.count++;
  }
  finish() {
    return { index: this.index, lists: this.lists, offsets: this.offsets.slice(0, this.count * STRIDE), items: /* @__PURE__ */ new Map(), depth: this.depthLimit };
  }
};
function childPath(parent, segment) {
  return `${parent}${SEP}${segment}`;
}
function buildPositionTable(doc, text) {
  const recorder = new PositionRecorder(text);
  const record2 = (key, keyNode, valueNode) => {
    const value = valueNode ?? keyNode;
    const keyRange = keyNode?.range;
    const [start, end] = value?.range ?? [0, 0];
    recorder.record(key, keyRange ? keyRange[0] : -1, keyRange ? keyRange[1] : -1, start, end, shapeOf(value));
  };
  const visit = (node, path7, depth) => {
    if (depth >= recorder.depthLimit) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key;
        const keyValue = (0, import_yaml.isScalar)(keyNode) ? keyNode.value : keyNode;
        if (typeof keyValue !== "string" && typeof keyValue !== "number") continue;
        const child2 = childPath(path7, keyValue);
        record2(child2, keyNode, pair.value);
        visit(pair.value, child2, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => {
        const value = item;
        const [start, end] = value?.range ?? [0, 0];
        recorder.recordItem(path7, i, start, end, shapeOf(value));
        if (depth + 1 < recorder.depthLimit) visit(value, childPath(path7, i), depth + 1);
      });
    }
  };
  if (doc.contents) {
    record2("", null, doc.contents);
    visit(doc.contents, "", 0);
  }
  return recorder.finish();
}
function shapeOf(node) {
  return (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node.flow ? "flow" : "block" : "scalar";
}
function shownEnd(text, start, end, shape) {
  if (shape === "scalar") return end;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return shape === "flow" ? Math.min(end, lineEnd) : lineEnd;
}

// src/yaml/quick-scanner.ts
var import_yaml2 = __toESM(require_dist(), 1);
var EOF = 0;
var PLAIN = 1;
var SINGLE = 2;
var DOUBLE = 3;
var COLON = 4;
var DASH = 5;
var COMMA = 6;
var MAP_START = 7;
var MAP_END = 8;
var SEQ_START = 9;
var SEQ_END = 10;
var DOC_START = 11;
var DECLINE = /* @__PURE__ */ Symbol("decline");
var MAX_IMPLICIT_KEY = 1024;
var CORE_TAGS = new import_yaml2.Schema({}).tags.filter((tag) => tag.default === true && "test" in tag && tag.test instanceof RegExp);
var MAYBE_TYPED = CORE_TAGS.every((tag) => tag.test.flags === "") ? new RegExp(CORE_TAGS.map((tag) => `(?:${tag.test.source})`).join("|")) : /(?:)/;
var RESOLVE_OPTIONS = { intAsBigInt: false };
var BAD_PLAIN_START = /* @__PURE__ */ new Set([",", "%", "|", ">", "@", "`", "	"]);
function quickParse(text) {
  const read = readQuickly(text);
  if (!read) return void 0;
  const lineCounter = new import_yaml2.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  return { ...read, lineCounter };
}
function quickPositions(text) {
  return readQuickly(text)?.positions;
}
function readQuickly(text) {
  const tokens = Tokens.take(text.length);
  try {
    if (!tokenize(text, tokens)) return void 0;
    const reader = new Reader(text, tokens);
    const data = reader.document();
    return { data, positions: reader.positions.finish() };
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  } finally {
    Tokens.give(tokens);
  }
}
function tryQuickParse(text) {
  try {
    return quickParse(text);
  } catch (error) {
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}
var Tokens = class _Tokens {
  constructor(capacity) {
    this.capacity = capacity;
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }
  capacity;
  count = 0;
  kind;
  start;
  end;
  column;
  /** A newline comes between this token and the previous one (or it is the first). */
  newlineBefore;
  /** Kept between files: read one after another, they need the arrays one at a time. */
  static spare;
  /** A spare larger than this (a 16 MB file's worth) is let go rather than kept. */
  static KEEP_AT_MOST = 2 * 1024 * 1024;
  static take(textLength) {
    const tokens = _Tokens.spare ?? new _Tokens(Math.max(16, textLength >> 3));
    _Tokens.spare = void 0;
    tokens.count = 0;
    return tokens;
  }
  static give(tokens) {
    if (tokens.capacity <= _Tokens.KEEP_AT_MOST) _Tokens.spare = tokens;
  }
  push(kind, start, end, column, newlineBefore) {
    if (this.count + 2 > this.capacity) this.grow();
    const at = this.count++;
    this.kind[at] = kind;
    this.start[at] = start;
    this.end[at] = end;
    this.column[at] = column;
    this.newlineBefore[at] = newlineBefore ? 1 : 0;
  }
  grow() {
    this.capacity *= 2;
    const bytes = (old) => {
      const grown = new Uint8Array(this.capacity);
      grown.set(old);
      return grown;
    };
    const ints = (old) => {
      const grown = new Int32Array(this.capacity);
      grown.set(old);
      return grown;
    };
    this.kind = bytes(this.kind);
    this.start = ints(this.start);
    this.end = ints(this.end);
    this.column = ints(this.column);
    this.newlineBefore = bytes(this.newlineBefore);
  }
};
var UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
var LONE_RETURN = /\r(?!\n)/;
var NEWLINE = 10;
var RETURN = 13;
var SPACE = 32;
function isBlankAt(text, at) {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === NEWLINE || c === RETURN;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function tokenize(text, tokens) {
  if (UNUSUAL.test(text) || text.includes("\r") && LONE_RETURN.test(text)) return false;
  let lineStart = 0;
  let newline = true;
  let flowDepth = 0;
  let previous = 0;
  const push = (k, from, to) => {
    tokens.push(k, from, to, from - lineStart, newline);
    newline = false;
    previous = 2;
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    switch (c) {
      case NEWLINE:
      case RETURN: {
        i += c === RETURN ? 2 : 1;
        lineStart = i;
        newline = true;
        previous = 0;
        continue;
      }
      case SPACE: {
        let j2 = i + 1;
        while (j2 < length && text.charCodeAt(j2) === SPACE) j2++;
        previous = 1;
        i = j2;
        continue;
      }
      case 35: {
        if (previous === 2) return false;
        const lineEnd = text.indexOf("\n", i);
        i = lineEnd === -1 ? length : text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd;
        previous = 1;
        continue;
      }
      case 45:
        if (i === lineStart && text.startsWith("---", i) && isBlankAt(text, i + 3)) {
          if (tokens.count !== 0) return false;
          push(DOC_START, i, i + 3);
          i += 3;
          continue;
        }
        if (isBlankAt(text, i + 1)) {
          if (flowDepth > 0) return false;
          push(DASH, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 46:
        if (i === lineStart && text.startsWith("...", i) && isBlankAt(text, i + 3)) return false;
        break;
      case 58:
        if (isBlankAt(text, i + 1)) {
          push(COLON, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 63:
        if (isBlankAt(text, i + 1) || flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 44:
        if (flowDepth === 0) return false;
        push(COMMA, i, i + 1);
        i++;
        continue;
      case 91:
      // [
      case 123:
        push(c === 91 ? SEQ_START : MAP_START, i, i + 1);
        flowDepth++;
        i++;
        continue;
      case 93:
      // ]
      case 125:
        if (flowDepth === 0) return false;
        push(c === 93 ? SEQ_END : MAP_END, i, i + 1);
        flowDepth--;
        i++;
        continue;
      case 34: {
        let j2 = i + 1;
        for (; j2 < length; j2++) {
          const d = text.charCodeAt(j2);
          if (d === 34) break;
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 92) {
            j2++;
            if (j2 < length && (text.charCodeAt(j2) === NEWLINE || text.charCodeAt(j2) === RETURN)) return false;
          }
        }
        if (j2 >= length) return false;
        push(DOUBLE, i, j2 + 1);
        i = j2 + 1;
        continue;
      }
      case 39: {
        let j2 = i + 1;
        for (; j2 < length; j2++) {
          const d = text.charCodeAt(j2);
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 39) {
            if (text.charCodeAt(j2 + 1) === 39) j2++;
            else break;
          }
        }
        if (j2 >= length) return false;
        push(SINGLE, i, j2 + 1);
        i = j2 + 1;
        continue;
      }
      case 38:
      // & anchor
      case 42:
      // * alias
      case 33:
      // ! tag
      case 124:
      // | block scalar
      case 62:
      // > block scalar
      case 37:
      // % directive
      case 64:
      // @ reserved
      case 96:
        return false;
    }
    let j = i;
    let last = i;
    for (; j < length; j++) {
      const d = text.charCodeAt(j);
      if (d === NEWLINE || d === RETURN) break;
      if (d === SPACE) continue;
      if (d === 35 && text.charCodeAt(j - 1) === SPACE) break;
      if (d === 58) {
        if (isBlankAt(text, j + 1)) break;
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(j + 1))) break;
      }
      if (flowDepth > 0 && isFlowIndicator(d)) break;
      last = j + 1;
    }
    push(PLAIN, i, last);
    i = last;
  }
  tokens.push(EOF, length, length, -1, true);
  return true;
}
var Reader = class {
  constructor(text, t) {
    this.text = text;
    this.t = t;
    this.positions = new PositionRecorder(text);
  }
  text;
  t;
  positions;
  p = 0;
  /** The end of the last token read: a block collection ends with its line. */
  lastEnd = 0;
  document() {
    const t = this.t;
    if (t.kind[this.p] === DOC_START) {
      this.p++;
      if (!t.newlineBefore[this.p]) throw DECLINE;
    }
    if (t.kind[this.p] === EOF) throw DECLINE;
    const data = this.node("", -1, 0, -1, -1);
    if (t.kind[this.p] !== EOF) throw DECLINE;
    return data;
  }
  /**
   * A node that starts a line, or follows `- ` on one. It is recorded under `path` if given,
   * as item `item` of the list at `path` when `item` is not -1 (so that the thousands of
   * list items of a large file need no path key of their own).
   */
  node(path7, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    switch (t.kind[at]) {
      case DASH:
        return this.blockSeq(path7, item, level2, keyStart, keyEnd);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.blockMap(path7, item, level2, keyStart, keyEnd);
        return this.lineValue(path7, item, level2, keyStart, keyEnd);
      case MAP_START:
      case SEQ_START:
        return this.lineValue(path7, item, level2, keyStart, keyEnd);
      default:
        throw DECLINE;
    }
  }
  /** A scalar or flow collection that must end its line. */
  lineValue(path7, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const at = this.p;
    let value;
    if (t.kind[at] === MAP_START || t.kind[at] === SEQ_START) {
      value = this.flow(path7, item, level2, keyStart, keyEnd);
    } else {
      value = this.scalar(at);
      this.p++;
      this.lastEnd = t.end[at];
      this.recordNode(path7, item, keyStart, keyEnd, t.start[at], t.end[at], "scalar");
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }
  blockMap(path7, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const first = this.p;
    const column = t.column[first];
    const map = {};
    const childLevel = level2 + 1;
    const own2 = this.pathForChildren(path7, item, childLevel);
    for (; ; ) {
      const at = this.p;
      const k = t.kind[at];
      if (k !== PLAIN && k !== SINGLE && k !== DOUBLE || t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
      if (at !== first && !t.newlineBefore[at]) throw DECLINE;
      const key = this.key(at, map);
      const colon = at + 1;
      this.p = at + 2;
      this.lastEnd = t.end[colon];
      const child2 = own2 !== void 0 ? childPath(own2, key) : void 0;
      const next = this.p;
      if (!t.newlineBefore[next]) {
        map[key] = this.lineValue(child2, -1, childLevel, t.start[at], t.end[at]);
      } else if (t.kind[next] !== EOF && (t.column[next] > column || t.kind[next] === DASH && t.column[next] === column)) {
        map[key] = this.node(child2, -1, childLevel, t.start[at], t.end[at]);
      } else {
        map[key] = null;
        this.recordNode(child2, -1, t.start[at], t.end[at], this.emptyAt(colon), this.emptyAt(colon), "scalar");
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) break;
      if (t.column[after] !== column) throw DECLINE;
    }
    this.recordNode(path7, item, keyStart, keyEnd, t.start[first], this.lineEnd(), "block");
    return map;
  }
  blockSeq(path7, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const first = this.p;
    const column = t.column[first];
    const list2 = [];
    const childLevel = level2 + 1;
    const own2 = this.pathForChildren(path7, item, childLevel);
    for (; ; ) {
      const dash = this.p;
      if (t.kind[dash] !== DASH) throw DECLINE;
      if (dash !== first && !t.newlineBefore[dash]) throw DECLINE;
      this.p = dash + 1;
      this.lastEnd = t.end[dash];
      const next = this.p;
      if (!t.newlineBefore[next] || t.kind[next] !== EOF && t.column[next] > column) {
        list2.push(this.node(own2, list2.length, childLevel, -1, -1));
      } else {
        this.recordNode(own2, list2.length, -1, -1, this.emptyAt(dash), this.emptyAt(dash), "scalar");
        list2.push(null);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after] < column) break;
      if (t.column[after] !== column) throw DECLINE;
      if (t.kind[after] !== DASH) break;
    }
    this.recordNode(path7, item, keyStart, keyEnd, t.start[first], this.lineEnd(), "block");
    return list2;
  }
  /** `[a, b]` or `{ a: 1 }` on one line, nested or not. */
  flow(path7, item, level2, keyStart, keyEnd) {
    const t = this.t;
    const open = this.p;
    const isMap3 = t.kind[open] === MAP_START;
    const close = isMap3 ? MAP_END : SEQ_END;
    const childLevel = level2 + 1;
    const own2 = this.pathForChildren(path7, item, childLevel);
    const map = {};
    const list2 = [];
    this.p = open + 1;
    for (; ; ) {
      let at = this.p;
      if (t.newlineBefore[at]) throw DECLINE;
      if (t.kind[at] === close) break;
      let keyFrom = -1;
      let keyTo = -1;
      let key = "";
      if (isMap3) {
        if (t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
        key = this.key(at, map);
        keyFrom = t.start[at];
        keyTo = t.end[at];
        at += 2;
        if (t.newlineBefore[at]) throw DECLINE;
      }
      const child2 = own2 !== void 0 && isMap3 ? childPath(own2, key) : own2;
      const index = isMap3 ? -1 : list2.length;
      let value;
      const k = t.kind[at];
      if (k === MAP_START || k === SEQ_START) {
        this.p = at;
        value = this.flow(child2, index, childLevel, keyFrom, keyTo);
      } else if (k === PLAIN || k === SINGLE || k === DOUBLE) {
        value = this.scalar(at);
        this.recordNode(child2, index, keyFrom, keyTo, t.start[at], t.end[at], "scalar");
        this.p = at + 1;
      } else {
        throw DECLINE;
      }
      if (isMap3) map[key] = value;
      else list2.push(value);
      const after = this.p;
      if (t.newlineBefore[after]) throw DECLINE;
      if (t.kind[after] === COMMA) {
        this.p = after + 1;
        continue;
      }
      if (t.kind[after] === close) break;
      throw DECLINE;
    }
    const closing = this.p;
    this.p = closing + 1;
    this.lastEnd = t.end[closing];
    if (t.kind[this.p] === COLON && !t.newlineBefore[this.p]) throw DECLINE;
    this.recordNode(path7, item, keyStart, keyEnd, t.start[open], t.end[closing], "flow");
    return isMap3 ? map : list2;
  }
  /** Records a node read: under its key path, or as an item of the list at `path`. */
  recordNode(path7, item, keyStart, keyEnd, start, end, shape) {
    if (path7 === void 0) return;
    if (item === -1) this.positions.record(path7, keyStart, keyEnd, start, end, shape);
    else this.positions.recordItem(path7, item, start, end, shape);
  }
  /** The node's own path, if its children at `childLevel` are recorded. */
  pathForChildren(path7, item, childLevel) {
    if (path7 === void 0 || childLevel > this.positions.depthLimit) return void 0;
    return item === -1 ? path7 : childPath(path7, item);
  }
  /** The key at `at`, new to `map`: a repeated key is yaml's to report. */
  key(at, map) {
    const t = this.t;
    if (t.end[at] - t.start[at] > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalar(at);
    if (typeof value !== "string" || value === "__proto__" || value === "<<" || Object.hasOwn(map, value)) throw DECLINE;
    return value;
  }
  scalar(at) {
    const t = this.t;
    const source = this.text.slice(t.start[at], t.end[at]);
    switch (t.kind[at]) {
      case PLAIN:
        return plainValue(source);
      case SINGLE:
        if (!/^'(?:[^']|'')*'$/.test(source)) throw DECLINE;
        return source.slice(1, -1).replaceAll("''", "'");
      case DOUBLE:
        if (/^"[^"\\]*"$/.test(source)) return source.slice(1, -1);
        return doubleQuoted(source, t.start[at]);
      default:
        throw DECLINE;
    }
  }
  /** Where yaml puts the empty value after an indicator: past the spaces that follow it. */
  emptyAt(indicator) {
    let at = this.t.end[indicator];
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
  /** Past the end of the line the last token is on, as yaml ends a block collection. */
  lineEnd() {
    const newline = this.text.indexOf("\n", this.lastEnd);
    return newline === -1 ? this.text.length : newline + 1;
  }
};
function plainValue(source) {
  if (BAD_PLAIN_START.has(source[0])) throw DECLINE;
  if (!MAYBE_TYPED.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => failed = true, RESOLVE_OPTIONS);
      if (failed) throw DECLINE;
      return (0, import_yaml2.isScalar)(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}
function doubleQuoted(source, offset) {
  let failed = false;
  const resolved = import_yaml2.CST.resolveAsScalar({ type: "double-quoted-scalar", offset, indent: 0, source }, true, () => failed = true);
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}

// src/yaml/position-lookup.ts
function lookup(table, text, path7, onKey) {
  if (path7.length > table.depth) {
    const deep = lookupInItem(table, text, path7, onKey);
    if (deep) return deep;
  }
  for (let length = Math.min(path7.length, table.depth); length >= 0; length--) {
    const found = nodeAt(table, path7, length);
    if (found === void 0) continue;
    const base = found * STRIDE;
    if (onKey && length === path7.length && table.offsets[base] >= 0) return { start: table.offsets[base], end: table.offsets[base + 1] };
    return { start: table.offsets[base + 2], end: table.offsets[base + 3] };
  }
  return void 0;
}
function nodeAt(table, path7, length) {
  const last = length > 0 ? path7[length - 1] : void 0;
  const index = typeof last === "number" ? last : last !== void 0 && /^\d+$/.test(last) ? Number(last) : void 0;
  if (index !== void 0) {
    const item = table.lists.get(pathKey(path7.slice(0, length - 1)))?.[index];
    if (item !== void 0) return item;
  }
  return table.index.get(pathKey(path7.slice(0, length)));
}
function lookupInItem(table, text, path7, onKey) {
  const itemKey = pathKey(path7.slice(0, ENTITY_DEPTH));
  let item = table.items.get(itemKey);
  if (!item) {
    const found2 = nodeAt(table, path7, ENTITY_DEPTH);
    if (found2 === void 0) return void 0;
    const start = table.offsets[found2 * STRIDE + 2];
    const end = table.offsets[found2 * STRIDE + 4];
    const column = start - (text.lastIndexOf("\n", start - 1) + 1);
    const itemText = " ".repeat(column) + text.slice(start, end);
    const positions = quickPositions(itemText) ?? buildPositionTable((0, import_yaml3.parseDocument)(itemText, { prettyErrors: false }), itemText);
    item = { positions, text: itemText, shift: start - column };
    table.items.set(itemKey, item);
  }
  const found = lookup(item.positions, item.text, path7.slice(ENTITY_DEPTH), onKey);
  return found && { start: found.start + item.shift, end: found.end + item.shift };
}
function stepInto(node, segment) {
  if ((0, import_yaml3.isMap)(node)) {
    for (const pair of node.items) {
      const key = (0, import_yaml3.isScalar)(pair.key) ? pair.key.value : pair.key;
      if (key === segment || typeof segment === "number" && key === String(segment)) {
        const keyNode = pair.key;
        return { key: keyNode, value: pair.value ?? keyNode };
      }
    }
    return void 0;
  }
  if ((0, import_yaml3.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0 || (0, import_yaml3.isPair)(item)) return void 0;
    return { key: null, value: item };
  }
  return void 0;
}

// src/yaml/read-yaml.ts
var YamlText = class {
  constructor(file, text, options) {
    this.file = file;
    this.text = text;
    const quick = options.reader === "full" ? void 0 : tryQuickParse(text);
    if (quick) {
      this.lineCounter = quick.lineCounter;
      this.positions = quick.positions;
      this.data = quick.data;
      this.errors = [];
      this.warnings = [];
      this.extraDocuments = [];
      this.dataProblem = void 0;
      this.broken = false;
      return;
    }
    this.lineCounter = new import_yaml4.LineCounter();
    const parseOptions = {
      lineCounter: this.lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      logLevel: "error",
      ...options.strict ? { strict: true } : {}
    };
    let docs;
    if (options.manyDocuments) {
      const documents = (0, import_yaml4.parseAllDocuments)(text, parseOptions);
      docs = Array.isArray(documents) ? documents : [];
    } else {
      docs = [(0, import_yaml4.parseDocument)(text, parseOptions)];
    }
    const doc = docs[0];
    this.doc = doc;
    this.extraDocuments = docs.slice(1).map((extra) => extra.range[0]);
    const problem = (p) => ({ code: p.code, message: p.message, start: p.pos[0], end: p.pos[1] });
    this.errors = doc ? doc.errors.map(problem) : [];
    this.warnings = doc ? doc.warnings.map(problem) : [];
    let broken = doc === void 0 || doc.errors.some((e) => e.code !== "DUPLICATE_KEY");
    let data;
    let dataProblem;
    if (doc) {
      try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount });
      } catch (error) {
        dataProblem = error.message;
        data = void 0;
        broken = true;
      }
    }
    this.data = data;
    this.dataProblem = dataProblem;
    this.broken = broken;
  }
  file;
  text;
  /** The first document as plain data; undefined without a document or when it cannot be built. */
  data;
  /** yaml's errors, then its warnings (none when the fast scanner read the text). */
  errors;
  warnings;
  /** Where each document after the first starts. */
  extraDocuments;
  /** Why the data could not be built (too many aliases), if so. */
  dataProblem;
  /** True when the data is missing or a best effort: errors other than a repeated key (where the last value wins). */
  broken;
  lineCounter;
  /** yaml's Document, kept until `compact()`: it answers `locate` exactly while alive. */
  doc;
  positions;
  /** A 1-based range from two offsets into the text. */
  rangeAt(start, end) {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(end, start));
    return { file: this.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
  /**
   * Turns a path inside the document into a 1-based range. A path that does not exist
   * (a missing key) falls back to the nearest node that does, so every finding has a line.
   * `onKey` points at the key of the last segment instead of its value (unknown keys).
   */
  locate(path7, onKey = false) {
    if (this.positions) {
      const found = lookup(this.positions, this.text, path7, onKey);
      return found ? this.rangeAt(found.start, found.end) : this.rangeAt(0, 0);
    }
    const doc = this.doc;
    if (!doc || !doc.contents) return this.rangeAt(0, 0);
    let node = doc.contents;
    let keyNode = null;
    let complete = true;
    for (const segment of path7) {
      const next = stepInto(node, segment);
      if (!next) {
        complete = false;
        break;
      }
      node = next.value;
      keyNode = next.key;
    }
    const target = onKey && complete && keyNode ? keyNode : node ?? keyNode;
    if (!target || !target.range) return this.rangeAt(0, 0);
    const [start, valueEnd] = target.range;
    return this.rangeAt(start, shownEnd(this.text, start, valueEnd, shapeOf(target)));
  }
  /**
   * Drops yaml's Document and keeps a table of positions: a Document costs several times
   * the memory of everything else, and the loader holds every file until the run ends.
   */
  compact() {
    if (!this.doc) return;
    this.positions = buildPositionTable(this.doc, this.text);
    this.doc = void 0;
  }
};
function readYaml(file, text, options) {
  return new YamlText(file, text, options);
}

// src/load/parse-inventory-file.ts
var DEFAULT_PARSE_LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxLicenseFileBytes: 4 * 1024 * 1024, maxAliasCount: 100 };
var RULE = "inventory/yaml-syntax";
function parseInventoryFile(file, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const empty = (message) => {
    const source2 = readYaml(file, "", { maxAliasCount: limits.maxAliasCount });
    return { source: source2, data: void 0, broken: true, findings: [{ ruleId: RULE, message, where: source2.rangeAt(0, 0), entity: file }] };
  };
  let buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) {
      return empty(`the file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one inventory file: split it into several files in a folder (or raise limits.inventoryFileMB)`);
    }
    buffer = fs.readFile(file);
  } catch (error) {
    return empty(`cannot read the file (${error.code ?? "error"}): check that it exists and is readable`);
  }
  const utf16 = decodeUtf16(buffer);
  if (utf16 === void 0 && buffer.includes(0)) {
    if (looksLikeUtf16(buffer)) return empty("UTF-16: save as UTF-8 (this file is UTF-16 without a byte order mark; in PowerShell use `Out-File -Encoding utf8`)");
    return empty("this is a binary file, not YAML: remove it from the inventory folder");
  }
  const findings = [];
  const invalidUtf8 = utf16 === void 0 && !isUtf8(buffer);
  let text = utf16 ?? buffer.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const source = readYaml(file, text, { maxAliasCount: limits.maxAliasCount, strict: true, manyDocuments: true, reader: invalidUtf8 ? "full" : "auto" });
  if (invalidUtf8) {
    const offset = text.indexOf("�");
    findings.push({ ruleId: RULE, message: "the file is not valid UTF-8: save it as UTF-8", where: source.rangeAt(offset, offset + 1), entity: file });
  }
  for (const start of source.extraDocuments) {
    const separator = text.lastIndexOf("---", start);
    findings.push({
      ruleId: RULE,
      message: "a second YAML document (after `---`) is not read: keep one document per file, or split it into two files",
      where: source.rangeAt(separator === -1 ? start : separator, start),
      entity: `${file}#documents`
    });
  }
  const problems = source.broken ? firstCause(source.errors) : [...source.errors, ...source.warnings];
  for (const problem of problems) {
    const opener = problem.code === "MISSING_CHAR" || problem.code === "BAD_INDENT" ? unclosedFlowStart(text, problem) : void 0;
    const start = opener ?? problem.start;
    const end = problem.code === "DUPLICATE_KEY" ? problem.start + duplicateKeyText(text, problem.start).length : opener !== void 0 ? opener + 1 : problem.end;
    const message = opener !== void 0 ? unclosedMessage(text[opener]) : describeYamlProblem(problem, text);
    findings.push({ ruleId: RULE, message, where: source.rangeAt(start, end), entity: `${file}#${message}` });
  }
  const firstProblemAt = problems.length > 0 ? Math.min(...problems.map((p) => p.start)) : void 0;
  if (source.dataProblem !== void 0) {
    findings.push({
      ruleId: RULE,
      message: `the file cannot be read as data: ${source.dataProblem.replace(/\.$/, "")}; remove the aliases (*name) that expand too far`,
      where: source.rangeAt(0, 0),
      entity: `${file}#aliases`
    });
  }
  return { source, data: source.data, broken: source.broken, findings, ...firstProblemAt === void 0 ? {} : { firstProblemAt } };
}
function decodeUtf16(buffer) {
  if (buffer.length < 2) return void 0;
  if (buffer[0] === 255 && buffer[1] === 254) return buffer.subarray(2, buffer.length - buffer.length % 2).toString("utf16le");
  if (buffer[0] === 254 && buffer[1] === 255) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - buffer.length % 2));
    return swapped.swap16().toString("utf16le");
  }
  return void 0;
}
function looksLikeUtf16(buffer) {
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}
function firstCause(errors) {
  const broken = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  if (broken.length === 0) return [...errors];
  const byStart = [...broken].sort((a, b) => a.start - b.start);
  const first = byStart[0];
  const tab = byStart.find((e) => e.code === "TAB_AS_INDENT");
  return [tab && tab.start <= first.start + 200 ? tab : first];
}
function unclosedFlowStart(text, problem) {
  if (!/end with an? [}\]]|flow (map|sequence|collection)/i.test(problem.message)) return void 0;
  const open = [];
  let quote = "";
  for (let i = 0; i < Math.min(problem.start, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if ((c === '"' || c === "'") && /(^|[\s:,[{-])$/.test(text.slice(Math.max(0, i - 1), i))) quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i) - 1;
    else if (c === "{" || c === "[") open.push(i);
    else if ((c === "}" || c === "]") && open.length > 0) open.pop();
  }
  return open.pop();
}
function unclosedMessage(bracket) {
  const close = bracket === "{" ? "}" : "]";
  return `this \`${bracket}\` is never closed: end it with \`${close}\` (a flow ${bracket === "{" ? "mapping" : "list"} is written on one line, or each following line indented more than its key)`;
}
function describeYamlProblem(problem, text) {
  if (/Maximum call stack size exceeded/.test(problem.message)) {
    return "the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting";
  }
  const summary = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  switch (problem.code) {
    case "DUPLICATE_KEY": {
      const key = duplicateKeyText(text, problem.start);
      return `the key \`${key}\` is repeated in this mapping: YAML keeps only one of the values; remove or rename one of them`;
    }
    case "TAB_AS_INDENT":
      return "a tab is used for indentation: YAML indents with spaces only";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
      return `${summary}: check the indentation and punctuation of this line`;
    default:
      return `${summary}: fix the YAML syntax here`;
  }
}
function duplicateKeyText(text, offset) {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? "").trim();
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// src/model/entity-lists.ts
var ENTITY_LISTS = ["entitlements", "licenseServers", "allocations", "netscalerConsoles", "netscalerInstances"];
function isEntityList(key) {
  return ENTITY_LISTS.includes(key);
}

// src/load/doubts.ts
var Doubts = class {
  /** Lists whose entries may not all have been read, or hold an entity in doubt whose identity is unknown. */
  wholeLists = /* @__PURE__ */ new Set();
  /** Per list, the lower-cased names (hostname, id, product...) of its entities in doubt. */
  namesByList = /* @__PURE__ */ new Map();
  /** Entities in doubt, as `file\0list\0index`, with the paths in doubt inside them (empty: all of it). */
  entities = /* @__PURE__ */ new Map();
  get any() {
    return this.wholeLists.size > 0 || this.namesByList.size > 0;
  }
  /** True when `list` holds something in doubt that any of `names` (lower case) may refer to. */
  concerns(list2, names) {
    if (this.wholeLists.has(list2)) return true;
    for (const name of this.namesByList.get(list2) ?? []) if (names.has(name)) return true;
    return false;
  }
  /** Every name in doubt, whatever its list. */
  names() {
    return new Set([...this.namesByList.values()].flatMap((names) => [...names]));
  }
  /**
   * True when what is at `path` rests on a field in doubt: the field itself, or one that
   * every check of the entity reads (its state, its kind), or the entity as a whole.
   */
  hasEntity(file, path7) {
    if (!isEntityList(path7[0]) || typeof path7[1] !== "number") return false;
    const doubtful = this.entities.get(`${file}\0${path7[0]}\0${path7[1]}`);
    if (!doubtful) return false;
    const related = (a, b) => a.every((segment, i) => i >= b.length || b[i] === segment);
    return doubtful.some((inside) => inside.length <= 2 || !OWN_FIELDS.has(String(inside[2])) || related(inside, path7));
  }
  /** Nothing of the file could be read, or an unknown part of it: every list is in doubt. */
  allLists() {
    for (const list2 of ENTITY_LISTS) this.wholeLists.add(list2);
  }
  /** A schema problem at `path` of a file's document. */
  atPath(file, data, path7, onKey) {
    const [list2, index] = path7;
    if (isEntityList(list2)) {
      if (typeof index === "number") this.entity(file, data, list2, index, path7);
      else this.wholeLists.add(list2);
    } else if (path7.length === 1 && onKey) {
      this.allLists();
    }
  }
  /**
   * A syntax problem at 1-based `line`. In a broken file everything from there on is a best
   * effort; otherwise (a repeated key) only the entity around it is.
   */
  atLine(file, source, data, line, broken) {
    if (broken) this.allLists();
    const entities = entityLines(source, data);
    const interrupted = entities.filter((e) => e.start <= line).sort((a, b) => b.start - a.start)[0];
    let inside = false;
    for (const entity of entities) {
      const { list: list2, index, start, end } = entity;
      if (broken ? end >= line || entity === interrupted : start <= line && line <= end) {
        this.entity(file, data, list2, index, [list2, index]);
        inside = true;
      }
    }
    if (!inside) this.allLists();
  }
  entity(file, data, list2, index, inside) {
    const key = `${file}\0${list2}\0${index}`;
    this.entities.set(key, [...this.entities.get(key) ?? [], inside]);
    const entry = data?.[list2]?.[index];
    const fields = entry && typeof entry === "object" ? entry : {};
    if (IDENTITY[list2].some((key2) => typeof fields[key2] !== "string" || fields[key2] === "")) this.wholeLists.add(list2);
    let names = this.namesByList.get(list2);
    if (!names) this.namesByList.set(list2, names = /* @__PURE__ */ new Set());
    for (const key2 of NAME_KEYS) {
      const value = fields[key2];
      if (typeof value === "string" && value !== "") names.add(value.toLowerCase());
    }
  }
};
var IDENTITY = {
  entitlements: ["id", "product"],
  licenseServers: ["hostname"],
  allocations: ["entitlement", "hostname"],
  netscalerConsoles: ["hostname"],
  netscalerInstances: ["name"]
};
var OWN_FIELDS = /* @__PURE__ */ new Set(["version", "telemetry", "licenseFiles", "deployedOn", "allocatedOn", "platform", "offering", "start", "end", "cssEnd", "console"]);
var NAME_KEYS = ["id", "product", "hostname", "entitlement", "name", "console"];
function entityLines(source, data) {
  if (!data || typeof data !== "object") return [];
  const starts = [];
  for (const key of Object.keys(data)) {
    starts.push({ index: -1, start: source.locate([key], true).line });
    if (!isEntityList(key)) continue;
    const entries = data[key];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) starts.push({ list: key, index, start: source.locate([key, index]).line });
  }
  starts.sort((a, b) => a.start - b.start);
  const out = [];
  starts.forEach((entry, i) => {
    const next = starts.slice(i + 1).find((other) => other.start > entry.start);
    if (entry.list) out.push({ list: entry.list, index: entry.index, start: entry.start, end: next ? next.start - 1 : Number.MAX_SAFE_INTEGER });
  });
  return out;
}

// src/load/written-values.ts
function checkWrittenValues(data, source) {
  const problems = [];
  const top = asRecord(data);
  if (!top) return problems;
  const oddCounts = ODD_COUNT.test(source.text);
  let lines;
  const written = (path7) => {
    lines ??= source.text.split("\n");
    const range = source.locate(path7);
    if (range.line !== range.endLine) return "";
    return (lines[range.line - 1] ?? "").slice(range.column - 1, range.endColumn - 1).trim();
  };
  const count = (entry, key, path7, noun) => {
    const value = entry[key];
    if (!oddCounts || typeof value !== "number" || !Number.isInteger(value)) return;
    const text = written([...path7, key]);
    if (text === "" || /^[-+]?[0-9]+$/.test(text)) return;
    problems.push({
      path: [...path7, key],
      message: `\`${key}\` of ${noun} is written \`${text}\`, which YAML reads as ${value}: write the number with digits only, without separators (one thousand is 1000)`
    });
  };
  const product = (entry, path7, noun) => {
    const value = entry.product;
    if (typeof value !== "string" || !/[a-z]/.test(value) || !/^[A-Za-z0-9_]+$/.test(value)) return;
    problems.push({
      path: [...path7, "product"],
      message: `\`product\` of ${noun} is \`${value}\`: Citrix writes feature codes in upper case and compares them as written; did you mean \`${value.toUpperCase()}\`?`
    });
  };
  list(top.entitlements).forEach((entry, i) => {
    const noun = named("entitlement", entry.id, i);
    count(entry, "quantity", ["entitlements", i], noun);
    product(entry, ["entitlements", i], noun);
  });
  list(top.allocations).forEach((entry, i) => count(entry, "quantity", ["allocations", i], named("allocation", entry.entitlement, i)));
  for (const hosts of ["licenseServers", "netscalerConsoles"]) {
    list(top[hosts]).forEach((host2, i) => {
      list(host2.licenseFiles).forEach((file, j) => {
        list(file.features).forEach((feature, k) => {
          const path7 = [hosts, i, "licenseFiles", j, "features", k];
          const noun = named("feature", feature.product, k);
          count(feature, "count", path7, noun);
          product(feature, path7, noun);
        });
      });
    });
  }
  return problems;
}
var ODD_COUNT = /\b(?:quantity|count)['"]?[ \t]*:\s*(?=\S)(?![-+]?[0-9]+[ \t]*(?:$|[,}\]#\r])|uncounted\b|['"])/m;
function named(noun, name, index) {
  return typeof name === "string" && name !== "" ? `${noun} \`${name}\`` : `${noun} #${index + 1}`;
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function list(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item) => asRecord(item) ?? {});
}

// src/load/load-inventory.ts
function loadInventory(roots, limits = DEFAULT_PARSE_LIMITS, fs = diskFileSystem) {
  const inventory = emptyInventory();
  const sources = /* @__PURE__ */ new Map();
  const findings = [];
  const report = (finding) => findings.push(finding);
  const rootOf = /* @__PURE__ */ new Map();
  for (const root of roots) for (const file of root.files) rootOf.set(file, root.repositoryRoot);
  const resolveFile = createLicenseFileResolver((yamlFile) => rootOf.get(yamlFile), limits.maxLicenseFileBytes, fs);
  const licenseFileUsers = /* @__PURE__ */ new Map();
  const note = (where, yamlFile) => {
    if (!where || !isSourceRange(where)) return;
    const file = where.file;
    licenseFileUsers.set(file, (licenseFileUsers.get(file) ?? /* @__PURE__ */ new Set()).add(yamlFile));
  };
  const resolve = (entry, reportTo) => {
    const result = resolveFile(entry, (finding) => {
      note(finding.where, entry.yamlFile);
      reportTo(finding);
    });
    for (const feature of result?.features ?? []) note(feature.at, entry.yamlFile);
    note(result?.hostnameAt, entry.yamlFile);
    return result;
  };
  const validate3 = inventoryValidator();
  const doubts = new Doubts();
  for (const file of rootOf.keys()) {
    if (sources.has(file)) continue;
    inventory.files.push(file);
    const parsed = parseInventoryFile(file, limits, fs);
    sources.set(file, parsed.source);
    findings.push(...parsed.findings);
    if (parsed.firstProblemAt !== void 0 || parsed.source.extraDocuments.length > 0) {
      const line = parsed.source.rangeAt(parsed.firstProblemAt ?? parsed.source.extraDocuments[0], 0).line;
      doubts.atLine(file, parsed.source, parsed.data, line, parsed.broken || parsed.firstProblemAt === void 0);
    }
    if (parsed.data == null) {
      doubts.allLists();
      if (parsed.findings.length === 0) {
        findings.push({ ruleId: "inventory/schema", message: "the inventory file is empty: start it with `version: 1`", where: { file, path: [] }, entity: `${file}#empty` });
      }
      continue;
    }
    if (!parsed.broken && !validate3(parsed.data)) {
      for (const problem of describeSchemaErrors(validate3.errors ?? [], parsed.data)) {
        findings.push({ ruleId: "inventory/schema", message: problem.message, where: parsed.source.locate(problem.path, problem.onKey), entity: `${file}#schema#${problem.message}` });
        doubts.atPath(file, parsed.data, problem.path, problem.onKey);
      }
    }
    if (!parsed.broken) {
      for (const problem of checkWrittenValues(parsed.data, parsed.source)) {
        findings.push({ ruleId: "inventory/schema", message: problem.message, where: parsed.source.locate(problem.path), entity: `${file}#schema#${problem.message}` });
        doubts.atPath(file, parsed.data, problem.path, false);
      }
    }
    parsed.source.compact();
    addToModel(inventory, { file, data: parsed.data }, resolve, report);
  }
  return { inventory, sources, findings, doubts, licenseFileUsers };
}

// src/domain/inventory-index.ts
function groupBy(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}
var InventoryIndex = class {
  constructor(inventory) {
    this.inventory = inventory;
  }
  inventory;
  #cache = /* @__PURE__ */ new Map();
  #memo(name, build) {
    if (!this.#cache.has(name)) this.#cache.set(name, build());
    return this.#cache.get(name);
  }
  get entitlementsById() {
    return this.#memo("entitlementsById", () => groupBy(this.inventory.entitlements, (e) => e.id));
  }
  /** The first entitlement of each id: a repeated id (inventory/duplicate) must not count twice. */
  get uniqueEntitlements() {
    return this.#memo("uniqueEntitlements", () => [...this.entitlementsById.values()].map((group) => group[0]));
  }
  get entitlementsByProduct() {
    return this.#memo("entitlementsByProduct", () => groupBy(this.uniqueEntitlements, (e) => e.product));
  }
  get serversByHostname() {
    return this.#memo("serversByHostname", () => groupBy(this.inventory.licenseServers, (s) => s.hostname));
  }
  /** Hostnames compared case-insensitively, as DNS and the portal's matching do. */
  get serversByLowerHostname() {
    return this.#memo("serversByLowerHostname", () => groupBy(this.inventory.licenseServers, (s) => s.hostname.toLowerCase()));
  }
  get consolesByHostname() {
    return this.#memo("consolesByHostname", () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname));
  }
  get consolesByLowerHostname() {
    return this.#memo("consolesByLowerHostname", () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname.toLowerCase()));
  }
  /** License servers and consoles together, by exact hostname. */
  get hostsByHostname() {
    return this.#memo("hostsByHostname", () => groupBy([...this.inventory.licenseServers, ...this.inventory.netscalerConsoles], (h) => h.hostname));
  }
  get allocationsByEntitlement() {
    return this.#memo("allocationsByEntitlement", () => groupBy(this.inventory.allocations, (a) => a.entitlement));
  }
  /** Allocations by lower-case hostname, then product: "is this product allocated here?" */
  get allocatedProductsByLowerHostname() {
    return this.#memo("allocatedProductsByLowerHostname", () => {
      const map = /* @__PURE__ */ new Map();
      for (const allocation of this.inventory.allocations) {
        if (!allocation.hostname || !allocation.entitlement) continue;
        for (const entitlement2 of this.entitlementsById.get(allocation.entitlement) ?? []) {
          if (!entitlement2.product) continue;
          const key = allocation.hostname.toLowerCase();
          let products = map.get(key);
          if (!products) map.set(key, products = /* @__PURE__ */ new Set());
          products.add(entitlement2.product);
        }
      }
      return map;
    });
  }
  get instancesByConsole() {
    return this.#memo("instancesByConsole", () => groupBy(this.inventory.netscalerInstances, (i) => i.console?.toLowerCase()));
  }
};

// src/util/hash.ts
function hash53(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

// src/suppress/apply-suppressions.ts
function applySuppressions(findings, directives, asOf, knownRuleIds) {
  const problems = [];
  const at = (d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  const entity = (d) => `suppression:${d.file}:${d.ruleIds.join(",")}:${d.target ?? "file"}`;
  const active = [];
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.includes(id));
    if (directive.problem || unknown.length > 0) {
      const problem = directive.problem ?? `names unknown rule \`${unknown[0]}\`${suggest(unknown[0], knownRuleIds)}`;
      problems.push({ ruleId: "inventory/invalid-suppression", message: `this suppression ${problem}; until then it suppresses nothing`, where: at(directive), entity: entity(directive) });
      continue;
    }
    if (directive.until && directive.until < asOf) {
      problems.push({
        ruleId: "inventory/expired-suppression",
        message: `this suppression of ${directive.ruleIds.join(", ")} expired on ${directive.until} and no longer applies: fix what it covered, or extend the date with a reason`,
        where: at(directive),
        entity: entity(directive)
      });
      continue;
    }
    active.push(directive);
  }
  const used = /* @__PURE__ */ new Set();
  const covering = indexDirectives(active);
  for (const finding of findings) {
    const scope = covering.get(finding.file);
    if (!scope) continue;
    const wide = scope.fileWide.get(finding.ruleId);
    const line = scope.byLine.get(finding.line)?.get(finding.ruleId);
    const directive = wide === void 0 ? line : line === void 0 || wide.order < line.order ? wide : line;
    if (!directive) continue;
    finding.suppression = { justification: directive.directive.reason, file: directive.directive.file, line: directive.directive.line };
    used.add(directive.directive);
  }
  for (const directive of active) {
    if (used.has(directive)) continue;
    const scope = directive.kind === "file" ? "in this file" : (directive.targetEnd ?? 0) > (directive.target ?? 0) ? "in the entry below" : "on the next line";
    problems.push({
      ruleId: "inventory/unused-suppression",
      message: `this suppression of ${directive.ruleIds.join(", ")} suppresses nothing ${scope}: the problem is gone, so remove the comment`,
      where: at(directive),
      entity: entity(directive)
    });
  }
  return problems;
}
function indexDirectives(active) {
  const byFile = /* @__PURE__ */ new Map();
  active.forEach((directive, order) => {
    let scope = byFile.get(directive.file);
    if (!scope) byFile.set(directive.file, scope = { fileWide: /* @__PURE__ */ new Map(), byLine: /* @__PURE__ */ new Map() });
    let rules = scope.fileWide;
    if (directive.kind === "file") {
      for (const ruleId of directive.ruleIds) if (!rules.has(ruleId)) rules.set(ruleId, { directive, order });
      return;
    }
    for (let line = directive.targetEnd; line >= directive.target; line--) {
      rules = scope.byLine.get(line) ?? /* @__PURE__ */ new Map();
      scope.byLine.set(line, rules);
      for (const ruleId of directive.ruleIds) {
        const held = rules.get(ruleId);
        if (!held || held.directive.target < directive.target) rules.set(ruleId, { directive, order });
      }
    }
  });
  return byFile;
}
function suggest(id, known) {
  const suggestion = didYouMean(id, known);
  return suggestion ? ` (did you mean \`${suggestion}\`?)` : "";
}

// src/suppress/parse-directives.ts
var DIRECTIVE = /^(\s*)#\s*citrix-license-lint-(disable-next-line|disable)\b(.*)$/;
function parseDirectives(file, text) {
  const lines = text.split(/\r?\n/);
  const directives = [];
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent, word, rest] = match;
    const [rulesPart, ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    const reasonText = reasonParts.join(" -- ").trim();
    const directive = {
      kind: word === "disable" ? "file" : "next-line",
      file,
      line: index + 1,
      column: indent.length + 1,
      endColumn: content.trimEnd().length + 1,
      ruleIds: rulesPart.split(/[\s,]+/).filter(Boolean)
    };
    if (directive.kind === "next-line") {
      directive.target = nextContentLine(lines, index + 1);
      if (directive.target !== void 0) directive.targetEnd = entryEnd(lines, directive.target - 1);
    }
    const until = /^until\s+(\S+?):\s*(.*)$/.exec(reasonText);
    if (until) {
      if (!isIsoDate(until[1])) directive.problem = `the expiry "${until[1]}" is not a date written YYYY-MM-DD`;
      directive.until = until[1];
      directive.reason = until[2] || void 0;
    } else {
      directive.reason = reasonText || void 0;
    }
    if (directive.ruleIds.length === 0) directive.problem ??= "names no rule: write the rule id after the directive";
    else if (!directive.reason) directive.problem ??= "has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it";
    directives.push(directive);
  });
  return directives;
}
function nextContentLine(lines, from) {
  for (let i = from; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) return i + 1;
  }
  return void 0;
}
function entryEnd(lines, start) {
  const first = lines[start];
  const indent = first.length - first.trimStart().length;
  const opensBlock = /^\s*-(\s|$)/.test(first) || /:\s*(#.*)?$/.test(first.trimEnd());
  if (!opensBlock) return start + 1;
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (line.length - line.trimStart().length <= indent) break;
    end = i;
  }
  return end + 1;
}

// src/rules/reads.ts
var READS = {
  "allocation/inactive-entitlement": ["entitlements"],
  "allocation/orphaned-hostname": ["licenseServers", "netscalerConsoles", "entitlements"],
  "allocation/over-entitlement": ["allocations", "entitlements"],
  "inventory/reference": ["entitlements", "netscalerConsoles"],
  "license-file/inactive-perpetual": ["entitlements"],
  "license-file/unallocated": ["allocations", "entitlements"],
  "licenses/installed-exceeds-purchased": ["entitlements", "licenseServers", "netscalerConsoles"],
  "netscaler-console/missing-license-files": ["netscalerInstances"],
  "netscaler-instance/no-console": ["netscalerConsoles"]
};
var IDENTITY_ONLY = /* @__PURE__ */ new Set(["inventory/duplicate", "inventory/reference"]);

// src/engine/hold-back.ts
function holdBack(findings, doubts) {
  if (!doubts.any) return [...findings];
  const allNames = doubts.names();
  return findings.filter((finding) => {
    const names = namesIn(finding);
    if ((READS[finding.ruleId] ?? []).some((list2) => doubts.concerns(list2, names))) return false;
    if (!isSourceRange(finding.where)) {
      const list2 = finding.where.path[0];
      if (IDENTITY_ONLY.has(finding.ruleId)) return !(isEntityList(list2) && doubts.wholeLists.has(list2));
      return !doubts.hasEntity(finding.where.file, finding.where.path);
    }
    return ![...names].some((name) => allNames.has(name));
  });
}
function namesIn(finding) {
  const words = finding.message.split(/[\s`(),;]+/).map((word) => word.replace(/[:.]+$/, ""));
  return new Set([...finding.entity.split(":"), ...words].filter((word) => word !== "").map((word) => word.toLowerCase()));
}

// src/engine/lint.ts
function lint(options) {
  const roots = options.inputs.map((input) => discover(input, options.cwd, options.fs));
  const asked = /* @__PURE__ */ new Set();
  let widened = false;
  const read = roots.map((root) => {
    const single = root.files.length === 1 && root.files[0] === path4.resolve(options.cwd, root.input) ? root.files[0] : void 0;
    const folder = single === void 0 ? void 0 : inventoryFolderOf(single, root.repositoryRoot, options.fs);
    if (folder === void 0) {
      for (const file of root.files) asked.add(file);
      return root;
    }
    widened = true;
    asked.add(single);
    return { ...discover(folder, options.cwd, options.fs), input: root.input };
  });
  const { result, loaded } = lintRoots(read, options);
  if (!widened) return result;
  const shown = (file) => asked.has(file) || [...loaded.licenseFileUsers.get(file) ?? []].some((user) => asked.has(user));
  return {
    ...result,
    files: result.files.filter((file) => asked.has(file)),
    findings: result.findings.filter((finding) => shown(finding.file)),
    deadlines: result.deadlines.filter((deadline) => shown(deadline.file))
  };
}
function lintRoots(roots, options) {
  const loaded = loadInventory(roots, options.limits ?? DEFAULT_PARSE_LIMITS, options.fs);
  const settings = options.settings ?? defaultSettings();
  const upcoming2 = collectDeadlines(loaded.inventory, settings, options.asOf);
  const raw = [...loaded.findings, ...holdBack(runRules(loaded, { ...options, settings }, upcoming2), loaded.doubts)];
  const findings = finalize(raw, loaded, options);
  const directives = [...loaded.sources.values()].filter((source) => source.text.includes("citrix-license-lint-")).flatMap((source) => parseDirectives(source.file, source.text));
  const problems = applySuppressions(findings, directives, options.asOf, RULES.map((rule) => rule.meta.id));
  const all = problems.length > 0 ? [...findings, ...finalize(problems, loaded, options)].sort(compareFindings) : findings;
  const deadlines = upcoming2.map(({ at, ...rest }) => {
    const range = isSourceRange(at) ? at : loaded.sources.get(at.file).locate(at.path);
    return { ...rest, file: range.file, line: range.line };
  });
  return { result: { asOf: options.asOf, files: loaded.inventory.files, findings: all, deadlines, inventory: loaded.inventory }, loaded };
}
function runRules(loaded, options, deadlines) {
  const { settings } = options;
  const thresholds = thresholdWords(settings);
  const index = new InventoryIndex(loaded.inventory);
  const out = [];
  for (const rule of RULES) {
    if (!rule.check || options.ruleLevels?.[rule.meta.id] === "off") continue;
    rule.check({
      inventory: loaded.inventory,
      index,
      asOf: options.asOf,
      settings,
      deadlines,
      report: (descriptor) => {
        const template = rule.meta.messages[descriptor.messageId];
        out.push({
          ruleId: rule.meta.id,
          message: renderMessage(template, { ...thresholds, ...descriptor.data }),
          where: descriptor.at,
          entity: descriptor.entity,
          severity: descriptor.severity
        });
      }
    });
  }
  return out;
}
function finalize(raw, loaded, options) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of raw) {
    const level2 = options.ruleLevels?.[item.ruleId];
    if (level2 === "off") continue;
    const severity = level2 ?? item.severity ?? ruleById(item.ruleId)?.meta.severity ?? "error";
    const range = isSourceRange(item.where) ? item.where : loaded.sources.get(item.where.file).locate(item.where.path, item.onKey ?? false);
    const entity = item.entity.split(options.cwd + path4.sep).join("");
    const finding = {
      ruleId: item.ruleId,
      severity,
      message: item.message,
      file: range.file,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      fingerprint: fingerprint(item.ruleId, entity)
    };
    const id = `${finding.file}|${finding.line}|${finding.column}|${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings.sort(compareFindings);
}
function fingerprint(ruleId, entity) {
  return hash53(`${ruleId}\0${entity}`);
}

// src/engine/verdict.ts
function failingCount(counts, failOn) {
  if (failOn === "never") return 0;
  return failOn === "warning" ? counts.errors + counts.warnings : counts.errors;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed++;
    else if (finding.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return counts;
}
function judge(findings, introduced, options) {
  const counts = countFindings(findings);
  const onlyNew = options.onlyNew && introduced !== void 0;
  const judged = onlyNew ? countFindings(introduced) : counts;
  return { counts, judged, onlyNew, failing: failingCount(judged, options.failOn) };
}

// src/reporters/json.ts
var jsonReporter = (result, context) => {
  const counts = countFindings(result.findings);
  const compared = result.comparison;
  const introduced = new Set(compared?.comparison.introduced);
  const output = {
    tool: { name: "citrix-license-lint", version: context.toolVersion },
    asOf: result.asOf,
    summary: { ...counts, files: result.files.length, compliant: counts.errors === 0 },
    ...compared ? {
      comparison: {
        base: compared.base,
        introduced: compared.comparison.introduced.length,
        fixed: compared.comparison.fixed.length,
        unchanged: compared.comparison.unchanged.length,
        fixedFindings: compared.comparison.fixed.map((f) => ({ ruleId: f.ruleId, message: f.message, fingerprint: f.fingerprint }))
      }
    } : {},
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: displayPath(f.file, context.cwd),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fingerprint: f.fingerprint,
      ...compared && !f.suppression ? { status: introduced.has(f) ? "new" : "unchanged" } : {},
      ...f.suppression ? { suppressed: { justification: f.suppression.justification, file: displayPath(f.suppression.file, context.cwd), line: f.suppression.line } } : {}
    }))
  };
  return `${JSON.stringify(output, null, 2)}
`;
};

// src/reporters/change-words.ts
function countsLine(comparison) {
  const n = (count, word) => `${count} ${count === 1 ? word : `${word}s`}`;
  return `introduces ${n(comparison.introduced.length, "finding")}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged`;
}

// src/reporters/markdown.ts
var SUMMARY_BUDGET = { budget: 1024 * 1024 - 16 * 1024, measure: "bytes" };
var COMMENT_BUDGET = { budget: 65536 - 1536, measure: "characters" };
var GANTT_HORIZON_DAYS = 365;
var GANTT_MAX_TASKS = 30;
var markdownReporter = (result, context) => markdownReport(result, context, SUMMARY_BUDGET);
function markdownReport(result, context, options) {
  const size = (text2) => options.measure === "bytes" ? Buffer.byteLength(text2, "utf8") : text2.length;
  const counts = countFindings(result.findings);
  const head = [];
  if (options.preamble) head.push(options.preamble);
  head.push(verdict(result, counts));
  if (result.comparison) {
    const { comparison, base } = result.comparison;
    head.push(`This change **${countsLine(comparison)}** (compared with \`${base.length === 40 ? base.slice(0, 10) : base}\`).`);
    if (comparison.fixed.length > 0) {
      const fixed = comparison.fixed.slice(0, 50).map((f) => `- \`${f.ruleId}\`: ${cell(f.message)}`);
      head.push(`<details><summary>Fixed by this change (${comparison.fixed.length})</summary>

${fixed.join("\n")}${comparison.fixed.length > 50 ? `
- and ${comparison.fixed.length - 50} more` : ""}

</details>`);
    }
  }
  if (options.lead) head.push(options.lead);
  const introduced = new Set(result.comparison?.comparison.introduced);
  const active = result.findings.filter((f) => !f.suppression).sort((a, b) => Number(introduced.has(b)) - Number(introduced.has(a)));
  if (active.length > 0) head.push(ruleTable(active));
  const gantt = ganttChart(result.deadlines, result.asOf);
  if (gantt) head.push(gantt);
  let text = `${head.join("\n\n")}
`;
  let used = size(text);
  const reserve = 400;
  let shown = 0;
  const groups = groupByRule(active);
  outer: for (const [ruleId, findings] of groups) {
    const section = `
### \`${ruleId}\` (${findings.length})

[How to fix](${docsUrl(ruleId)})

| Location | Message |
|---|---|
`;
    const sectionSize = size(section);
    if (used + sectionSize + reserve > options.budget) break;
    text += section;
    used += sectionSize;
    for (const finding of findings) {
      const row = `| ${location(finding, context)} | ${introduced.has(finding) ? "🆕 " : ""}${cell(finding.message)} |
`;
      const rowSize = size(row);
      if (used + rowSize + reserve > options.budget) break outer;
      text += row;
      used += rowSize;
      shown++;
    }
  }
  if (shown < active.length) {
    text += `
_${formatCount(active.length - shown)} more ${active.length - shown === 1 ? "finding is" : "findings are"} not shown here, to stay within GitHub's size limit: see the check run, the SARIF upload, or run \`citrix-license-lint --format json\`._
`;
  }
  if (counts.suppressed > 0) text += `
${plural(counts.suppressed, "finding")} suppressed inline with a reason (listed in the SARIF and JSON reports).
`;
  return text;
}
function verdict(result, counts) {
  const files = plural(result.files.length, "inventory file");
  const suppressed = counts.suppressed > 0 ? `, ${formatCount(counts.suppressed)} suppressed` : "";
  if (counts.errors === 0 && counts.warnings === 0) {
    return `## ✅ citrix-license-lint: compliant

No problems in ${files} as of ${result.asOf}${suppressed}.`;
  }
  const icon = counts.errors > 0 ? "❌" : "⚠️";
  const word = counts.errors > 0 ? "not compliant" : "compliant, with warnings";
  return `## ${icon} citrix-license-lint: ${word}

**${plural(counts.errors, "error")}**, ${plural(counts.warnings, "warning")} in ${files} as of ${result.asOf}${suppressed}.`;
}
function ruleTable(findings) {
  const rows = [...groupByRule(findings)].map(([ruleId, group]) => {
    const errors = group.filter((f) => f.severity === "error").length;
    return `| [\`${ruleId}\`](${docsUrl(ruleId)}) | ${errors} | ${group.length - errors} |`;
  });
  return `| Rule | Errors | Warnings |
|---|---:|---:|
${rows.join("\n")}`;
}
function groupByRule(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return new Map([...groups].sort(([a, fa], [b, fb]) => {
    const ea = fa.some((f) => f.severity === "error") ? 0 : 1;
    const eb = fb.some((f) => f.severity === "error") ? 0 : 1;
    return ea - eb || (a < b ? -1 : 1);
  }));
}
function location(finding, context) {
  const file = displayPath(finding.file, context.cwd);
  const label = `${file}:${finding.line}`;
  if (!context.links) return `\`${label}\``;
  const { serverUrl, repository, sha } = context.links;
  return `[${cell(label)}](${serverUrl}/${repository}/blob/${sha}/${encodeURI(file)}#L${finding.line})`;
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function ganttChart(deadlines, asOf) {
  const upcoming2 = deadlines.filter((d) => daysBetween(asOf, d.lastDay) <= GANTT_HORIZON_DAYS).slice(0, GANTT_MAX_TASKS);
  if (upcoming2.length === 0) return void 0;
  const lines = ["```mermaid", "gantt", `    title Licensing deadlines after ${asOf}`, "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m-%d"];
  const bySection = /* @__PURE__ */ new Map();
  for (const deadline of upcoming2) {
    const group = bySection.get(deadline.kind);
    if (group) group.push(deadline);
    else bySection.set(deadline.kind, [deadline]);
  }
  let id = 0;
  for (const [kind, group] of bySection) {
    lines.push(`    section ${mermaidText(kind.charAt(0).toUpperCase() + kind.slice(1))}`);
    for (const deadline of group) lines.push(`    ${mermaidText(deadline.subject)} :milestone, d${++id}, ${deadline.lastDay}, 0d`);
  }
  lines.push("```");
  const more = deadlines.length - upcoming2.length;
  return `### Upcoming deadlines

${lines.join("\n")}${more > 0 ? `

_${plural(more, "later deadline")} not charted._` : ""}`;
}
function mermaidText(text) {
  return text.replace(/[`:#;]/g, "").replace(/\s+/g, " ").trim().slice(0, 80);
}

// src/reporters/sarif.ts
var FINGERPRINT_KEY = "citrixLicenseLint/v1";
var MAX_SARIF_RESULTS = 25e3;
var sarifReporter = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const findings = mostImportant(result.findings, MAX_SARIF_RESULTS);
  const omitted = result.findings.length - findings.length;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "citrix-license-lint",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: DOCS_BASE,
            rules: context.rules.map(({ id, severity, description, help, url }) => ({
              id,
              name: id.replace(/(^|[/-])(\w)/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: description },
              fullDescription: { text: help?.why.replace(/\s*\n\s*/g, " ") ?? description },
              help: {
                text: `${help?.fix.replace(/\s*\n\s*/g, " ") ?? description} Documentation: ${url}`,
                markdown: `${help?.why ?? description}

**How to fix.** ${help?.fix ?? ""}

[Rule documentation](${url})`
              },
              helpUri: url,
              defaultConfiguration: { level: severity },
              properties: { tags: ["licensing", "compliance", id.split("/")[0]] }
            }))
          }
        },
        automationDetails: { id: "citrix-license-lint/" },
        // Columns count UTF-16 code units: they are offsets into JavaScript strings.
        columnKind: "utf16CodeUnits",
        ...omitted > 0 ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                { level: "warning", message: { text: `${omitted} more findings are not in this file: GitHub code scanning takes at most ${MAX_SARIF_RESULTS} results per run. Errors come first, then warnings, then suppressed findings; \`--format json\` lists them all.` } }
              ]
            }
          ]
        } : {},
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: finding.severity,
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(displayPath(finding.file, context.cwd)) },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
              }
            }
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
          ...finding.suppression ? { suppressions: [{ kind: "inSource", status: "accepted", justification: finding.suppression.justification }] } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function mostImportant(findings, max) {
  if (findings.length <= max) return findings;
  const kept = new Set([...findings].sort((a, b) => importance(a) - importance(b)).slice(0, max));
  return findings.filter((f) => kept.has(f));
}

// src/config/resolve-config.ts
import { existsSync as existsSync2, readFileSync, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path7, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path7);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema2 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input, payload) => {
      let data = input;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input, _payload) => {
      if (input === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec._zod.bag.truthy = truthyArray;
  codec._zod.bag.falsy = falsyArray;
  codec._zod.bag.case = params.case ?? "insensitive";
  return codec;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniCodec = /* @__PURE__ */ $constructor("ZodMiniCodec", (inst, def) => {
  ZodMiniPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var stringbool = (...args) => _stringbool({
  Codec: ZodMiniCodec,
  Boolean: ZodMiniBoolean,
  String: ZodMiniString
}, ...args);

// src/config/config-schema.ts
function described(schema2, description) {
  const copy = schema2.clone();
  globalRegistry.add(copy, { description });
  return copy;
}
var isoDate = string2({ error: "must be a date written YYYY-MM-DD" }).check(refine(isIsoDate, { error: "must be a real date written YYYY-MM-DD" }));
var positiveInt = number2({ error: "must be a whole number" }).check(int({ error: "must be a whole number" }), _positive({ error: "must be at least 1" }));
var netscalerVersion = string2({ error: "must be a version like 14.1-25.53 (quote it)" }).check(_regex(/^\d+\.\d+-\d+\.\d+$/, { error: "must be a version like 14.1-25.53" }));
var level = _enum(["off", "warning", "error"], { error: "must be off, warning or error" });
var configSchema = described(
  strictObject({
    asOf: optional(described(isoDate, "Judge the inventory as of this day (YYYY-MM-DD) instead of today; --as-of overrides it.")),
    rules: optional(described(record(string2(), level), "Severity per rule id: off, warning or error. Rule ids: docs/rules/README.md.")),
    thresholds: optional(
      described(
        strictObject({
          automaticTelemetryMaxAgeDays: optional(described(positiveInt, "Days an automatic-mode host may go without a report (default 7).")),
          manualUploadIntervalDays: optional(described(positiveInt, "Days between manual uploads (default 90, CTX477614).")),
          consoleFirstUploadDays: optional(described(positiveInt, "Days after deployment a manual-mode NetScaler Console owes its first upload (default 30).")),
          versionGraceMonths: optional(described(positiveInt, "Months to install a new License Server build after its release (default 6).")),
          deadlineHorizonDays: optional(described(positiveInt, "How many days ahead deadlines/upcoming warns (default 30)."))
        }),
        "Compliance windows, where a contract or policy differs from the defaults."
      )
    ),
    licenseServerBuilds: optional(
      described(
        array(
          strictObject({
            build: described(positiveInt, "License Server 11.17.2 build number, for example 57100."),
            released: described(isoDate, "Release date (the latest possible day when only a bound is known)."),
            precision: _default(described(_enum(["exact", "on-or-before"], { error: "must be exact or on-or-before" }), "exact, or on-or-before for a bound."), "exact"),
            source: described(string2({ error: "must say where the date comes from" }).check(_minLength(1, { error: "must say where the date comes from" })), "Where the date comes from.")
          })
        ),
        "Builds to add to, or correct in, the built-in release catalog."
      )
    ),
    limits: optional(
      described(
        strictObject({
          inventoryFileMB: optional(described(positiveInt, "Largest inventory YAML file read, in MB (default 64); larger ones are findings.")),
          licenseFileMB: optional(described(positiveInt, "Largest license file read, in MB (default 4); a real one is a few KB."))
        }),
        "Size limits that protect against hostile or mistaken input."
      )
    ),
    netscaler: optional(
      described(
        strictObject({
          autoTelemetryMinimum: optional(
            described(
              record(string2().check(_regex(/^\d+\.\d+$/, { error: "keys are release lines like 14.1" })), netscalerVersion),
              'First version of each release line with automatic telemetry, for example { "15.1": "15.1-1.1" }.'
            )
          ),
          lasMinimum: optional(described(netscalerVersion, "First on-premises Console version with License Activation Service (default 14.1-51.83)."))
        }),
        "NetScaler Console version thresholds."
      )
    )
  }),
  "citrix-license-lint configuration (.citrix-license-lint.yml)."
);

// src/config/resolve-config.ts
var CONFIG_NAMES = [".citrix-license-lint.yml", ".citrix-license-lint.yaml"];
function resolveConfig(options) {
  const file = options.explicit !== void 0 ? explicitFile(options.explicit, options.cwd) : discoverConfig(options.inputs, options.cwd);
  if (!file) return { settings: defaultSettings(), ruleLevels: {}, limits: DEFAULT_PARSE_LIMITS };
  return { file, ...applyConfig(readConfig(file, options.cwd)) };
}
function explicitFile(explicit, cwd) {
  const file = path5.resolve(cwd, explicit);
  if (!existsSync2(file) || !statSync2(file).isFile()) throw new UsageError(`${explicit}: no such configuration file`);
  return file;
}
function discoverConfig(inputs, cwd) {
  const first = path5.resolve(cwd, inputs[0] ?? ".");
  const folder = existsSync2(first) && statSync2(first).isDirectory() ? first : path5.dirname(first);
  for (const candidateFolder of [folder, findRepositoryRoot(folder)]) {
    for (const name of CONFIG_NAMES) {
      const candidate = path5.join(candidateFolder, name);
      if (existsSync2(candidate)) return candidate;
    }
  }
  return void 0;
}
function readConfig(file, cwd) {
  const shown = path5.relative(cwd, file) || file;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the configuration (${error.code ?? "error"})`);
  }
  const { source, data } = readConfigYaml(file, text, shown);
  const parsed = configSchema.safeParse(data);
  const problems = [];
  if (!parsed.success) {
    for (const issue2 of parsed.error.issues) {
      const issuePath = issue2.path.map((p) => typeof p === "symbol" ? String(p) : p);
      const unknownKeys = issue2.code === "unrecognized_keys" ? issue2.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const at2 = source.locate([...issuePath, key], true);
          problems.push(`${shown}:${at2.line}:${at2.column}: unknown key \`${key}\`${suggestKey(data, issuePath, key)}`);
        }
        continue;
      }
      const at = source.locate(issuePath);
      const name = issuePath.length > 0 ? `\`${issuePath.join(".")}\`` : "the configuration";
      problems.push(`${shown}:${at.line}:${at.column}: ${name} ${issue2.message}`);
    }
  } else {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (ids.includes(id)) continue;
      const at = source.locate(["rules", id], true);
      const suggestion = didYouMean(id, ids);
      problems.push(`${shown}:${at.line}:${at.column}: unknown rule \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ": see docs/rules/README.md for the rule ids"}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  return parsed.data;
}
function readConfigYaml(file, text, shown) {
  const source = readYaml(file, text, { maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount });
  if (source.errors.length > 0) {
    const problems = source.errors.map((e) => {
      const at = source.rangeAt(e.start, e.end);
      return `${shown}:${at.line}:${at.column}: ${e.message.split("\n")[0]}`;
    });
    throw new UsageError(`invalid configuration:
${problems.join("\n")}`);
  }
  if (source.dataProblem !== void 0) throw new UsageError(`${shown}: ${source.dataProblem.replace(/\.$/, "")}: remove the aliases (*name) that expand too far`);
  return { source, data: source.data ?? {} };
}
var TOP_KEYS = ["asOf", "rules", "thresholds", "licenseServerBuilds", "limits", "netscaler"];
var NESTED_KEYS = {
  thresholds: ["automaticTelemetryMaxAgeDays", "manualUploadIntervalDays", "consoleFirstUploadDays", "versionGraceMonths", "deadlineHorizonDays"],
  netscaler: ["autoTelemetryMinimum", "lasMinimum"],
  limits: ["inventoryFileMB", "licenseFileMB"],
  licenseServerBuilds: ["build", "released", "precision", "source"]
};
function suggestKey(_data, issuePath, key) {
  const parent = issuePath.find((p) => typeof p === "string");
  const candidates = issuePath.length === 0 ? TOP_KEYS : NESTED_KEYS[parent ?? ""] ?? [];
  const suggestion = didYouMean(key, candidates);
  return suggestion ? `: did you mean \`${suggestion}\`?` : candidates.length > 0 ? `: the keys allowed here are ${candidates.join(", ")}` : "";
}
function applyConfig(config2) {
  const settings = defaultSettings();
  Object.assign(settings.policy, config2.thresholds ?? {});
  if (config2.licenseServerBuilds) {
    const byBuild = new Map(settings.builds.map((b) => [b.build, b]));
    for (const row of config2.licenseServerBuilds) byBuild.set(row.build, row);
    settings.builds = [...byBuild.values()].sort((a, b) => a.build - b.build);
  }
  if (config2.netscaler?.autoTelemetryMinimum) {
    settings.netscaler.autoTelemetryMinimum = { ...settings.netscaler.autoTelemetryMinimum, ...config2.netscaler.autoTelemetryMinimum };
  }
  if (config2.netscaler?.lasMinimum) settings.netscaler.lasMinimum = config2.netscaler.lasMinimum;
  const limits = {
    ...DEFAULT_PARSE_LIMITS,
    ...config2.limits?.inventoryFileMB ? { maxFileBytes: config2.limits.inventoryFileMB * 1024 * 1024 } : {},
    ...config2.limits?.licenseFileMB ? { maxLicenseFileBytes: config2.limits.licenseFileMB * 1024 * 1024 } : {}
  };
  return { asOf: config2.asOf, settings, ruleLevels: { ...config2.rules ?? {} }, limits };
}

// package.json
var package_default = {
  name: "citrix-license-lint",
  version: "0.1.0",
  description: "Lint a Citrix licensing inventory (entitlements, allocations, license servers, license files, NetScaler Consoles) kept as YAML in git.",
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
    "inventory-schema",
    "docs",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/generate-validator.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    "lint:deps": "depcruise src --config .dependency-cruiser.cjs",
    test: "npm run typecheck && npm run lint:deps && node --import tsx --test --test-reporter=spec $(find test -name '*.test.ts' | sort)",
    docs: "node --import tsx scripts/generate-rule-docs.ts && node --import tsx scripts/generate-config-schema.ts",
    "lint:examples": "node dist/cli.js examples/fabrikam",
    golden: "node scripts/update-golden.mjs",
    bench: "node --import tsx bench/run.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/node": "^20.19.43",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    tsx: "^4.23.15",
    typescript: "^5.9.3"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/change/compare.ts
function withComparison(result, comparison) {
  return comparison ? { ...result, comparison } : result;
}
function compareFindings2(base, head) {
  const remaining = /* @__PURE__ */ new Map();
  for (const finding of base) {
    if (finding.suppression) continue;
    const list2 = remaining.get(finding.fingerprint);
    if (list2) list2.push(finding);
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
      comparison.unchanged.push(finding);
    } else {
      comparison.introduced.push(finding);
    }
  }
  for (const [fingerprint2, candidates] of remaining) {
    for (let i = matched.get(fingerprint2) ?? 0; i < candidates.length; i++) comparison.fixed.push(candidates[i]);
  }
  return comparison;
}

// src/change/git.ts
import { execFileSync } from "node:child_process";
function git(repo, args, input) {
  try {
    return execFileSync("git", ["-C", repo, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim().split("\n")[0];
    if (error.code === "ENOENT") throw new UsageError("git is not installed: history and base comparison need it");
    throw new UsageError(`git ${args[0]} failed: ${stderr || error.message}`);
  }
}
function hasCommit(repo, rev) {
  try {
    execFileSync("git", ["-C", repo, "cat-file", "-e", `${rev}^{commit}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
function repositoryTop(folder) {
  try {
    return execFileSync("git", ["-C", folder, "rev-parse", "--show-toplevel"], { stdio: ["ignore", "pipe", "ignore"] }).toString("utf8").trim();
  } catch {
    return void 0;
  }
}

// src/change/commit-tree.ts
import path6 from "node:path";
function commitFileSystem(repo, rev, folders, cache = /* @__PURE__ */ new Map()) {
  const wanted = treeFileFilter(folders);
  const entries = listTree(repo, rev).filter((e) => wanted(e.path));
  const missing = [...new Set(entries.map((e) => e.oid).filter((oid) => !cache.has(oid)))];
  if (missing.length > 0) readBlobs(repo, missing, cache);
  const files = new Map(entries.map((e) => [e.path, cache.get(e.oid)]));
  return memoryFileSystem(repo, files);
}
function inputFolders(root, options) {
  return options.inputs.map((input) => path6.relative(root, path6.resolve(options.cwd, input)).split(path6.sep).join("/"));
}
function treeFileFilter(folders) {
  return (treePath) => /\.lic$/i.test(treePath) || folders.some((f) => f === "" || treePath === f || treePath.startsWith(`${f}/`));
}
function listTree(repo, rev) {
  const out = git(repo, ["ls-tree", "-r", "-z", "--full-tree", rev]).toString("utf8");
  const entries = [];
  for (const record2 of out.split("\0")) {
    if (!record2) continue;
    const tab = record2.indexOf("	");
    const [mode, type, oid] = record2.slice(0, tab).split(" ");
    if (type !== "blob" || mode !== "100644" && mode !== "100755") continue;
    entries.push({ oid, path: record2.slice(tab + 1) });
  }
  return entries;
}
function readBlobs(repo, oids, cache) {
  const out = git(repo, ["cat-file", "--batch"], `${oids.join("\n")}
`);
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [oid, , size] = out.subarray(offset, headerEnd).toString("utf8").split(" ");
    const start = headerEnd + 1;
    const length = Number(size);
    cache.set(oid, Buffer.from(out.subarray(start, start + length)));
    offset = start + length + 1;
  }
}

// src/change/lint-at.ts
function lintAtCommit(repoTop, rev, options, cache) {
  return lintOlderTree(commitFileSystem(repoTop, rev, inputFolders(repoTop, options), cache), options);
}
function lintOlderTree(fs, options) {
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof NoInventoryError) return { asOf: options.asOf, files: [], findings: [], deadlines: [], inventory: void 0 };
    throw error;
  }
}

export {
  isActive,
  isIsoDate,
  todayUtc,
  installedByProduct,
  purchasedByProduct,
  ruleCatalog,
  memoryFileSystem,
  UsageError,
  defaultInputs,
  readLicenseFile,
  InventoryIndex,
  defaultSettings,
  lint,
  countFindings,
  judge,
  jsonReporter,
  countsLine,
  SUMMARY_BUDGET,
  COMMENT_BUDGET,
  markdownReporter,
  markdownReport,
  sarifReporter,
  string2 as string,
  object,
  _enum,
  refine,
  stringbool,
  resolveConfig,
  TOOL_VERSION,
  withComparison,
  compareFindings2 as compareFindings,
  git,
  hasCommit,
  repositoryTop,
  inputFolders,
  treeFileFilter,
  lintAtCommit,
  lintOlderTree
};
