// attach through the kubelet over NATS, against a real API, nats-server and a kubelet with the
// process driver: the running container's own stdin and output, stdinOnce, and the refusals
// Kubernetes gives (no stdin, no terminal).
import test from "ava";
import { attachToContainer, type AttachSession } from "../runtime/kubelet-client/attach-client.ts";
import { StreamRequestError } from "../runtime/kubelet-client/open-session.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

let harness: KubeletHarness;
const ECHO = "while read l; do echo got:$l; done";

function pod(name: string, container: Record<string, unknown>, restartPolicy = "Always"): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { nodeName: "node-a", restartPolicy, containers: [{ name: "main", image: "host", ...container }] } } as Pod;
}

async function running(name: string): Promise<void> {
  await eventuallyValue(() => harness.client.get<Pod>("pods", "default", name), (p) => p.status?.containerStatuses?.[0]?.state?.running !== undefined, `${name} running`, 15_000);
}

/** Reads `session.stdout` until it holds `text`; gives back everything read. */
async function readUntil(session: AttachSession, text: string, timeoutMs = 10_000): Promise<string> {
  let seen = "";
  const timer = setTimeout(() => session.stdout.destroy(new Error(`timed out waiting for ${JSON.stringify(text)}; read ${JSON.stringify(seen)}`)), timeoutMs);
  try {
    for await (const chunk of session.stdout) {
      seen += String(chunk);
      if (seen.includes(text)) break;
    }
  } finally {
    clearTimeout(timer);
  }
  return seen;
}

test.before(async () => {
  harness = await startKubeletHarness({
    name: "kubelet-attach",
    driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
    kubelet: { nodeName: "node-a", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
  await harness.client.create(pod("echo", { command: ["sh", "-c", ECHO], stdin: true }));
  await harness.client.create(pod("once", { command: ["sh", "-c", `${ECHO}; echo stdin-closed`], stdin: true, stdinOnce: true }, "Never"));
  await harness.client.create(pod("ticker", { command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick-$i; echo tock-$i >&2; sleep 0.2; done"] }));
  await harness.client.create(pod("terminal", { command: ["sh", "-c", "while read l; do test -t 0 && echo tty:$l; stty size; done"], stdin: true, tty: true }));
  await Promise.all(["echo", "once", "ticker", "terminal"].map(running));
});

test.after.always(async () => {
  await harness?.stop(1);
});

test.serial("attach writes a line to the container's stdin and reads what the container answers", async (t) => {
  const session = await attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "echo", stdin: true });
  t.is(session.container, "main");
  session.stderr.resume();
  session.stdin?.write("hello\n");
  t.regex(await readUntil(session, "got:hello"), /got:hello\n/);
  session.close();
  t.deepEqual(await session.ended, {});
});

test.serial("a detached attach leaves the container and its stdin open for the next one", async (t) => {
  const session = await attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "echo", stdin: true });
  session.stderr.resume();
  session.stdin?.write("again\n");
  const seen = await readUntil(session, "got:again");
  // Only output from the attach on: the earlier session's answer is not repeated.
  t.notRegex(seen, /got:hello/);
  session.stdin?.end();
  session.close();
  const pods = await harness.client.get<Pod>("pods", "default", "echo");
  t.not(pods.status?.containerStatuses?.[0]?.state?.running, undefined);
});

test.serial("with stdinOnce the container's stdin closes when the first attach ends its stdin, and the session ends with the container", async (t) => {
  const session = await attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "once", stdin: true });
  session.stderr.resume();
  session.stdin?.end("one\ntwo\n");
  const seen = await readUntil(session, "stdin-closed");
  t.regex(seen, /got:one\ngot:two\nstdin-closed\n/);
  t.deepEqual(await session.ended, {});
});

test.serial("attach without stdin shows a container's new stdout and stderr lines", async (t) => {
  const session = await attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "ticker" });
  t.is(session.stdin, undefined);
  let stderr = "";
  session.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const seen = await readUntil(session, "\ntick-");
  const first = Number(/tick-(\d+)/.exec(seen)?.[1]);
  // Lines from before the attach are not replayed: the ticker has been running for a while.
  t.true(first > 1, seen);
  await eventuallyValue(async () => stderr, (text) => /tock-\d+/.test(text), "stderr lines", 5000);
  session.close();
  await session.ended;
});

test.serial("attach to a container with tty: true reaches its terminal, and a resize sizes it", async (t) => {
  const session = await attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "terminal", stdin: true, tty: true });
  t.true(session.tty);
  session.stderr.resume();
  session.resize({ width: 100, height: 30 });
  // The resize finds the terminal a moment later (stty on the container's /dev/pts).
  await new Promise((resolve) => setTimeout(resolve, 500));
  session.stdin?.write("x\n");
  t.regex(await readUntil(session, "30 100"), /tty:x\r?\n30 100/);
  session.close();
});

test.serial("attach with stdin to a container without stdin: true is refused, as Kubernetes does", async (t) => {
  const error = await t.throwsAsync(attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "ticker", stdin: true }), { instanceOf: StreamRequestError });
  t.regex(error?.message ?? "", /stdin is not enabled for container main/);
});

test.serial("attach with a terminal to a container without tty: true is refused", async (t) => {
  await t.throwsAsync(attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "echo", stdin: true, tty: true }), { instanceOf: StreamRequestError, message: "Unable to use a TTY - container main did not allocate one" });
});

test.serial("attach to a pod the node does not run is refused with the reason", async (t) => {
  await t.throwsAsync(attachToContainer(harness.cluster.nc, "node-a", { namespace: "default", pod: "nope" }), { instanceOf: StreamRequestError, message: /not running on node node-a/ });
});
