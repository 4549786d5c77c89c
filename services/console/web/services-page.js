// Services with the addresses of their Endpoints.
import { html } from "./html.js";

export function ServicesPage({ rows }) {
  const services = Object.values(rows.services).sort((a, b) => (a.namespace + a.name < b.namespace + b.name ? -1 : 1));
  return html`<h2>Services (${services.length})</h2>
    <table><thead><tr><th>Name</th><th>Namespace</th><th>Type</th><th>Cluster IP</th><th>Ports</th><th>Endpoints</th></tr></thead>
    <tbody>${services.map((s) => html`<tr key=${`${s.namespace}/${s.name}`} data-service=${`${s.namespace}/${s.name}`}>
      <td>${s.name}</td><td>${s.namespace}</td><td>${s.type}</td><td>${s.clusterIP}</td><td>${s.ports.join(", ")}</td>
      <td>${s.ready.length === 0 && s.notReady.length === 0 ? html`<span class="muted">none</span>` : ""}
        ${s.ready.join(", ")}${s.notReady.length ? html` <span class="muted">(not ready: ${s.notReady.join(", ")})</span>` : ""}</td>
    </tr>`)}</tbody></table>`;
}
