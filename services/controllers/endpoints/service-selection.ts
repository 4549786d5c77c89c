// Which pods a Service selects. A Service's selector is a plain label map; an empty or absent one
// means "no selector": its Endpoints are managed by someone else (Kubernetes' rule).
import type { PodObject, ServiceObject } from "../resources.ts";

/** The selector of a Service whose Endpoints this controller manages, else undefined. */
export function serviceSelector(service: ServiceObject): Record<string, string> | undefined {
  const selector = service.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return undefined;
  return selector;
}

export function selectsPod(service: ServiceObject, pod: PodObject): boolean {
  const selector = serviceSelector(service);
  if (!selector || pod.metadata?.namespace !== service.metadata?.namespace) return false;
  const labels = pod.metadata?.labels ?? {};
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
