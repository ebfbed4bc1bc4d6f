// havlak: loop recognition with Havlak's algorithm (union-find over a depth-first spanning tree,
// after Hundt's "Loop Recognition in C++/Java/Go/Scala" benchmark): builds a synthetic control-flow
// graph of nested loops and diamonds, then finds every loop and its nesting. size = number of
// loop trees in the graph (each holds 20 levels of 10 base loops). Verified by the node, edge and
// loop counts, which follow from the graph's construction.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const BB_NONHEADER = 1;
const BB_REDUCIBLE = 2;
const BB_SELF = 3;
const BB_IRREDUCIBLE = 4;
const BB_DEAD = 5;
const UNVISITED = -1;
const MAX_NON_BACK_PREDS = 32 * 1024;

const LEVELS_PER_TREE = 20;
const BASE_LOOPS_PER_LEVEL = 10;

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }
}

class ControlFlowGraph {
  constructor() {
    this.blocks = [];
    this.edgeCount = 0;
  }

  block(name) {
    while (this.blocks.length <= name) this.blocks.push(new BasicBlock(this.blocks.length));
    return this.blocks[name];
  }

  addEdge(source, target) {
    const a = this.block(source);
    const b = this.block(target);
    a.outEdges.push(b);
    b.inEdges.push(a);
    this.edgeCount++;
  }
}

class SimpleLoop {
  constructor(header, isReducible) {
    this.header = header;
    this.isReducible = isReducible;
    this.blocks = [];
    this.children = [];
    this.parent = null;
  }

  setParent(parent) {
    this.parent = parent;
    parent.children.push(this);
  }
}

class UnionFindNode {
  constructor() {
    this.parent = this;
    this.block = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  init(block, dfsNumber) {
    this.parent = this;
    this.block = block;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  findSet() {
    // Path compression: every node on the way ends up pointing at the root.
    const path = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) path.push(node);
      node = node.parent;
    }
    for (const n of path) n.parent = node.parent;
    return node;
  }

  union(other) {
    this.parent = other;
  }
}

class LoopFinder {
  constructor(cfg) {
    this.cfg = cfg;
    this.loops = [];
  }

  isAncestor(w, v, last) {
    return w <= v && v <= last[w];
  }

  // Iterative depth-first numbering; last[n] is the highest number below n.
  dfs(start, nodes, number, last) {
    const stack = [start];
    const edgeIndex = [0];
    number[start.name] = 0;
    nodes[0].init(start, 0);
    let current = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const i = edgeIndex[edgeIndex.length - 1];
      if (i < top.outEdges.length) {
        edgeIndex[edgeIndex.length - 1] = i + 1;
        const target = top.outEdges[i];
        if (number[target.name] === UNVISITED) {
          current++;
          number[target.name] = current;
          nodes[current].init(target, current);
          stack.push(target);
          edgeIndex.push(0);
        }
      } else {
        last[number[top.name]] = current;
        stack.pop();
        edgeIndex.pop();
      }
    }
    return current + 1;
  }

  findLoops() {
    const blocks = this.cfg.blocks;
    const size = blocks.length;
    const nonBackPreds = [];
    const backPreds = [];
    const number = [];
    const header = [];
    const kind = [];
    const last = [];
    const nodes = [];
    for (let i = 0; i < size; i++) {
      nonBackPreds.push(new Map());
      backPreds.push([]);
      number.push(UNVISITED);
      header.push(0);
      kind.push(BB_NONHEADER);
      last.push(0);
      nodes.push(new UnionFindNode());
    }
    const visited = this.dfs(blocks[0], nodes, number, last);

    for (let w = 0; w < size; w++) {
      if (w >= visited) {
        kind[w] = BB_DEAD;
        continue;
      }
      for (const predecessor of nodes[w].block.inEdges) {
        const v = number[predecessor.name];
        if (v === UNVISITED) continue;
        if (this.isAncestor(w, v, last)) backPreds[w].push(v);
        else nonBackPreds[w].set(v, true);
      }
    }
    header[0] = 0;

    for (let w = visited - 1; w >= 0; w--) {
      const nodeW = nodes[w];
      const pool = [];
      const inPool = new Map();
      for (const v of backPreds[w]) {
        if (v !== w) {
          const root = nodes[v].findSet();
          if (!inPool.has(root.dfsNumber)) {
            inPool.set(root.dfsNumber, true);
            pool.push(root);
          }
        } else {
          kind[w] = BB_SELF;
        }
      }
      if (pool.length > 0) kind[w] = BB_REDUCIBLE;
      for (let work = 0; work < pool.length; work++) {
        const x = pool[work];
        if (nonBackPreds[x.dfsNumber].size > MAX_NON_BACK_PREDS) return 0;
        for (const yNumber of nonBackPreds[x.dfsNumber].keys()) {
          const yRoot = nodes[yNumber].findSet();
          if (!this.isAncestor(w, yRoot.dfsNumber, last)) {
            kind[w] = BB_IRREDUCIBLE;
            nonBackPreds[w].set(yRoot.dfsNumber, true);
          } else if (yRoot.dfsNumber !== w && !inPool.has(yRoot.dfsNumber)) {
            inPool.set(yRoot.dfsNumber, true);
            pool.push(yRoot);
          }
        }
      }
      if (pool.length > 0 || kind[w] === BB_SELF) {
        const loop = new SimpleLoop(nodeW.block, kind[w] !== BB_IRREDUCIBLE);
        this.loops.push(loop);
        for (const node of pool) {
          header[node.dfsNumber] = w;
          node.union(nodeW);
          if (node.loop !== null) node.loop.setParent(loop);
          else loop.blocks.push(node.block);
        }
        nodeW.loop = loop;
      }
    }
    return this.loops.length;
  }
}

function buildDiamond(cfg, start) {
  cfg.addEdge(start, start + 1);
  cfg.addEdge(start, start + 2);
  cfg.addEdge(start + 1, start + 3);
  cfg.addEdge(start + 2, start + 3);
  return start + 3;
}

function buildStraight(cfg, start, count) {
  for (let i = 0; i < count; i++) cfg.addEdge(start + i, start + i + 1);
  return start + count;
}

function buildBaseLoop(cfg, start) {
  const header = buildStraight(cfg, start, 1);
  const diamond1 = buildDiamond(cfg, header);
  const d11 = buildStraight(cfg, diamond1, 1);
  const diamond2 = buildDiamond(cfg, d11);
  const footer = buildStraight(cfg, diamond2, 1);
  cfg.addEdge(diamond2, d11);
  cfg.addEdge(diamond1, header);
  cfg.addEdge(footer, start);
  return buildStraight(cfg, footer, 1);
}

function buildGraph(trees) {
  const cfg = new ControlFlowGraph();
  cfg.block(0);
  buildBaseLoop(cfg, 0);
  cfg.block(1);
  cfg.addEdge(0, 2);
  // Trees use fresh block numbers after the prelude's loop (blocks 0..10).
  let n = 10;
  for (let tree = 0; tree < trees; tree++) {
    cfg.addEdge(2, n + 1);
    n++;
    for (let level = 0; level < LEVELS_PER_TREE; level++) {
      const top = n;
      n = buildStraight(cfg, n, 1);
      for (let k = 0; k < BASE_LOOPS_PER_LEVEL; k++) n = buildBaseLoop(cfg, n);
      const bottom = buildStraight(cfg, n, 1);
      cfg.addEdge(n, top);
      n = bottom;
    }
    cfg.addEdge(n, 1);
  }
  return cfg;
}

function run(trees) {
  const cfg = buildGraph(trees);
  const finder = new LoopFinder(cfg);
  const loops = finder.findLoops();
  return [cfg.blocks.length, cfg.edgeCount, loops];
}

function verify(result, trees) {
  // A base loop adds 10 blocks, 15 edges and 3 loops; a level adds 2 blocks, 3 edges and one
  // loop around its base loops; a tree adds 1 block and 2 edges (in from block 2, out to block 1);
  // the prelude (one base loop from block 0, edge 0 -> 2) has 11 blocks, 16 edges, 3 loops.
  const blocks = 11 + trees * (1 + LEVELS_PER_TREE * (2 + BASE_LOOPS_PER_LEVEL * 10));
  const edges = 16 + trees * (2 + LEVELS_PER_TREE * (3 + BASE_LOOPS_PER_LEVEL * 15));
  const loops = 3 + trees * LEVELS_PER_TREE * (1 + BASE_LOOPS_PER_LEVEL * 3);
  if (result[0] !== blocks || result[1] !== edges || result[2] !== loops) {
    throw new Error("havlak: found blocks/edges/loops " + result[0] + "/" + result[1] + "/" + result[2] +
      ", expected " + blocks + "/" + edges + "/" + loops);
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
