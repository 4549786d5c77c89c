// Finalizer removals sent but not yet seen in the pod cache (Kubernetes' finalizer expectations):
// until seen, a finished pod must not be recorded again, or it would be counted twice.

export class PendingFinalizers {
  readonly #pending = new Map<string, Set<string>>();

  expect(key: string, uid: string): void {
    let uids = this.#pending.get(key);
    if (!uids) this.#pending.set(key, (uids = new Set()));
    uids.add(uid);
  }

  observed(key: string, uid: string): void {
    const uids = this.#pending.get(key);
    uids?.delete(uid);
    if (uids?.size === 0) this.#pending.delete(key);
  }

  pending(key: string): ReadonlySet<string> {
    return this.#pending.get(key) ?? new Set();
  }
}
