// troupe set image KIND/NAME CONTAINER=IMAGE...: changes container images through the API's
// patch verb (strategic merge: containers merged by name), as kubectl set image.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { kindRef } from "../object-ref.ts";
import { imageChanges, imagePatch, parseImageArgs } from "../set/image-patch.ts";

const WORKLOADS: Record<string, string> = {
  deploy: "deployments", deployment: "deployments", deployments: "deployments",
  sts: "statefulsets", statefulset: "statefulsets", statefulsets: "statefulsets",
  ds: "daemonsets", daemonset: "daemonsets", daemonsets: "daemonsets",
  rs: "replicasets", replicaset: "replicasets", replicasets: "replicasets",
  po: "pods", pod: "pods", pods: "pods",
};

export async function run(invocation: Invocation): Promise<number> {
  const [what, target, ...rest] = invocation.positionals;
  if (what !== "image") throw new UsageError(`unknown set subcommand "${what ?? ""}"`, "Valid subcommands: image");
  const slash = target?.indexOf("/") ?? -1;
  if (!target || slash <= 0) throw new UsageError("set image takes KIND/NAME then CONTAINER=IMAGE..., such as deploy/web web=nginx:1.27");
  const typed = target.slice(0, slash).toLowerCase().replace(/\.apps$/, "");
  const resource = WORKLOADS[typed];
  if (!resource) throw new UsageError(`set image works on deployments, statefulsets, daemonsets, replicasets and pods, not "${typed}"`);
  const name = target.slice(slash + 1);
  const wanted = parseImageArgs(rest);
  const namespace = invocation.flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const object = await api.get(resource, name, { namespace });
  const path = resource === "pods" ? ["spec"] : ["spec", "template", "spec"];
  const podSpec = path.reduce<Record<string, unknown> | undefined>((value, key) => value?.[key] as Record<string, unknown> | undefined, object as unknown as Record<string, unknown>) ?? {};
  const changes = imageChanges((podSpec.containers ?? []) as { name: string }[], (podSpec.initContainers ?? []) as { name: string }[], wanted);
  const patched: KubeObject = await api.patch(resource, name, { namespace, patchType: "strategic", patch: imagePatch(path, changes) });
  invocation.stdout.write(`${kindRef(patched)}/${name} image updated\n`);
  return 0;
}
