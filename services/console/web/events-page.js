// Recent events, newest first.
import { html, age } from "./html.js";

export function EventsPage({ rows }) {
  const events = Object.values(rows.events).sort((a, b) => (a.lastTime > b.lastTime ? -1 : 1));
  return html`<h2>Events (${events.length})</h2>
    <table><thead><tr><th>Last seen</th><th>Type</th><th>Reason</th><th>Object</th><th>Message</th><th>Count</th><th>Source</th></tr></thead>
    <tbody>${events.map((e) => html`<tr key=${`${e.namespace}/${e.name}`}>
      <td>${age(e.lastTime)}</td><td>${e.type}</td><td>${e.reason}</td><td>${e.object}</td><td>${e.message}</td><td>${e.count}</td><td>${e.source}</td>
    </tr>`)}</tbody></table>`;
}
