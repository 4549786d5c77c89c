// The API client for Troupe's own services: protobuf on the wire and objects in message form
// (the generated types), so controllers skip JSON entirely. Failures are ApiError, as with JSON.
import type { NatsConnection } from "@nats-io/transport-node";
import type { troupe } from "../../proto/gen/troupe.js";
import { BadRequestError } from "../api-errors.ts";
import { decodeMessage, encodeMessage } from "../codec/protobuf.ts";
import { findResource, findResourceByKind, type ResourceInfo } from "../codec/resources.ts";
import type { ApiVerb } from "../subjects.ts";
import { callApi, PROTOBUF_CONTENT_TYPE, type CallerIdentity } from "./transport.ts";
import type { ApplyOutcome, DeleteOptions, ListOptions, PatchOptions } from "./types.ts";

interface RawObject {
  apiVersion?: string;
  kind?: string;
  raw?: Uint8Array;
}

/** Any object in message form: the generated types (Pod, Node, ...) or a looser shape. */
export interface TypedObject {
  apiVersion?: string | null;
  kind?: string | null;
}

export interface TypedList<T> {
  items: T[];
  resourceVersion: string;
  continue: string;
}

function resourceOf(resource: string | ResourceInfo): ResourceInfo {
  if (typeof resource !== "string") return resource;
  const info = findResource(resource);
  if (!info) throw new BadRequestError(`unknown resource "${resource}"`);
  return info;
}

function infoOfObject(object: TypedObject): ResourceInfo {
  const info = findResourceByKind(object.apiVersion ?? "", object.kind ?? "");
  if (!info) throw new BadRequestError(`object has no known apiVersion/kind (${object.apiVersion}/${object.kind})`);
  return info;
}

function rawOf(object: TypedObject): RawObject {
  const info = infoOfObject(object);
  return { apiVersion: info.apiVersion, kind: info.kind, raw: encodeMessage(info.typeName, object) };
}

function objectOf<T extends TypedObject>(raw: RawObject): T {
  const info = findResourceByKind(raw.apiVersion ?? "", raw.kind ?? "");
  if (!info) throw new BadRequestError(`reply holds an unknown kind ${raw.apiVersion}/${raw.kind}`);
  return decodeMessage<T>(info.typeName, raw.raw ?? new Uint8Array(0));
}

export class TypedApiClient {
  readonly nc: NatsConnection;
  private readonly timeoutMs: number;

  private readonly caller: CallerIdentity | undefined;
  private readonly tooManyRequestsRetries: number | undefined;

  /** `tooManyRequestsRetries`: how often a request flow control refused is sent again (transport.ts). */
  constructor(nc: NatsConnection, options: { timeoutMs?: number; caller?: CallerIdentity; tooManyRequestsRetries?: number } = {}) {
    this.caller = options.caller;
    this.tooManyRequestsRetries = options.tooManyRequestsRetries;
    this.nc = nc;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  private async call(verb: ApiVerb, requestType: string, request: object): Promise<{ data: Uint8Array; outcome?: string }> {
    const reply = await callApi(this.nc, verb, encodeMessage(requestType, request), { contentType: PROTOBUF_CONTENT_TYPE, timeoutMs: this.timeoutMs, caller: this.caller, tooManyRequestsRetries: this.tooManyRequestsRetries });
    return { data: reply.data, outcome: reply.headers?.get("Troupe-Apply-Outcome") || undefined };
  }

  private async object<T extends TypedObject>(verb: ApiVerb, requestType: string, request: object): Promise<T> {
    return objectOf<T>(decodeMessage<RawObject>("RawObject", (await this.call(verb, requestType, request)).data));
  }

  create<T extends TypedObject>(object: T, options: { dryRun?: boolean } = {}): Promise<T> {
    return this.object<T>("create", "CreateRequest", { object: rawOf(object), options });
  }

  async apply<T extends TypedObject>(object: T): Promise<{ object: T; outcome: ApplyOutcome }> {
    const { data, outcome } = await this.call("apply", "ApplyRequest", { object: rawOf(object) });
    return { object: objectOf<T>(decodeMessage<RawObject>("RawObject", data)), outcome: (outcome as ApplyOutcome | undefined) ?? "configured" };
  }

  get<T extends TypedObject>(resource: string | ResourceInfo, namespace: string | undefined, name: string): Promise<T> {
    return this.object<T>("get", "GetRequest", { key: { resource: resourceOf(resource).plural, namespace: namespace ?? "", name } });
  }

  async list<T extends TypedObject>(resource: string | ResourceInfo, options: ListOptions = {}): Promise<TypedList<T>> {
    const { data } = await this.call("list", "ListRequest", { resource: resourceOf(resource).plural, ...options });
    const list = decodeMessage<{ metadata?: { resourceVersion?: string; continue?: string }; items?: RawObject[] }>("ObjectList", data);
    return { items: (list.items ?? []).map((raw) => objectOf<T>(raw)), resourceVersion: list.metadata?.resourceVersion ?? "", continue: list.metadata?.continue ?? "" };
  }

  update<T extends TypedObject>(object: T): Promise<T> {
    return this.object<T>("update", "UpdateRequest", { object: rawOf(object) });
  }

  updateStatus<T extends TypedObject>(object: T): Promise<T> {
    return this.object<T>("updateStatus", "UpdateRequest", { object: rawOf(object) });
  }

  delete<T extends TypedObject>(resource: string | ResourceInfo, namespace: string | undefined, name: string, options: Omit<DeleteOptions, "namespace"> = {}): Promise<T> {
    return this.object<T>("delete", "DeleteRequest", { key: { resource: resourceOf(resource).plural, namespace: namespace ?? "", name }, ...options });
  }

  /** Patches an object by key (see PatchOptions); the scale subresource replies with the whole object here. */
  async patch<T extends TypedObject>(resource: string | ResourceInfo, name: string, options: PatchOptions): Promise<{ object: T; outcome: ApplyOutcome }> {
    const { namespace, patch, ...rest } = options;
    const request = { key: { resource: resourceOf(resource).plural, namespace: namespace ?? "", name }, ...rest, patch: { raw: JSON.stringify(patch) } };
    const { data, outcome } = await this.call("patch", "PatchRequest", request);
    return { object: objectOf<T>(decodeMessage<RawObject>("RawObject", data)), outcome: (outcome as ApplyOutcome | undefined) ?? "configured" };
  }

  /** The scale subresource (autoscaling/v1 Scale) of a Deployment, ReplicaSet or StatefulSet. */
  getScale(resource: string | ResourceInfo, namespace: string | undefined, name: string): Promise<troupe.v1.Scale.$Properties> {
    return this.call("getScale", "GetRequest", { key: { resource: resourceOf(resource).plural, namespace: namespace ?? "", name } })
      .then(({ data }) => decodeMessage<troupe.v1.Scale.$Properties>("Scale", data));
  }

  /** Sets replicas through the scale subresource; a resourceVersion is a precondition (409 when the object moved on). */
  updateScale(resource: string | ResourceInfo, namespace: string | undefined, name: string, replicas: number, options: { resourceVersion?: string; fieldManager?: string; dryRun?: boolean } = {}): Promise<troupe.v1.Scale.$Properties> {
    const request = { key: { resource: resourceOf(resource).plural, namespace: namespace ?? "", name }, replicas, resourceVersion: options.resourceVersion ?? "", fieldManager: options.fieldManager ?? "", dryRun: options.dryRun ?? false };
    return this.call("updateScale", "UpdateScaleRequest", request).then(({ data }) => decodeMessage<troupe.v1.Scale.$Properties>("Scale", data));
  }

  /** A token for a ServiceAccount (serviceaccounts/token), bound to a pod when boundObjectRef names one (the kubelet's request). */
  createToken(namespace: string, serviceAccount: string, tokenRequest: troupe.v1.TokenRequest.$Properties): Promise<troupe.v1.TokenRequest.$Properties> {
    return this.call("createToken", "CreateTokenRequest", { key: { resource: "serviceaccounts", namespace, name: serviceAccount }, tokenRequest })
      .then(({ data }) => decodeMessage<troupe.v1.TokenRequest.$Properties>("TokenRequest", data));
  }

  /** Assigns a pod to a node (the scheduler's write). */
  bind<T extends TypedObject>(namespace: string, name: string, nodeName: string, uid?: string): Promise<T> {
    return this.object<T>("bind", "BindRequest", { namespace, name, nodeName, uid: uid ?? "" });
  }
}
