import test from "ava";
import { CircuitBreaker } from "./circuit-breaker.ts";

function breaker(threshold = 3, coolDownMs = 1000) {
  const clock = { now: 0 };
  return { clock, breaker: new CircuitBreaker({ failureThreshold: threshold, coolDownMs, now: () => clock.now }) };
}

test("the circuit opens after the threshold of consecutive failures and then refuses calls", (t) => {
  const { breaker: b } = breaker(3);
  for (let i = 0; i < 2; i++) {
    t.true(b.tryAcquire());
    b.recordFailure();
  }
  t.is(b.state, "closed");
  b.recordFailure();
  t.is(b.state, "open");
  t.false(b.tryAcquire());
});

test("a success in between resets the count of consecutive failures", (t) => {
  const { breaker: b } = breaker(2);
  b.recordFailure();
  b.recordSuccess();
  b.recordFailure();
  t.is(b.state, "closed");
});

test("after the cool-down exactly one probe goes through, and its success closes the circuit", (t) => {
  const { breaker: b, clock } = breaker(1, 1000);
  b.recordFailure();
  clock.now = 999;
  t.false(b.tryAcquire());
  t.is(b.retryInMs(), 1);
  clock.now = 1000;
  t.true(b.tryAcquire());
  t.is(b.state, "half_open");
  t.false(b.tryAcquire(), "a second caller waits for the probe");
  b.recordSuccess();
  t.is(b.state, "closed");
  t.true(b.tryAcquire());
});

test("a failed probe re-opens the circuit for another cool-down", (t) => {
  const { breaker: b, clock } = breaker(1, 1000);
  b.recordFailure();
  clock.now = 1500;
  t.true(b.tryAcquire());
  b.recordFailure();
  t.is(b.state, "open");
  t.is(b.retryInMs(), 1000);
  t.false(b.tryAcquire());
});

test("a threshold of zero disables the breaker", (t) => {
  const { breaker: b } = breaker(0);
  for (let i = 0; i < 100; i++) b.recordFailure();
  t.is(b.state, "closed");
  t.true(b.tryAcquire());
});

test("state changes are reported", (t) => {
  const { breaker: b, clock } = breaker(1, 10);
  const seen: string[] = [];
  b.onChange = (state) => seen.push(state);
  b.recordFailure();
  clock.now = 10;
  b.tryAcquire();
  b.recordSuccess();
  t.deepEqual(seen, ["open", "half_open", "closed"]);
});

test("failures of calls that started before the last success do not count", (t) => {
  const { breaker: b, clock } = breaker(2);
  clock.now = 10;
  b.recordSuccess();
  b.recordFailure(5);
  b.recordFailure(9);
  b.recordFailure(9);
  t.is(b.state, "closed", "a replica died with calls in flight while another answered");
  b.recordFailure(11);
  b.recordFailure(12);
  t.is(b.state, "open");
});
