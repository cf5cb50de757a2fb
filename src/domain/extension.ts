import type { FileLicensingExtension, IsoDate } from '../model/inventory.js';

export type FileActivationState =
  | { state: 'before' }
  | { state: 'ended' }
  | { state: 'extended'; until: IsoDate; reference: string }
  | { state: 'extension ended'; until: IsoDate; reference: string };

/**
 * Where a file-activated host stands on `asOf`: before end of life, past it, or inside or past
 * a one-time extension Citrix granted (CTX696555). The extension's last day is still in force.
 */
export function fileActivationState(extension: FileLicensingExtension | undefined, endOfLife: IsoDate, asOf: IsoDate): FileActivationState {
  if (asOf < endOfLife) return { state: 'before' };
  if (!extension?.until) return { state: 'ended' };
  const reference = extension.reference ?? 'no reference recorded';
  return asOf <= extension.until
    ? { state: 'extended', until: extension.until, reference }
    : { state: 'extension ended', until: extension.until, reference };
}

/** How a file-activation rule reports a state past end of life: which message, how severe, what it quotes. */
export function pastEndOfLife(state: Exclude<FileActivationState, { state: 'before' }>): {
  messageId: 'after' | 'extended' | 'extensionEnded';
  severity?: 'warning';
  data: { until?: IsoDate; reference?: string };
} {
  if (state.state === 'ended') return { messageId: 'after', data: {} };
  const data = { until: state.until, reference: state.reference };
  // Inside a granted extension the deadline is still ahead: a warning that names it.
  return state.state === 'extended' ? { messageId: 'extended', severity: 'warning', data } : { messageId: 'extensionEnded', data };
}
