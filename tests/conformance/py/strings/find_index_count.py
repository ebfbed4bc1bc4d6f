# find/rfind/index/rindex/count with start/end bounds.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 4))
print(s.find("a", -3), s.count("a", -4, -1), "aaaa".count("aa"), "".find(""), "abc".find("", 10))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("bra" in s, "xyz" in s, "" in s, s.startswith("abr"), s.endswith("bra"))
print(s.startswith(("x", "ab")), s.endswith(("ra", "q")), s.startswith("bra", 1), s.endswith("cad", 0, 7))
