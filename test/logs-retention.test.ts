// The logs' retention on a real nats-server: the stream and the pod records bucket take the age
// and size asked for (and change in place when asked again), JetStream drops the oldest lines past
// the size and everything past the age, records included; a kubelet applies TROUPE_LOGS_MAX_AGE /
// TROUPE_LOGS_MAX_BYTES and refuses bad values naming the variable.
import test from "ava";
import { spawn } from "node:child_process";
import { headers } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { LogPodsBucket, readLogPodRecords } from "../runtime/logs/log-pods-bucket.ts";
import { ensureLogsStream } from "../runtime/logs/logs-stream.ts";
import { LogStreamReader } from "../runtime/logs/log-stream-reader.ts";
import { LOG_POD_UID_HEADER, LOG_PODS_BUCKET, LOGS_STREAM, logsSubject } from "../runtime/subjects.ts";
import { useNatsServer } from "./helpers/nats.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster } from "./helpers/workload-cluster.ts";

const nats = useNatsServer(test);
const MS = 1_000_000;
const KV_STREAM = `KV_${LOG_PODS_BUCKET}`;
const target = { namespace: "default", pod: "talker", uid: "uid-1", container: "main", deleted: false };
const record = { namespace: "default", name: "talker", uid: "uid-1", node: "node-1", labels: { app: "talker" }, containers: ["main"], initContainers: [], startedAt: new Date().toISOString() };

async function publishLines(count: number, size: number): Promise<void> {
  const js = jetstream(await nats.connect());
  const lineHeaders = headers();
  lineHeaders.set(LOG_POD_UID_HEADER, target.uid);
  for (let i = 0; i < count; i++) await js.publish(logsSubject("default", "talker", "main"), `${i}:${"x".repeat(size)}`, { headers: lineHeaders });
}

async function records(): Promise<string[]> {
  const names: string[] = [];
  for await (const event of readLogPodRecords(await nats.connect())) names.push(event.record.name);
  return names;
}

test.serial("the stream and the records bucket take the age and size asked for, and change in place", async (t) => {
  const nc = await nats.connect();
  const jsm = await jetstreamManager(nc);
  await ensureLogsStream(nc, { maxAgeMs: 2 * 3_600_000, maxBytes: 1024 ** 2 });
  await LogPodsBucket.ensure(nc, { maxAgeMs: 2 * 3_600_000 });
  t.like((await jsm.streams.info(LOGS_STREAM)).config, { max_age: 2 * 3_600_000 * MS, max_bytes: 1024 ** 2 });
  t.like((await jsm.streams.info(KV_STREAM)).config, { max_age: 2 * 3_600_000 * MS });
  await ensureLogsStream(nc, { maxAgeMs: 3_600_000, maxBytes: 512 * 1024 });
  await LogPodsBucket.ensure(nc, { maxAgeMs: 3_600_000 });
  t.like((await jsm.streams.info(LOGS_STREAM)).config, { max_age: 3_600_000 * MS, max_bytes: 512 * 1024 });
  t.like((await jsm.streams.info(KV_STREAM)).config, { max_age: 3_600_000 * MS });
});

test.serial("past the size, the oldest lines go and a reader gets the newest", async (t) => {
  const nc = await nats.connect();
  await ensureLogsStream(nc, { maxAgeMs: 3_600_000, maxBytes: 64 * 1024 });
  await publishLines(200, 1000);
  const state = (await (await jetstreamManager(nc)).streams.info(LOGS_STREAM)).state;
  t.true(state.bytes <= 64 * 1024, `${state.bytes} bytes kept`);
  t.true(state.first_seq > 1);
  const reader = new LogStreamReader(nc, target);
  t.teardown(() => reader.close());
  const lines = await reader.backlog();
  t.true(lines.length > 0 && lines.length < 200, `${lines.length} lines`);
  t.true(lines.at(-1)?.text.startsWith("199:"));
  t.false(lines.some((line) => line.text.startsWith("0:")));
});

test.serial("past the age, lines and pod records expire", async (t) => {
  const nc = await nats.connect();
  await ensureLogsStream(nc, { maxAgeMs: 1000, maxBytes: 1024 ** 2 });
  const bucket = await LogPodsBucket.ensure(nc, { maxAgeMs: 1000 });
  await publishLines(3, 10);
  await bucket.put(record);
  t.deepEqual(await records(), ["talker"]);
  await eventually(async () => (await (await jetstreamManager(nc)).streams.info(LOGS_STREAM)).state.messages, (messages) => messages === 0, "the lines expired", 15_000);
  await eventually(records, (names) => names.length === 0, "the record expired", 15_000);
  t.pass();
});

test.serial("a kubelet refuses a bad TROUPE_LOGS_MAX_AGE, naming it", async (t) => {
  const script = "services/kubelet/main.ts";
  const child = spawn(process.execPath, [...serviceNodeFlags(script), script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_NATS_URL: nats.server.url, TROUPE_METRICS_PORT: "0", TROUPE_LOGS_MAX_AGE: "forever" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.once("close", resolve));
  t.is(code, 2);
  t.regex(output, /TROUPE_LOGS_MAX_AGE: invalid age \\?"forever\\?"/);
});

test.serial("kubelets create the stream and the records bucket with the retention of their environment", async (t) => {
  const cluster = await startWorkloadCluster({ nodes: 1, kubeletEnv: { TROUPE_LOGS_MAX_AGE: "90m", TROUPE_LOGS_MAX_BYTES: "8Mi" } });
  t.teardown(() => cluster.stop());
  const jsm = await jetstreamManager(cluster.nc);
  const logs = await eventually(() => jsm.streams.info(LOGS_STREAM), () => true, "the logs stream");
  t.like(logs.config, { max_age: 90 * 60_000 * MS, max_bytes: 8 * 1024 ** 2 });
  const bucket = await eventually(() => jsm.streams.info(KV_STREAM), () => true, "the records bucket");
  t.like(bucket.config, { max_age: 90 * 60_000 * MS });
});
