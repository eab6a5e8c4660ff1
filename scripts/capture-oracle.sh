#!/bin/sh
# Regenerates the tshark expectations the capture reader's tests compare against:
# for every capture under src/capture/fixtures, FILE.tshark.tsv holds what
#   tshark -r FILE -T fields -e tcp.stream -e tcp.flags -e tcp.seq_raw -e tcp.ack_raw -e tcp.len
# prints (one line per frame; frames without TCP give an empty line). The tests read these
# files, so running the unit tests does not need tshark. Needs tshark (Debian: apt-get install tshark).
# The captures in fixtures/built are first rewritten from src/capture/testing/builtFixtures.ts.
set -eu
cd "$(dirname "$0")/.."
command -v tshark >/dev/null || { echo "capture-oracle: tshark is not installed" >&2; exit 1; }
npx tsx scripts/writeBuiltCaptures.ts
cd src/capture/fixtures
tshark -v 2>/dev/null | head -n 1 > tshark-version.txt
find . -name '*.pcap' -o -name '*.pcapng' | sort | while read -r file; do
  tshark -r "$file" -T fields -e tcp.stream -e tcp.flags -e tcp.seq_raw -e tcp.ack_raw -e tcp.len \
    2>/dev/null > "$file.tshark.tsv" || true
done
echo "capture-oracle: expectations written for $(find . -name '*.tshark.tsv' | wc -l) captures"
