import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { markPeerStamped, PEER_HEADER } from './client-address';

/**
 * Next does not hand route handlers, actions or the proxy the socket, and fills X-Forwarded-For from
 * it only when the client sent none. Node announces every incoming request on this channel before
 * the server sees it, so the socket's address is written here, over any value a client sent.
 */
export function stampPeerAddresses() {
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? '';
  });
  markPeerStamped();
}
