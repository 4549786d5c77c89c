// The necessity of the termination hold (issue 10, point 2): the scenarios of
// test/e2e-rollout-hold.test.ts on kubelets with TROUPE_KUBELET_TERMINATION_HOLD=off. SIGTERM
// then comes as the pod is marked for deletion, hello stops listening at once, and the proxies
// learn that the pod left its endpoints only after the endpoints controller's 1 s batch period:
// in that window every terminating pod is picked by round-robin and refuses the connection. The
// proxy's connect retry hides this from the client (the connect goes to the next endpoint), so
// what is asserted is the structural failure, summed over each change: connections sent to a
// stopped pod, which the hold makes zero.
import test from "ava";
import type { WorkloadCluster } from "./helpers/workload-cluster.ts";
import { rollingUpdate, scaleDown, startHoldCluster, summary } from "./helpers/rollout-hold-scenarios.ts";

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startHoldCluster(false);
});
test.after.always(async () => {
  await cluster?.stop();
});

test.serial("without the hold, a rolling update of hello under load sends connections to pods that stopped listening", async (t) => {
  const result = await rollingUpdate(cluster);
  t.log(summary(result));
  t.true(result.load.newConnections > 50, "the load ran through the window");
  t.is(result.holds, 0, "the hold is off");
  t.true(result.refused > 0, "proxies sent connections to a terminated pod (what the hold prevents)");
});

test.serial("without the hold, scaling hello from 6 to 2 under load sends connections to pods that stopped listening", async (t) => {
  const result = await scaleDown(cluster);
  t.log(summary(result));
  t.true(result.refused > 0, "proxies sent connections to a terminated pod (what the hold prevents)");
});
