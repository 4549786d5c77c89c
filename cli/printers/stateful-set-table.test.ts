import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatTable } from "../table.ts";
import { resourceTable, type TableOptions } from "./resource-table.ts";

const NOW = Date.parse("2026-11-21T12:00:00Z");
const plain: TableOptions = { wide: false, namespaceColumn: false, showLabels: false, kindPrefix: false };

function table(objects: KubeObject[]): string {
  const built = resourceTable(objects[0].kind, plain);
  return formatTable(built.header, objects.map((object) => built.row(object, NOW)));
}

test("statefulsets print NAME READY AGE as kubectl does", (t) => {
  const set: KubeObject = {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "redis-cluster", creationTimestamp: "2026-11-21T11:00:00Z" },
    spec: { replicas: 3, template: { spec: { containers: [{ name: "redis", image: "redis:6.2.6" }] } } },
    status: { readyReplicas: 2 },
  };
  t.is(table([set]), "NAME            READY   AGE\nredis-cluster   2/3     60m\n");
});

test("controllerrevisions print their controller and revision number", (t) => {
  const revision: KubeObject = {
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: { name: "web-7c9f8b", creationTimestamp: "2026-11-21T11:58:00Z", ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: "u", controller: true }] },
    revision: 2,
  };
  t.is(table([revision]), "NAME         CONTROLLER             REVISION   AGE\nweb-7c9f8b   statefulset.apps/web   2          2m\n");
});
