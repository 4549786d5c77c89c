// A NATS outage under a leader, on a server of its own (stopping it would break other tests).
import test from "ava";
import { useNatsServer } from "../../test/helpers/nats.ts";
import { createLogger } from "../log.ts";
import { LeaderElector } from "./leader-elector.ts";
import { openLeaseStore } from "./lease-lock.ts";

const nats = useNatsServer(test);
const quiet = createLogger("leader-outage-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(5);
  }
}

test("a leader that cannot renew while NATS is down steps down by the renew deadline, and leads again once NATS is back", async (t) => {
  const store = await openLeaseStore(await nats.connect("leader-outage-test"));
  const elector = new LeaderElector({ store, name: "outage", identity: "only", logger: quiet });
  let leadingSignal: AbortSignal | undefined;
  const stopped: number[] = [];
  elector.start({ onStartedLeading: (signal) => void (leadingSignal = signal), onStoppedLeading: () => void stopped.push(performance.now()) });
  await until(() => elector.isLeader, "leadership", 5000);

  const downAt = performance.now();
  await nats.server.stop();
  await until(() => !elector.isLeader, "stepping down", 3000);
  const stepDown = stopped[0] - downAt;
  t.log(`stepped down ${Math.round(stepDown)} ms after NATS went down`);
  // The deadline is 1.5 s after the start of the last successful renew, which began at most as
  // late as the server's actual exit (its shutdown takes a moment after stop() is called).
  t.true(stepDown <= 2000, `stepped down after ${stepDown} ms`);
  t.true(leadingSignal?.aborted);

  const restartAt = performance.now();
  await nats.server.restart();
  const upAt = performance.now();
  await until(() => elector.isLeader, "leading again", 8000);
  t.log(`server restart took ${Math.round(upAt - restartAt)} ms; leading again ${Math.round(performance.now() - upAt)} ms later`);
  t.pass();
  await elector.stop();
});
