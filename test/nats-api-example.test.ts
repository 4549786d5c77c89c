// The documented NATS API tour (examples/nats-api/every-subject.ts) runs against a real cluster.
import test from "ava";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

test("the NATS API example drives every subject with a plain NATS client", async (t) => {
  const script = fileURLToPath(new URL("../examples/nats-api/every-subject.ts", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, cluster.server.url], { timeout: 30_000 });
  for (const verb of ["discovery", "watch", "create", "get", "list", "apply", "patch", "updateStatus", "delete", "evict"]) {
    t.regex(stdout, new RegExp(`^${verb}\\s+-> ok`, "m"), `${verb} succeeded:\n${stdout}`);
  }
  t.regex(stdout, /^update\s+-> error 409 Conflict/m);
  t.regex(stdout, /^create\s+-> error 400 BadRequest: .*unknown field "spec"/m);
  t.regex(stdout, /^watch event\s+-> (ADDED|BOOKMARK)/m);
});
