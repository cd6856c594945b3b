import { open, writeFile } from 'node:fs/promises';
import { Deserializer, Serializer } from 'node:v8';

// A value serialized with v8, its typed arrays' bytes moved to a block of their own at the end of the file:
//   [structure length, arrays length: 8 bytes each][structure: v8 serialization][padding to 8][typed arrays' bytes,
//   each 8-aligned]
// Loading reads the structure, then the typed arrays' bytes into one buffer. The typed arrays come back as views into
// it, all of which stays in use. Reading one buffer with `v8.deserialize` instead keeps the whole file
// alive behind the views, or, if the views are copied out, leaves a file-sized buffer for the next full collection.

const TYPES = [Int8Array, Uint8Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array] as const;
type TypedArray = InstanceType<(typeof TYPES)[number]>;

const HEADER_BYTES = 16;
const ALIGN = 8;
const alignUp = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** A v8 serializer that writes each typed array as (type, offset, length) and collects its bytes on the side. */
class SplittingSerializer extends Serializer {
  readonly arrays: TypedArray[] = [];
  arrayBytes = 0;

  constructor() {
    super();
    // Documented in Node's v8 module, missing from its type declarations (as are the two hooks below).
    (this as unknown as { _setTreatArrayBufferViewsAsHostObjects(flag: boolean): void })._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(object: object): void {
    const type = TYPES.findIndex((T) => object.constructor === T);
    if (type < 0) throw new Error(`cannot store a ${object.constructor.name}`);
    const array = object as TypedArray;
    this.writeUint32(type);
    this.writeUint32(this.arrayBytes);
    this.writeUint32(array.length);
    this.arrays.push(array);
    this.arrayBytes = alignUp(this.arrayBytes + array.byteLength);
  }
}

/** A v8 deserializer that returns each typed array as a view into the block of typed arrays' bytes. */
class ViewingDeserializer extends Deserializer {
  constructor(
    structure: Buffer,
    private readonly arrayBytes: ArrayBuffer,
  ) {
    super(structure);
  }

  _readHostObject(): TypedArray {
    const T = TYPES[this.readUint32()];
    const offset = this.readUint32();
    const length = this.readUint32();
    if (T === undefined) throw new Error('unknown typed array type');
    return new T(this.arrayBytes, offset, length);
  }
}

/** Writes `value` (plain data, maps, sets and typed arrays) to `path` with its typed arrays' bytes in a block of their own. */
export async function writeTypedArrayFile(path: string, value: unknown): Promise<void> {
  const serializer = new SplittingSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  const structure = serializer.releaseBuffer();
  const arraysAt = alignUp(HEADER_BYTES + structure.length);
  const file = Buffer.alloc(arraysAt + serializer.arrayBytes);
  file.writeBigUInt64LE(BigInt(structure.length), 0);
  file.writeBigUInt64LE(BigInt(serializer.arrayBytes), 8);
  structure.copy(file, HEADER_BYTES);
  let offset = arraysAt;
  for (const array of serializer.arrays) {
    file.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = arraysAt + alignUp(offset - arraysAt + array.byteLength);
  }
  await writeFile(path, file);
}

/** Reads a value written by writeTypedArrayFile: its typed arrays are views into one buffer holding only their bytes. */
export async function readTypedArrayFile(path: string): Promise<unknown> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const header = Buffer.alloc(HEADER_BYTES);
    await readExactly(file, header, 0);
    const structureLength = Number(header.readBigUInt64LE(0));
    const arraysAt = alignUp(HEADER_BYTES + structureLength);
    const arraysLength = Number(header.readBigUInt64LE(8));
    if (arraysAt + arraysLength !== size) throw new Error(`${path} is truncated or damaged`);
    const arrayBytes = new ArrayBuffer(arraysLength);
    // The structure is read into the start of the arrays' block when it fits, and read from there before the arrays'
    // bytes overwrite it: its values are copied out and the views only point into the block. A separate buffer would
    // stay in memory, unused, until the next full collection, which a serving process may not see for a long time.
    const fits = structureLength <= arraysLength;
    const structure = fits ? Buffer.from(arrayBytes, 0, structureLength) : Buffer.alloc(structureLength);
    await readExactly(file, structure, HEADER_BYTES);
    const deserializer = new ViewingDeserializer(structure, arrayBytes);
    deserializer.readHeader();
    const value = deserializer.readValue();
    await readExactly(file, new Uint8Array(arrayBytes), arraysAt);
    return value;
  } finally {
    await file.close();
  }
}

/** Fills `target` from the file at `position`, or throws when the file ends first. */
async function readExactly(file: Awaited<ReturnType<typeof open>>, target: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < target.length) {
    const { bytesRead } = await file.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error('the file ends early');
    done += bytesRead;
  }
}
