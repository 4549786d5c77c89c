// The resource admission step of a create, after defaulting and validation: the namespace's
// LimitRanges fill in and bound pods' requests and limits (and claims' storage). A refusal is
// 403 Forbidden with LimitRanger's message; what the defaults add is validated again.
import { ForbiddenError, InvalidError } from "../../../../runtime/api-errors.ts";
import { findResource, qualifiedResourceName, type ResourceInfo } from "../../../../runtime/codec/resources.ts";
import type { ApiObject, ObjectRepository } from "../../../../runtime/store/object-repository.ts";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { validateObject } from "../validation.ts";
import { applyLimitRangeDefaults, checkClaimLimits, checkPodLimits } from "./limit-range.ts";

type LimitRange = troupe.v1.LimitRange.$Properties;

const LIMIT_RANGES = findResource("limitranges")!;

export async function admitResources(repo: ObjectRepository, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (info.kind !== "Pod" && info.kind !== "PersistentVolumeClaim") return;
  const namespace = object.metadata?.namespace ?? "";
  const { items } = await repo.list<LimitRange & ApiObject>(LIMIT_RANGES, namespace);
  if (items.length === 0) return;
  const ranges = items.map((item) => item.object);
  const name = object.metadata?.name ?? "";
  let problems: string[];
  if (info.kind === "Pod") {
    const pod = object as troupe.v1.Pod.$Properties;
    applyLimitRangeDefaults(pod, ranges);
    const errors = validateObject(info.kind, object, { operation: "create" });
    if (errors.length > 0) throw new InvalidError(info.kind, name, errors);
    problems = checkPodLimits(pod, ranges);
  } else {
    problems = checkClaimLimits(object as troupe.v1.PersistentVolumeClaim.$Properties, ranges);
  }
  if (problems.length > 0) throw new ForbiddenError(qualifiedResourceName(info), name, problems.join(", "));
}
