// Drives every subject of Troupe's NATS API with a plain NATS client and JSON payloads — no
// Troupe code — the way an integration in any language would.
//   npx node examples/nats-api/every-subject.ts nats://127.0.0.1:PORT
// (`troupe up` prints the URL; it is also in $TROUPE_HOME/context.json.)
import { connect, createInbox, headers, type Msg } from "@nats-io/transport-node";

const url = process.argv[2] ?? process.env.TROUPE_NATS_URL;
if (!url) {
  console.error("usage: npx node examples/nats-api/every-subject.ts nats://host:port");
  process.exit(2);
}
const nc = await connect({ servers: url });
const json = headers();
json.set("Content-Type", "application/json");

async function call(verb: string, body: unknown): Promise<unknown> {
  const reply: Msg = await nc.request(`troupe.api.v1.${verb}`, JSON.stringify(body), { headers: json, timeout: 5000 });
  const payload = reply.json<Record<string, unknown>>();
  const code = reply.headers?.get("Nats-Service-Error-Code");
  console.log(`${verb.padEnd(12)} -> ${code ? `error ${code} ${payload.reason}: ${payload.message}` : `ok ${payload.kind ?? ""}`}`);
  return payload;
}

const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "nats-api-example", namespace: "default" }, data: { greeting: "hello" } };

await call("discovery", {});
const inbox = createInbox();
const events = nc.subscribe(inbox, { max: 3 });
const watch = (await call("watch", { resource: "configmaps", namespace: "default", deliverTo: inbox, resourceVersion: "" })) as { controlSubject: string };
const created = (await call("create", { object: configMap })) as { metadata: { resourceVersion: string } };
await call("get", { key: { resource: "configmaps", namespace: "default", name: "nats-api-example" } });
await call("list", { resource: "cm", namespace: "default", labelSelector: "" });
await call("update", { object: { ...configMap, metadata: { ...configMap.metadata, resourceVersion: created.metadata.resourceVersion }, data: { greeting: "hi" } } });
await call("update", { object: { ...configMap, metadata: { ...configMap.metadata, resourceVersion: created.metadata.resourceVersion } } }); // stale: 409 Conflict
await call("apply", { object: { ...configMap, data: { greeting: "applied" } } });
const key = { resource: "configmaps", namespace: "default", name: "nats-api-example" };
await call("patch", { key, patchType: "merge", patch: { data: { mode: "merged" } } });
await call("patch", { key, patchType: "apply", fieldManager: "nats-api-example", patch: { ...configMap, data: { greeting: "server-side" } } });
await call("create", { object: { ...configMap, spec: {} } }); // unknown field: 400 BadRequest
const deployment = {
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "nats-api-example" },
  spec: { selector: { matchLabels: { app: "x" } }, template: { metadata: { labels: { app: "x" } }, spec: { containers: [{ name: "c", image: "busybox" }] } } },
};
const deployed = (await call("create", { object: deployment })) as Record<string, unknown> & { metadata: Record<string, unknown> };
await call("updateStatus", { object: { ...deployed, status: { replicas: 1, observedGeneration: 1 } } });
await call("delete", { key: { resource: "deployments", namespace: "default", name: "nats-api-example" } });
await call("delete", { key: { resource: "configmaps", namespace: "default", name: "nats-api-example" } });
// An eviction (what `kubectl drain` sends): a pod no PodDisruptionBudget covers is simply deleted.
await call("create", { object: { apiVersion: "v1", kind: "Pod", metadata: { name: "nats-api-example", namespace: "default" }, spec: { containers: [{ name: "c", image: "busybox" }] } } });
await call("evict", { key: { namespace: "default", name: "nats-api-example" }, deleteOptions: { gracePeriodSeconds: 0 }, dryRun: false });
for await (const event of events) {
  const { type, object } = event.json<{ type: string; object: { metadata: { name?: string; resourceVersion: string } } }>();
  console.log(`watch event  -> ${type} ${object.metadata.name ?? ""} @${object.metadata.resourceVersion}`);
}
nc.publish(watch.controlSubject, JSON.stringify({ action: "stop" }));
await nc.drain();
