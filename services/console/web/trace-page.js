// An object's last trace as a waterfall: the layout comes from the server (runtime/spans/waterfall.ts).
import { useEffect, useState } from "preact/hooks";
import { html } from "./html.js";

export function TracePage({ resource, namespace, name }) {
  const [view, setView] = useState(undefined);
  // Spans reach the store a few seconds after the change (the services export in batches).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setView(undefined);
    const query = new URLSearchParams({ resource, name, ...(namespace !== "-" ? { namespace } : {}) });
    fetch(`/api/trace?${query}`).then((response) => response.json()).then(setView, (error) => setView({ found: false, message: String(error) }));
  }, [resource, namespace, name, attempt]);
  if (!view) return html`<p class="muted">reading the trace of ${resource}/${name}…</p>`;
  if (!view.found) {
    return html`<h2>Trace of ${resource}/${name}</h2><p class="message" data-no-trace>${view.message}</p>
      <button data-trace-retry onClick=${() => setAttempt((n) => n + 1)}>Read again</button>`;
  }
  const total = Math.max(view.waterfall.durationMs, 0.001);
  return html`<h2>Trace of ${resource}/${name}</h2>
    <p class="muted">trace ${view.traceId}, ${view.waterfall.rows.length} spans, ${view.waterfall.durationMs.toFixed(1)} ms</p>
    <div class="waterfall" data-waterfall>${view.waterfall.rows.map((row) => html`<div class="row" data-span key=${row.span.spanId}>
      <div style=${`padding-left:${row.depth}rem`} title=${JSON.stringify(row.span.attributes)}><b>${row.span.service}</b> ${row.span.name}</div>
      <div class="lane"><div class=${`span ${row.span.status.code === "error" ? "error" : ""}`} style=${`left:${(row.offsetMs / total) * 100}%;width:${(row.durationMs / total) * 100}%`}></div></div>
      <div>${row.durationMs.toFixed(1)} ms</div>
    </div>`)}</div>`;
}
