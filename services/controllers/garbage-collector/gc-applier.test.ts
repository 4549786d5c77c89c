import test from "ava";
import { Registry } from "prom-client";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { NotFoundError } from "../../../runtime/api-errors.ts";
import { createLogger } from "../../../runtime/log.ts";
import { createControllersMetrics } from "../metrics.ts";
import { GcApplier } from "./gc-applier.ts";
import type { GcCommand, GcObject } from "./types.ts";

/** An API that holds `owners` and records the writes made to it. */
function fakeClient(owners: GcObject[]) {
  const writes: string[] = [];
  const client = {
    async get(info: { kind: string }, _namespace: string | undefined, name: string) {
      const owner = owners.find((candidate) => candidate.kind === info.kind && candidate.metadata?.name === name);
      if (!owner) throw new NotFoundError("replicasets.apps", name);
      return owner;
    },
    async delete(info: { kind: string }, _namespace: string, name: string, options: { propagationPolicy?: string; preconditions?: { uid?: string } }) {
      writes.push(`delete ${info.kind}/${name} ${options.propagationPolicy} uid=${options.preconditions?.uid}`);
    },
    async update(object: GcObject) {
      writes.push(`update ${object.kind}/${object.metadata?.name} owners=[${(object.metadata?.ownerReferences ?? []).map((reference) => reference.uid).join(",")}] finalizers=[${(object.metadata?.finalizers ?? []).join(",")}]`);
    },
  };
  return { client: client as unknown as TypedApiClient, writes };
}

function replicaSet(uid: string, options: { deleting?: boolean; finalizers?: string[] } = {}): GcObject {
  return { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { namespace: "default", name: "web", uid, deletionTimestamp: options.deleting ? "2026-11-21T10:00:00Z" : "", finalizers: options.finalizers ?? [] } };
}

const pod: GcObject = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { namespace: "default", name: "web-1", uid: "pod-uid", ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: "rs-uid", controller: true }] },
};
const ref = { apiVersion: "v1", kind: "Pod", namespace: "default", name: "web-1", uid: "pod-uid" };
const deletePod: GcCommand = { kind: "delete", ref, propagationPolicy: "Background" };
const unownPod: GcCommand = { kind: "removeOwnerReference", ref, ownerUid: "rs-uid" };

function applier(client: TypedApiClient): GcApplier {
  return new GcApplier({ client, metrics: createControllersMetrics(new Registry()), logger: createLogger("gc-test", {}, { write: () => undefined }), concurrency: 4 });
}

test("a dependent whose owner a live read finds alive is kept, however stale the snapshot", async (t) => {
  const { client, writes } = fakeClient([replicaSet("rs-uid")]);
  const result = await applier(client).apply([deletePod, unownPod], new Map([["pod-uid", pod]]));
  t.deepEqual(writes, []);
  t.deepEqual(result.aliveOwners.map((owner) => owner.uid), ["rs-uid"]);
  t.is(result.error, undefined);
});

test("a dependent is deleted once its owner is gone or replaced by a namesake, with its uid as precondition", async (t) => {
  for (const owners of [[], [replicaSet("another-uid")]]) {
    const { client, writes } = fakeClient(owners);
    await applier(client).apply([deletePod], new Map([["pod-uid", pod]]));
    t.deepEqual(writes, ["delete Pod/web-1 Background uid=pod-uid"]);
  }
});

test("an owner deleted in the foreground lets its dependents go; one deleted with orphan keeps them, released", async (t) => {
  const foreground = fakeClient([replicaSet("rs-uid", { deleting: true, finalizers: ["foregroundDeletion"] })]);
  await applier(foreground.client).apply([deletePod], new Map([["pod-uid", pod]]));
  t.deepEqual(foreground.writes, ["delete Pod/web-1 Background uid=pod-uid"]);
  const orphaning = fakeClient([replicaSet("rs-uid", { deleting: true, finalizers: ["orphan"] })]);
  await applier(orphaning.client).apply([deletePod, unownPod], new Map([["pod-uid", pod]]));
  t.deepEqual(orphaning.writes, ["update Pod/web-1 owners=[] finalizers=[]"]);
});

test("a finalizer is removed without asking anyone", async (t) => {
  const owner = replicaSet("rs-uid", { deleting: true, finalizers: ["orphan", "example.com/keep"] });
  const { client, writes } = fakeClient([]);
  await applier(client).apply([{ kind: "removeFinalizer", ref: { apiVersion: "apps/v1", kind: "ReplicaSet", namespace: "default", name: "web", uid: "rs-uid" }, finalizer: "orphan" }], new Map([["rs-uid", owner]]));
  t.deepEqual(writes, ["update ReplicaSet/web owners=[] finalizers=[example.com/keep]"]);
});
