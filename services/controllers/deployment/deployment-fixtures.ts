// Test fixtures for the Deployment decisions: a Deployment and the ReplicaSets it would own.
import { newReplicaSet } from "./new-replica-set.ts";
import type { RolloutPlan } from "./rollout.ts";
import type { Deployment, IntOrString, ReplicaSet } from "./types.ts";
import { DeploymentAnnotations } from "./well-known.ts";

export interface DeploymentFixture {
  replicas?: number;
  image?: string;
  strategy?: "RollingUpdate" | "Recreate";
  maxSurge?: IntOrString;
  maxUnavailable?: IntOrString;
  generation?: number;
  paused?: boolean;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
}

export function deployment(options: DeploymentFixture = {}): Deployment {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default", uid: "deploy-uid", generation: options.generation ?? 1 },
    spec: {
      replicas: options.replicas ?? 3,
      selector: { matchLabels: { app: "web" } },
      template: { metadata: { labels: { app: "web", tier: "front" } }, spec: { containers: [{ name: "web", image: options.image ?? "web:2" }] } },
      strategy: {
        type: options.strategy ?? "RollingUpdate",
        rollingUpdate: options.strategy === "Recreate" ? undefined : { maxSurge: options.maxSurge ?? { strVal: "25%" }, maxUnavailable: options.maxUnavailable ?? { strVal: "25%" } },
      },
      paused: options.paused,
      revisionHistoryLimit: options.revisionHistoryLimit ?? 10,
      progressDeadlineSeconds: options.progressDeadlineSeconds ?? 600,
    },
    status: {},
  };
}

export interface ReplicaSetFixture {
  replicas: number;
  /** Available (and ready, and existing) pods; defaults to all replicas. */
  available?: number;
  image?: string;
  created?: string;
  revision?: number;
}

/** A ReplicaSet of `owner` for the template with `image` (the owner's own image by default). */
export function replicaSet(owner: Deployment, options: ReplicaSetFixture): ReplicaSet {
  const image = options.image ?? owner.spec?.template?.spec?.containers?.[0].image ?? "";
  const forImage = structuredClone(owner);
  forImage.spec!.template!.spec!.containers![0].image = image;
  const created = newReplicaSet(forImage, []);
  const available = options.available ?? options.replicas;
  created.metadata!.uid = `uid-${created.metadata!.name}`;
  created.metadata!.creationTimestamp = options.created ?? "2026-11-21T10:00:00Z";
  created.metadata!.annotations![DeploymentAnnotations.revision] = String(options.revision ?? 1);
  created.spec!.replicas = options.replicas;
  created.status = { replicas: options.replicas, readyReplicas: available, availableReplicas: available, observedGeneration: 1 };
  return created;
}

/** What the ReplicaSet controller and kubelets would do: the plan applied and, if asked, every pod available. */
export function applyPlan(plan: RolloutPlan, replicaSets: ReplicaSet[], settle: boolean): void {
  for (const command of plan.scale) {
    const target = replicaSets.find((candidate) => candidate.metadata?.name === command.name);
    if (!target) throw new Error(`plan names unknown ReplicaSet ${command.name}`);
    target.spec!.replicas = command.replicas;
    Object.assign(target.metadata!.annotations!, command.annotations);
  }
  if (!settle) return;
  for (const target of replicaSets) {
    const replicas = target.spec!.replicas ?? 0;
    target.status = { ...target.status, replicas, readyReplicas: replicas, availableReplicas: replicas };
  }
}
