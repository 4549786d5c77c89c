// The kubelet projects a pod's ServiceAccount token: it asks the API for a token bound to the pod,
// writes it 0600 into the pod's volume with ca.crt and namespace, gives each container its path
// in TROUPE_SERVICE_ACCOUNT_TOKEN_FILE, rotates it once 80% of its life has passed (an injected
// clock, no waiting) and stops once the pod is gone. The node here plays a non-root one (no mount
// namespaces): the token mount is left out, the pod still runs and still has its token.
import test from "ava";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { createNatsAuthority } from "../runtime/auth/nats-authority.ts";
import { identityTokenOfJwt } from "../runtime/mesh/service-account.ts";
import { decodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { tokenVolume } from "../runtime/volumes/service-account.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness, type KubeletHarness } from "./helpers/kubelet-harness.ts";

let harness: KubeletHarness;
let client: TypedApiClient;
let dir = "";
let clock = Date.now();
const tokenRequests: string[] = [];

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-kubelet-sa-"));
  await writeFile(join(dir, "authority.json"), JSON.stringify(createNatsAuthority()), { mode: 0o600 });
  harness = await startKubeletHarness({
    name: "sa-token",
    driver: (root, logger) => new ProcessDriver({ logger, cgroups: false, podsDir: join(root, "pods"), mountNamespaces: false }),
    kubelet: { nodeName: "node-t", cpu: "2", memory: "2Gi", imagePullBackoffMs: 200, statusIntervalMs: 500, volumeSyncPeriodMs: 100 },
    api: { natsAuthorityFile: join(dir, "authority.json") },
    tokenClock: () => clock,
  });
  client = harness.client;
  // The API issues tokens by the same clock the kubelet rotates them by, as on one machine.
  harness.cluster.api.ctx.now = () => new Date(clock);
  harness.cluster.nc.subscribe("troupe.api.v1.>", { callback: (_error, msg) => void (msg.subject.endsWith(".createToken") && tokenRequests.push(msg.subject)) });
  await client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "default" } });
  await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kube-root-ca.crt", namespace: "default" }, data: { "ca.crt": "CA PEM" } });
});

test.after.always(async () => {
  await harness?.stop(1);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const eventually = <T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string) => eventuallyValue(read, ok, what, 20_000);

test.serial("the kubelet writes the pod-bound token, ca.crt and namespace, and the container reads the token through its environment", async (t) => {
  const out = join(dir, "out");
  await client.create<Pod>({
    apiVersion: "v1", kind: "Pod", metadata: { name: "reader", namespace: "default" },
    spec: {
      nodeName: "node-t", terminationGracePeriodSeconds: 1, serviceAccountName: "default",
      volumes: [tokenVolume("kube-api-access-abcde")],
      containers: [{
        name: "app", image: "host", command: ["sh", "-c", `mkdir -p ${out}; cat "$TROUPE_SERVICE_ACCOUNT_TOKEN_FILE" > ${out}/token.tmp && mv ${out}/token.tmp ${out}/token; echo "$TROUPE_SERVICE_ACCOUNT_TOKEN_FILE" > ${out}/path; exec sleep 60`],
        volumeMounts: [{ name: "kube-api-access-abcde", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", readOnly: true }],
      }],
    },
  } as Pod);
  const running = await eventually(() => client.get<Pod>("pods", "default", "reader"), (pod) => pod.status?.phase === "Running", "the pod running without its token mount");
  const seen = await eventually(() => readFile(join(out, "token"), "utf8"), (text) => text.length > 0, "the container's copy of the token");
  const path = (await readFile(join(out, "path"), "utf8")).trim();
  const volume = join(path, "..");
  t.is(await readFile(path, "utf8"), seen);
  t.is((await stat(path)).mode & 0o777, 0o600);
  t.is(await readFile(join(volume, "ca.crt"), "utf8"), "CA PEM");
  t.is(await readFile(join(volume, "namespace"), "utf8"), "default");
  const user = decodeIdentityToken(identityTokenOfJwt(seen));
  t.is(user?.username, "system:serviceaccount:default:default");
  t.deepEqual(user?.extra?.["authentication.kubernetes.io/pod-uid"], [running.metadata?.uid ?? ""]);
  t.is(tokenRequests.length, 1);

  // 85% of the 3607 s lifetime later (by the kubelet's clock), the next re-sync rotates it.
  clock += 0.85 * 3607 * 1000;
  const rotated = await eventually(() => readFile(path, "utf8"), (text) => text !== seen, "a rotated token");
  t.not(rotated, seen);
  t.is(tokenRequests.length, 2);
  t.true((await readdir(volume)).includes("..data"), "written atomically through ..data");

  await client.delete("pods", "default", "reader", { gracePeriodSeconds: 0 });
  await eventually(() => client.get<Pod>("pods", "default", "reader").then(() => false, () => true), (gone) => gone, "the pod gone");
  clock += 3607 * 1000;
  // Several re-sync periods (100 ms) with a clock past every expiry: nothing asks again.
  await new Promise((resolve) => setTimeout(resolve, 600));
  t.is(tokenRequests.length, 2);
});
