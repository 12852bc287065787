/**
 * Just enough protobuf to read one varint field from the blobs of a modern collection
 * (notetypes.config's `kind`). Anki's full schema lives in its .proto files; we need one number.
 */
function varint(buf: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let mul = 1;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    value += (buf[i] & 0x7f) * mul;
    mul *= 128;
    if (!(buf[i] & 0x80)) return [value, i + 1];
  }
  throw new RangeError("truncated varint");
}

/** The value of top-level varint field `field`, or 0 (proto3's default, which is not written) when absent. */
export function readVarintField(buf: Uint8Array, field: number): number {
  let at = 0;
  while (at < buf.length) {
    const [tag, next] = varint(buf, at);
    at = next;
    const wire = tag & 7;
    if (wire === 0) {
      const [value, after] = varint(buf, at);
      if (Math.floor(tag / 8) === field) return value;
      at = after;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const [len, after] = varint(buf, at);
      at = after + len;
    } else throw new RangeError(`unsupported wire type ${wire}`);
  }
  return 0;
}
