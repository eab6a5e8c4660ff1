/**
 * Link layers: where the IP packet starts inside a frame. Link-type numbers are the
 * LINKTYPE_ values of the tcpdump.org registry (draft-ietf-opsawg-pcaplinktype).
 */

export const LINK = {
  NULL: 0,
  ETHERNET: 1,
  RAW_BSD: 12,
  RAW_OPENBSD: 14,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

/** Outcomes other than "IP starts at offset n" (n ≥ 0). */
export const NOT_IP = -1;
export const UNSUPPORTED_LINK = -2;
export const LINK_CUT = -3;

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
/**
 * 802.1Q customer tag, 802.1ad service tag, and the older 0x9100 used for QinQ. Compared, not
 * looked up in a Set: this runs for every Ethernet frame and a Set lookup showed in the profile.
 */
const isVlanTag = (type: number) => type === 0x8100 || type === 0x88a8 || type === 0x9100;

/** BSD address families: AF_INET is 2 everywhere, AF_INET6 is 24, 28 or 30 depending on the BSD (10 on Linux). */
const AF_INET = 2;
const AF_INET6 = new Set([10, 24, 28, 30]);

const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;

/**
 * Offset in `data` of the IP header of the frame held in data[start, end), or NOT_IP /
 * UNSUPPORTED_LINK / LINK_CUT. Cheap on purpose (a number, no object): it runs once per frame.
 */
export function ipOffset(linkType: number, data: Uint8Array, start: number, end: number): number {
  switch (linkType) {
    case LINK.ETHERNET:
      return afterEthertype(data, start + 12, end);
    case LINK.LINUX_SLL:
      // 16-byte header; the protocol (an Ethertype) is its last two bytes.
      return afterEthertype(data, start + 14, end);
    case LINK.LINUX_SLL2:
      // 20-byte header; the protocol comes first, then reserved, ifindex, type, addresses.
      return end - start < 20 ? LINK_CUT : ethertypeAt(u16(data, start), start + 20, end);
    case LINK.RAW:
    case LINK.RAW_BSD:
    case LINK.RAW_OPENBSD:
    case LINK.IPV4:
    case LINK.IPV6:
      return start;
    case LINK.NULL:
    case LINK.LOOP:
      return loopback(data, start, end);
    default:
      return UNSUPPORTED_LINK;
  }
}

/** Reads the Ethertype at `at`, stepping over any number of VLAN tags (4 bytes each). */
function afterEthertype(data: Uint8Array, at: number, end: number): number {
  let typeAt = at;
  for (;;) {
    if (end < typeAt + 2) return LINK_CUT;
    const type = u16(data, typeAt);
    if (!isVlanTag(type)) return ethertypeAt(type, typeAt + 2, end);
    typeAt += 4;
  }
}

function ethertypeAt(type: number, start: number, end: number): number {
  if (type !== ETHERTYPE_IPV4 && type !== ETHERTYPE_IPV6) return NOT_IP;
  return end < start ? LINK_CUT : start;
}

/**
 * NULL (0) stores the family in the capturing host's byte order, LOOP (108) in network order;
 * files exist with either, so both orders are tried.
 */
function loopback(data: Uint8Array, start: number, end: number): number {
  if (end - start < 4) return LINK_CUT;
  const [a, b, c, d] = [data[start]!, data[start + 1]!, data[start + 2]!, data[start + 3]!];
  const big = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  const little = ((d << 24) | (c << 16) | (b << 8) | a) >>> 0;
  const isIp = (family: number) => family === AF_INET || AF_INET6.has(family);
  return isIp(big) || isIp(little) ? start + 4 : NOT_IP;
}
