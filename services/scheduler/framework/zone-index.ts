// Pods per controller and zone over a whole set of NodeInfos, kept by assume/forget: the system
// default spreading's zone constraint reads its counts here in one lookup per zone, where a walk
// over every node's controller counts would cost a decision O(nodes) memory reads. A NodeInfo
// set made by buildNodeInfos or the scheduler cache shares one index; a NodeInfo without one is
// counted by that walk.
import type { NodeInfo } from "./types.ts";
import { LABEL_ZONE } from "./spread-constraints.ts";

export class ZoneIndex {
  /** controller uid → zone → that controller's pods on the zone's nodes. */
  readonly #counts = new Map<string, Map<string, number>>();
  #members = 0;

  /** How many NodeInfos are linked (a set uses the index only when all of its nodes are). */
  get members(): number {
    return this.#members;
  }

  /** That controller's pods in the zone. */
  count(controllerUid: string, zone: string): number {
    return this.#counts.get(controllerUid)?.get(zone) ?? 0;
  }

  /** Called by assume/forget for a linked NodeInfo. */
  add(nodeInfo: NodeInfo, controllerUid: string, delta: number): void {
    const zone = nodeInfo.node.metadata?.labels?.[LABEL_ZONE];
    if (zone === undefined) return;
    let zones = this.#counts.get(controllerUid);
    if (!zones) {
      zones = new Map();
      this.#counts.set(controllerUid, zones);
    }
    const count = (zones.get(zone) ?? 0) + delta;
    if (count > 0) zones.set(zone, count);
    else {
      zones.delete(zone);
      if (zones.size === 0) this.#counts.delete(controllerUid);
    }
  }

  /** Counts the node's pods in and has assume/forget keep them counted. */
  link(nodeInfo: NodeInfo): void {
    if (nodeInfo.zoneIndex === this) return;
    nodeInfo.zoneIndex = this;
    this.#members++;
    for (const [uid, count] of nodeInfo.controllerPods) this.add(nodeInfo, uid, count);
  }

  /** The node left the set (removed, or replaced by a NodeInfo with new labels). */
  unlink(nodeInfo: NodeInfo): void {
    if (nodeInfo.zoneIndex !== this) return;
    for (const [uid, count] of nodeInfo.controllerPods) this.add(nodeInfo, uid, -count);
    nodeInfo.zoneIndex = undefined;
    this.#members--;
  }
}

/** The index every one of `nodeInfos` is linked to, or undefined. */
export function sharedZoneIndex(nodeInfos: readonly NodeInfo[]): ZoneIndex | undefined {
  const index = nodeInfos[0]?.zoneIndex;
  return index && index.members === nodeInfos.length ? index : undefined;
}
