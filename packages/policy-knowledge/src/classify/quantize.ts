/** Int8 weights with one float32 scale per feature row. */
export interface QuantizedWeights {
  scales: Float32Array;
  quantized: Int8Array;
}

/** Quantises feature-major weights to int8, one scale per row of `classes` weights. */
export function quantize(weights: Float32Array, classes: number): QuantizedWeights {
  const rows = classes === 0 ? 0 : weights.length / classes;
  const scales = new Float32Array(rows);
  const quantized = new Int8Array(weights.length);
  for (let r = 0; r < rows; r++) {
    const base = r * classes;
    let max = 0;
    for (let k = 0; k < classes; k++) max = Math.max(max, Math.abs(weights[base + k]!));
    const scale = Math.fround(max / 127);
    scales[r] = scale;
    if (scale === 0) continue;
    for (let k = 0; k < classes; k++) quantized[base + k] = Math.round(weights[base + k]! / scale);
  }
  return { scales, quantized };
}

/** Encodes a typed array's bytes as base64. */
export function toBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decodes base64 bytes into a fresh, aligned buffer (to view as any typed array). */
export function bufferFromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

/** Decodes base64 bytes into a fresh Float32Array. */
export function float32FromBase64(text: string): Float32Array {
  return new Float32Array(bufferFromBase64(text));
}

/** Decodes base64 bytes into a fresh Int8Array. */
export function int8FromBase64(text: string): Int8Array {
  return new Int8Array(bufferFromBase64(text));
}
