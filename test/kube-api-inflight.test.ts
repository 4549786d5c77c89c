// The front end's max-in-flight limit: with its writes all busy, another write is a 429
// TooManyRequests with Retry-After (clients back off), reads are still served, and once a slot
// frees writes go through again.
import { request } from "node:https";
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { kubeHttp } from "./helpers/kube-http.ts";
import { sampleValue } from "./helpers/metrics.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc, { maxMutatingRequestsInflight: 1, maxRequestsInflight: 5 });
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const configMaps = "/api/v1/namespaces/default/configmaps";
const body = (name: string) => JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { a: "b" } });

test("a write beyond the in-flight limit is a 429 with Retry-After; reads go on; the slot comes back", async (t) => {
  // A create whose body is still on its way holds the one write slot.
  const slow = body("slow");
  let finishBody = () => {};
  const held = new Promise<number>((resolve, reject) => {
    const req = request(new URL(configMaps, kube.url), {
      method: "POST", ca: kube.ca.certPem, cert: kube.admin.certPem, key: kube.admin.keyPem,
      headers: { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(slow)) },
    }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.write(slow.slice(0, 10));
    finishBody = () => req.end(slow.slice(10));
  });
  // The slot is taken once the server counts the request in flight (not after some time).
  const deadline = Date.now() + 20_000;
  while (((await sampleValue(kube.registry, "troupe_kubeapi_inflight_requests", {})) ?? 0) < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const refused = await kubeHttp(kube, "POST", configMaps, body("refused"));
  t.is(refused.status, 429);
  t.is(refused.headers["retry-after"], "1");
  t.like(refused.json(), { kind: "Status", reason: "TooManyRequests", code: 429 });
  t.is((await kubeHttp(kube, "GET", configMaps)).status, 200, "reads have their own slots");
  finishBody();
  t.is(await held, 201);
  t.is((await kubeHttp(kube, "POST", configMaps, body("after"))).status, 201);
  t.is((await kubeHttp(kube, "GET", `${configMaps}/refused`)).status, 404, "the refused write stored nothing");
});
