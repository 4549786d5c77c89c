// Stores span records in the span stream: each on its trace's subject, so a trace is read back
// with one subject-filtered consumer (runtime/spans/read-trace.ts).
import type { JetStreamClient } from "@nats-io/jetstream";
import type { SpanRecord } from "../../runtime/spans/span-record.ts";
import { spansSubject } from "../../runtime/subjects.ts";

export interface PublishResult {
  stored: number;
  failed: number;
  firstError?: Error;
}

export async function publishSpanRecords(js: JetStreamClient, records: readonly SpanRecord[]): Promise<PublishResult> {
  const outcomes = await Promise.allSettled(records.map((record) => js.publish(spansSubject(record.traceId), JSON.stringify(record))));
  const result: PublishResult = { stored: 0, failed: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") {
      result.stored += 1;
    } else {
      result.failed += 1;
      result.firstError ??= outcome.reason as Error;
    }
  }
  return result;
}
