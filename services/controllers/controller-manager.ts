// The controller manager: every controller of Troupe in one process (kube-controller-manager),
// on shared informers over the state bucket, under one Manager with leader election so that of
// several replicas exactly one acts while the others keep warm caches and take over at once
// when it goes. Writes go through the API; reads come from the informers.
import { readFile } from "node:fs/promises";
import { buildClusterRoleAggregationController } from "./clusterrole-aggregation/clusterrole-aggregation-controller.ts";
import { Svcm, type Service } from "@nats-io/services";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import { JsonApiClient } from "../../runtime/api-client/json-api-client.ts";
import type { ControllerOptions } from "../../runtime/controller/controller.ts";
import { Manager } from "../../runtime/controller/manager.ts";
import { EventRecorder } from "../../runtime/events/event-recorder.ts";
import { LeaderElector } from "../../runtime/leader-election/leader-elector.ts";
import { openLeaseStore } from "../../runtime/leader-election/lease-lock.ts";
import type { Logger } from "../../runtime/log.ts";
import { retry } from "../../runtime/retry.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { CONTROLLER_MANAGER_SERVICE_NAME } from "../../runtime/subjects.ts";
import { realClock } from "../../runtime/clock.ts";
import { buildCronJobController } from "./cronjob/cronjob-controller.ts";
import { buildJobController } from "./job/job-controller.ts";
import { buildTtlAfterFinishedController } from "./ttl-after-finished/ttl-after-finished-controller.ts";
import { buildEndpointsController } from "./endpoints/endpoints-controller.ts";
import { createDaemonSetMetrics } from "./daemonset/metrics.ts";
import { buildDaemonSetController } from "./daemonset/daemonset-controller.ts";
import { buildDeploymentController } from "./deployment/deployment-controller.ts";
import { buildDisruptionController } from "./disruption/disruption-controller.ts";
import { buildHorizontalPodAutoscalerController } from "./horizontal-pod-autoscaler/hpa-controller.ts";
import { ConfigMapHistoryStore } from "./horizontal-pod-autoscaler/predictive/history-store.ts";
import { createHpaMetrics } from "./horizontal-pod-autoscaler/hpa-metrics.ts";
import { JetStreamLagSource } from "./horizontal-pod-autoscaler/jetstream-lag.ts";
import { buildClusterAutoscaler } from "./cluster-autoscaler/cluster-autoscaler-controller.ts";
import { createClusterAutoscalerMetrics } from "./cluster-autoscaler/cluster-autoscaler-metrics.ts";
import { NatsNodeGroupProvider } from "../../runtime/node-groups/nats-node-group-provider.ts";
import { buildVpaRecommender } from "./vertical-pod-autoscaler/vpa-controller.ts";
import { createVpaMetrics } from "./vertical-pod-autoscaler/vpa-metrics.ts";
import { ApiMetricsSource } from "./horizontal-pod-autoscaler/metrics-source.ts";
import { buildGarbageCollector } from "./garbage-collector/garbage-collector.ts";
import { createControllersMetrics } from "./metrics.ts";
import { buildNodeLifecycleController } from "./node-lifecycle/node-lifecycle-controller.ts";
import { NodeHeartbeats } from "./node-lifecycle/node-heartbeats.ts";
import { CONTROLLER_MANAGER_LEASE_NAME, resolveControllerManagerOptions } from "./options.ts";
import type { ControllerManagerOptions, ResolvedControllerManagerOptions } from "./options.ts";
import { buildReplicaSetController } from "./replicaset/replicaset-controller.ts";
import { createStatefulSetMetrics } from "./statefulset/metrics.ts";
import { buildStatefulSetController } from "./statefulset/statefulset-controller.ts";
import { buildIngressStatusController } from "./ingress-status/ingress-status-controller.ts";
import { buildLoadBalancerStatusController } from "./service-lb/load-balancer-status-controller.ts";
import { buildServiceAccountControllers } from "./serviceaccount/service-account-controllers.ts";
import { buildVolumeBindingControllers } from "./volume-binding/volume-binding-controller.ts";
import { createVolumeBindingMetrics } from "./volume-binding/volume-binding-metrics.ts";

export interface ControllerManagerDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
}

export class ControllerManager {
  readonly options: ResolvedControllerManagerOptions;
  readonly manager: Manager;
  readonly elector: LeaderElector;
  readonly #heartbeats: NodeHeartbeats;
  readonly #service: Service;
  readonly #logger: Logger;
  readonly #synced: Promise<void>;
  #heartbeatsSynced = false;
  #stopped = false;

  private constructor(options: ResolvedControllerManagerOptions, manager: Manager, elector: LeaderElector, heartbeats: NodeHeartbeats, service: Service, logger: Logger) {
    this.options = options;
    this.manager = manager;
    this.elector = elector;
    this.#heartbeats = heartbeats;
    this.#service = service;
    this.#logger = logger;
    const heartbeatsSynced = heartbeats.start().then(() => {
      this.#heartbeatsSynced = true;
    });
    // The elector starts once the caches are synced: a new leader acts on the full picture.
    this.#synced = Promise.all([heartbeatsSynced, manager.start()]).then(() => undefined);
  }

  /**
   * Opens the buckets and builds the controllers; competing for the lease begins once the
   * informers and the node heartbeats hold the cluster's state (see `ready` and `whenSynced`).
   */
  static async start(deps: ControllerManagerDeps, options: ControllerManagerOptions = {}): Promise<ControllerManager> {
    const resolved = resolveControllerManagerOptions(options);
    const logger = deps.logger.child({ identity: resolved.identity });
    const state = await retry(() => KvStore.open(deps.nc, { bucket: resolved.stateBucket, history: resolved.stateHistory, replicas: resolved.stateReplicas }), {
      what: "open the state bucket",
      logger,
    });
    const leases = await retry(() => openLeaseStore(deps.nc, resolved.stateReplicas), { what: "open the leases bucket", logger });
    const { releaseOnStop, ...timing } = resolved.lease;
    const elector = new LeaderElector({
      store: leases,
      name: CONTROLLER_MANAGER_LEASE_NAME,
      identity: resolved.identity,
      releaseOnStop: releaseOnStop ?? true,
      registry: deps.registry,
      logger,
      ...timing,
    });
    const manager = new Manager({ repo: new ObjectRepository(state), leaderElector: elector, logger });
    const heartbeats = new NodeHeartbeats({ store: leases, logger });
    const clusterCaPem = resolved.clusterCaFile ? await readFile(resolved.clusterCaFile, "utf8") : undefined;
    if (!clusterCaPem) logger.info("no cluster CA file (TROUPE_CLUSTER_CA_FILE): namespaces get no kube-root-ca.crt ConfigMap");
    addControllers(manager, heartbeats, deps, resolved, logger, clusterCaPem);
    // Registered without endpoints: it answers $SRV.PING/INFO so `nats micro ls` finds every replica.
    const service = await new Svcm(deps.nc).add({
      name: CONTROLLER_MANAGER_SERVICE_NAME,
      version: "0.1.0",
      description: "Troupe controller manager: replicaset, deployment, statefulset, daemonset, job, cronjob, ttl-after-finished, garbage collector, node lifecycle, endpoints, service load balancer, persistent volume binder, disruption, horizontal pod autoscaler, vpa recommender, cluster autoscaler (with node groups), serviceaccount, root-ca-cert-publisher, cluster role aggregation (one leader among the replicas)",
      metadata: { identity: resolved.identity },
    });
    return new ControllerManager(resolved, manager, elector, heartbeats, service, logger);
  }

  /** For /readyz: caches and heartbeats synced, whether or not this replica leads. */
  get ready(): boolean {
    return !this.#stopped && this.manager.ready && this.#heartbeatsSynced;
  }

  get leading(): boolean {
    return this.manager.leading;
  }

  /** Resolves once the caches are synced and this replica competes for the lease. */
  whenSynced(): Promise<void> {
    return this.#synced;
  }

  /**
   * Stops the controllers (waiting for reconciles in flight), releases the lease unless told
   * not to, and stops the informers and the heartbeat watch.
   */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await this.manager.stop();
    this.#heartbeats.stop();
    await this.#service.stop().catch((error: unknown) => this.#logger.warn("could not stop the micro service", { error }));
  }
}

function addControllers(manager: Manager, heartbeats: NodeHeartbeats, deps: ControllerManagerDeps, options: ResolvedControllerManagerOptions, logger: Logger, clusterCaPem: string | undefined): void {
  const client = new TypedApiClient(deps.nc, { timeoutMs: options.apiTimeoutMs });
  const metrics = createControllersMetrics(deps.registry);
  const recorder = (component: string) => new EventRecorder(client, { component, host: options.identity, logger });
  const controllerOptions = (concurrency: number): ControllerOptions => ({ concurrency, registry: deps.registry, logger });
  const factory = manager.factory;
  manager.add(buildReplicaSetController(factory, {
    client, metrics, logger, recorder: recorder("replicaset-controller"), burstReplicas: options.burstReplicas,
  }, controllerOptions(options.replicaSetWorkers)));
  manager.add(buildDeploymentController(factory, {
    client, metrics, logger, recorder: recorder("deployment-controller"),
  }, controllerOptions(options.deploymentWorkers)));
  manager.add(buildStatefulSetController(factory, {
    client, metrics, statefulSetMetrics: createStatefulSetMetrics(deps.registry), logger, recorder: recorder("statefulset-controller"),
  }, controllerOptions(options.statefulSetWorkers)));
  manager.add(buildDaemonSetController(factory, {
    client, metrics, daemonSetMetrics: createDaemonSetMetrics(deps.registry), logger, recorder: recorder("daemonset-controller"),
  }, controllerOptions(options.statefulSetWorkers)));
  manager.add(buildGarbageCollector(factory, {
    client, metrics, logger, concurrency: options.writeConcurrency, resyncPeriodMs: options.gcResyncPeriodMs,
  }, { ...controllerOptions(1), eventDelayMs: options.gcEventDelayMs }));
  manager.add(buildNodeLifecycleController(factory, {
    client, metrics, logger, heartbeats, recorder: recorder("node-controller"), options: options.nodeLifecycle, concurrency: options.writeConcurrency,
  }, controllerOptions(options.nodeWorkers)));
  manager.add(buildEndpointsController(factory, { client, metrics, logger }, { ...controllerOptions(options.endpointsWorkers), eventDelayMs: options.endpointUpdatesBatchPeriodMs }));
  manager.add(buildLoadBalancerStatusController(factory, { client, metrics }, controllerOptions(options.serviceLoadBalancerWorkers)));
  manager.add(buildIngressStatusController(factory, { client, metrics }, controllerOptions(options.serviceLoadBalancerWorkers)));
  manager.add(buildDisruptionController(factory, { client }, controllerOptions(2)));
  manager.add(buildHorizontalPodAutoscalerController(factory, {
    client, metrics: new ApiMetricsSource(new JsonApiClient(deps.nc, { timeoutMs: options.apiTimeoutMs }), new JetStreamLagSource(deps.nc)), recorder: recorder("horizontal-pod-autoscaler"), hpaMetrics: createHpaMetrics(deps.registry), syncPeriodMs: options.hpaSyncPeriodMs,
    predictiveStore: new ConfigMapHistoryStore(client),
  }, controllerOptions(2)));
  manager.add(buildVpaRecommender(factory, {
    client, metrics: new ApiMetricsSource(new JsonApiClient(deps.nc, { timeoutMs: options.apiTimeoutMs })), recorder: recorder("vpa-recommender"), vpaMetrics: createVpaMetrics(deps.registry), intervalMs: options.vpaIntervalMs, history: { halfLifeMs: options.vpaHalfLifeMs },
    evict: async (namespace, name) => void (await new JsonApiClient(deps.nc, { timeoutMs: options.apiTimeoutMs }).evict(name, { namespace })),
  }, controllerOptions(1)));
  const autoscaler = options.clusterAutoscaler;
  const clusterAutoscalerMetrics = createClusterAutoscalerMetrics(deps.registry, autoscaler?.nodeGroups.map((group) => group.name));
  if (autoscaler) {
    manager.add(buildClusterAutoscaler(factory, {
      client, config: autoscaler, provider: new NatsNodeGroupProvider(deps.nc), recorder: recorder("cluster-autoscaler"), metrics: clusterAutoscalerMetrics, logger: logger.child({ controller: "cluster-autoscaler" }),
      evict: async (namespace, name) => void (await new JsonApiClient(deps.nc, { timeoutMs: options.apiTimeoutMs }).evict(name, { namespace })),
    }, controllerOptions(1)));
  }
  manager.add(buildClusterRoleAggregationController(factory, { client }, controllerOptions(1)));
  // Pod back-off and deadlines compare with the kubelets' timestamps: the Job controller keeps real time.
  const now = () => realClock.now();
  manager.add(buildJobController(factory, { client, metrics, logger, recorder: recorder("job-controller"), now }, controllerOptions(options.jobWorkers)));
  manager.add(buildTtlAfterFinishedController(factory, { client, now }, controllerOptions(1)));
  manager.add(buildCronJobController(factory, { client, recorder: recorder("cronjob-controller"), clock: options.cronJobClock }, controllerOptions(options.cronJobWorkers)));
  for (const controller of buildServiceAccountControllers(factory, { client, clusterCaPem }, controllerOptions(2))) manager.add(controller);
  for (const controller of buildVolumeBindingControllers(factory, { client, logger, recorder: recorder("persistentvolume-controller"), metrics: createVolumeBindingMetrics(deps.registry) }, controllerOptions(2))) manager.add(controller);
}
