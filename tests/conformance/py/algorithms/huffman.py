# Huffman codes built with heapq (deterministic tie-breaks); encode and decode a message.
import heapq
from collections import Counter
def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes, heap[0][2]
text = "this is an example of a huffman tree"
codes, tree = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
bits = "".join(codes[c] for c in text)
print(len(bits), len(text) * 8, bits[:40])
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
print(decode(bits, tree) == text)
