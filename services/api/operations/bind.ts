// bind: assigns a pending pod to a node, as Kubernetes' pods/binding subresource does. The
// scheduler's only write: spec.nodeName is set once (a pod already on a node is a Conflict)
// together with the PodScheduled condition, in one compare-and-set write.
import { BadRequestError, ConflictError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { ApiContext } from "../api-context.ts";
import { DEFAULT_NAMESPACE, getOrNotFound } from "./object-rules.ts";
import { writeUpdate } from "./update.ts";

export interface BindQuery {
  namespace?: string;
  name?: string;
  nodeName?: string;
  uid?: string;
}

const PODS = findResource("pods") as ResourceInfo;
const MAX_ATTEMPTS = 3;

interface PodShape {
  spec?: { nodeName?: string } | null;
  status?: { conditions?: { type?: string; status?: string; lastTransitionTime?: string; reason?: string; message?: string }[] } | null;
}

export async function bindPod(ctx: ApiContext, query: BindQuery): Promise<ApiObject> {
  if (!query.name) throw new BadRequestError("bind names no pod (name is empty)");
  if (!query.nodeName) throw new BadRequestError("bind names no node (nodeName is empty)");
  const namespace = query.namespace || DEFAULT_NAMESPACE;
  for (let attempt = 0; ; attempt++) {
    const current = await getOrNotFound(ctx, PODS, namespace, query.name, { fresh: attempt > 0 });
    const pod = current.object as ApiObject & PodShape;
    if (query.uid && query.uid !== pod.metadata?.uid) {
      throw new ConflictError("pods", query.name, `the pod's uid is ${pod.metadata?.uid}, not ${query.uid}`);
    }
    if (pod.metadata?.deletionTimestamp) throw new ConflictError("pods", query.name, "the pod is being deleted and cannot be assigned to a node");
    if (pod.spec?.nodeName) throw new ConflictError("pods", query.name, `pod ${query.name} is already assigned to node "${pod.spec.nodeName}"`);
    const next = structuredClone(pod);
    next.spec = { ...next.spec, nodeName: query.nodeName };
    const conditions = (next.status?.conditions ?? []).filter((condition) => condition.type !== "PodScheduled");
    conditions.push({ type: "PodScheduled", status: "True", lastTransitionTime: kubernetesTime(ctx.now()) });
    next.status = { ...next.status, conditions };
    try {
      return await writeUpdate(ctx, PODS, current, next, {});
    } catch (error) {
      if (error instanceof ConflictError && attempt + 1 < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}
