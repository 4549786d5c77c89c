// The API client for JSON users (the CLI, integrations): Kubernetes-shaped objects in and out,
// ApiError on failure. Every call is a NATS request to troupe.api.v1.<verb>.
import type { NatsConnection } from "@nats-io/transport-node";
import { LAST_CHANGE_TRACEPARENT_HEADER, WARNINGS_HEADER, type ApiVerb } from "../subjects.ts";
import type { PodLogsReply } from "../logs/pod-logs-page.ts";
import type { PodLogsRequest } from "../logs/pod-logs-query.ts";
import { JsonWatch } from "./json-watch.ts";
import { callApi, JSON_CONTENT_TYPE, type CallerIdentity } from "./transport.ts";
import type {
  ApiWatch, ApplyOutcome, DeleteOptions, DiscoveryJson, EvictOptions, KubeObject, ListOptions, ObjectListJson, PatchOptions, TokenRequestJson, WatchOptions,
  WriteRequestOptions,
} from "./types.ts";

export interface ApiClientOptions {
  timeoutMs?: number;
  /** Whom this client speaks for, beyond its connection's identity (runtime/api-client/transport.ts). */
  caller?: CallerIdentity;
  /** Retries of a request flow control refused (transport.ts); 0 for front ends whose clients retry. */
  tooManyRequestsRetries?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class JsonApiClient {
  readonly nc: NatsConnection;
  private readonly timeoutMs: number;
  private readonly caller: CallerIdentity | undefined;
  private readonly tooManyRequestsRetries: number | undefined;

  constructor(nc: NatsConnection, options: ApiClientOptions = {}) {
    this.nc = nc;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.caller = options.caller;
    this.tooManyRequestsRetries = options.tooManyRequestsRetries;
  }

  private get callOptions() {
    return { contentType: JSON_CONTENT_TYPE, timeoutMs: this.timeoutMs, caller: this.caller, tooManyRequestsRetries: this.tooManyRequestsRetries };
  }

  private async call<T>(verb: ApiVerb, body: unknown, onWarnings?: (warnings: string[]) => void): Promise<{ value: T; outcome?: string }> {
    const reply = await callApi(this.nc, verb, encoder.encode(JSON.stringify(body)), this.callOptions);
    const warnings = reply.headers?.get(WARNINGS_HEADER);
    if (warnings && onWarnings) onWarnings(JSON.parse(warnings) as string[]);
    return { value: JSON.parse(decoder.decode(reply.data)) as T, outcome: reply.headers?.get("Troupe-Apply-Outcome") || undefined };
  }

  /** The same client speaking for `caller` (impersonation, another identity token), merged over this one's. */
  withCaller(caller: CallerIdentity): JsonApiClient {
    return new JsonApiClient(this.nc, { timeoutMs: this.timeoutMs, caller: { ...this.caller, ...caller } });
  }

  /** An access review (SelfSubjectAccessReview, SubjectAccessReview, LocalSubjectAccessReview,
   * SelfSubjectRulesReview, SelfSubjectReview): answered with its status, never stored. */
  async review<T extends KubeObject = KubeObject>(review: KubeObject): Promise<T> {
    return (await this.call<T>("review", review)).value;
  }

  /** One page of the lines the cluster's logs stream keeps of the pods asked for, behind RBAC's
   * get pods/log (services/api/operations/pod-logs.ts); `continue` from a reply reads the next page. */
  async podLogs(request: PodLogsRequest): Promise<PodLogsReply> {
    return (await this.call<PodLogsReply>("podLogs", request)).value;
  }

  /** custom.metrics.k8s.io/v1beta2: a MetricValueList of `metric` for pods (name "*": those
   * `labelSelector` matches) or for a Service or workload (services/api/custom-metrics). */
  async customMetrics(query: { namespace?: string; resource: string; name: string; metric: string; labelSelector?: string; metricSelector?: string }): Promise<KubeObject & { items: unknown[] }> {
    return (await this.call<KubeObject & { items: unknown[] }>("customMetrics", query)).value;
  }

  async create(object: KubeObject, options: WriteRequestOptions = {}): Promise<KubeObject> {
    const { onWarnings, ...rest } = options;
    return (await this.call<KubeObject>("create", { object, options: rest }, onWarnings)).value;
  }

  async apply(object: KubeObject, options: { dryRun?: boolean } = {}): Promise<KubeObject> {
    return (await this.applyWithOutcome(object, options)).object;
  }

  /** Like apply, and says whether the object was created, configured or unchanged. */
  async applyWithOutcome(object: KubeObject, options: { dryRun?: boolean } = {}): Promise<{ object: KubeObject; outcome: ApplyOutcome }> {
    const { value, outcome } = await this.call<KubeObject>("apply", { object, options });
    return { object: value, outcome: (outcome as ApplyOutcome | undefined) ?? "configured" };
  }

  /**
   * Server-side apply of a manifest (a patch of type apply whose key comes from the manifest):
   * `fieldManager` owns the fields it sets; another manager's field with a different value is a
   * 409 Conflict unless `force`.
   */
  async applyServerSide(object: KubeObject, options: { fieldManager: string; force?: boolean; dryRun?: boolean; onWarnings?: (warnings: string[]) => void }): Promise<{ object: KubeObject; outcome: ApplyOutcome }> {
    return this.patchWithOutcome("", object.metadata?.name ?? "", { namespace: object.metadata?.namespace, patchType: "apply", patch: object, ...options });
  }

  /** The object's JSON as the API sent it, for callers that pass it on unchanged (no parse, no re-encoding). */
  async getJsonBytes(resource: string, name: string, options: { namespace?: string } = {}): Promise<Uint8Array> {
    const body = { key: { resource, name, namespace: options.namespace ?? "" } };
    return (await callApi(this.nc, "get", encoder.encode(JSON.stringify(body)), this.callOptions)).data;
  }

  /** Like getJsonBytes, with the W3C traceparent of the object's last change when it was traced. */
  async getJsonBytesWithLastChange(resource: string, name: string, options: { namespace?: string } = {}): Promise<{ bytes: Uint8Array; lastChangeTraceparent?: string }> {
    const body = { key: { resource, name, namespace: options.namespace ?? "" } };
    const reply = await callApi(this.nc, "get", encoder.encode(JSON.stringify(body)), this.callOptions);
    const lastChangeTraceparent = reply.headers?.get(LAST_CHANGE_TRACEPARENT_HEADER) || undefined;
    return lastChangeTraceparent ? { bytes: reply.data, lastChangeTraceparent } : { bytes: reply.data };
  }

  /** The object and the W3C traceparent of its last change (absent when that write was not traced). */
  async getWithLastChange(resource: string, name: string, options: { namespace?: string } = {}): Promise<{ object: KubeObject; lastChangeTraceparent?: string }> {
    const { bytes, lastChangeTraceparent } = await this.getJsonBytesWithLastChange(resource, name, options);
    const object = JSON.parse(decoder.decode(bytes)) as KubeObject;
    return lastChangeTraceparent ? { object, lastChangeTraceparent } : { object };
  }

  async get(resource: string, name: string, options: { namespace?: string } = {}): Promise<KubeObject> {
    return (await this.call<KubeObject>("get", { key: { resource, name, namespace: options.namespace ?? "" } })).value;
  }

  async list(resource: string, options: ListOptions = {}): Promise<ObjectListJson> {
    return (await this.call<ObjectListJson>("list", { resource, ...options })).value;
  }

  async update(object: KubeObject, options: WriteRequestOptions = {}): Promise<KubeObject> {
    const { onWarnings, ...rest } = options;
    return (await this.call<KubeObject>("update", { object, options: rest }, onWarnings)).value;
  }

  async updateStatus(object: KubeObject, options: WriteRequestOptions = {}): Promise<KubeObject> {
    const { onWarnings, ...rest } = options;
    return (await this.call<KubeObject>("updateStatus", { object, options: rest }, onWarnings)).value;
  }

  /** Patches an object (for the scale subresource the reply is its autoscaling/v1 Scale). */
  async patch(resource: string, name: string, options: PatchOptions): Promise<KubeObject> {
    return (await this.patchWithOutcome(resource, name, options)).object;
  }

  /** Like patch, and says whether the object was created (apply only), configured or unchanged. */
  async patchWithOutcome(resource: string, name: string, options: PatchOptions): Promise<{ object: KubeObject; outcome: ApplyOutcome }> {
    const { namespace, onWarnings, ...rest } = options;
    const { value, outcome } = await this.call<KubeObject>("patch", { key: { resource, name, namespace: namespace ?? "" }, ...rest }, onWarnings);
    return { object: value, outcome: (outcome as ApplyOutcome | undefined) ?? "configured" };
  }

  /** The scale subresource: the autoscaling/v1 Scale of a Deployment, ReplicaSet or StatefulSet. */
  async getScale(resource: string, name: string, options: { namespace?: string } = {}): Promise<KubeObject> {
    return (await this.call<KubeObject>("getScale", { key: { resource, name, namespace: options.namespace ?? "" } })).value;
  }

  /** Sets replicas through the scale subresource; a resourceVersion is a precondition (409 Conflict when the object moved on). */
  async updateScale(resource: string, name: string, replicas: number, options: { namespace?: string; resourceVersion?: string; fieldManager?: string; dryRun?: boolean } = {}): Promise<KubeObject> {
    const { namespace, ...rest } = options;
    return (await this.call<KubeObject>("updateScale", { key: { resource, name, namespace: namespace ?? "" }, replicas, ...rest })).value;
  }

  /** The pods/binding subresource: puts a pending pod on a node. */
  async bind(target: { namespace?: string; name: string; nodeName: string; uid?: string }): Promise<KubeObject> {
    return (await this.call<KubeObject>("bind", { namespace: target.namespace ?? "", name: target.name, nodeName: target.nodeName, uid: target.uid ?? "" })).value;
  }

  async delete(resource: string, name: string, options: DeleteOptions = {}): Promise<KubeObject> {
    const { namespace, ...rest } = options;
    return (await this.call<KubeObject>("delete", { key: { resource, name, namespace: namespace ?? "" }, ...rest })).value;
  }

  /**
   * Evicts a pod when its PodDisruptionBudget allows (a refusal is a 429 TooManyRequests ApiError
   * to retry later); resolves with the pod as the eviction's delete left it.
   */
  async evict(name: string, options: EvictOptions = {}): Promise<KubeObject> {
    const { namespace, ...rest } = options;
    return (await this.call<KubeObject>("evict", { key: { resource: "pods", name, namespace: namespace ?? "" }, ...rest })).value;
  }

  /** The serviceaccounts/token subresource (authentication.k8s.io/v1 TokenRequest): status.token is a NATS bearer user JWT. */
  async createToken(namespace: string, serviceAccount: string, tokenRequest: Omit<TokenRequestJson, "apiVersion" | "kind" | "status"> = {}): Promise<TokenRequestJson> {
    return (await this.call<TokenRequestJson>("createToken", { key: { resource: "serviceaccounts", namespace, name: serviceAccount }, tokenRequest })).value;
  }

  async watch(resource: string, options: WatchOptions = {}): Promise<ApiWatch> {
    const watch = new JsonWatch(this.nc, resource, options, this.callOptions);
    await watch.start();
    return watch;
  }

  async discovery(): Promise<DiscoveryJson> {
    return (await this.call<DiscoveryJson>("discovery", {})).value;
  }
}
