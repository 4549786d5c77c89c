// The kinds `troupe rollout` works on and where each keeps its history: a Deployment in its
// ReplicaSets (revision annotation), the others in ControllerRevisions they own. A new kind
// (DaemonSet) needs only an entry here and a status viewer.
export type HistorySource = "replicasets" | "controllerrevisions";

export interface RolloutKind {
  kind: string;
  /** Resource name for the API. */
  plural: string;
  /** "deployment.apps", as kubectl names it in output. */
  ref: string;
  history: HistorySource;
  /** Whether pause / resume apply (kubectl: Deployments only). */
  pausable: boolean;
}

export const ROLLOUT_KINDS: readonly RolloutKind[] = [
  { kind: "Deployment", plural: "deployments", ref: "deployment.apps", history: "replicasets", pausable: true },
  { kind: "StatefulSet", plural: "statefulsets", ref: "statefulset.apps", history: "controllerrevisions", pausable: false },
  { kind: "DaemonSet", plural: "daemonsets", ref: "daemonset.apps", history: "controllerrevisions", pausable: false },
];

const ALIASES: Record<string, string> = {
  deploy: "Deployment", deployment: "Deployment", deployments: "Deployment",
  sts: "StatefulSet", statefulset: "StatefulSet", statefulsets: "StatefulSet",
  ds: "DaemonSet", daemonset: "DaemonSet", daemonsets: "DaemonSet",
};

export class NoRolloutError extends Error {
  override name = "NoRolloutError";
  readonly code = "NO_ROLLOUT";
  readonly resource: string;
  constructor(resource: string) {
    super(`no rollout for resource type "${resource}": rollout works on deployments, statefulsets and daemonsets`);
    this.resource = resource;
  }
}

/** "deploy", "deployments.apps", "StatefulSet" to its rollout kind. */
export function rolloutKind(typed: string): RolloutKind {
  const kind = ALIASES[typed.toLowerCase().replace(/\.apps$/, "")];
  const found = ROLLOUT_KINDS.find((entry) => entry.kind === kind);
  if (!found) throw new NoRolloutError(typed);
  return found;
}
