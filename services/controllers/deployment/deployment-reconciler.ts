// The Deployment controller's reconciler (Kubernetes' DeploymentController.syncDeployment):
// claim the ReplicaSets, find or create the one running the current template, apply the
// rollout plan's resizes, trim the revision history, and write the status. A Deployment whose
// rollout can still run out of time is looked at again when its progress deadline passes.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import { labelSelectorFromMessage, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isAlreadyExists, isNotFound } from "../errors.ts";
import type { ControllersMetrics } from "../metrics.ts";
import { claimObjects, withControllerReference, withoutOwnerReference } from "../ownership.ts";
import { REPLICA_SETS, type DeploymentObject, type PodObject, type ReplicaSetObject } from "../resources.ts";
import { progressRecheckAfterMs } from "./deployment-progress.ts";
import { deploymentStatus, sameDeploymentStatus } from "./deployment-status.ts";
import { replicaSetsToDelete } from "./history.ts";
import { findNewReplicaSet, isHashCollision, newReplicaSet, oldReplicaSets, syncedNewReplicaSet } from "./new-replica-set.ts";
import { countOldPodsRunning } from "./recreate.ts";
import { specReplicas } from "./replica-set-list.ts";
import { isRollingUpdate } from "./rolling-parameters.ts";
import { planRollout, type ReplicaSetScale } from "./rollout.ts";

export interface DeploymentReconcilerDeps {
  deployments: Informer<DeploymentObject>;
  replicaSets: Informer<ReplicaSetObject>;
  pods: Informer<PodObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  logger: Logger;
  now?: () => Date;
}

/** Kubernetes requeues a rollout whose deadline is under a second away "now"; a second is close enough. */
const IMMINENT_DEADLINE_RECHECK_MS = 1000;

export class DeploymentReconciler implements Reconciler {
  readonly #deps: DeploymentReconcilerDeps;

  constructor(deps: DeploymentReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const deployment = this.#deps.deployments.get(request.namespace, request.name);
    // A deleted Deployment's ReplicaSets are the garbage collector's.
    if (!deployment || deployment.metadata?.deletionTimestamp) return;
    const selector = this.#selector(deployment);
    if (!selector) return;
    const controlled = await this.#claimReplicaSets(deployment, selector);

    let current = findNewReplicaSet(deployment, controlled) as ReplicaSetObject | undefined;
    const olds = oldReplicaSets(deployment, controlled) as ReplicaSetObject[];
    if (current) {
      const synced = syncedNewReplicaSet(deployment, current, olds);
      if (synced) current = await this.#deps.client.update<ReplicaSetObject>(synced as ReplicaSetObject);
    }
    const observation = { oldPodsRunning: isRollingUpdate(deployment) ? 0 : this.#oldPodsRunning(request.namespace, olds) };
    let plan = planRollout(deployment, current, olds, observation);
    let createdNewReplicaSet = false;
    if (plan.createNewReplicaSet) {
      current = await this.#createNewReplicaSet(deployment, olds);
      // A hash collision bumped status.collisionCount; that write wakes this Deployment again.
      if (!current) return;
      createdNewReplicaSet = true;
      plan = planRollout(deployment, current, olds, observation);
    }

    const resized = new Map<string, ReplicaSetObject>();
    await Promise.all(plan.scale.map(async (command) => {
      const target = [current, ...olds].find((replicaSet) => replicaSet?.metadata?.name === command.name);
      if (target) resized.set(command.name, await this.#scale(deployment, target, command));
    }));
    const latest = (replicaSet: ReplicaSetObject) => resized.get(replicaSet.metadata?.name ?? "") ?? replicaSet;
    current = current && latest(current);
    const oldNow = olds.map(latest);
    await this.#cleanUpHistory(deployment, oldNow);

    const now = this.#deps.now?.() ?? new Date();
    const status = deploymentStatus(deployment, current, oldNow, now, { createdNewReplicaSet });
    if (!sameDeploymentStatus(deployment.status, status)) await this.#deps.client.updateStatus<DeploymentObject>({ ...deployment, status });
    const recheck = progressRecheckAfterMs(deployment, status, now);
    if (recheck !== undefined) return { requeueAfterMs: recheck > 0 ? recheck : IMMINENT_DEADLINE_RECHECK_MS };
  }

  #selector(deployment: DeploymentObject): LabelSelector | undefined {
    try {
      const selector = labelSelectorFromMessage(deployment.spec?.selector);
      // An empty selector would claim every ReplicaSet in the namespace (Kubernetes refuses too).
      if (!selector.empty) return selector;
      this.#deps.logger.warn("deployment has an empty selector; not reconciled", { deployment: deployment.metadata?.name });
    } catch (error) {
      this.#deps.logger.warn("deployment has an invalid selector; not reconciled", { deployment: deployment.metadata?.name, error });
    }
    return undefined;
  }

  /** The ReplicaSets this Deployment controls, after adopting orphans and releasing strays. */
  async #claimReplicaSets(deployment: DeploymentObject, selector: LabelSelector): Promise<ReplicaSetObject[]> {
    const { replicaSets, client, metrics } = this.#deps;
    const namespace = deployment.metadata?.namespace ?? "";
    const claim = claimObjects(deployment, replicaSets.list((replicaSet) => replicaSet.metadata?.namespace === namespace), selector);
    await Promise.all(claim.release.map(async (replicaSet) => {
      const released = await ignoreNotFound(client.update(withoutOwnerReference(replicaSet, deployment.metadata?.uid ?? "")));
      if (released) metrics.ownershipChanges.inc({ controller: "deployment", change: "released" });
    }));
    const adopted = await Promise.all(claim.adopt.map(async (replicaSet) => {
      const updated = await ignoreNotFound(client.update<ReplicaSetObject>(withControllerReference(replicaSet, deployment)));
      if (updated) metrics.ownershipChanges.inc({ controller: "deployment", change: "adopted" });
      return updated;
    }));
    return [...claim.owned, ...adopted.filter((replicaSet) => replicaSet !== undefined)];
  }

  #oldPodsRunning(namespace: string, olds: ReplicaSetObject[]): number {
    return countOldPodsRunning(this.#deps.pods.list((pod) => pod.metadata?.namespace === namespace), olds);
  }

  /**
   * Creates the ReplicaSet for the current template. Its name may already be taken: by our own
   * copy the cache has not shown yet (use it), or by another template, a hash collision that
   * bumps status.collisionCount so the next reconcile hashes to another name (undefined).
   */
  async #createNewReplicaSet(deployment: DeploymentObject, olds: ReplicaSetObject[]): Promise<ReplicaSetObject | undefined> {
    const { client, metrics, recorder } = this.#deps;
    const wanted = newReplicaSet(deployment, olds) as ReplicaSetObject;
    const name = wanted.metadata?.name ?? "";
    try {
      const created = await client.create<ReplicaSetObject>(wanted);
      metrics.replicaSetCreations.inc({ outcome: "ok" });
      void recorder.record(deployment, "Normal", "ScalingReplicaSet", `Created new replica set "${name}"`);
      return created;
    } catch (error) {
      if (!isAlreadyExists(error)) {
        metrics.replicaSetCreations.inc({ outcome: "error" });
        throw error;
      }
    }
    const existing = await client.get<ReplicaSetObject>(REPLICA_SETS, deployment.metadata?.namespace, name);
    if (!isHashCollision(deployment, existing)) return existing;
    metrics.replicaSetCreations.inc({ outcome: "collision" });
    const collisionCount = (deployment.status?.collisionCount ?? 0) + 1;
    this.#deps.logger.info("pod template hash collision; bumping collisionCount", { deployment: deployment.metadata?.name, replicaSet: name, collisionCount });
    await client.updateStatus<DeploymentObject>({ ...deployment, status: { ...deployment.status, collisionCount } });
    return undefined;
  }

  async #scale(deployment: DeploymentObject, target: ReplicaSetObject, command: ReplicaSetScale): Promise<ReplicaSetObject> {
    const { client, metrics, recorder } = this.#deps;
    const before = specReplicas(target);
    const updated = await client.update<ReplicaSetObject>({
      ...target,
      metadata: { ...target.metadata, annotations: { ...target.metadata?.annotations, ...command.annotations } },
      spec: { ...target.spec, replicas: command.replicas },
    });
    if (command.replicas !== before) {
      const direction = command.replicas > before ? "up" : "down";
      metrics.scalings.inc({ direction });
      void recorder.record(deployment, "Normal", "ScalingReplicaSet", `Scaled ${direction} replica set ${command.name} from ${before} to ${command.replicas}`);
    }
    return updated;
  }

  async #cleanUpHistory(deployment: DeploymentObject, olds: ReplicaSetObject[]): Promise<void> {
    const { client } = this.#deps;
    await Promise.all(replicaSetsToDelete(deployment, olds).map((replicaSet) =>
      ignoreNotFound(client.delete(REPLICA_SETS, replicaSet.metadata?.namespace ?? "", replicaSet.metadata?.name ?? "", { preconditions: { uid: replicaSet.metadata?.uid ?? "" } }))));
  }
}

async function ignoreNotFound<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
