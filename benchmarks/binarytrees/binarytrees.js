// binarytrees: allocates and walks perfect binary trees (the binary-trees GC benchmark): a stretch
// tree of depth max+1, a long-lived tree of depth max, and many short-lived trees of depths
// 4, 6, ..., max. size = max depth (at least 4). Every check is a node count, so it is verified
// against 2^(d+1) - 1 per tree.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Node {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }

  check() {
    if (this.left === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }
}

function bottomUp(depth) {
  if (depth === 0) return new Node(null, null);
  return new Node(bottomUp(depth - 1), bottomUp(depth - 1));
}

function treeSize(depth) {
  let size = 1;
  for (let i = 0; i <= depth; i++) size = size * 2;
  return size - 1;
}

function expect(actual, expected, what) {
  if (actual !== expected) throw new Error("binarytrees: " + what + " checked " + actual + " nodes, expected " + expected);
}

function run(maxDepth) {
  if (maxDepth < 4) throw new Error("binarytrees: size must be at least 4");
  let total = 0;
  const stretch = bottomUp(maxDepth + 1).check();
  expect(stretch, treeSize(maxDepth + 1), "stretch tree");
  total += stretch;
  const longLived = bottomUp(maxDepth);
  for (let depth = 4; depth <= maxDepth; depth += 2) {
    let trees = 1;
    for (let i = 0; i < maxDepth - depth + 4; i++) trees = trees * 2;
    let checked = 0;
    for (let i = 0; i < trees; i++) checked += bottomUp(depth).check();
    expect(checked, trees * treeSize(depth), "depth " + depth);
    total += checked;
  }
  const checked = longLived.check();
  expect(checked, treeSize(maxDepth), "long-lived tree");
  return total + checked;
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 14;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(size);
    const elapsed = performance.now() - start;
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
