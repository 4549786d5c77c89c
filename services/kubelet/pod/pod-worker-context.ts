// What every pod worker of a kubelet shares.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { ImagePuller } from "../../../runtime/images/image-puller.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { KubeletMetrics } from "../metrics.ts";
import type { ContainerLedger } from "../container-ledger.ts";
import type { PodAddresses } from "../network/pod-addresses.ts";
import type { Service } from "../network/service-env.ts";
import type { Driver } from "../drivers/types.ts";
import type { PublishedLog } from "../log-publisher.ts";
import type { ResolvedKubeletOptions } from "../options.ts";
import type { Container, Pod } from "./container-spec.ts";
import type { TerminationHold } from "../lifecycle/termination-hold.ts";
import type { ServiceAccountTokens } from "../volumes/service-account-tokens.ts";
import type { RunAsContext } from "../security/run-as.ts";

export interface PodWorkerContext {
  client: TypedApiClient;
  driver: Driver;
  puller: ImagePuller;
  options: ResolvedKubeletOptions;
  logDir: string;
  logger: Logger;
  /** Events about pods (probe failures, kills), as the "kubelet" component of this node. */
  events: EventRecorder;
  metrics: KubeletMetrics;
  /** Whether probes really run; the fake driver has nothing to probe, so they always pass. */
  probes: boolean;
  /** Each pod's IP (from the node's pod CIDR, or the node address). */
  addresses: PodAddresses;
  /** The process groups started, so a later kubelet can reap them if this one dies. */
  ledger: ContainerLedger;
  /** Publishes a started container's output to the logs stream (not for hollow nodes). */
  publishLog?: (log: PublishedLog) => void;
  /** Says in pod status when resource limits cannot be enforced on this node. */
  limitsMessage: string;
  /** configMap/secret values the container's env refers to, keyed "configmap/<name>/<key>". */
  references(pod: Pod, container: Container): Promise<Record<string, string | undefined>>;
  /** Holds SIGTERM until the node proxies stopped routing to the pod; absent when switched off (and for the fake driver). */
  terminationHold?: TerminationHold;
  /** The node's token manager: projected ServiceAccount tokens, requested and rotated through the API. */
  tokens?: ServiceAccountTokens;
  /** The Services of a namespace as the kubelet's Service informer holds them now. */
  servicesIn(namespace: string): Service[];
  /** Who the kubelet is, for runAsUser/runAsGroup (security/run-as.ts); absent for the fake driver, whose containers run nothing. */
  runAs?: RunAsContext;
}
