// Circular references print as [Circular *1] with a <ref *1> marker.
const a = { name: "a" };
a.self = a;
console.log(a);
const list = [1, 2];
list.push(list);
console.log(list);
const parent = { name: "parent", children: [] };
const child = { name: "child", parent };
parent.children.push(child);
console.log(parent);
