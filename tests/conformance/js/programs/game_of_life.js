// Conway's Game of Life on a small torus: a glider travels and the population is tracked.
const W = 12, H = 8;
let grid = Array.from({ length: H }, () => new Array(W).fill(0));
for (const [x, y] of [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]]) grid[y][x] = 1;
for (const [x, y] of [[8, 4], [9, 4], [10, 4]]) grid[y][x] = 1;
function step(g) {
  return g.map((row, y) => row.map((alive, x) => {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dx || dy) n += g[(y + dy + H) % H][(x + dx + W) % W];
    return n === 3 || (alive && n === 2) ? 1 : 0;
  }));
}
const show = (g) => g.map((r) => r.map((c) => (c ? "#" : ".")).join("")).join("\n");
console.log(show(grid));
const population = [];
for (let i = 0; i < 8; i++) { grid = step(grid); population.push(grid.flat().reduce((a, b) => a + b)); }
console.log(population.join(" "));
console.log(show(grid));
