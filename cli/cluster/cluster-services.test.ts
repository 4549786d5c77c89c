import test from "ava";
import { clusterServices } from "./cluster-services.ts";

test("the cluster runs the API first, then the controller manager, the scheduler and one kubelet per node", (t) => {
  const services = clusterServices({ nodes: 3, kubeletDir: "/k" });
  t.deepEqual(services.map((service) => service.name), ["api", "controllers", "scheduler", "kubelet-node-1", "kubelet-node-2", "kubelet-node-3"]);
  t.deepEqual(services[5].env, { TROUPE_NODE_NAME: "node-3", TROUPE_KUBELET_DIR: "/k" });
});

test("--ha doubles the leader-elected roles with distinct identities", (t) => {
  const services = clusterServices({ nodes: 0, kubeletDir: "/k", ha: true });
  t.deepEqual(services.map((service) => service.name), ["api", "controllers", "scheduler", "controllers-2", "scheduler-2"]);
  t.not(services[2].env?.TROUPE_SCHEDULER_NAME, services[4].env?.TROUPE_SCHEDULER_NAME);
});
