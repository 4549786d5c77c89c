// troupe evict POD: the pods/eviction subresource, which deletes the pod only when its
// PodDisruptionBudgets allow; a refusal is the API's 429 TooManyRequests, shown as kubectl shows it.
import { parseDryRun, parseNonNegativeInteger } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { DEFAULT_NAMESPACE } from "../object-ref.ts";
import { podName } from "./pod-node.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  if (positionals.length !== 1) throw new UsageError("evict takes one pod: troupe evict POD [-n NAMESPACE]");
  const name = podName(positionals[0]);
  const namespace = flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const dryRun = parseDryRun(flags.string("dry-run"));
  const gracePeriodSeconds = parseNonNegativeInteger("grace-period", flags.string("grace-period"));
  const api = await invocation.api();
  await api.evict(name, { namespace, dryRun, deleteOptions: gracePeriodSeconds === undefined ? undefined : { gracePeriodSeconds } });
  stdout.write(`pod/${name} evicted${dryRun ? " (server dry run)" : ""}\n`);
  return 0;
}
