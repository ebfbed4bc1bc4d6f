# havlak: loop recognition with Havlak's algorithm (union-find over a depth-first spanning tree,
# after Hundt's "Loop Recognition in C++/Java/Go/Scala" benchmark): builds a synthetic control-flow
# graph of nested loops and diamonds, then finds every loop and its nesting. size = number of
# loop trees in the graph (each holds 20 levels of 10 base loops). Verified by the node, edge and
# loop counts, which follow from the graph's construction.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

BB_TOP = 0
BB_NONHEADER = 1
BB_REDUCIBLE = 2
BB_SELF = 3
BB_IRREDUCIBLE = 4
BB_DEAD = 5
UNVISITED = -1
MAX_NON_BACK_PREDS = 32 * 1024

LEVELS_PER_TREE = 20
BASE_LOOPS_PER_LEVEL = 10


class BasicBlock:
    def __init__(self, name):
        self.name = name
        self.in_edges = []
        self.out_edges = []


class ControlFlowGraph:
    def __init__(self):
        self.blocks = []
        self.edge_count = 0

    def block(self, name):
        while len(self.blocks) <= name:
            self.blocks.append(BasicBlock(len(self.blocks)))
        return self.blocks[name]

    def add_edge(self, source, target):
        a = self.block(source)
        b = self.block(target)
        a.out_edges.append(b)
        b.in_edges.append(a)
        self.edge_count += 1


class SimpleLoop:
    def __init__(self, header, is_reducible):
        self.header = header
        self.is_reducible = is_reducible
        self.blocks = []
        self.children = []
        self.parent = None
        self.depth = 0

    def set_parent(self, parent):
        self.parent = parent
        parent.children.append(self)


class UnionFindNode:
    def __init__(self):
        self.parent = self
        self.block = None
        self.loop = None
        self.dfs_number = 0

    def init(self, block, dfs_number):
        self.parent = self
        self.block = block
        self.dfs_number = dfs_number
        self.loop = None

    def find_set(self):
        # Path compression: every node on the way ends up pointing at the root.
        path = []
        node = self
        while node is not node.parent:
            if node.parent is not node.parent.parent:
                path.append(node)
            node = node.parent
        for n in path:
            n.parent = node.parent
        return node

    def union(self, other):
        self.parent = other


class LoopFinder:
    def __init__(self, cfg):
        self.cfg = cfg
        self.loops = []

    def is_ancestor(self, w, v, last):
        return w <= v and v <= last[w]

    def dfs(self, start, nodes, number, last):
        # Iterative depth-first numbering; last[n] is the highest number below n.
        stack = [start]
        edge_index = [0]
        number[start.name] = 0
        nodes[0].init(start, 0)
        current = 0
        while len(stack) > 0:
            top = stack[len(stack) - 1]
            i = edge_index[len(edge_index) - 1]
            if i < len(top.out_edges):
                edge_index[len(edge_index) - 1] = i + 1
                target = top.out_edges[i]
                if number[target.name] == UNVISITED:
                    current += 1
                    number[target.name] = current
                    nodes[current].init(target, current)
                    stack.append(target)
                    edge_index.append(0)
            else:
                last[number[top.name]] = current
                stack.pop()
                edge_index.pop()
        return current + 1

    def find_loops(self):
        blocks = self.cfg.blocks
        size = len(blocks)
        non_back_preds = []
        back_preds = []
        number = []
        header = []
        kind = []
        last = []
        nodes = []
        for i in range(size):
            non_back_preds.append({})
            back_preds.append([])
            number.append(UNVISITED)
            header.append(0)
            kind.append(BB_NONHEADER)
            last.append(0)
            nodes.append(UnionFindNode())
        visited = self.dfs(blocks[0], nodes, number, last)

        for w in range(size):
            if w >= visited:
                kind[w] = BB_DEAD
                continue
            for predecessor in nodes[w].block.in_edges:
                v = number[predecessor.name]
                if v == UNVISITED:
                    continue
                if self.is_ancestor(w, v, last):
                    back_preds[w].append(v)
                else:
                    non_back_preds[w][v] = True
        header[0] = 0

        w = visited - 1
        while w >= 0:
            node_w = nodes[w]
            pool = []
            in_pool = {}
            for v in back_preds[w]:
                if v != w:
                    root = nodes[v].find_set()
                    if root.dfs_number not in in_pool:
                        in_pool[root.dfs_number] = True
                        pool.append(root)
                else:
                    kind[w] = BB_SELF
            if len(pool) > 0:
                kind[w] = BB_REDUCIBLE
            work = 0
            while work < len(pool):
                x = pool[work]
                work += 1
                if len(non_back_preds[x.dfs_number]) > MAX_NON_BACK_PREDS:
                    return 0
                for y_number in non_back_preds[x.dfs_number]:
                    y_root = nodes[y_number].find_set()
                    if not self.is_ancestor(w, y_root.dfs_number, last):
                        kind[w] = BB_IRREDUCIBLE
                        non_back_preds[w][y_root.dfs_number] = True
                    elif y_root.dfs_number != w and y_root.dfs_number not in in_pool:
                        in_pool[y_root.dfs_number] = True
                        pool.append(y_root)
            if len(pool) > 0 or kind[w] == BB_SELF:
                loop = SimpleLoop(node_w.block, kind[w] != BB_IRREDUCIBLE)
                self.loops.append(loop)
                for node in pool:
                    header[node.dfs_number] = w
                    node.union(node_w)
                    if node.loop is not None:
                        node.loop.set_parent(loop)
                    else:
                        loop.blocks.append(node.block)
                node_w.loop = loop
            w -= 1
        return len(self.loops)


def build_diamond(cfg, start):
    cfg.add_edge(start, start + 1)
    cfg.add_edge(start, start + 2)
    cfg.add_edge(start + 1, start + 3)
    cfg.add_edge(start + 2, start + 3)
    return start + 3


def build_straight(cfg, start, count):
    for i in range(count):
        cfg.add_edge(start + i, start + i + 1)
    return start + count


def build_base_loop(cfg, start):
    header = build_straight(cfg, start, 1)
    diamond1 = build_diamond(cfg, header)
    d11 = build_straight(cfg, diamond1, 1)
    diamond2 = build_diamond(cfg, d11)
    footer = build_straight(cfg, diamond2, 1)
    cfg.add_edge(diamond2, d11)
    cfg.add_edge(diamond1, header)
    cfg.add_edge(footer, start)
    return build_straight(cfg, footer, 1)


def build_graph(trees):
    cfg = ControlFlowGraph()
    cfg.block(0)
    build_base_loop(cfg, 0)
    cfg.block(1)
    cfg.add_edge(0, 2)
    # Trees use fresh block numbers after the prelude's loop (blocks 0..10).
    n = 10
    for tree in range(trees):
        cfg.add_edge(2, n + 1)
        n += 1
        for level in range(LEVELS_PER_TREE):
            top = n
            n = build_straight(cfg, n, 1)
            for k in range(BASE_LOOPS_PER_LEVEL):
                n = build_base_loop(cfg, n)
            bottom = build_straight(cfg, n, 1)
            cfg.add_edge(n, top)
            n = bottom
        cfg.add_edge(n, 1)
    return cfg


def run(trees):
    cfg = build_graph(trees)
    finder = LoopFinder(cfg)
    loops = finder.find_loops()
    return [len(cfg.blocks), cfg.edge_count, loops]


def verify(result, trees):
    # A base loop adds 10 blocks, 15 edges and 3 loops; a level adds 2 blocks, 3 edges and one
    # loop around its base loops; a tree adds 1 block and 2 edges (in from block 2, out to block 1);
    # the prelude (one base loop from block 0, edge 0 -> 2) has 11 blocks, 16 edges, 3 loops.
    blocks = 11 + trees * (1 + LEVELS_PER_TREE * (2 + BASE_LOOPS_PER_LEVEL * 10))
    edges = 16 + trees * (2 + LEVELS_PER_TREE * (3 + BASE_LOOPS_PER_LEVEL * 15))
    loops = 3 + trees * LEVELS_PER_TREE * (1 + BASE_LOOPS_PER_LEVEL * 3)
    expected = [blocks, edges, loops]
    if result[0] != expected[0] or result[1] != expected[1] or result[2] != expected[2]:
        raise Exception("havlak: found blocks/edges/loops " + str(result[0]) + "/" + str(result[1]) + "/" + str(result[2]) +
                        ", expected " + str(expected[0]) + "/" + str(expected[1]) + "/" + str(expected[2]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
