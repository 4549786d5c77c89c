// The W3C traceparent header (version 00): "00-<trace id>-<parent span id>-<flags>".

export interface Traceparent {
  traceId: string;
  spanId: string;
  /** The sampled flag: whether the writer's trace was recorded. */
  sampled: boolean;
}

export function parseTraceparent(header: string): Traceparent | undefined {
  const match = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(header.trim());
  if (!match || match[1] === "ff" || /^0+$/.test(match[2]) || /^0+$/.test(match[3])) return undefined;
  return { traceId: match[2], spanId: match[3], sampled: (Number.parseInt(match[4], 16) & 1) === 1 };
}
