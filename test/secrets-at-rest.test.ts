// Secrets encrypted at rest, end to end: a nats-server with its own store directory, the API
// service as its own process with an EncryptionConfiguration made as `troupe up` makes it, and
// Secrets written through the API and through `troupe create secret`. Neither the JetStream
// store on disk, nor the API's log, nor a plain NATS reader of the state bucket ever holds a
// value; the API reads them back intact, also after `troupe secrets rotate-key`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import { ensureEncryptionConfig } from "../cli/cluster/encryption-config-file.ts";
import { troupeHome } from "../cli/cluster/home.ts";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { ApiError } from "../runtime/api-errors.ts";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { REPO_ROOT, troupe } from "./helpers/troupe-cli.ts";

let dir: string;
let nats: NatsServerHandle;
const apiProcesses: ChildProcess[] = [];
let apiLogs: string[] = [];
let configPath: string;
let nc: NatsConnection;
let client: JsonApiClient;

const plain = (label: string) => `${label}-${randomUUID()}`;
const values = { viaApi: plain("api-value"), viaStringData: plain("string-data-value"), viaCli: plain("cli-value"), marker: plain("configmap-marker") };
const b64 = (text: string) => Buffer.from(text).toString("base64");
const secretValues = () => [values.viaApi, values.viaStringData, values.viaCli];

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-secrets-"));
  await mkdir(join(dir, "jetstream"));
  nats = await startNatsServer({ storeDir: join(dir, "jetstream") });
  configPath = await ensureEncryptionConfig(troupeHome({ TROUPE_HOME: join(dir, "home") }));
  // Two replicas, as on a NATS cluster: rotate-key must bring both to the new key.
  apiLogs = [join(dir, "api-1.log"), join(dir, "api-2.log")];
  for (const file of apiLogs) {
    const log = createWriteStream(file);
    const child = spawn(process.execPath, ["services/api/main.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, TROUPE_NATS_URL: nats.url, TROUPE_METRICS_PORT: "0", TROUPE_LOG_LEVEL: "debug", TROUPE_ENCRYPTION_CONFIG: configPath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    apiProcesses.push(child);
    await eventually(async () => (await readFile(file, "utf8").catch(() => "")).includes("api serving"), "the API replica to serve");
  }
  await waitForApi({ natsUrl: nats.url, timeoutMs: 30_000, abort: new Promise(() => {}) });
  nc = await connect({ servers: nats.url });
  client = new JsonApiClient(nc, { timeoutMs: 10_000 });
});

test.after.always(async () => {
  await nc?.close().catch(() => undefined);
  for (const child of apiProcesses) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  await nats?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[]) => troupe([...args, "--server", nats.url]);

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Which of `needles` occur in any file under `root` (or in the file `root`). */
async function found(root: string, needles: string[]): Promise<string[]> {
  const files = (await stat(root)).isDirectory() ? await filesUnder(root) : [root];
  const hits: string[] = [];
  for (const file of files) {
    const content = await readFile(file);
    for (const needle of needles) if (content.includes(Buffer.from(needle))) hits.push(`${needle} in ${file}`);
  }
  return hits;
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function rawStateValue(key: string): Promise<Uint8Array> {
  // A connection of its own, as a kubelet or controller reading the bucket directly would have.
  const reader = await connect({ servers: nats.url });
  try {
    const kv = await new Kvm(reader).open(STATE_BUCKET);
    const entry = await kv.get(key);
    if (!entry) throw new Error(`no ${key} in ${STATE_BUCKET}`);
    return entry.value;
  } finally {
    await reader.close();
  }
}

const secret = (name: string, fields: Partial<KubeObject>): KubeObject => ({ apiVersion: "v1", kind: "Secret", metadata: { name, namespace: "default" }, ...fields });
const dataOf = async (name: string) => (await client.get("secrets", name, { namespace: "default" })).data as Record<string, string>;

test.serial("the key file is the API's EncryptionConfiguration, readable by its owner only", async (t) => {
  t.is((await stat(configPath)).mode & 0o777, 0o600);
  t.regex(await readFile(configPath, "utf8"), /kind: EncryptionConfiguration[\s\S]*aesgcm/);
});

test.serial("Secrets written through the API and the CLI read back identical while the store, the bucket and the API's log hold no value", async (t) => {
  await client.create(secret("via-api", { data: { password: b64(values.viaApi) } }));
  await client.create(secret("via-string-data", { stringData: { token: values.viaStringData } }));
  const created = await cli(["create", "secret", "generic", "via-cli", `--from-literal=api-key=${values.viaCli}`, "-n", "default"]);
  t.is(created.stderr, "");
  t.is(created.stdout, "secret/via-cli created\n");
  // A control: a ConfigMap's value is stored as it is, so the search below can find what is there.
  await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "marker", namespace: "default" }, data: { marker: values.marker } });

  t.deepEqual(await dataOf("via-api"), { password: b64(values.viaApi) });
  t.deepEqual(await dataOf("via-string-data"), { token: b64(values.viaStringData) });
  t.deepEqual(await dataOf("via-cli"), { "api-key": b64(values.viaCli) });

  const keyName = /name: (\S+)/.exec(await readFile(configPath, "utf8"))?.[1];
  for (const name of ["via-api", "via-string-data", "via-cli"]) {
    const raw = Buffer.from(await rawStateValue(`secrets.default.${name}`));
    t.true(raw.toString("latin1").startsWith(`troupe:enc:aesgcm:v1:${keyName}:`), `${name} is stored under the configured key`);
    for (const value of secretValues()) {
      t.false(raw.includes(Buffer.from(value)));
      t.false(raw.includes(Buffer.from(b64(value))));
    }
  }

  await eventually(async () => (await found(nats.storeDir, [values.marker])).length > 0, "the ConfigMap marker to reach the store files");
  const needles = secretValues().flatMap((value) => [value, b64(value)]);
  t.deepEqual(await found(nats.storeDir, needles), []);

  const described = await cli(["describe", "secret", "via-cli"]);
  t.is(described.code, 0);
  t.regex(described.stdout, /api-key:\s+\d+ bytes/);
  t.false(needles.some((needle) => described.stdout.includes(needle)));
});

test.serial("bad Secret type payloads are refused naming the field, and nothing is stored", async (t) => {
  const cases: [KubeObject, string][] = [
    [secret("tls-half", { type: "kubernetes.io/tls", data: { "tls.crt": b64("cert") } }), "data[tls.key]"],
    [secret("docker-bad", { type: "kubernetes.io/dockerconfigjson", data: { ".dockerconfigjson": b64(`{not json ${values.viaApi}`) } }), "data[.dockerconfigjson]"],
    [secret("docker-missing", { type: "kubernetes.io/dockerconfigjson", data: {} }), "data[.dockerconfigjson]"],
    [secret("basic-empty", { type: "kubernetes.io/basic-auth", data: {} }), "data[username]"],
    [secret("ssh-empty", { type: "kubernetes.io/ssh-auth", data: {} }), "data[ssh-privatekey]"],
    [secret("sa-token", { type: "kubernetes.io/service-account-token", data: {} }), "metadata.annotations[kubernetes.io/service-account.name]"],
  ];
  for (const [object, field] of cases) {
    const error = await t.throwsAsync(client.create(object), { instanceOf: ApiError });
    t.is(error?.reason, "Invalid", object.metadata?.name);
    t.true(error?.details?.causes?.some((cause) => cause.field === field), `${object.metadata?.name}: ${error?.message}`);
    t.false(error?.message.includes(values.viaApi));
    await t.throwsAsync(client.get("secrets", object.metadata?.name ?? "", { namespace: "default" }), { message: /not found/ });
  }
});

test.serial("an immutable Secret keeps its data, stays immutable and keeps its type", async (t) => {
  const stored = await client.create(secret("frozen", { immutable: true, data: { k: b64("v1") } }));
  const refused = async (change: Partial<KubeObject>, field: string) => {
    const error = await t.throwsAsync(client.update({ ...stored, ...change }), { instanceOf: ApiError });
    t.true(error?.details?.causes?.some((cause) => cause.field === field), `${field}: ${error?.message}`);
  };
  await refused({ data: { k: b64("v2") } }, "data");
  await refused({ stringData: { k: "v2" } }, "data");
  await refused({ immutable: false }, "immutable");
  await refused({ type: "kubernetes.io/basic-auth" }, "type");
  const configMap = await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "frozen", namespace: "default" }, immutable: true, data: { k: "v1" } });
  const error = await t.throwsAsync(client.update({ ...configMap, data: { k: "v2" } }), { instanceOf: ApiError });
  t.true(error?.details?.causes?.some((cause) => cause.field === "data"));
  t.deepEqual(await dataOf("frozen"), { k: b64("v1") });
});

test.serial("after rotate-key every Secret reads back identical and is stored under the new key only", async (t) => {
  const before = Object.fromEntries(await Promise.all(["via-api", "via-string-data", "via-cli", "frozen"].map(async (name) => [name, await dataOf(name)] as const)));
  const oldKey = /name: (\S+)/.exec(await readFile(configPath, "utf8"))?.[1];
  const rotated = await cli(["secrets", "rotate-key", "--encryption-config", configPath]);
  t.is(rotated.code, 0, rotated.stderr);
  const newKey = /with key (\S+):/.exec(rotated.stdout)?.[1];
  t.truthy(newKey);
  t.not(newKey, oldKey);
  t.regex(rotated.stdout, /4 rewritten, 0 already under it \(2 API replica\(s\)\)/);
  t.is((await stat(configPath)).mode & 0o777, 0o600);
  for (const [name, data] of Object.entries(before)) {
    // Reads go to either replica (one queue group): each must hold the new key.
    for (let read = 0; read < 4; read++) t.deepEqual(await dataOf(name), data, name);
    const raw = Buffer.from(await rawStateValue(`secrets.default.${name}`)).toString("latin1");
    t.true(raw.startsWith(`troupe:enc:aesgcm:v1:${newKey}:`), name);
    t.false(raw.includes(`${oldKey}`), name);
  }
  const written = await cli(["create", "secret", "generic", "after-rotation", "--from-literal=k=v"]);
  t.is(written.code, 0);
  t.true(Buffer.from(await rawStateValue("secrets.default.after-rotation")).toString("latin1").startsWith(`troupe:enc:aesgcm:v1:${newKey}:`));
});

test.serial("rotate-key without a configuration file says where it looked", async (t) => {
  const result = await cli(["secrets", "rotate-key", "--encryption-config", join(dir, "absent.yaml")]);
  t.is(result.code, 1);
  t.regex(result.stderr, /no encryption configuration at .*absent\.yaml/);
});

test.serial("the API's log never holds a Secret's value", async (t) => {
  for (const file of apiLogs) {
    t.regex(await readFile(file, "utf8"), /Secrets encrypted at rest/);
    t.deepEqual(await found(file, secretValues().flatMap((value) => [value, b64(value)])), []);
  }
});
