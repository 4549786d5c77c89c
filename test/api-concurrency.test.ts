// Compare-and-set on resourceVersion: a stale update is a Conflict, never a lost update.
import test from "ava";
import { ApiError, type JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

function counter(name: string, value: number): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { count: String(value) } };
}

test("two updates from the same resourceVersion: exactly one wins, the other is a Conflict", async (t) => {
  const created = await cluster.client.create(counter("race", 0));
  const attempts = await Promise.allSettled([1, 2].map((value) => cluster.client.update({ ...counter("race", value), metadata: { ...created.metadata } })));
  const won = attempts.filter((attempt) => attempt.status === "fulfilled");
  const lost = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === "rejected");
  t.is(won.length, 1);
  t.is(lost.length, 1);
  t.true(lost[0].reason instanceof ApiError);
  t.is((lost[0].reason as ApiError).reason, "Conflict");
  t.is((lost[0].reason as ApiError).code, 409);
  t.regex((lost[0].reason as ApiError).message, /the object has been modified/);
});

async function increment(client: JsonApiClient, name: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const current = await client.get("configmaps", name);
    const value = Number((current.data as { count: string }).count);
    try {
      await client.update({ ...current, data: { count: String(value + 1) } });
      return attempt;
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== "Conflict") throw error;
    }
  }
}

test("many concurrent read-modify-write increments lose no update", async (t) => {
  await cluster.client.create(counter("counter", 0));
  const replica = await cluster.startReplica();
  void replica;
  const workers = 8;
  const perWorker = 25;
  const retries = await Promise.all(
    Array.from({ length: workers }, async () => {
      let conflicts = 0;
      for (let i = 0; i < perWorker; i++) conflicts += await increment(cluster.client, "counter");
      return conflicts;
    }),
  );
  // A get is served from the answering replica's watch cache and may lag a write the other
  // replica made a moment ago (docs/nats-api.md); a list is consistent, so the count is read so.
  const final = (await cluster.client.list("cm", { namespace: "default", fieldSelector: "metadata.name=counter" })).items[0];
  t.is((final.data as { count: string }).count, String(workers * perWorker));
  t.true(retries.reduce((a, b) => a + b, 0) > 0, "the workers did race (some conflicts happened)");
});
