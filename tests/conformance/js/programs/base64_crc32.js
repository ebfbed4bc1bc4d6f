// Hand-written base64 encode/decode and CRC-32, checked against known values and btoa/atob.
const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function b64encode(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHA[(n >> 18) & 63] + ALPHA[(n >> 12) & 63] + (i + 1 < bytes.length ? ALPHA[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? ALPHA[n & 63] : "=");
  }
  return out;
}
function b64decode(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | (s[i + k] === "=" ? 0 : ALPHA.indexOf(s[i + k])), 0);
    bytes.push((n >> 16) & 255);
    if (s[i + 2] !== "=") bytes.push((n >> 8) & 255);
    if (s[i + 3] !== "=") bytes.push(n & 255);
  }
  return bytes;
}
const table = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (bytes) => { let c = 0xffffffff; for (const b of bytes) c = table[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const ascii = (s) => [...s].map((ch) => ch.charCodeAt(0));
for (const s of ["", "f", "fo", "foo", "foobar", "Many hands make light work."]) {
  const enc = b64encode(ascii(s));
  console.log(JSON.stringify(s), enc, enc === btoa(s), String.fromCharCode(...b64decode(enc)) === s, crc32(ascii(s)).toString(16).padStart(8, "0"));
}
console.log(crc32(ascii("The quick brown fox jumps over the lazy dog")).toString(16), atob("aGk="));
