// The KIND/NAME (or KIND NAME) argument of `troupe set`: the resource it names and where its
// pod spec is (a Pod's own spec, otherwise the pod template's).
import { UsageError } from "../errors.ts";

const RESOURCES: Record<string, string> = {
  deploy: "deployments", deployment: "deployments", deployments: "deployments",
  sts: "statefulsets", statefulset: "statefulsets", statefulsets: "statefulsets",
  ds: "daemonsets", daemonset: "daemonsets", daemonsets: "daemonsets",
  rs: "replicasets", replicaset: "replicasets", replicasets: "replicasets",
  po: "pods", pod: "pods", pods: "pods",
};

export interface WorkloadTarget {
  resource: string;
  name: string;
  podSpecPath: string[];
  /** The arguments after the target. */
  rest: string[];
}

/** `withPods`: whether Pods are accepted (set image) or only workloads (set env / resources). */
export function parseWorkloadTarget(subcommand: string, args: readonly string[], withPods: boolean): WorkloadTarget {
  const [first, ...after] = args;
  const slash = first?.indexOf("/") ?? -1;
  const [typed, name, rest] = slash > 0 ? [first.slice(0, slash), first.slice(slash + 1), after] : [first, after[0], after.slice(1)];
  if (!typed || !name) throw new UsageError(`set ${subcommand} takes KIND/NAME (or KIND NAME), such as deploy/web`);
  const kind = typed.toLowerCase().replace(/\.apps$/, "");
  const resource = RESOURCES[kind];
  const allowed = withPods ? "deployments, statefulsets, daemonsets, replicasets and pods" : "deployments, statefulsets, daemonsets and replicasets";
  if (!resource || (!withPods && resource === "pods")) throw new UsageError(`set ${subcommand} works on ${allowed}, not "${kind}"`);
  return { resource, name, podSpecPath: resource === "pods" ? ["spec"] : ["spec", "template", "spec"], rest };
}
