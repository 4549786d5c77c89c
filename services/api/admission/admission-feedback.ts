// What admission tells the caller and the audit log besides allowing or refusing a write:
// warnings (Kubernetes' `Warning: 299` headers; Troupe-Warnings over NATS) and audit annotations
// (added to the request's audit event, e.g. pod-security.kubernetes.io/audit-violations).

export interface AdmissionFeedback {
  warnings: string[];
  auditAnnotations: Record<string, string>;
}

export function newAdmissionFeedback(warnings: string[] = []): AdmissionFeedback {
  return { warnings, auditAnnotations: {} };
}
