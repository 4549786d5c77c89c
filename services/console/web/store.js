// The page's copy of the console's rows: a snapshot, then one change at a time, both from the
// Server-Sent Events of /api/stream. Components subscribe and redraw; nothing is polled.
export function createStore() {
  let rows = { nodes: {}, pods: {}, workloads: {}, services: {}, events: {} };
  let points = [];
  let live = false;
  const listeners = new Set();
  const notify = () => { for (const listener of listeners) listener(); };
  const source = new EventSource("/api/stream");
  source.addEventListener("open", () => { live = true; notify(); });
  source.addEventListener("error", () => { live = false; notify(); });
  source.addEventListener("snapshot", (event) => {
    const data = JSON.parse(event.data);
    rows = data.rows;
    points = data.points;
    notify();
  });
  source.addEventListener("change", (event) => {
    const { view, key, row } = JSON.parse(event.data);
    const next = { ...rows[view] };
    if (row) next[key] = row;
    else delete next[key];
    rows = { ...rows, [view]: next };
    notify();
  });
  source.addEventListener("point", (event) => {
    points = [...points.slice(-99), JSON.parse(event.data)];
    notify();
  });
  return {
    get rows() { return rows; },
    get points() { return points; },
    get live() { return live; },
    subscribe(listener) { listeners.add(listener); return () => listeners.delete(listener); },
  };
}
