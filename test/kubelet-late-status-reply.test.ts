// A pod deleted while the kubelet's status write is under way. The informer often brings the
// deletion before the reply to the earlier write arrives (the flake of "an emptyDir outgrowing
// its sizeLimit gets the pod evicted"); the older reply must not hide the deletion, or the pod
// is never confirmed gone. The reply is held here until the deletion has reached the kubelet,
// which makes that order certain.
import test from "ava";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { TypedApiClient, type TypedObject } from "../runtime/api-client.ts";
import { FakeDriver } from "../services/kubelet/drivers/fake-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

/** Set by the test: the next reply to a status write saying Failed waits for `until`. */
let hold: { until: Promise<void>; reached: () => void } | undefined;

class HeldStatusReplies extends TypedApiClient {
  override async updateStatus<T extends TypedObject>(object: T): Promise<T> {
    const updated = await super.updateStatus(object);
    const gate = hold;
    if (gate && (updated as Pod).status?.phase === "Failed") {
      hold = undefined;
      gate.reached();
      await gate.until;
    }
    return updated;
  }
}

let harness: KubeletHarness;
const driver = new FakeDriver();

test.before(async () => {
  harness = await startKubeletHarness({
    name: "late-reply",
    driver: () => driver,
    kubelet: { nodeName: "hollow-r", driver: "fake", cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
    kubeletClient: (client) => new HeldStatusReplies(client.nc),
  });
});

test.after.always(async () => {
  await harness?.stop(1);
});

test("a pod deleted while the reply to the kubelet's last status write is still on its way is confirmed gone", async (t) => {
  const { client } = harness;
  await client.create({
    apiVersion: "v1", kind: "Pod", metadata: { name: "late", namespace: "default" },
    spec: { nodeName: "hollow-r", restartPolicy: "Never", terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", command: ["app"] }] },
  } as Pod);
  await eventuallyValue(() => client.get<Pod>("pods", "default", "late"), (pod) => pod.status?.phase === "Running", "late Running", 10_000);

  let release!: () => void;
  const written = new Promise<void>((reached) => {
    hold = { until: new Promise<void>((resolve) => (release = resolve)), reached };
  });
  const deletionSeen = new Promise<void>((resolve) => {
    // Runs after the kubelet's handler on the same informer: the kubelet holds the deletion now.
    harness.informers.informer(findResource("pods") as ResourceInfo).addHandlers({
      onUpdate: (_, pod) => {
        if (pod.metadata?.name === "late" && pod.metadata.deletionTimestamp) resolve();
      },
    });
  });
  const [container] = await driver.list();
  driver.crash(container.id, 1);
  await written;
  await client.delete("pods", "default", "late");
  await deletionSeen;
  release();

  const gone = await eventuallyValue(() => client.get<Pod>("pods", "default", "late").then(() => false, () => true), (value) => value, "late deleted", 10_000);
  t.true(gone);
});
