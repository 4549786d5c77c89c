// Why a pod's volumes could not be set up. A missing ConfigMap or Secret is a configuration error
// (the container waits with CreateContainerConfigError, as for env); anything else is a mount
// failure (container waiting with ContainerCreating and a FailedMount event).

export class VolumeConfigError extends Error {
  override name = "VolumeConfigError";
  readonly code = "CreateContainerConfigError";
  readonly volume: string;
  constructor(volume: string, message: string) {
    super(message);
    this.volume = volume;
  }
}

export class VolumeMountError extends Error {
  override name = "VolumeMountError";
  readonly code = "FailedMount";
  readonly volume: string;
  constructor(volume: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.volume = volume;
  }
}

/** What a container waiting on its volumes shows, and the Event that says why. */
export function volumeWaiting(error: unknown): { reason: string; message: string; event: string } {
  const message = (error as Error).message;
  if (error instanceof VolumeConfigError) return { reason: "CreateContainerConfigError", message, event: "FailedMount" };
  return { reason: "ContainerCreating", message, event: "FailedMount" };
}
