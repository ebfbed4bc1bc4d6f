// fill with ranges, flat with depth (and holes removed), flatMap one level.
console.log(new Array(4).fill(0), [1, 2, 3, 4, 5].fill(9, 1, 3), [1, 2, 3].fill(7, -1), [1, 2, 3].fill(5, 5));
const grid = new Array(2).fill().map(() => new Array(2).fill("."));
grid[0][0] = "#";
console.log(grid);
const shared = new Array(2).fill([]);
shared[0].push("same");
console.log(shared);
const nested = [1, [2, [3, [4, [5]]]], , 6];
console.log(JSON.stringify(nested.flat()), JSON.stringify(nested.flat(2)), nested.flat(Infinity), nested.flat(0).length);
console.log(["a b", "c"].flatMap((s) => s.split(" ")), [1, 2].flatMap((n) => [[n, n * 2]]), [1, 2, 3].flatMap((n) => (n % 2 ? [] : n)));
