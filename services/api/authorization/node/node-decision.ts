// What the Node authorizer answers a kubelet (user system:node:<name>, group system:nodes), after
// Kubernetes' Node authorizer and NodeRestriction: reads a kubelet needs are allowed; writes to its
// own Node, its own Lease and the pods bound to it are allowed, the same writes to another node's
// are denied; Secrets, ConfigMaps, PersistentVolumeClaims and PersistentVolumes are readable (get
// only) when a pod bound to the node uses them, ServiceAccount tokens creatable for its pods'
// ServiceAccounts; everything else is no opinion, for RBAC to decide. Pure.
import type { Decision, ResourceAttributes } from "../authorizer.ts";
import type { NodeGraphView } from "./node-graph.ts";

export const NODE_LEASE_NAMESPACE = "kube-node-lease";

const READ = new Set(["get", "list", "watch"]);
const WRITE = new Set(["create", "update", "patch", "delete", "deletecollection"]);

const allow = (reason: string): Decision => ({ decision: "allow", reason });
const deny = (reason: string): Decision => ({ decision: "deny", reason });
const noOpinion = (reason: string): Decision => ({ decision: "noOpinion", reason });

function isCore(attributes: ResourceAttributes): boolean {
  return attributes.apiGroup === "";
}

/** Whether a negative answer to this request may turn positive once the graph catches up with a pod or claim just written. */
export function dependsOnGraph(attributes: ResourceAttributes): boolean {
  const { resource, subresource, verb } = attributes;
  if (resource === "serviceaccounts") return subresource === "token";
  if (resource === "pods") return verb === "delete" || subresource === "status";
  return verb === "get" && ["secrets", "configmaps", "persistentvolumeclaims", "persistentvolumes"].includes(resource);
}

export function decideNodeRequest(graph: NodeGraphView, node: string, attributes: ResourceAttributes): Decision {
  const { verb, resource, subresource, namespace, name } = attributes;
  switch (resource) {
    case "nodes": {
      if (!isCore(attributes)) break;
      if (READ.has(verb) && subresource === "") return allow("nodes are readable by every node");
      if (!WRITE.has(verb) || (subresource !== "" && subresource !== "status")) break;
      if (name === node) return verb === "delete" ? noOpinion("a node deleting itself is for RBAC to decide") : allow(`node '${node}' may change its own Node`);
      if (name === "") return noOpinion("no Node named");
      return deny(`node '${node}' cannot modify node '${name}'`);
    }
    case "leases": {
      if (attributes.apiGroup !== "coordination.k8s.io" || namespace !== NODE_LEASE_NAMESPACE) break;
      if (name === node && (WRITE.has(verb) || verb === "get")) return allow(`node '${node}' may renew its own Lease`);
      if (WRITE.has(verb)) return deny(`node '${node}' cannot modify the Lease of node '${name || "<all>"}'`);
      break;
    }
    case "events":
      if ((isCore(attributes) || attributes.apiGroup === "events.k8s.io") && ["create", "update", "patch"].includes(verb)) return allow("nodes record events");
      break;
    case "pods": {
      if (!isCore(attributes)) break;
      if (READ.has(verb) && subresource === "") return allow("pods are readable by every node (kubelets watch the pods bound to them)");
      const statusWrite = subresource === "status" && (verb === "update" || verb === "patch");
      const deletion = subresource === "" && verb === "delete";
      if (!statusWrite && !deletion) break;
      if (graph.hasPod(node, namespace, name)) return allow(`pod '${namespace}/${name}' is bound to node '${node}'`);
      return deny(`node '${node}' can only ${deletion ? "delete" : "update the status of"} pods bound to it; pod '${namespace}/${name}' is not`);
    }
    case "secrets":
    case "configmaps":
    case "persistentvolumeclaims": {
      if (!isCore(attributes)) break;
      if (verb !== "get" || subresource !== "" || name === "") return noOpinion(`node '${node}' can only get individual ${resource}`);
      if (graph.references(node, resource, namespace, name)) return allow(`a pod bound to node '${node}' uses ${resource} '${namespace}/${name}'`);
      return noOpinion(`no relationship found between node '${node}' and this object`);
    }
    case "persistentvolumes": {
      if (!isCore(attributes)) break;
      if (verb !== "get" || subresource !== "" || name === "") return noOpinion(`node '${node}' can only get individual persistentvolumes`);
      if (graph.usesVolume(node, name)) return allow(`a pod bound to node '${node}' uses persistentvolume '${name}'`);
      return noOpinion(`no relationship found between node '${node}' and this object`);
    }
    case "serviceaccounts": {
      if (!isCore(attributes) || subresource !== "token" || verb !== "create") break;
      if (graph.references(node, "serviceaccounts", namespace, name)) return allow(`a pod bound to node '${node}' runs as serviceaccount '${namespace}/${name}'`);
      return noOpinion(`no relationship found between node '${node}' and this object`);
    }
    case "services":
    case "endpoints":
      if (isCore(attributes) && READ.has(verb) && subresource === "") return allow(`${resource} are readable by every node`);
      break;
    case "endpointslices":
      if (attributes.apiGroup === "discovery.k8s.io" && READ.has(verb)) return allow("endpointslices are readable by every node");
      break;
  }
  return { decision: "noOpinion" };
}
