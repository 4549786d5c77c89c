// The pod a DaemonSet makes for one node (Kubernetes' daemon util NewPod, AddOrUpdateDaemonPodTolerations
// and ReplaceDaemonSetPodNodeNameNodeAffinity): the template, the tolerations every daemon pod
// gets, and a required node affinity `matchFields metadata.name In [node]` so that the default
// scheduler binds it to that node and no other.
import { controllerReference } from "../replicaset/pod-from-template.ts";
import type { DaemonSet, Pod, Toleration } from "./types.ts";
import { CONTROLLER_REVISION_HASH_LABEL, DaemonTaintKeys, POD_TEMPLATE_GENERATION_LABEL } from "./well-known.ts";

const NODE_NAME_FIELD = "metadata.name";

const exists = (key: string, effect: string): Toleration => ({ key, operator: "Exists", effect });

/** The tolerations Kubernetes adds to every daemon pod (and network-unavailable for hostNetwork). */
export function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const tolerations = [
    exists(DaemonTaintKeys.notReady, "NoExecute"),
    exists(DaemonTaintKeys.unreachable, "NoExecute"),
    exists(DaemonTaintKeys.diskPressure, "NoSchedule"),
    exists(DaemonTaintKeys.memoryPressure, "NoSchedule"),
    exists(DaemonTaintKeys.pidPressure, "NoSchedule"),
    exists(DaemonTaintKeys.unschedulable, "NoSchedule"),
  ];
  if (hostNetwork) tolerations.push(exists(DaemonTaintKeys.networkUnavailable, "NoSchedule"));
  return tolerations;
}

/** The template's tolerations with the daemon ones added or replacing one of the same key and effect. */
export function withDaemonTolerations(tolerations: readonly Toleration[], hostNetwork: boolean): Toleration[] {
  const result = [...tolerations];
  for (const toleration of daemonTolerations(hostNetwork)) {
    const index = result.findIndex((item) => item.key === toleration.key && item.effect === toleration.effect);
    if (index >= 0) result[index] = toleration;
    else result.push(toleration);
  }
  return result;
}

type PodSpec = NonNullable<Pod["spec"]>;
type Affinity = NonNullable<PodSpec["affinity"]>;

/** The affinity with every required term's matchFields replaced by `metadata.name In [node]`. */
export function withNodeNameAffinity(affinity: Affinity | null | undefined, nodeName: string): Affinity {
  const field = { key: NODE_NAME_FIELD, operator: "In", values: [nodeName] };
  const required = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = required?.nodeSelectorTerms ?? [];
  const nodeSelectorTerms = terms.length === 0
    ? [{ matchFields: [field] }]
    : terms.map((term) => ({ ...term, matchFields: [field] }));
  return {
    ...affinity,
    nodeAffinity: { ...affinity?.nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } },
  };
}

/** The node a daemon pod is for: its spec.nodeName, or the node its matchFields affinity names. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const field of term.matchFields ?? []) {
      if (field.key === NODE_NAME_FIELD && field.operator === "In" && field.values?.length === 1) return field.values[0];
    }
  }
  return undefined;
}

/** The template as a pod (no node yet): what eligibility checks read. */
export function templatePod(daemonSet: DaemonSet): Pod {
  const template = daemonSet.spec?.template ?? {};
  const spec = structuredClone(template.spec ?? {});
  spec.tolerations = withDaemonTolerations(spec.tolerations ?? [], spec.hostNetwork === true);
  return { metadata: { labels: { ...template.metadata?.labels } }, spec };
}

export function newDaemonPod(daemonSet: DaemonSet, nodeName: string, hash: string): Pod {
  const template = daemonSet.spec?.template ?? {};
  const pod = templatePod(daemonSet);
  const spec = pod.spec ?? {};
  spec.affinity = withNodeNameAffinity(spec.affinity, nodeName);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: `${daemonSet.metadata?.name ?? ""}-`,
      namespace: daemonSet.metadata?.namespace ?? "default",
      labels: {
        ...template.metadata?.labels,
        [CONTROLLER_REVISION_HASH_LABEL]: hash,
        [POD_TEMPLATE_GENERATION_LABEL]: String(daemonSet.metadata?.generation ?? 0),
      },
      annotations: { ...template.metadata?.annotations },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: daemonSet.metadata })],
    },
    spec,
  };
}
