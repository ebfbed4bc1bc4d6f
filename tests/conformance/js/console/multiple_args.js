// Multiple arguments are joined with single spaces; console.error/warn go to stderr (not compared).
console.log("a", "b", 1, [2], { c: 3 });
console.error("this goes to stderr");
console.warn("so does this");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
console.log("multi\nline", "arg");
console.log([1, 2], [3, 4]);
