// Nested arrays and objects; depth > 2 collapses to [Object]/[Array]; empty containers.
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ list: [{ x: 1 }, { y: [1, 2] }], empty: {}, arr: [], nested: [[]] });
console.log([[1, 2], [3, 4]], { "key with space": 1, valid_id: 2, $dollar: 3, "123": 4, "1a": 5 });
console.log([{}], [[]], {}, []);
