// bounce: balls with integer positions and velocities bounce inside a box for 50 steps, counting
// wall hits; starting states come from a 16-bit linear congruential generator; size = balls.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const BOUNCES = new Map([[10, 97], [100, 1331], [1000, 12764], [2000, 25729], [5000, 63979], [10000, 128302]]);
const BOX = 500;
const STEPS = 50;

class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

class Ball {
  constructor(random) {
    this.x = random.next() % BOX;
    this.y = random.next() % BOX;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }

  bounce() {
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > BOX) {
      this.x = BOX;
      this.xVel = -Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x < 0) {
      this.x = 0;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y > BOX) {
      this.y = BOX;
      this.yVel = -Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y < 0) {
      this.y = 0;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    return bounced;
  }
}

function run(count) {
  const random = new Random();
  const balls = [];
  for (let i = 0; i < count; i++) balls.push(new Ball(random));
  let bounces = 0;
  for (let step = 0; step < STEPS; step++) {
    for (const ball of balls) {
      if (ball.bounce()) bounces++;
    }
  }
  return bounces;
}

function verify(result, size) {
  if (!BOUNCES.has(size)) throw new Error("bounce: no expected result for size " + size + " (got " + result + ")");
  if (result !== BOUNCES.get(size)) throw new Error("bounce: " + result + " bounces, expected " + BOUNCES.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 5000;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
