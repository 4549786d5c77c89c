// What a failed attempt of a mesh call means: its MeshError, whether it counts against the
// target's circuit breaker, and whether it may be retried. Pure, so the policy is unit-tested.
import { ClosedConnectionError, DrainingConnectionError, InvalidArgumentError, TimeoutError } from "@nats-io/transport-node";
import { requestOutcome } from "../messaging.ts";
import { MeshError } from "./errors.ts";

export interface AttemptTarget {
  /** `service.method@namespace`, as error messages show it. */
  readonly name: string;
  readonly subject: string;
}

/** The MeshError for an exception thrown by one `nc.request`. */
export function attemptError(error: unknown, target: AttemptTarget, timeoutMs: number): MeshError {
  if (error instanceof MeshError) return error;
  const subject = target.subject;
  if (error instanceof TimeoutError) {
    return new MeshError("TIMEOUT", `${target.name} timed out after ${timeoutMs} ms (subject ${subject})`, { subject, cause: error });
  }
  if (requestOutcome(error) === "no_responders") {
    return new MeshError("NO_RESPONDERS", `${target.name}: no replica serves ${subject} (no responders)`, { subject, cause: error });
  }
  // nats.js checks the size with the headers included, after the SDK's own payload check.
  if (error instanceof InvalidArgumentError && /max_payload/.test(error.message)) {
    return new MeshError("PAYLOAD_TOO_LARGE", `${target.name}: request exceeds the NATS server's max_payload`, { subject, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MeshError("CONNECTION", `${target.name}: request on ${subject} failed: ${message}`, { subject, cause: error });
}

/** Failures that say the service is slow or absent; answers, even errors, say it is there. */
export function countsAgainstCircuit(error: MeshError): boolean {
  return error.code === "TIMEOUT" || error.code === "NO_RESPONDERS" || error.code === "CONNECTION";
}

/** A closed or draining connection will not come back; retrying on it is pointless. */
function connectionGone(error: MeshError): boolean {
  return error.cause instanceof ClosedConnectionError || error.cause instanceof DrainingConnectionError;
}

export interface RetryDecisionInput {
  error: MeshError;
  idempotent: boolean;
  retryNoResponders: boolean;
  /** Attempts made so far (1 after the first). */
  attempts: number;
  maxAttempts: number;
}

export function mayRetry(input: RetryDecisionInput): boolean {
  const { error } = input;
  // Nothing received the request, so even a non-idempotent call cannot run twice.
  if (error.code === "NO_RESPONDERS") return input.retryNoResponders;
  if (!input.idempotent || input.attempts >= input.maxAttempts) return false;
  if (error.code === "TIMEOUT") return true;
  return error.code === "CONNECTION" && !connectionGone(error);
}
