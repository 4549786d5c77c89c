// troupe up: start a local cluster in $TROUPE_HOME. The user's process launches the supervisor
// (this same command with the hidden --supervise flag) and shows the summary; see
// cluster/launcher.ts and cluster/supervisor.ts for the two halves.
import { ApiSession } from "../api-session.ts";
import { launchCluster } from "../cluster/launcher.ts";
import { troupeHome, type ClusterContext } from "../cluster/home.ts";
import { formatSummary } from "../cluster/summary.ts";
import { runSupervisor } from "../cluster/supervisor.ts";
import { Flags } from "../command-line.ts";
import { formatError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { buildAndPushImages, findImageDirectories } from "../image-directories.ts";
import { run as apply } from "./apply.ts";
import { DEFAULT_INGRESS_PORT, DEFAULT_NODE_ADDRESS, DEFAULT_NODES } from "../cluster/cluster-services.ts";
import { formatReach } from "../cluster/reach-summary.ts";
import type { KubeObject } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";
import { isValidLabelValue } from "../../runtime/validation/names.ts";
import { withLogsRetention } from "../logs/logs-retention-flags.ts";
import { findPrometheus, prometheusMissingReason } from "../cluster/prometheus-binary.ts";
import { parseTraceSampling } from "../cluster/trace-sampling.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, env, stdout, stderr } = invocation;
  const home = troupeHome(env);
  const detach = flags.boolean("detach");
  const syncAlways = flags.boolean("sync-always");
  const nodes = nodeCount(flags.string("nodes"));
  const maxNodes = maxNodeCount(flags.string("max-nodes"), nodes);
  const zones = zoneList(flags.string("zones"));
  const ha = flags.boolean("ha");
  const prometheus = flags.boolean("prometheus");
  if (prometheus && !findPrometheus(env)) throw new UsageError(`--prometheus: ${prometheusMissingReason("prometheus", env)}`);
  const traceSamplingFlag = flags.string("trace-sampling");
  const traceSampling = parseTraceSampling(traceSamplingFlag);
  if (flags.boolean("supervise")) {
    // A detached supervisor writes to its log file, where timestamps matter.
    const log = detach ? (line: string) => stderr.write(`${new Date().toISOString()} ${line}\n`) : (line: string) => stderr.write(`troupe: ${line}\n`);
    return runSupervisor({ home, syncAlways, nodes, maxNodes, zones, ha, prometheus, env, traceSampling, stopWithLauncher: !detach, log });
  }

  const cluster = await launchCluster({ home, detach, syncAlways, nodes, maxNodes, zones, ha, prometheus, traceSampling: traceSamplingFlag, env: withLogsRetention(env, flags), log: (line) => stderr.write(`troupe: ${line}\n`) });
  // performance.now() counts from process start: the time a user waits for `troupe up`.
  stdout.write(formatSummary(cluster.context, { home, startupMs: performance.now(), detached: detach, supervisorLog: cluster.supervisorLog }));
  const applyPath = flags.string("apply");
  const applied = applyPath === undefined ? 0 : await applyInto(invocation, cluster.context, applyPath);
  return detach ? applied : cluster.exited;
}

function nodeCount(value: string | undefined): number {
  if (value === undefined) return DEFAULT_NODES;
  const nodes = Number(value);
  if (!Number.isInteger(nodes) || nodes < 0 || nodes > 100) throw new UsageError(`--nodes must be a whole number from 0 to 100, not "${value}"`);
  return nodes;
}

/** --max-nodes N: node-1 .. node-<nodes> always, and up to N - nodes more in the node group "default" (the cluster autoscaler). */
function maxNodeCount(value: string | undefined, nodes: number): number | undefined {
  if (value === undefined) return undefined;
  const maxNodes = Number(value);
  if (!Number.isInteger(maxNodes) || maxNodes <= nodes || maxNodes > 100) throw new UsageError(`--max-nodes must be a whole number above --nodes (${nodes}) and at most 100, not "${value}"`);
  return maxNodes;
}

/** --zones a,b,c: zone names, each a valid label value, none twice. */
export function zoneList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const zones = value.split(",").map((zone) => zone.trim());
  for (const zone of zones) {
    const problems = zone === "" ? ["must not be empty"] : isValidLabelValue(zone);
    if (problems.length > 0) throw new UsageError(`--zones: zone "${zone}" ${problems.join("; ")}`);
  }
  if (new Set(zones).size !== zones.length) throw new UsageError(`--zones: each zone may be named once, not "${value}"`);
  return zones;
}

/** --apply PATH: images under PATH (directories with a Troupefile) are built and pushed, then the
 * manifests applied; directories are read recursively, so `--apply examples/` takes every example. */
async function applyInto(invocation: Invocation, context: ClusterContext, path: string): Promise<number> {
  const session = new ApiSession({ target: async () => ({ url: context.natsUrl, source: "troupe up", security: context.natsSecurity ?? {} }), timeoutMs: invocation.requestTimeoutMs });
  try {
    const images = await buildAndPushImages((await session.client()).nc, await findImageDirectories(path));
    for (const image of images) invocation.stdout.write(`image ${image} pushed\n`);
    const flags = new Flags(new Map<string, string[] | boolean>([["filename", [path]], ["recursive", true]]));
    const code = await apply({ ...invocation, flags, positionals: [], api: () => session.client() });
    const client = await session.client();
    const services = await loadBalancersSettled(() => client.list("services").then((list) => list.items));
    const ingresses = (await client.list("ingresses")).items;
    invocation.stdout.write(formatReach(services, ingresses, { nodeAddress: DEFAULT_NODE_ADDRESS, ingressPort: DEFAULT_INGRESS_PORT }));
    return code;
  } catch (error) {
    // The cluster is up either way; the manifests can be fixed and applied again.
    invocation.stderr.write(`${formatError(error, `applying ${path}`)}\n`);
    return 1;
  } finally {
    await session.close();
  }
}

/** The Services once every LoadBalancer has its address, or after 3 s (one whose port an older Service holds never gets one). */
async function loadBalancersSettled(list: () => Promise<KubeObject[]>): Promise<KubeObject[]> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const services = await list();
    const pending = services.filter((service) => (service.spec as { type?: string } | undefined)?.type === "LoadBalancer" && !(service.status as { loadBalancer?: { ingress?: unknown[] } } | undefined)?.loadBalancer?.ingress?.length);
    if (pending.length === 0 || Date.now() > deadline) return services;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
