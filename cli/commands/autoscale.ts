// troupe autoscale KIND NAME --max N [--min N] [--cpu-percent N] [--name HPA]: creates a
// HorizontalPodAutoscaler for a Deployment, ReplicaSet or StatefulSet, as kubectl autoscale does
// (without --cpu-percent the API's default applies: 80% of the pods' CPU requests).
import type { KubeObject } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";

const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet"]);

function wholeNumber(flag: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new UsageError(`--${flag} must be a whole number >= ${minimum}, not "${text}"`);
  return value;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout } = invocation;
  const [kind, ...names] = positionals[0]?.includes("/") ? positionals[0].split("/") : positionals;
  if (!kind || names.length !== 1) throw new UsageError("autoscale takes KIND NAME (or KIND/NAME) and --max N");
  const max = wholeNumber("max", flags.string("max"), 1);
  if (max === undefined) throw new UsageError("--max is required: the most replicas the autoscaler may set");
  const min = wholeNumber("min", flags.string("min"), 1);
  const cpuPercent = wholeNumber("cpu-percent", flags.string("cpu-percent"), 1);
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const target = await api.get(kind, names[0], { namespace });
  if (!SCALABLE.has(target.kind)) throw new UsageError(`cannot autoscale a ${target.kind}: autoscale a Deployment, ReplicaSet or StatefulSet`);
  const name = flags.string("name") ?? names[0];
  const hpa: KubeObject = {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name, namespace },
    spec: {
      scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name: names[0] },
      ...(min === undefined ? {} : { minReplicas: min }),
      maxReplicas: max,
      ...(cpuPercent === undefined ? {} : { metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpuPercent } } }] }),
    },
  };
  await api.create(hpa);
  stdout.write(`horizontalpodautoscaler.autoscaling/${name} autoscaled\n`);
  return 0;
}
