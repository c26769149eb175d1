// UUIDv7 (RFC 9562) for generated rows, deterministic for a seed: the 48-bit timestamp is given, the 12-bit
// rand_a field counts the ids made for one timestamp (so they sort in creation order) and the 62 random bits
// come from the seeded generator. Ids made this way sort by (timestamp, counter), which keeps index inserts
// local like the database's own uuid(7) ids.
import type { Rng } from "@/prisma/generator/random";

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function uuidv7(timestampMs: number, counter: number, rng: Rng): string {
  if (counter < 0 || counter > 0xfff) throw new RangeError(`uuidv7 counter out of range: ${counter}`);
  const bytes = new Array<number>(16);
  let ms = Math.floor(timestampMs);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  const high = rng.uint32();
  const low = rng.uint32();
  bytes[8] = 0x80 | ((high >>> 24) & 0x3f);
  bytes[9] = (high >>> 16) & 0xff;
  bytes[10] = (high >>> 8) & 0xff;
  bytes[11] = high & 0xff;
  bytes[12] = (low >>> 24) & 0xff;
  bytes[13] = (low >>> 16) & 0xff;
  bytes[14] = (low >>> 8) & 0xff;
  bytes[15] = low & 0xff;
  const h = bytes.map((byte) => HEX[byte]!);
  return (
    `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-` +
    `${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`
  );
}

/** Ids for one member file: one timestamp, a counter per id. */
export class IdFactory {
  private counter = 0;

  constructor(
    private readonly timestampMs: number,
    private readonly rng: Rng,
  ) {}

  next(): string {
    return uuidv7(this.timestampMs, this.counter++, this.rng);
  }
}
