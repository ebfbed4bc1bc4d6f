// binary-trees: allocate and walk many short-lived trees (exercises the allocator and GC).
class TreeNode { constructor(left, right) { this.left = left; this.right = right; } }
function bottomUp(depth) { return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null); }
function check(node) { return node.left === null ? 1 : 1 + check(node.left) + check(node.right); }
const maxDepth = 10;
console.log(`stretch tree of depth ${maxDepth + 1}\t check: ${check(bottomUp(maxDepth + 1))}`);
const longLived = bottomUp(maxDepth);
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 4);
  let sum = 0;
  for (let i = 0; i < iterations; i++) sum += check(bottomUp(depth));
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${sum}`);
}
console.log(`long lived tree of depth ${maxDepth}\t check: ${check(longLived)}`);
