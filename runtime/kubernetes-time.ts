// Kubernetes' metav1.Time: RFC 3339 with second precision ("2026-11-21T20:00:00Z").

export function kubernetesTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
