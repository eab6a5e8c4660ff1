#!/usr/bin/env python3
"""Socket side of scripts/kernel/capture.sh: one small client/server per case.

Runs inside the case's network namespace and only ever talks to 127.0.0.1.
Every line it prints is `key=value` with wall-clock times (time.time()), so
capture.sh can put them beside tcpdump's -tt timestamps.
"""
import errno
import os
import socket
import struct
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


# --- the lab's scenarios, call for call -------------------------------------------
# Each function below makes the socket calls of one built-in scenario of the lab
# (src/engine/scenarios.ts) with the same delays, so the engine's Linux profile can be
# compared with the capture segment for segment. `scenario_end` marks where the scenario's
# own calls are done: what follows (closing whatever is still open) is housekeeping.

def listener(port, backlog=8):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((HOST, port))
    srv.listen(backlog)
    return srv


def read_to_eof(conn):
    while conn.recv(4096):
        pass


def in_thread(target, *args):
    t = threading.Thread(target=target, args=args)
    t.start()
    return t


def end_of_scenario(hold=1.0):
    """Let the last segments and timers of the scenario play out, then mark the end."""
    time.sleep(hold)
    say("scenario_end", f"{time.time():.6f}")


def abort_socket(s):
    """SO_LINGER {on, 0} then close(): the abort() of the lab."""
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def sc_handshake(port):
    """handshake, syn-lost, syn-ack-lost: listen, connect, nothing else."""
    srv = listener(port)
    accepted = []
    server = in_thread(lambda: accepted.append(srv.accept()[0]))
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    say("connect_start", f"{time.time():.6f}")
    c.connect((HOST, port))
    say("connect_end", f"{time.time():.6f}")
    server.join(timeout=30)
    end_of_scenario()
    for s in [c, *accepted]:
        abort_socket(s)
    srv.close()


def sc_close(port, server_delay):
    """close (server_delay 0.4) and close-fin-ack (0): the client closes 0.5 s after
    connect() returned; the server closes server_delay after read() returned 0."""
    srv = listener(port)

    def server():
        conn, _ = srv.accept()
        read_to_eof(conn)
        say("server_eof", f"{time.time():.6f}")
        time.sleep(server_delay)
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    say("connect_end", f"{time.time():.6f}")
    time.sleep(0.5)
    say("client_close", f"{time.time():.6f}")
    c.close()
    t.join(timeout=30)
    end_of_scenario()
    srv.close()


def sc_server_close(port):
    """server-close: the server closes 0.5 s after accept(); the client 0.4 s after EOF."""
    srv = listener(port)

    def server():
        conn, _ = srv.accept()
        time.sleep(0.5)
        say("server_close", f"{time.time():.6f}")
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    read_to_eof(c)
    say("client_eof", f"{time.time():.6f}")
    time.sleep(0.4)
    c.close()
    t.join(timeout=30)
    end_of_scenario()
    srv.close()


def sc_half_close(port):
    """half-close: shutdown(SHUT_WR) 0.5 s after connect; the server, after EOF, sends
    100 bytes at +0.3 s and +0.6 s and closes at +0.9 s; the client keeps reading."""
    srv = listener(port)

    def server():
        conn, _ = srv.accept()
        read_to_eof(conn)
        eof = time.time()
        for at in (0.3, 0.6):
            time.sleep(max(0, eof + at - time.time()))
            conn.send(b"x" * 100)
        time.sleep(max(0, eof + 0.9 - time.time()))
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    time.sleep(0.5)
    c.shutdown(socket.SHUT_WR)
    read_to_eof(c)
    t.join(timeout=30)
    end_of_scenario()
    c.close()
    srv.close()


def sc_simultaneous_close(port):
    """simultaneous-close: both applications close 0.5 s after accept(), at one barrier."""
    srv = listener(port)
    barrier = threading.Barrier(2)

    def server():
        conn, _ = srv.accept()
        time.sleep(0.5)
        barrier.wait()
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    time.sleep(0.5)
    barrier.wait()
    c.close()
    t.join(timeout=30)
    end_of_scenario()
    srv.close()


def sc_simultaneous_open(port):
    """simultaneous-open: two sockets bound to port and port+1 connect to each other at
    once (capture.sh drops each side's first SYN, so the retransmitted SYNs cross)."""
    a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    for s, p in ((a, port + 1), (b, port)):
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((HOST, p))
    results = {}

    def connect(name, s, p):
        try:
            s.connect((HOST, p))
            results[name] = "connected"
        except OSError as e:
            results[name] = errno.errorcode.get(e.errno, str(e.errno))

    ta = in_thread(connect, "client", a, port)
    tb = in_thread(connect, "server", b, port + 1)
    ta.join(timeout=30)
    tb.join(timeout=30)
    say("connect_results", ",".join(f"{k}:{v}" for k, v in sorted(results.items())))
    end_of_scenario()
    abort_socket(a)
    abort_socket(b)


def sc_refused(port):
    """refused: connect() to a port nobody listens on."""
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        c.connect((HOST, port))
        say("connect_result", "connected")
    except OSError as e:
        say("connect_result", errno.errorcode.get(e.errno, str(e.errno)))
    end_of_scenario(0.5)


def sc_abort(port):
    """abort: the client aborts (SO_LINGER 0, close) 0.5 s after connect() returned."""
    srv = listener(port)
    accepted = []
    server = in_thread(lambda: accepted.append(srv.accept()[0]))
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    server.join(timeout=30)
    time.sleep(0.5)
    abort_socket(c)
    end_of_scenario()
    for s in accepted:
        s.close()
    srv.close()


def sc_rst_unread_data(port):
    """rst-unread-data: the client sends 100 bytes 0.1 s after connect() returned; the server
    never reads them and close()s 0.5 s after accept(). The client keeps reading and gets the
    reset."""
    srv = listener(port)

    def server():
        conn, _ = srv.accept()
        time.sleep(0.5)
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    time.sleep(0.1)
    c.send(b"x" * 100)
    try:
        c.recv(4096)
        say("client_read", "eof")
    except OSError as e:
        say("client_read", errno.errorcode.get(e.errno, str(e.errno)))
    t.join(timeout=30)
    end_of_scenario()
    c.close()
    srv.close()


def sc_data_after_close(port):
    """data-after-close: the server close()s 0.5 s after accept(); the client reads to EOF and
    sends 100 bytes 0.3 s later (the orphaned FIN-WAIT-2 answers RST), then again 0.7 s after
    EOF (EPIPE)."""
    srv = listener(port)

    def server():
        conn, _ = srv.accept()
        time.sleep(0.5)
        conn.close()

    t = in_thread(server)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect((HOST, port))
    read_to_eof(c)
    eof = time.time()
    for at in (0.3, 0.7):
        time.sleep(max(0, eof + at - time.time()))
        try:
            c.send(b"x" * 100)
            say("client_send", "ok")
        except OSError as e:
            say("client_send", errno.errorcode.get(e.errno, str(e.errno)))
    t.join(timeout=30)
    end_of_scenario()
    c.close()
    srv.close()


def sc_accept_queue_full(port):
    """For accept-queue-full: listen(backlog 2) and no accept() for 2.5 s. Two clients (A)
    connect first (the accept queue holds them); our client C, bound to port+1, connects and
    capture.sh drops its first ACK, so its connection is still half-open on the server when
    client B connects and fills the queue (Linux holds backlog + 1 = 3). From then on the
    server resends C's SYN,ACK and the queue drops each ACK C answers with, while C's
    connect() has long returned. Client D connects 0.5 s in and finds the queue full: its SYNs
    go unanswered. 2.5 s after C's connect() the server accepts four connections: the two A,
    B, then D or C, whichever completes first once there is room."""
    srv = listener(port, backlog=2)
    a = [socket.create_connection((HOST, port)) for _ in range(2)]
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    c.bind((HOST, port + 1))
    c.setblocking(False)
    start = time.time()
    say("connect_start", f"{start:.6f}")
    err = c.connect_ex((HOST, port))
    say("client_connect", errno.errorcode.get(err, str(err)) if err else "0")
    time.sleep(0.01)
    b = socket.create_connection((HOST, port))
    say("other_connected", f"{time.time():.6f}")
    time.sleep(max(0, start + 0.5 - time.time()))
    d = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    d.setblocking(False)
    d.connect_ex((HOST, port))
    say("late_connect", f"{time.time():.6f}")
    time.sleep(max(0, start + 2.5 - time.time()))
    accepted = []
    for order in ("first", "second", "third", "fourth"):
        conn, peer = srv.accept()
        say(f"accepted_{order}", f"{peer[1]}@{time.time():.6f}")
        accepted.append(conn)
    end_of_scenario()
    for s in [*a, b, c, d, *accepted]:
        abort_socket(s)
    srv.close()


SCENARIOS = {
    "handshake": sc_handshake,
    "close": lambda port: sc_close(port, 0.4),
    "close-fin-ack": lambda port: sc_close(port, 0.0),
    "server-close": sc_server_close,
    "half-close": sc_half_close,
    "simultaneous-close": sc_simultaneous_close,
    "simultaneous-open": sc_simultaneous_open,
    "refused": sc_refused,
    "abort": sc_abort,
    "rst-unread-data": sc_rst_unread_data,
    "data-after-close": sc_data_after_close,
    "accept-queue-full": sc_accept_queue_full,
}


def main():
    case, port = sys.argv[1], int(sys.argv[2])
    if case == "syn-timeout":
        syn_timeout(port)
    elif case == "close":
        connect_then_close(port, float(sys.argv[3]) if len(sys.argv) > 3 else 0.2)
    elif case == "scenario":
        SCENARIOS[sys.argv[3]](port)
    elif case == "flood":
        syn_flood(port, int(sys.argv[3]) if len(sys.argv) > 3 else 8)
    else:
        sys.exit(f"unknown case {case}")
    os._exit(0)


if __name__ == "__main__":
    main()
