import test from "ava";
import { Registry } from "prom-client";
import { authenticatedUser, INSECURE_ADMIN, type UserInfo } from "../../../runtime/auth/user-info.ts";
import { dealHand, flowHash } from "./shuffle-shard.ts";
import { FlowControlRejectedError, FlowController } from "./flow-controller.ts";
import type { FlowSchema, PriorityLevel } from "./types.ts";

// One limited level of 2 seats and short queues, so a test fills it with a few requests.
const levels: PriorityLevel[] = [
  { name: "exempt", type: "Exempt" },
  { name: "global-default", type: "Limited", nominalConcurrencyShares: 20, limitResponse: { type: "Queue", queuing: { queues: 16, handSize: 2, queueLengthLimit: 2 } } },
  { name: "catch-all", type: "Limited", nominalConcurrencyShares: 20, limitResponse: { type: "Reject" } },
];

const schemas: FlowSchema[] = [
  { name: "exempt", matchingPrecedence: 1, priorityLevel: "exempt", distinguisher: "none", subjects: [{ kind: "Group", name: "system:masters" }] },
  { name: "global-default", matchingPrecedence: 9900, priorityLevel: "global-default", distinguisher: "ByUser", subjects: [{ kind: "Group", name: "system:authenticated" }] },
  { name: "catch-all", matchingPrecedence: 10000, priorityLevel: "catch-all", distinguisher: "ByUser", subjects: [{ kind: "Group", name: "*" }] },
];

function controller(queueWaitMs = 5000, now?: () => number) {
  const registry = new Registry();
  return { registry, flow: new FlowController(registry, { maxInflight: 4, queueWaitMs, priorityLevels: levels, flowSchemas: schemas }, now) };
}

const admit = (flow: FlowController, user: UserInfo) => flow.admit(flow.classify({ user, verb: "get", resource: () => "pods" }));
const alice = authenticatedUser("alice");

test("a flow beyond its seats and queues is refused with 429 and a Retry-After", async (t) => {
  const { flow, registry } = controller();
  const seats = await Promise.all([admit(flow, alice), admit(flow, alice)]);
  const queued = [admit(flow, alice), admit(flow, alice), admit(flow, alice), admit(flow, alice)];
  const error = await t.throwsAsync(admit(flow, alice), { instanceOf: FlowControlRejectedError });
  t.is(error?.code, 429);
  t.is(error?.reason, "TooManyRequests");
  t.is(error?.rejectReason, "queue-full");
  t.is(error?.details?.retryAfterSeconds, 1);
  t.is(error?.classification.priorityLevel, "global-default");
  // Each queued request runs once a seat frees, and frees it for the next.
  const ran = Promise.all(queued.map((seat) => seat.then((s) => s.release())));
  for (const seat of seats) seat.release();
  await ran;
  const text = await registry.metrics();
  t.regex(text, /troupe_api_flowcontrol_rejected_requests_total\{priority_level="global-default",flow_schema="global-default",reason="queue-full"\} 1/);
  t.regex(text, /troupe_api_flowcontrol_dispatched_requests_total\{priority_level="global-default",flow_schema="global-default"\} 6/);
  t.regex(text, /troupe_api_flowcontrol_current_executing_requests\{priority_level="global-default"\} 0/);
});

test("a request waiting longer than the queue wait limit is refused as time-out", async (t) => {
  const { flow } = controller(50);
  const seats = await Promise.all([admit(flow, alice), admit(flow, alice)]);
  const error = await t.throwsAsync(admit(flow, alice), { instanceOf: FlowControlRejectedError });
  t.is(error?.rejectReason, "time-out");
  for (const seat of seats) seat.release();
});

test("another user's request waits only for a seat, not behind the flood", async (t) => {
  let clock = 0;
  const { flow } = controller(5000, () => clock);
  const hand = (user: string) => dealHand(flowHash(`global-default/${user}`), 16, 2);
  t.false(hand("bob").some((queue) => hand("alice").includes(queue)), "the two users' hands do not overlap");
  const seats = await Promise.all([admit(flow, alice), admit(flow, alice)]);
  const flood = [admit(flow, alice), admit(flow, alice), admit(flow, alice), admit(flow, alice)];
  clock = 0.5;
  const bob = admit(flow, authenticatedUser("bob"));
  clock = 1;
  seats[0].release();
  const first = await Promise.race([bob.then(() => "bob"), ...flood.map((seat) => seat.then(() => "alice"))]);
  // Alice's queues were served first: bob's queue has the least virtual time.
  t.is(first, "bob");
  (await bob).release();
  const ran = Promise.all(flood.map((seat) => seat.then((s) => s.release())));
  seats[1].release();
  await ran;
});

test("a level that does not queue refuses at once; exempt users are never limited", async (t) => {
  const { flow } = controller();
  const stranger = { username: "stranger", groups: [] };
  const seats = await Promise.all([admit(flow, stranger), admit(flow, stranger)]);
  const error = await t.throwsAsync(admit(flow, stranger), { instanceOf: FlowControlRejectedError });
  t.is(error?.rejectReason, "concurrency-limit");
  const exempt = await Promise.all(Array.from({ length: 20 }, () => admit(flow, INSECURE_ADMIN)));
  t.is(exempt[0].classification.priorityLevel, "exempt");
  for (const seat of [...seats, ...exempt]) seat.release();
});

test("with no seats configured flow control is off", async (t) => {
  const flow = new FlowController(new Registry(), { maxInflight: 0 });
  const seats = await Promise.all(Array.from({ length: 500 }, () => admit(flow, alice)));
  t.is(seats.length, 500);
});
