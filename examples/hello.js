// A small tour: classes, closures, arrays, template literals and a generator.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  toString() { return `Point(${this.x}, ${this.y})`; }
}

function* fib() {
  let [a, b] = [0, 1];
  for (;;) { yield a; [a, b] = [b, a + b]; }
}

const firstTen = [];
for (const n of fib()) {
  if (firstTen.length === 10) break;
  firstTen.push(n);
}

const p = new Point(3, 4);
console.log(`hello from dualvm: ${p} has norm ${p.norm()}`);
console.log('fibonacci:', firstTen.join(', '));
console.log('squares:', [1, 2, 3, 4].map((x) => x * x));
