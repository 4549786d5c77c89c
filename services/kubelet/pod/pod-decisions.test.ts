import test from "ava";
import type { ImageManifest } from "../../../runtime/images/image-manifest.ts";
import { ContainerConfigError, containerSpec, type Pod } from "./container-spec.ts";
import { podPhase, podStatus, type ContainerStatus } from "./pod-status.ts";

const pod: Pod = {
  metadata: { name: "web-1", namespace: "shop", uid: "uid-1", labels: { app: "web" } },
  spec: { nodeName: "node-2", restartPolicy: "Always", containers: [] },
  status: { hostIP: "127.0.0.1" },
};

const manifest: ImageManifest = {
  schemaVersion: 1, name: "hello", tag: "v1", digest: "sha256:x", size: 1, created: "",
  entrypoint: ["node", "server.mjs"], env: { MODE: "image", KEEP: "yes" }, workingDir: ".",
};

test("a container runs the image entrypoint with the pod's args and Node replaced by the kubelet's own", (t) => {
  const spec = containerSpec({
    pod, restartCount: 2, logPath: "/logs/x.log", nodeBinary: "/opt/node24",
    container: { name: "web", args: ["--verbose"], ports: [{ name: "http", containerPort: 80 }] },
    image: { manifest, rootDir: "/images/x" },
  });
  t.deepEqual(spec.command, ["/opt/node24", "server.mjs"]);
  t.deepEqual(spec.args, ["--verbose"]);
  t.is(spec.rootDir, "/images/x");
  t.is(spec.restartCount, 2);
  t.deepEqual(spec.ports, [{ name: "http", containerPort: 80, protocol: "TCP" }]);
});

test("a pod's command replaces the image entrypoint; no command at all is a config error", (t) => {
  const spec = containerSpec({ pod, restartCount: 0, logPath: "l", container: { name: "c", command: ["sh", "-c", "echo hi"] }, image: { manifest, rootDir: "/r" } });
  t.deepEqual(spec.command, ["sh", "-c", "echo hi"]);
  t.throws(() => containerSpec({ pod, restartCount: 0, logPath: "l", container: { name: "c" } }), { instanceOf: ContainerConfigError });
});

test("env: image values, then container values, fieldRefs and configmap keys; a missing key is an error unless optional", (t) => {
  const spec = containerSpec({
    pod, restartCount: 0, logPath: "l", image: { manifest, rootDir: "/r" },
    references: { "configmap/settings/level": "debug" },
    extraEnv: { TROUPE_NATS_URL: "nats://127.0.0.1:4999" },
    container: {
      name: "c",
      env: [
        { name: "MODE", value: "pod" },
        { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
        { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
        { name: "APP", valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
        { name: "LEVEL", valueFrom: { configMapKeyRef: { name: "settings", key: "level" } } },
        { name: "MAYBE", valueFrom: { configMapKeyRef: { name: "settings", key: "absent", optional: true } } },
      ],
    },
  });
  t.like(spec.env, { MODE: "pod", KEEP: "yes", POD_NAME: "web-1", NODE: "node-2", APP: "web", LEVEL: "debug", TROUPE_NATS_URL: "nats://127.0.0.1:4999" });
  t.false("MAYBE" in (spec.env ?? {}));
  t.throws(() => containerSpec({ pod, restartCount: 0, logPath: "l", image: { manifest, rootDir: "/r" }, container: { name: "c", env: [{ name: "X", valueFrom: { secretKeyRef: { name: "s", key: "k" } } }] } }), { message: /secret "s" has no key "k"/ });
});

const running: ContainerStatus = { name: "a", ready: true, restartCount: 0, state: { running: { startedAt: "t" } } };
const waiting: ContainerStatus = { name: "b", ready: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } } };
const crashed = (exitCode: number): ContainerStatus => ({ name: "c", ready: false, restartCount: 1, state: { terminated: { exitCode } } });
const backingOff: ContainerStatus = { name: "d", ready: false, restartCount: 3, state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: { terminated: { exitCode: 1 } } };

test("phase follows Kubernetes: waiting is Pending, running is Running, the end depends on the restart policy", (t) => {
  t.is(podPhase(pod, [running, waiting]), "Pending");
  t.is(podPhase(pod, [running, backingOff]), "Running");
  t.is(podPhase(pod, [crashed(0)]), "Running", "Always restarts even a success");
  t.is(podPhase({ ...pod, spec: { restartPolicy: "Never" } }, [crashed(0)]), "Succeeded");
  t.is(podPhase({ ...pod, spec: { restartPolicy: "Never" } }, [crashed(2)]), "Failed");
  t.is(podPhase({ ...pod, spec: { restartPolicy: "OnFailure" } }, [crashed(2)]), "Running");
});

test("conditions: Ready only when every container is ready; transition times move only on a change", (t) => {
  const context = { hostIP: "127.0.0.1", podIP: "127.0.0.1", startTime: "s", now: "t1" };
  const first = podStatus(pod, [running, waiting], context);
  t.deepEqual(first.conditions?.map((c) => `${c.type}=${c.status}`), ["Initialized=True", "Ready=False", "ContainersReady=False", "PodScheduled=True"]);
  const second = podStatus({ ...pod, status: first }, [running], { ...context, now: "t2" });
  const ready = second.conditions?.find((c) => c.type === "Ready");
  t.is(ready?.status, "True");
  t.is(ready?.lastTransitionTime, "t2");
  t.is(second.conditions?.find((c) => c.type === "Initialized")?.lastTransitionTime, "t1");
  t.is(second.startTime, "s");
});
