// Maps each API verb to its operation: decode the envelope, resolve the resource, run, encode.
import { findMetricsResource, getMetrics, listMetrics, metricsTarget } from "./resource-metrics/metrics-requests.ts";
import type { ResourceMetricsStore } from "./resource-metrics/metrics-store.ts";
import { checkCustomMetricsQuery, customMetrics, type CustomMetricsQuery } from "./custom-metrics/custom-metrics-requests.ts";
import type { MeshMetricsStore } from "./custom-metrics/mesh-metrics-store.ts";
import { CUSTOM_METRICS_GROUP } from "../../runtime/custom-metrics/metric-value-list.ts";
import { BadRequestError, ResourceTypeNotFoundError, ServiceUnavailableError } from "../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { resolveVersionedName, viewOfApiVersion, type VersionView } from "../../runtime/codec/version-views.ts";
import { parse as parseYaml } from "yaml";
import { LAST_CHANGE_TRACEPARENT_HEADER, WARNINGS_HEADER, type ApiVerb } from "../../runtime/subjects.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";
import type { NatsConnection } from "@nats-io/transport-node";
import type { ApiContext } from "./api-context.ts";
import { authorizeOrForbid } from "./authorization/authorize.ts";
import { preventEscalation } from "./authorization/prevent-escalation.ts";
import type { AuthorizationAttributes, Authorizer } from "./authorization/authorizer.ts";
import { discoveryAttributes, resourceAttributesFor, type RequestTarget } from "./authorization/request-attributes.ts";
import { reviewKindOf, type ReviewDeps } from "./authorization/reviews/review-kinds.ts";
import { answerReview } from "./authorization/reviews/answer-review.ts";
import { newAdmissionFeedback, type AdmissionFeedback } from "./admission/admission-feedback.ts";
import type { DecodedRequest } from "./audit/request-attributes.ts";
import { applyObject } from "./operations/apply.ts";
import { bindPod, type BindQuery } from "./operations/bind.ts";
import { createObject } from "./operations/create.ts";
import { createToken, type TokenRequest } from "./operations/create-token.ts";
import { getScale, updateScale } from "./operations/scale.ts";
import { deleteObject } from "./operations/delete.ts";
import { evictPod, type EvictQuery } from "./operations/evict.ts";
import { discovery } from "./operations/discovery.ts";
import { getObject } from "./operations/get.ts";
import { listObjects } from "./operations/list.ts";
import { applyTarget, patchObject } from "./operations/patch.ts";
import { podLogs } from "./operations/pod-logs.ts";
import { updateObject } from "./operations/update.ts";
import type { WatchManager, WatchQuery } from "./watch/watch-manager.ts";
import { checkViewFormat, decodeRawObject, decodeRequest, encodeEnvelope, encodeJson, encodeList, encodeObject, writeInStoredVersion, type WireFormat } from "./wire.ts";

export interface DispatchResult {
  body: Uint8Array;
  headers?: Record<string, string>;
}

interface ObjectEnvelope {
  object?: { apiVersion?: string; kind?: string; raw?: Uint8Array } | null;
  options?: { dryRun?: boolean; fieldManager?: string } | null;
}

interface PatchEnvelope {
  patchType?: string;
  patch?: { raw?: string } | null;
  fieldManager?: string;
  force?: boolean;
  dryRun?: boolean;
  subresource?: string;
}

interface KeyEnvelope {
  key?: { resource?: string; namespace?: string; name?: string } | null;
}

/** What the API knows about one request beyond its payload. */
export interface RequestAttributes {
  /** Who sent it: bound by the NATS server's authentication (services/api/authentication). */
  user: UserInfo;
}

export interface Dispatcher {
  ctx: ApiContext;
  watches: WatchManager;
  serverVersion: string;
  /** Every request is checked against it before any store work (services/api/authorization). */
  authorizer: Authorizer;
  /** What the access reviews need beyond the authorizer (the rules review reads RBAC's rules). */
  reviews: ReviewDeps;
  /** The API's own connection: podLogs reads the logs stream and the log-pods bucket with it. */
  nc: NatsConnection;
  /** The kubelets' latest usage, for get/list on metrics.k8s.io (services/api/resource-metrics). */
  resourceMetrics?: ResourceMetricsStore;
  /** The mesh SDK's reports, for custom.metrics.k8s.io (services/api/custom-metrics). */
  meshMetrics?: MeshMetricsStore;
}

/** Filled in as the request is decoded and run, so failures are labelled and audited too. */
export interface RequestLabels {
  resource: string;
  /** What the request was authorized as (user, verb, resource, namespace, name): audit reuses it. */
  attributes?: AuthorizationAttributes;
  /** What the request named and sent, and the object replied: its audit event (services/api/audit). */
  decoded: DecodedRequest;
  /** Admission's warnings (sent back in the reply) and audit annotations. */
  feedback: AdmissionFeedback;
  /** The served version the request reads or writes in, when not the stored one (autoscaling/v1). */
  view?: VersionView;
}

export function newRequestLabels(resource: string): RequestLabels {
  return { resource, decoded: {}, feedback: newAdmissionFeedback() };
}

function resolver(labels: RequestLabels): (resource: string | undefined) => ResourceInfo {
  return (resource) => {
    if (!resource) throw new BadRequestError("the request names no resource");
    // `horizontalpodautoscalers.v1.autoscaling`: the stored kind, read in another served version.
    const versioned = findResource(resource) ? undefined : resolveVersionedName(resource);
    const info = findResource(resource) ?? versioned?.info;
    if (!info) throw new ResourceTypeNotFoundError(resource);
    labels.view = versioned?.view;
    labels.resource = info.plural;
    labels.decoded.info = info;
    return info;
  };
}

function noteKey(labels: RequestLabels, key: { namespace?: string; name?: string } | null | undefined): void {
  labels.decoded.namespace = key?.namespace || undefined;
  labels.decoded.name = key?.name || undefined;
}

const OBJECT_REQUEST_TYPES = { create: "CreateRequest", apply: "ApplyRequest", update: "UpdateRequest", updateStatus: "UpdateRequest" } as const;

function decodeJsonObject(payload: Uint8Array, what = "the review"): { apiVersion?: string; kind?: string; metadata?: { namespace?: string } } & Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(payload));
  } catch (error) {
    throw new BadRequestError(`payload is not valid JSON: ${(error as Error).message}`, [], { cause: error });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new BadRequestError(`${what} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

function applyConfigObject(patch: unknown): Record<string, unknown> {
  if (typeof patch !== "string") return (patch ?? {}) as Record<string, unknown>;
  try {
    return (parseYaml(patch) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The served-version view an apply configuration is written in, if not the stored version. */
function configView(patch: unknown): VersionView | undefined {
  const config = applyConfigObject(patch) as { apiVersion?: string; kind?: string };
  return viewOfApiVersion(config.apiVersion, config.kind);
}

function requireName(name: string | undefined): string {
  if (!name) throw new BadRequestError("the request names no object (key.name is empty)");
  return name;
}

/** Unknown fields dropped under fieldValidation=Warn and admission's warnings, for the caller to
 * show (JSON array of messages; a write retried after a lost race may have said one twice). */
function warningHeaders(warnings: string[]): Record<string, string> {
  return warnings.length > 0 ? { [WARNINGS_HEADER]: JSON.stringify([...new Set(warnings)]) } : {};
}

function targetOf(info: ResourceInfo, namespace: string | undefined, name: string | undefined, subresource?: string): RequestTarget {
  return { group: info.group, plural: info.plural, namespaced: info.namespaced, namespace, name, subresource };
}

function metricsStore(d: Dispatcher): ResourceMetricsStore {
  if (!d.resourceMetrics) throw new ServiceUnavailableError("the resource metrics API is not running on this API server");
  return d.resourceMetrics;
}

/** metrics.k8s.io objects have no protobuf messages here: JSON only. */
function encodeMetrics(body: object, format: WireFormat): Uint8Array {
  if (format !== "json") throw new BadRequestError("metrics.k8s.io is served as JSON only (send Content-Type: application/json)");
  return new TextEncoder().encode(JSON.stringify(body));
}

export async function dispatch(d: Dispatcher, verb: ApiVerb, payload: Uint8Array, format: WireFormat, labels: RequestLabels, request: RequestAttributes): Promise<DispatchResult> {
  const { ctx } = d;
  const resolve = resolver(labels);
  const { user } = request;
  // Authorization comes before any store work: each verb decodes just enough to say what it targets.
  const authorize = async (target: RequestTarget, as: string = verb) => {
    const attributes = resourceAttributesFor(as, target, user);
    if (!attributes) throw new BadRequestError(`the verb ${as} has no authorization attributes`);
    labels.attributes ??= attributes;
    await authorizeOrForbid(d.authorizer, attributes);
  };
  switch (verb) {
    case "create":
    case "apply":
    case "update":
    case "updateStatus": {
      const { feedback } = labels;
      // An object in a served version other than the stored one (autoscaling/v1) is converted first.
      const stored = writeInStoredVersion(payload, format);
      const { view } = stored;
      labels.view = view;
      const envelope = decodeRequest<ObjectEnvelope>(OBJECT_REQUEST_TYPES[verb], stored.payload, format, feedback.warnings);
      const { info, object } = decodeRawObject(envelope.object);
      labels.resource = info.plural;
      labels.decoded.info = info;
      labels.decoded.object = object;
      const target = targetOf(info, object.metadata?.namespace || undefined, object.metadata?.name || undefined);
      await authorize(target);
      // apply creates what does not exist yet: that needs create as well as patch.
      if (verb === "apply" && !(await ctx.repo.get(info, target.namespace || undefined, target.name ?? ""))) await authorize(target, "create");
      if (verb !== "updateStatus") await preventEscalation(d, user, info, target.namespace ?? "", target.name ?? "", object);
      const options = { dryRun: envelope.options?.dryRun ?? false, fieldManager: envelope.options?.fieldManager || undefined, feedback };
      if (verb === "apply") {
        const { object: applied, outcome } = await applyObject(ctx, info, object, options);
        labels.decoded.result = applied;
        return { body: encodeObject(info, applied, format, view), headers: { "Troupe-Apply-Outcome": outcome, ...warningHeaders(feedback.warnings) } };
      }
      const written = verb === "create"
        ? await createObject(ctx, info, object, options)
        : await updateObject(ctx, info, object, verb === "update" ? "main" : "status", options);
      labels.decoded.result = written;
      return { body: encodeObject(info, written, format, view), headers: warningHeaders(feedback.warnings) };
    }
    case "get": {
      const { key } = decodeRequest<KeyEnvelope>("GetRequest", payload, format);
      const metricsResource = findMetricsResource(key?.resource);
      if (metricsResource) {
        labels.resource = `${metricsResource.plural}.metrics.k8s.io`;
        await authorize(metricsTarget(metricsResource, key?.namespace, key?.name));
        return { body: encodeMetrics(getMetrics(metricsStore(d), metricsResource, key?.namespace, requireName(key?.name)), format) };
      }
      const info = resolve(key?.resource);
      checkViewFormat(labels.view, format);
      noteKey(labels, key);
      await authorize(targetOf(info, key?.namespace, key?.name));
      const { object, lastChange } = await getObject(ctx, info, key?.namespace, requireName(key?.name));
      labels.decoded.result = object;
      return { body: encodeObject(info, object, format, labels.view), headers: lastChange ? { [LAST_CHANGE_TRACEPARENT_HEADER]: lastChange.traceparent } : undefined };
    }
    case "list": {
      const query = decodeRequest<{ resource?: string; namespace?: string; labelSelector?: string; fieldSelector?: string; limit?: number; continue?: string }>("ListRequest", payload, format);
      const metricsResource = findMetricsResource(query.resource);
      if (metricsResource) {
        labels.resource = `${metricsResource.plural}.metrics.k8s.io`;
        await authorize(metricsTarget(metricsResource, query.namespace, undefined));
        return { body: encodeMetrics(listMetrics(metricsStore(d), metricsResource, query), format) };
      }
      const info = resolve(query.resource);
      checkViewFormat(labels.view, format);
      labels.decoded.namespace = query.namespace || undefined;
      await authorize(targetOf(info, query.namespace, undefined));
      const result = await listObjects(ctx, info, query);
      return { body: encodeList(info, result.items, result.resourceVersion, result.continue, format, labels.view) };
    }
    case "delete": {
      const request = decodeRequest<KeyEnvelope & { propagationPolicy?: string; gracePeriodSeconds?: number | null; preconditions?: { uid?: string; resourceVersion?: string } | null; dryRun?: boolean }>("DeleteRequest", payload, format);
      const info = resolve(request.key?.resource);
      checkViewFormat(labels.view, format);
      noteKey(labels, request.key);
      await authorize(targetOf(info, request.key?.namespace, request.key?.name));
      const policy = request.propagationPolicy ?? "";
      if (policy && !["Background", "Foreground", "Orphan"].includes(policy)) {
        throw new BadRequestError(`propagationPolicy: Unsupported value: "${policy}": supported values: "Background", "Foreground", "Orphan"`);
      }
      const deleted = await deleteObject(ctx, info, {
        namespace: request.key?.namespace,
        name: requireName(request.key?.name),
        propagationPolicy: policy,
        gracePeriodSeconds: request.gracePeriodSeconds,
        preconditions: request.preconditions,
        dryRun: request.dryRun,
      });
      labels.decoded.result = deleted;
      return { body: encodeObject(info, deleted, format, labels.view) };
    }
    case "watch": {
      const query = decodeRequest<WatchQuery & { resource?: string }>("WatchRequest", payload, format);
      const info = resolve(query.resource);
      checkViewFormat(labels.view, format);
      labels.decoded.namespace = (query as { namespace?: string }).namespace || undefined;
      await authorize(targetOf(info, query.namespace, undefined));
      const started = await d.watches.open(info, query, format, labels.view);
      return { body: encodeEnvelope("WatchStarted", started, format) };
    }
    case "patch": {
      const { warnings } = labels.feedback;
      const request = decodeRequest<KeyEnvelope & PatchEnvelope & { fieldValidation?: string }>("PatchRequest", payload, format);
      let patch: unknown = request.patch?.raw ? JSON.parse(request.patch.raw) : undefined;
      // A server-side apply configuration in another served version (autoscaling/v1) is applied as
      // the stored version's, and answered in its own.
      const applyView = request.patchType === "apply" ? configView(patch) : undefined;
      if (applyView) {
        try {
          patch = applyView.toStored(applyConfigObject(patch));
        } catch (error) {
          throw new BadRequestError((error as Error).message, [], { cause: error });
        }
      }
      // An apply may leave the key to its configuration's apiVersion, kind and metadata.
      const target = request.patchType === "apply" && !request.key?.resource ? applyTarget(patch) : undefined;
      const info = target?.info ?? resolve(request.key?.resource);
      if (applyView) labels.view = applyView;
      checkViewFormat(labels.view, format);
      labels.resource = info.plural;
      labels.decoded.info = info;
      labels.decoded.namespace = request.key?.namespace || target?.namespace;
      labels.decoded.name = request.key?.name || target?.name;
      labels.decoded.subresource = request.subresource || undefined;
      labels.decoded.patch = patch;
      const namespace = request.key?.namespace || target?.namespace;
      const name = requireName(request.key?.name || target?.name);
      await authorize(targetOf(info, namespace, name, request.subresource ?? ""));
      await preventEscalation(d, user, info, namespace ?? "", name, request.patchType === "apply" ? (patch as ApiObject) : undefined);
      const result = await patchObject(ctx, info, {
        namespace,
        name,
        patchType: request.patchType ?? "",
        patch,
        fieldManager: request.fieldManager || undefined,
        force: request.force ?? false,
        dryRun: request.dryRun ?? false,
        subresource: request.subresource ?? "",
        fieldValidation: request.fieldValidation ?? "",
        warnings,
        feedback: labels.feedback,
        view: applyView ? undefined : labels.view,
      });
      labels.decoded.result = result.object;
      const headers = { "Troupe-Apply-Outcome": result.outcome, ...warningHeaders(warnings) };
      // The scale subresource answers with its Scale, which has a JSON form only.
      if (result.scale && format === "json") return { body: encodeJson(result.scale), headers };
      return { body: encodeObject(info, result.object, format, labels.view), headers };
    }
    case "discovery":
      labels.attributes = discoveryAttributes(user);
      await authorizeOrForbid(d.authorizer, labels.attributes);
      return { body: encodeEnvelope("DiscoveryResponse", discovery(d.serverVersion), format) };
    case "evict": {
      labels.resource = "pods";
      labels.decoded.info = resolve("pods");
      const request = decodeRequest<KeyEnvelope & Omit<EvictQuery, "namespace" | "name">>("EvictRequest", payload, format);
      noteKey(labels, request.key);
      if (request.key?.resource && resolve(request.key.resource).plural !== "pods") throw new BadRequestError("only pods can be evicted");
      await authorize(targetOf(resolve("pods"), request.key?.namespace, request.key?.name));
      const evicted = await evictPod(ctx, {
        namespace: request.key?.namespace,
        name: requireName(request.key?.name),
        deleteOptions: request.deleteOptions,
        dryRun: request.dryRun ?? false,
      });
      labels.decoded.result = evicted;
      return { body: encodeObject(resolve("pods"), evicted, format) };
    }
    case "createToken": {
      labels.resource = "serviceaccounts";
      labels.decoded.info = resolve("serviceaccounts");
      const request = decodeRequest<KeyEnvelope & { tokenRequest?: TokenRequest | null }>("CreateTokenRequest", payload, format);
      noteKey(labels, request.key);
      if (request.key?.resource && resolve(request.key.resource).plural !== "serviceaccounts") throw new BadRequestError("tokens are created for serviceaccounts only");
      // create serviceaccounts/token (VERB_ATTRIBUTES.createToken).
      await authorize(targetOf(resolve("serviceaccounts"), request.key?.namespace, request.key?.name));
      const issued = await createToken(ctx, { namespace: request.key?.namespace, name: requireName(request.key?.name), request: request.tokenRequest ?? {} });
      return { body: encodeEnvelope("TokenRequest", issued, format) };
    }
    case "bind": {
      labels.resource = "pods";
      labels.decoded.info = resolve("pods");
      const query = decodeRequest<BindQuery>("BindRequest", payload, format);
      noteKey(labels, query);
      await authorize(targetOf(resolve("pods"), query.namespace, query.name));
      const bound = await bindPod(ctx, query);
      labels.decoded.result = bound;
      return { body: encodeObject(resolve("pods"), bound, format) };
    }
    case "getScale": {
      const { key } = decodeRequest<KeyEnvelope>("GetRequest", payload, format);
      const info = resolve(key?.resource);
      noteKey(labels, key);
      labels.decoded.subresource = "scale";
      // get <resource>/scale (VERB_ATTRIBUTES.getScale).
      await authorize(targetOf(info, key?.namespace, key?.name));
      const scale = await getScale(ctx, info, key?.namespace, requireName(key?.name));
      return { body: format === "json" ? encodeJson(scale) : encodeEnvelope("Scale", scale, format) };
    }
    case "updateScale": {
      const request = decodeRequest<KeyEnvelope & { replicas?: number; resourceVersion?: string; dryRun?: boolean; fieldManager?: string }>("UpdateScaleRequest", payload, format, labels.feedback.warnings);
      const info = resolve(request.key?.resource);
      noteKey(labels, request.key);
      labels.decoded.subresource = "scale";
      // update <resource>/scale (VERB_ATTRIBUTES.updateScale): what the HPA and kubectl scale need.
      await authorize(targetOf(info, request.key?.namespace, request.key?.name));
      const scale = await updateScale(ctx, info, {
        namespace: request.key?.namespace,
        name: requireName(request.key?.name),
        replicas: request.replicas ?? 0,
        resourceVersion: request.resourceVersion || undefined,
        dryRun: request.dryRun ?? false,
        fieldManager: request.fieldManager || undefined,
        feedback: labels.feedback,
      });
      return { body: format === "json" ? encodeJson(scale) : encodeEnvelope("Scale", scale, format), headers: warningHeaders(labels.feedback.warnings) };
    }
    case "review": {
      // Access reviews have a JSON form only: they are answered, never stored.
      if (format !== "json") throw new BadRequestError("payload is not a valid review: reviews have a JSON form only (Content-Type application/json)");
      const review = decodeJsonObject(payload);
      const kind = reviewKindOf(review);
      labels.resource = kind.plural;
      await authorize({ group: kind.group, plural: kind.plural, namespaced: kind.namespaced, namespace: review.metadata?.namespace ?? "" });
      return { body: encodeJson(await answerReview(d.reviews, d.authorizer, kind, review, user)) };
    }
    case "customMetrics": {
      if (format !== "json") throw new BadRequestError("payload is not a valid customMetrics request: customMetrics has a JSON form only (Content-Type application/json): custom.metrics.k8s.io MetricValueLists have no protobuf message");
      const query = decodeJsonObject(payload, "the custom metrics query") as CustomMetricsQuery;
      const checked = checkCustomMetricsQuery(query);
      labels.resource = `${checked.resource.plural}.${CUSTOM_METRICS_GROUP}`;
      // Kubernetes' RequestInfo of /apis/custom.metrics.k8s.io/v1beta2/namespaces/NS/pods/*/METRIC:
      // get on pods (group custom.metrics.k8s.io), name "*", subresource METRIC.
      await authorize({ group: CUSTOM_METRICS_GROUP, plural: checked.resource.plural, namespaced: true, namespace: checked.namespace, name: checked.name, subresource: checked.metric });
      if (!d.meshMetrics) throw new ServiceUnavailableError("the custom metrics API is not running on this API server");
      return { body: encodeJson(await customMetrics(ctx, d.meshMetrics, query)) };
    }
    case "podLogs": {
      // JSON only, as the reviews: a reply of log lines has no protobuf message.
      if (format !== "json") throw new BadRequestError("payload is not a valid podLogs request: podLogs has a JSON form only (Content-Type application/json)");
      const pods = resolve("pods");
      const body = decodeJsonObject(payload);
      labels.decoded.namespace = typeof body.namespace === "string" && body.namespace ? body.namespace : undefined;
      const authorizeCheck = ({ verb: as, namespace, name }: { verb: "podLogs" | "list"; namespace: string; name?: string }) => authorize(targetOf(pods, namespace, name), as);
      return { body: encodeJson(await podLogs({ ctx, nc: d.nc, pods, authorize: authorizeCheck }, body)) };
    }
  }
}
