// Issue 4 end to end: a 3-node cluster with a node proxy per node (every role its own process,
// the process driver) serves Services as Kubernetes users expect: a stable address that
// load-balances over ready pods, LoadBalancer on the node address, readiness taking pods out of
// rotation, and cluster DNS names for headless (StatefulSet-style) pods.
import { request as httpRequest } from "node:http";
import { Resolver } from "node:dns/promises";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";

interface PodJson extends KubeObject {
  status?: { podIP?: string; phase?: string; conditions?: { type: string; status: string }[] };
}
interface ServiceJson extends KubeObject {
  spec?: { clusterIP?: string; ports?: { port: number; nodePort?: number }[] };
  status?: { loadBalancer?: { ingress?: { ip?: string }[] } };
}
interface EndpointsJson extends KubeObject {
  subsets?: { addresses?: { ip: string; hostname?: string; targetRef?: { name: string } }[]; notReadyAddresses?: { ip: string }[] }[];
}

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 3, proxies: true });
});
test.after.always(async () => {
  await cluster?.stop();
});

/** One HTTP GET on a new connection; resolves with the body or rejects with the socket error. */
function get(host: string, port: number, path = "/"): Promise<string> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host, port, path, agent: false, timeout: 5000 }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${response.statusCode}: ${body}`))));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const serverName = (body: string) => /Server name: (\S+)/.exec(body)?.[1] ?? body.split(" ")[0];

async function readyAddresses(name: string): Promise<string[]> {
  const endpoints = (await cluster.json.get("endpoints", name).catch(() => undefined)) as EndpointsJson | undefined;
  return (endpoints?.subsets ?? []).flatMap((subset) => (subset.addresses ?? []).map((address) => address.targetRef?.name ?? address.ip));
}

async function applyFile(path: string): Promise<void> {
  const text = await readFile(join(REPO_ROOT, path), "utf8");
  for (const document of parseAllDocuments(text)) await cluster.json.apply(document.toJS() as KubeObject);
}

test.serial("the web example: 100 requests through the LoadBalancer address and the cluster IP all succeed and reach all 3 pods", async (t) => {
  await applyFile("examples/hello/deployment.yaml");
  await applyFile("examples/hello/service.yaml");
  await eventually(() => readyAddresses("hello"), (ready) => ready.length === 3, "3 ready hello endpoints", 30_000);
  const service = await eventually(async () => (await cluster.json.get("svc", "hello")) as ServiceJson, (svc) => (svc.status?.loadBalancer?.ingress?.length ?? 0) > 0, "the load balancer's ingress", 15_000);
  const ingressIp = service.status?.loadBalancer?.ingress?.[0]?.ip ?? "";
  t.is(ingressIp, cluster.network.nodeAddress, "the ingress is the nodes' address");
  t.true(service.spec?.clusterIP?.startsWith(cluster.network.serviceCidr.slice(0, -5)), `cluster IP ${service.spec?.clusterIP} from ${cluster.network.serviceCidr}`);

  for (const [what, host, port] of [["load balancer", ingressIp, 80], ["cluster IP", service.spec?.clusterIP ?? "", 80], ["node port", ingressIp, service.spec?.ports?.[0]?.nodePort ?? 0]] as const) {
    // The proxies bind their listeners as the Service reaches them, and learn the endpoints from
    // their own informers a moment after the API lists them Ready: wait until a round of
    // requests has reached all three pods, then count.
    await eventually(async () => {
      const names = new Set<string>();
      for (let i = 0; i < 12; i++) names.add(serverName(await get(host, port)));
      return names.size;
    }, (size) => size === 3, `the ${what} to answer from all 3 pods`, 15_000);
    const seen = new Map<string, number>();
    let failures = 0;
    for (let i = 0; i < 100; i++) {
      try {
        const name = serverName(await get(host, port));
        seen.set(name, (seen.get(name) ?? 0) + 1);
      } catch {
        failures++;
      }
    }
    t.is(failures, 0, `every request through the ${what} succeeded`);
    t.is(seen.size, 3, `the ${what} reached every pod: ${JSON.stringify([...seen])}`);
  }
});

// An HTTP server whose readiness follows a marker file, so the test can make one pod unready.
const TOGGLE_SERVER = `
const { createServer } = require("node:http");
const { existsSync } = require("node:fs");
const name = process.env.TROUPE_POD_NAME;
const marker = require("node:path").join(process.env.MARKER_DIR, name);
createServer((request, response) => {
  if (request.url === "/ready") response.writeHead(existsSync(marker) ? 503 : 200);
  response.end(name + " says hi");
}).listen(Number(process.env.PORT));
`;

test.serial("a pod failing readiness leaves the rotation, and a pod killed under a stream of requests costs none of them", async (t) => {
  const markerDir = join(tmpdir(), `troupe-e2e-ready-${process.pid}`);
  await rm(markerDir, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(markerDir, { recursive: true }));
  await cluster.json.apply({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "toggle", namespace: "default" },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "toggle" } },
      template: {
        metadata: { labels: { app: "toggle" } },
        spec: {
          terminationGracePeriodSeconds: 0,
          containers: [{
            name: "web", image: "host", command: [process.execPath, "-e", TOGGLE_SERVER],
            env: [{ name: "MARKER_DIR", value: markerDir }],
            ports: [{ name: "http", containerPort: 8080 }],
            readinessProbe: { httpGet: { path: "/ready", port: "http" }, periodSeconds: 1, failureThreshold: 1 },
          }],
        },
      },
    },
  });
  await cluster.json.apply({ apiVersion: "v1", kind: "Service", metadata: { name: "toggle", namespace: "default" }, spec: { selector: { app: "toggle" }, ports: [{ port: 8080, targetPort: "http" }] } });
  const ready = await eventually(() => readyAddresses("toggle"), (names) => names.length === 3, "3 ready toggle endpoints", 30_000);
  const vip = ((await cluster.json.get("svc", "toggle")) as ServiceJson).spec?.clusterIP ?? "";
  await eventually(() => get(vip, 8080), () => true, "the cluster IP to answer", 15_000);

  const [unready] = ready;
  await writeFile(join(markerDir, unready), "");
  await eventually(() => readyAddresses("toggle"), (names) => names.length === 2 && !names.includes(unready), `${unready} out of the endpoints`, 15_000);
  const notReady = await eventually(async () => (await cluster.json.get("pods", unready)) as PodJson, (pod) => pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "False") ?? false, `${unready} not Ready`);
  t.is(notReady.status?.phase, "Running", "an unready pod keeps running");
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) reached.add(serverName(await get(vip, 8080)));
  t.false(reached.has(unready), "no request reached the unready pod");
  t.is(reached.size, 2);
  await rm(join(markerDir, unready));
  await eventually(() => readyAddresses("toggle"), (names) => names.length === 3, `${unready} back in the endpoints`, 15_000);

  // A stream of requests while a pod is killed: the proxy still sends new connections to it until
  // the endpoints change, and each refused connect is retried on another pod.
  const victim = ready[1];
  let stop = false;
  let done = 0;
  const failures: string[] = [];
  const stream = (async () => {
    while (!stop) {
      await get(vip, 8080).then(() => done++, (error: Error) => failures.push(error.message));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cluster.json.delete("pods", victim, { namespace: "default", gracePeriodSeconds: 0 });
  await eventually(() => readyAddresses("toggle"), (names) => !names.includes(victim), `${victim} out of the endpoints`, 15_000);
  // The stream goes on past the endpoint change: counted in requests, not in time, so a loaded
  // machine cannot make it look stalled (the deadline only bounds a stream that really stalled).
  const doneAtRemoval = done;
  await eventually(async () => done, (count) => count >= doneAtRemoval + 20, "20 more requests after the pod left the endpoints", 20_000).catch(() => undefined);
  stop = true;
  await stream;
  t.true(done >= doneAtRemoval + 20, `the stream kept going after the kill (${done - doneAtRemoval} requests after the endpoint change, ${done} in all)`);
  // New connections to the dead pod are refused and retried elsewhere (test/proxy.test.ts proves
  // that path on its own: 0 of 100 lost). What no proxy can retry is the one request (the stream
  // is sequential) whose bytes the pod already had when SIGKILL hit it.
  t.true(failures.length <= 1, `at most the request in flight at the kill failed: ${JSON.stringify(failures)}`);
  await rm(markerDir, { recursive: true, force: true });
});

test.serial("headless StatefulSet-style names resolve to the right pod, through the cluster DNS and inside a pod", async (t) => {
  await cluster.json.apply({ apiVersion: "v1", kind: "Service", metadata: { name: "nginx", namespace: "default" }, spec: { clusterIP: "None", selector: { app: "sts" }, ports: [{ name: "web", port: 80 }] } });
  for (const name of ["web-0", "web-1"]) {
    await cluster.json.apply({
      apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels: { app: "sts" } },
      spec: { hostname: name, subdomain: "nginx", terminationGracePeriodSeconds: 0, containers: [{ name: "nginx", image: "hello:plain-text", ports: [{ name: "web", containerPort: 80 }] }] },
    });
  }
  await eventually(() => readyAddresses("nginx"), (names) => names.length === 2, "2 ready nginx endpoints", 30_000);
  const ipOf = async (name: string) => ((await cluster.json.get("pods", name)) as PodJson).status?.podIP ?? "";
  const [ip0, ip1] = [await ipOf("web-0"), await ipOf("web-1")];
  t.not(ip0, ip1, "each pod has its own IP");

  const resolver = new Resolver();
  resolver.setServers([cluster.network.clusterDns]);
  const resolve4 = (name: string) => eventually(() => resolver.resolve4(name), () => true, `${name} to resolve`, 10_000);
  t.deepEqual(await resolve4("web-0.nginx.default.svc.cluster.local"), [ip0]);
  t.deepEqual(await resolve4("web-1.nginx.default.svc"), [ip1]);
  t.deepEqual((await resolve4("nginx.default.svc.cluster.local")).sort(), [ip0, ip1].sort());
  // Like the A records, the SRV answer comes from the node proxy's own caches, which follow the
  // API a moment behind: wait for it the same way.
  const srv = await eventually(() => resolver.resolveSrv("_web._tcp.nginx.default.svc.cluster.local"), (records) => records.length === 2, "two SRV records", 10_000);
  t.is(srv.length, 2, "one SRV record per pod, with its port");

  // A pod resolves the short name through its resolv.conf search path (the container sees the
  // cluster DNS when the kubelet runs as root; otherwise it keeps the host's resolver).
  if (process.getuid?.() !== 0) return t.log("not root: containers keep the host's resolver, the in-pod lookup is skipped");
  await cluster.json.apply({
    apiVersion: "v1", kind: "Pod", metadata: { name: "lookup", namespace: "default" },
    spec: { restartPolicy: "Never", containers: [{ name: "lookup", image: "host", command: ["sh", "-c", "getent hosts web-1.nginx"] }] },
  });
  const done = await eventually(async () => (await cluster.json.get("pods", "lookup")) as PodJson, (pod) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed", "the lookup pod to finish", 20_000);
  t.is(done.status?.phase, "Succeeded", "getent found the name");
});
