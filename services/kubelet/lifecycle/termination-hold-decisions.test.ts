import test from "ava";
import { matchingEndpoints, parseEndpointsCheckRequest } from "../../../runtime/proxy-endpoints-check.ts";
import { endpointPorts } from "./endpoint-ports.ts";
import { holdBudgetMs, holdOutcome, pendingProxies, recordReply, startProgress } from "./termination-hold-decisions.ts";

test("the hold's budget is the timeout, at most half the grace period, nothing for a forced delete", (t) => {
  t.is(holdBudgetMs(30, 5000), 5000);
  t.is(holdBudgetMs(4, 5000), 2000);
  t.is(holdBudgetMs(0, 5000), 0);
  t.is(holdBudgetMs(30, 0), 0);
});

test("a hold ends confirmed once every discovered proxy answered with nothing routed", (t) => {
  let progress = startProgress(["p1", "p2"]);
  t.is(holdOutcome(progress, 0, 1000), undefined);
  progress = recordReply(progress, { proxy: "p1", node: "n1", routing: [] });
  progress = recordReply(progress, { proxy: "p2", node: "n2", routing: ["10.0.0.5:80"] });
  t.deepEqual(pendingProxies(progress), ["p2"]);
  t.deepEqual(progress.routing.get("p2"), ["10.0.0.5:80"]);
  t.is(holdOutcome(progress, 10, 1000), undefined);
  progress = recordReply(progress, { proxy: "p2", node: "n2", routing: [] });
  t.is(holdOutcome(progress, 20, 1000), "confirmed");
  t.false(progress.routing.has("p2"));
});

test("a confirmation is final: a later answer of the same proxy does not undo it", (t) => {
  let progress = recordReply(startProgress(["p1"]), { proxy: "p1", node: "n1", routing: [] });
  progress = recordReply(progress, { proxy: "p1", node: "n1", routing: ["10.0.0.5:80"] });
  t.is(holdOutcome(progress, 0, 1000), "confirmed");
});

test("a proxy that answers without having been discovered is waited for as well", (t) => {
  let progress = recordReply(startProgress(["p1"]), { proxy: "p1", node: "n1", routing: [] });
  progress = recordReply(progress, { proxy: "p3", node: "n3", routing: ["10.0.0.5:80"] });
  t.deepEqual(pendingProxies(progress), ["p3"]);
  t.is(holdOutcome(progress, 0, 1000), undefined);
});

test("a proxy that never answers (down) ends the hold at the deadline as timed out", (t) => {
  const progress = recordReply(startProgress(["p1", "down"]), { proxy: "p1", node: "n1", routing: [] });
  t.is(holdOutcome(progress, 999, 1000), undefined);
  t.is(holdOutcome(progress, 1000, 1000), "timed_out");
});

test("a cluster without proxies holds nothing", (t) => {
  t.is(holdOutcome(startProgress([]), 0, 1000), "no_proxies");
});

test("the endpoints check names the asked endpoints a proxy still routes to, by IP and port", (t) => {
  const routed = [{ ip: "10.0.0.5", port: 80 }, { ip: "10.0.0.5", port: 9090 }, { ip: "10.0.0.6", port: 80 }, { ip: "10.0.0.5", port: 80 }];
  t.deepEqual(matchingEndpoints({ ip: "10.0.0.5", ports: [80] }, routed), ["10.0.0.5:80"]);
  t.deepEqual(matchingEndpoints({ ip: "10.0.0.5", ports: [] }, routed), ["10.0.0.5:80", "10.0.0.5:9090"]);
  t.deepEqual(matchingEndpoints({ ip: "10.0.0.7", ports: [] }, routed), []);
});

test("a bad endpoints check request is refused naming the field", (t) => {
  t.throws(() => parseEndpointsCheckRequest(null), { message: /must be a JSON object/ });
  t.throws(() => parseEndpointsCheckRequest({ ports: [80] }), { message: /ip: must be a non-empty string/ });
  t.throws(() => parseEndpointsCheckRequest({ ip: "10.0.0.5", ports: [0] }), { message: /ports: must be a list of port numbers 1-65535/ });
  t.deepEqual(parseEndpointsCheckRequest({ ip: "10.0.0.5" }), { ip: "10.0.0.5", ports: [] });
});

test("a pod's endpoint ports are its containers' mapped host ports, or the container ports unmapped", (t) => {
  const handle = (ports: number[], hostPorts: Record<number, number>) => ({ spec: { ports: ports.map((containerPort) => ({ containerPort })) }, hostPorts }) as never;
  t.deepEqual(endpointPorts([handle([80, 9090], { 80: 31080 }), undefined, handle([80], { 80: 31080 })]), [9090, 31080]);
  t.deepEqual(endpointPorts([handle([], {})]), []);
});
