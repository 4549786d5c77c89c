// `troupe create configmap|secret generic|secret tls` against the API service as its own
// process: the objects built from literals, files, directories and env files, and bad flags
// refused with the flag named.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient } from "../runtime/api-client.ts";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let nats: NatsServerHandle;
let api: ApiProcess;
let dir: string;
let nc: NatsConnection;
let client: JsonApiClient;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-create-"));
  nats = await startNatsServer();
  api = await startApiProcess(nats.url);
  nc = await connect({ servers: nats.url });
  client = new JsonApiClient(nc, { timeoutMs: 10_000 });
});

test.after.always(async () => {
  await nc?.close().catch(() => undefined);
  await api?.stop();
  await nats?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[]) => troupe([...args, "--server", nats.url]);
const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

test("create configmap takes literals, files with and without keys, directories and binary files", async (t) => {
  await mkdir(join(dir, "conf"));
  await writeFile(join(dir, "conf", "a.properties"), "a=1\n");
  await writeFile(join(dir, "conf", "b.txt"), "bee");
  await writeFile(join(dir, "blob.bin"), Buffer.from([0xff, 0xfe, 0x00]));
  await writeFile(join(dir, "app.yaml"), "x: 1\n");
  const result = await cli(["create", "configmap", "app", "--from-literal=mode=prod", `--from-file=${join(dir, "conf")}`, `--from-file=config.yaml=${join(dir, "app.yaml")}`, `--from-file=${join(dir, "blob.bin")}`]);
  t.is(result.stderr, "");
  t.is(result.stdout, "configmap/app created\n");
  const stored = await client.get("configmaps", "app", { namespace: "default" });
  t.deepEqual(stored.data, { mode: "prod", "a.properties": "a=1\n", "b.txt": "bee", "config.yaml": "x: 1\n" });
  t.deepEqual(stored.binaryData, { "blob.bin": b64(Buffer.from([0xff, 0xfe, 0x00])) });
});

test("create secret generic reads env files into data, honours -n and --type", async (t) => {
  await client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } });
  await writeFile(join(dir, "db.env"), "# database\nUSER=admin\n\nPASSWORD=p=w\n");
  const result = await cli(["create", "secret", "generic", "db", `--from-env-file=${join(dir, "db.env")}`, "-n", "shop", "--type=example.com/db"]);
  t.is(result.stdout, "secret/db created\n", result.stderr);
  const stored = await client.get("secrets", "db", { namespace: "shop" });
  t.is(stored.type, "example.com/db");
  t.deepEqual(stored.data, { USER: b64("admin"), PASSWORD: b64("p=w") });
});

test("create secret tls stores a matching certificate and key as kubernetes.io/tls", async (t) => {
  const key = join(dir, "tls.key");
  const cert = join(dir, "tls.crt");
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=web"], { stdio: "ignore" });
  const result = await cli(["create", "secret", "tls", "web-tls", `--cert=${cert}`, `--key=${key}`]);
  t.is(result.stdout, "secret/web-tls created\n", result.stderr);
  const stored = await client.get("secrets", "web-tls", { namespace: "default" });
  t.is(stored.type, "kubernetes.io/tls");
  t.deepEqual(Object.keys(stored.data as object).sort(), ["tls.crt", "tls.key"]);

  const otherKey = join(dir, "other.key");
  execFileSync("openssl", ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-out", otherKey], { stdio: "ignore" });
  const mismatched = await cli(["create", "secret", "tls", "web-tls-2", `--cert=${cert}`, `--key=${otherKey}`]);
  t.is(mismatched.code, 1);
  t.regex(mismatched.stderr, /--cert and --key: the private key does not match/);
  const missing = await cli(["create", "secret", "tls", "web-tls-3", `--cert=${cert}`]);
  t.regex(missing.stderr, /--key is required/);
});

test("bad flags are refused naming the flag, and nothing is created", async (t) => {
  const cases: [string[], RegExp][] = [
    [["create", "secret", "generic", "s1", "--from-literal=novalue"], /--from-literal "novalue": expected KEY=VALUE/],
    [["create", "secret", "generic", "s2", "--from-literal=k=1", "--from-literal=k=2"], /--from-literal: cannot add key "k"/],
    [["create", "secret", "generic", "s3", `--from-file=${join(dir, "absent")}`], /--from-file ".*absent": no such file or directory/],
    [["create", "secret", "generic", "s4", "--cert=x"], /unknown flag --cert for "troupe create secret generic"/],
    [["create", "configmap", "s5", "--type=Opaque"], /unknown flag --type for "troupe create configmap"/],
    [["create", "configmap", "s6", "--bogus"], /unknown flag --bogus/],
    [["create", "configmap", "s7", "--from-literal=a=b", `--from-env-file=${join(dir, "db.env")}`], /--from-env-file cannot be combined/],
    [["create", "secret", "generic", "s8", "--from-literal=bad key=v"], /data\[bad key\]/],
  ];
  for (const [args, message] of cases) {
    const result = await cli(args);
    t.is(result.code, 1, args.join(" "));
    t.regex(result.stderr, message);
  }
  const listed = await client.list("secrets", { namespace: "default" });
  t.false(listed.items.some((item) => /^s\d$/.test(item.metadata?.name ?? "")));
});
