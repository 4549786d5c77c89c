// `troupe create serviceaccount` and `troupe create token` against the API service as its own
// process, started with the env `troupe up` is to give it (TROUPE_NATS_AUTHORITY_FILE,
// TROUPE_API_SERVICE_ACCOUNT_ADMISSION=1): the token printed is the ServiceAccount's.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient } from "../runtime/api-client.ts";
import { decodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { createNatsAuthority } from "../runtime/auth/nats-authority.ts";
import { identityTokenOfJwt } from "../runtime/mesh/service-account.ts";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let nats: NatsServerHandle;
let api: ApiProcess;
let dir: string;
let nc: NatsConnection;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-create-token-"));
  await writeFile(join(dir, "authority.json"), JSON.stringify(createNatsAuthority()), { mode: 0o600 });
  nats = await startNatsServer();
  api = await startApiProcess(nats.url, { TROUPE_NATS_AUTHORITY_FILE: join(dir, "authority.json"), TROUPE_API_SERVICE_ACCOUNT_ADMISSION: "1" });
  nc = await connect({ servers: nats.url });
});

test.after.always(async () => {
  await nc?.close().catch(() => undefined);
  await api?.stop();
  await nats?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[]) => troupe([...args, "--server", nats.url]);

test("create serviceaccount, get sa, and create token print what kubectl prints", async (t) => {
  t.like(await cli(["create", "serviceaccount", "robot", "-n", "default"]), { code: 0, stdout: "serviceaccount/robot created\n" });
  const listed = await cli(["get", "sa", "robot"]);
  t.regex(listed.stdout, /^NAME\s+SECRETS\s+AGE\nrobot\s+0\s+\d+s\n$/);
  const issued = await cli(["create", "token", "robot", "--duration=1h30m"]);
  t.is(issued.code, 0, issued.stderr);
  const user = decodeIdentityToken(identityTokenOfJwt(issued.stdout.trim()));
  t.is(user?.username, "system:serviceaccount:default:robot");
  const short = await cli(["create", "token", "robot", "--duration=2m"]);
  t.is(short.code, 1);
  t.regex(short.stderr, /spec\.expirationSeconds: Invalid value: 120: may not specify a duration less than 10 minutes/);
  const bad = await cli(["create", "token", "robot", "--bound-object-kind=Secret", "--bound-object-name=x"]);
  t.regex(bad.stderr, /--bound-object-kind "Secret": supported kinds: Pod/);
});

test("with ServiceAccount admission on, the API process refuses a pod whose ServiceAccount is missing", async (t) => {
  const client = new JsonApiClient(nc, { timeoutMs: 10_000 });
  await t.throwsAsync(client.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, spec: { serviceAccountName: "nobody", containers: [{ name: "c", image: "host" }] } }), {
    message: 'pods "p" is forbidden: error looking up service account default/nobody: serviceaccount "nobody" not found',
  });
});
