// The real kubectl (when installed) attaches to running containers through the kube-api attach
// handler, wired to a throwaway HTTP server, and through NATS to a kubelet running the pods with
// the process driver: stdin piped in and the answers out, a container's new output, stdinOnce,
// and the refusal of stdin to a container started without it.
import test from "ava";
import { spawn } from "node:child_process";
import { JsonApiClient } from "../runtime/api-client/json-api-client.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { handleAttachUpgrade } from "../services/kube-api/streams/attach.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";
import { kubectlInstalled, startKubectlStreamServer, type KubectlStreamServer } from "./helpers/kubectl-stream-server.ts";

const kubectl = await kubectlInstalled();
const maybe = kubectl ? test.serial : test.serial.skip;
if (!kubectl) console.log("kubectl is not installed: the kubectl attach checks are skipped");

let harness: KubeletHarness | undefined;
let server: KubectlStreamServer;
let kube: KubeApiFixture | undefined;
const ECHO = "while read l; do echo got:$l; done";

function pod(name: string, container: Record<string, unknown>, restartPolicy = "Always"): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { nodeName: "node-t", restartPolicy, containers: [{ name: "main", image: "host", ...container }] } } as Pod;
}

test.before(async () => {
  if (!kubectl) return;
  harness = await startKubeletHarness({
    name: "kube-api-attach",
    driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
    kubelet: { nodeName: "node-t", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
  const pods = [
    pod("echo", { command: ["sh", "-c", ECHO], stdin: true }),
    pod("once", { command: ["sh", "-c", `${ECHO}; echo bye`], stdin: true, stdinOnce: true }, "Never"),
    pod("once-spdy", { command: ["sh", "-c", `${ECHO}; echo bye`], stdin: true, stdinOnce: true }, "Never"),
    pod("ticker", { command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick-$i; sleep 0.2; done"] }),
  ];
  for (const object of pods) await harness.client.create(object);
  for (const object of pods) {
    const name = object.metadata?.name ?? "";
    await eventuallyValue(() => harness!.client.get<Pod>("pods", "default", name), (p) => p.status?.containerStatuses?.[0]?.state?.running !== undefined, `${name} running`, 15_000);
  }
  const deps = { nc: harness.cluster.nc, api: new JsonApiClient(harness.cluster.nc) };
  server = await startKubectlStreamServer(deps.api, { attach: (target, req, socket, head) => handleAttachUpgrade(deps, target, req, socket, head) });
  kube = await startKubeApiFixture(harness.cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await server?.stop();
  await harness?.stop(1);
});

/** kubectl with `args` as a child process: its output so far, and a way to wait for text in it. */
function startKubectl(args: string[], env: Record<string, string> = {}) {
  const child = spawn("kubectl", [...server.flags, ...args], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.once("close", resolve));
  const waitFor = (text: RegExp) => eventuallyValue(async () => output.stdout, (stdout) => text.test(stdout), `kubectl to print ${text} (stderr: ${output.stderr})`, 15_000);
  return { child, output, closed, waitFor };
}

maybe("kubectl attach -i passes piped stdin to the running container and prints its answers", async (t) => {
  server.upgrades.attach.length = 0;
  const attach = startKubectl(["attach", "-i", "echo"]);
  attach.child.stdin.write("hello\n");
  await attach.waitFor(/got:hello\n/);
  attach.child.stdin.write("world\n");
  await attach.waitFor(/got:world\n/);
  // Without stdinOnce the container keeps reading after kubectl goes: detach it.
  attach.child.kill("SIGINT");
  await attach.closed;
  t.is(attach.output.stdout, "got:hello\ngot:world\n", attach.output.stderr);
  t.deepEqual(server.upgrades.attach, ["websocket"]);
  const echo = await harness!.client.get<Pod>("pods", "default", "echo");
  t.not(echo.status?.containerStatuses?.[0]?.state?.running, undefined, "the container goes on after the detach");
});

maybe("kubectl attach -i to a stdinOnce container ends its stdin with kubectl's, and exits 0 when the container does", async (t) => {
  const attach = startKubectl(["attach", "-i", "once"]);
  attach.child.stdin.end("one\ntwo\n");
  t.is(await attach.closed, 0, attach.output.stderr);
  t.is(attach.output.stdout, "got:one\ngot:two\nbye\n");
});

maybe("kubectl attach -i works over SPDY too (WebSockets turned off)", async (t) => {
  server.upgrades.attach.length = 0;
  const attach = startKubectl(["attach", "-i", "once-spdy"], { KUBECTL_REMOTE_COMMAND_WEBSOCKETS: "false" });
  attach.child.stdin.end("spdy\n");
  t.is(await attach.closed, 0, attach.output.stderr);
  t.is(attach.output.stdout, "got:spdy\nbye\n");
  t.deepEqual(server.upgrades.attach, ["spdy/3.1"]);
});

maybe("kubectl attach without -i shows the new output lines of a running container until it is stopped", async (t) => {
  const attach = startKubectl(["attach", "ticker"]);
  await attach.waitFor(/tick-\d+\n(.*\n)*tick-\d+\n/);
  attach.child.kill("SIGINT");
  await attach.closed;
  const ticks = [...attach.output.stdout.matchAll(/tick-(\d+)/g)].map((match) => Number(match[1]));
  // Consecutive, and starting from now, not from the container's first line.
  t.true(ticks[0] > 1, attach.output.stdout);
  t.deepEqual(ticks, ticks.map((_, i) => ticks[0] + i));
  const ticker = await harness!.client.get<Pod>("pods", "default", "ticker");
  t.not(ticker.status?.containerStatuses?.[0]?.state?.running, undefined);
});

maybe("kubectl attach -i to a container without stdin: true fails with the reason", async (t) => {
  const result = await server.run(["attach", "-i", "ticker"]);
  t.not(result.code, 0);
  t.regex(result.stderr, /stdin is not enabled for container main/);
});

maybe("kubectl run -i --rm through the kube-api server attaches to the new pod's stdin, then deletes the pod", async (t) => {
  // No scheduler here: the override puts the pod on the test's node.
  const overrides = JSON.stringify({ apiVersion: "v1", spec: { nodeName: "node-t" } });
  const result = await kube!.kubectl(["run", "r", "-i", "--rm", "--restart=Never", "--image=host", `--overrides=${overrides}`, "--command", "--", "sh", "-c", ECHO], { input: "from run\n", timeoutMs: 60_000 });
  t.is(result.code, 0, result.stderr);
  t.regex(result.stdout, /got:from run\n/);
  // kubectl deletes the pod as it exits, gracefully: the API removes it once the kubelet has
  // stopped it, which may be a moment after kubectl returns.
  t.regex(result.stdout, /pod "r" deleted/);
  const pods = await eventuallyValue(() => harness!.client.list<Pod>("pods", { namespace: "default" }), (list) => !list.items.some((p) => p.metadata?.name === "r"), "the pod deleted", 30_000);
  t.false(pods.items.some((p) => p.metadata?.name === "r"), "the pod is deleted");
});
