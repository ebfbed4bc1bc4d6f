// Indexing, length, at, charAt, charCodeAt, immutability, comparison.
const s = "Hello, World";
console.log(s.length, s[0], s[100], s.charAt(4), s.charAt(99) === "", s.at(-1), s.at(-100));
console.log(s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(1));
const t = "abc";
t[0] = "z";
console.log(t, "a" < "b", "a" < "B", "abc".localeCompare("abd"), "b".localeCompare("a"), "a".localeCompare("a"));
console.log("con" + "cat", "x".concat(1, null, [2, 3]), "ab".repeat(3), "".repeat(5) === "", "ab".repeat(0));
try { "x".repeat(-1); } catch (e) { console.log(e.name); }
console.log(s.toUpperCase(), s.toLowerCase(), "ǅ".toLowerCase(), "ß".toUpperCase(), "İ".toLowerCase().length);
