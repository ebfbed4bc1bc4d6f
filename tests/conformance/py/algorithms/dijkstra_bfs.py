# Graph algorithms: Dijkstra with heapq, BFS shortest path on a grid, DFS topological sort, union-find.
import heapq
from collections import deque
graph = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print(sorted(dist.items()), ["A"] + path[::-1])
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def bfs():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("grid distance", bfs())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
order, state = [], {}
def visit(n):
    if state.get(n) == 2:
        return
    state[n] = 1
    for d in deps[n]:
        visit(d)
    state[n] = 2
    order.append(n)
for n in sorted(deps):
    visit(n)
print(order)
parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for a, b in [(1, 2), (3, 4), (2, 3), (7, 8), (0, 9)]:
    parent[find(a)] = find(b)
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(sorted(groups.values()))
