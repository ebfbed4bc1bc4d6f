// Less common string methods: localeCompare with numbers option, at, concat, search by string, String.prototype.toString.
console.log(["item10", "item2", "item1"].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log("abc".at(0), "abc".at(-4), "abc".concat(), "a-b-c".lastIndexOf("-", 2));
console.log(new String("boxed").toString(), typeof new String("boxed").valueOf(), "x".toString === String.prototype.toString);
console.log("%E4%BD%A0", decodeURIComponent("%E4%BD%A0%E5%A5%BD"), encodeURI("a b/c?d=é&e"), encodeURIComponent("a b/c?d=é&e"));
console.log("Tab\tNew\nQuote\"".length, "\x41\u0042\u{43}", "\0".length, "a\
b");
