// UTF-16 code units vs code points: length, codePointAt, fromCodePoint, iteration, normalize.
const s = "a😀b";
console.log(s.length, [...s].length, s.charCodeAt(1), s.charCodeAt(2), s.codePointAt(1), s.codePointAt(2));
console.log(s.codePointAt(1).toString(16), String.fromCodePoint(0x1f600) === "😀", String.fromCharCode(0xd83d, 0xde00));
console.log(String.fromCharCode(72, 105, 65601), String.fromCodePoint(72, 105), s.split("").length);
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name); }
console.log("\u{1F600}" === "😀", "\u00e9" === "e\u0301", "\u00e9".normalize("NFD").length, "e\u0301".normalize("NFC").length);
console.log("café".normalize("NFD").replace(/[\u0300-\u036f]/g, ""), "ﬁ".normalize("NFKC"));
console.log([..."👨‍👩‍👧"].length, "👨‍👩‍👧".length, s.slice(1, 2).length, "😀".at(0) === "\ud83d");
console.log(JSON.stringify("\ud83d"), JSON.stringify("😀"), encodeURIComponent("é😀"));
console.log("abc".isWellFormed(), "a\ud800".isWellFormed(), "a\ud800".toWellFormed().codePointAt(1).toString(16));
