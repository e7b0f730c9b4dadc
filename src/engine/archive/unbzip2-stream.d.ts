// Types for the decoder inside unbzip2-stream (its stream wrapper is not used: see bzip2.ts).
declare module 'unbzip2-stream/lib/bzip2.js' {
  type BitReader = ((n: number | null) => number) & { bytesRead: number };
  const bzip2: {
    /** Reads "BZh" + level; returns the block size in 100 kB units. Throws on a bad header. */
    header(bits: BitReader): number;
    /** Decodes one block, calling `out` per byte; returns the running stream CRC, or null at the end-of-stream marker. */
    decompress(bits: BitReader, out: (byte: number) => void, buf: Int32Array, bufsize: number, streamCRC: number | null): number | null;
  };
  export default bzip2;
}

declare module 'unbzip2-stream/lib/bit_iterator.js' {
  type BitReader = ((n: number | null) => number) & { bytesRead: number };
  export default function bitIterator(nextBuffer: () => Buffer | undefined): BitReader;
}
