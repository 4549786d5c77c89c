// A patch that cannot be applied. Kubernetes answers an undecodable or ill-formed patch with
// 400 BadRequest and a well-formed one that does not fit the object with 422.
import { ApiError } from "../../../runtime/api-errors.ts";

export class MalformedPatchError extends ApiError {
  override name = "MalformedPatchError";
  constructor(message: string, options?: ErrorOptions) {
    super("BadRequest", 400, message, undefined, options);
  }
}

export class UnappliablePatchError extends ApiError {
  override name = "UnappliablePatchError";
  constructor(message: string, options?: ErrorOptions) {
    super("Invalid", 422, message, undefined, options);
  }
}
