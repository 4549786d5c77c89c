import test from "ava";
import { jetStreamBucketsOf, meshServicesOf, podPermissions } from "./pod-permissions.ts";
import { mayPublish } from "./role-permissions.ts";

/** NATS subject matching: `*` one token, `>` the rest. */
function matches(filter: string, subject: string): boolean {
  const f = filter.split(".");
  const s = subject.split(".");
  for (let i = 0; i < f.length; i++) {
    if (f[i] === ">") return s.length > i;
    if (i >= s.length || (f[i] !== "*" && f[i] !== s[i])) return false;
  }
  return f.length === s.length;
}

const FORBIDDEN = [
  "$KV.troupe-state.pods.default.web", "$JS.API.STREAM.INFO.KV_troupe-state", "$JS.API.DIRECT.GET.KV_troupe-state.$KV.troupe-state.x",
  "$JS.API.CONSUMER.CREATE.KV_troupe-state.c.f", "$JS.API.STREAM.MSG.GET.KV_troupe-leases", "$KV.troupe-allocations.x", "$JS.API.STREAM.CREATE.COPY",
  "$JS.API.STREAM.DELETE.KV_other", "$JS.API.CONSUMER.CREATE.TROUPE_MESH_EVENTS.c.troupe.mesh.durable.other.x", "troupe.mesh.durable.other.x",
];

test("a pod token may publish its mesh calls and events, subscribe its inbox, its namespace's services and events, and no state bucket", (t) => {
  const permissions = podPermissions({ namespace: "shop", identityToken: "TOKEN" });
  t.deepEqual(permissions.pub?.allow, ["troupe.mesh.shop.*.*.TOKEN", "troupe.mesh.events.shop.>", "$JS.API.INFO", "$JS.API.STREAM.INFO.TROUPE_MESH_EVENTS", "troupe.mesh.durable.shop.>"]);
  t.deepEqual(permissions.sub?.allow, ["_INBOX.TOKEN.>", "troupe.mesh.shop.>", "troupe.mesh.events.shop.>", "$SRV.>"]);
  t.deepEqual(permissions.sub?.deny, ["$JS.>", "$KV.>", "$O.>"]);
  t.true(permissions.allowResponses);
  const every = [...(permissions.pub?.allow ?? []), ...(permissions.sub?.allow ?? [])];
  t.false(every.some((subject) => subject === ">" || subject.startsWith("troupe.api.v1.>")));
  for (const subject of FORBIDDEN) t.false(every.some((filter) => matches(filter, subject)), subject);
});

test("the troupe.io/jetstream-buckets annotation grants exactly those buckets' streams and keys", (t) => {
  const buckets = jetStreamBucketsOf({ "troupe.io/jetstream-buckets": "shop-inventory, bad.name,>" });
  t.deepEqual(buckets, ["shop-inventory"]);
  const allow = podPermissions({ namespace: "shop", identityToken: "T", buckets }).pub?.allow ?? [];
  for (const subject of ["$JS.API.STREAM.CREATE.KV_shop-inventory", "$JS.API.STREAM.INFO.KV_shop-inventory", "$JS.API.DIRECT.GET.KV_shop-inventory.$KV.shop-inventory.k",
    "$JS.API.CONSUMER.CREATE.KV_shop-inventory.c.$KV.shop-inventory.>", "$KV.shop-inventory.apples", "$JS.ACK.KV_shop-inventory.c.1.2.3.4.5"]) {
    t.true(allow.some((filter) => matches(filter, subject)), subject);
  }
  for (const subject of FORBIDDEN) t.false(allow.some((filter) => matches(filter, subject)), subject);
  t.deepEqual(jetStreamBucketsOf(undefined), []);
});

test("the ServiceAccount's troupe.io/mesh-services annotation narrows what its pods may serve", (t) => {
  const served = meshServicesOf({ "troupe.io/mesh-services": "orders, inventory,bad.name" });
  t.deepEqual(served, ["orders", "inventory"]);
  t.deepEqual(podPermissions({ namespace: "shop", identityToken: "T", servedServices: served }).sub?.allow, [
    "_INBOX.T.>", "troupe.mesh.shop.orders.*", "troupe.mesh.shop.orders.*.*", "troupe.mesh.shop.inventory.*", "troupe.mesh.shop.inventory.*.*", "troupe.mesh.events.shop.>", "$SRV.>",
  ]);
  t.is(meshServicesOf({}), undefined);
});

test("a token bound to a pod may publish that pod's mesh metrics report and no other pod's", (t) => {
  const permissions = podPermissions({ namespace: "shop", identityToken: "T", pod: "orders-7f9c-abcde" });
  t.true(mayPublish(permissions, "troupe.metrics.v1.mesh.shop.orders-7f9c-abcde"));
  t.false(mayPublish(permissions, "troupe.metrics.v1.mesh.shop.orders-7f9c-zzzzz"));
  t.false(mayPublish(permissions, "troupe.metrics.v1.mesh.other.orders-7f9c-abcde"));
  t.false(mayPublish(permissions, "troupe.metrics.v1.node.node-1"));
  // A token bound to no pod reports nothing.
  t.false((podPermissions({ namespace: "shop", identityToken: "T" }).pub?.allow ?? []).some((subject) => subject.startsWith("troupe.metrics.")));
});
