import test from "ava";
import type { ConfigMapObject, NamespaceObject } from "../resources.ts";
import { defaultServiceAccountToCreate, rootCaAction } from "./service-account-decisions.ts";

const active = { metadata: { name: "team" }, status: { phase: "Active" } } as NamespaceObject;
const terminating = { metadata: { name: "team", deletionTimestamp: "2026-12-03T00:00:00Z" }, status: { phase: "Terminating" } } as NamespaceObject;

test("an active namespace without a default ServiceAccount gets one; a terminating or missing one does not", (t) => {
  t.deepEqual(defaultServiceAccountToCreate(active, undefined), { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "team" } });
  t.is(defaultServiceAccountToCreate(active, { metadata: { name: "default" } }), undefined);
  t.is(defaultServiceAccountToCreate(terminating, undefined), undefined);
  t.is(defaultServiceAccountToCreate(undefined, undefined), undefined);
});

test("kube-root-ca.crt is created, left alone when it holds the CA only, and rewritten when it differs", (t) => {
  const created = rootCaAction(active, undefined, "PEM");
  t.is(created.action, "create");
  t.deepEqual(created.action === "create" ? created.configMap.data : undefined, { "ca.crt": "PEM" });
  const current = { metadata: { name: "kube-root-ca.crt", namespace: "team", resourceVersion: "7" }, data: { "ca.crt": "PEM" } } as ConfigMapObject;
  t.deepEqual(rootCaAction(active, current, "PEM"), { action: "none" });
  const extra = rootCaAction(active, { ...current, data: { "ca.crt": "PEM", other: "x" } }, "PEM");
  t.is(extra.action, "update");
  t.deepEqual(extra.action === "update" ? [extra.configMap.data, extra.configMap.metadata?.resourceVersion] : undefined, [{ "ca.crt": "PEM" }, "7"]);
  t.deepEqual(rootCaAction(terminating, undefined, "PEM"), { action: "none" });
});
