// API Priority and Fairness for one API replica: classifies each request (FlowSchemas), lets it
// execute on a seat of its priority level, makes it wait in the level's fair queues, or refuses it
// with 429 TooManyRequests and a Retry-After. Seats are held while a request executes: a watch
// holds one only while it is opened (its events are sent outside any request), as Kubernetes
// counts only a watch's initialisation.
import type { Registry } from "prom-client";
import { TooManyRequestsError } from "../../../runtime/api-errors.ts";
import { classify, orderFlowSchemas } from "./classify.ts";
import { createFlowControlMetrics, type FlowControlMetrics } from "./metrics.ts";
import { resolveFlowControlOptions, type FlowControlOptions, type ResolvedFlowControlOptions } from "./options.ts";
import { QueueSet, type Ticket } from "./queue-set.ts";
import { nominalSeats } from "./seats.ts";
import { flowHash } from "./shuffle-shard.ts";
import type { Classification, FlowSchema, RejectReason, RequestDigest } from "./types.ts";

const TIMER_SLACK_SECONDS = 0.002;

export const TOO_MANY_REQUESTS_MESSAGE = "Too many requests, please try again later.";

/** Flow control refused the request: it never ran, so any client may send it again. */
export class FlowControlRejectedError extends TooManyRequestsError {
  override name = "FlowControlRejectedError";
  readonly classification: Classification;
  readonly rejectReason: RejectReason;
  constructor(classification: Classification, reason: RejectReason, retryAfterSeconds: number) {
    super(TOO_MANY_REQUESTS_MESSAGE, retryAfterSeconds);
    this.classification = classification;
    this.rejectReason = reason;
  }
}

/** A request's seat (or its exemption): give it back when the request is answered. */
export interface Seat {
  readonly classification: Classification;
  release(): void;
}

interface Waiter {
  classification: Classification;
  resolve: (seat: Seat) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Level {
  name: string;
  /** Undefined: exempt. */
  queues: QueueSet<Waiter> | undefined;
  exemptExecuting: number;
}

export class FlowController {
  readonly options: ResolvedFlowControlOptions;
  private readonly schemas: FlowSchema[];
  private readonly levels = new Map<string, Level>();
  private readonly metrics: FlowControlMetrics;
  private readonly now: () => number;

  constructor(registry: Registry, options: FlowControlOptions = {}, now: () => number = () => performance.now() / 1000) {
    this.options = resolveFlowControlOptions(options);
    this.now = now;
    this.schemas = orderFlowSchemas(this.options.flowSchemas);
    const seats = nominalSeats(this.options.priorityLevels, this.options.maxInflight);
    for (const level of this.options.priorityLevels) {
      const queues = level.type === "Exempt" ? undefined : new QueueSet<Waiter>({
        seats: seats.get(level.name) ?? 0,
        ...(level.limitResponse.type === "Queue" ? level.limitResponse.queuing : { queues: 0, handSize: 1, queueLengthLimit: 0 }),
      });
      this.levels.set(level.name, { name: level.name, queues, exemptExecuting: 0 });
    }
    this.metrics = createFlowControlMetrics(registry, this.options.priorityLevels, this.schemas, seats);
  }

  get enabled(): boolean {
    return this.options.maxInflight > 0;
  }

  classify(request: RequestDigest): Classification {
    // resolveFlowControlOptions insists on a schema that matches everything.
    return classify(this.schemas, request) as Classification;
  }

  /** Resolves once a request so classified, needing `width` seats, may execute; rejects with
   * FlowControlRejectedError (429). */
  admit(classification: Classification, width = 1): Promise<Seat> {
    const level = this.levels.get(classification.priorityLevel) as Level;
    const labels = { priority_level: level.name, flow_schema: classification.flowSchema };
    if (!this.enabled || !level.queues) {
      level.exemptExecuting++;
      this.metrics.dispatched.inc(labels);
      this.metrics.executing.set({ priority_level: level.name }, level.exemptExecuting);
      return Promise.resolve(this.exemptSeat(level, classification));
    }
    const queues = level.queues;
    return new Promise<Seat>((resolve, reject) => {
      const waiter: Waiter = { classification, resolve, reject };
      const admission = queues.enqueue(waiter, flowHash(classification.flow), this.now(), width);
      if (admission.outcome === "rejected") {
        this.metrics.waitDuration.observe({ priority_level: level.name, execute: "false" }, 0);
        reject(this.rejection(level, classification, admission.reason));
        return;
      }
      if (admission.outcome === "queued") {
        waiter.timer = setTimeout(() => this.expire(level), this.options.queueWaitMs);
      }
      this.started(level, [admission.ticket].filter((ticket) => ticket.dispatchedAt !== undefined));
      this.gauges(level);
    });
  }

  private exemptSeat(level: Level, classification: Classification): Seat {
    let released = false;
    return {
      classification,
      release: () => {
        if (released) return;
        released = true;
        level.exemptExecuting--;
        this.metrics.executing.set({ priority_level: level.name }, level.exemptExecuting);
      },
    };
  }

  private started(level: Level, tickets: Ticket<Waiter>[]): void {
    for (const ticket of tickets) {
      const { item: waiter } = ticket;
      clearTimeout(waiter.timer);
      this.metrics.dispatched.inc({ priority_level: level.name, flow_schema: waiter.classification.flowSchema });
      this.metrics.waitDuration.observe({ priority_level: level.name, execute: "true" }, (ticket.dispatchedAt ?? ticket.enqueuedAt) - ticket.enqueuedAt);
      let released = false;
      waiter.resolve({
        classification: waiter.classification,
        release: () => {
          if (released) return;
          released = true;
          this.started(level, level.queues?.finish(ticket, this.now()) ?? []);
          this.gauges(level);
        },
      });
    }
  }

  private expire(level: Level): void {
    const queues = level.queues as QueueSet<Waiter>;
    const now = this.now();
    // A timer never fires early, but its clock and performance.now() may differ by a fraction of a millisecond.
    for (const ticket of queues.expire(now - this.options.queueWaitMs / 1000 + TIMER_SLACK_SECONDS, now)) {
      this.metrics.waitDuration.observe({ priority_level: level.name, execute: "false" }, now - ticket.enqueuedAt);
      ticket.item.reject(this.rejection(level, ticket.item.classification, "time-out"));
    }
    this.gauges(level);
  }

  private rejection(level: Level, classification: Classification, reason: RejectReason): FlowControlRejectedError {
    this.metrics.rejected.inc({ priority_level: level.name, flow_schema: classification.flowSchema, reason });
    return new FlowControlRejectedError(classification, reason, this.options.retryAfterSeconds);
  }

  private gauges(level: Level): void {
    if (!level.queues) return;
    this.metrics.inqueue.set({ priority_level: level.name }, level.queues.waiting);
    this.metrics.executing.set({ priority_level: level.name }, level.queues.executing);
  }
}
