// The NATS side of the node provider contract (docs/nats-api.md, "Node groups"): the client the
// cluster autoscaler uses (NatsNodeGroupProvider) and the responder a provider runs
// (serveNodeGroupProvider) around any NodeGroupProvider. JSON bodies; a failure answers
// {"error":{"code","message"}}. Trace context travels in the headers (runtime/messaging.ts).
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { handleWithTrace, request } from "../messaging.ts";
import { NODE_GROUP_OPERATIONS, nodeGroupSubject, type NodeGroupOperation } from "../subjects.ts";
import { NodeGroupProviderError, type NodeGroupProvider, type ProviderNode } from "./types.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface NodesReply { nodes: ProviderNode[] }
export interface IncreaseRequest { delta: number }
export interface IncreaseReply { nodes: string[] }
export interface DeleteRequest { nodes: string[] }
interface ErrorReply { error: { code: string; message: string } }

export class NatsNodeGroupProvider implements NodeGroupProvider {
  readonly #nc: NatsConnection;
  readonly #timeoutMs: number;

  /** `timeoutMs`: how long a provider may take to answer (starting a node is answered once asked for). */
  constructor(nc: NatsConnection, options: { timeoutMs?: number } = {}) {
    this.#nc = nc;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  async #call<T>(group: string, operation: NodeGroupOperation, body: unknown): Promise<T> {
    let text: string;
    try {
      const reply = await request(this.#nc, nodeGroupSubject(group, operation), encoder.encode(JSON.stringify(body)), {
        timeoutMs: this.#timeoutMs, subjectGroup: `nodegroups.${operation}`, headers: { "Content-Type": "application/json" },
      });
      text = decoder.decode(reply.data);
    } catch (error) {
      throw new NodeGroupProviderError("Unavailable", `node group ${group}: ${operation}: no provider answered (${(error as Error).message})`, { cause: error });
    }
    const parsed = JSON.parse(text) as T | ErrorReply;
    if (typeof parsed === "object" && parsed !== null && "error" in parsed) throw new NodeGroupProviderError(parsed.error.code, `node group ${group}: ${operation}: ${parsed.error.message}`);
    return parsed as T;
  }

  async nodes(group: string): Promise<ProviderNode[]> {
    return (await this.#call<NodesReply>(group, "nodes", {})).nodes;
  }

  async increase(group: string, delta: number): Promise<string[]> {
    return (await this.#call<IncreaseReply>(group, "increase", { delta } satisfies IncreaseRequest)).nodes;
  }

  async delete(group: string, nodes: string[]): Promise<void> {
    await this.#call(group, "delete", { nodes } satisfies DeleteRequest);
  }
}

function errorReply(error: unknown): ErrorReply {
  return { error: { code: error instanceof NodeGroupProviderError ? error.code : "InternalError", message: error instanceof Error ? error.message : String(error) } };
}

/** Answers the contract's requests for `groups` with `provider`, subscribed at the server once it resolves; stop() unsubscribes. */
export async function serveNodeGroupProvider(nc: NatsConnection, groups: readonly string[], provider: NodeGroupProvider): Promise<{ stop(): void }> {
  const subscriptions: Subscription[] = [];
  for (const group of groups) {
    for (const operation of NODE_GROUP_OPERATIONS) {
      subscriptions.push(nc.subscribe(nodeGroupSubject(group, operation), {
        callback: (error, msg) => {
          if (error) return;
          void handleWithTrace(msg, `nodegroups ${operation}`, async () => {
            let reply: unknown;
            try {
              const body = JSON.parse(decoder.decode(msg.data) || "{}") as Partial<IncreaseRequest & DeleteRequest>;
              if (operation === "nodes") reply = { nodes: await provider.nodes(group) } satisfies NodesReply;
              else if (operation === "increase") {
                if (!Number.isInteger(body.delta) || (body.delta ?? 0) < 1) throw new NodeGroupProviderError("BadRequest", `delta: Invalid value: ${JSON.stringify(body.delta)}: must be an integer >= 1`);
                reply = { nodes: await provider.increase(group, body.delta ?? 0) } satisfies IncreaseReply;
              } else {
                if (!Array.isArray(body.nodes) || body.nodes.some((node) => typeof node !== "string")) throw new NodeGroupProviderError("BadRequest", "nodes: Invalid value: must be a list of node names");
                await provider.delete(group, body.nodes ?? []);
                reply = { deleted: body.nodes };
              }
            } catch (failure) {
              reply = errorReply(failure);
            }
            msg.respond(encoder.encode(JSON.stringify(reply)));
          }, { attributes: { "troupe.node_group": group } }).catch(() => undefined);
        },
      }));
    }
  }
  await nc.flush();
  return { stop: () => { for (const subscription of subscriptions) subscription.unsubscribe(); } };
}
