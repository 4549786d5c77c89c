import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { resolveNatsServerBinary } from "../../runtime/nats-server-binary.ts";
import { SECURE_SERVER_CONFIG, secureInit } from "./secure-init.ts";

test("the compose init step writes a nats-server configuration the server accepts, in operator mode with TLS verify, and every role's files 0600", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-secure-init-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const path = await secureInit({ dir, nodes: 3, storeDir: join(dir, "js"), serverName: "troupe-nats", syncAlways: false, clusterName: "troupe" });
  t.is(path, join(dir, SECURE_SERVER_CONFIG));
  const config = await readFile(path, "utf8");
  t.regex(config, /operator: /);
  t.regex(config, /verify: true/);
  const check = spawnSync(await resolveNatsServerBinary({}), ["-t", "-c", path], { encoding: "utf8" });
  t.is(check.status, 0, check.stderr);
  for (const file of ["nats/authority.json", "nats/credentials/kubelet-node-3.creds", "pki/nats/kubelet-node-3.key", "pki/nats/server.key", "pki/ca.key"]) {
    t.is((await stat(join(dir, file))).mode & 0o777, 0o600, file);
  }
});
