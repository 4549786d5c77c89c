import test from "ava";
import { EndpointPicker } from "./endpoint-picker.ts";
import { endpointKey, type Endpoint } from "./types.ts";

const a = { ip: "127.128.1.1", port: 4001 };
const b = { ip: "127.128.1.2", port: 4002 };
const c = { ip: "127.128.1.3", port: 4003 };

function keys(endpoints: (Endpoint | undefined)[]): string[] {
  return endpoints.map((endpoint) => (endpoint ? endpointKey(endpoint) : "none"));
}

test("round-robin visits every endpoint in turn", (t) => {
  const picker = new EndpointPicker();
  picker.setEndpoints([a, b, c]);
  t.deepEqual(keys(Array.from({ length: 6 }, () => picker.pick("1.1.1.1"))), keys([a, b, c, a, b, c]));
});

test("excluded endpoints are skipped and nothing is returned when all are excluded", (t) => {
  const picker = new EndpointPicker();
  picker.setEndpoints([a, b, c]);
  t.deepEqual(keys([picker.pick("x", new Set([endpointKey(a)]))]), keys([b]));
  t.deepEqual(keys([picker.pick("x", new Set([endpointKey(c), endpointKey(a)]))]), keys([b]));
  t.is(picker.pick("x", new Set([a, b, c].map(endpointKey))), undefined);
});

test("no endpoints: nothing to pick", (t) => {
  const picker = new EndpointPicker();
  t.is(picker.pick("x"), undefined);
});

test("ClientIP affinity keeps a client on its endpoint while others rotate", (t) => {
  const picker = new EndpointPicker({ affinityTimeoutMs: 10_000, now: () => 0 });
  picker.setEndpoints([a, b, c]);
  const first = picker.pick("10.0.0.1");
  const other = picker.pick("10.0.0.2");
  t.notDeepEqual(first, other);
  for (let i = 0; i < 5; i++) t.deepEqual(picker.pick("10.0.0.1"), first);
});

test("affinity ends after the timeout of inactivity, and each use extends it", (t) => {
  let now = 0;
  const picker = new EndpointPicker({ affinityTimeoutMs: 1000, now: () => now });
  picker.setEndpoints([a, b, c]);
  t.deepEqual(picker.pick("client"), a);
  now = 900;
  t.deepEqual(picker.pick("client"), a);
  now = 1800;
  t.deepEqual(picker.pick("client"), a, "the use at 900 ms extended the affinity");
  now = 3000;
  t.deepEqual(picker.pick("client"), b, "expired: round-robin again");
});

test("an affinity to an endpoint that left or failed moves the client to another endpoint", (t) => {
  const picker = new EndpointPicker({ affinityTimeoutMs: 10_000, now: () => 0 });
  picker.setEndpoints([a, b, c]);
  t.deepEqual(picker.pick("client"), a);
  t.deepEqual(picker.pick("client", new Set([endpointKey(a)])), b, "a failed: the retry goes elsewhere");
  t.deepEqual(picker.pick("client"), b, "and the client now sticks to b");
  picker.setEndpoints([a, c]);
  const moved = picker.pick("client");
  t.truthy(moved);
  t.notDeepEqual(moved, b);
  t.deepEqual(picker.pick("client"), moved);
});

test("endpoint updates keep the affinities of endpoints that stay", (t) => {
  const picker = new EndpointPicker({ affinityTimeoutMs: 10_000, now: () => 0 });
  picker.setEndpoints([a, b]);
  picker.pick("one");
  const second = picker.pick("two");
  picker.setEndpoints([a, b, c]);
  t.deepEqual(picker.pick("two"), second);
});

test("turning affinity off returns to round-robin", (t) => {
  const picker = new EndpointPicker({ affinityTimeoutMs: 10_000, now: () => 0 });
  picker.setEndpoints([a, b]);
  picker.pick("client");
  picker.setAffinityTimeout(undefined);
  t.deepEqual(keys([picker.pick("client"), picker.pick("client")]), keys([b, a]));
});
