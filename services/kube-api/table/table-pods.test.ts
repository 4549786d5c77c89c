import test from "ava";
import type { KubeObject } from "../../../runtime/api-client.ts";
import { kubectlView } from "../../../test/helpers/kubectl-table.ts";
import { toTable } from "./mod.ts";

const now = new Date("2026-11-21T12:00:00Z");

function pod(name: string, status: Record<string, unknown>, spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", uid: `uid-${name}`, resourceVersion: "41", creationTimestamp: "2026-11-21T11:55:00Z", labels: { app: "web" }, ...metadata },
    spec: { containers: [{ name: "web", image: "nginx" }], nodeName: "node-1", ...spec },
    status,
  };
}

const running = pod("web-1", {
  phase: "Running",
  podIP: "10.0.0.5",
  podIPs: [{ ip: "10.0.0.5" }],
  containerStatuses: [{ name: "web", ready: true, restartCount: 0, state: { running: { startedAt: "2026-11-21T11:55:01Z" } } }],
});

function view(pods: KubeObject[], wide = false): string[][] {
  return kubectlView(toTable(pods, { kind: "Pod", now }), { wide });
}

test("a pod table has kubectl's columns, the wide ones at priority 1, NAME formatted as a name", (t) => {
  const table = toTable([running], { kind: "Pod", now });
  t.is(table.kind, "Table");
  t.is(table.apiVersion, "meta.k8s.io/v1");
  t.deepEqual(
    table.columnDefinitions.map(({ name, type, format, priority }) => [name, type, format, priority]),
    [
      ["Name", "string", "name", 0],
      ["Ready", "string", "", 0],
      ["Status", "string", "", 0],
      ["Restarts", "string", "", 0],
      ["Age", "string", "", 0],
      ["IP", "string", "", 1],
      ["Node", "string", "", 1],
      ["Nominated Node", "string", "", 1],
      ["Readiness Gates", "string", "", 1],
    ],
  );
  t.true(table.columnDefinitions.every((column) => column.description.length > 0));
});

test("pods show NAME READY STATUS RESTARTS AGE, the age already formatted by the server", (t) => {
  t.deepEqual(view([running]), [
    ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
    ["web-1", "1/1", "Running", "0", "5m"],
  ]);
});

test("every row carries all cells, so -o wide only has to show the priority 1 columns", (t) => {
  const gated = pod("web-2", { phase: "Running", podIP: "10.0.0.6", nominatedNodeName: "node-2", conditions: [{ type: "example.com/ready", status: "True" }] }, { readinessGates: [{ conditionType: "example.com/ready" }, { conditionType: "example.com/other" }] });
  t.is(toTable([running], { kind: "Pod", now }).rows[0].cells.length, 9);
  t.deepEqual(view([running, gated], true), [
    ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE", "READINESS GATES"],
    ["web-1", "1/1", "Running", "0", "5m", "10.0.0.5", "node-1", "<none>", "<none>"],
    ["web-2", "0/1", "Running", "0", "5m", "10.0.0.6", "node-1", "node-2", "1/2"],
  ]);
});

test("a pod's STATUS names what holds it back: waiting reasons, exit codes, init containers, deletion", (t) => {
  const status = (object: KubeObject) => view([object])[1][2];
  t.is(status(pod("a", { phase: "Running", containerStatuses: [{ name: "web", restartCount: 4, state: { waiting: { reason: "CrashLoopBackOff" } } }] })), "CrashLoopBackOff");
  t.is(status(pod("b", { phase: "Pending", containerStatuses: [{ name: "web", state: { waiting: { reason: "ImagePullBackOff" } } }] })), "ImagePullBackOff");
  t.is(status(pod("c", { phase: "Pending", containerStatuses: [{ name: "web", state: { waiting: { reason: "ContainerCreating" } } }] })), "ContainerCreating");
  t.is(status(pod("d", { phase: "Failed", containerStatuses: [{ name: "web", state: { terminated: { exitCode: 2 } } }] })), "ExitCode:2");
  t.is(status(pod("e", { phase: "Failed", containerStatuses: [{ name: "web", state: { terminated: { exitCode: 137, signal: 9 } } }] })), "Signal:9");
  t.is(status(pod("f", { phase: "Succeeded", containerStatuses: [{ name: "web", state: { terminated: { exitCode: 0, reason: "Completed" } } }] })), "Completed");
  const init = { initContainers: [{ name: "init" }, { name: "migrate" }] };
  t.is(status(pod("g", { phase: "Pending", initContainerStatuses: [{ name: "init", state: { terminated: { exitCode: 0 } } }, { name: "migrate", state: { running: {} } }] }, init)), "Init:1/2");
  t.is(status(pod("h", { phase: "Pending", initContainerStatuses: [{ name: "init", state: { waiting: { reason: "CrashLoopBackOff" } } }] }, init)), "Init:CrashLoopBackOff");
  t.is(status(pod("i", { phase: "Pending", initContainerStatuses: [{ name: "init", state: { terminated: { exitCode: 1, reason: "Error" } } }] }, init)), "Init:Error");
  t.is(status(pod("j", { phase: "Running", containerStatuses: running.status && (running.status as { containerStatuses: unknown[] }).containerStatuses }, {}, { deletionTimestamp: "2026-11-21T11:59:30Z" })), "Terminating");
  t.is(status(pod("k", { phase: "Running", reason: "NodeLost" }, {}, { deletionTimestamp: "2026-11-21T11:59:30Z" })), "Unknown");
  t.is(status(pod("l", { phase: "Succeeded" }, {}, { deletionTimestamp: "2026-11-21T11:59:30Z" })), "Succeeded");
  t.is(status(pod("m", { phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "SchedulingGated" }] })), "SchedulingGated");
});

test("RESTARTS says how long ago the last container ended, when a container has restarted", (t) => {
  const restarted = pod("web-3", {
    phase: "Running",
    containerStatuses: [
      { name: "web", ready: true, restartCount: 3, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: "2026-11-21T11:55:00Z" } } },
      { name: "sidecar", ready: true, restartCount: 2, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: "2026-11-21T11:58:00Z" } } },
    ],
  }, { containers: [{ name: "web" }, { name: "sidecar" }] });
  t.deepEqual(view([restarted])[1], ["web-3", "2/2", "Running", "5 (2m ago)", "5m"]);
  const neverEnded = pod("web-4", { phase: "Running", containerStatuses: [{ name: "web", ready: true, restartCount: 1, state: { running: {} } }] });
  t.is(view([neverEnded])[1][3], "1");
});

test("a started sidecar counts as a container, and its restarts count while the app runs", (t) => {
  const withSidecar = pod("web-5", {
    phase: "Running",
    initContainerStatuses: [{ name: "proxy", started: true, ready: true, restartCount: 1, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: "2026-11-21T11:59:00Z" } } }],
    containerStatuses: [{ name: "web", ready: true, restartCount: 0, state: { running: {} } }],
  }, { initContainers: [{ name: "proxy", restartPolicy: "Always" }] });
  t.deepEqual(view([withSidecar])[1], ["web-5", "2/2", "Running", "1 (60s ago)", "5m"]);
});

test("finished pods carry kube-apiserver's Completed row condition", (t) => {
  const done = pod("job-1", { phase: "Succeeded" });
  t.deepEqual(toTable([done], { kind: "Pod", now }).rows[0].conditions, [{ type: "Completed", status: "True", reason: "Succeeded", message: "The pod has completed successfully." }]);
  t.is(toTable([running], { kind: "Pod", now }).rows[0].conditions, undefined);
});
