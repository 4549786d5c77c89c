// Failures of `troupe up` / `troupe down`, each saying what to do about it.

export class ClusterAlreadyRunningError extends Error {
  override name = "ClusterAlreadyRunningError";
  readonly code = "CLUSTER_ALREADY_RUNNING";
  readonly pid: number;
  constructor(homeDir: string, pid: number) {
    super(
      `a cluster is already running in ${homeDir} (supervisor pid ${pid}); ` +
        "stop it with `troupe down` (or Ctrl-C where it runs), or set TROUPE_HOME to start another one",
    );
    this.pid = pid;
  }
}

export class ClusterNotRunningError extends Error {
  override name = "ClusterNotRunningError";
  readonly code = "CLUSTER_NOT_RUNNING";
  constructor(homeDir: string) {
    super(`no cluster is running in ${homeDir}`);
  }
}

export class ClusterStartError extends Error {
  override name = "ClusterStartError";
  readonly code = "CLUSTER_START_FAILED";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
