// evict: the pods/eviction subresource (policy/v1 Eviction). A pod covered by a
// PodDisruptionBudget is deleted only when the budget allows one more disruption; admitting it
// takes one from status.disruptionsAllowed and records the pod in status.disruptedPods with a
// compare-and-set on the budget's revision, so two evictions racing for the last allowed
// disruption cannot both win. Kubernetes' pkg/registry/core/pod/storage/eviction.go.
import { BadRequestError, ConflictError, ForbiddenError, InternalError, TooManyRequestsError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { labelSelectorFromMessage, type LabelSelectorMessage } from "../../../runtime/selectors/label-selector.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { deleteObject } from "./delete.ts";
import { DEFAULT_NAMESPACE, getOrNotFound } from "./object-rules.ts";
import { updateObject } from "./update.ts";

const PODS = findResource("pods") as ResourceInfo;
const BUDGETS = findResource("poddisruptionbudgets") as ResourceInfo;

export const EVICTION_REFUSED_MESSAGE = "Cannot evict pod as it would violate the pod's disruption budget.";
export const MORE_THAN_ONE_BUDGET_MESSAGE = "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.";
/** kubectl drain retries a refused eviction every 5 seconds; the Retry-After says the same. */
export const EVICTION_RETRY_AFTER_SECONDS = 5;
// Kubernetes' MaxDisruptedPodSize: evictions the disruption controller has not confirmed yet.
const MAX_DISRUPTED_PODS = 2000;
const MAX_ATTEMPTS = 10;

export interface EvictQuery {
  namespace?: string;
  name: string;
  deleteOptions?: {
    gracePeriodSeconds?: number | null;
    preconditions?: { uid?: string; resourceVersion?: string } | null;
    propagationPolicy?: string;
  } | null;
  dryRun?: boolean;
}

interface PodShape {
  metadata?: { name?: string; labels?: Record<string, string> | null; deletionTimestamp?: string | null };
  status?: { phase?: string | null; conditions?: Array<{ type?: string | null; status?: string | null }> | null };
}

interface BudgetShape {
  metadata?: { name?: string; generation?: number | string | null; resourceVersion?: string };
  spec?: { selector?: LabelSelectorMessage | null; unhealthyPodEvictionPolicy?: string | null };
  status?: {
    observedGeneration?: number | string | null;
    disruptionsAllowed?: number | null;
    currentHealthy?: number | null;
    desiredHealthy?: number | null;
    disruptedPods?: Record<string, string> | null;
    conditions?: Array<Record<string, unknown>> | null;
  };
}

function isReady(pod: PodShape): boolean {
  return (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}

/** Pods that cannot count toward a budget are evicted without consulting one (canIgnorePDB). */
function ignoresBudgets(pod: PodShape): boolean {
  const phase = pod.status?.phase ?? "";
  return Boolean(pod.metadata?.deletionTimestamp) || phase === "Succeeded" || phase === "Failed" || phase === "Pending" || phase === "";
}

function tooManyRequests(cause: string, retryAfterSeconds = EVICTION_RETRY_AFTER_SECONDS): TooManyRequestsError {
  return new TooManyRequestsError(EVICTION_REFUSED_MESSAGE, retryAfterSeconds, [{ reason: "DisruptionBudget", message: cause }]);
}

/** Whether an unready pod may go without taking from the budget. */
function unhealthyPodMayGo(pod: PodShape, budget: BudgetShape): boolean {
  if (isReady(pod)) return false;
  if (budget.spec?.unhealthyPodEvictionPolicy === "AlwaysAllow") return true;
  const current = budget.status?.currentHealthy ?? 0;
  const desired = budget.status?.desiredHealthy ?? 0;
  return desired > 0 && current >= desired;
}

/** The budget after admitting `podName`, or the refusal (checkAndDecrement). */
export function admitDisruption(budget: BudgetShape, podName: string, now: Date): BudgetShape {
  const name = budget.metadata?.name ?? "";
  const status = budget.status ?? {};
  if (Number(status.observedGeneration ?? 0) < Number(budget.metadata?.generation ?? 0)) {
    throw tooManyRequests(`The disruption budget ${name} is still being processed by the server.`, 10);
  }
  const allowed = status.disruptionsAllowed ?? 0;
  if (allowed < 0) throw new ForbiddenError("poddisruptionbudgets.policy", name, "pdb disruptions allowed is negative");
  if (Object.keys(status.disruptedPods ?? {}).length > MAX_DISRUPTED_PODS) {
    throw new ForbiddenError("poddisruptionbudgets.policy", name, "DisruptedPods map too big - too many evictions not confirmed by PDB controller");
  }
  if (allowed === 0) {
    throw tooManyRequests(`The disruption budget ${name} needs ${status.desiredHealthy ?? 0} healthy pods and has ${status.currentHealthy ?? 0} currently`);
  }
  const conditions = allowed - 1 > 0 ? status.conditions : (status.conditions ?? []).map((condition) =>
    condition.type === "DisruptionAllowed" && condition.status !== "False"
      ? { ...condition, status: "False", reason: "InsufficientPods", lastTransitionTime: kubernetesTime(now) }
      : condition);
  return {
    ...budget,
    status: { ...status, disruptionsAllowed: allowed - 1, disruptedPods: { ...status.disruptedPods, [podName]: kubernetesTime(now) }, conditions },
  };
}

async function budgetsOf(ctx: ApiContext, namespace: string, pod: PodShape): Promise<ApiObject[]> {
  const { items } = await ctx.repo.list(BUDGETS, namespace);
  return items.map((item) => item.object).filter((budget) => {
    const selector = (budget as BudgetShape).spec?.selector;
    // A budget whose selector is unreadable covers nothing, as Kubernetes skips it.
    try {
      return labelSelectorFromMessage(selector).matches(pod.metadata?.labels);
    } catch {
      return false;
    }
  });
}

function deletePod(ctx: ApiContext, namespace: string, query: EvictQuery): Promise<ApiObject> {
  const options = query.deleteOptions ?? {};
  return deleteObject(ctx, PODS, {
    namespace,
    name: query.name,
    gracePeriodSeconds: options.gracePeriodSeconds,
    preconditions: options.preconditions,
    propagationPolicy: options.propagationPolicy ?? "",
    dryRun: query.dryRun,
  });
}

/** Evicts the pod when its budget allows; answers with the pod as its delete left it. */
export async function evictPod(ctx: ApiContext, query: EvictQuery): Promise<ApiObject> {
  const policy = query.deleteOptions?.propagationPolicy ?? "";
  if (policy && !["Background", "Foreground", "Orphan"].includes(policy)) {
    throw new BadRequestError(`deleteOptions.propagationPolicy: Unsupported value: "${policy}": supported values: "Background", "Foreground", "Orphan"`);
  }
  const namespace = query.namespace || DEFAULT_NAMESPACE;
  for (let attempt = 1; ; attempt++) {
    const pod = (await getOrNotFound(ctx, PODS, namespace, query.name, { fresh: true })).object as PodShape;
    if (ignoresBudgets(pod)) return deletePod(ctx, namespace, query);
    const budgets = await budgetsOf(ctx, namespace, pod);
    if (budgets.length > 1) throw new InternalError(MORE_THAN_ONE_BUDGET_MESSAGE);
    if (budgets.length === 0) return deletePod(ctx, namespace, query);
    // The budget's revision read here is the one the write below compares against.
    const stored = await getOrNotFound(ctx, BUDGETS, namespace, budgets[0]?.metadata?.name ?? "", { fresh: true });
    const budget = stored.object as BudgetShape;
    if (unhealthyPodMayGo(pod, budget)) return deletePod(ctx, namespace, query);
    const admitted = admitDisruption(budget, query.name, new Date());
    admitted.metadata = { ...admitted.metadata, resourceVersion: String(stored.revision) };
    if (query.dryRun) return deletePod(ctx, namespace, query);
    try {
      await updateObject(ctx, BUDGETS, admitted as ApiObject, "status");
    } catch (error) {
      // Another eviction, or the disruption controller, wrote the budget first: decide again on
      // what it wrote.
      if (error instanceof ConflictError && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    return deletePod(ctx, namespace, query);
  }
}
