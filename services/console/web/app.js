// The console's single page: a menu, the page the URL's fragment names, and one store fed by
// Server-Sent Events. Moving between pages changes the fragment only: no reload.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { html } from "./html.js";
import { createStore } from "./store.js";
import { NodesPage } from "./nodes-page.js";
import { WorkloadsPage } from "./workloads-page.js";
import { ServicesPage } from "./services-page.js";
import { EventsPage } from "./events-page.js";
import { PodPage } from "./pod-page.js";
import { TracePage } from "./trace-page.js";
import { ChartsPage } from "./charts-page.js";

const store = createStore();
const MENU = [["nodes", "Nodes"], ["workloads", "Workloads"], ["services", "Services"], ["events", "Events"], ["charts", "Charts"]];

function useHash() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
}

function useStore() {
  const [, setVersion] = useState(0);
  useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), []);
  return store;
}

function Page({ path, rows, points }) {
  const [page, ...rest] = path;
  switch (page) {
    case "workloads": return html`<${WorkloadsPage} rows=${rows} />`;
    case "services": return html`<${ServicesPage} rows=${rows} />`;
    case "events": return html`<${EventsPage} rows=${rows} />`;
    case "charts": return html`<${ChartsPage} rows=${rows} points=${points} />`;
    case "pod": return html`<${PodPage} rows=${rows} namespace=${rest[0]} name=${rest[1]} />`;
    case "trace": return html`<${TracePage} resource=${rest[0]} namespace=${rest[1]} name=${rest[2]} />`;
    default: return html`<${NodesPage} rows=${rows} />`;
  }
}

function App() {
  const path = useHash();
  const { rows, points, live } = useStore();
  const [user, setUser] = useState("");
  useEffect(() => { fetch("/api/session").then((r) => r.json()).then((s) => setUser(s.user)); }, []);
  const current = path[0] || "nodes";
  return html`<nav>
      <b>Troupe</b>
      ${MENU.map(([id, label]) => html`<a href=${`#/${id}`} class=${current === id ? "active" : ""}>${label}</a>`)}
      <span class=${`live ${live ? "" : "down"}`} data-live=${live}>${live ? "live" : "reconnecting"}</span>
      <span class="who">${user}</span>
    </nav>
    <main><${Page} path=${path} rows=${rows} points=${points} /></main>`;
}

render(html`<${App} />`, document.getElementById("root"));
