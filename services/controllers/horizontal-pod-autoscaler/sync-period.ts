// TROUPE_HPA_SYNC_PERIOD: "15s", "500ms", "1m" or a number of seconds.
export function parseSyncPeriod(text: string, variable = "TROUPE_HPA_SYNC_PERIOD"): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) throw new Error(`${variable}: invalid duration ${JSON.stringify(text)} (e.g. 15s, 500ms, 1m)`);
  const value = Number(match[1]);
  const unit = match[2] ?? "s";
  const ms = unit === "ms" ? value : unit === "s" ? value * 1000 : value * 60_000;
  if (ms <= 0) throw new Error(`${variable}: must be positive, not ${JSON.stringify(text)}`);
  return ms;
}
