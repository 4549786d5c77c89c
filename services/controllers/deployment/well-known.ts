// Names Kubernetes gives to the labels, annotations, strategies and conditions of Deployments;
// `kubectl rollout` and dashboards read them, so they are kept exactly.

/** The label that ties a ReplicaSet and its pods to one version of the pod template. */
export const POD_TEMPLATE_HASH_LABEL = "pod-template-hash";

export const DeploymentAnnotations = {
  revision: "deployment.kubernetes.io/revision",
  /** spec.replicas of the Deployment when it last scaled this ReplicaSet (detects scaling events). */
  desiredReplicas: "deployment.kubernetes.io/desired-replicas",
  /** desired + maxSurge at that time: the base of proportional scaling. */
  maxReplicas: "deployment.kubernetes.io/max-replicas",
} as const;

export const DeploymentStrategies = {
  rollingUpdate: "RollingUpdate",
  recreate: "Recreate",
} as const;

export const DeploymentConditionTypes = {
  available: "Available",
  progressing: "Progressing",
} as const;

export const DeploymentReasons = {
  minimumReplicasAvailable: "MinimumReplicasAvailable",
  minimumReplicasUnavailable: "MinimumReplicasUnavailable",
  newReplicaSetCreated: "NewReplicaSetCreated",
  foundNewReplicaSet: "FoundNewReplicaSet",
  replicaSetUpdated: "ReplicaSetUpdated",
  newReplicaSetAvailable: "NewReplicaSetAvailable",
  progressDeadlineExceeded: "ProgressDeadlineExceeded",
  deploymentPaused: "DeploymentPaused",
  deploymentResumed: "DeploymentResumed",
} as const;
