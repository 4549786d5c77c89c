// Workloads with their rollout progress: updated, ready and available of desired.
import { html, traceHref } from "./html.js";

function Progress({ value, of }) {
  const percent = of > 0 ? Math.min(100, Math.round((value / of) * 100)) : 100;
  return html`<div class="bar" title=${`${value}/${of}`}><div style=${`width:${percent}%`}></div></div>`;
}

const RESOURCE = { Deployment: "deployments", ReplicaSet: "replicasets", StatefulSet: "statefulsets", DaemonSet: "daemonsets" };

export function WorkloadsPage({ rows }) {
  const workloads = Object.values(rows.workloads).sort((a, b) => (a.kind + a.namespace + a.name < b.kind + b.namespace + b.name ? -1 : 1));
  return html`<h2>Workloads (${workloads.length})</h2>
    <table><thead><tr><th>Kind</th><th>Name</th><th>Namespace</th><th>Desired</th><th>Updated</th><th>Ready</th><th>Available</th><th>Progress</th><th></th></tr></thead>
    <tbody>${workloads.map((w) => html`<tr key=${`${w.kind}/${w.namespace}/${w.name}`} data-workload=${`${w.kind}/${w.namespace}/${w.name}`} data-progress=${`${w.updated}/${w.ready}/${w.available} of ${w.desired}`}>
      <td>${w.kind}</td><td>${w.name}${w.owner ? html`<div class="muted">${w.owner}</div>` : ""}</td><td>${w.namespace}</td>
      <td>${w.desired}</td><td>${w.updated}</td><td>${w.ready}</td><td>${w.available}</td>
      <td><${Progress} value=${w.available} of=${w.desired} /> ${w.complete ? html`<span class="pill complete">complete</span>` : html`<span class="pill Pending">rolling out</span>`}</td>
      <td><a href=${traceHref(RESOURCE[w.kind], w.namespace, w.name)}>trace</a></td>
    </tr>`)}</tbody></table>`;
}
