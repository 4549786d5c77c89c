// What a pod makes its node read, as Kubernetes' Node authorizer graph records it
// (plugin/pkg/auth/authorizer/node/graph_populator.go): the Secrets and ConfigMaps of its volumes
// (projected sources included), env, envFrom and imagePullSecrets, its PersistentVolumeClaims,
// and its ServiceAccount (tokens the kubelet requests for it). Pure.

interface NamedRef {
  name?: string | null;
}

interface ContainerShape {
  env?: { valueFrom?: { secretKeyRef?: NamedRef | null; configMapKeyRef?: NamedRef | null } | null }[] | null;
  envFrom?: { secretRef?: NamedRef | null; configMapRef?: NamedRef | null }[] | null;
}

export interface PodShape {
  metadata?: { name?: string | null; namespace?: string | null; uid?: string | null } | null;
  spec?: {
    nodeName?: string | null;
    serviceAccountName?: string | null;
    imagePullSecrets?: NamedRef[] | null;
    containers?: ContainerShape[] | null;
    initContainers?: ContainerShape[] | null;
    volumes?: {
      secret?: { secretName?: string | null } | null;
      configMap?: NamedRef | null;
      persistentVolumeClaim?: { claimName?: string | null } | null;
      projected?: { sources?: { secret?: NamedRef | null; configMap?: NamedRef | null }[] | null } | null;
    }[] | null;
  } | null;
}

export interface PodReferences {
  secrets: Set<string>;
  configMaps: Set<string>;
  persistentVolumeClaims: Set<string>;
  /** "default" when the pod names none (admission defaults it the same way). */
  serviceAccount: string;
}

function add(set: Set<string>, name: string | null | undefined): void {
  if (name) set.add(name);
}

export function podReferences(pod: PodShape): PodReferences {
  const refs: PodReferences = { secrets: new Set(), configMaps: new Set(), persistentVolumeClaims: new Set(), serviceAccount: pod.spec?.serviceAccountName || "default" };
  for (const secret of pod.spec?.imagePullSecrets ?? []) add(refs.secrets, secret.name);
  for (const container of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const source of container.envFrom ?? []) {
      add(refs.secrets, source.secretRef?.name);
      add(refs.configMaps, source.configMapRef?.name);
    }
    for (const variable of container.env ?? []) {
      add(refs.secrets, variable.valueFrom?.secretKeyRef?.name);
      add(refs.configMaps, variable.valueFrom?.configMapKeyRef?.name);
    }
  }
  for (const volume of pod.spec?.volumes ?? []) {
    add(refs.secrets, volume.secret?.secretName);
    add(refs.configMaps, volume.configMap?.name);
    add(refs.persistentVolumeClaims, volume.persistentVolumeClaim?.claimName);
    for (const source of volume.projected?.sources ?? []) {
      add(refs.secrets, source.secret?.name);
      add(refs.configMaps, source.configMap?.name);
    }
  }
  return refs;
}
