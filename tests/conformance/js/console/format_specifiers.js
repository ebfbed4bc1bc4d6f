// console.log with a format string: %s %d %i %f %j %o %O %%; extra args appended; non-string first arg.
console.log("%s is %d years", "Ada", 36);
console.log("%i and %f", 42.9, "3.5");
console.log("%s", { a: 1 }, "extra", 7);
console.log("100%% sure, %s", "yes");
console.log("%d%%", 50);
console.log("missing: %s %s", "only one");
console.log("%j is not special in console", 1);
console.log(5, "%s", "not formatted because first arg is not a string");
console.log("%s", null, undefined, "%s");
console.log("%d", "abc", "%i", 1.9);
console.log("%s %s", [1, [2]], Symbol("s"));
console.log("%c styled", "color: red");
