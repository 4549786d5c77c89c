// htm bound to preact's h: JSX-like templates without a build step.
import { h } from "preact";
import htm from "htm";

export const html = htm.bind(h);

export function age(iso) {
  if (!iso) return "";
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 1000));
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 172800) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86400)}d`;
}

export const podHref = (pod) => `#/pod/${encodeURIComponent(pod.namespace)}/${encodeURIComponent(pod.name)}`;
export const traceHref = (resource, namespace, name) => `#/trace/${resource}/${encodeURIComponent(namespace || "-")}/${encodeURIComponent(name)}`;
