// Issue 10, point 2: no request dropped in a rollout or a scale-down. A terminating pod leaves
// its Services' endpoints and the kubelet holds SIGTERM until every node proxy stopped sending
// it new connections; hello then drains what it has. Under a client sending as fast as it can
// over new and keep-alive connections: no failed request, the Ready count never below
// replicas - maxUnavailable, the new template serving at the end, and no connection sent to a
// pod that had stopped listening. test/e2e-rollout-no-hold.test.ts is the same without the hold.
import test from "ava";
import type { WorkloadCluster } from "./helpers/workload-cluster.ts";
import { rollingUpdate, scaleDown, startHoldCluster, summary } from "./helpers/rollout-hold-scenarios.ts";

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startHoldCluster(true);
});
test.after.always(async () => {
  await cluster?.stop();
});

test.serial("a rolling update of hello under load fails no request, keeps 3 pods Ready and ends serving the new template", async (t) => {
  const result = await rollingUpdate(cluster);
  t.log(summary(result));
  t.is(result.load.failed, 0, `no failed request: ${JSON.stringify(result.load.errors)}`);
  t.true(result.load.newConnections > 50 && result.load.keepAlive > 50, "the load ran over both kinds of connections");
  t.true(result.readySamples > 10, "the Ready count was watched through the rollout");
  t.true(result.minReady >= 3, `never fewer Ready pods than replicas - maxUnavailable (3 - 0), saw ${result.minReady}`);
  t.is(result.refused, 0, "no proxy sent a connection to a pod that had stopped listening");
  t.true(result.holds >= 3, "each of the 3 old pods was held");
  t.is(result.holdsTimedOut, 0, "every hold ended by the proxies' confirmation");
  t.true((result.load.greetings.v2 ?? 0) > 0, "the new template answered");
});

test.serial("scaling hello from 6 to 2 under load fails no request and keeps 2 pods Ready", async (t) => {
  const result = await scaleDown(cluster);
  t.log(summary(result));
  t.is(result.load.failed, 0, `no failed request: ${JSON.stringify(result.load.errors)}`);
  t.true(result.load.newConnections > 50 && result.load.keepAlive > 50, "the load ran over both kinds of connections");
  t.true(result.minReady >= 2, `never fewer Ready pods than the 2 replicas, saw ${result.minReady}`);
  t.is(result.refused, 0, "no proxy sent a connection to a pod that had stopped listening");
  t.true(result.holds >= 4, "each of the 4 pods scaled away was held");
  t.is(result.holdsTimedOut, 0, "every hold ended by the proxies' confirmation");
});
