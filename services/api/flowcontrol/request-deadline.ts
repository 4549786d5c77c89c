// Kubernetes' request timeout (--request-timeout, 60 s): a request that has not finished by then is
// answered 504 Timeout and gives its seats back, so an operation hung below the API (a store call
// that never returns) cannot hold a priority level's seats for ever. The operation itself runs on;
// what it returns later is dropped.
import { TimeoutError } from "../../../runtime/api-errors.ts";

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export function withinDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`Timeout: request did not complete within requested timeout (${timeoutMs / 1000} s)`)), timeoutMs);
  });
  // A late failure of the abandoned operation is nobody's to handle.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
