import test from "ava";
import type { KubeObject } from "../../../runtime/api-client.ts";
import { tableRow, toTable, watchTables } from "./mod.ts";

const now = new Date("2026-12-02T12:00:00Z");
const metadata = { name: "settings", namespace: "shop", uid: "u-1", resourceVersion: "77", creationTimestamp: "2026-12-02T11:00:00Z", labels: { app: "shop" }, annotations: { note: "x" } };
const configMap: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata, data: { a: "1" } };

test("rows carry PartialObjectMetadata by default, as kube-apiserver, so kubectl can add NAMESPACE and LABELS", (t) => {
  const [row] = toTable([configMap], { kind: "ConfigMap", now }).rows;
  t.deepEqual(row.object, { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata });
  t.deepEqual(toTable([configMap], { kind: "ConfigMap", now, includeObject: "Metadata" }).rows[0].object, row.object);
});

test("includeObject=Object carries the whole object and includeObject=None null", (t) => {
  t.deepEqual(toTable([configMap], { kind: "ConfigMap", now, includeObject: "Object" }).rows[0].object, configMap);
  t.is(toTable([configMap], { kind: "ConfigMap", now, includeObject: "None" }).rows[0].object, null);
});

test("a list's table carries the list's resourceVersion and continue token, a single object's its own", (t) => {
  const list = toTable([configMap, configMap], { kind: "ConfigMap", now, listMeta: { resourceVersion: "90", continue: "next-page", remainingItemCount: 3 } });
  t.deepEqual(list.metadata, { resourceVersion: "90", continue: "next-page", remainingItemCount: 3 });
  t.deepEqual(toTable([configMap], { kind: "ConfigMap", now }).metadata, { resourceVersion: "77" });
  const empty = toTable([], { kind: "Pod", now, listMeta: { resourceVersion: "12" } });
  t.deepEqual(empty.rows, []);
  t.is(empty.columnDefinitions[0].name, "Name");
});

test("a v1beta1 table says so in its apiVersion and its rows' metadata", (t) => {
  const table = toTable([configMap], { kind: "ConfigMap", now, version: "v1beta1" });
  t.is(table.apiVersion, "meta.k8s.io/v1beta1");
  t.is((table.rows[0].object as { apiVersion: string }).apiVersion, "meta.k8s.io/v1beta1");
});

test("a watch sends one-row tables, column definitions only in the first, as kube-apiserver's watch encoder", (t) => {
  const encode = watchTables({ kind: "ConfigMap" });
  const first = encode(configMap, now);
  const second = encode({ ...configMap, data: { a: "1", b: "2" } }, now);
  t.is(first.columnDefinitions.length, 3);
  t.deepEqual(second.columnDefinitions, []);
  t.deepEqual(first.rows.map((row) => row.cells), [["settings", 1, "60m"]]);
  t.deepEqual(second.rows.map((row) => row.cells), [["settings", 2, "60m"]]);
  t.deepEqual(second.metadata, { resourceVersion: "77" });
  t.deepEqual(tableRow(configMap, { now }), first.rows[0]);
});
