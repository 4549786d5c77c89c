// What an exec, attach or port-forward upgrade needs to know about its pod before anything is upgraded:
// the node that runs it and its default container. A missing or unscheduled pod is an HTTP error
// with a Status body, as the Kubernetes API server answers it.
import type { NatsConnection } from "@nats-io/transport-node";
import type { JsonApiClient } from "../../../runtime/api-client/json-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";

export interface StreamDeps {
  nc: NatsConnection;
  api: JsonApiClient;
}

export interface StreamTarget {
  namespace: string;
  pod: string;
  query: URLSearchParams;
}

export interface PodPlacement {
  nodeName: string;
  defaultContainer: string | undefined;
  containers: string[];
  /** Whether each container was started with stdin and a terminal (what attach may use). */
  stdio: Map<string, { stdin: boolean; tty: boolean }>;
}

interface PodJson {
  metadata?: { annotations?: Record<string, string> };
  spec?: { nodeName?: string; containers?: { name?: string; stdin?: boolean; tty?: boolean }[] };
}

const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

/** The pod's node and containers; throws ApiError (NotFound, BadRequest) when there is nothing to reach. */
export async function placePod(deps: StreamDeps, target: StreamTarget): Promise<PodPlacement> {
  const pod = (await deps.api.get("pods", target.pod, { namespace: target.namespace })) as PodJson;
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) throw new ApiError("BadRequest", 400, `pod ${target.pod} does not have a host assigned`);
  const containers = (pod.spec?.containers ?? []).map((container) => container.name ?? "");
  const annotated = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  const stdio = new Map((pod.spec?.containers ?? []).map((container) => [container.name ?? "", { stdin: container.stdin === true, tty: container.tty === true }]));
  return { nodeName, containers, stdio, defaultContainer: annotated && containers.includes(annotated) ? annotated : containers[0] };
}
