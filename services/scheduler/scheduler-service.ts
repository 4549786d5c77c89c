// The scheduler service: informers for pods and nodes over the state bucket (read-only: every
// write goes through the API), the scheduling loop, and leader election so that of several
// replicas exactly one schedules while the others keep warm caches and take over when it dies.
import { Svcm, type Service } from "@nats-io/services";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import { EventRecorder } from "../../runtime/events/event-recorder.ts";
import { LeaderElector } from "../../runtime/leader-election/leader-elector.ts";
import { openLeaseStore } from "../../runtime/leader-election/lease-lock.ts";
import type { Logger } from "../../runtime/log.ts";
import { retry } from "../../runtime/retry.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { SCHEDULER_SERVICE_NAME } from "../../runtime/subjects.ts";
import { resolveSchedulerOptions, SCHEDULER_LEASE_NAME } from "./options.ts";
import type { ResolvedSchedulerOptions, SchedulerOptions } from "./options.ts";
import { Scheduler } from "./scheduler.ts";
import { SchedulerVolumes, type ClaimObject, type StorageClassObject, type VolumeObject } from "./scheduler-volumes.ts";
import type { NodeObject, PodObject } from "./scheduler.ts";

export interface SchedulerServiceDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
}

const PODS = findResource("pods") as ResourceInfo;
const NODES = findResource("nodes") as ResourceInfo;

export class SchedulerService {
  readonly options: ResolvedSchedulerOptions;
  readonly scheduler: Scheduler;
  readonly elector: LeaderElector;
  readonly #factory: SharedInformerFactory;
  readonly #service: Service;
  readonly #logger: Logger;
  readonly #synced: Promise<void>;
  #stopped = false;

  private constructor(options: ResolvedSchedulerOptions, factory: SharedInformerFactory, service: Service, scheduler: Scheduler, elector: LeaderElector, logger: Logger) {
    this.options = options;
    this.#factory = factory;
    this.#service = service;
    this.scheduler = scheduler;
    this.elector = elector;
    this.#logger = logger;
    this.#synced = this.#startWhenSynced();
  }

  /**
   * Opens the buckets and starts the informers; competing for the lease begins once their caches
   * hold the cluster's state (see `ready` and `whenSynced`).
   */
  static async start(deps: SchedulerServiceDeps, options: SchedulerOptions = {}): Promise<SchedulerService> {
    const resolved = resolveSchedulerOptions(options);
    const logger = deps.logger.child({ identity: resolved.identity });
    const state = await retry(() => KvStore.open(deps.nc, { bucket: resolved.stateBucket, history: resolved.stateHistory, replicas: resolved.stateReplicas }), {
      what: "open the state bucket",
      logger,
    });
    const leases = await retry(() => openLeaseStore(deps.nc, resolved.stateReplicas), { what: "open the leases bucket", logger });
    const factory = new SharedInformerFactory(new ObjectRepository(state), logger);
    const client = new TypedApiClient(deps.nc, { timeoutMs: resolved.apiTimeoutMs });
    const scheduler = new Scheduler(
      {
        pods: factory.informer<PodObject>(PODS),
        nodes: factory.informer<NodeObject>(NODES),
        client,
        recorder: new EventRecorder(client, { component: resolved.schedulerName, host: resolved.identity, logger }),
        registry: deps.registry,
        logger,
        namespaces: factory.informer(findResource("namespaces") as ResourceInfo),
        volumes: new SchedulerVolumes({
          claims: factory.informer<ClaimObject>(findResource("persistentvolumeclaims") as ResourceInfo),
          volumes: factory.informer<VolumeObject>(findResource("persistentvolumes") as ResourceInfo),
          classes: factory.informer<StorageClassObject>(findResource("storageclasses") as ResourceInfo),
        }),
      },
      resolved,
    );
    const elector = new LeaderElector({ store: leases, name: SCHEDULER_LEASE_NAME, identity: resolved.identity, registry: deps.registry, logger, ...resolved.lease });
    // Registered without endpoints: it answers $SRV.PING/INFO so `nats micro ls` finds every replica.
    const service = await new Svcm(deps.nc).add({
      name: SCHEDULER_SERVICE_NAME,
      version: "0.1.0",
      description: "Troupe scheduler: binds pending pods to nodes (one leader among the replicas)",
      metadata: { identity: resolved.identity, schedulerName: resolved.schedulerName },
    });
    return new SchedulerService(resolved, factory, service, scheduler, elector, logger);
  }

  /** For /readyz: the informers hold the cluster's state, whether or not this replica leads. */
  get ready(): boolean {
    return !this.#stopped && this.#factory.hasSynced();
  }

  get leading(): boolean {
    return this.scheduler.running;
  }

  /** Resolves once the caches are synced and this replica competes for the lease. */
  whenSynced(): Promise<void> {
    return this.#synced;
  }

  /** Stops scheduling, releases the lease (so a standby takes over at once), stops the informers. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await this.elector.stop();
    await this.scheduler.stop();
    this.#factory.stop();
    await this.#service.stop().catch((error: unknown) => this.#logger.warn("could not stop the micro service", { error }));
  }

  async #startWhenSynced(): Promise<void> {
    await this.#factory.start();
    if (this.#stopped) return;
    this.#logger.info("caches synced", { nodes: this.scheduler.cache.nodeCount });
    this.elector.start({
      onStartedLeading: () => this.scheduler.start(),
      // Awaited by the elector before it releases the lease or competes again.
      onStoppedLeading: () => this.scheduler.stop(),
      onNewLeader: (identity) => this.#logger.info("new leader", { lease: SCHEDULER_LEASE_NAME, leader: identity, self: identity === this.options.identity }),
    });
  }
}
