/**
 * Who announces an address, and what the autonomous system is called: the RouteViews + DB-IP "IP to ASN" data set that
 * the npm package @ip-location-db/asn ships as CSV (CC BY 4.0; attribution: routeviews.org and DB-IP.com).
 *
 * The CSV (65 MB) is read once with csv-parse and kept as a compact cache (sorted typed arrays of ranges, and the names)
 * under node_modules/.cache/signinlab (or SIGNINLAB_CACHE_DIR, or the system's temporary folder), keyed by the data
 * set's version; later runs read the cache in a few milliseconds. Nothing is read until a name or a lookup is asked for.
 *
 * Entra logs the AutonomousSystemNumber of most rows itself; the lookup by address serves rows without one.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ipKey } from './ip-key';

export interface AsnData {
  /** The data set and its version, for reports ("@ip-location-db/asn 2.3.2026061719"). */
  readonly source: string;
  /** The organisation an ASN is registered to, or undefined when the data set does not know it. */
  name(asn: number): string | undefined;
  /** The ASN announcing an address, or undefined (private, unannounced, or not an address). */
  lookup(ip: string): number | undefined;
}

const PACKAGE = '@ip-location-db/asn';

interface Ranges {
  /** Range starts and ends as sortable keys (IPv4: the 32-bit number; IPv6: the upper 64 bits), and their ASNs. */
  starts: Float64Array | BigUint64Array;
  ends: Float64Array | BigUint64Array;
  asns: Uint32Array;
}

let loaded: AsnData | undefined;

/** The data set, read (or built into the cache) on first use. */
export function asnData(): AsnData {
  return (loaded ??= load());
}

function packageDir(): string {
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

function cacheDir(): string {
  if (process.env.SIGNINLAB_CACHE_DIR) return process.env.SIGNINLAB_CACHE_DIR;
  const nodeModules = join(packageDir(), '..', '..');
  return join(nodeModules, '.cache', 'signinlab');
}

function load(): AsnData {
  const dir = packageDir();
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const cached = [cacheDir(), join(tmpdir(), 'signinlab-cache')].map((d) => join(d, `asn-${version}.bin`));
  const hit = cached.find((file) => existsSync(file));
  const data = hit ? readCache(hit) : buildAndCache(dir, cached);
  return {
    source: `${PACKAGE} ${version} (RouteViews and DB-IP, CC BY 4.0)`,
    name: (asn) => data.names.get(asn),
    lookup(ip) {
      const key = ipKey(ip);
      if (key === undefined) return undefined;
      return typeof key === 'bigint' ? find(data.v6, key) : find(data.v4, key);
    },
  };
}

/** The ASN of the last range starting at or before `key`, if `key` is inside it. */
function find(r: Ranges, key: number | bigint): number | undefined {
  let lo = 0;
  let hi = r.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (r.starts[mid] <= key) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && key <= r.ends[at] ? r.asns[at] : undefined;
}

interface Built {
  names: { get(asn: number): string | undefined };
  v4: Ranges;
  v6: Ranges;
}

function buildAndCache(dir: string, bases: string[]): Built {
  const names = new Map<number, string>();
  const v4 = readRanges(join(dir, 'asn-ipv4-num.csv'), names, (s) => Number(s));
  const v6 = readRanges(join(dir, 'asn-ipv6-num.csv'), names, (s) => BigInt(s) >> 64n);
  const built: Built & { names: Map<number, string> } = { names, v4, v6 };
  for (const base of bases) {
    try {
      writeCache(base, built);
      break;
    } catch {
      // a read-only node_modules: try the next folder; without any, the data stays in memory for this run
    }
  }
  return built;
}

function readRanges(file: string, names: Map<number, string>, key: (s: string) => number | bigint): Ranges {
  const records = parse(readFileSync(file), { relax_column_count: true }) as string[][];
  const big = typeof key('0') === 'bigint';
  const starts = big ? new BigUint64Array(records.length) : new Float64Array(records.length);
  const ends = big ? new BigUint64Array(records.length) : new Float64Array(records.length);
  const asns = new Uint32Array(records.length);
  records.forEach(([start, end, asn, org], i) => {
    starts[i] = key(start) as never;
    ends[i] = key(end) as never;
    const n = Number(asn);
    asns[i] = n;
    if (org && !names.has(n)) names.set(n, org);
  });
  return { starts, ends, asns };
}

/**
 * The cache: one file of typed arrays (read back as views of one buffer, no parsing). Layout, each section padded to
 * 8 bytes: counts [v4, v6, names, name bytes] · IPv4 starts, ends (float64), ASNs (uint32) · IPv6 starts, ends
 * (uint64), ASNs · named ASNs (uint32, ascending), name offsets (uint32), the names as UTF-8.
 */
function writeCache(base: string, b: Built & { names: Map<number, string> }): void {
  mkdirSync(dirname(base), { recursive: true });
  const asns = Uint32Array.from([...b.names.keys()].sort((x, y) => x - y));
  const texts = [...asns].map((a) => Buffer.from(b.names.get(a)!, 'utf8'));
  const offsets = new Uint32Array(asns.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i] + t.length));
  const parts: ArrayBufferView[] = [new Uint32Array([b.v4.asns.length, b.v6.asns.length, asns.length, offsets[asns.length]])];
  for (const r of [b.v4, b.v6]) parts.push(r.starts, r.ends, r.asns);
  parts.push(asns, offsets, ...texts);
  const chunks = parts.map((p) => {
    const bytes = Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    const pad = (8 - (p.byteLength % 8)) % 8;
    return pad && !(p instanceof Buffer) ? Buffer.concat([bytes, Buffer.alloc(pad)]) : bytes;
  });
  const tmp = `${base}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat(chunks));
  renameSync(tmp, base); // into place last, so a concurrent reader never sees half a cache
}

/** `byteLength` rounded up to the cache's 8-byte sections. */
const padded = (byteLength: number) => byteLength + ((8 - (byteLength % 8)) % 8);

/** Bytes [at, at + length) of an open file, into an ArrayBuffer of their own (typed arrays view it, no copy). */
function readAt(fd: number, at: number, length: number): ArrayBuffer {
  const bytes = new ArrayBuffer(length);
  const view = new Uint8Array(bytes);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, view, done, length - done, at + done);
    if (n === 0) throw new Error(`the ASN cache ends early (at byte ${at + done})`);
    done += n;
  }
  return bytes;
}

/**
 * Reads the cache's names now (~3 MB: every findings run classifies networks by name) and its address ranges (~10 MB)
 * only on the first lookup by address, which rows that carry their AutonomousSystemNumber never need. Each section is
 * read straight into the memory its typed arrays view: reading the whole file and slicing it held the 13 MB twice,
 * the largest step in the peak memory of `findings` on a 230 MB export (measured: bench/README.md).
 */
function readCache(base: string): Built {
  const fd = openSync(base, 'r');
  let header: Uint32Array;
  let names: NameIndex;
  try {
    header = new Uint32Array(readAt(fd, 0, 16));
    const [n4, n6, nNames, nameBytes] = header;
    const rangesBytes = (n: number) => 2 * padded(8 * n) + padded(4 * n);
    const at = 16 + rangesBytes(n4) + rangesBytes(n6);
    const section = readAt(fd, at, padded(4 * nNames) + padded(4 * (nNames + 1)) + nameBytes);
    const offsetsAt = padded(4 * nNames);
    const textAt = offsetsAt + padded(4 * (nNames + 1));
    names = new NameIndex(new Uint32Array(section, 0, nNames), new Uint32Array(section, offsetsAt, nNames + 1), Buffer.from(section, textAt, nameBytes));
  } finally {
    closeSync(fd);
  }
  let ranges: { v4: Ranges; v6: Ranges } | undefined;
  const readRanges = (): { v4: Ranges; v6: Ranges } => {
    const [n4, n6] = header;
    const fd = openSync(base, 'r');
    try {
      const take = (at: number, n: number, Wide: typeof Float64Array | typeof BigUint64Array): Ranges => {
        const bytes = readAt(fd, at, 2 * padded(8 * n) + padded(4 * n));
        return { starts: new Wide(bytes, 0, n), ends: new Wide(bytes, padded(8 * n), n), asns: new Uint32Array(bytes, 2 * padded(8 * n), n) };
      };
      const v4 = take(16, n4, Float64Array);
      return { v4, v6: take(16 + 2 * padded(8 * n4) + padded(4 * n4), n6, BigUint64Array) };
    } finally {
      closeSync(fd);
    }
  };
  return {
    names,
    get v4() {
      return (ranges ??= readRanges()).v4;
    },
    get v6() {
      return (ranges ??= readRanges()).v6;
    },
  };
}

/** ASN → name over the cached arrays: a binary search and one small UTF-8 decode per name asked for. */
class NameIndex {
  constructor(
    private readonly asns: Uint32Array,
    private readonly offsets: Uint32Array,
    private readonly text: Buffer,
  ) {}
  get(asn: number): string | undefined {
    let lo = 0;
    let hi = this.asns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.asns[mid] === asn) return this.text.toString('utf8', this.offsets[mid], this.offsets[mid + 1]);
      if (this.asns[mid] < asn) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
