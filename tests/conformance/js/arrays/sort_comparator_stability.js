// sort with a comparator: numeric, descending, multi-key, and stability for equal keys.
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b), [1, 5, 3].sort((a, b) => b - a));
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cat", age: 30 },
  { name: "dan", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 30 },
  { name: "gus", age: 25 }, { name: "hal", age: 35 }, { name: "ivy", age: 30 },
  { name: "jon", age: 25 }, { name: "kim", age: 30 }, { name: "lee", age: 25 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map((p) => p.name).join(" "));
console.log(people.slice().sort((a, b) => b.age - a.age || a.name.localeCompare(b.name)).map((p) => p.name).join(" "));
const many = Array.from({ length: 100 }, (_, i) => ({ key: i % 3, id: i }));
many.sort((a, b) => a.key - b.key);
let stable = true;
for (let i = 1; i < many.length; i++) if (many[i - 1].key === many[i].key && many[i - 1].id > many[i].id) stable = false;
console.log("stable:", stable, many.slice(0, 5).map((e) => e.id).join(","));
console.log([3, undefined, 1, , 2].sort((a, b) => b - a));
console.log(["b", "a", "c"].sort(() => 0), [2, 1].sort((a, b) => (a < b ? -1 : 1)));
const words = ["banana", "Apple", "cherry", "apple"];
console.log(words.sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
console.log([5, 1, 4].toSorted((a, b) => a - b), [1, 2, 3].sort((a, b) => (a % 2) - (b % 2)));
