// Pod volumes with the process driver against a real API and nats-server: configMap, secret,
// downwardAPI, emptyDir and hostPath volumes bind-mounted in each container's private mount
// namespace (needs root). Containers write what they see into a hostPath "out" directory that
// the test reads.
import test from "ava";
import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createNatsAuthority } from "../runtime/auth/nats-authority.ts";
import { tokenVolume } from "../runtime/volumes/service-account.ts";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { detectMountNamespaceSupport } from "../services/kubelet/drivers/mount-namespace-support.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { podStatus } from "../runtime/printers/pod-columns.ts";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

const support = await detectMountNamespaceSupport();
if (!support.usable) console.log(`kubelet-volumes: skipped, volume mounts need a private mount namespace and ${support.reason}`);
const rootTest = support.usable ? test.serial : test.serial.skip;

let harness: KubeletHarness | undefined;
let client: TypedApiClient;
let root = "";

test.before(async () => {
  if (!support.usable) return;
  harness = await startKubeletHarness({
    name: "volumes",
    driver: (dir, logger) => new ProcessDriver({ logger, cgroups: false, podsDir: join(dir, "pods") }),
    kubelet: { nodeName: "node-v", cpu: "2", memory: "2Gi", imagePullBackoffMs: 200, statusIntervalMs: 500, volumeSyncPeriodMs: 300 },
    api: { natsAuthorityFile: await authorityFile() },
  });
  ({ client, root } = harness);
});

test.after.always(async () => {
  await harness?.stop(1);
});

/** A NATS authority the API mints ServiceAccount tokens with (the server itself runs without authentication here). */
async function authorityFile(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "troupe-authority-")), "authority.json");
  await writeFile(path, JSON.stringify(createNatsAuthority()), { mode: 0o600 });
  return path;
}

const eventually = <T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 30_000) => eventuallyValue(read, ok, what, timeoutMs);

const getPod = (name: string) => () => client.get<Pod>("pods", "default", name);
const outFile = (pod: string, file: string) => () => readFile(join(root, "out", pod, file), "utf8");
/** Where a pod's mounts appear: a fresh directory per pod, so nothing lands in the host's /. */
const mnt = (pod: string, name: string) => join(root, "mnt", pod, name);

/** A pod on node-v whose containers get an "out" hostPath volume at $OUT. */
function pod(name: string, containers: Record<string, unknown>[], volumes: Record<string, unknown>[], spec: Record<string, unknown> = {}): Pod {
  const out = { name: "out", hostPath: { path: join(root, "out", name), type: "DirectoryOrCreate" } };
  return {
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels: { app: "vol", tier: "test" } },
    spec: {
      nodeName: "node-v", terminationGracePeriodSeconds: 1, restartPolicy: "Never", volumes: [out, ...volumes],
      containers: containers.map((container) => ({
        image: "host", ...container,
        env: [{ name: "OUT", value: mnt(name, "out") }, ...((container.env as unknown[]) ?? [])],
        volumeMounts: [{ name: "out", mountPath: mnt(name, "out") }, ...((container.volumeMounts as unknown[]) ?? [])],
      })),
      ...spec,
    },
  } as Pod;
}

const sh = (script: string) => ({ command: ["/bin/sh", "-c", script] });

async function deletePod(name: string): Promise<void> {
  await client.delete("pods", "default", name).catch(() => undefined);
  await eventually(() => client.get<Pod>("pods", "default", name).then(() => false, () => true), (gone) => gone, `${name} deleted`);
}

rootTest("configMap and secret volumes show their items with the modes asked for, next to env from the same ConfigMap", async (t) => {
  await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app-config", namespace: "default" }, data: { "greeting": "hello", "color": "blue" } });
  await client.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "app-secret", namespace: "default" }, stringData: { password: "s3cret" } });
  const cfg = mnt("cfg", "config");
  const sec = mnt("cfg", "secret");
  await client.create(pod("cfg", [{
    name: "main",
    ...sh(`cat ${cfg}/greeting > $OUT/greeting; stat -L -c %a ${cfg}/greeting > $OUT/greeting-mode; cat ${cfg}/sub/colour > $OUT/colour; stat -L -c %a ${cfg}/sub/colour > $OUT/colour-mode;
      cat ${sec}/password > $OUT/password; stat -L -c %a ${sec}/password > $OUT/password-mode; echo "$GREETING" > $OUT/env; echo done > $OUT/done;
      while true; do cat ${cfg}/greeting > $OUT/live.tmp; mv $OUT/live.tmp $OUT/live; sleep 0.2; done`),
    env: [{ name: "GREETING", valueFrom: { configMapKeyRef: { name: "app-config", key: "greeting" } } }],
    volumeMounts: [{ name: "config", mountPath: cfg }, { name: "secret", mountPath: sec, readOnly: true }],
  }], [
    { name: "config", configMap: { name: "app-config", defaultMode: 0o640, items: [{ key: "greeting", path: "greeting" }, { key: "color", path: "sub/colour", mode: 0o600 }] } },
    { name: "secret", secret: { secretName: "app-secret" } },
  ]));
  await eventually(outFile("cfg", "done"), (text) => text.trim() === "done", "the cfg container's files");
  t.is((await outFile("cfg", "greeting")()).trim(), "hello");
  t.is((await outFile("cfg", "greeting-mode")()).trim(), "640");
  t.is((await outFile("cfg", "colour")()).trim(), "blue");
  t.is((await outFile("cfg", "colour-mode")()).trim(), "600");
  t.is((await outFile("cfg", "password")()).trim(), "s3cret");
  t.is((await outFile("cfg", "password-mode")()).trim(), "644");
  t.is((await outFile("cfg", "env")()).trim(), "hello");

  const current = await client.get<Pod>("configmaps", "default", "app-config");
  await client.update({ ...current, apiVersion: "v1", kind: "ConfigMap", data: { greeting: "bonjour", color: "blue" } });
  await eventually(outFile("cfg", "live"), (text) => text.trim() === "bonjour", "the updated ConfigMap in the mounted file");
  t.pass();
  await deletePod("cfg");
});

rootTest("a projected ServiceAccount token volume is bind-mounted read-only with its token (0600), ca.crt and namespace", async (t) => {
  await client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "reader", namespace: "default" } });
  await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kube-root-ca.crt", namespace: "default" }, data: { "ca.crt": "CA" } });
  const sa = mnt("sa", "serviceaccount");
  await client.create(pod("sa", [{
    name: "main",
    ...sh(`cat ${sa}/token > $OUT/token; stat -L -c %a ${sa}/token > $OUT/mode; cat ${sa}/ca.crt > $OUT/ca; cat ${sa}/namespace > $OUT/ns;
      (touch ${sa}/x 2> /dev/null && echo writable || echo read-only) > $OUT/ro; echo "$TROUPE_SERVICE_ACCOUNT_TOKEN_FILE" > $OUT/env; echo done > $OUT/done; sleep 60`),
    volumeMounts: [{ name: "kube-api-access-sa123", mountPath: sa, readOnly: true }],
  }], [tokenVolume("kube-api-access-sa123") as Record<string, unknown>], { serviceAccountName: "reader" }));
  await eventually(outFile("sa", "done"), (text) => text.trim() === "done", "the sa container's files");
  t.regex(await outFile("sa", "token")(), /^[\w-]+\.[\w-]+\.[\w-]+$/);
  t.is((await outFile("sa", "mode")()).trim(), "600");
  t.is((await outFile("sa", "ca")()).trim(), "CA");
  t.is((await outFile("sa", "ns")()).trim(), "default");
  t.is((await outFile("sa", "ro")()).trim(), "read-only");
  t.is(await readFile((await outFile("sa", "env")()).trim(), "utf8"), await outFile("sa", "token")(), "the environment names the same token on the node");
  await deletePod("sa");
});

rootTest("a missing optional ConfigMap starts the pod; a missing required one keeps it waiting with CreateContainerConfigError naming it", async (t) => {
  await client.create(pod("opt", [{ name: "main", ...sh(`ls ${mnt("opt", "c")} > $OUT/listing; echo done > $OUT/done; sleep 60`), volumeMounts: [{ name: "c", mountPath: mnt("opt", "c") }] }],
    [{ name: "c", configMap: { name: "no-such-config", optional: true } }]));
  await eventually(outFile("opt", "done"), (text) => text.trim() === "done", "the optional pod's container");
  t.is((await outFile("opt", "listing")()).trim(), "");

  await client.create(pod("req", [{ name: "main", ...sh("sleep 60"), volumeMounts: [{ name: "c", mountPath: mnt("req", "c") }] }], [{ name: "c", configMap: { name: "no-such-config" } }]));
  const waiting = await eventually(getPod("req"), (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "CreateContainerConfigError", "req waiting");
  t.is(waiting.status?.containerStatuses?.[0]?.state?.waiting?.message, 'configmap "no-such-config" not found');
  await deletePod("opt");
  await deletePod("req");
});

rootTest("an emptyDir is shared by the pod's containers and removed with the pod", async (t) => {
  const shared = (c: string) => mnt("shared", c);
  await client.create(pod("shared", [
    { name: "writer", ...sh(`echo from-writer > ${shared("w")}/note; sleep 60`), volumeMounts: [{ name: "scratch", mountPath: shared("w") }] },
    { name: "reader", ...sh(`while [ ! -f ${shared("r")}/note ]; do sleep 0.1; done; cat ${shared("r")}/note > $OUT/seen; sleep 60`), volumeMounts: [{ name: "scratch", mountPath: shared("r") }] },
  ], [{ name: "scratch", emptyDir: {} }]));
  await eventually(outFile("shared", "seen"), (text) => text.trim() === "from-writer", "the reader sees the writer's file");
  const uid = (await getPod("shared")()).metadata?.uid ?? "";
  const dir = join(root, "pods", uid, "volumes", "kubernetes.io~empty-dir", "scratch");
  t.true((await stat(dir)).isDirectory());
  await deletePod("shared");
  await eventually(() => stat(dir).then(() => false, () => true), (gone) => gone, "the emptyDir removed");
  t.pass();
});

rootTest("a hostPath whose type check fails keeps the container waiting and says which path and type", async (t) => {
  const missing = join(root, "no-such-dir");
  await client.create(pod("hp", [{ name: "main", ...sh("sleep 60"), volumeMounts: [{ name: "h", mountPath: mnt("hp", "h") }] }], [{ name: "h", hostPath: { path: missing, type: "Directory" } }]));
  const waiting = await eventually(getPod("hp"), (p) => Boolean(p.status?.containerStatuses?.[0]?.state?.waiting?.message?.includes(missing)), "hp waiting");
  const message = waiting.status?.containerStatuses?.[0]?.state?.waiting?.message ?? "";
  t.regex(message, /MountVolume\.SetUp failed for volume "h"/);
  t.regex(message, /type Directory/);
  await deletePod("hp");
});

rootTest("a subPath mount shows the sub directory and a readOnly mount refuses writes", async (t) => {
  const sub = mnt("sub", "sub");
  const ro = mnt("sub", "ro");
  await client.create(pod("sub", [
    { name: "prep", ...sh(`echo inside > ${mnt("sub", "all")}/part/file 2>/dev/null || { mkdir -p ${mnt("sub", "all")}/part && echo inside > ${mnt("sub", "all")}/part/file; }; sleep 60`), volumeMounts: [{ name: "data", mountPath: mnt("sub", "all") }] },
    {
      name: "main",
      ...sh(`while [ ! -f ${sub}/file ]; do sleep 0.1; done; cat ${sub}/file > $OUT/sub; if echo x > ${ro}/attempt 2>/dev/null; then echo writable > $OUT/ro; else echo refused > $OUT/ro; fi; sleep 60`),
      volumeMounts: [{ name: "data", mountPath: sub, subPath: "part" }, { name: "data", mountPath: ro, readOnly: true }],
    },
  ], [{ name: "data", emptyDir: {} }]));
  await eventually(outFile("sub", "ro"), (text) => text.trim().length > 0, "the subPath container's results");
  t.is((await outFile("sub", "sub")()).trim(), "inside");
  t.is((await outFile("sub", "ro")()).trim(), "refused");
  await deletePod("sub");
});

rootTest("a downwardAPI volume holds the pod's labels and name", async (t) => {
  const info = mnt("dw", "info");
  await client.create(pod("dw", [{ name: "main", ...sh(`cat ${info}/labels > $OUT/labels; cat ${info}/name > $OUT/name; sleep 60`), volumeMounts: [{ name: "info", mountPath: info }] }],
    [{ name: "info", downwardAPI: { items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }, { path: "name", fieldRef: { fieldPath: "metadata.name" } }] } }]));
  await eventually(outFile("dw", "name"), (text) => text.trim() === "dw", "the downwardAPI files");
  t.is((await outFile("dw", "labels")()).trim(), 'app="vol"\ntier="test"');
  await deletePod("dw");
});

rootTest("init containers run in order to completion before the app container, which sees their files", async (t) => {
  const work = (c: string) => mnt("init", c);
  const spec = pod("init", [{ name: "main", ...sh(`cat ${work("m")}/log > $OUT/log; sleep 60`), volumeMounts: [{ name: "work", mountPath: work("m") }] }], [{ name: "work", emptyDir: {} }]);
  spec.spec!.initContainers = [
    { name: "first", image: "host", ...sh(`sleep 0.3; echo one >> ${work("a")}/log`), volumeMounts: [{ name: "work", mountPath: work("a") }] },
    { name: "second", image: "host", ...sh(`grep -q one ${work("b")}/log && echo two >> ${work("b")}/log`), volumeMounts: [{ name: "work", mountPath: work("b") }] },
  ];
  await client.create(spec);
  await eventually(outFile("init", "log"), (text) => text.length > 0, "the app container's view of the init containers' log");
  t.is((await outFile("init", "log")()).trim(), "one\ntwo");
  const running = await eventually(getPod("init"), (p) => p.status?.phase === "Running", "init Running");
  t.deepEqual(running.status?.initContainerStatuses?.map((s) => [s.name, s.state?.terminated?.exitCode]), [["first", 0], ["second", 0]]);
  t.is(running.status?.conditions?.find((c) => c.type === "Initialized")?.status, "True");
  await deletePod("init");
});

rootTest("an init container failing under restartPolicy Never fails the pod, shown as Init:Error, and the app container never starts", async (t) => {
  const spec = pod("init-fail", [{ name: "main", ...sh("echo started > $OUT/main; sleep 60") }], []);
  spec.spec!.initContainers = [{ name: "broken", image: "host", ...sh("exit 3") }];
  await client.create(spec);
  const failed = await eventually(getPod("init-fail"), (p) => p.status?.phase === "Failed", "init-fail Failed");
  t.is(podStatus(failed as unknown as KubeObject), "Init:Error");
  t.is(failed.status?.conditions?.find((c) => c.type === "Initialized")?.status, "False");
  t.is(failed.status?.containerStatuses?.[0]?.state?.waiting?.reason, "PodInitializing");
  await t.throwsAsync(outFile("init-fail", "main"));
  await deletePod("init-fail");
});

rootTest("postStart runs once the container has started and preStop runs before SIGTERM", async (t) => {
  const spec = pod("hooks", [{
    name: "main",
    ...sh("trap 'echo term >> $OUT/order; exit 0' TERM; echo main >> $OUT/order; while true; do sleep 0.1; done"),
    lifecycle: { postStart: { exec: { command: ["/bin/sh", "-c", "echo poststart >> $OUT/order"] } }, preStop: { exec: { command: ["/bin/sh", "-c", "echo prestop >> $OUT/order"] } } },
  }], [], { terminationGracePeriodSeconds: 10 });
  await client.create(spec);
  await eventually(outFile("hooks", "order"), (text) => text.includes("poststart") && text.includes("main"), "the postStart hook line");
  await deletePod("hooks");
  const lines = (await outFile("hooks", "order")()).trim().split("\n");
  t.deepEqual(lines.slice(-2), ["prestop", "term"]);
  t.deepEqual(lines.slice(0, 2).sort(), ["main", "poststart"]);
});

rootTest("an emptyDir with medium Memory is a tmpfs, unmounted with the pod", async (t) => {
  const scratch = mnt("tmpfs", "scratch");
  await client.create(pod("tmpfs", [{ name: "main", ...sh(`echo ready > $OUT/ready; sleep 60`), volumeMounts: [{ name: "scratch", mountPath: scratch }] }], [{ name: "scratch", emptyDir: { medium: "Memory" } }]));
  await eventually(outFile("tmpfs", "ready"), (text) => text.trim() === "ready", "the tmpfs container's start");
  const uid = (await getPod("tmpfs")()).metadata?.uid ?? "";
  const dir = join(root, "pods", uid, "volumes", "kubernetes.io~empty-dir", "scratch");
  const isTmpfs = (mounts: string) => mounts.split("\n").some((line) => line.startsWith("tmpfs ") && line.split(" ")[1] === dir);
  t.true(isTmpfs(await readFile("/proc/self/mounts", "utf8")));
  await deletePod("tmpfs");
  t.false(isTmpfs(await readFile("/proc/self/mounts", "utf8")));
});

rootTest("an emptyDir outgrowing its sizeLimit gets the pod evicted: Failed, reason Evicted, with a message", async (t) => {
  const scratch = mnt("evict", "scratch");
  await client.create(pod("evict", [{ name: "main", ...sh(`head -c 65536 /dev/zero > ${scratch}/big; sleep 60`), volumeMounts: [{ name: "scratch", mountPath: scratch }] }],
    [{ name: "scratch", emptyDir: { sizeLimit: "16Ki" } }]));
  const evicted = await eventually(getPod("evict"), (p) => p.status?.phase === "Failed", "the pod evicted");
  t.is(evicted.status?.reason, "Evicted");
  t.is(evicted.status?.message, 'Usage of EmptyDir volume "scratch" exceeds the limit "16Ki".');
  await deletePod("evict");
});

rootTest("a pod on an unbound claim waits with FailedMount; once bound it mounts the PersistentVolume's hostPath", async (t) => {
  const pvDir = join(root, "pv-data");
  await mkdir(pvDir, { recursive: true });
  await writeFile(join(pvDir, "stored"), "persisted\n");
  await client.create({ apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data", namespace: "default" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } } as Pod);
  const data = mnt("pvc", "data");
  await client.create(pod("pvc", [{ name: "main", ...sh(`cat ${data}/stored > $OUT/stored; sleep 60`), volumeMounts: [{ name: "data", mountPath: data }] }], [{ name: "data", persistentVolumeClaim: { claimName: "data" } }]));
  const waiting = await eventually(getPod("pvc"), (p) => Boolean(p.status?.containerStatuses?.[0]?.state?.waiting?.message), "pvc waiting");
  t.is(waiting.status?.containerStatuses?.[0]?.state?.waiting?.message, 'persistentvolumeclaim "data" is not bound');

  await client.create({ apiVersion: "v1", kind: "PersistentVolume", metadata: { name: "pv-data" }, spec: { capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], hostPath: { path: pvDir } } } as Pod);
  const claim = await client.get<Pod>("persistentvolumeclaims", "default", "data");
  const bound = await client.update({ ...claim, spec: { ...(claim.spec as object), volumeName: "pv-data" } } as Pod);
  await client.updateStatus({ ...bound, status: { phase: "Bound" } } as Pod);
  await eventually(outFile("pvc", "stored"), (text) => text.trim() === "persisted", "the claim's files in the container");
  t.pass();
  await deletePod("pvc");
});

rootTest("a failing init container under restartPolicy Always is restarted with back-off, shown as Init:CrashLoopBackOff", async (t) => {
  const spec = pod("init-loop", [{ name: "main", ...sh("sleep 60") }], [], { restartPolicy: "Always" });
  spec.spec!.initContainers = [{ name: "flaky", image: "host", ...sh("exit 1") }];
  await client.create(spec);
  const looping = await eventually(getPod("init-loop"), (p) => p.status?.initContainerStatuses?.[0]?.state?.waiting?.reason === "CrashLoopBackOff", "init-loop back-off");
  t.is(podStatus(looping as unknown as KubeObject), "Init:CrashLoopBackOff");
  t.is(looping.status?.phase, "Pending");
  t.true((looping.status?.initContainerStatuses?.[0]?.restartCount ?? 0) >= 1);
  await deletePod("init-loop");
});

rootTest("a failing postStart hook kills the container", async (t) => {
  await client.create(pod("poststart-fail", [{ name: "main", ...sh("sleep 60"), lifecycle: { postStart: { exec: { command: ["/bin/sh", "-c", "exit 7"] } } } }], []));
  const failed = await eventually(getPod("poststart-fail"), (p) => p.status?.phase === "Failed", "poststart-fail Failed");
  t.is(failed.status?.containerStatuses?.[0]?.state?.terminated?.reason, "Killed");
  await deletePod("poststart-fail");
});
