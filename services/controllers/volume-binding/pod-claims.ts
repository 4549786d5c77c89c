// Which claims a pod uses: its persistentVolumeClaim volumes (and, once they exist, the claims of
// its ephemeral volumes, named <pod>-<volume>). A pod that has terminated no longer uses them.
import type { PodObject } from "../resources.ts";

export function podClaimNames(pod: PodObject): string[] {
  const names: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const claimName = volume.persistentVolumeClaim?.claimName;
    if (claimName) names.push(claimName);
  }
  return names;
}

export function podIsTerminated(pod: PodObject): boolean {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}

export function podUsesClaim(pod: PodObject, namespace: string, name: string): boolean {
  return (pod.metadata?.namespace ?? "") === namespace && !podIsTerminated(pod) && podClaimNames(pod).includes(name);
}
