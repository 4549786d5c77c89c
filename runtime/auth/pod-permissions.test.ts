import test from "ava";
import { meshServicesOf, podPermissions } from "./pod-permissions.ts";

test("a pod token may publish its mesh calls and events, subscribe its inbox, its namespace's services and events, never JetStream", (t) => {
  const permissions = podPermissions({ namespace: "shop", identityToken: "TOKEN" });
  t.deepEqual(permissions.pub?.allow, ["troupe.mesh.shop.*.*.TOKEN", "troupe.mesh.events.shop.>"]);
  t.deepEqual(permissions.sub?.allow, ["_INBOX.TOKEN.>", "troupe.mesh.shop.>", "troupe.mesh.events.shop.>", "$SRV.>"]);
  for (const side of [permissions.pub, permissions.sub]) t.deepEqual(side?.deny, ["$JS.>", "$KV.>", "$O.>"]);
  t.true(permissions.allowResponses);
  const every = [...(permissions.pub?.allow ?? []), ...(permissions.sub?.allow ?? [])];
  t.false(every.some((subject) => subject.startsWith("$JS") || subject.startsWith("$KV") || subject === ">" || subject.startsWith("troupe.api.v1.>")));
});

test("the ServiceAccount's troupe.io/mesh-services annotation narrows what its pods may serve", (t) => {
  const served = meshServicesOf({ "troupe.io/mesh-services": "orders, inventory,bad.name" });
  t.deepEqual(served, ["orders", "inventory"]);
  t.deepEqual(podPermissions({ namespace: "shop", identityToken: "T", servedServices: served }).sub?.allow, [
    "_INBOX.T.>", "troupe.mesh.shop.orders.*", "troupe.mesh.shop.orders.*.*", "troupe.mesh.shop.inventory.*", "troupe.mesh.shop.inventory.*.*", "troupe.mesh.events.shop.>", "$SRV.>",
  ]);
  t.is(meshServicesOf({}), undefined);
});
