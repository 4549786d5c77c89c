// A node provider for nodes on this machine: each node a kubelet started by a NodeLauncher (the
// supervisor's kubelet processes under `troupe up`, or fake-driver kubelets for hollow nodes).
// Nodes are named node-<index>, the lowest index free among 1..maxIndex, so each has the
// credentials `troupe up` minted for kubelet-node-<index> (cli/cluster/nats-credentials.ts).
import { NodeGroupProviderError, type NodeGroupProvider, type ProviderNode } from "./types.ts";

/** What a launcher needs to start one node of a group. */
export interface NodeLaunch {
  name: string;
  index: number;
  group: string;
}

export interface LaunchedNode {
  /** Stops the kubelet (its containers first) and resolves once it exited. */
  stop(): Promise<void>;
}

export type NodeLauncher = (launch: NodeLaunch) => Promise<LaunchedNode> | LaunchedNode;

interface Member {
  index: number;
  state: ProviderNode["state"];
  launched?: LaunchedNode;
}

export class LocalNodeGroupProvider implements NodeGroupProvider {
  readonly #launcher: NodeLauncher;
  readonly #maxSizes: ReadonlyMap<string, number>;
  readonly #maxIndex: number;
  readonly #groups = new Map<string, Map<string, Member>>();
  /** Indexes of nodes outside every group (never handed out). */
  readonly #reserved = new Set<number>();

  /** `maxIndex`: the highest node index there are credentials for. */
  constructor(options: { groups: readonly { name: string; maxSize: number }[]; maxIndex: number; launcher: NodeLauncher }) {
    this.#launcher = options.launcher;
    this.#maxSizes = new Map(options.groups.map((group) => [group.name, group.maxSize]));
    this.#maxIndex = options.maxIndex;
    for (const group of options.groups) this.#groups.set(group.name, new Map());
  }

  #members(group: string): Map<string, Member> {
    const members = this.#groups.get(group);
    if (!members) throw new NodeGroupProviderError("NotFound", `no node group ${JSON.stringify(group)} (groups: ${[...this.#groups.keys()].join(", ")})`);
    return members;
  }

  /** A node started outside the provider (by `troupe up`) that belongs to `group`. */
  adopt(group: string, name: string, index: number, launched?: LaunchedNode): void {
    this.#members(group).set(name, { index, state: "running", launched });
  }

  /** Node indexes taken by nodes of no group (`troupe up`'s fixed nodes). */
  reserve(...indexes: number[]): void {
    for (const index of indexes) this.#reserved.add(index);
  }

  async nodes(group: string): Promise<ProviderNode[]> {
    return [...this.#members(group)].map(([name, member]) => ({ name, state: member.state }));
  }

  async increase(group: string, delta: number): Promise<string[]> {
    const members = this.#members(group);
    const maxSize = this.#maxSizes.get(group) ?? 0;
    if (members.size + delta > maxSize) throw new NodeGroupProviderError("MaxSizeReached", `increase by ${delta}: the group has ${members.size} of at most ${maxSize} nodes`);
    const used = new Set([...this.#reserved, ...[...this.#groups.values()].flatMap((others) => [...others.values()].map((member) => member.index))]);
    const names: string[] = [];
    for (let index = 1; index <= this.#maxIndex && names.length < delta; index++) {
      if (used.has(index)) continue;
      const name = `node-${index}`;
      const member: Member = { index, state: "creating" };
      members.set(name, member);
      names.push(name);
      try {
        member.launched = await this.#launcher({ name, index, group });
        member.state = "running";
      } catch (error) {
        members.delete(name);
        throw new NodeGroupProviderError("LaunchFailed", `starting ${name}: ${(error as Error).message}`, { cause: error });
      }
    }
    if (names.length < delta) throw new NodeGroupProviderError("NoCredentials", `only ${names.length} of ${delta} nodes started: node indexes 1..${this.#maxIndex} are all in use`);
    return names;
  }

  async delete(group: string, nodes: string[]): Promise<void> {
    const members = this.#members(group);
    for (const name of nodes) if (!members.has(name)) throw new NodeGroupProviderError("NotFound", `node ${name} is not in group ${group}`);
    await Promise.all(nodes.map(async (name) => {
      const member = members.get(name);
      if (!member) return;
      member.state = "deleting";
      await member.launched?.stop();
      members.delete(name);
    }));
  }

  /** Stops every node the provider started (at cluster stop). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.#groups.values()].flatMap((members) => [...members.values()].map((member) => member.launched?.stop())));
  }
}
