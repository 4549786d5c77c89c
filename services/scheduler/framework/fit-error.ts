// kube-scheduler's FitError message: "0/5 nodes are available: 2 Insufficient memory, 3 node(s)
// had untolerated taint {node.kubernetes.io/not-ready: }." — one "<count> <reason>" per distinct
// reason, sorted as strings (so "10 ..." sorts before "2 ..." exactly as Go's sort.Strings does).

export const NO_NODES_MESSAGE = "no nodes available to schedule pods";

export function unschedulableMessage(nodeCount: number, reasons: Readonly<Record<string, number>>): string {
  if (nodeCount === 0) return NO_NODES_MESSAGE;
  const histogram = Object.entries(reasons)
    .map(([reason, count]) => `${count} ${reason}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const detail = histogram.length > 0 ? ` ${histogram.join(", ")}.` : "";
  return `0/${nodeCount} nodes are available:${detail}`;
}
