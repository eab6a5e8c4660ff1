#!/usr/bin/env python3
"""Part of capture.sh: the kernel's state changes of one case as JSON.

    states_json.py CASE PORT TRACE SOCKLOG > CASE.json

TRACE holds the sock:inet_sock_set_state lines of the case (tracefs's text format),
SOCKLOG the key=value lines sock.py printed. The JSON keeps, in order, every state change
of a socket with the case's port on either end, with the tracepoint's own clock (seconds,
relative to the first change) and the sock.py lines, so a test can read them without
parsing tracefs text.
"""
import json
import platform
import re
import sys

LINE = re.compile(
    r"\s(?P<t>\d+\.\d+): inet_sock_set_state: .*?sport=(?P<sport>\d+) dport=(?P<dport>\d+)"
    r".*?oldstate=TCP_(?P<old>\w+) newstate=TCP_(?P<new>\w+)"
)


def main():
    case, port, trace_path, socklog_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    events = []
    with open(trace_path) as f:
        for line in f:
            m = LINE.search(line)
            if m:
                events.append(m.groupdict())
    t0 = float(events[0]["t"]) if events else 0.0
    states = [
        {
            "t": round(float(e["t"]) - t0, 6),
            "sport": int(e["sport"]),
            "dport": int(e["dport"]),
            "from": e["old"].replace("_", "-"),
            "to": e["new"].replace("_", "-"),
        }
        for e in events
    ]
    sockets = {}
    ss_after = []
    with open(socklog_path) as f:
        for line in f:
            key, sep, value = line.strip().partition("=")
            if sep and re.fullmatch(r"[a-z_]+", key):
                sockets[key] = value
            fields = line.split()
            # `ss -tan` rows: State Recv-Q Send-Q Local:Port Peer:Port
            if len(fields) >= 5 and re.fullmatch(r"[A-Z][A-Z0-9-]+", fields[0]) and fields[0] != "State":
                ss_after.append({"state": fields[0], "local": fields[3], "peer": fields[4]})
    json.dump(
        {
            "case": case,
            "kernel": platform.release(),
            "serverPort": port,
            "tracepoint": bool(events),
            "states": states,
            "sockets": sockets,
            "ssAfter": ss_after,
        },
        sys.stdout,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
