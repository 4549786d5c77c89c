// Failures of launching a nats-server process (a missing binary is NatsServerNotFoundError, in
// nats-server-binary.ts, because resolving the binary is its own step).

export class NatsServerStartError extends Error {
  override name = "NatsServerStartError";
  readonly code = "NATS_SERVER_START_FAILED";
  readonly logTail: string;
  constructor(message: string, logTail: string, options?: ErrorOptions) {
    super(`${message}${logTail ? `\n--- nats-server log (tail) ---\n${logTail}` : ""}`, options);
    this.logTail = logTail;
  }
}

export class NatsServerUnsupportedError extends Error {
  override name = "NatsServerUnsupportedError";
  readonly code = "NATS_SERVER_UNSUPPORTED";
  readonly feature: string;
  readonly version: string;
  constructor(feature: string, version: string, needed: string) {
    super(`${feature} needs nats-server >= ${needed}, but this one is ${version}; upgrade nats-server or drop the option`);
    this.feature = feature;
    this.version = version;
  }
}

export class NatsServerPortInUseError extends Error {
  override name = "NatsServerPortInUseError";
  readonly code = "NATS_SERVER_PORT_IN_USE";
  readonly port: number;
  constructor(port: number, logTail: string) {
    super(`nats-server could not listen on port ${port}: address already in use\n${logTail}`);
    this.port = port;
  }
}
