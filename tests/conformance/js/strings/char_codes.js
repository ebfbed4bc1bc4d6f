// Converting between characters and codes; simple ciphers built on them.
const caesar = (s, k) => s.replace(/[a-z]/gi, (c) => {
  const base = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + k) % 26 + 26) % 26 + base);
});
const enc = caesar("Hello, World!", 3);
console.log(enc, caesar(enc, -3));
const rot13 = (s) => caesar(s, 13);
console.log(rot13("Why did the chicken cross the road?"));
const codes = [..."ABCxyz"].map((c) => c.charCodeAt(0));
console.log(codes, String.fromCharCode(...codes));
const hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join(" ");
console.log(hex("hi!\n"));
