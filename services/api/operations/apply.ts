// apply: create-or-update by name. The manifest replaces the desired state (spec, labels,
// annotations, ...) while status and system metadata are kept; a lost race is retried.
import { AlreadyExistsError, ConflictError } from "../../../runtime/api-errors.ts";
import { qualifiedResourceName, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { createObject, type WriteOptions } from "./create.ts";
import { admit, desiredState, metaOf, nameOf, normalizeNamespace, sameBytes, setTypeMeta } from "./object-rules.ts";
import { preserveAllocated } from "./preserve-allocated.ts";
import { mergeForUpdate, writeUpdate } from "./update.ts";

export type ApplyOutcome = "created" | "configured" | "unchanged";

export interface ApplyResult {
  object: ApiObject;
  outcome: ApplyOutcome;
}

const MAX_ATTEMPTS = 5;

function sameMetadata(a: ApiObject, b: ApiObject): boolean {
  const pick = (object: ApiObject) => {
    const meta = object.metadata ?? {};
    return JSON.stringify([meta.labels ?? {}, meta.annotations ?? {}, meta.ownerReferences ?? [], meta.finalizers ?? []]);
  };
  return pick(a) === pick(b);
}

export async function applyObject(ctx: ApiContext, info: ResourceInfo, object: ApiObject, options: WriteOptions = {}): Promise<ApplyResult> {
  setTypeMeta(info, object);
  normalizeNamespace(info, object);
  const name = nameOf(object);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // After a lost race the cached copy is behind: read the source of truth.
    const current = await ctx.repo.get(info, object.metadata?.namespace, name, { fresh: attempt > 0 });
    if (!current) {
      try {
        return { object: await createObject(ctx, info, structuredClone(object), options), outcome: "created" };
      } catch (error) {
        if (error instanceof AlreadyExistsError) continue;
        throw error;
      }
    }
    const next = mergeForUpdate(info, current.object, structuredClone(object), "main");
    preserveAllocated(info.kind, next, current.object);
    admit(info, next, "update", current.object);
    if (sameBytes(desiredState(info, next), desiredState(info, current.object)) && sameMetadata(next, current.object)) {
      return { object: current.object, outcome: "unchanged" };
    }
    metaOf(next).resourceVersion = String(current.revision);
    try {
      return { object: await writeUpdate(ctx, info, current, next, options), outcome: "configured" };
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
  }
  throw new ConflictError(qualifiedResourceName(info), name, "the object kept changing while being applied; try again");
}
