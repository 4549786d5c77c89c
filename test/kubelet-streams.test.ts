// exec and port-forward through the kubelet over NATS, against a real API, nats-server and a
// kubelet with the process driver: output, exit codes, stdin, a TCP connection to the pod's
// mapped port, and flow control that holds a sender back while its reader does not read.
import test from "ava";
import { createInbox } from "@nats-io/transport-node";
import { execInContainer } from "../runtime/kubelet-client/exec-client.ts";
import { StreamRequestError } from "../runtime/kubelet-client/open-session.ts";
import { openPortForward } from "../runtime/kubelet-client/port-forward-client.ts";
import { StreamSession } from "../runtime/kubelet-client/stream-session.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";
import { startTroupe, troupe } from "./helpers/troupe-cli.ts";

let harness: KubeletHarness;

const SERVER = "require('http').createServer((q, s) => s.end(q.url === '/big' ? Buffer.alloc(20 * 1024 * 1024, 120) : 'pong ' + q.url)).listen(process.env.PORT); setInterval(() => {}, 1000)";

test.before(async () => {
  harness = await startKubeletHarness({
    name: "kubelet-streams",
    driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
    kubelet: { nodeName: "node-s", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  });
  const pod = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default" },
    spec: { nodeName: "node-s", containers: [{ name: "main", image: "host", command: [process.execPath, "-e", SERVER], ports: [{ containerPort: 8080 }], readinessProbe: { tcpSocket: { port: { intVal: 8080 } }, periodSeconds: 1 }, env: [{ name: "GREETING", value: "hello from web" }] }] },
  } as Pod;
  await harness.client.create(pod);
  await eventuallyValue(() => harness.client.get<Pod>("pods", "default", "web"), (p) => p.status?.conditions?.find((c) => c.type === "Ready")?.status === "True", "web Ready", 15_000);
});

test.after.always(async () => {
  await harness?.stop(1);
});

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

test.serial("exec runs a command with the container's environment and reports exit code 0", async (t) => {
  const exec = await execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", command: ["sh", "-c", "echo hi; echo \"$GREETING\"; echo oops >&2"] });
  const [stdout, stderr, exit] = await Promise.all([collect(exec.stdout), collect(exec.stderr), exec.exit]);
  t.is(stdout, "hi\nhello from web\n");
  t.is(stderr, "oops\n");
  t.deepEqual(exit, { exitCode: 0 });
  t.is(exec.container, "main");
});

test.serial("exec passes a non-zero exit code on", async (t) => {
  const exec = await execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", container: "main", command: ["sh", "-c", "exit 3"] });
  exec.stdout.resume();
  exec.stderr.resume();
  t.is((await exec.exit).exitCode, 3);
});

test.serial("exec relays stdin, and a megabyte comes back whole", async (t) => {
  const exec = await execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", command: ["cat"], stdin: true });
  const payload = Buffer.alloc(1024 * 1024, "abcdefgh");
  exec.stdin?.end(payload);
  const [stdout, exit] = await Promise.all([collect(exec.stdout), exec.exit]);
  t.is(stdout.length, payload.length);
  t.is(stdout, payload.toString());
  t.is(exit.exitCode, 0);
});

test.serial("exec with tty runs the command on a terminal of its own, and a resize sizes it", async (t) => {
  const exec = await execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", command: ["sh", "-c", "test -t 0 && test -t 1 && echo on-a-tty; sleep 0.5; stty size; exit 5"], tty: true });
  exec.resize({ width: 100, height: 30 });
  const [stdout, exit] = await Promise.all([collect(exec.stdout), exec.exit]);
  exec.stderr.resume();
  t.regex(stdout, /on-a-tty\r?\n30 100\r?\n/);
  t.is(exit.exitCode, 5);
});

test.serial("exec of a command the container does not have ends with 127 and says why", async (t) => {
  const exec = await execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", command: ["/no/such/command"] });
  exec.stdout.resume();
  const [stderr, exit] = await Promise.all([collect(exec.stderr), exec.exit]);
  t.regex(stderr, /\/no\/such\/command/);
  t.is(exit.exitCode, 127);
});

test.serial("exec in a pod the node does not run is refused with the reason", async (t) => {
  const error = await t.throwsAsync(execInContainer(harness.cluster.nc, "node-s", { namespace: "default", pod: "nope", command: ["true"] }), { instanceOf: StreamRequestError });
  t.regex(error?.message ?? "", /not running on node node-s/);
});

test.serial("port-forward reaches the container port through its mapped host port, ten times", async (t) => {
  for (let i = 0; i < 10; i++) {
    const connection = await openPortForward(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", port: 8080 });
    connection.end(`GET /r${i} HTTP/1.1\r\nHost: web\r\nConnection: close\r\n\r\n`);
    const response = await collect(connection);
    t.regex(response, new RegExp(`^HTTP/1.1 200 OK[\\s\\S]*pong /r${i}$`));
  }
});

test.serial("port-forward holds a fast pod back while its reader does not read, then delivers everything", async (t) => {
  const connection = await openPortForward(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", port: 8080 });
  connection.end("GET /big HTTP/1.1\r\nHost: web\r\nConnection: close\r\n\r\n");
  connection.pause();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // At most the window (16 chunks of 32 KiB) beyond the stream's own buffer, of 20 MiB on offer.
  t.true(connection.readableLength <= 16 * 32 * 1024 + 64 * 1024, `${connection.readableLength} bytes buffered`);
  let received = 0;
  connection.on("data", (chunk: Buffer) => (received += chunk.length));
  connection.resume();
  await new Promise((resolve) => connection.once("end", resolve));
  t.true(received > 20 * 1024 * 1024);
});

test.serial("port-forward to a port nobody listens on is refused", async (t) => {
  await t.throwsAsync(openPortForward(harness.cluster.nc, "node-s", { namespace: "default", pod: "web", port: 1 }), { instanceOf: StreamRequestError, message: /cannot connect to port 1/ });
});

test.serial("a stream session sends no more than its window ahead of its reader's acks", async (t) => {
  const nc = harness.cluster.nc;
  const [a, b] = [createInbox(), createInbox()];
  const held: (() => void)[] = [];
  const receiver = new StreamSession(nc, { peer: a, inbox: b, onFrame: (_frame, consumed) => held.push(consumed), onClose: () => undefined });
  const sender = new StreamSession(nc, { peer: b, inbox: a, window: 2, chunkBytes: 4, onFrame: () => undefined, onClose: () => undefined });
  let done = false;
  const writing = sender.write("data", new Uint8Array(20)).then(() => (done = true));
  // Wait for the window to fill (however slow the machine), then give a third chunk time to show
  // up if the window leaked: it must not.
  const deadline = Date.now() + 10_000;
  while (held.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.is(held.length, 2);
  t.false(done);
  while (!done) {
    held.splice(0).forEach((consumed) => consumed());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await writing;
  sender.close();
  receiver.close();
});

test.serial("troupe exec prints the command's output and exits with its code", async (t) => {
  const server = ["--server", harness.cluster.server.url];
  const result = await troupe(["exec", ...server, "web", "--", "sh", "-c", "echo \"$GREETING\"; exit 3"]);
  t.is(result.stdout, "hello from web\n", result.stderr);
  t.is(result.code, 3);
  const piped = await troupe(["exec", "-i", ...server, "pod/web", "--", "cat"], { stdin: "through stdin\n" });
  t.is(piped.stdout, "through stdin\n", piped.stderr);
  t.is(piped.code, 0);
});

test.serial("troupe port-forward carries HTTP requests to the pod's port until Ctrl-C", async (t) => {
  const local = await findFreePort();
  const forward = startTroupe(["port-forward", "--server", harness.cluster.server.url, "web", `${local}:8080`]);
  try {
    await forward.waitFor("stdout", /Forwarding from 127\.0\.0\.1:\d+ -> 8080/);
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`http://127.0.0.1:${local}/cli${i}`);
      t.is(await response.text(), `pong /cli${i}`);
    }
  } finally {
    forward.child.kill("SIGINT");
  }
  t.is(await forward.exited, 0);
});
