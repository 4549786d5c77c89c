// Failures the front end itself detects (the NATS API's own come back as ApiError already).
import { ApiError } from "../../runtime/api-errors.ts";

/** A path no API serves, answered as kube-apiserver does. */
export class PathNotFoundError extends ApiError {
  override name = "PathNotFoundError";
  constructor() {
    super("NotFound", 404, "the server could not find the requested resource");
  }
}

