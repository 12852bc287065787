/**
 * The socket's peer address, for the per-IP sign-in and sign-up budgets. `next start`
 * only fills X-Forwarded-For when the client sent none, so a client can claim any
 * address there; this private header is overwritten from the socket on every request
 * (a client-sent copy is replaced), and lib/auth/rate-limit.ts clientIp() trusts only it.
 */
export const PEER_HEADER = "x-layerwise-peer";

/** @param {import("node:http").IncomingMessage} req */
export function stampPeer(req) {
  const address = req.socket?.remoteAddress ?? "unknown";
  // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d; one bucket per client either way.
  req.headers[PEER_HEADER] = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}
