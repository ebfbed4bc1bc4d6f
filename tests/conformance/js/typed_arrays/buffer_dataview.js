// ArrayBuffer shared by several views; DataView reads with explicit endianness.
const buf = new ArrayBuffer(8);
const bytes = new Uint8Array(buf);
const words = new Uint32Array(buf);
const dv = new DataView(buf);
dv.setUint32(0, 0x01020304);
dv.setUint32(4, 0x01020304, true);
console.log(Array.from(bytes).join(" "), dv.getUint32(0).toString(16), dv.getUint32(4, true).toString(16), dv.getUint16(0, true));
words[0] = 0xffffffff;
console.log(Array.from(bytes.slice(0, 4)).join(" "), dv.getInt32(0), dv.getInt8(1));
dv.setFloat64(0, Math.PI);
console.log(dv.getFloat64(0), Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join(""));
const sliced = buf.slice(2, 6);
console.log(sliced.byteLength, new Uint8Array(sliced).join(","), buf.byteLength);
const f = new Float32Array(1);
f[0] = 1.5;
console.log(Array.from(new Uint8Array(f.buffer)).join(","));
try { dv.getUint32(6); } catch (e) { console.log(e.name); }
