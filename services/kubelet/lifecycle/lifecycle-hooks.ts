// postStart and preStop hooks (exec and httpGet handlers), run through the probe runners so a
// hook reaches a container exactly as a probe would. Resolves with why the hook failed, or
// undefined when it succeeded (or there is none).
import type { troupe } from "../../../proto/gen/troupe.js";
import { probeRunner, type ProbeTarget } from "../probe/probe-runner.ts";
import { resolveProbe, isUnsupported } from "../probe/probe-spec.ts";

type LifecycleHandler = troupe.v1.LifecycleHandler.$Properties;

export async function runLifecycleHook(handler: LifecycleHandler | null | undefined, target: ProbeTarget, timeoutMs: number): Promise<string | undefined> {
  if (!handler || (!handler.exec && !handler.httpGet && !handler.tcpSocket)) return undefined;
  if (handler.tcpSocket) return "tcpSocket lifecycle handlers are deprecated and not supported";
  const resolved = resolveProbe("liveness", { exec: handler.exec, httpGet: handler.httpGet });
  if (isUnsupported(resolved)) return resolved.unsupported;
  const outcome = await probeRunner(resolved.action, target, timeoutMs)().catch((error: Error) => ({ result: "failure", message: error.message }));
  if (outcome.result === "success") return undefined;
  const what = handler.exec ? `Exec lifecycle hook (${JSON.stringify(handler.exec.command ?? [])})` : `HTTP lifecycle hook (${handler.httpGet?.path ?? "/"})`;
  return `${what} failed - error: ${outcome.message}`;
}
