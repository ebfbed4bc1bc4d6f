// Map and Set formatting including nesting and sizes.
console.log(new Map([["a", 1], [2, "two"], [{ k: 1 }, [1, 2]]]));
console.log(new Set([1, "one", [2], { three: 3 }]));
console.log(new Map(), new Set(), [new Map([[1, 2]])], { s: new Set(["x"]) });
console.log(new Map([["nested", new Map([["inner", new Set([1])]])]]));
console.log(new WeakMap(), new WeakSet());
