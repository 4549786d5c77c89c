import test from "ava";
import { findResource } from "../codec/resources.ts";
import type { ResourceInfo } from "../codec/resources.ts";
import { MemoryStore } from "../store/memory-store.ts";
import { ObjectRepository } from "../store/object-repository.ts";
import { SharedInformerFactory } from "./shared-informers.ts";

const pods = findResource("pods") as ResourceInfo;
const configMaps = findResource("configmaps") as ResourceInfo;

test("the factory hands out one informer per resource and syncs them all on start", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  await repo.create(configMaps, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "default" } });
  const factory = new SharedInformerFactory(repo);
  const first = factory.informer(configMaps);
  t.is(factory.informer(configMaps), first);
  t.not(factory.informer(pods), first);
  t.false(factory.hasSynced());
  await factory.start();
  t.true(factory.hasSynced());
  t.deepEqual(first.list().map((object) => object.metadata?.name), ["a"]);
  factory.stop();
});

test("an informer asked for after start is started at once", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  await repo.create(pods, { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" } });
  const factory = new SharedInformerFactory(repo);
  await factory.start();
  const late = factory.informer(pods);
  const deadline = Date.now() + 2000;
  while (!late.hasSynced() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  t.true(factory.hasSynced());
  t.is(late.get("default", "p")?.metadata?.name, "p");
  // Starting again must not start a second watch loop on the same informer.
  await factory.start();
  factory.stop();
});
