// The collector's failures, one class each, with a stable code.

/** An OTLP/HTTP request body that is not an ExportTraceServiceRequest in its content type. */
export class OtlpDecodeError extends Error {
  override name = "OtlpDecodeError";
  readonly code = "OTLP_DECODE";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class InvalidCollectorOptionsError extends Error {
  override name = "InvalidCollectorOptionsError";
  readonly code = "INVALID_COLLECTOR_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`collector option ${option}: ${message}`);
    this.option = option;
  }
}
