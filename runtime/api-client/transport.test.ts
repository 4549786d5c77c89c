import test from "ava";
import { headers, type Msg } from "@nats-io/transport-node";
import { FLOW_REJECTED_HEADER, RETRY_AFTER_HEADER } from "../subjects.ts";
import { tooManyRequestsDelayMs } from "./transport.ts";

function reply(values: Record<string, string>): Msg {
  const h = headers();
  for (const [name, value] of Object.entries(values)) h.set(name, value);
  return { headers: h } as unknown as Msg;
}

const refused = reply({ "Nats-Service-Error-Code": "429", [RETRY_AFTER_HEADER]: "1", [FLOW_REJECTED_HEADER]: "queue-full" });

test("a flow control refusal is sent again after its Retry-After, with jitter, a bounded number of times", (t) => {
  t.is(tooManyRequestsDelayMs(refused, 0, 3, () => 0), 1000);
  t.is(tooManyRequestsDelayMs(refused, 2, 3, () => 1), 1250);
  t.is(tooManyRequestsDelayMs(refused, 3, 3, () => 0), undefined);
  t.is(tooManyRequestsDelayMs(refused, 0, 0, () => 0), undefined);
});

test("only flow control's 429s are retried: not a disruption budget's, nor other errors", (t) => {
  t.is(tooManyRequestsDelayMs(reply({ "Nats-Service-Error-Code": "429", [RETRY_AFTER_HEADER]: "5" }), 0, 3), undefined);
  t.is(tooManyRequestsDelayMs(reply({ "Nats-Service-Error-Code": "503", [RETRY_AFTER_HEADER]: "1", [FLOW_REJECTED_HEADER]: "queue-full" }), 0, 3), undefined);
  t.is(tooManyRequestsDelayMs(reply({}), 0, 3), undefined);
});

test("a long Retry-After is capped so the caller's timeouts stay meaningful", (t) => {
  const long = reply({ "Nats-Service-Error-Code": "429", [RETRY_AFTER_HEADER]: "3600", [FLOW_REJECTED_HEADER]: "queue-full" });
  t.is(tooManyRequestsDelayMs(long, 0, 3, () => 0), 10_000);
});
