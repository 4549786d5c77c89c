// What one probe attempt says: passed or not, and why, in the words Kubernetes uses for events.

export interface ProbeOutcome {
  result: "success" | "failure";
  message: string;
}

export const passed = (message = ""): ProbeOutcome => ({ result: "success", message });
export const failed = (message: string): ProbeOutcome => ({ result: "failure", message });

export function seconds(ms: number): string {
  return `${ms / 1000}s`;
}
