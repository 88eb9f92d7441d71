/**
 * A small seeded random source (mulberry32), so a tenant is the same on every machine and every run: no Math.random,
 * no clock. `rngFor(seed, ...keys)` derives an independent stream per purpose (a user, a user-day, a scenario), which
 * keeps the output identical whichever order the parts are generated in.
 */

/** One seeded stream of pseudo-random numbers. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One item, chosen with the given weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  }

  /** `count` distinct items in random order (Fisher-Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, Math.min(count, a.length));
  }

  /** A random GUID in the 8-4-4-4-12 form Entra uses for ids (version 4 layout). */
  guid(): string {
    const a = this.word(), b = this.word(), c = this.word(), d = this.word();
    return (
      hex8(a) + '-' + hex8(b).slice(0, 4) + '-4' + hex8(b).slice(5, 8) + '-' +
      ((8 + (c >>> 30)).toString(16) + hex8(c).slice(1, 4)) + '-' + hex8(c).slice(4, 8) + hex8(d)
    );
  }

  /** A uniform unsigned 32-bit integer. */
  word(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }

  /** A base64url token of `length` characters, like UniqueTokenIdentifier. */
  token(length = 22): string {
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let s = '';
    for (let i = 0; i < length; i++) s += abc[this.int(0, 63)];
    return s;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}

/** FNV-1a hash of a text, as an unsigned 32-bit seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An independent stream for one purpose, e.g. `rngFor(seed, 'user-day', 3, 5)`. */
export function rngFor(seed: number, ...keys: (string | number)[]): Rng {
  return new Rng(hash32(`${seed}|${keys.join('|')}`));
}
