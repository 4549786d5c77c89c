// Live charts: the points the console makes from the services' /metrics, and pods by phase from its rows.
import { html } from "./html.js";

function Sparkline({ title, values, unit }) {
  const max = Math.max(1, ...values);
  const path = values.map((value, i) => `${i === 0 ? "M" : "L"}${(i / Math.max(1, values.length - 1)) * 300},${80 - (value / max) * 76}`).join(" ");
  const last = values.at(-1);
  return html`<div class="chart" data-chart=${title}><div>${title}: <b>${last === undefined ? "–" : `${last} ${unit}`}</b></div>
    <svg viewBox="0 0 300 80" preserveAspectRatio="none"><path d=${path} fill="none" stroke="#3b7dd8" stroke-width="2" /></svg></div>`;
}

export function ChartsPage({ rows, points }) {
  const phases = {};
  for (const pod of Object.values(rows.pods)) phases[pod.phase] = (phases[pod.phase] ?? 0) + 1;
  const memory = points.at(-1)?.memoryMiB ?? {};
  const down = points.at(-1)?.down ?? [];
  return html`<h2>Charts</h2>
    <div class="charts">
      <${Sparkline} title="API requests" unit="/s" values=${points.map((p) => p.apiRequestsPerSecond)} />
      <${Sparkline} title="API errors" unit="/s" values=${points.map((p) => p.apiErrorsPerSecond)} />
      <${Sparkline} title="Scheduling attempts" unit="/s" values=${points.map((p) => p.schedulingAttemptsPerSecond)} />
      <${Sparkline} title="API watches" unit="" values=${points.map((p) => p.apiWatches)} />
      <div class="chart" data-chart="pods by phase"><div>Pods by phase</div>
        <table><tbody>${Object.entries(phases).map(([phase, count]) => html`<tr><td><span class=${`pill ${phase}`}>${phase}</span></td><td>${count}</td></tr>`)}</tbody></table></div>
      <div class="chart" data-chart="memory"><div>Resident memory (MiB)</div>
        <table><tbody>${Object.entries(memory).map(([service, mib]) => html`<tr><td>${service}</td><td>${mib}</td></tr>`)}</tbody></table>
        ${down.length ? html`<p class="muted">not answering: ${down.join(", ")}</p>` : ""}</div>
    </div>`;
}
