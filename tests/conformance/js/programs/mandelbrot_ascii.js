// An ASCII Mandelbrot set: floating-point loops with an escape-time palette.
const palette = " .:-=+*#%@";
const rows = [];
for (let y = -1.2; y <= 1.2001; y += 0.1) {
  let row = "";
  for (let x = -2.1; x <= 0.6001; x += 0.04) {
    let zr = 0, zi = 0, i = 0;
    while (i < 60 && zr * zr + zi * zi < 4) { const t = zr * zr - zi * zi + x; zi = 2 * zr * zi + y; zr = t; i++; }
    row += palette[i === 60 ? 9 : Math.floor((i / 60) * 9)];
  }
  rows.push(row.trimEnd());
}
console.log(rows.join("\n"));
let inside = 0;
for (let k = 0; k < 200; k++) for (let j = 0; j < 200; j++) {
  const cx = -2 + (k / 200) * 2.5, cy = -1.25 + (j / 200) * 2.5;
  let zr = 0, zi = 0, n = 0;
  while (n < 100 && zr * zr + zi * zi <= 4) { const t = zr * zr - zi * zi + cx; zi = 2 * zr * zi + cy; zr = t; n++; }
  if (n === 100) inside++;
}
console.log("points inside:", inside, "area estimate:", ((inside / 40000) * 6.25).toFixed(4));
