// The hook for things that run with the node proxy and read the same caches: the cluster DNS
// server first. A companion is built once the proxy's informers exist and is started after they
// have synced (and the first listeners were planned); it is stopped before them.
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import type { Logger } from "../../runtime/log.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import type { ResolvedProxyOptions } from "./options.ts";
import type { EndpointsObject, ServiceObject } from "./types.ts";

export interface ProxyCompanion {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ProxyCompanionContext {
  readonly nc: NatsConnection;
  /** Ask it for more informers (pods, ...): they share the proxy's state bucket watch setup. */
  readonly factory: SharedInformerFactory;
  readonly services: Informer<ServiceObject>;
  readonly endpoints: Informer<EndpointsObject>;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly options: ResolvedProxyOptions;
}

export type ProxyCompanionFactory = (context: ProxyCompanionContext) => ProxyCompanion;
