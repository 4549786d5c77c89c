// Failures of content negotiation, as kube-apiserver reports them.
import { ApiError } from "../../../runtime/api-errors.ts";

/** 406: no media type in Accept can be served (negotiation.NewNotAcceptableError). */
export class NotAcceptableError extends ApiError {
  override name = "NotAcceptableError";
  constructor(served: readonly string[]) {
    super("NotAcceptable", 406, `only the following media types are accepted: ${served.join(", ")}`);
  }
}
