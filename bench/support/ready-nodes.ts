// Waits until a cluster's kubelets have registered their nodes and report them Ready, so a
// benchmark's first pods are spread over every node instead of the first to register.
import type { JsonApiClient } from "../../runtime/api-client.ts";
import { eventually } from "../../test/helpers/workload-cluster.ts";

interface NodeJson {
  status?: { conditions?: { type: string; status: string }[] };
}

export async function waitForReadyNodes(client: JsonApiClient, count: number, timeoutMs = 30_000): Promise<void> {
  const ready = (node: NodeJson) => (node.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
  await eventually(() => client.list("nodes"), (list) => (list.items as NodeJson[]).filter(ready).length >= count, `${count} nodes Ready`, timeoutMs);
}
