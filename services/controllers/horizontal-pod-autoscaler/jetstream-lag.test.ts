import test from "ava";
import { consumerLag, consumerRefOf, JETSTREAM_CONSUMER_PENDING } from "./jetstream-lag.ts";
import { evaluateMetrics } from "./metric-outcomes.ts";

const metric = (matchLabels: Record<string, string>, name = JETSTREAM_CONSUMER_PENDING) => ({ name, selector: { matchLabels } });

test("the selector names the stream and the durable consumer", (t) => {
  t.deepEqual(consumerRefOf(metric({ stream: "JOBS", consumer: "workers" })), { stream: "JOBS", consumer: "workers" });
});

test("bad selectors are refused with the reason", (t) => {
  t.regex(String(consumerRefOf(metric({ stream: "JOBS", consumer: "w" }, "queue_depth"))), /unknown external metric "queue_depth".*jetstream_consumer_pending/);
  t.regex(String(consumerRefOf(metric({ consumer: "w" }))), /needs metric\.selector\.matchLabels\.stream/);
  t.regex(String(consumerRefOf(metric({ stream: "JOBS" }))), /needs metric\.selector\.matchLabels\.consumer/);
  t.regex(String(consumerRefOf(metric({ stream: "A.B", consumer: "w" }))), /stream "A\.B" is not a valid JetStream name/);
  t.regex(String(consumerRefOf(metric({ stream: "JOBS", consumer: "w", zone: "a" }))), /unknown matchLabels zone/);
  t.regex(String(consumerRefOf({ name: JETSTREAM_CONSUMER_PENDING, selector: { matchLabels: { stream: "J", consumer: "w" }, matchExpressions: [{}] } })), /not matchExpressions/);
  t.regex(String(consumerRefOf(undefined)), /unknown external metric ""/);
});

test("the lag counts undelivered and unacknowledged messages", (t) => {
  t.is(consumerLag({ num_pending: 7, num_ack_pending: 3 }), 10);
  t.is(consumerLag({ num_pending: 0, num_ack_pending: 0 }), 0);
});

const external = (target: Record<string, string>) => [{ type: "External", external: { metric: metric({ stream: "JOBS", consumer: "w" }), target } }];
const evaluate = (currentReplicas: number, value: number | Error, target: Record<string, string>) =>
  evaluateMetrics(external(target), { currentReplicas, pods: [], usage: [], now: 0, external: new Map([[0, value]]) });

test("AverageValue: ceil(lag / target) replicas, from zero and back to zero", (t) => {
  const up = evaluate(0, 30, { type: "AverageValue", averageValue: "10" });
  t.like(up.outcomes[0], { ok: true, proposal: { replicas: 3 } });
  t.deepEqual(up.currentMetrics[0]?.external?.current, { averageValue: "30" });
  t.like(evaluate(3, 60, { type: "AverageValue", averageValue: "10" }).outcomes[0], { ok: true, proposal: { replicas: 6 } });
  t.like(evaluate(3, 31, { type: "AverageValue", averageValue: "10" }).outcomes[0], { ok: true, proposal: { replicas: 3 } }, "within the 10% tolerance");
  t.like(evaluate(3, 0, { type: "AverageValue", averageValue: "10" }).outcomes[0], { ok: true, proposal: { replicas: 0 } });
  t.like(evaluate(0, 0, { type: "AverageValue", averageValue: "10" }).outcomes[0], { ok: true, proposal: { replicas: 0 } });
});

test("Value: from zero the ratio itself", (t) => {
  const up = evaluate(0, 25, { type: "Value", value: "10" });
  t.like(up.outcomes[0], { ok: true, proposal: { replicas: 3 } });
  t.deepEqual(up.currentMetrics[0]?.external?.current, { value: "25" });
});

test("a source error is FailedGetExternalMetric with its message", (t) => {
  const failed = evaluate(1, new Error("unable to read JetStream consumer NOPE/w: stream not found"), { type: "AverageValue", averageValue: "10" });
  t.like(failed.outcomes[0], { ok: false, reason: "FailedGetExternalMetric" });
  t.regex((failed.outcomes[0] as { message: string }).message, /external metric jetstream_consumer_pending: unable to read JetStream consumer NOPE\/w: stream not found/);
  const none = evaluateMetrics(external({ type: "Value", value: "1" }), { currentReplicas: 1, pods: [], usage: [], now: 0 });
  t.like(none.outcomes[0], { ok: false, reason: "FailedGetExternalMetric" });
});
