// Labels the StatefulSet controller writes, as Kubernetes names them.

/** On each pod: its own name, so a Service can select exactly one member. */
export const POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
/** On each pod: its ordinal. */
export const POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
/** On each pod: the name of the ControllerRevision whose template made it. */
export const CONTROLLER_REVISION_HASH_LABEL = "controller-revision-hash";
