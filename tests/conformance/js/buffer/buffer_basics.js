// node's Buffer: a Uint8Array subclass with encodings, from/alloc/concat/isBuffer/byteLength,
// toString/equals/compare/slice/subarray/toJSON/write/copy, and console.log's <Buffer ..> form.
const b = Buffer.from("hello");
console.log(b);
console.log(b.length, b[0], b[4], b[5], typeof b[0]);
console.log(b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer("x"));
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(b.toString(), b.toString("utf8"), b.toString("hex"), b.toString("base64"), b.toString("latin1"));
console.log(b.toString("utf8", 1, 3), b.toString(undefined, 2), String(b), `${b}`, b + "!");

// Encodings both ways.
console.log(Buffer.from("68656c6c6f", "hex").toString(), Buffer.from("aGVsbG8=", "base64").toString());
console.log(Buffer.from("aGVsbG8", "base64").toString(), Buffer.from("a GV\nsbG8=", "base64").toString());
console.log(Buffer.from("héllo ☃ 😀"), Buffer.from("héllo ☃ 😀").toString(), Buffer.from("héllo ☃ 😀").length);
console.log(Buffer.from("héllo", "latin1"), Buffer.from("hi", "utf16le"), Buffer.from("hi", "ucs2").toString("utf16le"));
console.log(Buffer.from([0xff, 0xfe, 0x41]).toString(), JSON.stringify(Buffer.from([0xe2, 0x82]).toString()));
console.log(Buffer.from([1, 2, 250]).toString("base64"), Buffer.from([251, 255]).toString("base64url"), Buffer.from("+/8", "base64"));
console.log(Buffer.from("zz12", "hex"), Buffer.from("12z3", "hex"), Buffer.from("abc", "ascii").toString("ascii"));
console.log(Buffer.byteLength("héllo"), Buffer.byteLength("aGVsbG8=", "base64"), Buffer.byteLength(b), Buffer.isEncoding("utf8"), Buffer.isEncoding("nope"));

// From arrays, typed arrays, array buffers and other buffers.
console.log(Buffer.from([104, 105, 256 + 33, -1]));
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab, 1, 2);
view[0] = 7;
console.log(view, new Uint8Array(ab), view.length);
const copy = Buffer.from(b);
copy[0] = 72;
console.log(copy.toString(), b.toString(), Buffer.from(new Uint16Array([1, 258])));
console.log(Buffer.from(JSON.parse(JSON.stringify(b))).toString(), JSON.stringify(Buffer.from("hi")));

// alloc, concat, equals, compare.
console.log(Buffer.alloc(3), Buffer.alloc(5, "ab"), Buffer.alloc(4, 257), Buffer.allocUnsafe(2).length);
const c = Buffer.concat([Buffer.from("ab"), Buffer.from("cd"), new Uint8Array([101])]);
console.log(c, c.toString(), Buffer.concat([b, b], 7).toString(), Buffer.concat([b], 8), Buffer.concat([]).length);
console.log(b.equals(Buffer.from("hello")), b.equals(Buffer.from("hellp")), b.equals(new Uint8Array([104, 101, 108, 108, 111])));
console.log(b.compare(Buffer.from("hellp")), Buffer.compare(Buffer.from("b"), Buffer.from("a")), Buffer.compare(b, b));
console.log([Buffer.from("b"), Buffer.from("c"), Buffer.from("a")].sort(Buffer.compare).map(String).join());

// slice and subarray share memory.
const s = b.slice(1, 3);
const t = b.subarray(-2);
console.log(s, t, s.toString(), Buffer.isBuffer(s), Buffer.isBuffer(t));
s[0] = 69;
console.log(b.toString(), b.slice().length, b.slice(4, 2).length);

// write and copy.
const w = Buffer.alloc(6);
console.log(w.write("hey"), w.write("xyz", 4), w, w.write("ff", 1, "hex"), w);
const dst = Buffer.alloc(4, ".");
console.log(Buffer.from("abcdef").copy(dst, 1, 2, 4), dst.toString());

// Iteration and the array methods inherited from Uint8Array.
console.log([...Buffer.from("AB")], Buffer.from("abc").map((x) => x + 1).length, Buffer.from("abc").indexOf(99));
for (const [i, v] of Buffer.from("hi").entries()) console.log(i, v);

// Inspection: nested, long, empty.
console.log([Buffer.from("a")], { buf: Buffer.from("xyz") });
console.log(Buffer.alloc(0), Buffer.alloc(51, 1), Buffer.alloc(52));

// Errors.
for (const f of [() => Buffer.from(5), () => Buffer.from("x", "nope"), () => Buffer.alloc("3"), () => Buffer.concat([1]), () => b.equals("hello")]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
