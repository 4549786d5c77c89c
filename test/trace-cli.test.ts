// `troupe trace` on a real `troupe up` cluster (secure NATS, the collector role, every service
// exporting to it): a Deployment's last change shows as a trace id and a waterfall with the API's
// spans; the messages for a missing object, an untraced change and a trace gone from the store.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { readContext, troupeHome } from "../cli/cluster/home.ts";
import { secureConnectionOptions } from "../runtime/nats-client-security.ts";
import type { SpanRecord } from "../runtime/spans/span-record.ts";
import { SPANS_STREAM } from "../runtime/subjects.ts";
import { troupe, type CliResult } from "./helpers/troupe-cli.ts";
import { eventually } from "./helpers/workload-cluster.ts";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: traced
spec:
  replicas: 1
  selector:
    matchLabels: { app: traced }
  template:
    metadata:
      labels: { app: traced }
    spec:
      containers:
      - name: app
        image: traced:missing
`;

let home = "";
const env = () => ({ TROUPE_HOME: home, COLUMNS: "110" });

test.before(async () => {
  home = await mkdtemp(join(tmpdir(), "troupe-trace-test-"));
  const up = await troupe(["up", "-d", "--nodes", "1", "--trace-sampling", "always"], { env: env() });
  if (up.code !== 0) throw new Error(`troupe up failed: ${up.stderr}`);
});

test.after.always(async () => {
  await troupe(["down", "--timeout", "10s"], { env: env() });
  await rm(home, { recursive: true, force: true });
});

test.serial("troupe trace deployment/NAME prints the trace id of its last change and a waterfall with the API's spans", async (t) => {
  const manifest = join(home, "traced.yaml");
  await writeFile(manifest, DEPLOYMENT);
  const applied = await troupe(["apply", "-f", manifest], { env: env() });
  t.is(applied.code, 0, applied.stderr);
  // Services batch their spans for up to 5 s before exporting.
  const traced = await eventually(() => troupe(["trace", "deployment/traced"], { env: env() }), (result) => result.code === 0 && /troupe-api/.test(result.stdout), "the waterfall of the deployment's last change", 40_000);
  t.log(traced.stdout);
  const lines = traced.stdout.split("\n");
  t.regex(lines[0], /^trace [0-9a-f]{32}$/);
  t.regex(lines[1], /^deployment\.apps\/traced: \d+ spans from \d+ services? over [\d.]+m?s$/);
  t.regex(traced.stdout, /\nSPAN +SERVICE +DURATION +0 +[\d.]+m?s\n/);
  t.regex(traced.stdout, /troupe-api +[\d.]+m?s +[ █]*█/);
  for (const line of lines) t.true(line.length <= 110, `wider than the terminal: ${line}`);

  const json = await troupe(["trace", "deploy/traced", "-o", "json"], { env: env() });
  t.is(json.code, 0, json.stderr);
  const spans = JSON.parse(json.stdout) as SpanRecord[];
  const traceId = lines[0].slice("trace ".length);
  t.regex(json.stderr, new RegExp(`trace ${traceId}`));
  t.true(spans.length > 0 && spans.every((span) => span.traceId === traceId));
  t.true(spans.some((span) => span.service === "troupe-api"));
});

test.serial("troupe trace says so when the object does not exist", async (t) => {
  const missing = await troupe(["trace", "deployment/nowhere"], { env: env() });
  t.is(missing.code, 1);
  t.regex(missing.stderr, /NotFound.*"nowhere" not found/);
  const usage = await troupe(["trace", "deployment"], { env: env() });
  t.is(usage.code, 1);
  t.regex(usage.stderr, /trace takes KIND\/NAME/);
});

test.serial("troupe trace says so when the last change was written without trace context", async (t) => {
  // The API's bootstrap writes the default namespace outside any request, so untraced.
  const untraced = await troupe(["trace", "namespace/default"], { env: env() });
  t.is(untraced.code, 1);
  t.is(untraced.stdout, "");
  t.regex(untraced.stderr, /^no trace recorded for the last change of namespace\/default: it was written without trace context/);
});

test.serial("troupe trace prints the trace id and says the trace is gone when the store no longer holds it", async (t) => {
  const context = await readContext(troupeHome({ TROUPE_HOME: home }));
  if (!context) throw new Error("no cluster context");
  const nc = await connect({ servers: context.natsUrl, ...(await secureConnectionOptions(context.natsSecurity ?? {})).options });
  t.teardown(() => nc.close());
  // A ConfigMap's change is the API's spans alone; purging until none arrive any more leaves its trace gone.
  const manifest = join(home, "settled.yaml");
  await writeFile(manifest, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settled\ndata:\n  a: '1'\n");
  t.is((await troupe(["apply", "-f", manifest], { env: env() })).code, 0);
  await eventually(() => troupe(["trace", "configmap/settled"], { env: env() }), (result) => result.code === 0, "the ConfigMap's trace in the store", 40_000);
  const jsm = await jetstreamManager(nc);
  const gone: CliResult = await eventually(async () => {
    await jsm.streams.purge(SPANS_STREAM);
    return troupe(["trace", "configmap/settled"], { env: env() });
  }, (result) => result.code === 1, "the trace gone from the store");
  t.regex(gone.stdout, /^trace [0-9a-f]{32}\n$/);
  t.regex(gone.stderr, /is not in the cluster's span store \(TROUPE_SPANS\): it has expired .* look the trace id up there/);
});

test("troupe up refuses a --trace-sampling it cannot read, before starting anything", async (t) => {
  const other = await mkdtemp(join(tmpdir(), "troupe-trace-sampling-"));
  t.teardown(() => rm(other, { recursive: true, force: true }));
  const refused = await troupe(["up", "-d", "--trace-sampling", "sometimes"], { env: { TROUPE_HOME: other } });
  t.is(refused.code, 1);
  t.regex(refused.stderr, /--trace-sampling must be off, always, or a ratio from 0 to 1 \(0\.1, or 10%\), not "sometimes"/);
  t.is(await readContext(troupeHome({ TROUPE_HOME: other })), undefined);
});
