#!/usr/bin/env python3
"""Socket side of scripts/kernel/capture.sh: one small client/server per case.

Runs inside the case's network namespace and only ever talks to 127.0.0.1.
Every line it prints is `key=value` with wall-clock times (time.time()), so
capture.sh can put them beside tcpdump's -tt timestamps.
"""
import errno
import os
import socket
import sys
import threading
import time

HOST = "127.0.0.1"


def say(key, value):
    print(f"{key}={value}", flush=True)


def syn_timeout(port):
    """Case 1: connect() to a port whose SYNs are all dropped; report when it fails."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    say("connect_start", f"{time.time():.6f}")
    try:
        s.connect((HOST, port))
        say("connect_result", "connected")
    except OSError as e:
        say("connect_result", errno.errorcode.get(e.errno, str(e.errno)))
    say("connect_end", f"{time.time():.6f}")


def accept_and_close(srv):
    """Server of cases 2-4: accept, read until EOF, then close at once (passive close)."""
    conn, _ = srv.accept()
    while conn.recv(4096):
        pass
    say("server_eof", f"{time.time():.6f}")
    conn.close()


def connect_then_close(port, hold):
    """Cases 2-4: handshake, hold the connection `hold` seconds, then close() first."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((HOST, port))
    srv.listen(8)
    server = threading.Thread(target=accept_and_close, args=(srv,))
    server.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    say("connect_start", f"{time.time():.6f}")
    c.connect((HOST, port))
    say("connect_end", f"{time.time():.6f}")
    time.sleep(hold)
    say("client_close", f"{time.time():.6f}")
    c.close()
    server.join(timeout=10)
    srv.close()


def syn_flood(port, count):
    """Case 5: a listener with backlog 1 that never accepts, and `count` SYNs whose
    SYN,ACKs are dropped by nftables (the 'forged sources' never complete)."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((HOST, port))
    srv.listen(1)
    clients = []
    for _ in range(count):
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.setblocking(False)
        err = c.connect_ex((HOST, port))
        if err not in (0, errno.EINPROGRESS):
            say("connect_error", errno.errorcode.get(err, str(err)))
        clients.append(c)
    say("syns_sent", count)
    # Long enough for the kernel to answer (or not) each SYN, short enough that no
    # retransmitted SYN (1 s) is in the capture.
    time.sleep(0.5)
    for c in clients:
        c.close()
    srv.close()


def main():
    case, port = sys.argv[1], int(sys.argv[2])
    if case == "syn-timeout":
        syn_timeout(port)
    elif case == "close":
        connect_then_close(port, float(sys.argv[3]) if len(sys.argv) > 3 else 0.2)
    elif case == "flood":
        syn_flood(port, int(sys.argv[3]) if len(sys.argv) > 3 else 8)
    else:
        sys.exit(f"unknown case {case}")
    os._exit(0)


if __name__ == "__main__":
    main()
