#!/usr/bin/env bash
# Kernel ground truth for the teaching text: what a real Linux TCP stack does in the
# moments the lab's scenarios teach. Run as root on Linux:
#
#   scripts/kernel/capture.sh [CASE...]      (no CASE: all of them; about 2.5 minutes)
#
# CASEs: the lab's scenarios, call for call (see SCENARIO_CASES below): handshake close
# close-fin-ack server-close half-close simultaneous-close simultaneous-close-lost-fins
# simultaneous-open refused abort syn-lost syn-ack-lost fin-lost passive-fin-lost
# last-ack-lost rst-unread-data data-after-close accept-queue-full; and the measurements behind the teaching
# text: syn-timeout syn-timeout-exp synack-lost close3 flood flood-nocookies
#
# Each case runs in a network namespace of its own (thl-CASE-PID) that has only the
# loopback interface: every packet goes to 127.0.0.1 inside that namespace and nowhere
# else. Per case it writes into captures/ (or $OUT):
#   CASE.pcap  the tcpdump capture (headers only)
#   CASE.json  the kernel's state changes (sock:inet_sock_set_state) and what the sockets
#              reported, for the tests that compare the engine's Linux profile with them
#   CASE.txt   what the sockets reported, tcpdump's reading of the capture with
#              wall-clock timestamps, the sock:inet_sock_set_state tracepoint for the
#              case's port (or `ss` snapshots where tracefs is not available) and the
#              namespace's TCP counters (nstat).
# Losses are made with nftables on the namespace's input hook, so tcpdump, which sees a
# packet when loopback sends it, still records the dropped packet.
# Needs: iproute2 (ip, ss, nstat), nftables, tcpdump, python3 (sock.py beside this file).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$HERE/captures}
TRACEFS=""
MOUNTED_TRACEFS=""
# tracefs is often present but not mounted; mount it for the run and put it back afterwards.
if [[ -d /sys/kernel/tracing && ! -e /sys/kernel/tracing/events ]] && mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null; then
  MOUNTED_TRACEFS=/sys/kernel/tracing
fi
for d in /sys/kernel/tracing /sys/kernel/debug/tracing; do
  [[ -d $d/events/sock/inet_sock_set_state ]] && { TRACEFS=$d; break; }
done

need() { command -v "$1" >/dev/null || { echo "missing $1 (apt-get install -y $2)" >&2; exit 1; }; }
need ip iproute2; need ss iproute2; need nstat iproute2; need nft nftables
need tcpdump tcpdump; need python3 python3
[[ $(id -u) == 0 ]] || { echo "run as root: namespaces, nftables and tracefs need it" >&2; exit 1; }
mkdir -p "$OUT"

# --- one namespace per case -------------------------------------------------------
ns_up() {   # ns_up NS: a namespace with loopback only, and an empty nftables table
  ip netns add "$1"
  ip -n "$1" link set lo up
  ip netns exec "$1" nft add table inet thl
  ip netns exec "$1" nft add chain inet thl input '{ type filter hook input priority 0; }'
}
ns_down() { ip netns del "$1" 2>/dev/null || true; }
in_ns() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

# Drop the first packet that matches FILTER for each client port, let later ones pass:
# the port goes into a dynamic set when its first packet is dropped.
# Each call has a set of its own, so two drop_once rules (one per direction) do not share ports.
DROP_SETS=0
drop_once() {   # drop_once NS KEY FILTER...   (KEY: the client's port, "tcp sport" or "tcp dport")
  local ns=$1 key=$2 set=seen$((DROP_SETS += 1)); shift 2
  in_ns "$ns" nft add set inet thl "$set" '{ type inet_service; flags dynamic; }'
  in_ns "$ns" nft add rule inet thl input "$@" "$key" "@$set" accept
  in_ns "$ns" nft add rule inet thl input "$@" add "@$set" "{ $key }" counter drop
}
# Drop only the second packet that matches FILTER (the first passes, later ones pass).
drop_second() { # drop_second NS FILTER...
  local ns=$1; shift
  in_ns "$ns" nft add set inet thl passed '{ type inet_service; flags dynamic; }'
  in_ns "$ns" nft add set inet thl dropped '{ type inet_service; flags dynamic; }'
  in_ns "$ns" nft add rule inet thl input "$@" tcp sport @dropped accept
  in_ns "$ns" nft add rule inet thl input "$@" tcp sport @passed add @dropped '{ tcp sport }' counter drop
  in_ns "$ns" nft add rule inet thl input "$@" add @passed '{ tcp sport }' accept
}
drop_all() {    # drop_all NS FILTER...
  local ns=$1; shift
  in_ns "$ns" nft add rule inet thl input "$@" counter drop
}

# --- capture and tracepoint ---------------------------------------------------------
TCPDUMP_PID=""
capture_start() {   # capture_start NS CASE PORT
  local err="$OUT/.$2.tcpdump.err"
  # Started directly (not through in_ns, a function): $! must be tcpdump itself, or the kill
  # below would end a subshell and leave tcpdump running.
  ip netns exec "$1" tcpdump -i lo -n -U --immediate-mode -s 96 -w "$OUT/$2.pcap" "tcp port $3" 2>"$err" >/dev/null &
  TCPDUMP_PID=$!
  until grep -q "listening on" "$err" 2>/dev/null; do sleep 0.05; done
}
capture_stop() {    # capture_stop CASE
  sleep 0.3                      # let the last segments of the case reach the capture
  kill -TERM "$TCPDUMP_PID"; wait "$TCPDUMP_PID" 2>/dev/null || true
  rm -f "$OUT/.$1.tcpdump.err"
}

# The tracepoint is global, so each case gets a tracefs instance of its own, filtered on
# the case's (unique) port.
trace_start() {     # trace_start CASE PORT
  [[ -n $TRACEFS ]] || return 0
  local inst=$TRACEFS/instances/thl-$1-$$
  mkdir "$inst"
  echo "sport == $2 || dport == $2" > "$inst/events/sock/inet_sock_set_state/filter"
  echo 1 > "$inst/events/sock/inet_sock_set_state/enable"
}
trace_stop() {      # trace_stop CASE  -> the instance's events, then the instance is removed
  [[ -n $TRACEFS ]] || { echo "(tracefs not available: no sock:inet_sock_set_state)"; return 0; }
  local inst=$TRACEFS/instances/thl-$1-$$
  echo 0 > "$inst/events/sock/inet_sock_set_state/enable"
  grep -v '^#' "$inst/trace" || true
  rmdir "$inst"
}

report() {          # report NS CASE PORT SOCKLOG
  {
    echo "# $2 on Linux $(uname -r), namespace sysctls:"
    for k in tcp_syn_retries tcp_syn_linear_timeouts tcp_synack_retries tcp_syncookies \
             tcp_fin_timeout; do
      printf '#   net.ipv4.%s = %s\n' "$k" "$(in_ns "$1" cat /proc/sys/net/ipv4/$k 2>/dev/null || echo absent)"
    done
    echo "## sockets (sock.py, wall clock)"; cat "$4"
    echo "## packets (tcpdump -tt)"; tcpdump -tt -n -r "$OUT/$2.pcap" 2>/dev/null
    echo "## states (sock:inet_sock_set_state)"; trace_stop "$2" | tee "$4.trace"
    echo "## counters (nstat)"
    in_ns "$1" nstat -az 2>/dev/null | grep -E 'TcpExt(Syncookies|ListenOverflows|ListenDrops|TCPReqQFullDo|TCPReqQFullDrop|TCPTimeouts)|TcpRetransSegs' || true
  } > "$OUT/$2.txt"
  python3 "$HERE/states_json.py" "$2" "$3" "$4.trace" "$4" > "$OUT/$2.json"
  rm -f "$4.trace"
}

# The lab's scenarios (src/engine/scenarios.ts), each made by `sock.py scenario NAME` with the
# scenario's own delays; CASE -> the sock.py scenario it runs.
declare -A SCENARIO_CASES=(
  [handshake]=handshake [syn-lost]=handshake [syn-ack-lost]=handshake
  [close]=close [fin-lost]=close [passive-fin-lost]=close [last-ack-lost]=close
  [close-fin-ack]=close-fin-ack [server-close]=server-close [half-close]=half-close
  [simultaneous-close]=simultaneous-close [simultaneous-close-lost-fins]=simultaneous-close
  [simultaneous-open]=simultaneous-open [refused]=refused [abort]=abort
  [rst-unread-data]=rst-unread-data [data-after-close]=data-after-close
  [accept-queue-full]=accept-queue-full
)

# --- the cases ----------------------------------------------------------------------
run_case() {        # run_case CASE PORT
  local case=$1 port=$2 ns="thl-$1-$$" socklog
  socklog=$(mktemp)
  ns_up "$ns"
  case $case in
    syn-timeout)        # (1) every SYN dropped, default sysctls
      drop_all "$ns" tcp dport "$port" 'tcp flags & (syn|ack) == syn' ;;
    syn-timeout-exp)    # (1) the same with the classic exponential back-off only
      if [[ -e /proc/sys/net/ipv4/tcp_syn_linear_timeouts ]]; then
        in_ns "$ns" sysctl -qw net.ipv4.tcp_syn_linear_timeouts=0
      else
        echo "net.ipv4.tcp_syn_linear_timeouts does not exist on $(uname -r)" >>"$socklog"
      fi
      drop_all "$ns" tcp dport "$port" 'tcp flags & (syn|ack) == syn' ;;
    synack-lost)        # (2) the server's first SYN,ACK dropped
      drop_once "$ns" "tcp dport" tcp sport "$port" 'tcp flags & (syn|ack) == (syn|ack)' ;;
    fin-lost)           # (3) the client's first FIN dropped
      drop_once "$ns" "tcp sport" tcp dport "$port" 'tcp flags & fin == fin' ;;
    syn-lost)           # the client's first SYN dropped
      drop_once "$ns" "tcp sport" tcp dport "$port" 'tcp flags & (syn|ack) == syn' ;;
    syn-ack-lost)       # the server's first SYN,ACK dropped (a handshake only; cf. synack-lost)
      drop_once "$ns" "tcp dport" tcp sport "$port" 'tcp flags & (syn|ack) == (syn|ack)' ;;
    passive-fin-lost)   # the server's first FIN dropped
      drop_once "$ns" "tcp dport" tcp sport "$port" 'tcp flags & fin == fin' ;;
    last-ack-lost)      # the client's second bare ACK (the one that answers the server's FIN)
      drop_second "$ns" tcp dport "$port" 'tcp flags == ack' ;;
    simultaneous-close-lost-fins)   # each side's first FIN dropped: the resent FINs meet
      drop_once "$ns" "tcp sport" tcp dport "$port" 'tcp flags & fin == fin'
      drop_once "$ns" "tcp dport" tcp sport "$port" 'tcp flags & fin == fin' ;;
    simultaneous-open)  # each side's first SYN dropped, so the resent SYNs cross
      drop_once "$ns" "tcp sport" 'tcp flags & (syn|ack) == syn' ;;
    accept-queue-full)  # our client (port+1): its first ACK dropped, so the queue fills before it completes
      drop_once "$ns" "tcp sport" tcp sport $((port + 1)) tcp dport "$port" 'tcp flags == ack' ;;
    handshake|close|close-fin-ack|server-close|half-close|simultaneous-close|refused|abort|rst-unread-data|data-after-close)
      ;;
    close3)             # (4) nothing dropped: the passive side closes as soon as it reads EOF
      ;;
    flood|flood-nocookies)  # (5) SYN,ACKs never reach the "forged" clients; backlog 1
      [[ $case == flood-nocookies ]] && in_ns "$ns" sysctl -qw net.ipv4.tcp_syncookies=0
      drop_all "$ns" tcp sport "$port" 'tcp flags & (syn|ack) == (syn|ack)' ;;
    *) echo "unknown case $case" >&2; return 1 ;;
  esac
  in_ns "$ns" nstat -n >/dev/null 2>&1 || true      # reset nstat's history for this netns
  capture_start "$ns" "$case" "$port"
  trace_start "$case" "$port"
  case $case in
    syn-timeout*) in_ns "$ns" python3 "$HERE/sock.py" syn-timeout "$port" >>"$socklog" ;;
    flood*)       in_ns "$ns" python3 "$HERE/sock.py" flood "$port" 8 >>"$socklog" ;;
    close3|synack-lost)
                  in_ns "$ns" python3 "$HERE/sock.py" close "$port" 0.2 >>"$socklog" ;;
    *)            in_ns "$ns" python3 "$HERE/sock.py" scenario "$port" "${SCENARIO_CASES[$case]}" >>"$socklog" ;;
  esac
  # ss: which states are left a moment after the close (TIME-WAIT on the closer, which the
  # tracepoint reports as CLOSE: the socket hands over to a TIME-WAIT entry)
  [[ $case == syn-timeout* || $case == flood* ]] ||
    { echo "ss after close:"; in_ns "$ns" ss -tan state all "( sport = :$port or dport = :$port )"; } >>"$socklog"
  capture_stop "$case"
  report "$ns" "$case" "$port" "$socklog"
  rm -f "$socklog"
  ns_down "$ns"
  echo "$case: $OUT/$case.txt"
}

cleanup() {   # whatever an interrupted run left behind: its namespaces and trace instances
  local n
  for n in $(ip netns list | awk '{print $1}' | grep -- "-$$\$"); do ns_down "$n"; done
  [[ -z $TRACEFS ]] || for n in "$TRACEFS"/instances/thl-*-$$; do [[ -d $n ]] && rmdir "$n"; done
  [[ -z $MOUNTED_TRACEFS ]] || umount "$MOUNTED_TRACEFS"
  true
}
trap cleanup EXIT

CASES=("$@")
[[ ${#CASES[@]} -gt 0 ]] || CASES=(syn-timeout syn-timeout-exp synack-lost close3 flood flood-nocookies
  handshake close close-fin-ack server-close half-close simultaneous-close simultaneous-close-lost-fins
  simultaneous-open refused abort syn-lost syn-ack-lost fin-lost passive-fin-lost last-ack-lost
  rst-unread-data data-after-close accept-queue-full)
port=40100
pids=()
for c in "${CASES[@]}"; do
  port=$((port + 2))   # simultaneous-open also uses port+1
  if [[ $c == syn-timeout* ]]; then
    run_case "$c" "$port" & pids+=($!)     # the long ones (about 2 minutes) run meanwhile
  else
    run_case "$c" "$port"
  fi
done
for p in "${pids[@]}"; do wait "$p"; done
