// Case conversion and comparison: code-unit order vs localeCompare basics.
const words = ["banana", "Apple", "cherry", "apple", "Banana"];
console.log(words.slice().sort().join(" "));
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(" "));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("B"));
console.log("Straße".toUpperCase(), "ΣΊΣΥΦΟΣ".toLowerCase(), "İstanbul".toLowerCase().length);
console.log("Title Case Words".split(" ").map((w) => w[0].toLowerCase() + w.slice(1).toUpperCase()).join(" "));
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
console.log(["hELLO", "wORLD", ""].map(capitalize));
