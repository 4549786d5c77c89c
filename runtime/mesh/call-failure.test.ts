import test from "ava";
import { TimeoutError } from "@nats-io/transport-node";
import { MeshError } from "./errors.ts";
import { attemptError, countsAgainstCircuit, mayRetry } from "./call-failure.ts";

const target = { name: "orders.create@default", subject: "troupe.mesh.default.orders.create" };

test("a NATS timeout becomes a TIMEOUT naming the target, the subject and the time waited", (t) => {
  const error = attemptError(new TimeoutError(), target, 250);
  t.is(error.code, "TIMEOUT");
  t.regex(error.message, /orders\.create@default timed out after 250 ms \(subject troupe\.mesh\.default\.orders\.create\)/);
  t.true(countsAgainstCircuit(error));
});

test("only idempotent calls are retried after a timeout, and only up to their attempts", (t) => {
  const error = new MeshError("TIMEOUT", "slow");
  t.false(mayRetry({ error, idempotent: false, retryNoResponders: false, attempts: 1, maxAttempts: 3 }));
  t.true(mayRetry({ error, idempotent: true, retryNoResponders: false, attempts: 2, maxAttempts: 3 }));
  t.false(mayRetry({ error, idempotent: true, retryNoResponders: false, attempts: 3, maxAttempts: 3 }));
});

test("no responders is retried only when asked, idempotent or not", (t) => {
  const error = new MeshError("NO_RESPONDERS", "none");
  t.false(mayRetry({ error, idempotent: true, retryNoResponders: false, attempts: 1, maxAttempts: 3 }));
  t.true(mayRetry({ error, idempotent: false, retryNoResponders: true, attempts: 7, maxAttempts: 1 }));
});

test("answers of the service never count against its circuit and are never retried", (t) => {
  for (const code of ["REMOTE_ERROR", "BAD_REQUEST", "UNKNOWN_METHOD", "PAYLOAD_TOO_LARGE"] as const) {
    const error = new MeshError(code, "answered");
    t.false(countsAgainstCircuit(error), code);
    t.false(mayRetry({ error, idempotent: true, retryNoResponders: true, attempts: 1, maxAttempts: 3 }), code);
  }
});
