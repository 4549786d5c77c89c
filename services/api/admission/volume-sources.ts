// The volume sources a pod volume may name; a volume has exactly one (Kubernetes' VolumeSource
// union), so defaulting and validation both count them from this one list.

export const VOLUME_SOURCES = ["emptyDir", "hostPath", "configMap", "secret", "persistentVolumeClaim", "downwardAPI", "projected"] as const;
export type VolumeSourceName = (typeof VOLUME_SOURCES)[number];

/** Names of the sources set on `volume`, in schema order. */
export function volumeSourcesOf(volume: Partial<Record<VolumeSourceName, unknown>>): VolumeSourceName[] {
  return VOLUME_SOURCES.filter((source) => volume[source] !== null && volume[source] !== undefined);
}
