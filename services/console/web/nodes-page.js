// Nodes with their pods, live.
import { Component } from "preact";
import { html, age, podHref } from "./html.js";

/** Redraws only when its row changed: a page of 1,000 pods redraws one line per change. */
class PodLine extends Component {
  shouldComponentUpdate(next) {
    return next.pod !== this.props.pod;
  }

  render({ pod }) {
    return html`
  <tr data-pod=${`${pod.namespace}/${pod.name}`} data-uid=${pod.uid}>
    <td><a href=${podHref(pod)}>${pod.name}</a></td>
    <td>${pod.namespace}</td>
    <td><span class=${`pill ${pod.status}`} data-status>${pod.status}</span></td>
    <td>${pod.ready}</td>
    <td>${pod.restarts}</td>
    <td>${pod.podIP}</td>
    <td>${age(pod.createdAt)}</td>
  </tr>`;
  }
}

function PodTable({ pods }) {
  if (pods.length === 0) return html`<p class="muted">no pods</p>`;
  return html`<table><thead><tr><th>Pod</th><th>Namespace</th><th>Status</th><th>Ready</th><th>Restarts</th><th>IP</th><th>Age</th></tr></thead>
    <tbody>${pods.map((pod) => html`<${PodLine} key=${`${pod.namespace}/${pod.name}`} pod=${pod} />`)}</tbody></table>`;
}

export function NodesPage({ rows }) {
  const byNode = new Map();
  for (const pod of Object.values(rows.pods)) {
    const list = byNode.get(pod.node) ?? [];
    list.push(pod);
    byNode.set(pod.node, list);
  }
  const sorted = (list) => (list ?? []).sort((a, b) => (a.namespace + a.name < b.namespace + b.name ? -1 : 1));
  const nodes = Object.values(rows.nodes).sort((a, b) => (a.name < b.name ? -1 : 1));
  return html`<h2>Nodes (${nodes.length})</h2>
    ${nodes.map((node) => html`<section class="node" data-node=${node.name} key=${node.name}>
      <h3>${node.name} <span class=${`pill ${node.ready}`}>${node.ready}</span>${node.unschedulable ? html` <span class="pill">SchedulingDisabled</span>` : ""}
        <span class="muted"> cpu ${node.cpu}, memory ${node.memory}, pods ${byNode.get(node.name)?.length ?? 0}/${node.maxPods}</span></h3>
      <${PodTable} pods=${sorted(byNode.get(node.name))} />
    </section>`)}
    ${byNode.has("") ? html`<section class="node" data-node=""><h3>Not scheduled yet</h3><${PodTable} pods=${sorted(byNode.get(""))} /></section>` : ""}`;
}
