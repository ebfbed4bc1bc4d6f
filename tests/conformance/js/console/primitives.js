// console.log of primitives at top level vs inside containers (strings get quotes inside).
console.log("plain string", 42, -0, 0, 1.5, NaN, Infinity, -Infinity, true, null, undefined, 10n);
console.log(["str", 42, -0, null, undefined, true, 10n, NaN]);
console.log({ s: "it's", d: 'say "hi"', both: `it's "x"`, nl: "a\nb", tab: "\t", bs: "\\" });
console.log(["it's"], ['"quoted"'], ["`tick`'s \"all\""], [""]);
console.log(Symbol("desc"), [Symbol("in array")], Symbol(), { [Symbol("key")]: 1 });
console.log("");
console.log();
console.log(" leading and trailing ");
