// Kubernetes' Priority admission plugin: a pod's priorityClassName becomes its spec.priority (and
// preemptionPolicy) at create; a pod without one gets the globalDefault class, or priority 0.
// system-cluster-critical and system-node-critical always exist (built in when not stored).
// A PriorityClass may be globalDefault only while no other class is.
import { ForbiddenError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ApiContext } from "../api-context.ts";

const PRIORITY_CLASSES = findResource("priorityclasses") as ResourceInfo;

type PriorityClass = troupe.v1.PriorityClass.$Properties & ApiObject;
type Pod = troupe.v1.Pod.$Properties;

export const SYSTEM_CLUSTER_CRITICAL = "system-cluster-critical";
export const SYSTEM_NODE_CRITICAL = "system-node-critical";
/** Kubernetes' HighestUserDefinablePriority; system classes sit above it. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
export const PREEMPT_LOWER_PRIORITY = "PreemptLowerPriority";

/** The classes Kubernetes creates at start-up. */
export const SYSTEM_PRIORITY_CLASSES: readonly PriorityClass[] = Object.freeze([
  { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: SYSTEM_NODE_CRITICAL }, value: 2_000_001_000, globalDefault: false, description: "Used for system critical pods that must not be moved from their current node.", preemptionPolicy: PREEMPT_LOWER_PRIORITY },
  { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: SYSTEM_CLUSTER_CRITICAL }, value: 2_000_000_000, globalDefault: false, description: "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.", preemptionPolicy: PREEMPT_LOWER_PRIORITY },
]);

/** What a pod gets from the classes: the resolved class (undefined: none, priority 0) or why it is refused. */
export function resolvePodPriority(pod: Pod, classes: readonly PriorityClass[]): { priorityClass?: PriorityClass; error?: string } {
  const wanted = pod.spec?.priorityClassName ?? "";
  const all = [...classes, ...SYSTEM_PRIORITY_CLASSES.filter((system) => !classes.some((stored) => stored.metadata?.name === system.metadata?.name))];
  if (wanted === "") return { priorityClass: all.find((candidate) => candidate.globalDefault) };
  const found = all.find((candidate) => candidate.metadata?.name === wanted);
  if (!found) return { error: `no PriorityClass with name ${wanted} was found` };
  return { priorityClass: found };
}

export async function admitPriorityOnCreate(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (info.kind === "PriorityClass") return admitPriorityClass(ctx, object);
  if (info.kind !== "Pod") return;
  const pod = object as Pod & ApiObject;
  // A named class is one direct get (a system class none); only a pod naming none needs the list, for the global default.
  const wanted = pod.spec?.priorityClassName ?? "";
  const system = SYSTEM_PRIORITY_CLASSES.some((candidate) => candidate.metadata?.name === wanted);
  const classes = wanted === "" ? (await ctx.repo.list<PriorityClass>(PRIORITY_CLASSES)).items.map((item) => item.object)
    : system ? [] : [(await ctx.repo.get<PriorityClass>(PRIORITY_CLASSES, undefined, wanted))?.object].filter((found): found is PriorityClass => found !== undefined);
  const { priorityClass, error } = resolvePodPriority(pod, classes);
  const name = pod.metadata?.name ?? "";
  if (error) throw new ForbiddenError("pods", name, error);
  const spec = (pod.spec ??= {});
  const priority = priorityClass?.value ?? 0;
  if (spec.priority != null && spec.priority !== priority) {
    throw new ForbiddenError("pods", name, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
  }
  spec.priority = priority;
  if (priorityClass) {
    spec.priorityClassName = priorityClass.metadata?.name ?? "";
    spec.preemptionPolicy = priorityClass.preemptionPolicy ?? PREEMPT_LOWER_PRIORITY;
  }
}

/** Only one class may be the global default (Kubernetes' admission check). */
export async function admitPriorityClass(ctx: ApiContext, object: ApiObject): Promise<void> {
  const priorityClass = object as PriorityClass;
  if (!priorityClass.globalDefault) return;
  const { items } = await ctx.repo.list<PriorityClass>(PRIORITY_CLASSES);
  const other = items.map((item) => item.object).find((candidate) => candidate.globalDefault && candidate.metadata?.name !== priorityClass.metadata?.name);
  if (other) {
    throw new ForbiddenError("priorityclasses.scheduling.k8s.io", priorityClass.metadata?.name ?? "", `PriorityClass ${other.metadata?.name ?? ""} is already marked as default. Only one default can exist`);
  }
}
