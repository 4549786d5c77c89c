// troupe drain NODE, as kubectl drain: cordon the node, refuse when a pod needs a flag
// (cli/drain/drain-filter.ts), then evict every pod concurrently through pods/eviction so
// PodDisruptionBudgets hold, retrying a refused eviction every 5 s until --timeout, and wait for
// each pod to be gone.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { describeRefusals, describeWarnings, planDrain } from "../drain/drain-filter.ts";
import { parseDuration } from "../duration.ts";
import { formatError, UsageError } from "../errors.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { updateWithRetry } from "./scale.ts";

/** kubectl waits this long before asking again for an eviction a budget refused. */
const EVICTION_RETRY_MS = 5000;
const DELETION_POLL_MS = 1000;

class DrainTimeoutError extends Error {
  override name = "DrainTimeoutError";
  readonly code = "DRAIN_TIMEOUT";
}

interface DrainSettings {
  dryRun: "none" | "client" | "server";
  disableEviction: boolean;
  gracePeriodSeconds: number | undefined;
  deadline: number;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr } = invocation;
  if (positionals.length !== 1) throw new UsageError("drain takes one node name");
  const node = positionals[0].replace(/^(nodes?|no)\//, "");
  const dryRun = oneOf("dry-run", flags.string("dry-run"), ["none", "client", "server"], "none");
  const gracePeriod = flags.string("grace-period");
  const gracePeriodSeconds = gracePeriod === undefined || gracePeriod === "-1" ? undefined : Number(gracePeriod);
  if (gracePeriodSeconds !== undefined && !(Number.isInteger(gracePeriodSeconds) && gracePeriodSeconds >= 0)) throw new UsageError(`invalid value "${gracePeriod}" for --grace-period: use -1 (the pod's own) or a whole number >= 0`);
  const timeout = flags.string("timeout");
  const timeoutMs = timeout === undefined ? 0 : parseDuration(timeout, "timeout");
  const settings: DrainSettings = {
    dryRun,
    disableEviction: flags.boolean("disable-eviction"),
    gracePeriodSeconds,
    deadline: timeoutMs > 0 ? Date.now() + timeoutMs : Number.POSITIVE_INFINITY,
  };
  const suffix = dryRunSuffix(dryRun);
  const api = await invocation.api();

  const cordoned = dryRun === "client"
    ? await api.get("nodes", node)
    : await updateWithRetry(api, () => api.get("nodes", node), (object) => {
        const spec = (object.spec ?? {}) as { unschedulable?: boolean };
        return spec.unschedulable ? undefined : { ...object, spec: { ...spec, unschedulable: true } };
      }, { dryRun: dryRun === "server" });
  stdout.write(`node/${node} ${cordoned || dryRun === "client" ? "cordoned" : "already cordoned"}${suffix}\n`);

  const fieldSelector = `spec.nodeName=${node}`;
  const pods = (await api.list("pods", { namespace: "", fieldSelector, labelSelector: flags.string("pod-selector") })).items;
  const plan = planDrain(pods, { ignoreDaemonSets: flags.boolean("ignore-daemonsets"), deleteEmptyDirData: flags.boolean("delete-emptydir-data"), force: flags.boolean("force") });
  const refusals = describeRefusals(plan.errors);
  if (refusals) {
    stderr.write(`error: unable to drain node "${node}" due to error: ${refusals}, continuing command...\n`);
    stderr.write(`There are pending nodes to be drained:\n ${node}\n`);
    stderr.write(`error: ${refusals}\n`);
    return 1;
  }
  for (const warning of describeWarnings(plan.warnings)) stderr.write(`Warning: ${warning}\n`);

  const results = await Promise.allSettled(plan.evict.map((pod) => removePod(api, pod, settings, invocation)));
  const failed = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed.length > 0) {
    for (const failure of failed) stderr.write(`${formatError(failure.reason)}\n`);
    stderr.write(`There are pending nodes to be drained:\n ${node}\n`);
    stderr.write(`error: unable to drain node "${node}": ${failed.length} pod(s) not ${settings.disableEviction ? "deleted" : "evicted"}\n`);
    return 1;
  }
  stdout.write(`node/${node} drained${suffix}\n`);
  return 0;
}

function dryRunSuffix(dryRun: DrainSettings["dryRun"]): string {
  return dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
}

/** Evicts (or deletes) one pod, retrying budget refusals until the deadline, then waits for it to go. */
async function removePod(api: JsonApiClient, pod: KubeObject, settings: DrainSettings, { stdout, stderr }: Invocation): Promise<void> {
  const name = pod.metadata?.name ?? "";
  const namespace = pod.metadata?.namespace ?? "";
  const suffix = dryRunSuffix(settings.dryRun);
  const verb = settings.disableEviction ? "deleted" : "evicted";
  if (!settings.disableEviction) stdout.write(`evicting pod ${namespace}/${name}${suffix}\n`);
  if (settings.dryRun === "client") {
    stdout.write(`pod/${name} ${verb}${suffix}\n`);
    return;
  }
  const deleteOptions = settings.gracePeriodSeconds === undefined ? undefined : { gracePeriodSeconds: settings.gracePeriodSeconds };
  const dryRun = settings.dryRun === "server";
  for (;;) {
    try {
      if (settings.disableEviction) await api.delete("pods", name, { namespace, dryRun, ...deleteOptions });
      else await api.evict(name, { namespace, dryRun, deleteOptions });
      break;
    } catch (error) {
      if (error instanceof ApiError && error.reason === "NotFound") break;
      if (!(error instanceof ApiError && error.code === 429)) throw error;
      if (Date.now() + EVICTION_RETRY_MS > settings.deadline) throw new DrainTimeoutError(`drain did not complete within the timeout: pod ${namespace}/${name} still refused: ${error.message}`);
      stderr.write(`error when evicting pods/"${name}" -n "${namespace}" (will retry after 5s): ${error.message}\n`);
      await new Promise((resolve) => setTimeout(resolve, EVICTION_RETRY_MS));
    }
  }
  if (!dryRun) await waitForDeletion(api, pod, settings.deadline);
  stdout.write(`pod/${name} ${verb}${suffix}\n`);
}

/** Gone means not found, or a new pod with the same name (a StatefulSet's replacement). */
async function waitForDeletion(api: JsonApiClient, pod: KubeObject, deadline: number): Promise<void> {
  const name = pod.metadata?.name ?? "";
  const namespace = pod.metadata?.namespace ?? "";
  for (;;) {
    try {
      const current = await api.get("pods", name, { namespace });
      if (current.metadata?.uid !== pod.metadata?.uid) return;
    } catch (error) {
      if (error instanceof ApiError && error.reason === "NotFound") return;
      throw error;
    }
    if (Date.now() + DELETION_POLL_MS > deadline) throw new DrainTimeoutError(`drain did not complete within the timeout: pod ${namespace}/${name} is still terminating`);
    await new Promise((resolve) => setTimeout(resolve, DELETION_POLL_MS));
  }
}
