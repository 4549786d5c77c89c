// Two controllers keyed by namespace: the serviceaccounts-controller (a `default` ServiceAccount
// in every namespace, recreated when deleted) and, when the cluster CA is known, the
// root-ca-cert-publisher (the `kube-root-ca.crt` ConfigMap that the pods' token volume projects).
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { DEFAULT_SERVICE_ACCOUNT, ROOT_CA_CONFIG_MAP } from "../../../runtime/volumes/service-account.ts";
import {
  CONFIG_MAPS, NAMESPACES, SERVICE_ACCOUNTS, type ConfigMapObject, type NamespaceObject, type ServiceAccountObject,
} from "../resources.ts";
import { defaultServiceAccountToCreate, rootCaAction } from "./service-account-decisions.ts";

export const SERVICE_ACCOUNT_CONTROLLER = "serviceaccount";
export const ROOT_CA_PUBLISHER = "root-ca-cert-publisher";

/** Wakes the namespace of an object named `name` (its ServiceAccount or ConfigMap). */
function namespaceOfNamed(name: string): (object: ApiObject) => ReconcileRequest[] {
  return (object) => (object.metadata?.name === name && object.metadata?.namespace ? [{ namespace: "", name: object.metadata.namespace }] : []);
}

async function ignoringAlreadyExists(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    // The informer had not seen it yet, or the namespace is going: the next event decides again.
    if (error instanceof ApiError && ["AlreadyExists", "Forbidden", "NotFound"].includes(error.reason)) return;
    throw error;
  }
}

class DefaultServiceAccountReconciler implements Reconciler {
  readonly #namespaces: Informer<NamespaceObject>;
  readonly #accounts: Informer<ServiceAccountObject>;
  readonly #client: TypedApiClient;

  constructor(namespaces: Informer<NamespaceObject>, accounts: Informer<ServiceAccountObject>, client: TypedApiClient) {
    this.#namespaces = namespaces;
    this.#accounts = accounts;
    this.#client = client;
  }

  async reconcile({ name }: ReconcileRequest): Promise<void> {
    const account = defaultServiceAccountToCreate(this.#namespaces.get("", name), this.#accounts.get(name, DEFAULT_SERVICE_ACCOUNT));
    if (account) await ignoringAlreadyExists(() => this.#client.create(account));
  }
}

class RootCaReconciler implements Reconciler {
  readonly #namespaces: Informer<NamespaceObject>;
  readonly #configMaps: Informer<ConfigMapObject>;
  readonly #client: TypedApiClient;
  readonly #caPem: string;

  constructor(namespaces: Informer<NamespaceObject>, configMaps: Informer<ConfigMapObject>, client: TypedApiClient, caPem: string) {
    this.#namespaces = namespaces;
    this.#configMaps = configMaps;
    this.#client = client;
    this.#caPem = caPem;
  }

  async reconcile({ name }: ReconcileRequest): Promise<void> {
    const decision = rootCaAction(this.#namespaces.get("", name), this.#configMaps.get(name, ROOT_CA_CONFIG_MAP), this.#caPem);
    if (decision.action === "create") await ignoringAlreadyExists(() => this.#client.create(decision.configMap));
    if (decision.action === "update") await this.#client.update(decision.configMap);
  }
}

export interface ServiceAccountControllersDeps {
  client: TypedApiClient;
  /** The cluster CA (PEM) for kube-root-ca.crt; undefined: no publisher. */
  clusterCaPem: string | undefined;
}

export function buildServiceAccountControllers(factory: SharedInformerFactory, deps: ServiceAccountControllersDeps, options: ControllerOptions): Controller[] {
  const namespaces = factory.informer<NamespaceObject>(NAMESPACES);
  const controllers = [
    new ControllerBuilder(SERVICE_ACCOUNT_CONTROLLER)
      .for(NAMESPACES)
      .watches(SERVICE_ACCOUNTS, namespaceOfNamed(DEFAULT_SERVICE_ACCOUNT))
      .withReconciler(new DefaultServiceAccountReconciler(namespaces, factory.informer<ServiceAccountObject>(SERVICE_ACCOUNTS), deps.client))
      .withOptions(options)
      .build(factory),
  ];
  if (deps.clusterCaPem) {
    controllers.push(new ControllerBuilder(ROOT_CA_PUBLISHER)
      .for(NAMESPACES)
      .watches(CONFIG_MAPS, namespaceOfNamed(ROOT_CA_CONFIG_MAP))
      .withReconciler(new RootCaReconciler(namespaces, factory.informer<ConfigMapObject>(CONFIG_MAPS), deps.client, deps.clusterCaPem))
      .withOptions(options)
      .build(factory));
  }
  return controllers;
}
