// The scheduler cache, kube-scheduler's: one NodeInfo per node, kept current from informer
// events (never rebuilt per pod), plus the pods the scheduler has assumed onto a node before the
// API confirmed the bind. An assumed pod becomes a confirmed one when the informer shows it
// bound; a failed bind forgets it. Decisions read `nodeInfos`, sorted by node name.
import { assume, forget, isTerminated, newNodeInfo, ZoneIndex } from "./framework/mod.ts";
import type { Node, NodeInfo, Pod } from "./framework/mod.ts";
import { podKey } from "./pod-state.ts";

interface CachedPod {
  pod: Pod;
  nodeName: string;
  /** Placed by this scheduler, bind not yet seen in the informer. */
  assumed: boolean;
}

function byName(a: NodeInfo, b: NodeInfo): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export class SchedulerCache {
  readonly #nodeInfos: NodeInfo[] = [];
  /** Pods per controller and zone over every node (the default zone spreading reads it). */
  readonly #zones = new ZoneIndex();
  readonly #nodes = new Map<string, NodeInfo>();
  readonly #pods = new Map<string, CachedPod>();
  /** Pod keys by node name, including nodes not (yet) known: a pod's informer may sync first. */
  readonly #podsOnNode = new Map<string, Set<string>>();

  /** Every known node's NodeInfo, sorted by name. Read-only for callers. */
  get nodeInfos(): readonly NodeInfo[] {
    return this.#nodeInfos;
  }

  get nodeCount(): number {
    return this.#nodeInfos.length;
  }

  nodeInfo(name: string): NodeInfo | undefined {
    return this.#nodes.get(name);
  }

  /** Adds or replaces a node; the pods already on it are counted again on the new NodeInfo. */
  setNode(node: Node): void {
    const info = newNodeInfo(node);
    this.#zones.link(info);
    for (const key of this.#podsOnNode.get(info.name) ?? []) {
      const cached = this.#pods.get(key);
      if (cached) assume(info, cached.pod);
    }
    const previous = this.#nodes.get(info.name);
    this.#nodes.set(info.name, info);
    if (previous) {
      this.#zones.unlink(previous);
      this.#nodeInfos[this.#nodeInfos.indexOf(previous)] = info;
      return;
    }
    this.#nodeInfos.splice(this.#insertionIndex(info), 0, info);
  }

  removeNode(name: string): void {
    const info = this.#nodes.get(name);
    if (!info) return;
    this.#nodes.delete(name);
    this.#zones.unlink(info);
    this.#nodeInfos.splice(this.#nodeInfos.indexOf(info), 1);
  }

  /** Records a pod the informer shows bound; a terminated pod is removed (it holds nothing). */
  setPod(pod: Pod): void {
    const key = podKey(pod);
    const nodeName = pod.spec?.nodeName ?? "";
    if (!nodeName || isTerminated(pod)) {
      this.removePod(key);
      return;
    }
    this.#remove(key);
    this.#add(key, { pod, nodeName, assumed: false });
  }

  removePod(key: string): void {
    this.#remove(key);
  }

  /** Counts `pod` on `nodeName` at once, before the bind is written (kube-scheduler's assume). */
  assume(pod: Pod, nodeName: string): void {
    const key = podKey(pod);
    this.#remove(key);
    this.#add(key, { pod, nodeName, assumed: true });
  }

  /** Undoes assume() after a failed bind; a pod the informer has meanwhile shown bound is kept. */
  forget(key: string): boolean {
    if (!this.#pods.get(key)?.assumed) return false;
    this.#remove(key);
    return true;
  }

  isAssumed(key: string): boolean {
    return this.#pods.get(key)?.assumed ?? false;
  }

  /** Where the cache counts a pod, or undefined. */
  nodeOf(key: string): string | undefined {
    return this.#pods.get(key)?.nodeName;
  }

  #add(key: string, cached: CachedPod): void {
    this.#pods.set(key, cached);
    let keys = this.#podsOnNode.get(cached.nodeName);
    if (!keys) {
      keys = new Set();
      this.#podsOnNode.set(cached.nodeName, keys);
    }
    keys.add(key);
    const info = this.#nodes.get(cached.nodeName);
    if (info) assume(info, cached.pod);
  }

  #remove(key: string): void {
    const cached = this.#pods.get(key);
    if (!cached) return;
    this.#pods.delete(key);
    const keys = this.#podsOnNode.get(cached.nodeName);
    keys?.delete(key);
    if (keys?.size === 0) this.#podsOnNode.delete(cached.nodeName);
    const info = this.#nodes.get(cached.nodeName);
    if (info) forget(info, cached.pod);
  }

  #insertionIndex(info: NodeInfo): number {
    let low = 0;
    let high = this.#nodeInfos.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byName(this.#nodeInfos[middle], info) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
