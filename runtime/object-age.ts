// The order "oldest first" that Troupe uses wherever two objects compete for one thing (two
// LoadBalancer Services for a port, two Ingresses for a default backend, ReplicaSets of a
// Deployment): by creation time, then by `namespace/name`, as Kubernetes sorts by
// creationTimestamp with the name as tie-break. One function, so the node proxies and the
// controllers always agree on who won.

interface Named {
  metadata?: { creationTimestamp?: string | null; namespace?: string | null; name?: string | null } | null;
}

export function oldestFirst(a: Named, b: Named): number {
  const created = (a.metadata?.creationTimestamp ?? "").localeCompare(b.metadata?.creationTimestamp ?? "");
  return created !== 0 ? created : qualifiedName(a).localeCompare(qualifiedName(b));
}

function qualifiedName(object: Named): string {
  return `${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? ""}`;
}
