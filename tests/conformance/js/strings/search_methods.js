// indexOf/lastIndexOf/includes/startsWith/endsWith/search, positions and edge cases.
const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.lastIndexOf("the"), s.lastIndexOf("the", 30), s.indexOf("cat"));
console.log(s.indexOf(""), s.indexOf("", 100), s.lastIndexOf(""), "aaa".lastIndexOf("a", -5));
console.log(s.includes("fox"), s.includes("fox", 17), s.startsWith("the"), s.startsWith("quick", 4), s.endsWith("dog"), s.endsWith("lazy", 38));
console.log(s.search(/o/), s.search(/z+/), s.search("xyz"), "a.b".search("."));
try { s.startsWith(/the/); } catch (e) { console.log(e.name); }
console.log("undefined".includes(), "null".indexOf(null));
