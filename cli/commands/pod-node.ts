// The node a pod runs on and the container a command means (-c, the default-container
// annotation, or the only one), as `logs`, `exec` and `port-forward` need them.
import type { JsonApiClient } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";

interface PodShape {
  metadata?: { annotations?: Record<string, string> };
  spec?: { nodeName?: string; containers?: { name: string }[] };
}

export async function podNode(api: JsonApiClient, namespace: string, name: string, what: string): Promise<{ nodeName: string; containers: string[]; defaultContainer: string | undefined }> {
  const pod = (await api.get("pods", name, { namespace })) as PodShape;
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) throw new UsageError(`pod ${name} is not scheduled to a node yet, so it has no ${what}`);
  const containers = (pod.spec?.containers ?? []).map((container) => container.name);
  const annotated = pod.metadata?.annotations?.["kubectl.kubernetes.io/default-container"];
  return { nodeName, containers, defaultContainer: annotated && containers.includes(annotated) ? annotated : containers[0] };
}

/** `pod/web`, `pods/web`, `po/web` or `web`. */
export function podName(argument: string): string {
  return argument.replace(/^(pods?|po)\//, "");
}
