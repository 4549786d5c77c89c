// The API server as an actor service: a NATS micro service (troupe-api) whose endpoints are
// the verbs under troupe.api.v1, served by every replica in one queue group.
import { ResourceMetricsStore } from "./resource-metrics/metrics-store.ts";
import { MeshMetricsStore } from "./custom-metrics/mesh-metrics-store.ts";
import { createMeshMetricsStoreMetrics } from "./custom-metrics/mesh-metrics-store-metrics.ts";
import { createResourceMetricsStoreMetrics } from "./resource-metrics/metrics-store-metrics.ts";
import { createHash } from "node:crypto";
import { headers, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";
import { Svcm, type Service, type ServiceMsg } from "@nats-io/services";
import type { Registry } from "prom-client";
import { toApiError, type StatusJson } from "../../runtime/api-errors.ts";
import { ANONYMOUS, type UserInfo } from "../../runtime/auth/user-info.ts";
import type { Logger } from "../../runtime/log.ts";
import { ATTR_ERROR_TYPE, ATTR_TROUPE_PRIORITY_LEVEL, ATTR_TROUPE_RESOURCE, ATTR_TROUPE_STATUS_CODE, ATTR_ENDUSER_ID, ATTR_TROUPE_VERB } from "../../runtime/semconv.ts";
import { handleWithTrace } from "../../runtime/messaging.ts";
import { retry } from "../../runtime/retry.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { CachingStore } from "../../runtime/store/caching-store.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import {
  MUTATING_API_VERBS, REQUEST_ID_HEADER, API_IDENTITY_TOKEN, API_PREFIX, API_QUEUE_GROUP, API_SERVICE_NAME, API_VERBS, FLOW_REJECTED_HEADER, FLOW_SCHEMA_HEADER, IMPERSONATE_GROUP_HEADER, IMPERSONATE_USER_HEADER,
  PRIORITY_LEVEL_HEADER, RETRY_AFTER_HEADER, type ApiVerb,
} from "../../runtime/subjects.ts";
import { authenticateRequest } from "./authentication/authenticate-request.ts";
import { impersonatedUser, impersonationChecks, impersonationOf } from "./authentication/impersonation.ts";
import { authorizeOrForbid } from "./authorization/authorize.ts";
import type { Authorizer } from "./authorization/authorizer.ts";
import { ensureBootstrapPolicy } from "./authorization/bootstrap/reconcile-policy.ts";
import { buildAuthorizer, type ApiAuthorization } from "./authorization/build-authorizer.ts";
import { ReplayedReplies } from "./replayed-replies.ts";
import { createApiContext, type ApiContext } from "./api-context.ts";
import { InformerVpaLister } from "./admission/vpa-lister.ts";
import { loadNatsAuthority, NatsTokenIssuer } from "./tokens/token-issuer.ts";
import { EncryptingStore } from "./encryption/encrypting-store.ts";
import { EncryptionControl, loadEncryption, logEncryption } from "./encryption/encryption-control.ts";
import { KvAllocationRecords } from "./allocation/kv-allocation-records.ts";
import { parsePortRange } from "./allocation/port-range.ts";
import { ServiceAllocator } from "./allocation/service-allocator.ts";
import { serviceIpRange } from "./allocation/service-ip-range.ts";
import { ensureInitialNamespaces } from "./bootstrap.ts";
import { dispatch, newRequestLabels, type Dispatcher, type RequestLabels } from "./dispatch.ts";
import { startAuditor } from "./audit/start-auditor.ts";
import type { Auditor } from "./audit/auditor.ts";
import { FlowControlRejectedError, FlowController } from "./flowcontrol/flow-controller.ts";
import { ListWidths } from "./flowcontrol/list-width.ts";
import { withinDeadline } from "./flowcontrol/request-deadline.ts";
import { requestResource } from "./flowcontrol/request-resource.ts";
import type { Classification } from "./flowcontrol/types.ts";
import { createApiMetrics, UNKNOWN_RESOURCE, type ApiMetrics } from "./metrics.ts";
import { resolveApiServiceOptions, type ApiServiceOptions, type ResolvedApiServiceOptions } from "./options.ts";
import { startJetStreamSampler, type JetStreamSampler } from "./jetstream-metrics.ts";
import { TimedStore } from "./timed-store.ts";
import { WatchManager } from "./watch/watch-manager.ts";
import { traceExemplarLabels } from "../../runtime/trace-exemplar.ts";
import { CONTENT_TYPE_HEADER, CONTENT_TYPES, encodeStatus, wireFormatOf, type WireFormat } from "./wire.ts";

export interface ApiServiceDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
  /** Authorizers consulted before RBAC (after the system:masters check), e.g. the Node
   * authorizer; built once the API's context exists (services/api/authorization/build-authorizer.ts). */
  authorizersBefore?: (ctx: ApiContext) => Authorizer[];
}

/** A list's caller and request body, hashed: bounded memory whatever the body. */
function listWidthKey(flow: Classification, payload: Uint8Array): string {
  return createHash("sha256").update(flow.flow).update("\0").update(payload).digest("base64");
}

function flowHeaders(flow: Classification): Record<string, string> {
  return { [FLOW_SCHEMA_HEADER]: flow.flowSchema, [PRIORITY_LEVEL_HEADER]: flow.priorityLevel };
}

/** NATS header values cannot hold line breaks; micro's error header carries the message. */
function headerSafe(text: string): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, 1024);
}

export class ApiService {
  readonly options: ResolvedApiServiceOptions;
  readonly ctx: ApiContext;
  private readonly deps: ApiServiceDeps;
  private readonly metrics: ApiMetrics;
  private readonly watches: WatchManager;
  private streamSampler: JetStreamSampler | undefined;
  /** The kubelets' latest usage reports, served as metrics.k8s.io. */
  private readonly resourceMetrics = new ResourceMetricsStore();
  /** The mesh SDK's reports, served as custom.metrics.k8s.io. */
  private readonly meshMetrics = new MeshMetricsStore();
  private readonly flowControl: FlowController;
  private readonly listWidths = new ListWidths();
  private readonly replies = new ReplayedReplies();
  private service: Service | undefined;
  private ready = false;

  private readonly cache: CachingStore;
  private readonly vpas: InformerVpaLister;
  private readonly encryption: EncryptionControl;
  private readonly auditor: Auditor | undefined;
  readonly authorization: ApiAuthorization;

  private constructor(deps: ApiServiceDeps, options: ResolvedApiServiceOptions, ctx: ApiContext, cache: CachingStore, encryption: EncryptionControl, metrics: ApiMetrics, auditor: Auditor | undefined, vpas: InformerVpaLister) {
    this.auditor = auditor;
    this.authorization = buildAuthorizer(ctx, {
      before: deps.authorizersBefore?.(ctx) ?? [],
      logger: deps.logger,
      observe: (attributes, decision, authorizer, seconds) => {
        const outcome = decision.decision === "noOpinion" ? "no_opinion" : decision.decision;
        metrics.authorization.inc({ decision: outcome, authorizer: authorizer || "none" });
        metrics.authorizationDuration.observe(seconds);
        if (outcome !== "allow") {
          const target = attributes.kind === "resource" ? { resource: attributes.resource, subresource: attributes.subresource, namespace: attributes.namespace, name: attributes.name } : { path: attributes.path };
          deps.logger.debug("request not authorized", { user: attributes.user.username, verb: attributes.verb, ...target, decision: outcome, authorizer, reason: decision.reason });
        }
      },
    });
    this.cache = cache;
    this.vpas = vpas;
    this.encryption = encryption;
    this.deps = deps;
    this.options = options;
    this.ctx = ctx;
    this.metrics = metrics;
    this.flowControl = new FlowController(deps.registry, options.flowControl);
    this.watches = new WatchManager(deps.nc, ctx.repo, options.instanceId, deps.logger, this.metrics, options.watchWindowRevisions);
  }

  static async start(deps: ApiServiceDeps, options: ApiServiceOptions = {}): Promise<ApiService> {
    const resolved = resolveApiServiceOptions(options);
    // A bad or unreadable configuration fails the start: never fall back to plaintext.
    const encryptionState = await loadEncryption(resolved.encryptionConfig);
    const kv = await retry(() => KvStore.open(deps.nc, { bucket: resolved.bucket, history: resolved.history, replicas: resolved.replicas }), {
      what: "open the state bucket",
      logger: deps.logger,
    });
    // Bad ranges fail the start with the reason, before anything is served.
    const ipRange = serviceIpRange(resolved.serviceCidr);
    const nodePortRange = parsePortRange(resolved.nodePortRange);
    const records = await retry(() => KvAllocationRecords.open(deps.nc, { replicas: resolved.replicas }), {
      what: "open the allocations bucket",
      logger: deps.logger,
    });
    const metrics = createApiMetrics(deps.registry);
    const cache = await CachingStore.start(new TimedStore(kv, metrics.storeDuration), deps.logger);
    const store = new EncryptingStore(cache, encryptionState.transformers, deps.logger, (operation, outcome) => metrics.encryption.inc({ operation, outcome }));
    logEncryption(deps.logger, resolved.encryptionConfig, store, encryptionState);
    const encryption = new EncryptionControl({ nc: deps.nc, store, path: resolved.encryptionConfig, instanceId: resolved.instanceId, logger: deps.logger, state: encryptionState });
    const repo = new ObjectRepository(store);
    const services = new ServiceAllocator({ records, ipRange, nodePortRange, repo, staleAfterMs: resolved.allocationStaleAfterMs, now: () => new Date() });
    const tokens = resolved.natsAuthorityFile ? new NatsTokenIssuer(await loadNatsAuthority(resolved.natsAuthorityFile)) : undefined;
    if (!tokens && resolved.serviceAccountAdmission) deps.logger.warn("ServiceAccount admission is on but there is no NATS authority (TROUPE_NATS_AUTHORITY_FILE): pods get token volumes the kubelets cannot fill");
    else if (!tokens) deps.logger.info("no NATS authority (TROUPE_NATS_AUTHORITY_FILE): createToken answers 503 ServiceUnavailable");
    const vpas = new InformerVpaLister(repo, deps.logger);
    await vpas.start();
    const ctx = createApiContext(repo, services, resolved.maxObjectBytes, { vpas, tokens, serviceAccountAdmission: resolved.serviceAccountAdmission });
    // Payloads of whatever is encrypted at rest are never audited, and Secrets never.
    const redacted = new Set(["secrets", ...encryptionState.transformers.keys()]);
    const auditor = resolved.audit ? await startAuditor({ nc: deps.nc, logger: deps.logger, metrics, options: resolved, redactedResources: redacted }) : undefined;
    const api = new ApiService(deps, resolved, ctx, cache, encryption, metrics, auditor, vpas);
    await retry(() => ensureInitialNamespaces(ctx), { what: "create the initial namespaces", logger: deps.logger });
    await retry(() => ensureBootstrapPolicy(ctx), { what: "reconcile the default RBAC policy", logger: deps.logger });
    await api.authorization.start();
    await api.serve();
    return api;
  }

  isReady(): boolean {
    return this.ready && !this.deps.nc.isClosed();
  }

  private async serve(): Promise<void> {
    const { instanceId, version } = this.options;
    this.watches.start();
    this.encryption.start();
    this.streamSampler = startJetStreamSampler(this.deps.nc, this.deps.registry, { logger: this.deps.logger });
    this.resourceMetrics.start(this.deps.nc, this.deps.logger, createResourceMetricsStoreMetrics(this.deps.registry));
    this.meshMetrics.start(this.deps.nc, this.deps.logger, createMeshMetricsStoreMetrics(this.deps.registry));
    this.service = await new Svcm(this.deps.nc).add({
      name: API_SERVICE_NAME,
      version,
      description: "Troupe API server: validation, defaulting and persistence of cluster objects",
      queue: API_QUEUE_GROUP,
      metadata: { instance: instanceId },
    });
    const group = this.service.addGroup(API_PREFIX, API_QUEUE_GROUP);
    for (const verb of API_VERBS) {
      const handler = (error: Error | null, msg: ServiceMsg): void => {
        if (error) {
          this.deps.logger.warn("api endpoint error", { verb, error });
          return;
        }
        void this.handle(verb, msg);
      };
      group.addEndpoint(verb, { handler, metadata: { verb } });
      // The same verb as an identity: troupe.api.v1.as.<token>.<verb> (docs/security.md).
      group.addEndpoint(`${verb}-as`, { subject: `${API_IDENTITY_TOKEN}.*.${verb}`, handler, metadata: { verb, identity: "subject-token" } });
    }
    this.ready = true;
    this.deps.logger.info("api serving", { instanceId, subjects: `${API_PREFIX}.>` });
  }

  private async handle(verb: ApiVerb, msg: ServiceMsg): Promise<void> {
    // A write sent again (the client lost its connection while it was in flight) is answered
    // with the first copy's reply, never done twice.
    const requestId = MUTATING_API_VERBS.has(verb) ? msg.headers?.get(REQUEST_ID_HEADER) : "";
    if (requestId) {
      const key = `${msg.subject} ${requestId}`;
      const earlier = this.replies.seen(key);
      if (earlier) {
        (await earlier)(msg);
        this.metrics.replayed.inc({ verb });
        return;
      }
      this.replies.record(key, msg);
    }
    const started = performance.now();
    const received = this.auditor ? new Date() : undefined;
    const labels = newRequestLabels(UNKNOWN_RESOURCE);
    let code = 200;
    let created = false;
    let user: UserInfo | undefined;
    let format: WireFormat = "json";
    let reply: Uint8Array | undefined;
    let failure: StatusJson | undefined;
    let exemplar: Record<string, string> = {};
    await handleWithTrace(msg, `troupe.api ${verb}`, async (span) => {
      exemplar = traceExemplarLabels(span);
      let flow: Classification | undefined;
      span.setAttribute(ATTR_TROUPE_VERB, verb);
      try {
        format = wireFormatOf(msg.headers?.get(CONTENT_TYPE_HEADER) || undefined, msg.data);
        const authenticated = authenticateRequest(msg.subject, this.options.identitylessUser);
        // A refused impersonation is audited as the authenticated user.
        user = authenticated;
        user = await this.effectiveUser(authenticated, msg.headers);
        span.setAttribute(ATTR_ENDUSER_ID, user.username);
        const requestFormat = format;
        const requestUser = user;
        flow = this.flowControl.classify({ user: requestUser, verb, resource: () => requestResource(verb, msg.data, requestFormat) });
        span.setAttribute(ATTR_TROUPE_PRIORITY_LEVEL, flow.priorityLevel);
        // A list is charged seats by the size of its last reply (flowcontrol/list-width.ts).
        const listKey = verb === "list" ? listWidthKey(flow, msg.data) : undefined;
        const seat = await this.flowControl.admit(flow, listKey ? this.listWidths.estimate(listKey) : 1);
        try {
          const result = await withinDeadline(dispatch(this.dispatcher, verb, msg.data, format, labels, { user: requestUser }), this.flowControl.options.requestTimeoutMs);
          if (listKey) this.listWidths.observe(listKey, result.body.length);
          span.setAttribute(ATTR_TROUPE_RESOURCE, labels.resource);
          msg.respond(result.body, { headers: this.replyHeaders(format, { ...flowHeaders(flow), ...result.headers }) });
          reply = result.body;
          created = verb === "create" || result.headers?.["Troupe-Apply-Outcome"] === "created";
        } finally {
          seat.release();
        }
      } catch (error) {
        const apiError = toApiError(error);
        code = apiError.code;
        failure = apiError.status;
        span.setAttribute(ATTR_TROUPE_STATUS_CODE, code);
        span.setAttribute(ATTR_ERROR_TYPE, error instanceof FlowControlRejectedError ? `${apiError.reason}/${error.rejectReason}` : apiError.reason);
        // 503 is how the API is set up (createToken without a NATS authority): a warning, not a bug.
        if (code === 503) this.deps.logger.warn("api request refused", { verb, reason: apiError.reason, message: apiError.message });
        else if (code >= 500) this.deps.logger.error("api request failed", { verb, error });
        const retryAfter = apiError.details?.retryAfterSeconds;
        const extra = {
          ...(flow ? flowHeaders(flow) : {}),
          ...(retryAfter !== undefined ? { [RETRY_AFTER_HEADER]: String(retryAfter) } : {}),
          ...(error instanceof FlowControlRejectedError ? { [FLOW_REJECTED_HEADER]: error.rejectReason } : {}),
        };
        msg.respondError(code, headerSafe(apiError.message), encodeStatus(apiError.status, format), { headers: this.replyHeaders(format, extra) });
      }
    });
    // Requests whose identity did not decode are audited as the anonymous user, as kube-apiserver
    // audits failed authentications.
    if (this.auditor && received) this.audit(verb, user ?? ANONYMOUS, labels, { payload: msg.data, format, reply, code: created ? 201 : code, failure, received });
    this.metrics.requests.inc({ verb, resource: labels.resource, code: String(code) });
    this.metrics.duration.observe({ labels: { verb }, value: (performance.now() - started) / 1000, exemplarLabels: exemplar });
  }

  /** The authenticated user, or whom they impersonate once the chain allows each part of it. */
  private async effectiveUser(authenticated: UserInfo, requestHeaders: MsgHdrs | undefined): Promise<UserInfo> {
    const request = impersonationOf(requestHeaders?.get(IMPERSONATE_USER_HEADER) || undefined, requestHeaders?.get(IMPERSONATE_GROUP_HEADER) || undefined);
    if (!request) return authenticated;
    for (const check of impersonationChecks(authenticated, request)) await authorizeOrForbid(this.authorization.authorizer, check);
    return impersonatedUser(request);
  }

  private audit(verb: ApiVerb, user: UserInfo, labels: RequestLabels, outcome: { payload: Uint8Array; format: WireFormat; reply?: Uint8Array; code: number; failure?: StatusJson; received: Date }): void {
    this.auditor?.record({ verb, user, decoded: labels.decoded, annotations: labels.feedback.auditAnnotations, completed: new Date(), ...outcome });
  }

  private get dispatcher(): Dispatcher {
    return {
      ctx: this.ctx,
      watches: this.watches,
      serverVersion: this.options.version,
      authorizer: this.authorization.authorizer,
      reviews: { rulesFor: this.authorization.rulesFor },
      nc: this.deps.nc,
      resourceMetrics: this.resourceMetrics,
      meshMetrics: this.meshMetrics,
    };
  }

  private replyHeaders(format: WireFormat, extra: Record<string, string> = {}): MsgHdrs {
    const reply = headers();
    reply.set(CONTENT_TYPE_HEADER, CONTENT_TYPES[format]);
    for (const [name, value] of Object.entries(extra)) reply.set(name, value);
    return reply;
  }

  async stop(): Promise<void> {
    this.ready = false;
    this.watches.stop();
    this.streamSampler?.stop();
    this.resourceMetrics.stop();
    this.meshMetrics.stop();
    this.encryption.stop();
    this.authorization.stop();
    this.vpas.stop();
    this.cache.stop();
    await this.service?.stop();
    await this.auditor?.flush();
  }
}
