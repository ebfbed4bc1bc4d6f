# A trie for autocomplete: insertion, prefix search in sorted order, counting, deletion.
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
    def _collect(self, node, prefix, out):
        for ch in sorted(node):
            if ch == "$":
                out.append(prefix)
            else:
                self._collect(node[ch], prefix + ch, out)
    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        self._collect(node, prefix, out)
        return out
    def delete(self, word):
        path = [self.root]
        for ch in word:
            if ch not in path[-1]:
                return False
            path.append(path[-1][ch])
        if "$" not in path[-1]:
            return False
        del path[-1]["$"]
        for ch, node in zip(reversed(word), reversed(path[:-1])):
            if node[ch]:
                break
            del node[ch]
        return True
t = Trie()
for w in "car card care careful cart cat catalog dog dot do".split():
    t.insert(w)
print(t.complete("car"), t.complete("ca"), t.complete("do"), t.complete("x"), t.complete(""))
print(t.delete("care"), t.delete("care"), t.delete("zzz"), t.complete("car"))
print(t.delete("do"), t.complete("d"), "d" in t.root)
