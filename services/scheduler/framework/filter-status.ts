// Filter results. Success and the fixed-reason failures are shared constants, so the per-node
// filter loop allocates nothing unless a reason needs the node's own data (a taint's key).
import type { FilterStatus } from "./types.ts";

export const FEASIBLE: FilterStatus = Object.freeze({ feasible: true });

export function unfit(...reasons: string[]): FilterStatus {
  return Object.freeze({ feasible: false, reasons: Object.freeze(reasons) });
}
