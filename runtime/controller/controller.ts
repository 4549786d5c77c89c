// A running controller: informer events become workqueue keys, and each key is reconciled with
// one span, one counted outcome and, on failure, a rate-limited retry. Everything about queues,
// retries and telemetry lives here once, so reconcilers hold only business logic.
import { context, ROOT_CONTEXT, SpanStatusCode, trace, type SpanContext } from "@opentelemetry/api";
import { Registry } from "prom-client";
import type { BackoffOptions } from "../backoff.ts";
import { createLogger } from "../log.ts";
import type { Logger } from "../log.ts";
import { ATTR_ERROR_TYPE, ATTR_K8S_NAMESPACE_NAME, ATTR_TROUPE_ACTOR_KEY, ATTR_TROUPE_ACTOR_KIND } from "../semconv.ts";
import type { Informer } from "../store/informer.ts";
import type { ApiObject } from "../store/object-repository.ts";
import { createControllerMetrics } from "./metrics.ts";
import type { ControllerMetrics, ReconcileOutcome } from "./metrics.ts";
import { reconciledObjectAttributes } from "./reconcile-attributes.ts";
import { reconcileOrigin } from "./reconcile-triggers.ts";
import { isConflict, keyOf, parseKey } from "./reconciler.ts";
import type { Reconciler, ReconcileRequest } from "./reconciler.ts";
import { WorkQueue } from "./workqueue.ts";

const tracer = trace.getTracer("troupe.controller");

/** Where a controller's keys come from: an informer and which requests its objects map to. */
export interface EventSource {
  informer: Informer;
  map(object: ApiObject): ReconcileRequest[];
}

export interface ControllerOptions {
  /** Keys reconciled in parallel; one reconcile per key at any time. Default 1. */
  concurrency?: number;
  /** Per-key retry delays after failures; default 5 ms doubling to 60 s. */
  rateLimit?: BackoffOptions;
  /** Aborts the reconcile's signal after this long; no limit by default. */
  reconcileTimeoutMs?: number;
  /**
   * Events add their keys this long after they arrive, so a burst of changes is reconciled once
   * (a controller that recomputes a whole snapshot per key). Default 0: at once.
   */
  eventDelayMs?: number;
  registry?: Registry;
  logger?: Logger;
}

export interface ResolvedControllerOptions {
  concurrency: number;
  rateLimit: BackoffOptions;
  reconcileTimeoutMs: number | undefined;
  eventDelayMs: number;
  registry: Registry;
  logger: Logger;
}

export function resolveControllerOptions(name: string, options: ControllerOptions = {}): ResolvedControllerOptions {
  return {
    concurrency: Math.max(1, options.concurrency ?? 1),
    rateLimit: options.rateLimit ?? {},
    reconcileTimeoutMs: options.reconcileTimeoutMs,
    eventDelayMs: Math.max(0, options.eventDelayMs ?? 0),
    registry: options.registry ?? new Registry(),
    logger: (options.logger ?? createLogger("controller")).child({ controller: name }),
  };
}

export interface ControllerConfig {
  /** Bounded metric label and span name ("replicaset"). */
  name: string;
  reconciler: Reconciler;
  sources: readonly EventSource[];
  options?: ControllerOptions;
}

interface Run {
  queue: WorkQueue;
  abort: AbortController;
}

export class Controller {
  readonly name: string;
  readonly #reconciler: Reconciler;
  readonly #sources: readonly EventSource[];
  readonly #options: ResolvedControllerOptions;
  readonly #metrics: ControllerMetrics;
  #run: Run | undefined;

  constructor(config: ControllerConfig) {
    this.name = config.name;
    this.#reconciler = config.reconciler;
    this.#sources = config.sources;
    this.#options = resolveControllerOptions(config.name, config.options);
    this.#metrics = createControllerMetrics(this.#options.registry);
    this.#metrics.registerController(this.name);
    // Informers have no way to remove handlers, so they are added once and reach whichever
    // run is current; events while stopped are dropped and made up for by start().
    for (const source of this.#sources) {
      source.informer.addHandlers({
        onAdd: (object, trigger) => this.#enqueue(source, [object], trigger),
        onUpdate: (previous, object, trigger) => this.#enqueue(source, [previous, object], trigger),
        onDelete: (object, trigger) => this.#enqueue(source, [object], trigger),
      });
    }
  }

  get running(): boolean {
    return this.#run !== undefined;
  }

  /**
   * Starts reconciling, beginning with every object already in the caches (so a controller
   * started on synced informers, or again after a stop, misses nothing). Idempotent.
   */
  start(): void {
    if (this.#run) return;
    const abort = new AbortController();
    const queue = new WorkQueue({
      name: this.name,
      concurrency: this.#options.concurrency,
      rateLimit: this.#options.rateLimit,
      registry: this.#options.registry,
      logger: this.#options.logger,
      handler: (key, triggers) => this.#reconcile(queue, key, triggers, abort.signal),
    });
    this.#run = { queue, abort };
    // The caches' current state is no change: these reconciles start traces of their own.
    for (const source of this.#sources) this.#enqueue(source, source.informer.list(), undefined);
    this.#options.logger.info("controller started");
  }

  /** Aborts reconciles in flight, drops waiting keys and resolves when the last reconcile returned. */
  async stop(): Promise<void> {
    const run = this.#run;
    if (!run) return;
    this.#run = undefined;
    run.abort.abort();
    await run.queue.stop();
    this.#options.logger.info("controller stopped");
  }

  /** Resolves once no key is waiting or being reconciled (delayed retries not counted). */
  async whenIdle(): Promise<void> {
    await this.#run?.queue.whenIdle();
  }

  /** `trigger`: the trace context of the change the objects went through (none for a resync). */
  #enqueue(source: EventSource, objects: readonly ApiObject[], trigger: SpanContext | undefined): void {
    const run = this.#run;
    if (!run) return;
    for (const object of objects) {
      let requests: ReconcileRequest[];
      try {
        requests = source.map(object);
      } catch (error) {
        // A throw would break the informer's watch loop; a broken mapper is logged and skipped.
        this.#options.logger.error("event mapping failed", { error, object: object.metadata?.name });
        continue;
      }
      for (const request of requests) run.queue.addAfter(keyOf(request), this.#options.eventDelayMs, trigger);
    }
  }

  /** One reconcile of `key`: a child of the first change that queued it, linked to the others. */
  async #reconcile(queue: WorkQueue, key: string, triggers: readonly SpanContext[], stopped: AbortSignal): Promise<void> {
    const request = parseKey(key);
    const { reconcileTimeoutMs, logger } = this.#options;
    const signal = reconcileTimeoutMs === undefined ? stopped : AbortSignal.any([stopped, AbortSignal.timeout(reconcileTimeoutMs)]);
    const origin = reconcileOrigin(triggers);
    // Without a trigger (a resync, a timed requeue) the reconcile is a trace of its own, whatever
    // context the queue's caller happened to run in.
    const parent = origin.parent ? trace.setSpanContext(ROOT_CONTEXT, origin.parent) : ROOT_CONTEXT;
    const span = tracer.startSpan(`reconcile ${this.name}`, {
      attributes: {
        [ATTR_TROUPE_ACTOR_KIND]: this.name, [ATTR_TROUPE_ACTOR_KEY]: key, [ATTR_K8S_NAMESPACE_NAME]: request.namespace || undefined,
        ...reconciledObjectAttributes(this.name, request.name),
      },
      links: origin.links,
    }, parent);
    let outcome: ReconcileOutcome;
    const started = performance.now();
    try {
      const result = await context.with(trace.setSpan(parent, span), () => this.#reconciler.reconcile(request, signal));
      queue.forget(key);
      if (result?.requeueAfterMs && result.requeueAfterMs > 0) {
        queue.addAfter(key, result.requeueAfterMs);
        outcome = "requeue_after";
      } else {
        outcome = "success";
      }
    } catch (error) {
      span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : typeof error);
      const retries = queue.retries(key);
      // The retry serves the same changes: it continues their traces.
      queue.addRateLimited(key, triggers);
      if (isConflict(error)) {
        outcome = "conflict";
        logger.debug("reconcile lost a conflict; requeued", { key, retries });
      } else {
        outcome = "error";
        if (error instanceof Error) span.recordException(error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        // An abort on shutdown is the expected way out of a long reconcile, not a failure to report.
        if (stopped.aborted) logger.debug("reconcile aborted by stop", { key, error });
        else logger.error("reconcile failed; requeued with backoff", { key, retries, error });
      }
    }
    span.end();
    this.#metrics.reconciles.inc({ controller: this.name, outcome });
    this.#metrics.reconcileDuration.observe({ controller: this.name }, (performance.now() - started) / 1000);
  }
}
