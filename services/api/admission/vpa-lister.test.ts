// The VPA lister the pod-create admission reads: the VPAs of a namespace, kept current by the informer.
import test from "ava";
import { MemoryStore } from "../../../runtime/store/memory-store.ts";
import { ObjectRepository, type ApiObject } from "../../../runtime/store/object-repository.ts";
import { InformerVpaLister, VERTICAL_POD_AUTOSCALERS } from "./vpa-lister.ts";

const vpa = (namespace: string, name: string, mode = "Initial"): ApiObject => ({
  apiVersion: "autoscaling.k8s.io/v1", kind: "VerticalPodAutoscaler", metadata: { name, namespace },
  spec: { targetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, updatePolicy: { updateMode: mode } },
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test("the VPA lister serves each namespace's VPAs from memory and follows creates, updates and deletes", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  await repo.create(VERTICAL_POD_AUTOSCALERS, vpa("a", "web"));
  const lister = new InformerVpaLister(repo);
  await lister.start();
  t.teardown(() => lister.stop());
  const names = (namespace: string) => lister.inNamespace(namespace).map((each) => each.metadata?.name).sort();
  t.deepEqual(names("a"), ["web"], "listed at start");
  t.deepEqual(names("b"), []);

  await repo.create(VERTICAL_POD_AUTOSCALERS, vpa("a", "api"));
  const revision = await repo.create(VERTICAL_POD_AUTOSCALERS, vpa("b", "db"));
  await until(() => names("a").length === 2 && names("b").length === 1, "the new VPAs");
  t.deepEqual(names("a"), ["api", "web"]);
  t.deepEqual(names("b"), ["db"]);

  await repo.update(VERTICAL_POD_AUTOSCALERS, vpa("b", "db", "Off"), revision);
  await until(() => lister.inNamespace("b")[0]?.spec?.updatePolicy?.updateMode === "Off", "the update");
  const stored = await repo.get(VERTICAL_POD_AUTOSCALERS, "a", "web");
  await repo.delete(VERTICAL_POD_AUTOSCALERS, stored?.object ?? {});
  await until(() => names("a").length === 1, "the delete");
  t.deepEqual(names("a"), ["api"]);
});
