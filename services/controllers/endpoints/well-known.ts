// Names the endpoints controller writes on the Endpoints it manages.

/** Kubernetes' annotation: when the pod or service change behind this version of the Endpoints happened. */
export const LAST_CHANGE_TRIGGER_TIME_ANNOTATION = "endpoints.kubernetes.io/last-change-trigger-time";

/**
 * Marks Endpoints this controller made (EndpointSlices carry the same idea as
 * `endpointslice.kubernetes.io/managed-by`): only these are deleted when their Service goes or
 * loses its selector, so Endpoints a user wrote by hand are never touched.
 */
export const MANAGED_BY_LABEL = "endpoints.troupe.dev/managed-by";
export const MANAGED_BY_VALUE = "endpoints-controller";

/** Kubernetes' label on the Endpoints of a headless Service. */
export const HEADLESS_LABEL = "service.kubernetes.io/headless";
