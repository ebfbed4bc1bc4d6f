// Case-insensitive and Unicode-aware matching: u flag case folding, property escapes, code point classes.
console.log(/straße/i.test("STRASSE"), /ſ/i.test("s"), /ſ/iu.test("s"), /K/iu.test("\u212a"), /K/i.test("\u212a"));
console.log("Ünïcödé".match(/\p{Lu}/gu), "a1b2٣".match(/\p{Nd}/gu), "héllo wörld".match(/\w+/g));
console.log("😀😁x".match(/[😀😁]/gu), "😀".match(/[😀]/g).length, /^[^x]$/u.test("😀"), /^[^x]$/.test("😀"));
console.log("ΣΑΣ σας".match(/σ/gi), /\u{61}/u.test("a"), /\u{61}/.test("a"), /\u{2}/.test("uu"));
console.log("a\u0301".normalize("NFC").match(/^\p{L}$/u) !== null, "İ".match(/i/i), "ǆ".match(/Ǆ/i) !== null);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
console.log(new RegExp(escapeRe("1+1=2? (yes) [a] {b} ^$ \\ |")).test("x 1+1=2? (yes) [a] {b} ^$ \\ | y"));
