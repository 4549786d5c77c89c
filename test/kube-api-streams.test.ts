// The real kubectl (when installed) drives exec and port-forward through the kube-api stream
// handlers, wired to a throwaway HTTP server with just the discovery kubectl needs, and through
// NATS to a kubelet running the pod with the process driver.
import test, { type ExecutionContext } from "ava";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonApiClient } from "../runtime/api-client/json-api-client.ts";
import { ApiError } from "../runtime/api-errors.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { handleExecUpgrade } from "../services/kube-api/streams/exec.ts";
import { handlePortForwardUpgrade } from "../services/kube-api/streams/port-forward.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

const kubectl = await new Promise<boolean>((resolve) => execFile("kubectl", ["version", "--client"], (error) => resolve(!error)));
const maybe = kubectl ? test.serial : test.serial.skip;
if (!kubectl) console.log("kubectl is not installed: the kubectl exec and port-forward checks are skipped");

let harness: KubeletHarness | undefined;
let server: Server | undefined;
let dir = "";
/** The Upgrade header of each request, to tell WebSocket from plain SPDY. */
const portForwardUpgrades: string[] = [];
const execUpgrades: string[] = [];

const SERVER = "require('http').createServer((q, s) => s.end(q.url === '/big' ? Buffer.alloc(8 * 1024 * 1024, 120) : 'pong ' + q.url)).listen(process.env.PORT); setInterval(() => {}, 1000)";

const API_RESOURCES = {
  kind: "APIResourceList", apiVersion: "v1", groupVersion: "v1",
  resources: [
    { name: "pods", singularName: "pod", namespaced: true, kind: "Pod", verbs: ["get", "list"], shortNames: ["po"] },
    { name: "pods/exec", singularName: "", namespaced: true, kind: "PodExecOptions", verbs: ["create", "get"] },
    { name: "pods/portforward", singularName: "", namespaced: true, kind: "PodPortForwardOptions", verbs: ["create", "get"] },
  ],
};

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
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const answer = (code: number, body: unknown) => {
      res.writeHead(code, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (path === "/api") return answer(200, { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [] });
    if (path === "/apis") return answer(200, { kind: "APIGroupList", apiVersion: "v1", groups: [] });
    if (path === "/api/v1") return answer(200, API_RESOURCES);
    if (path === "/version") return answer(200, { major: "1", minor: "32", gitVersion: "v1.32.0" });
    const pod = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/.exec(path);
    if (pod) {
      deps.api.get("pods", pod[2], { namespace: pod[1] }).then((object) => answer(200, object), (error: unknown) => error instanceof ApiError ? answer(error.code, error.status) : answer(500, { message: String(error) }));
      return;
    }
    answer(404, { kind: "Status", apiVersion: "v1", status: "Failure", reason: "NotFound", code: 404, message: `${path} not found` });
  });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://x");
    const route = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/(exec|portforward)$/.exec(url.pathname);
    if (!route) return socket.destroy();
    const target = { namespace: route[1], pod: route[2], query: url.searchParams };
    (route[3] === "portforward" ? portForwardUpgrades : execUpgrades).push(req.headers.upgrade?.toLowerCase() ?? "");
    void (route[3] === "exec" ? handleExecUpgrade : handlePortForwardUpgrade)(deps, target, req, socket, head);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  dir = await mkdtemp(join(tmpdir(), "troupe-kubectl-"));
  const port = (server.address() as AddressInfo).port;
  await writeFile(join(dir, "config"), [
    "apiVersion: v1", "kind: Config", "current-context: t",
    "clusters: [{name: t, cluster: {server: 'http://127.0.0.1:" + port + "'}}]",
    "contexts: [{name: t, context: {cluster: t, user: u, namespace: default}}]",
    "users: [{name: u, user: {}}]",
  ].join("\n"));
});

test.after.always(async () => {
  server?.closeAllConnections();
  server?.close();
  await harness?.stop(1);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function runKubectl(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("kubectl", ["--kubeconfig", join(dir, "config"), "--cache-dir", join(dir, "cache"), ...args], { timeout: 30_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

maybe("kubectl exec p -- echo hi prints hi and exits 0, over WebSocket", async (t) => {
  execUpgrades.length = 0;
  const result = await runKubectl(["exec", "p", "--", "echo", "hi"]);
  t.is(result.stdout, "hi\n", result.stderr);
  t.is(result.code, 0, result.stderr);
  t.deepEqual(execUpgrades, ["websocket"]);
});

maybe("kubectl exec exits with the command's exit code", async (t) => {
  const result = await runKubectl(["exec", "p", "--", "sh", "-c", "echo out; echo err >&2; exit 3"]);
  t.is(result.code, 3, result.stderr);
  t.is(result.stdout, "out\n");
  t.regex(result.stderr, /err/);
});

maybe("kubectl exec over SPDY (WebSockets turned off) prints the output, passes stdin and the exit code", async (t) => {
  const spdy = { KUBECTL_REMOTE_COMMAND_WEBSOCKETS: "false" };
  execUpgrades.length = 0;
  const hi = await runKubectl(["exec", "p", "--", "echo", "hi"], spdy);
  t.is(hi.stdout, "hi\n", hi.stderr);
  t.is(hi.code, 0, hi.stderr);
  const three = await runKubectl(["exec", "p", "--", "sh", "-c", "echo err >&2; exit 3"], spdy);
  t.is(three.code, 3, three.stderr);
  t.regex(three.stderr, /err/);
  t.deepEqual(execUpgrades, ["spdy/3.1", "spdy/3.1"]);
  const child = execFile("kubectl", ["--kubeconfig", join(dir, "config"), "--cache-dir", join(dir, "cache"), "exec", "-i", "p", "--", "cat"], { timeout: 30_000, env: { ...process.env, ...spdy } });
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
  const child = execFile("kubectl", ["--kubeconfig", join(dir, "config"), "--cache-dir", join(dir, "cache"), "exec", "-i", "p", "--", "cat"], { timeout: 30_000 });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stdin?.end("line one\nline two\n");
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  t.is(stdout, "line one\nline two\n");
  t.is(code, 0);
});

async function portForwardTenRequests(t: ExecutionContext, env: Record<string, string>): Promise<void> {
  const local = await findFreePort();
  const forward: ChildProcess = spawn("kubectl", ["--kubeconfig", join(dir, "config"), "--cache-dir", join(dir, "cache"), "port-forward", "pod/p", `${local}:8080`], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
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
  portForwardUpgrades.length = 0;
  await portForwardTenRequests(t, {});
  t.deepEqual(portForwardUpgrades, ["websocket"]);
});

maybe("kubectl port-forward over plain SPDY (WebSockets turned off) carries them too", async (t) => {
  portForwardUpgrades.length = 0;
  await portForwardTenRequests(t, { KUBECTL_PORT_FORWARD_WEBSOCKETS: "false" });
  t.deepEqual(portForwardUpgrades, ["spdy/3.1"]);
});
