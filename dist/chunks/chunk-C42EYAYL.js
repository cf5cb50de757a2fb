#!/usr/bin/env node
import { createRequire as __cllCreateRequire } from 'node:module';
const require = __cllCreateRequire(import.meta.url);

// src/action/publish/marker.ts
var COMMENT_MARKER = "<!-- citrix-license-lint:pull-request-comment -->";
var ISSUE_MARKER = "<!-- citrix-license-lint:tracking-issue -->";
var ISSUE_TITLE = "citrix-license-lint: licensing compliance findings";

export {
  COMMENT_MARKER,
  ISSUE_MARKER,
  ISSUE_TITLE
};
