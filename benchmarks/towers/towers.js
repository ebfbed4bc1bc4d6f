// towers: Towers of Hanoi with disks as objects stacked on linked pegs; size = number of disks.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Disk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers {
  constructor() {
    this.piles = [null, null, null];
    this.moves = 0;
  }

  push(pile, disk) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) throw new Error("towers: cannot put a big disk on a smaller one");
    disk.next = top;
    this.piles[pile] = disk;
  }

  pop(pile) {
    const top = this.piles[pile];
    if (top === null) throw new Error("towers: pop from an empty pile");
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTop(source, target) {
    this.push(target, this.pop(source));
    this.moves++;
  }

  move(source, target, count) {
    if (count === 1) {
      this.moveTop(source, target);
    } else {
      const other = 3 - source - target;
      this.move(source, other, count - 1);
      this.moveTop(source, target);
      this.move(other, target, count - 1);
    }
  }

  build(pile, disks) {
    for (let size = disks - 1; size >= 0; size--) this.push(pile, new Disk(size));
  }
}

function run(disks) {
  const towers = new Towers();
  towers.build(0, disks);
  towers.move(0, 1, disks);
  return towers;
}

function verify(towers, disks) {
  let expected = 1;
  for (let i = 0; i < disks; i++) expected = expected * 2;
  expected -= 1;
  if (towers.moves !== expected) throw new Error("towers: " + towers.moves + " moves, expected " + expected);
  let disk = towers.piles[1];
  let size = 0;
  while (disk !== null) {
    if (disk.size !== size) throw new Error("towers: target pile out of order");
    size++;
    disk = disk.next;
  }
  if (size !== disks || towers.piles[0] !== null || towers.piles[2] !== null) {
    throw new Error("towers: disks left on the wrong pile");
  }
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 20;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
