import test from "ava";
import { ReconnectTracker } from "./reconnects.ts";

test("the tracker counts reconnects, wakes whoever waits for the next, and says when the connection is unsettled", async (t) => {
  let now = 1000;
  const tracker = new ReconnectTracker(() => now);
  t.false(tracker.unsettled(5000), "a connection that never dropped is settled");
  const next = tracker.nextReconnect();
  const cancelled = tracker.nextReconnect();
  cancelled.cancel();
  tracker.disconnected();
  t.true(tracker.unsettled(5000));
  now += 100;
  tracker.reconnected();
  await next.promise;
  t.is(tracker.reconnects, 1);
  t.true(tracker.unsettled(5000), "just came back");
  now += 6000;
  t.false(tracker.unsettled(5000));
});
