// Destructuring in parameters, for-of heads and catch clauses.
function area({ width = 1, height = width * 2 } = {}) { return width * height; }
console.log(area(), area({ width: 3 }), area({ width: 2, height: 5 }));
const points = [[1, 2], [3, 4], [5, 6]];
for (const [x, y] of points) console.log(x + y);
const entries = Object.entries({ a: 1, b: 2 });
for (const [k, v] of entries) console.log(`${k}=${v}`);
const users = [{ id: 1, profile: { nick: "one" } }, { id: 2, profile: {} }];
console.log(users.map(({ id, profile: { nick = "?" } }) => `${id}:${nick}`).join(" "));
const swap = ([first, second]) => [second, first];
console.log(swap([1, 2]));
function config({ verbose, level = 0, ...extras }) { return { verbose, level, extras }; }
console.log(config({ verbose: true, color: "red", size: 2 }));
