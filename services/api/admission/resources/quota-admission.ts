// ResourceQuota in the API. Charging: a create first adds its usage to status.used of every quota
// of its namespace that constrains it, each with a compare-and-set on the quota's revision (a lost
// race re-reads and re-checks), so API replicas admitting at once cannot over-admit; a refusal is
// 403 Forbidden "exceeded quota". Recounting: a quota's status.used is recalculated from the
// objects when the quota is created and whenever a counted object is removed for good, which also
// returns a charge whose object write failed.
import { ForbiddenError } from "../../../../runtime/api-errors.ts";
import { findResource, qualifiedResourceName, type ResourceInfo } from "../../../../runtime/codec/resources.ts";
import { RevisionConflictError } from "../../../../runtime/store/errors.ts";
import type { ApiObject, ObjectRepository } from "../../../../runtime/store/object-repository.ts";
import { setTimeout as sleep } from "node:timers/promises";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { checkQuota, constrained, formatUsage, objectUsage, parseUsage, quotaMatches, totalUsage, type Usage } from "./quota.ts";

type Quota = troupe.v1.ResourceQuota.$Properties & ApiObject;

const QUOTAS = findResource("resourcequotas")!;
const CAS_ATTEMPTS = 10;
const CAS_RETRY_MS = 5;

function usageOf(info: ResourceInfo, object: ApiObject): Usage {
  return objectUsage(info.kind, info.plural, info.group, object);
}

/** At create: fills a new quota's status, or charges the object against its namespace's quotas. */
export async function admitQuota(repo: ObjectRepository, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (!info.namespaced) return;
  const namespace = object.metadata?.namespace ?? "";
  if (info.kind === "ResourceQuota") {
    const quota = object as Quota;
    quota.status = { hard: { ...quota.spec?.hard }, used: formatUsage(await recount(repo, namespace, quota)) };
    return;
  }
  const { items } = await repo.list<Quota>(QUOTAS, namespace);
  const usage = usageOf(info, object);
  for (const stored of items) {
    if (!quotaMatches(stored.object, info.kind, object) || constrained(stored.object, usage).length === 0) continue;
    await casStatus(repo, namespace, stored.object.metadata?.name ?? "", async (quota) => {
      const used = parseUsage(quota.status?.used);
      const refusal = checkQuota(quota.metadata?.name ?? "", quota, used, usage);
      if (refusal) throw new ForbiddenError(qualifiedResourceName(info), object.metadata?.name ?? "", refusal);
      for (const [name, value] of Object.entries(usage)) if (quota.spec?.hard?.[name] !== undefined) used[name] = (used[name] ?? 0) + value;
      return used;
    });
  }
}

/** After an object is removed for good: recounts the quotas of its namespace that count it. */
export async function recountQuotas(repo: ObjectRepository, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (!info.namespaced || info.kind === "ResourceQuota") return;
  const namespace = object.metadata?.namespace ?? "";
  const { items } = await repo.list<Quota>(QUOTAS, namespace);
  const usage = usageOf(info, object);
  for (const stored of items) {
    if (constrained(stored.object, usage).length === 0) continue;
    await casStatus(repo, namespace, stored.object.metadata?.name ?? "", (quota) => recount(repo, namespace, quota));
  }
}

async function casStatus(repo: ObjectRepository, namespace: string, name: string, next: (quota: Quota) => Promise<Usage>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const stored = await repo.get<Quota>(QUOTAS, namespace, name);
    if (!stored) return;
    const quota = stored.object;
    const used = await next(quota);
    try {
      await repo.update(QUOTAS, { ...quota, status: { hard: { ...quota.spec?.hard }, used: formatUsage(used) } }, stored.revision);
      return;
    } catch (error) {
      if (!(error instanceof RevisionConflictError) || attempt === CAS_ATTEMPTS) throw error;
      // The replica's watch cache may lag the winner's write by a moment.
      await sleep(CAS_RETRY_MS * attempt);
    }
  }
}

/** The quota's usage recalculated from the objects of its namespace (ended pods do not count). */
async function recount(repo: ObjectRepository, namespace: string, quota: Quota): Promise<Usage> {
  const hard = quota.spec?.hard ?? {};
  const usages: Usage[] = [];
  for (const info of countedResources(Object.keys(hard))) {
    const { items } = await repo.list(info, namespace);
    for (const { object } of items) {
      const phase = (object as troupe.v1.Pod.$Properties).status?.phase;
      if (info.kind === "Pod" && (phase === "Succeeded" || phase === "Failed")) continue;
      if (object.metadata?.deletionTimestamp && info.kind === "Pod") continue;
      if (quotaMatches(quota, info.kind, object)) usages.push(usageOf(info, object));
    }
  }
  return totalUsage(hard, usages);
}

const RESOURCE_OF: Record<string, string> = {
  pods: "pods", cpu: "pods", memory: "pods", "requests.cpu": "pods", "requests.memory": "pods", "limits.cpu": "pods", "limits.memory": "pods",
  services: "services", configmaps: "configmaps", secrets: "secrets", persistentvolumeclaims: "persistentvolumeclaims", "requests.storage": "persistentvolumeclaims",
};

function countedResources(names: string[]): ResourceInfo[] {
  const infos = new Map<string, ResourceInfo>();
  for (const name of names) {
    const resource = name.startsWith("count/") ? name.slice("count/".length) : RESOURCE_OF[name];
    const info = resource === undefined ? undefined : findResource(resource);
    if (info?.namespaced) infos.set(`${info.plural}.${info.group}`, info);
  }
  return [...infos.values()];
}
