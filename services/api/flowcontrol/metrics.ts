// Flow control's metrics, after kube-apiserver's apiserver_flowcontrol_*. Labels are bounded:
// priority levels and flow schemas are the fixed configuration, reasons a fixed list.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { REJECT_REASONS, type FlowSchema, type PriorityLevel } from "./types.ts";

export interface FlowControlMetrics {
  dispatched: Counter<"priority_level" | "flow_schema">;
  rejected: Counter<"priority_level" | "flow_schema" | "reason">;
  inqueue: Gauge<"priority_level">;
  executing: Gauge<"priority_level">;
  seats: Gauge<"priority_level">;
  waitDuration: Histogram<"priority_level" | "execute">;
}

export function createFlowControlMetrics(registry: Registry, levels: readonly PriorityLevel[], schemas: readonly FlowSchema[], seats: Map<string, number>): FlowControlMetrics {
  const registers = [registry];
  const metrics: FlowControlMetrics = {
    dispatched: new Counter({ name: "troupe_api_flowcontrol_dispatched_requests_total", help: "API requests flow control let execute, by priority level and flow schema.", labelNames: ["priority_level", "flow_schema"] as const, registers }),
    rejected: new Counter({ name: "troupe_api_flowcontrol_rejected_requests_total", help: "API requests flow control refused with 429, by priority level, flow schema and reason (queue-full, concurrency-limit, time-out).", labelNames: ["priority_level", "flow_schema", "reason"] as const, registers }),
    inqueue: new Gauge({ name: "troupe_api_flowcontrol_current_inqueue_requests", help: "API requests waiting in a priority level's queues.", labelNames: ["priority_level"] as const, registers }),
    executing: new Gauge({ name: "troupe_api_flowcontrol_current_executing_requests", help: "API requests executing (holding a seat), by priority level.", labelNames: ["priority_level"] as const, registers }),
    seats: new Gauge({ name: "troupe_api_flowcontrol_nominal_limit_seats", help: "Seats (concurrent requests) of each limited priority level on this replica.", labelNames: ["priority_level"] as const, registers }),
    waitDuration: new Histogram({
      name: "troupe_api_flowcontrol_request_wait_duration_seconds",
      help: "Time API requests waited in flow control's queues, by priority level and whether they then executed.",
      labelNames: ["priority_level", "execute"] as const,
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers,
    }),
  };
  for (const level of levels) {
    const priority_level = level.name;
    metrics.inqueue.set({ priority_level }, 0);
    metrics.executing.set({ priority_level }, 0);
    if (seats.has(level.name)) metrics.seats.set({ priority_level }, seats.get(level.name) ?? 0);
    for (const execute of ["true", "false"]) metrics.waitDuration.zero({ priority_level, execute });
  }
  for (const schema of schemas) {
    const labels = { priority_level: schema.priorityLevel, flow_schema: schema.name };
    metrics.dispatched.inc(labels, 0);
    for (const reason of REJECT_REASONS) metrics.rejected.inc({ ...labels, reason }, 0);
  }
  return metrics;
}
