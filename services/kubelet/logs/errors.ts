// Failures of reading container logs.

export class LogNotFoundError extends Error {
  override name = "LogNotFoundError";
  readonly code = "LOG_NOT_FOUND";
  readonly path: string;
  constructor(path: string, options?: ErrorOptions) {
    super(`no container log at ${path}: the container has not started or its log was removed`, options);
    this.path = path;
  }
}

export class LogWriteError extends Error {
  override name = "LogWriteError";
  readonly code = "LOG_WRITE_FAILED";
  readonly path: string;
  constructor(path: string, options?: ErrorOptions) {
    super(`writing container log ${path} failed; output after the failure was dropped`, options);
    this.path = path;
  }
}
