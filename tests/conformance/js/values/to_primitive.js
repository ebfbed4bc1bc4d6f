// ToPrimitive: valueOf before toString for "number"/"default" hints, toString first for "string".
const log = [];
const obj = {
  valueOf() { log.push("valueOf"); return 42; },
  toString() { log.push("toString"); return "str"; },
};
console.log(obj + 1, log.join(","));
log.length = 0;
console.log(`${obj}`, log.join(","));
log.length = 0;
console.log(obj * 2, log.join(","));
log.length = 0;
console.log(String(obj), log.join(","));
log.length = 0;
console.log(obj == 42, log.join(","));

// valueOf returning an object falls through to toString.
const fallthrough = { valueOf() { return {}; }, toString() { return "7"; } };
console.log(fallthrough * 3, fallthrough + 1);

// Neither returns a primitive: TypeError.
const broken = { valueOf() { return {}; }, toString() { return {}; } };
try {
  console.log(broken + 1);
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}

// Symbol.toPrimitive wins and receives the hint.
const hinted = {
  [Symbol.toPrimitive](hint) { return hint === "number" ? 10 : hint === "string" ? "ten" : "default"; },
};
console.log(+hinted, `${hinted}`, hinted + "", hinted * 1);

// Arrays and plain objects.
console.log([1, 2] + [3], [] + [], [] + {}, ({}) + "x");
console.log([5] * 2, [] * 2, [1, 2] * 2);
