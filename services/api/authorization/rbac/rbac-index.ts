// The RBAC objects of the cluster, kept by four informers on the API's own repository and
// indexed by subject, so authorizing a request reads only the bindings that name the user or one
// of their groups: no scan per request. The subject index is rebuilt lazily after a change.
import { findResource, type ResourceInfo } from "../../../../runtime/codec/resources.ts";
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import type { Logger } from "../../../../runtime/log.ts";
import { Informer } from "../../../../runtime/store/informer.ts";
import type { ApiObject, ObjectRepository } from "../../../../runtime/store/object-repository.ts";
import { subjectKey, userKeys, type RbacSource } from "./rbac-source.ts";
import type { BindingObject, RoleObject } from "./types.ts";

const info = (plural: string) => findResource(plural) as ResourceInfo;
export const ROLES = info("roles");
export const CLUSTER_ROLES = info("clusterroles");
export const ROLE_BINDINGS = info("rolebindings");
export const CLUSTER_ROLE_BINDINGS = info("clusterrolebindings");

type Index = Map<string, BindingObject[]>;

function add(index: Index, key: string, binding: BindingObject): void {
  const list = index.get(key);
  if (!list) index.set(key, [binding]);
  else if (!list.includes(binding)) list.push(binding);
}

export class RbacIndex implements RbacSource {
  private readonly roles: Informer<RoleObject & ApiObject>;
  private readonly clusterRoles: Informer<RoleObject & ApiObject>;
  private readonly roleBindings: Informer<BindingObject & ApiObject>;
  private readonly clusterRoleBindings: Informer<BindingObject & ApiObject>;
  private clusterIndex: Index | undefined;
  /** namespace -> subject key -> bindings */
  private namespaceIndex: Map<string, Index> | undefined;

  constructor(repo: ObjectRepository, logger?: Logger) {
    this.roles = new Informer({ repo, info: ROLES, logger });
    this.clusterRoles = new Informer({ repo, info: CLUSTER_ROLES, logger });
    this.roleBindings = new Informer({ repo, info: ROLE_BINDINGS, logger });
    this.clusterRoleBindings = new Informer({ repo, info: CLUSTER_ROLE_BINDINGS, logger });
    const invalidateCluster = () => (this.clusterIndex = undefined);
    const invalidateNamespaces = () => (this.namespaceIndex = undefined);
    this.clusterRoleBindings.addHandlers({ onAdd: invalidateCluster, onUpdate: invalidateCluster, onDelete: invalidateCluster });
    this.roleBindings.addHandlers({ onAdd: invalidateNamespaces, onUpdate: invalidateNamespaces, onDelete: invalidateNamespaces });
  }

  /** Resolves once every informer holds the current state. */
  async start(): Promise<void> {
    await Promise.all([this.roles.start(), this.clusterRoles.start(), this.roleBindings.start(), this.clusterRoleBindings.start()]);
  }

  stop(): void {
    for (const informer of [this.roles, this.clusterRoles, this.roleBindings, this.clusterRoleBindings]) informer.stop();
  }

  /** The cluster roles, for the aggregation controller's and the rules review's use. */
  listClusterRoles(): (RoleObject & ApiObject)[] {
    return this.clusterRoles.list();
  }

  clusterRoleBindingsFor(user: UserInfo): Iterable<BindingObject> {
    this.clusterIndex ??= this.buildIndex(this.clusterRoleBindings.list());
    return this.lookup(this.clusterIndex, user);
  }

  roleBindingsFor(user: UserInfo, namespace: string): Iterable<BindingObject> {
    if (!this.namespaceIndex) {
      const byNamespace = new Map<string, BindingObject[]>();
      for (const binding of this.roleBindings.list()) {
        const namespace = binding.metadata?.namespace ?? "";
        byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), binding]);
      }
      this.namespaceIndex = new Map([...byNamespace].map(([namespace, bindings]) => [namespace, this.buildIndex(bindings)]));
    }
    const index = this.namespaceIndex.get(namespace);
    return index ? this.lookup(index, user) : [];
  }

  role(namespace: string, name: string): RoleObject | undefined {
    return this.roles.get(namespace, name);
  }

  clusterRole(name: string): RoleObject | undefined {
    return this.clusterRoles.get(undefined, name);
  }

  private buildIndex(bindings: BindingObject[]): Index {
    const index: Index = new Map();
    for (const binding of bindings) {
      for (const subject of binding.subjects ?? []) {
        const key = subjectKey(subject, binding.metadata?.namespace ?? "");
        if (key) add(index, key, binding);
      }
    }
    return index;
  }

  private lookup(index: Index, user: UserInfo): BindingObject[] {
    const found = new Set<BindingObject>();
    for (const key of userKeys(user)) for (const binding of index.get(key) ?? []) found.add(binding);
    return [...found];
  }
}
