import test from "ava";
import { initialProbeState, observeProbe, type ProbeState } from "./probe-results.ts";
import { resolveProbe } from "./probe-spec.ts";
import { ProbePortError, resolveProbePort } from "./probe-port.ts";

function feed(state: ProbeState, outcomes: ("success" | "failure")[], successThreshold = 1, failureThreshold = 3): string[] {
  const results: string[] = [];
  for (const outcome of outcomes) {
    state = observeProbe(state, outcome, { successThreshold, failureThreshold });
    results.push(state.result);
  }
  return results;
}

test("readiness starts failing and passes on the first success; it fails after failureThreshold failures in a row", (t) => {
  t.is(initialProbeState("readiness").result, "failure");
  t.deepEqual(feed(initialProbeState("readiness"), ["success", "failure", "failure", "success", "failure", "failure", "failure"]),
    ["success", "success", "success", "success", "success", "success", "failure"]);
});

test("successThreshold needs that many successes in a row", (t) => {
  t.deepEqual(feed(initialProbeState("readiness"), ["success", "success", "failure", "success", "success", "success"], 3),
    ["failure", "failure", "failure", "failure", "failure", "success"]);
});

test("liveness starts passing and startup unknown", (t) => {
  t.is(initialProbeState("liveness").result, "success");
  t.is(initialProbeState("startup").result, "unknown");
  t.deepEqual(feed(initialProbeState("startup"), ["failure", "success"]), ["unknown", "success"]);
  t.deepEqual(feed(initialProbeState("liveness"), ["failure", "failure", "failure"], 1, 3), ["success", "success", "failure"]);
});

test("probe fields get Kubernetes' defaults; liveness passes on one success; gRPC is reported as unsupported", (t) => {
  const resolved = resolveProbe("liveness", { tcpSocket: { port: { intVal: 80 } }, successThreshold: 5 });
  t.like(resolved, { initialDelayMs: 0, periodMs: 10_000, timeoutMs: 1000, successThreshold: 1, failureThreshold: 3 });
  t.like(resolveProbe("readiness", { httpGet: { port: { strVal: "http" } }, successThreshold: 2, periodSeconds: 1 }), { successThreshold: 2, periodMs: 1000, action: { kind: "httpGet", path: "/", scheme: "HTTP" } });
  t.like(resolveProbe("readiness", { grpc: { port: 9000 } }), { unsupported: "readiness probe: gRPC probes are not supported by Troupe; the probe is ignored" });
});

test("probe ports: names and declared numbers map to host ports; unknown names and bad numbers are clear errors", (t) => {
  const declared = [{ name: "http", containerPort: 8080 }, { containerPort: 9090 }];
  const hostPorts = { 8080: 41234, 9090: 41235 };
  t.is(resolveProbePort({ strVal: "http" }, declared, hostPorts), 41234);
  t.is(resolveProbePort({ intVal: 9090 }, declared, hostPorts), 41235);
  t.is(resolveProbePort({ intVal: 7000 }, declared, hostPorts), 7000, "an undeclared number is used as it is");
  t.throws(() => resolveProbePort({ strVal: "metrics" }, declared, hostPorts), { instanceOf: ProbePortError, message: 'port name "metrics" is not a declared container port (declared: http)' });
  t.throws(() => resolveProbePort({ intVal: 70000 }, declared, hostPorts), { message: /not a valid port number/ });
});
