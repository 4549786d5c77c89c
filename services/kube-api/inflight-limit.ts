// kube-apiserver's max-in-flight filter: at most so many reads and so many writes handled at
// once; beyond that a 429 TooManyRequests with Retry-After, so clients back off instead of piling
// up. Long-running requests (watches, followed logs, exec, port-forward) are not counted.
import { TooManyRequestsError } from "../../runtime/api-errors.ts";
import type { RequestInfo } from "./request-info.ts";

const MUTATING = new Set(["create", "update", "patch", "delete", "deletecollection"]);

const TOO_MANY_REQUESTS = "Too many requests, please try again later.";

export function isLongRunning(info: RequestInfo | undefined, query: URLSearchParams): boolean {
  if (info?.type !== "resource") return false;
  if (info.verb === "watch" || info.verb === "connect") return true;
  return info.subresource === "log" && (query.get("follow") === "true" || query.get("follow") === "1");
}

export class InflightLimit {
  private reads = 0;
  private writes = 0;
  private readonly maxReads: number;
  private readonly maxWrites: number;

  constructor(maxReads: number, maxWrites: number) {
    this.maxReads = maxReads;
    this.maxWrites = maxWrites;
  }

  /** Takes a slot or throws TooManyRequestsError; the returned function gives it back. */
  acquire(info: RequestInfo | undefined): () => void {
    const mutating = info?.type === "resource" && MUTATING.has(info.verb);
    if (mutating ? this.writes >= this.maxWrites : this.reads >= this.maxReads) throw new TooManyRequestsError(TOO_MANY_REQUESTS, 1);
    if (mutating) this.writes++;
    else this.reads++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (mutating) this.writes--;
      else this.reads--;
    };
  }
}
