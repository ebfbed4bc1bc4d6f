// split by string, by regex (with captures), with limit, and edge cases.
console.log("a,b,,c".split(","), "a,b,c".split(",", 2), "abc".split(""), "".split(","), "".split(""));
console.log("a1b22c333".split(/\d+/), "a1b2c".split(/(\d)/), "one  two three".split(/\s+/, 2));
console.log("test".split(), "test".split(undefined), "a,b".split(",", 0), "a b".split(" ", -1));
console.log("2024-01-15".split("-").map(Number), "k=v&x=y".split("&").map((p) => p.split("=")));
console.log("😀x😀".split("").map((u) => u.charCodeAt(0).toString(16)), [..."😀x😀"], "a||b".split("|"), "abc".split(/(?:)/u));
console.log("Hello World".split(/(o)/), "  leading".split(" "));
