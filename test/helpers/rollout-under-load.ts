// A rollout of examples/hello behind its LoadBalancer Service under load, for the hold tests
// (test/e2e-rollout-*.test.ts) and bench/rollout.ts: a client sending requests as fast as it
// can over new and keep-alive connections, a watcher of the Ready count, and the node proxies'
// count of connections sent to an endpoint that refused them (a pod that had stopped listening).
import { Agent, request as httpRequest } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { REPO_ROOT } from "./troupe-cli.ts";
import { eventually } from "./workload-cluster.ts";

export interface LoadStats {
  ok: number;
  failed: number;
  /** Requests sent on a connection of their own. */
  newConnections: number;
  /** Requests sent on a kept-alive connection (reused when the server allows). */
  keepAlive: number;
  /** Failures by error code or status. */
  errors: Record<string, number>;
  /** Successful answers by their `Greeting:` line ("" when the pod has none). */
  greetings: Record<string, number>;
  /**
   * GETs sent again because the kept-alive connection they were written on was closed by the
   * server before any byte of an answer came (RFC 9112 9.3.1; what Go's net/http, browsers and
   * Node's own documentation of `reusedSocket` do). A server may close an idle keep-alive
   * connection at any time, so this race is the protocol's, not the rollout's.
   */
  retriedOnReusedConnection: number;
}

export interface Load {
  readonly stats: LoadStats;
  /** Stops the loops, waits for the requests in flight. */
  stop(): Promise<LoadStats>;
}

/** One GET, sent again once on a fresh connection when a reused one was reset before any answer. */
async function get(host: string, port: number, agent: Agent | false, stats: LoadStats): Promise<string> {
  try {
    return await once(host, port, agent);
  } catch (error) {
    if (!(error instanceof ResetOnReusedConnection)) throw error;
    stats.retriedOnReusedConnection++;
    return await once(host, port, agent);
  }
}

class ResetOnReusedConnection extends Error {
  readonly code = "ECONNRESET";
}

function once(host: string, port: number, agent: Agent | false): Promise<string> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest({ host, port, path: "/", agent, timeout: 10_000 }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => (response.statusCode === 200 ? resolve(body) : reject(Object.assign(new Error(`HTTP ${response.statusCode}`), { code: `HTTP_${response.statusCode}` }))));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(Object.assign(new Error("timed out"), { code: "TIMEOUT" })));
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      const retriable = !answered && outgoing.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");
      reject(retriable ? new ResetOnReusedConnection(error.message, { cause: error }) : error);
    });
    outgoing.end();
  });
}

export const greetingOf = (body: string) => /^Greeting: (.*)$/m.exec(body)?.[1] ?? "";

/** `loops` request loops over new connections and as many over keep-alive connections (one socket each). */
export function startLoad(host: string, port: number, loops = 3): Load {
  const stats: LoadStats = { ok: 0, failed: 0, newConnections: 0, keepAlive: 0, errors: {}, greetings: {}, retriedOnReusedConnection: 0 };
  let running = true;
  const agents: Agent[] = [];
  const loop = async (agent: Agent | false) => {
    while (running) {
      if (agent) stats.keepAlive++;
      else stats.newConnections++;
      try {
        const greeting = greetingOf(await get(host, port, agent, stats));
        stats.ok++;
        stats.greetings[greeting] = (stats.greetings[greeting] ?? 0) + 1;
      } catch (error) {
        stats.failed++;
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        stats.errors[code] = (stats.errors[code] ?? 0) + 1;
      }
    }
  };
  const done: Promise<void>[] = [];
  for (let i = 0; i < loops; i++) {
    done.push(loop(false));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    done.push(loop(agent));
  }
  return {
    stats,
    async stop() {
      running = false;
      await Promise.all(done);
      for (const agent of agents) agent.destroy();
      return stats;
    },
  };
}

interface PodJson extends KubeObject {
  metadata: { name: string; labels?: Record<string, string>; deletionTimestamp?: string };
  status?: { conditions?: { type: string; status: string }[] };
}

export const isReadyPod = (pod: PodJson) => !pod.metadata.deletionTimestamp && (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");

export interface ReadyWatch {
  /** Fewest Ready (and not terminating) pods seen so far. */
  readonly min: number;
  readonly samples: number;
  stop(): Promise<{ min: number; samples: number }>;
}

/** Samples the Ready count of the pods labelled app=`app` every `intervalMs` until stopped. */
export function watchReady(json: JsonApiClient, app: string, intervalMs = 50): ReadyWatch {
  let min = Number.POSITIVE_INFINITY;
  let samples = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const list = await json.list("pods", { namespace: "default", labelSelector: `app=${app}` }).catch(() => undefined);
      if (list) {
        min = Math.min(min, (list.items as PodJson[]).filter(isReadyPod).length);
        samples++;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    get min() { return min; },
    get samples() { return samples; },
    async stop() {
      running = false;
      await done;
      return { min, samples };
    },
  };
}

/** examples/hello's Deployment with `replicas`, a GREETING the app echoes (the template a rollout changes) and a readiness probe. */
export async function helloDeployment(replicas: number, greeting: string): Promise<KubeObject> {
  const text = await readFile(join(REPO_ROOT, "examples", "hello", "deployment.yaml"), "utf8");
  const deployment = parseAllDocuments(text)[0].toJS() as KubeObject & { spec: { replicas: number; template: { spec: { containers: { env?: unknown[]; readinessProbe?: unknown }[] } } } };
  deployment.metadata = { ...deployment.metadata, namespace: "default" };
  deployment.spec.replicas = replicas;
  const [container] = deployment.spec.template.spec.containers;
  container.env = [...(container.env ?? []), { name: "GREETING", value: greeting }];
  // Ready once it answers, not once the process started: a new pod gets connections only when it listens.
  container.readinessProbe = { httpGet: { path: "/", port: 80 }, periodSeconds: 1 };
  return deployment;
}

export async function helloService(): Promise<KubeObject> {
  const text = await readFile(join(REPO_ROOT, "examples", "hello", "service.yaml"), "utf8");
  const service = parseAllDocuments(text)[0].toJS() as KubeObject;
  return { ...service, metadata: { ...service.metadata, namespace: "default" } };
}

interface DeploymentJson extends KubeObject {
  metadata: { generation?: number };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number };
}

/** Until the Deployment has rolled out `replicas` of its current template and no other pod of the app is left. */
export async function waitRolledOut(json: JsonApiClient, name: string, replicas: number, timeoutMs = 120_000): Promise<void> {
  await eventually(async () => {
    const deployment = (await json.get("deployments", name, { namespace: "default" })) as DeploymentJson;
    const pods = (await json.list("pods", { namespace: "default", labelSelector: `app=${name}` })).items as PodJson[];
    return { status: deployment.status, generation: deployment.metadata.generation, pods: pods.length, ready: pods.filter(isReadyPod).length };
  }, ({ status, generation, pods, ready }) =>
    (status?.observedGeneration ?? 0) >= (generation ?? 1) && status?.updatedReplicas === replicas && status?.availableReplicas === replicas && status?.replicas === replicas && pods === replicas && ready === replicas,
  `deployment ${name} rolled out with ${replicas} replicas`, timeoutMs);
}

/** Until `rounds` consecutive requests all answer with `greeting`. */
export async function waitServing(host: string, port: number, greeting: string, rounds = 20, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => {
    for (let i = 0; i < rounds; i++) if (greetingOf(await once(host, port, false)) !== greeting) return false;
    return true;
  }, (all) => all, `every answer greeting "${greeting}"`, timeoutMs);
}

/** The sum over every process of the samples named `name` whose labels contain `labels` (Prometheus text). */
export async function metricSum(metricsUrls: string[], name: string, labels = ""): Promise<number> {
  let sum = 0;
  for (const url of metricsUrls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const line of text.split("\n")) {
      if ((line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(labels)) sum += Number(line.slice(line.lastIndexOf(" ") + 1));
    }
  }
  return sum;
}

/** Connects the node proxies sent to an endpoint that refused it, summed over every proxy. */
export const refusedConnects = (metricsUrls: string[]) => metricSum(metricsUrls, "troupe_proxy_upstream_errors_total", 'reason="refused"');

/** The kubelets' termination holds so far: how many, how many timed out, their total seconds. */
export async function holdTotals(kubeletMetricsUrls: string[]): Promise<{ holds: number; timedOut: number; seconds: number }> {
  return {
    holds: await metricSum(kubeletMetricsUrls, "troupe_kubelet_termination_hold_duration_seconds_count"),
    timedOut: await metricSum(kubeletMetricsUrls, "troupe_kubelet_termination_holds_timed_out_total"),
    seconds: await metricSum(kubeletMetricsUrls, "troupe_kubelet_termination_hold_duration_seconds_sum"),
  };
}

export interface UnderLoadResult {
  load: LoadStats;
  minReady: number;
  readySamples: number;
  /** Connects to a pod that had stopped listening, over the change (see refusedConnects). */
  refused: number;
  /** The kubelets' termination holds over the change. */
  holds: number;
  holdsTimedOut: number;
  holdMeanMs: number;
  wallMs: number;
}

export interface HelloCluster {
  json: JsonApiClient;
  network: { nodeAddress: string };
  proxyMetricsUrls: string[];
  kubeletMetricsUrls: string[];
}

/** hello deployed with `replicas` and `greeting`, its Service's load balancer answering with that greeting. */
export async function deployHello(cluster: HelloCluster, replicas: number, greeting: string, timeoutMs = 120_000): Promise<void> {
  await cluster.json.apply(await helloDeployment(replicas, greeting));
  await cluster.json.apply(await helloService());
  await waitRolledOut(cluster.json, "hello", replicas, timeoutMs);
  await waitServing(cluster.network.nodeAddress, 80, greeting);
}

/**
 * Applies `change` (a new template, a new replica count) while the load runs, until the
 * Deployment has `replicas` of the new template and the load balancer answers with `greeting`
 * only; the load keeps going until every pod that left has gone.
 */
export async function underLoad(cluster: HelloCluster, change: KubeObject, replicas: number, greeting: string, timeoutMs = 120_000): Promise<UnderLoadResult> {
  const refusedBefore = await refusedConnects(cluster.proxyMetricsUrls);
  const holdsBefore = await holdTotals(cluster.kubeletMetricsUrls);
  const ready = watchReady(cluster.json, "hello");
  const load = startLoad(cluster.network.nodeAddress, 80);
  const started = Date.now();
  try {
    await cluster.json.apply(change);
    await waitRolledOut(cluster.json, "hello", replicas, timeoutMs);
    await waitServing(cluster.network.nodeAddress, 80, greeting);
  } finally {
    await load.stop();
    await ready.stop();
  }
  const wallMs = Date.now() - started;
  const holdsAfter = await holdTotals(cluster.kubeletMetricsUrls);
  const holds = holdsAfter.holds - holdsBefore.holds;
  return {
    load: load.stats, minReady: ready.min, readySamples: ready.samples, refused: (await refusedConnects(cluster.proxyMetricsUrls)) - refusedBefore, wallMs,
    holds, holdsTimedOut: holdsAfter.timedOut - holdsBefore.timedOut, holdMeanMs: holds > 0 ? Math.round(((holdsAfter.seconds - holdsBefore.seconds) / holds) * 1000) : 0,
  };
}
