// Creations and deletions a controller has asked for but not yet seen in its informer. Until
// they are seen (or time out), the controller must not act on its stale view of the pods, or
// a burst of reconciles would create the same pods twice (Kubernetes' ControllerExpectations).

interface Pending {
  adds: number;
  deletes: Set<string>;
  setAt: number;
}

export interface ExpectationsOptions {
  /** After this long, pending expectations are given up (a lost event must not block forever). */
  timeoutMs?: number;
  now?: () => number;
}

export class Expectations {
  private readonly pending = new Map<string, Pending>();
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(options: ExpectationsOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  expect(key: string, adds: number, deleteUids: string[] = []): void {
    this.pending.set(key, { adds, deletes: new Set(deleteUids), setAt: this.now() });
  }

  creationObserved(key: string): void {
    const entry = this.pending.get(key);
    if (entry && entry.adds > 0) entry.adds--;
  }

  /** A creation that failed will never be observed. */
  creationFailed(key: string): void {
    this.creationObserved(key);
  }

  deletionObserved(key: string, uid: string): void {
    this.pending.get(key)?.deletes.delete(uid);
  }

  satisfied(key: string): boolean {
    const entry = this.pending.get(key);
    if (!entry) return true;
    if ((entry.adds <= 0 && entry.deletes.size === 0) || this.now() - entry.setAt > this.timeoutMs) {
      this.pending.delete(key);
      return true;
    }
    return false;
  }

  forget(key: string): void {
    this.pending.delete(key);
  }
}
