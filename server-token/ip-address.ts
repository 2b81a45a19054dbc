export type ParsedIp = { version: 4; text: string } | { version: 6; groups: number[] };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function parseIpv6(raw: string): number[] | null {
  // A trailing dotted quad (::ffff:1.2.3.4) becomes two hex groups first.
  const text = raw.replace(/:(\d+\.\d+\.\d+\.\d+)$/, (whole, v4: string) => {
    if (!IPV4.test(v4)) return whole;
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    return `:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  });
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
}

/** An IPv4 or IPv6 address (brackets, a port or a zone allowed); anything else is null. */
export function parseIp(raw: string): ParsedIp | null {
  let text = raw.trim().slice(0, 100);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%.*$/, '');
  if (IPV4.test(text)) return { version: 4, text };
  if (!text.includes(':')) return null;
  const groups = parseIpv6(text);
  if (!groups) return null;
  // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return { version: 4, text: `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}` };
  }
  return { version: 6, groups };
}

/** IPv4 by address; IPv6 by its /64, since one subscriber usually holds a whole /64. */
export function rateLimitKey(ip: ParsedIp): string {
  if (ip.version === 4) return ip.text;
  return `${ip.groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
