import { fillTemplate, type TemplateValues } from '../util/template.js';

/**
 * What can be wrong with a license file, by id: the messages of the rule license-file/syntax
 * (which declares them as its `meta.messages`), also shown by `inspect` and in collected
 * exports. Written once, here, below both.
 */
export const LICENSE_FILE_MESSAGES = {
  empty: 'the license file is empty: download it again from the licensing portal',
  notFlexNet:
    'this is not a FlexNet license file: it has no SERVER, VENDOR, INCREMENT or FEATURE line; check that the path names the .lic file',
  unclosedQuote: 'the {{keyword}} entry starting here opens a quote that is never closed: the file is truncated; download it again',
  noVendorName: '{{keyword}} needs the vendor daemon name (CITRIX)',
  serverFields: 'SERVER needs a host name and a host id (for example SERVER this_host HOSTNAME=ctxls01)',
  incrementFields:
    '{{keyword}} needs five fields before its KEY=value pairs: feature, vendor, version, expiry and count; this one has {{count}}',
  featureField: 'the feature name "{{value}}" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
  versionField: 'the version field of {{feature}} must be a date written YYYY.MMDD (the CSS date), not "{{value}}"',
  expiryField: 'the expiry field of {{feature}} must be `permanent` or a date like 31-dec-2027, not "{{value}}"',
  countField: 'the count field of {{feature}} must be a whole number or `uncounted`, not "{{value}}"',
  tooLarge:
    'the file is {{size}} KB, over the {{limit}} MB limit: a license file is a few KB; check that the path names the .lic file (or raise limits.licenseFileMB)',
  binary: 'this is a binary file, not a FlexNet license file: check that the path names the .lic file',
} as const;

export type LicenseProblemId = keyof typeof LICENSE_FILE_MESSAGES;

/** One problem as data, and as words. */
export function licenseProblemText(
  id: LicenseProblemId,
  values: TemplateValues = {},
): { id: LicenseProblemId; values: TemplateValues; message: string } {
  return { id, values, message: fillTemplate(LICENSE_FILE_MESSAGES[id], values) };
}
