import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { assume, newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import type { NodeInfo } from "../types.ts";
import { nodePorts } from "./node-ports.ts";

const REASON = "node(s) didn't have free ports for the requested pod ports";

function nodeWith(port: { hostPort: number; protocol?: string; hostIP?: string }): NodeInfo {
  const info = newNodeInfo(makeNode("n"));
  assume(info, makePod("old", { ports: [{ containerPort: 80, ...port }] }));
  return info;
}

function fits(info: NodeInfo, port: { hostPort: number; protocol?: string; hostIP?: string }): boolean {
  return nodePorts(podRequestOf(makePod("p", { ports: [{ containerPort: 80, ...port }] })), info).feasible;
}

test("a host port already taken on the node conflicts", (t) => {
  const info = nodeWith({ hostPort: 8080 });
  t.deepEqual(nodePorts(podRequestOf(makePod("p", { ports: [{ containerPort: 80, hostPort: 8080 }] })), info), { feasible: false, reasons: [REASON] });
  t.true(fits(info, { hostPort: 8081 }));
});

test("ports conflict per protocol", (t) => {
  const info = nodeWith({ hostPort: 53, protocol: "UDP" });
  t.true(fits(info, { hostPort: 53 }));
  t.false(fits(info, { hostPort: 53, protocol: "UDP" }));
});

test("0.0.0.0 takes the port on every host IP, distinct IPs do not conflict", (t) => {
  const specific = nodeWith({ hostPort: 9000, hostIP: "10.0.0.1" });
  t.true(fits(specific, { hostPort: 9000, hostIP: "10.0.0.2" }));
  t.false(fits(specific, { hostPort: 9000, hostIP: "10.0.0.1" }));
  t.false(fits(specific, { hostPort: 9000 }));
  const everywhere = nodeWith({ hostPort: 9000 });
  t.false(fits(everywhere, { hostPort: 9000, hostIP: "10.0.0.2" }));
});

test("container ports without a host port never conflict", (t) => {
  const info = nodeWith({ hostPort: 0 });
  t.is(info.usedPorts.size, 0);
  t.true(nodePorts(podRequestOf(makePod("p", { ports: [{ containerPort: 80 }] })), info).feasible);
});
