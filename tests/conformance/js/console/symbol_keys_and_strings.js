// Symbol keys, quoted keys, long strings inside objects, and multi-line strings in arrays.
console.log({ [Symbol("s")]: 1, normal: 2, [Symbol.iterator]: 3 });
console.log({ "has-dash": 1, "with space": 2, "ünïcode": 3, _ok: 4, "": 5 });
console.log(["line1\nline2", "tab\there"]);
console.log({ long: "x".repeat(100) });
console.log(["a".repeat(20), "b".repeat(20), "c".repeat(20), "d".repeat(20)]);
