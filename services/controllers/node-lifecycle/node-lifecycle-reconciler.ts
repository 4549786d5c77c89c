// The node lifecycle controller's reconciler (Kubernetes' node lifecycle controller and its
// taint eviction manager, per node and level-based): judge the node's health from its
// heartbeats, write the conditions and taints that health calls for, mark the pods of a silent
// node not ready, and delete the pods whose toleration of a NoExecute taint ran out — their
// ReplicaSets then create replacements, which the scheduler keeps off the tainted node.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isConflict, isNotFound } from "../errors.ts";
import type { ControllersMetrics } from "../metrics.ts";
import { forEachLimited } from "../parallel.ts";
import { NODES, PODS, type NodeObject, type PodObject } from "../resources.ts";
import { isActive, isReady } from "../replicaset/pod-state.ts";
import { nodeHealth, NodeHealths, type NodeHealth } from "./node-health.ts";
import type { NodeHeartbeats } from "./node-heartbeats.ts";
import { nodeUpdates } from "./node-updates.ts";
import type { ResolvedNodeLifecycleOptions } from "./options.ts";
import { podsToEvict } from "./taint-eviction.ts";
import { TaintEffects } from "./well-known.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";

export interface NodeLifecycleReconcilerDeps {
  nodes: Informer<NodeObject>;
  pods: Informer<PodObject>;
  heartbeats: NodeHeartbeats;
  client: TypedApiClient;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  logger: Logger;
  options: ResolvedNodeLifecycleOptions;
  /** Pod writes (marks, evictions) in flight at once per node. */
  concurrency: number;
  now?: () => Date;
}

/** Timers may fire a little early against the wall clock; look just after the deadline. */
const DEADLINE_SLACK_MS = 10;


export function hasNoExecuteTaint(node: NodeObject | undefined): boolean {
  return (node?.spec?.taints ?? []).some((taint) => taint.effect === TaintEffects.noExecute);
}

export class NodeLifecycleReconciler implements Reconciler {
  readonly #deps: NodeLifecycleReconcilerDeps;
  /** Health last computed per node, for the nodes gauge. */
  readonly #health = new Map<string, NodeHealth>();

  constructor(deps: NodeLifecycleReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { nodes, pods, heartbeats, options } = this.#deps;
    const node = nodes.get(undefined, request.name);
    if (!node) {
      this.#recordHealth(request.name, undefined);
      await this.#deleteOrphanedPods(request.name);
      return;
    }
    const now = this.#deps.now?.() ?? new Date();
    const lastHeartbeat = heartbeats.lastHeartbeat(request.name);
    const health = nodeHealth(node, lastHeartbeat, now, options.gracePeriodMs);
    this.#recordHealth(request.name, health);
    const current = await this.#writeNodeUpdates(node, health, now);

    const silent = health === NodeHealths.unknown;
    const onNode = silent || hasNoExecuteTaint(current) ? pods.list((pod) => pod.spec?.nodeName === request.name && isActive(pod)) : [];
    // What runs on a silent node is unknown: its pods stop counting as ready (endpoints drop them).
    if (silent) await this.#markNotReady(onNode, now);
    const plan = podsToEvict(current.spec?.taints ?? [], onNode, now, options);
    await this.#evict(plan.evict as PodObject[]);

    let next: number;
    if (health === NodeHealths.unknown) next = options.monitorPeriodMs;
    else {
      const since = Math.max(lastHeartbeat?.getTime() ?? 0, Date.parse(node.metadata?.creationTimestamp ?? "") || 0);
      next = since > 0 ? since + options.gracePeriodMs - now.getTime() + DEADLINE_SLACK_MS : options.monitorPeriodMs;
    }
    return { requeueAfterMs: Math.max(DEADLINE_SLACK_MS, Math.min(next, plan.recheckAfterMs ?? Number.POSITIVE_INFINITY)) };
  }

  async #writeNodeUpdates(node: NodeObject, health: NodeHealth, now: Date): Promise<NodeObject> {
    const { client, metrics, recorder } = this.#deps;
    const update = nodeUpdates(node, health, now);
    let current = node;
    if (update.conditions) {
      current = await client.updateStatus<NodeObject>({ ...current, status: { ...current.status, conditions: update.conditions } });
      metrics.nodeUpdates.inc({ change: "conditions" });
      const ready = health === NodeHealths.unknown ? "NodeNotReady" : "NodeReady";
      void recorder.record(node, "Normal", ready, `Node ${node.metadata?.name ?? ""} status is now: ${ready}`);
    }
    if (update.taints) {
      current = await client.update<NodeObject>({ ...current, spec: { ...current.spec, taints: update.taints } });
      metrics.nodeUpdates.inc({ change: "taints" });
    }
    return current;
  }

  /** Kubernetes' MarkPodsNotReady: best effort, the eviction that follows does not depend on it. */
  async #markNotReady(pods: PodObject[], now: Date): Promise<void> {
    const { client, concurrency, logger } = this.#deps;
    await forEachLimited(pods.filter(isReady), concurrency, async (pod) => {
      const conditions = (pod.status?.conditions ?? []).map((condition) =>
        condition.type === "Ready" ? { ...condition, status: "False", lastTransitionTime: kubernetesTime(now) } : condition);
      try {
        await client.updateStatus<PodObject>({ ...pod, status: { ...pod.status, conditions } });
      } catch (error) {
        if (!isNotFound(error) && !isConflict(error)) logger.warn("could not mark a pod not ready", { pod: pod.metadata?.name, error });
      }
    });
  }

  async #evict(pods: PodObject[]): Promise<void> {
    const { client, concurrency, metrics, recorder } = this.#deps;
    const failures: unknown[] = [];
    await forEachLimited(pods, concurrency, async (pod) => {
      const namespace = pod.metadata?.namespace ?? "";
      try {
        await client.delete(PODS, namespace, pod.metadata?.name ?? "", { preconditions: { uid: pod.metadata?.uid ?? "" } });
        metrics.evictions.inc();
        void recorder.record(pod, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${namespace}/${pod.metadata?.name ?? ""}`);
      } catch (error) {
        if (!isNotFound(error)) failures.push(error);
      }
    });
    if (failures.length > 0) throw failures[0];
  }

  /**
   * Pods bound to a node that no longer exists can never be stopped by a kubelet: they are
   * deleted at once (Kubernetes' pod GC). The node's absence is confirmed live first, since the
   * pod cache may be ahead of the node cache.
   */
  async #deleteOrphanedPods(nodeName: string): Promise<void> {
    const { client, concurrency, metrics, pods } = this.#deps;
    const orphans = pods.list((pod) => pod.spec?.nodeName === nodeName);
    if (orphans.length === 0) return;
    try {
      await client.get(NODES, undefined, nodeName);
      return;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const failures: unknown[] = [];
    await forEachLimited(orphans, concurrency, async (pod) => {
      try {
        await client.delete(PODS, pod.metadata?.namespace ?? "", pod.metadata?.name ?? "", { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata?.uid ?? "" } });
        metrics.orphanPodDeletions.inc();
      } catch (error) {
        if (!isNotFound(error)) failures.push(error);
      }
    });
    if (failures.length > 0) throw failures[0];
  }

  #recordHealth(node: string, health: NodeHealth | undefined): void {
    const before = this.#health.get(node);
    if (before === health) return;
    if (before) this.#deps.metrics.nodes.dec({ health: before });
    if (health) {
      this.#deps.metrics.nodes.inc({ health });
      this.#health.set(node, health);
    } else {
      this.#health.delete(node);
    }
  }
}
