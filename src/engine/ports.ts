/**
 * Ports: the client's is the first of the IANA dynamic range (RFC 6335), the server's is
 * HTTP's, the port a class is most likely to recognise. A module of its own: the diagram's labels
 * need them on the first screen, which does not load the endpoint code.
 */
export const DEFAULT_PORTS = { client: 49152, server: 80 } as const;
