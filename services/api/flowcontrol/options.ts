// Flow control's options and their defaults; the API's main.ts reads them from the environment.
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./request-deadline.ts";
import { canDeal } from "./shuffle-shard.ts";
import { DEFAULT_FLOW_SCHEMAS, DEFAULT_PRIORITY_LEVELS } from "./defaults.ts";
import type { FlowSchema, PriorityLevel } from "./types.ts";

export interface FlowControlOptions {
  /** Seats of this replica shared by the limited levels (TROUPE_API_MAX_INFLIGHT); 0 turns flow control off. */
  maxInflight?: number;
  /** Longest a request waits in a queue before it is refused with 429 (TROUPE_API_QUEUE_WAIT_MS). */
  queueWaitMs?: number;
  /** A request not finished by then is answered 504 and gives its seats back (TROUPE_API_REQUEST_TIMEOUT_MS;
   * Kubernetes' --request-timeout). */
  requestTimeoutMs?: number;
  /** The Retry-After a refusal carries, in seconds (Kubernetes sends 1). */
  retryAfterSeconds?: number;
  priorityLevels?: readonly PriorityLevel[];
  flowSchemas?: readonly FlowSchema[];
}

export type ResolvedFlowControlOptions = Required<FlowControlOptions>;

export const DEFAULT_MAX_INFLIGHT = 200;
export const DEFAULT_QUEUE_WAIT_MS = 2000;

export class InvalidFlowControlOptionsError extends Error {
  override name = "InvalidFlowControlOptionsError";
  readonly code = "INVALID_FLOW_CONTROL_OPTIONS";
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

export function resolveFlowControlOptions(options: FlowControlOptions = {}): ResolvedFlowControlOptions {
  const resolved = {
    maxInflight: options.maxInflight ?? DEFAULT_MAX_INFLIGHT,
    queueWaitMs: options.queueWaitMs ?? DEFAULT_QUEUE_WAIT_MS,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
    priorityLevels: options.priorityLevels ?? DEFAULT_PRIORITY_LEVELS,
    flowSchemas: options.flowSchemas ?? DEFAULT_FLOW_SCHEMAS,
  };
  if (!(Number.isInteger(resolved.maxInflight) && resolved.maxInflight >= 0)) throw new InvalidFlowControlOptionsError("maxInflight", `Invalid value: ${resolved.maxInflight}: must be a non-negative integer`);
  if (!(resolved.queueWaitMs > 0)) throw new InvalidFlowControlOptionsError("queueWaitMs", `Invalid value: ${resolved.queueWaitMs}: must be greater than 0`);
  if (!(resolved.requestTimeoutMs > 0)) throw new InvalidFlowControlOptionsError("requestTimeoutMs", `Invalid value: ${resolved.requestTimeoutMs}: must be greater than 0`);
  if (!(Number.isInteger(resolved.retryAfterSeconds) && resolved.retryAfterSeconds >= 1)) throw new InvalidFlowControlOptionsError("retryAfterSeconds", `Invalid value: ${resolved.retryAfterSeconds}: must be an integer >= 1`);
  const names = new Set(resolved.priorityLevels.map((level) => level.name));
  resolved.priorityLevels.forEach((level, i) => {
    if (level.type !== "Limited" || level.limitResponse.type !== "Queue") return;
    const { queues, handSize, queueLengthLimit } = level.limitResponse.queuing;
    const field = `priorityLevels[${i}].limitResponse.queuing`;
    if (!(Number.isInteger(queues) && queues >= 1)) throw new InvalidFlowControlOptionsError(`${field}.queues`, `Invalid value: ${queues}: must be a positive integer`);
    if (!(Number.isInteger(queueLengthLimit) && queueLengthLimit >= 1)) throw new InvalidFlowControlOptionsError(`${field}.queueLengthLimit`, `Invalid value: ${queueLengthLimit}: must be a positive integer`);
    if (!canDeal(queues, handSize)) throw new InvalidFlowControlOptionsError(`${field}.handSize`, `Invalid value: ${handSize}: must be between 1 and queues (${queues}), and queues and handSize must leave enough entropy to shuffle-shard`);
  });
  resolved.flowSchemas.forEach((schema, i) => {
    if (!names.has(schema.priorityLevel)) throw new InvalidFlowControlOptionsError(`flowSchemas[${i}].priorityLevel`, `Not found: "${schema.priorityLevel}"`);
  });
  if (!resolved.flowSchemas.some((schema) => !schema.resources && schema.subjects.some((subject) => subject.kind === "Group" && subject.name === "*"))) {
    throw new InvalidFlowControlOptionsError("flowSchemas", 'Required value: a schema matching every request (subjects [{kind: Group, name: "*"}], no resources), as Kubernetes\' catch-all');
  }
  return resolved;
}
