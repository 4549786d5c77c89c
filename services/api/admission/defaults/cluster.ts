// Kubernetes' defaults for cluster and configuration kinds: Namespaces and Secrets.
import type { troupe } from "../../../../proto/gen/troupe.js";

type Namespace = troupe.v1.Namespace.$Properties;
type Secret = troupe.v1.Secret.$Properties;

/** The label Kubernetes puts on every namespace so namespaceSelectors can pick one by name. */
export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

export function defaultNamespace(namespace: Namespace): void {
  const metadata = (namespace.metadata ??= {});
  if (metadata.name) metadata.labels = { ...metadata.labels, [NAMESPACE_NAME_LABEL]: metadata.name };
  const status = (namespace.status ??= {});
  status.phase ||= "Active";
}

const encoder = new TextEncoder();

export function defaultSecret(secret: Secret): void {
  secret.type ||= "Opaque";
  // stringData is write-only: Kubernetes folds it into data (winning over it) when it reads a
  // request, so stored secrets only ever hold data.
  const stringData = Object.entries(secret.stringData ?? {});
  if (stringData.length === 0) return;
  secret.data = { ...secret.data, ...Object.fromEntries(stringData.map(([key, value]) => [key, encoder.encode(value)])) };
  secret.stringData = {};
}
