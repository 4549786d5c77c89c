// A kubelet follows its node's pods (its pod informer synced) before it registers the node, so a
// pod can be bound to the node only once the kubelet watches: the bind reaches it as a change,
// with the bind's trace (docs/tracing.md), never inside the informer's first snapshot, whatever
// the load on the machine makes the informer's start cost.
import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { TypedApiClient } from "../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { ImageStore } from "../runtime/images/image-store.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../runtime/log.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { FakeDriver } from "../services/kubelet/drivers/fake-driver.ts";
import { Kubelet } from "../services/kubelet/kubelet.ts";
import { PodEventRouter } from "../services/kubelet/pod-event-router.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { eventuallyValue } from "./helpers/kubelet-harness.ts";

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let cluster: ApiTestCluster;
let root: string;

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
  cluster = await startApiTestCluster();
  root = await mkdtemp(join(tmpdir(), "troupe-follows-pods-"));
});

test.after.always(async () => {
  await cluster?.stop();
  await telemetry?.shutdown();
  if (root) await rm(root, { recursive: true, force: true });
});

test("followPods joins the pod informer before the node exists; start() registers it; a pod bound in between runs in its bind's trace", async (t) => {
  const client = new TypedApiClient(cluster.nc);
  const logger = createLogger("follows-pods-test", {}, { level: "error" });
  const factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(cluster.nc, { bucket: STATE_BUCKET })), logger);
  const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
  const kubelet = new Kubelet(
    { client, router, leases: await openLeaseStore(cluster.nc), images: await ImageStore.open(cluster.nc), driver: new FakeDriver(), logger },
    { nodeName: "node-f", driver: "fake", rootDir: root, cpu: "2", memory: "2Gi" },
  );
  try {
    await kubelet.followPods();
    await factory.start();
    await t.throwsAsync(client.get("nodes", undefined, "node-f"), { message: /not found/i }, "no node before start(): nothing can be bound to it yet");

    // A pod bound to the node now (as the scheduler's bind would) is a change the kubelet sees.
    const bound = await trace.getTracer("test").startActiveSpan("bind", async (span) => {
      try {
        await client.create<Pod>({ apiVersion: "v1", kind: "Pod", metadata: { name: "early", namespace: "default" }, spec: { nodeName: "node-f", containers: [{ name: "main", image: "host", command: ["app"] }] } } as Pod);
        return span.spanContext();
      } finally {
        span.end();
      }
    });
    const isReady = (pod: Pod) => pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ?? false;
    await eventuallyValue(() => client.get<Pod>("pods", "default", "early"), isReady, "the early pod Ready", 15_000).catch(async (error: unknown) => {
      t.log(JSON.stringify((await client.get<Pod>("pods", "default", "early")).status));
      throw error;
    });
    // The update's span ends once its reply is in, maybe after the read above saw the write.
    const inTrace = () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === bound.traceId);
    const readyInTrace = () => inTrace().some((span) => span.name === "kubelet update status" && span.attributes["troupe.pod.ready"] === true);
    await eventuallyValue(async () => readyInTrace(), Boolean, "the Ready status update in the bind's trace", 5000).catch(() => undefined);
    t.true(readyInTrace(), `the Ready status update is in the bind's trace: ${inTrace().map((span) => span.name).join(", ")}`);

    await kubelet.start();
    const node = await client.get<Pod>("nodes", undefined, "node-f");
    t.is(node.status?.conditions?.find((condition) => condition.type === "Ready")?.status, "True");
  } finally {
    await kubelet.stop(1);
    factory.stop();
  }
});
