// Typed arrays: element types wrap or clamp on store, fixed length, shared buffers via subarray.
const u8 = new Uint8Array([1, 255, 256, -1, 3.7]);
const i8 = Int8Array.from([127, 128, -129, 255]);
const clamped = new Uint8ClampedArray([300, -5, 1.5, 2.5, 254.5]);
const f32 = new Float32Array([0.1, 1e40, -0]);
console.log(Array.from(u8), Array.from(i8), Array.from(clamped), Array.from(f32));
console.log(u8.length, u8.byteLength, new Float64Array(3).byteLength, Int32Array.BYTES_PER_ELEMENT);
u8[10] = 5;
u8.push?.(1);
console.log(u8.length, u8[10], typeof u8.push);
const base = new Int16Array([10, 20, 30, 40, 50]);
const view = base.subarray(1, 4);
view[0] = 99;
const copy = base.slice(1, 4);
copy[1] = -1;
console.log(Array.from(base), Array.from(view), Array.from(copy));
base.set([7, 8], 3);
console.log(base.join(","), base.indexOf(8), base.includes(99), [...base.map((x) => x * 2)].join(","));
console.log(Array.from(new Uint16Array([3, 1, 2]).sort()), Array.from(new Float64Array([10, 9, 1]).sort()));
console.log(Object.prototype.toString.call(u8), ArrayBuffer.isView(u8), Array.isArray(u8));
try { new Uint8Array(-1); } catch (e) { console.log(e.name); }
