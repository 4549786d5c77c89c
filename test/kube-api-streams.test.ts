// The real kubectl (when installed) drives exec and port-forward through the kube-api stream
// handlers, wired to a throwaway HTTP server with just the discovery kubectl needs, and through
// NATS to a kubelet running the pod with the process driver.
import test, { type ExecutionContext } from "ava";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { JsonApiClient } from "../runtime/api-client/json-api-client.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { handleExecUpgrade } from "../services/kube-api/streams/exec.ts";
import { handlePortForwardUpgrade } from "../services/kube-api/streams/port-forward.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";
import { kubectlInstalled, startKubectlStreamServer, type KubectlStreamServer } from "./helpers/kubectl-stream-server.ts";

const kubectl = await kubectlInstalled();
const maybe = kubectl ? test.serial : test.serial.skip;
if (!kubectl) console.log("kubectl is not installed: the kubectl exec and port-forward checks are skipped");

let harness: KubeletHarness | undefined;
let server: KubectlStreamServer;

const SERVER = "require('http').createServer((q, s) => s.end(q.url === '/big' ? Buffer.alloc(8 * 1024 * 1024, 120) : 'pong ' + q.url)).listen(process.env.PORT); setInterval(() => {}, 1000)";

test.before(async () => {
  if (!kubectl) return;
  harness = await startKubeletHarness({
    name: "kube-api-streams",
    driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
    kubelet: { nodeName: "node-k", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
  const pod = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" },
    spec: { nodeName: "node-k", containers: [{ name: "main", image: "host", command: [process.execPath, "-e", SERVER], ports: [{ containerPort: 8080 }], readinessProbe: { tcpSocket: { port: { intVal: 8080 } }, periodSeconds: 1 } }] },
  } as Pod;
  await harness.client.create(pod);
  await eventuallyValue(() => harness!.client.get<Pod>("pods", "default", "p"), (p) => p.status?.conditions?.find((c) => c.type === "Ready")?.status === "True", "p Ready", 15_000);
  const deps = { nc: harness.cluster.nc, api: new JsonApiClient(harness.cluster.nc) };
  server = await startKubectlStreamServer(deps.api, {
    exec: (target, req, socket, head) => handleExecUpgrade(deps, target, req, socket, head),
    portforward: (target, req, socket, head) => handlePortForwardUpgrade(deps, target, req, socket, head),
  });
});

test.after.always(async () => {
  await server?.stop();
  await harness?.stop(1);
});

const runKubectl = (args: string[], env: Record<string, string> = {}) => server.run(args, env);

maybe("kubectl exec p -- echo hi prints hi and exits 0, over WebSocket", async (t) => {
  server.upgrades.exec.length = 0;
  const result = await runKubectl(["exec", "p", "--", "echo", "hi"]);
  t.is(result.stdout, "hi\n", result.stderr);
  t.is(result.code, 0, result.stderr);
  t.deepEqual(server.upgrades.exec, ["websocket"]);
});

maybe("kubectl exec exits with the command's exit code", async (t) => {
  const result = await runKubectl(["exec", "p", "--", "sh", "-c", "echo out; echo err >&2; exit 3"]);
  t.is(result.code, 3, result.stderr);
  t.is(result.stdout, "out\n");
  t.regex(result.stderr, /err/);
});

maybe("kubectl exec over SPDY (WebSockets turned off) prints the output, passes stdin and the exit code", async (t) => {
  const spdy = { KUBECTL_REMOTE_COMMAND_WEBSOCKETS: "false" };
  server.upgrades.exec.length = 0;
  const hi = await runKubectl(["exec", "p", "--", "echo", "hi"], spdy);
  t.is(hi.stdout, "hi\n", hi.stderr);
  t.is(hi.code, 0, hi.stderr);
  const three = await runKubectl(["exec", "p", "--", "sh", "-c", "echo err >&2; exit 3"], spdy);
  t.is(three.code, 3, three.stderr);
  t.regex(three.stderr, /err/);
  t.deepEqual(server.upgrades.exec, ["spdy/3.1", "spdy/3.1"]);
  const child = execFile("kubectl", [...server.flags, "exec", "-i", "p", "--", "cat"], { timeout: 30_000, env: { ...process.env, ...spdy } });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stdin?.end("over spdy\n");
  t.is(await new Promise<number | null>((resolve) => child.once("close", resolve)), 0);
  t.is(stdout, "over spdy\n");
});

maybe("kubectl exec names a container the pod does not have and fails", async (t) => {
  const result = await runKubectl(["exec", "p", "-c", "nope", "--", "true"]);
  t.is(result.code, 1);
  t.regex(result.stderr, /container nope is not valid for pod p/);
});

maybe("kubectl exec -i passes stdin to the command", async (t) => {
  const child = execFile("kubectl", [...server.flags, "exec", "-i", "p", "--", "cat"], { timeout: 30_000 });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stdin?.end("line one\nline two\n");
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  t.is(stdout, "line one\nline two\n");
  t.is(code, 0);
});

async function portForwardTenRequests(t: ExecutionContext, env: Record<string, string>): Promise<void> {
  const local = await findFreePort();
  const forward: ChildProcess = spawn("kubectl", [...server.flags, "port-forward", "pod/p", `${local}:8080`], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let output = "";
  forward.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  forward.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  try {
    await eventuallyValue(async () => output, (text) => text.includes("Forwarding from"), "kubectl port-forward to listen", 15_000);
    const request = (path: string) => new Promise<string>((resolve, reject) => {
      get({ host: "127.0.0.1", port: local, path, agent: false }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk));
        res.on("end", () => resolve(text));
      }).on("error", reject);
    });
    for (let i = 0; i < 10; i++) t.is(await request(`/r${i}`), `pong /r${i}`, output);
    // Ten at once: each connection is its own pair of streams on the one SPDY connection.
    const parallel = await Promise.all(Array.from({ length: 10 }, (_, i) => request(`/p${i}`)));
    t.deepEqual(parallel, Array.from({ length: 10 }, (_, i) => `pong /p${i}`));
    t.is((await request("/big")).length, 8 * 1024 * 1024);
  } finally {
    forward.kill("SIGINT");
    await new Promise((resolve) => forward.once("close", resolve));
  }
  t.notRegex(output, /error|Unhandled/i, output);
}

maybe("kubectl port-forward carries HTTP requests (ten in turn, ten at once, 8 MiB) to the pod's port through the WebSocket tunnel", async (t) => {
  server.upgrades.portforward.length = 0;
  await portForwardTenRequests(t, {});
  t.deepEqual(server.upgrades.portforward, ["websocket"]);
});

maybe("kubectl port-forward over plain SPDY (WebSockets turned off) carries them too", async (t) => {
  server.upgrades.portforward.length = 0;
  await portForwardTenRequests(t, { KUBECTL_PORT_FORWARD_WEBSOCKETS: "false" });
  t.deepEqual(server.upgrades.portforward, ["spdy/3.1"]);
});
