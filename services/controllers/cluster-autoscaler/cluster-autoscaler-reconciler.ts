// The cluster autoscaler's loop, one reconcile of the key kube-system/cluster-autoscaler-status,
// woken by pod and node changes and every scan interval. Each pass reads the nodes, pods and
// PodDisruptionBudgets from the informers and each group's nodes from the provider, then:
// scale-up (planScaleUp: pods the scheduler marked Unschedulable, simulated on the groups'
// templates), else scale-down (planScaleDown: unneeded nodes, removed after the unneeded time:
// tainted ToBeDeletedByClusterAutoscaler and cordoned, drained through the Eviction API, then the
// provider deletes the node and the Node object goes). Events and the status ConfigMap are the
// Kubernetes cluster autoscaler's. Its memory (unneeded since, drains, last scale-up) is this process's.
import type { Informer } from "../../../runtime/store/informer.ts";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { NodeGroupProvider, ProviderNode } from "../../../runtime/node-groups/types.ts";
import { CONFIG_MAPS, NODES, type ConfigMapObject, type NodeObject, type PodDisruptionBudgetObject, type PodObject } from "../resources.ts";
import { STATUS_CONFIG_MAP, STATUS_NAMESPACE, statusYaml, type GroupStatusInput } from "./autoscaler-status.ts";
import type { ClusterAutoscalerMetrics } from "./cluster-autoscaler-metrics.ts";
import type { ClusterAutoscalerConfig, NodeGroup } from "./node-group-config.ts";
import { podsToMove, planScaleDown, UNREMOVABLE_REASONS } from "./scale-down.ts";
import { planScaleUp, type GroupState } from "./scale-up.ts";

/** The taint the Kubernetes CA puts on a node it is about to delete. */
export const TO_BE_DELETED_TAINT = "ToBeDeletedByClusterAutoscaler";
const EVENT_REPEAT_MS = 60_000;

export interface ClusterAutoscalerDeps {
  client: TypedApiClient;
  provider: NodeGroupProvider;
  config: ClusterAutoscalerConfig;
  pods: Informer<PodObject>;
  nodes: Informer<NodeObject>;
  budgets: Informer<PodDisruptionBudgetObject>;
  /** The Eviction API (honours PodDisruptionBudgets: a 429 refusal aborts the drain). */
  evict: (namespace: string, name: string) => Promise<void>;
  recorder?: Pick<EventRecorder, "record">;
  metrics?: ClusterAutoscalerMetrics;
  logger?: Logger;
  now?: () => number;
}

interface Drain {
  group: string;
  startedAt: number;
}

const isReady = (node: NodeObject | undefined) => (node?.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const podKey = (pod: PodObject) => `${pod.metadata?.namespace}/${pod.metadata?.name}`;

/** The scheduler's verdict, not a guess: PodScheduled False with reason Unschedulable. */
export function isUnschedulable(pod: PodObject): boolean {
  if (pod.spec?.nodeName || pod.metadata?.deletionTimestamp) return false;
  return (pod.status?.conditions ?? []).some((condition) => condition.type === "PodScheduled" && condition.status === "False" && condition.reason === "Unschedulable");
}

export class ClusterAutoscalerReconciler implements Reconciler {
  readonly #deps: ClusterAutoscalerDeps;
  readonly #now: () => number;
  #unneededSince = new Map<string, number>();
  readonly #drains = new Map<string, Drain>();
  /** Nodes asked for and when: given up on after maxNodeProvisionTime. */
  readonly #requested = new Map<string, number>();
  readonly #podEvents = new Map<string, { text: string; at: number }>();
  /** Nodes deleted by this process that the informer may still list for a moment. */
  readonly #removed = new Set<string>();
  #lastScaleUpAt: number | undefined;
  #lastScaleDownAt: number | undefined;
  #lastStatus = "";

  constructor(deps: ClusterAutoscalerDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<ReconcileResult | void> {
    if (namespace !== STATUS_NAMESPACE || name !== STATUS_CONFIG_MAP) return;
    const started = performance.now();
    try {
      await this.#pass();
    } finally {
      this.#deps.metrics?.loops.inc();
      this.#deps.metrics?.loopDuration.observe((performance.now() - started) / 1000);
    }
    return { requeueAfterMs: this.#deps.config.scanIntervalMs };
  }

  async #provider<T>(operation: "nodes" | "increase" | "delete", call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let outcome = "ok";
    try {
      return await call();
    } catch (error) {
      outcome = "error";
      throw error;
    } finally {
      this.#deps.metrics?.providerRequests.observe({ operation, outcome }, (performance.now() - started) / 1000);
    }
  }

  async #pass(): Promise<void> {
    const { config, metrics } = this.#deps;
    const now = this.#now();
    const listed = this.#deps.nodes.list();
    for (const name of this.#removed) if (!listed.some((node) => node.metadata?.name === name)) this.#removed.delete(name);
    const nodes = listed.filter((node) => !this.#removed.has(node.metadata?.name ?? ""));
    const nodeByName = new Map(nodes.map((node) => [node.metadata?.name ?? "", node]));
    const pods = this.#deps.pods.list();
    const groupNodes = new Map<string, ProviderNode[]>();
    const providerErrors = new Map<string, string>();
    for (const group of config.nodeGroups) {
      try {
        groupNodes.set(group.name, await this.#provider("nodes", () => this.#deps.provider.nodes(group.name)));
      } catch (error) {
        providerErrors.set(group.name, message(error));
      }
    }
    const states: GroupState[] = [];
    const groupOfNode = new Map<string, { name: string; minSize: number; size: number }>();
    const counts = new Map<string, GroupStatusInput>();
    for (const group of config.nodeGroups) {
      const members = groupNodes.get(group.name);
      if (!members) continue;
      let upcoming = 0;
      let ready = 0;
      let unready = 0;
      for (const member of members) {
        const node = nodeByName.get(member.name);
        if (isReady(node)) {
          ready++;
          this.#requested.delete(member.name);
          groupOfNode.set(member.name, { name: group.name, minSize: group.minSize, size: members.length });
        } else if (member.state === "creating" || (this.#requested.has(member.name) && now - (this.#requested.get(member.name) ?? 0) < config.maxNodeProvisionMs)) upcoming++;
        else unready++;
      }
      states.push({ group, size: members.length, upcoming });
      counts.set(group.name, { name: group.name, minSize: group.minSize, maxSize: group.maxSize, target: members.length, ready, upcoming, unready, unneeded: 0 });
    }
    await this.#continueDrains(pods, nodeByName, groupNodes);

    const pending = pods.filter(isUnschedulable);
    const bound = pods.filter((pod) => pod.spec?.nodeName);
    const up = planScaleUp({ pending, nodes, pods: bound, groups: states });
    metrics?.unschedulablePods.set(pending.length - up.schedulable.length);
    metrics?.notTriggeredPods.set(up.noScaleUp.length);
    for (const { pod, message: text } of up.noScaleUp) this.#podEvent(pod as PodObject, "Normal", "NotTriggerScaleUp", text, now);
    let scaleUpInProgress = states.some((state) => state.upcoming > 0);
    if (up.increase) {
      const { group, delta, from, to, maxSize } = up.increase;
      try {
        const names = await this.#provider("increase", () => this.#deps.provider.increase(group, delta));
        for (const name of names) this.#requested.set(name, now);
        this.#lastScaleUpAt = now;
        scaleUpInProgress = true;
        metrics?.scaleUps.inc({ node_group: group, result: "triggered" });
        metrics?.scaledUpNodes.inc({ node_group: group }, names.length);
        const entry = counts.get(group);
        if (entry) {
          entry.upcoming += names.length;
          entry.target += names.length;
        }
        this.#deps.logger?.info("scale-up", { nodeGroup: group, from, to, nodes: names, pods: up.increase.pods.length });
        for (const pod of up.increase.pods) this.#podEvent(pod as PodObject, "Normal", "TriggeredScaleUp", `pod triggered scale-up: [{${group} ${from}->${to} (max: ${maxSize})}]`, now);
      } catch (error) {
        metrics?.scaleUps.inc({ node_group: group, result: "failed" });
        this.#deps.logger?.warn("scale-up failed", { nodeGroup: group, delta, error });
        for (const pod of up.increase.pods) this.#podEvent(pod as PodObject, "Warning", "FailedScaleUp", `pod failed to trigger scale-up: ${group} ${from}->${to}: ${message(error)}`, now);
      }
    }

    const down = planScaleDown({
      now, nodes, pods, budgets: this.#deps.budgets.list(), groupOfNode, unneededSince: this.#unneededSince, lastScaleUpAt: this.#lastScaleUpAt,
      threshold: config.scaleDownUtilizationThreshold, unneededMs: config.scaleDownUnneededMs, delayAfterAddMs: config.scaleDownDelayAfterAddMs, skipNodesWithLocalStorage: config.skipNodesWithLocalStorage,
    });
    for (const name of this.#drains.keys()) down.unneeded.delete(name);
    this.#unneededSince = down.unneeded;
    for (const [name] of down.unneeded) {
      const entry = counts.get(groupOfNode.get(name)?.name ?? "");
      if (entry) entry.unneeded++;
    }
    // No scale-down while pods wait for nodes or a node is draining, as the Kubernetes CA.
    if (down.remove && !up.increase && !scaleUpInProgress && this.#drains.size === 0) {
      await this.#startDrain(down.remove.node, down.remove.group, down.remove.utilization, nodeByName.get(down.remove.node), now);
    }
    if (metrics) {
      for (const reason of UNREMOVABLE_REASONS) metrics.unremovableNodes.set({ reason }, [...down.unremovable.values()].filter((value) => value === reason).length);
      for (const entry of counts.values()) {
        const draining = [...this.#drains.values()].filter((drain) => drain.group === entry.name).length;
        metrics.nodes.set({ node_group: entry.name, state: "ready" }, entry.ready);
        metrics.nodes.set({ node_group: entry.name, state: "upcoming" }, entry.upcoming);
        metrics.nodes.set({ node_group: entry.name, state: "unready" }, entry.unready);
        metrics.nodes.set({ node_group: entry.name, state: "unneeded" }, entry.unneeded);
        metrics.nodes.set({ node_group: entry.name, state: "draining" }, draining);
      }
    }
    const groups = config.nodeGroups.map((group) => counts.get(group.name) ?? this.#unknownGroup(group, providerErrors.get(group.name) ?? "no answer"));
    // The status is for people; a failed write does not stop the scaling.
    await this.#writeStatus({
      groups, registeredNodes: nodes.length, readyNodes: nodes.filter(isReady).length, scaleUpInProgress,
      lastScaleUpAt: this.#lastScaleUpAt === undefined ? undefined : kubernetesTime(new Date(this.#lastScaleUpAt)),
      lastScaleDownAt: this.#lastScaleDownAt === undefined ? undefined : kubernetesTime(new Date(this.#lastScaleDownAt)),
    }).catch((error: unknown) => this.#deps.logger?.warn("could not write the status ConfigMap", { configMap: `${STATUS_NAMESPACE}/${STATUS_CONFIG_MAP}`, error }));
  }

  #unknownGroup(group: NodeGroup, providerError: string): GroupStatusInput {
    return { name: group.name, minSize: group.minSize, maxSize: group.maxSize, target: 0, ready: 0, upcoming: 0, unready: 0, unneeded: 0, providerError };
  }

  #podEvent(pod: PodObject, type: "Normal" | "Warning", reason: string, text: string, now: number): void {
    const key = podKey(pod);
    const last = this.#podEvents.get(key);
    if (last && last.text === `${reason}: ${text}` && now - last.at < EVENT_REPEAT_MS) return;
    this.#podEvents.set(key, { text: `${reason}: ${text}`, at: now });
    if (this.#podEvents.size > 10_000) this.#podEvents.delete(this.#podEvents.keys().next().value ?? "");
    void this.#deps.recorder?.record(pod, type, reason, text);
  }

  /** Taints and cordons the node and evicts its pods; a refused eviction (a PDB) undoes it all. */
  async #startDrain(name: string, group: string, utilization: number, node: NodeObject | undefined, now: number): Promise<void> {
    if (!node) return;
    const { client, recorder, metrics } = this.#deps;
    const taints = [...(node.spec?.taints ?? []).filter((taint) => taint.key !== TO_BE_DELETED_TAINT), { key: TO_BE_DELETED_TAINT, value: String(Math.floor(now / 1000)), effect: "NoSchedule" }];
    try {
      await client.update<NodeObject>({ ...node, spec: { ...node.spec, unschedulable: true, taints } });
    } catch (error) {
      // Gone, or changed since the informer saw it: the next pass decides again.
      if (error instanceof ApiError && (error.code === 404 || error.code === 409)) return;
      throw error;
    }
    this.#drains.set(name, { group, startedAt: now });
    this.#deps.logger?.info("scale-down: draining", { node: name, nodeGroup: group, utilization });
    void recorder?.record(node, "Normal", "ScaleDown", `marked the node as toBeDeleted/unschedulable (utilization ${utilization.toFixed(2)} below ${this.#deps.config.scaleDownUtilizationThreshold})`);
    for (const pod of podsToMove(this.#deps.pods.list(), name) as PodObject[]) {
      try {
        await this.#deps.evict(pod.metadata?.namespace ?? "default", pod.metadata?.name ?? "");
        metrics?.evictions.inc({ result: "evicted" });
        void recorder?.record(pod, "Normal", "ScaleDown", `deleting pod for node scale down`);
      } catch (error) {
        if (error instanceof ApiError && error.code === 404) continue;
        metrics?.evictions.inc({ result: "refused" });
        await this.#abortDrain(name, `evicting ${podKey(pod)}: ${message(error)}`);
        return;
      }
    }
  }

  async #abortDrain(name: string, why: string): Promise<void> {
    const drain = this.#drains.get(name);
    this.#drains.delete(name);
    this.#unneededSince.delete(name);
    if (drain) this.#deps.metrics?.scaleDowns.inc({ node_group: drain.group, result: "failed" });
    this.#deps.logger?.warn("scale-down aborted", { node: name, why });
    try {
      const node = await this.#deps.client.get<NodeObject>(NODES, undefined, name);
      await this.#deps.client.update<NodeObject>({ ...node, spec: { ...node.spec, unschedulable: false, taints: (node.spec?.taints ?? []).filter((taint) => taint.key !== TO_BE_DELETED_TAINT) } });
      void this.#deps.recorder?.record(node, "Warning", "ScaleDownFailed", `failed to drain the node, aborting ScaleDown: ${why}`);
    } catch (error) {
      this.#deps.logger?.warn("could not uncordon after an aborted scale-down", { node: name, error });
    }
  }

  /** A drained node (only DaemonSet or mirror pods left) is deleted by the provider, then its Node object. */
  async #continueDrains(pods: readonly PodObject[], nodeByName: Map<string, NodeObject>, groupNodes: Map<string, ProviderNode[]>): Promise<void> {
    const now = this.#now();
    for (const [name, drain] of this.#drains) {
      if (!groupNodes.get(drain.group)?.some((member) => member.name === name) && !nodeByName.has(name)) {
        this.#drains.delete(name);
        continue;
      }
      if (podsToMove(pods, name).length > 0) {
        if (now - drain.startedAt > this.#deps.config.maxDrainMs) await this.#abortDrain(name, `pods still on the node after ${this.#deps.config.maxDrainMs / 1000}s`);
        continue;
      }
      try {
        await this.#provider("delete", () => this.#deps.provider.delete(drain.group, [name]));
        const node = nodeByName.get(name);
        await this.#deps.client.delete(NODES, undefined, name).catch((error: unknown) => {
          if (!(error instanceof ApiError && error.code === 404)) throw error;
        });
        this.#drains.delete(name);
        this.#removed.add(name);
        this.#lastScaleDownAt = now;
        this.#deps.metrics?.scaleDowns.inc({ node_group: drain.group, result: "removed" });
        this.#deps.logger?.info("scale-down: node removed", { node: name, nodeGroup: drain.group });
        if (node) void this.#deps.recorder?.record(node, "Normal", "ScaleDown", `node removed by cluster autoscaler`);
      } catch (error) {
        this.#deps.logger?.warn("scale-down: deleting the node failed; tried again next pass", { node: name, error });
      }
    }
  }

  async #writeStatus(input: Parameters<typeof statusYaml>[0]): Promise<void> {
    const withoutTime = statusYaml(input, "");
    if (withoutTime === this.#lastStatus) return;
    const data = { status: statusYaml(input, kubernetesTime(new Date(this.#now()))) };
    const { client } = this.#deps;
    try {
      const current = await client.get<ConfigMapObject>(CONFIG_MAPS, STATUS_NAMESPACE, STATUS_CONFIG_MAP);
      await client.update<ConfigMapObject>({ ...current, data });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 404)) throw error;
      await client.create<ConfigMapObject>({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: STATUS_CONFIG_MAP, namespace: STATUS_NAMESPACE }, data });
    }
    this.#lastStatus = withoutTime;
  }
}
