// The scheduling loop, an actor over private state (the cache and the queue): informer events
// keep both current; while this replica leads, one pod at a time is decided (synchronously, so
// the cache never changes under a decision) and assumed at once, and its bind is sent without
// waiting, up to `bindConcurrency` writes in flight. Failures are explained on the pod
// (PodScheduled=False, a FailedScheduling Event) and the pod is kept aside until the cluster
// changes.
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { context, ROOT_CONTEXT, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Span, SpanContext } from "@opentelemetry/api";
import type { Registry } from "prom-client";
import type { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import type { EventRecorder } from "../../runtime/events/event-recorder.ts";
import type { Logger } from "../../runtime/log.ts";
import { ATTR_ERROR_TYPE, ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_NODE_NAME, ATTR_K8S_POD_NAME } from "../../runtime/semconv.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";
import { findPreemption, mayPreempt, ERR_AFFINITY, ERR_CONSTRAINTS_NOT_MATCH, ERR_EXISTING_ANTI_AFFINITY, ERR_NODE_LABEL_NOT_MATCH, isTerminated, schedulePod } from "./framework/mod.ts";
import type { NamespaceLabels, Node, Pod, PodVolumes, Preemption, ScheduleResult } from "./framework/mod.ts";
import { createSchedulerMetrics } from "./metrics.ts";
import type { PendingCounts, SchedulerMetrics } from "./metrics.ts";
import type { ResolvedSchedulerOptions } from "./options.ts";
import { FAILED_SCHEDULING_REASON, isAssigned, isPendingFor, podKey, schedulingPropertiesChanged, UNSCHEDULABLE_REASON, withUnschedulableCondition } from "./pod-state.ts";
import { SchedulerCache } from "./scheduler-cache.ts";
import { SchedulingQueue } from "./scheduling-queue.ts";
import type { SchedulerVolumes } from "./scheduler-volumes.ts";

const tracer = trace.getTracer("troupe.scheduler");

export type PodObject = Pod & ApiObject;
export type NodeObject = Node & ApiObject;

export interface SchedulerDeps {
  pods: Informer<PodObject>;
  nodes: Informer<NodeObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  /** Where the scheduler's metrics go. */
  registry: Registry;
  logger: Logger;
  /** Claims, volumes and classes (VolumeBinding); without them a pod's claims are not checked. */
  volumes?: SchedulerVolumes;
  /** Namespaces, for pod affinity terms' namespaceSelector; without them no namespace has labels. */
  namespaces?: Informer<ApiObject>;
}

/**
 * Reasons a pod arriving on a node can lift: a pod failing only with others is retried on the
 * next change of nodes, not on every bind. (Anti-affinity of the pod itself only gets harder.)
 */
const WAITS_FOR_PODS = new Set([ERR_AFFINITY, ERR_CONSTRAINTS_NOT_MATCH, ERR_EXISTING_ANTI_AFFINITY, ERR_NODE_LABEL_NOT_MATCH]);

const MULTI_ZONE_OFF = Object.freeze({ interPodAffinity: false, podTopologySpread: false });

/** Decisions in a row before the loop lets informer events and replies in. */
const DECISIONS_PER_TURN = 64;

/** One leadership term: its queue, its loop and the writes it started. */
interface Run {
  queue: SchedulingQueue;
  stopped: boolean;
  loop: Promise<void>;
  writes: Set<Promise<void>>;
  /** Resolves the loop's wait for a free write slot. */
  slotFreed: (() => void) | undefined;
}

/** spec.priority (resolved from priorityClassName at admission in Kubernetes); 0 when unset. */
function priorityOf(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}

function isGone(error: unknown): boolean {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return reason === "Conflict" || reason === "NotFound";
}

export class Scheduler {
  readonly cache = new SchedulerCache();
  readonly #deps: SchedulerDeps;
  readonly #options: ResolvedSchedulerOptions;
  readonly #metrics: SchedulerMetrics;
  #run: Run | undefined;
  #startIndex = 0;
  #decisions = 0;
  /** Pending pods' first traced change (their create): each decision for the pod continues it. */
  readonly #triggers = new Map<string, SpanContext>();
  /** Unschedulable pods whose failure a newly assigned pod may lift (pod affinity, spreading). */
  readonly #waitingForPods = new Set<string>();
  readonly #namespaceLabels: NamespaceLabels;
  /** Preemptors' reservations on their nominated nodes: pod key → the cache key of its stand-in. */
  readonly #nominated = new Map<string, string>();

  constructor(deps: SchedulerDeps, options: ResolvedSchedulerOptions) {
    this.#deps = deps;
    this.#options = options;
    this.#metrics = createSchedulerMetrics(deps.registry, () => this.pendingCounts());
    // The cache follows the informers whether or not this replica leads, so a standby takes over warm.
    deps.nodes.addHandlers({
      onAdd: (node) => this.#guard(node, () => this.#onNode(node)),
      onUpdate: (_previous, node) => this.#guard(node, () => this.#onNode(node)),
      onDelete: (node) => this.#guard(node, () => this.cache.removeNode(node.metadata?.name ?? "")),
    });
    deps.pods.addHandlers({
      onAdd: (pod, trigger) => this.#guard(pod, () => this.#onPod(undefined, pod, trigger)),
      onUpdate: (previous, pod, trigger) => this.#guard(pod, () => this.#onPod(previous, pod, trigger)),
      onDelete: (pod) => this.#guard(pod, () => this.#onPodDeleted(pod)),
    });
    deps.volumes?.onChange(() => this.#run?.queue.moveAllToActive());
    const namespaces = deps.namespaces;
    this.#namespaceLabels = namespaces ? (name) => namespaces.get("", name)?.metadata?.labels ?? undefined : () => undefined;
    // A namespace's labels decide which pods a namespaceSelector term sees.
    namespaces?.addHandlers({
      onAdd: () => this.#run?.queue.moveToActive(this.#waitingForPods),
      onUpdate: (previous, namespace) => {
        if (JSON.stringify(previous.metadata?.labels ?? {}) !== JSON.stringify(namespace.metadata?.labels ?? {})) this.#run?.queue.moveToActive(this.#waitingForPods);
      },
    });
  }

  get running(): boolean {
    return this.#run !== undefined;
  }

  /** For the pending-pods gauge: this term's queues, zero while not leading. */
  pendingCounts(): PendingCounts {
    return this.#run?.queue.counts ?? { active: 0, backoff: 0, unschedulable: 0 };
  }

  /** Starts scheduling: every pending pod in the informer is queued. Idempotent. */
  start(): void {
    if (this.#run) return;
    const { podInitialBackoffMs, podMaxBackoffMs, unschedulableRetryMs } = this.#options;
    const queue = new SchedulingQueue({ podInitialBackoffMs, podMaxBackoffMs, unschedulableRetryMs });
    const run: Run = { queue, stopped: false, loop: Promise.resolve(), writes: new Set(), slotFreed: undefined };
    this.#run = run;
    for (const pod of this.#deps.pods.list((candidate) => isPendingFor(candidate, this.#options.schedulerName))) queue.add(podKey(pod), priorityOf(pod));
    run.loop = this.#loop(run);
    this.#deps.logger.info("scheduling started", { pending: queue.counts.active });
  }

  /** Stops deciding at once; resolves when the writes already sent have settled. */
  async stop(): Promise<void> {
    const run = this.#run;
    if (!run) return;
    this.#run = undefined;
    run.stopped = true;
    run.queue.close();
    run.slotFreed?.();
    await run.loop;
    await Promise.allSettled(run.writes);
    this.#deps.logger.info("scheduling stopped");
  }

  // Pods are taken synchronously while write slots are free, so a burst of decisions goes out
  // as one socket write; the loop waits only for a free slot or an empty queue.
  async #loop(run: Run): Promise<void> {
    let turn = 0;
    while (!run.stopped) {
      if (run.writes.size >= this.#options.bindConcurrency) {
        turn = 0;
        await new Promise<void>((resolve) => (run.slotFreed = resolve));
        continue;
      }
      let key = run.queue.tryPop();
      if (key === undefined) {
        turn = 0;
        key = await run.queue.pop();
      }
      if (key === undefined || run.stopped) break;
      this.#scheduleOne(run, key);
      if (++turn >= DECISIONS_PER_TURN) {
        turn = 0;
        await yieldToEvents();
      }
    }
  }

  #scheduleOne(run: Run, key: string): void {
    const slash = key.indexOf("/");
    const pod = this.#deps.pods.get(key.slice(0, slash), key.slice(slash + 1));
    if (!pod || !isPendingFor(pod, this.#options.schedulerName) || this.cache.isAssumed(key)) {
      run.queue.delete(key);
      return;
    }
    // Its own reservation must not stand in its way.
    this.#releaseNomination(key);
    // A child of the pod's create (docs/tracing.md); the bind it sends is this span's child.
    const trigger = this.#triggers.get(key);
    const span = tracer.startSpan("schedule pod", {
      attributes: { [ATTR_K8S_POD_NAME]: pod.metadata?.name ?? "", [ATTR_K8S_NAMESPACE_NAME]: pod.metadata?.namespace ?? "" },
    }, trigger ? trace.setSpanContext(ROOT_CONTEXT, trigger) : ROOT_CONTEXT);
    const started = performance.now();
    let result: ScheduleResult;
    let volumes: PodVolumes | undefined;
    try {
      volumes = this.#deps.volumes?.podVolumes(pod);
      result = schedulePod(pod, this.cache.nodeInfos, {
        volumes,
        startIndex: this.#startIndex,
        tieBreak: this.#decisions++,
        percentageOfNodesToScore: this.#options.percentageOfNodesToScore,
        namespaceLabels: this.#namespaceLabels,
        plugins: this.#options.multiZonePlugins ? undefined : MULTI_ZONE_OFF,
      });
    } catch (error) {
      // A decision that throws is a bug in a filter or score: count it, keep the pod, keep going.
      this.#deps.logger.error("scheduling decision failed", { pod: key, error });
      run.queue.requeueAfterError(key);
      this.#fail(span, error);
      span.end();
      return;
    }
    this.#metrics.schedulingDuration.observe((performance.now() - started) / 1000);
    this.#startIndex = result.nextStartIndex;
    if (result.unschedulable) {
      run.queue.requeueUnschedulable(key);
      if (Object.keys(result.reasons).some((reason) => WAITS_FOR_PODS.has(reason))) this.#waitingForPods.add(key);
      else this.#waitingForPods.delete(key);
      this.#metrics.attempts.inc({ result: "unschedulable" });
      span.setAttribute(ATTR_ERROR_TYPE, UNSCHEDULABLE_REASON);
      // DefaultPreemption (PostFilter): evict lower-priority pods where that makes room.
      const preemption = this.#options.preemption ? findPreemption(pod, this.cache.nodeInfos) : undefined;
      if (preemption) this.#nominate(key, pod, preemption.nodeName);
      else if (pod.status?.nominatedNodeName && !mayPreempt(pod, this.cache.nodeInfos)) this.#nominate(key, pod, pod.status.nominatedNodeName);
      this.#track(run, span, () => this.#reportUnschedulable(pod, result.message, preemption));
      return;
    }
    span.setAttribute(ATTR_K8S_NODE_NAME, result.nodeName);
    this.cache.assume(pod, result.nodeName);
    const claimsToSelect = volumes?.schedulable ? volumes.claimsToSelect : [];
    if (claimsToSelect.length > 0) this.#deps.volumes?.assume(pod.metadata?.namespace ?? "", claimsToSelect, result.nodeName);
    // Read now: the informer drops the pod from the queue once it sees it bound, maybe before the bind's reply.
    const firstSeen = run.queue.firstSeen(key);
    this.#track(run, span, () => this.#bind(run, key, pod, result.nodeName, span, claimsToSelect, firstSeen));
  }

  async #bind(run: Run, key: string, pod: PodObject, nodeName: string, span: Span, claimsToSelect: readonly string[], firstSeen: number | undefined): Promise<void> {
    const meta = pod.metadata ?? {};
    const started = performance.now();
    try {
      // VolumeBinding's PreBind: the claims waiting for a first consumer learn their node first.
      if (claimsToSelect.length > 0) await this.#deps.volumes?.selectNode(this.#deps.client, meta.namespace ?? "", claimsToSelect, nodeName);
      await this.#deps.client.bind(meta.namespace ?? "", meta.name ?? "", nodeName, meta.uid ?? undefined);
      this.#metrics.bindDuration.observe((performance.now() - started) / 1000);
      this.#metrics.attempts.inc({ result: "scheduled" });
      if (firstSeen !== undefined) this.#metrics.schedulingSli.observe((performance.now() - firstSeen) / 1000);
      run.queue.delete(key);
    } catch (error) {
      this.cache.forget(key);
      if (claimsToSelect.length > 0) this.#deps.volumes?.forget(meta.namespace ?? "", claimsToSelect);
      if (isGone(error)) {
        // Bound by someone else, deleted or replaced meanwhile: nothing left to do for this pod.
        this.#deps.logger.debug("pod no longer needs binding", { pod: key, error });
        run.queue.delete(key);
      } else {
        this.#deps.logger.warn("bind failed; retrying with backoff", { pod: key, node: nodeName, error });
        run.queue.requeueAfterError(key);
      }
      this.#fail(span, error);
    }
  }

  async #reportUnschedulable(pod: PodObject, message: string, preemption?: Preemption): Promise<void> {
    let updated: Pod | undefined = withUnschedulableCondition(pod, message, new Date());
    if (preemption) {
      await this.#preempt(pod, preemption);
      // nominatedNodeName: where the pod is expected to go once its victims are gone.
      const base = updated ?? pod;
      updated = { ...base, status: { ...base.status, nominatedNodeName: preemption.nodeName } };
    }
    const status = updated
      ? this.#deps.client.updateStatus(updated).then(
          () => undefined,
          // A conflict means a newer pod is on its way through the informer; the next attempt writes again.
          (error: unknown) => this.#deps.logger[isGone(error) ? "debug" : "warn"]("could not set PodScheduled=False", { pod: podKey(pod), error }),
        )
      : undefined;
    await Promise.all([status, this.#deps.recorder.record(pod, "Warning", FAILED_SCHEDULING_REASON, message)]);
  }

  /**
   * Holds the room its victims leave on the nominated node for the preemptor (kube-scheduler
   * counts nominated pods when placing others): a stand-in is assumed there until the preemptor's
   * next attempt, its bind or its deletion.
   */
  #nominate(key: string, pod: PodObject, nodeName: string): void {
    const standIn: Pod = { ...pod, metadata: { ...pod.metadata, name: `${pod.metadata?.name ?? ""}\u0000nominated`, uid: `${pod.metadata?.uid ?? ""}-nominated` } };
    this.cache.assume(standIn, nodeName);
    this.#nominated.set(key, podKey(standIn));
  }

  #releaseNomination(key: string): void {
    const standIn = this.#nominated.get(key);
    if (standIn === undefined) return;
    this.#nominated.delete(key);
    this.cache.forget(standIn);
  }

  async #preempt(pod: PodObject, preemption: Preemption): Promise<void> {
    const preemptor = podKey(pod);
    this.#deps.logger.info("preempting", { pod: preemptor, node: preemption.nodeName, victims: preemption.victims.map((victim) => podKey(victim)) });
    // Another preemptor's stand-in is no pod of the API's.
    const victims = preemption.victims.filter((victim) => !(victim.metadata?.name ?? "").endsWith("\u0000nominated"));
    await Promise.all(victims.map(async (victim) => {
      const meta = victim.metadata ?? {};
      try {
        await this.#deps.client.delete("pods", meta.namespace ?? "", meta.name ?? "");
        await this.#deps.recorder.record(victim as PodObject, "Normal", "Preempted", `Preempted by pod ${pod.metadata?.uid ?? preemptor} on node ${preemption.nodeName}`);
      } catch (error) {
        this.#deps.logger[isGone(error) ? "debug" : "warn"]("could not preempt a pod", { pod: podKey(victim), preemptor, error });
      }
    }));
  }

  /** Runs a write in the span's context, holding one of the run's write slots until it settles. */
  #track(run: Run, span: Span, write: () => Promise<void>): void {
    const settled = context
      .with(trace.setSpan(context.active(), span), write)
      .catch((error: unknown) => this.#deps.logger.error("scheduling write failed", { error }))
      .finally(() => {
        span.end();
        run.writes.delete(settled);
        const freed = run.slotFreed;
        run.slotFreed = undefined;
        freed?.();
      });
    run.writes.add(settled);
  }

  #fail(span: Span, error: unknown): void {
    this.#metrics.attempts.inc({ result: "error" });
    span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : typeof error);
    if (error instanceof Error) span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }

  /** A throw would break the informer's watch loop; an object the cache cannot take is logged and skipped. */
  #guard(object: ApiObject, handle: () => void): void {
    try {
      handle();
    } catch (error) {
      this.#deps.logger.error("could not apply an informer event", { kind: object.kind, name: object.metadata?.name, error });
    }
  }

  #onNode(node: NodeObject): void {
    this.cache.setNode(node);
    this.#run?.queue.moveAllToActive();
  }

  #onPod(previous: PodObject | undefined, pod: PodObject, trigger: SpanContext | undefined): void {
    const key = podKey(pod);
    if (isAssigned(pod) || !isPendingFor(pod, this.#options.schedulerName)) this.#triggers.delete(key);
    else if (trigger && !this.#triggers.has(key)) this.#triggers.set(key, trigger);
    if (isAssigned(pod)) {
      this.#releaseNomination(key);
      this.cache.setPod(pod);
      this.#waitingForPods.delete(key);
      this.#run?.queue.delete(key);
      // A pod newly on a node can satisfy another's pod affinity or even out a spread.
      if ((!previous || !isAssigned(previous)) && this.#waitingForPods.size > 0) this.#run?.queue.moveToActive(this.#waitingForPods);
      // A pod that finished frees its node's resources, as one that was deleted does.
      if (previous && isAssigned(previous) && !isTerminated(previous) && isTerminated(pod)) this.#run?.queue.moveAllToActive();
      return;
    }
    const queue = this.#run?.queue;
    if (!queue) return;
    if (!isPendingFor(pod, this.#options.schedulerName)) queue.delete(key);
    else if (previous && schedulingPropertiesChanged(previous, pod)) queue.update(key, priorityOf(pod));
    else queue.add(key, priorityOf(pod));
  }

  #onPodDeleted(pod: PodObject): void {
    const key = podKey(pod);
    const held = this.cache.nodeOf(key) !== undefined;
    this.#triggers.delete(key);
    this.#waitingForPods.delete(key);
    this.#releaseNomination(key);
    this.cache.removePod(key);
    this.#run?.queue.delete(key);
    if (held) this.#run?.queue.moveAllToActive();
  }
}
