// Kubernetes' Node authorizer for Troupe: decides the requests of kubelets (system:node:<name> in
// group system:nodes) from a graph of which pods are bound to which node and what they use, fed
// by informers over the API's repository (one watch each of pods and PersistentVolumeClaims; no
// request ever reads the store). Every other user gets no opinion. Runs first in the chain, before
// RBAC (kube-apiserver's --authorization-mode=Node,RBAC).
import { NODE_USER_PREFIX, nodeNameOf, SYSTEM_NODES } from "../../../../runtime/auth/user-info.ts";
import { findResource, type ResourceInfo } from "../../../../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../../../../runtime/controller/shared-informers.ts";
import type { Logger } from "../../../../runtime/log.ts";
import type { ApiObject, ObjectRepository } from "../../../../runtime/store/object-repository.ts";
import type { AuthorizationAttributes, Authorizer, Decision } from "../authorizer.ts";
import { decideNodeRequest, dependsOnGraph } from "./node-decision.ts";
import { NodeGraph, type ClaimShape } from "./node-graph.ts";
import type { PodShape } from "./pod-references.ts";

export interface NodeAuthorizerOptions {
  logger?: Logger;
  /**
   * A kubelet asks for a new pod's Secret the moment it sees the pod bound; the graph may see the
   * binding a moment later. A negative answer that depends on the graph waits this long for the
   * graph to change and decides again, instead of failing the kubelet's first try.
   */
  graphWaitMs?: number;
}

export const DEFAULT_GRAPH_WAIT_MS = 1000;

export class NodeAuthorizer implements Authorizer {
  readonly name = "Node";
  readonly graph = new NodeGraph();
  private readonly factory: SharedInformerFactory;
  private readonly graphWaitMs: number;
  private readonly waiters = new Set<() => void>();
  private started = false;
  private stopped = false;

  constructor(repo: ObjectRepository, options: NodeAuthorizerOptions = {}) {
    this.factory = new SharedInformerFactory(repo, options.logger);
    this.graphWaitMs = options.graphWaitMs ?? DEFAULT_GRAPH_WAIT_MS;
    const changed = <T>(apply: (object: T) => void) => (object: T) => {
      apply(object);
      for (const wake of this.waiters) wake();
    };
    const pods = this.factory.informer<ApiObject & PodShape>(findResource("pods") as ResourceInfo);
    const setPod = changed((pod: PodShape) => this.graph.setPod(pod));
    pods.addHandlers({ onAdd: setPod, onUpdate: (_previous, pod) => setPod(pod), onDelete: changed((pod: PodShape) => this.graph.deletePod(pod)) });
    const claims = this.factory.informer<ApiObject & ClaimShape>(findResource("persistentvolumeclaims") as ResourceInfo);
    const setClaim = changed((claim: ClaimShape) => this.graph.setClaim(claim));
    claims.addHandlers({ onAdd: setClaim, onUpdate: (_previous, claim) => setClaim(claim), onDelete: changed((claim: ClaimShape) => this.graph.deleteClaim(claim)) });
  }

  /** Resolves once the graph holds every pod and claim in the store. */
  async start(): Promise<void> {
    this.started = true;
    await this.factory.start();
  }

  stop(): void {
    this.stopped = true;
    this.factory.stop();
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  async authorize(attributes: AuthorizationAttributes): Promise<Decision> {
    const node = nodeNameOf(attributes.user);
    if (node === undefined) {
      if (attributes.user.groups.includes(SYSTEM_NODES) && attributes.user.username.startsWith(NODE_USER_PREFIX)) return { decision: "noOpinion", reason: "unknown node" };
      return { decision: "noOpinion" };
    }
    if (attributes.kind !== "resource") return { decision: "noOpinion" };
    let decision = decideNodeRequest(this.graph, node, attributes);
    if (decision.decision === "allow" || !dependsOnGraph(attributes) || !this.started) return decision;
    const deadline = performance.now() + this.graphWaitMs;
    while (decision.decision !== "allow" && !this.stopped && performance.now() < deadline) {
      await this.graphChange(deadline - performance.now());
      decision = decideNodeRequest(this.graph, node, attributes);
    }
    return decision;
  }

  private graphChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }
}
