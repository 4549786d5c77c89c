// Readings of the API's Status errors that the controllers act on.

function reasonOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { reason?: unknown }).reason : undefined;
}

export function isNotFound(error: unknown): boolean {
  return reasonOf(error) === "NotFound";
}

export function isAlreadyExists(error: unknown): boolean {
  return reasonOf(error) === "AlreadyExists";
}

/** A lost compare-and-set, or a delete whose uid precondition no longer holds (a namesake). */
export function isConflict(error: unknown): boolean {
  return reasonOf(error) === "Conflict";
}
