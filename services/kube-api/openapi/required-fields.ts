// The fields Kubernetes' types mark required (no `omitempty`, or `+required`), keyed by Troupe's
// message names. proto3 has no notion of a required field, so this is the one place that says it;
// kubectl explain prints it as -required-, and client-side validation checks it.
const REQUIRED: Record<string, readonly string[]> = {
  OwnerReference: ["apiVersion", "kind", "name", "uid"],
  LabelSelectorRequirement: ["key", "operator"],
  Condition: ["type", "status"],
  Container: ["name"],
  ContainerPort: ["containerPort"],
  EnvVar: ["name"],
  VolumeMount: ["name", "mountPath"],
  Volume: ["name"],
  KeySelector: ["key"],
  ObjectFieldSelector: ["fieldPath"],
  ResourceFieldSelector: ["resource"],
  HTTPGetAction: ["port"],
  HTTPHeader: ["name", "value"],
  TCPSocketAction: ["port"],
  GRPCAction: ["port"],
  KeyToPath: ["key", "path"],
  HostPathVolumeSource: ["path"],
  PersistentVolumeClaimVolumeSource: ["claimName"],
  DownwardAPIVolumeFile: ["path"],
  ServiceAccountTokenProjection: ["path"],
  NodeSelector: ["nodeSelectorTerms"],
  NodeSelectorRequirement: ["key", "operator"],
  PreferredSchedulingTerm: ["weight", "preference"],
  PodAffinityTerm: ["topologyKey"],
  WeightedPodAffinityTerm: ["weight", "podAffinityTerm"],
  TopologySpreadConstraint: ["maxSkew", "topologyKey", "whenUnsatisfiable"],
  PodSpec: ["containers"],
  ContainerStateTerminated: ["exitCode"],
  ContainerStatus: ["name", "ready", "restartCount", "image", "imageID"],
  Taint: ["key", "effect"],
  NodeAddress: ["type", "address"],
  ServicePort: ["port"],
  EndpointAddress: ["ip"],
  EndpointPort: ["port"],
  Event: ["metadata", "involvedObject"],
  LimitRangeItem: ["type"],
  ScopedResourceSelectorRequirement: ["scopeName", "operator"],
  LocalVolumeSource: ["path"],
  ReplicaSetSpec: ["selector"],
  DeploymentSpec: ["selector", "template"],
  StatefulSetSpec: ["selector", "template"],
  DaemonSetSpec: ["selector", "template"],
  ControllerRevision: ["revision"],
  TypedLocalObjectReference: ["kind", "name"],
  IngressServiceBackend: ["name"],
  HTTPIngressPath: ["pathType", "backend"],
  HTTPIngressRuleValue: ["paths"],
  StorageClass: ["provisioner"],
};

/** The required fields of `message`, empty when Kubernetes requires none. */
export function requiredFields(message: string): readonly string[] {
  return REQUIRED[message] ?? [];
}

/** Every message with required fields, so a test can check each names real fields. */
export function messagesWithRequiredFields(): string[] {
  return Object.keys(REQUIRED);
}
