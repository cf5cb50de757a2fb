import type { FileLicensingExtension, Inventory, IsoDate } from '../model/inventory.js';
import type { Advice } from '../model/finding-data.js';
import { child, type Where } from '../model/location.js';
import { addDays, daysBetween } from '../util/dates.js';
import { entitlementEnd, installedFeatures, isActive, isOnPremisesConsole } from './scope.js';
import { consoleFirstUploadBy, telemetryVerdict } from './telemetry.js';
import { buildPolicy, lineOf, parseLicenseServerBuild, parseNetscalerVersion } from './versions.js';
import { endOfLifeOf, instanceKind, recommendedInstanceVersion } from './netscaler.js';
import type { Settings } from './settings.js';
import { entityKey } from './entity.js';

export type DeadlineKind =
  | 'term end'
  | 'maintenance end'
  | 'license expiry'
  | 'manual upload'
  | 'first upload'
  | 'upgrade'
  | 'file activation end of life'
  | 'file licensing extension end'
  | 'end of maintenance'
  | 'end of life';

export interface Deadline {
  kind: DeadlineKind;
  /**
   * The last day on which all is still in order; the day after, a rule reports an error (a
   * warning for a NetScaler release line's end of maintenance).
   */
  lastDay: IsoDate;
  subject: string;
  /** What it is about, as written (FindingData.subjects). */
  subjects: string[];
  /** What to do before then. */
  action: string;
  /** What `action` advises, as data (FindingData.advice). */
  advice: Advice[];
  at: Where;
  entity: string;
}

/** Every deadline on or after `asOf`, earliest first: what time will break next. */
export function collectDeadlines(inventory: Inventory, settings: Settings, asOf: IsoDate): Deadline[] {
  const { policy } = settings;
  const out: Deadline[] = [];
  const add = (deadline: Deadline) => {
    if (deadline.lastDay >= asOf) out.push(deadline);
  };

  for (const entitlement of inventory.entitlements) {
    const end = entitlementEnd(entitlement);
    if (!end) continue;
    const perpetual = entitlement.type === 'perpetual';
    add({
      kind: perpetual ? 'maintenance end' : 'term end',
      lastDay: end,
      subject: `entitlement \`${entitlement.id}\` (${entitlement.product ?? '?'})`,
      subjects: [entitlement.id, ...(entitlement.product ? [entitlement.product] : [])],
      action: perpetual
        ? 'renew Customer Success Services, or plan to remove its perpetual license files'
        : 'renew the subscription, or plan to return its allocations',
      advice: perpetual ? ['renew', 'remove'] : ['renew', 'return'],
      at: child(entitlement.at, perpetual ? 'cssEnd' : 'end'),
      entity: entityKey.entitlement(entitlement.id),
    });
  }
  for (const { kind, host, file, feature } of installedFeatures(inventory)) {
    if (!feature.expires || feature.expires === 'permanent') continue;
    add({
      kind: 'license expiry',
      lastDay: feature.expires,
      subject: `${feature.product} in ${file.name} on ${kind} \`${host.hostname}\``,
      subjects: [feature.product, file.name, host.hostname],
      action: 'install the renewed license file, or remove the expiring one',
      advice: ['install', 'remove'],
      at: feature.at,
      entity: entityKey.feature(host.hostname, file.name, feature.product),
    });
  }
  for (const server of inventory.licenseServers) {
    if (!isActive(server)) continue;
    const verdict = telemetryVerdict(server.telemetry, policy, asOf);
    if (verdict.status === 'ok' && verdict.due) {
      add({
        kind: 'manual upload',
        lastDay: verdict.due,
        subject: `license server \`${server.hostname}\``,
        subjects: [server.hostname],
        action: 'upload its telemetry to Citrix Insight Services (CTX472950)',
        advice: ['report'],
        at: child(server.at, 'telemetry', 'lastReported'),
        entity: entityKey.server(server.hostname),
      });
    }
    const build = server.version ? parseLicenseServerBuild(server.version) : undefined;
    if (build !== undefined && build >= policy.minimumBuild) {
      const version = buildPolicy(build, settings.builds, policy.versionGraceMonths);
      if (version.deadline && version.supersededBy) {
        add({
          kind: 'upgrade',
          lastDay: version.deadline,
          subject: `license server \`${server.hostname}\` (build ${build})`,
          subjects: [server.hostname],
          action: `upgrade to build ${version.supersededBy.build} or newer`,
          advice: ['upgrade'],
          at: child(server.at, 'version'),
          entity: entityKey.server(server.hostname),
        });
      }
    }
    if (server.activation === 'files') {
      add({
        ...fileActivationEnd(server, policy.fileActivationEndOfLife),
        subject: `license server \`${server.hostname}\``,
        subjects: [server.hostname],
        action: 'move to the License Activation Service',
        advice: ['upgrade'],
        at: child(server.at, 'activation'),
        entity: entityKey.server(server.hostname),
      });
    }
  }
  for (const console of inventory.netscalerConsoles) {
    if (!isActive(console) || !isOnPremisesConsole(console)) continue;
    const firstUploadBy = consoleFirstUploadBy(console, policy);
    const verdict = telemetryVerdict(console.telemetry, policy, asOf, firstUploadBy);
    if (verdict.status === 'ok' && verdict.due) {
      const first = !console.telemetry?.lastReported;
      add({
        kind: first ? 'first upload' : 'manual upload',
        lastDay: verdict.due,
        subject: `NetScaler Console \`${console.hostname}\``,
        subjects: [console.hostname],
        action: 'upload its telemetry to NetScaler Console service',
        advice: ['report'],
        at: child(console.at, 'telemetry', first ? 'mode' : 'lastReported'),
        entity: entityKey.console(console.hostname),
      });
    }
    if (console.activation === 'files') {
      add({
        ...fileActivationEnd(console, policy.fileActivationEndOfLife),
        subject: `NetScaler Console \`${console.hostname}\``,
        subjects: [console.hostname],
        action: 'move to the License Activation Service',
        advice: ['upgrade'],
        at: child(console.at, 'activation'),
        entity: entityKey.console(console.hostname),
      });
    }
  }
  for (const instance of inventory.netscalerInstances) {
    const version = instance.version ? parseNetscalerVersion(instance.version) : undefined;
    if (!version) continue;
    const line = lineOf(version);
    const row = settings.netscaler.releaseLines.find((l) => l.line === line);
    if (!row) continue;
    const subject = `NetScaler release ${line} on ${instance.platform ?? ''} instance \`${instance.name}\``.replace(/\s+/g, ' ');
    // What to upgrade to is judged the day after: a build of the line that is ending is no advice.
    const action = (lastDay: IsoDate) => {
      const target = recommendedInstanceVersion(settings, instanceKind(instance), addDays(lastDay, 1));
      return `upgrade it to ${target ? `${target} or newer` : 'a release line still in maintenance'}`;
    };
    for (const [kind, lastDay] of [
      ['end of maintenance', row.endOfMaintenance],
      ['end of life', endOfLifeOf(row, instance.fips === true)],
    ] as const) {
      if (!lastDay) continue;
      add({
        kind,
        lastDay,
        subject,
        subjects: [instance.name],
        action: action(lastDay),
        advice: ['upgrade'],
        at: child(instance.at, 'version'),
        entity: entityKey.instance(instance.name),
      });
    }
  }
  return out.sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0));
}

/** File activation ends the day before end of life, or with the last day of an extension (CTX696555). */
function fileActivationEnd(
  host: { fileLicensingExtension?: FileLicensingExtension },
  endOfLife: IsoDate,
): Pick<Deadline, 'kind' | 'lastDay'> {
  const until = host.fileLicensingExtension?.until;
  if (until && until >= endOfLife) return { kind: 'file licensing extension end', lastDay: until };
  return { kind: 'file activation end of life', lastDay: addDays(endOfLife, -1) };
}

export function daysLeft(deadline: Deadline, asOf: IsoDate): number {
  return daysBetween(asOf, deadline.lastDay);
}
