// Each limited level's seats, from the replica's total: Kubernetes' nominal concurrency limit,
// ceil(total * shares / sum of shares). No borrowing between levels (see docs/security.md).
import type { PriorityLevel } from "./types.ts";

export function nominalSeats(levels: readonly PriorityLevel[], totalSeats: number): Map<string, number> {
  const limited = levels.filter((level) => level.type === "Limited");
  const sum = limited.reduce((total, level) => total + level.nominalConcurrencyShares, 0);
  return new Map(limited.map((level) => [level.name, sum > 0 ? Math.ceil((totalSeats * level.nominalConcurrencyShares) / sum) : 0]));
}
