// The user a verified client certificate names, as kube-apiserver's x509 authenticator reads it:
// the subject's CommonName is the user name, each Organization a group.
import type { TLSSocket } from "node:tls";
import { authenticatedUser, type UserInfo } from "../../../runtime/auth/user-info.ts";

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The certificate's user, or undefined when the peer sent none or one the client CA did not sign. */
export function clientCertificateUser(socket: TLSSocket | undefined): UserInfo | undefined {
  if (!socket || typeof socket.getPeerCertificate !== "function" || !socket.authorized) return undefined;
  const certificate = socket.getPeerCertificate();
  const commonName = asList(certificate?.subject?.CN)[0];
  if (!commonName) return undefined;
  return authenticatedUser(commonName, asList(certificate.subject.O));
}
