// One pod: its row, live, and its container's log streamed (Server-Sent Events of /api/logs).
import { useEffect, useRef, useState } from "preact/hooks";
import { html, age, traceHref } from "./html.js";

const MAX_LINES = 2000;

function Logs({ namespace, pod, container }) {
  const [lines, setLines] = useState([]);
  const [note, setNote] = useState("connecting…");
  const bottom = useRef(null);
  useEffect(() => {
    setLines([]);
    const source = new EventSource(`/api/logs?namespace=${encodeURIComponent(namespace)}&pod=${encodeURIComponent(pod)}&container=${encodeURIComponent(container)}`);
    source.addEventListener("open", () => setNote(""));
    source.addEventListener("line", (event) => setLines((before) => [...before.slice(-(MAX_LINES - 1)), JSON.parse(event.data)]));
    source.addEventListener("end", (event) => { setNote(JSON.parse(event.data).reason); source.close(); });
    source.addEventListener("failure", (event) => { setNote(JSON.parse(event.data).message); source.close(); });
    source.addEventListener("error", () => setNote("log stream interrupted"));
    return () => source.close();
  }, [namespace, pod, container]);
  useEffect(() => bottom.current?.scrollIntoView({ block: "nearest" }), [lines]);
  return html`<pre class="logs" data-logs>${lines.map((line, i) => html`<div key=${i} class=${line.stream}>${line.text}</div>`)}<span ref=${bottom}></span></pre>
    ${note ? html`<p class="muted" data-logs-note>${note}</p>` : ""}`;
}

export function PodPage({ rows, namespace, name }) {
  const pod = rows.pods[`${namespace}/${name}`];
  const [container, setContainer] = useState("");
  if (!pod) return html`<p class="message" data-gone>pod ${namespace}/${name} is gone (deleted, or not created yet)</p>`;
  const chosen = container || pod.containers[0];
  return html`<h2>Pod ${pod.name} <span class=${`pill ${pod.status}`}>${pod.status}</span></h2>
    <table><tbody>
      <tr><th>Namespace</th><td>${pod.namespace}</td><th>Node</th><td>${pod.node || "not scheduled"}</td></tr>
      <tr><th>Ready</th><td>${pod.ready}</td><th>Restarts</th><td>${pod.restarts}</td></tr>
      <tr><th>IP</th><td>${pod.podIP}</td><th>Owner</th><td>${pod.owner}</td></tr>
      <tr><th>Age</th><td>${age(pod.createdAt)}</td><th>Trace</th><td><a href=${traceHref("pods", pod.namespace, pod.name)} data-trace-link>last change</a></td></tr>
    </tbody></table>
    <h2>Logs ${pod.containers.length > 1 ? html`<select onChange=${(event) => setContainer(event.target.value)}>${pod.containers.map((c) => html`<option value=${c} selected=${c === chosen}>${c}</option>`)}</select>` : html`<span class="muted">${chosen}</span>`}</h2>
    ${pod.node ? html`<${Logs} namespace=${pod.namespace} pod=${pod.name} container=${chosen} />` : html`<p class="muted">not on a node yet: no logs</p>`}`;
}
