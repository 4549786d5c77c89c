import test from "ava";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { createLogger } from "../../../runtime/log.ts";
import type { Pod } from "../pod/container-spec.ts";
import { PodVolumes } from "./pod-volumes.ts";
import { volumePayload } from "./volume-payload.ts";

const pod = {
  metadata: { name: "web", namespace: "default", uid: "u1", labels: { b: "2", a: "1" } },
  spec: {
    containers: [{ name: "main", resources: { limits: { memory: "64Mi", cpu: "1500m" } }, volumeMounts: [{ name: "cfg", mountPath: "/etc/app", readOnly: true }, { name: "scratch", mountPath: "/work", subPath: "part" }] }],
    volumes: [{ name: "cfg", configMap: { name: "app" } }, { name: "scratch", emptyDir: {} }, { name: "host", hostPath: { path: "/srv/data", type: "Directory" } }],
  },
} as Pod;

test("without a pod directory (the fake driver) volumes are only recorded: mounts name their nominal paths and nothing is read", async (t) => {
  const client = { get: () => t.fail("no API read for a recorded volume") } as unknown as TypedApiClient;
  const volumes = new PodVolumes({ client, podDir: undefined, logger: createLogger("test", {}, { level: "error" }) });
  await volumes.setUp(pod);
  t.deepEqual(await volumes.mountsFor(pod.spec!.containers![0]), [
    { source: "/fake/pods/u1/volumes/kubernetes.io~configmap/cfg", target: "/etc/app", readOnly: true },
    { source: "/fake/pods/u1/volumes/kubernetes.io~empty-dir/scratch/part", target: "/work", readOnly: false },
  ]);
});

test("downwardAPI files hold labels as sorted key=quoted-value lines and resources divided by the divisor", async (t) => {
  const payload = await volumePayload(pod, {
    name: "info",
    downwardAPI: { items: [
      { path: "labels", fieldRef: { fieldPath: "metadata.labels" } },
      { path: "mem", resourceFieldRef: { containerName: "main", resource: "limits.memory", divisor: "1Mi" } },
      { path: "cpu", resourceFieldRef: { containerName: "main", resource: "limits.cpu" }, mode: 0o400 },
    ] },
  }, async () => undefined);
  const read = (path: string) => new TextDecoder().decode(payload?.get(path)?.content);
  t.is(read("labels"), 'a="1"\nb="2"');
  t.is(read("mem"), "64");
  t.is(read("cpu"), "2");
  t.is(payload?.get("cpu")?.mode, 0o400);
  t.is(payload?.get("labels")?.mode, 0o644);
});

test("a projected volume merges its sources; a serviceAccountToken needs the token manager and is written 0600", async (t) => {
  const lookup = async (kind: string) => (kind === "configmap" ? { k: new TextEncoder().encode("v") } : undefined);
  const payload = await volumePayload(pod, { name: "all", projected: { sources: [{ configMap: { name: "c" } }, { secret: { name: "missing", optional: true } }] } }, lookup);
  t.deepEqual([...(payload?.keys() ?? [])], ["k"]);
  const tokenVolume = { name: "tok", projected: { defaultMode: 0o644, sources: [{ serviceAccountToken: { path: "token", expirationSeconds: 3607 } }, { configMap: { name: "c" } }] } };
  const error = await t.throwsAsync(volumePayload(pod, tokenVolume, lookup));
  t.regex(error?.message ?? "", /this kubelet cannot request ServiceAccount tokens/);
  const asked: number[] = [];
  const withToken = await volumePayload(pod, tokenVolume, lookup, async (projection) => (asked.push(Number(projection.expirationSeconds)), "jwt"));
  t.deepEqual(asked, [3607]);
  t.is(new TextDecoder().decode(withToken?.get("token")?.content), "jwt");
  t.is(withToken?.get("token")?.mode, 0o600);
  t.is(withToken?.get("k")?.mode, 0o644);
  const asUser = { ...pod, spec: { ...pod.spec, securityContext: { runAsUser: 1000, fsGroup: 2000 } } } as Pod;
  t.deepEqual((await volumePayload(asUser, tokenVolume, lookup, async () => "jwt"))?.get("token")?.owner, { uid: 1000, gid: 2000 });
  const failing = await t.throwsAsync(volumePayload(pod, tokenVolume, lookup, async () => Promise.reject(new Error("API down"))));
  t.regex(failing?.message ?? "", /failed to fetch token: API down/);
  const missing = await t.throwsAsync(volumePayload(pod, { name: "s", secret: { secretName: "nope" } }, lookup));
  t.is(missing?.message, 'secret "nope" not found');
});
