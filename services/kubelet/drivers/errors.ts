// Failures of the container drivers, one class per failure.

export class InvalidContainerSpecError extends Error {
  override name = "InvalidContainerSpecError";
  readonly code = "INVALID_CONTAINER_SPEC";
  readonly field: string;
  constructor(field: string, message: string, options?: ErrorOptions) {
    super(`${field}: ${message}`, options);
    this.field = field;
  }
}

export class ExecutableNotFoundError extends Error {
  override name = "ExecutableNotFoundError";
  readonly code = "EXECUTABLE_NOT_FOUND";
  readonly executable: string;
  constructor(executable: string, where: string) {
    super(`exec: "${executable}": executable file not found in ${where}`);
    this.executable = executable;
  }
}

export class ContainerStartError extends Error {
  override name = "ContainerStartError";
  readonly code = "CONTAINER_START_FAILED";
  readonly containerName: string;
  constructor(containerName: string, options?: ErrorOptions) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : "";
    super(`container "${containerName}" could not be started${cause}`, options);
    this.containerName = containerName;
  }
}

export class ContainerNotFoundError extends Error {
  override name = "ContainerNotFoundError";
  readonly code = "CONTAINER_NOT_FOUND";
  readonly id: string;
  constructor(id: string) {
    super(`no container with id ${id}`);
    this.id = id;
  }
}

export class ContainerNotRunningError extends Error {
  override name = "ContainerNotRunningError";
  readonly code = "CONTAINER_NOT_RUNNING";
  readonly id: string;
  constructor(id: string) {
    super(`container ${id} is not running`);
    this.id = id;
  }
}

export class ContainerAlreadyRunningError extends Error {
  override name = "ContainerAlreadyRunningError";
  readonly code = "CONTAINER_ALREADY_RUNNING";
  readonly id: string;
  constructor(id: string, podUid: string, containerName: string) {
    super(`container "${containerName}" of pod ${podUid} is already running as ${id}`);
    this.id = id;
  }
}

export class HostPortAllocationError extends Error {
  override name = "HostPortAllocationError";
  readonly code = "HOST_PORT_ALLOCATION_FAILED";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

export class CgroupSetupError extends Error {
  override name = "CgroupSetupError";
  readonly code = "CGROUP_SETUP_FAILED";
  readonly path: string;
  constructor(path: string, options?: ErrorOptions) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : "";
    super(`setting up cgroup ${path} failed${cause}`, options);
    this.path = path;
  }
}

/** The container has volumeMounts but this kubelet cannot give it a mount namespace to make them in. */
export class VolumeMountsUnsupportedError extends Error {
  override name = "VolumeMountsUnsupportedError";
  readonly code = "VOLUME_MOUNTS_UNSUPPORTED";
  constructor(containerName: string, reason: string) {
    super(`container "${containerName}" has volumeMounts, which need a private mount namespace, and ${reason}: run the kubelet as root (with util-linux's unshare) to mount volumes`);
  }
}

export class StreamingExecUnsupportedError extends Error {
  override name = "StreamingExecUnsupportedError";
  readonly code = "STREAMING_EXEC_UNSUPPORTED";
  constructor(driver: string) {
    super(`the ${driver} driver cannot run commands in containers (its containers are simulated)`);
  }
}

export class AttachUnsupportedError extends Error {
  override name = "AttachUnsupportedError";
  readonly code = "ATTACH_UNSUPPORTED";
  constructor(driver: string) {
    super(`the ${driver} driver cannot attach to containers (its containers are simulated and have no stdio)`);
  }
}
