// A kubelet's part of a pod's one trace (docs/tracing.md): the pod's last change when the kubelet
// first sees it bound here (the bind) is the parent of the work that change causes here: image
// pulls, container starts, the first readiness success, and every status update up to and
// including the one that reports Ready=True. After that (and for a pod first seen without a
// traced change, as a pod already here when the kubelet started) the worker's writes start no
// spans of this trace, so the kubelet's own status writes, coming back through the informer,
// never restart the chain.
import { ROOT_CONTEXT, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Context, SpanContext } from "@opentelemetry/api";
import { ATTR_ERROR_TYPE, ATTR_TROUPE_POD_READY, ATTR_TROUPE_PROBE_TYPE } from "../../../runtime/semconv.ts";

const tracer = trace.getTracer("troupe.kubelet");

export class StartupTrace {
  #parent: Context | undefined;
  #seen = false;
  #done = false;
  readonly #attributes: Attributes;

  /** `attributes`: the pod's (k8s.pod.name, k8s.namespace.name, k8s.node.name), on every span. */
  constructor(attributes: Attributes) {
    this.#attributes = attributes;
  }

  /** The trigger of each pod version the worker gets; only the first version's counts. */
  observe(trigger: SpanContext | undefined): void {
    if (this.#seen) return;
    this.#seen = true;
    if (trigger) this.#parent = trace.setSpanContext(ROOT_CONTEXT, trigger);
  }

  get active(): boolean {
    return this.#parent !== undefined && !this.#done;
  }

  /** Runs `work` in a child span of the pod's trace while it is active; plainly otherwise. */
  async span<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
    const parent = this.#parent;
    if (!parent || this.#done) return work();
    return tracer.startActiveSpan(name, { attributes: { ...this.#attributes, ...attributes } }, parent, async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : typeof error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  /** The pod is ready for the first time: an instant span saying what made it so. */
  probeSuccess(probeType: "readiness" | "none", containers: readonly string[]): void {
    if (!this.active) return;
    tracer.startSpan("kubelet probe success", { attributes: { ...this.#attributes, [ATTR_TROUPE_PROBE_TYPE]: probeType, "troupe.pod.containers": containers.join(",") } }, this.#parent).end();
  }

  /** A status update: in the trace while it is active; the one reporting Ready that succeeds ends it. */
  async statusUpdate<T>(ready: boolean, write: () => Promise<T>): Promise<T> {
    const result = await this.span("kubelet update status", { [ATTR_TROUPE_POD_READY]: ready }, write);
    if (ready) this.#done = true;
    return result;
  }
}
