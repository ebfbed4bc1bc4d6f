# str methods on text with astral (non-BMP) characters, two-byte (BMP) text and Latin-1 text
# mixed: Python indexes by code point, so an emoji is one character in len, indexing, slicing,
# find/index/count, split, replace, strip, partition, comparisons and json.
import json

s = "a😀b😀c"
print(len(s), s[1], s[-2], s[1:4], s[::2], s[::-1], list(s))
print(s.find("😀"), s.rfind("😀"), s.index("b"), s.rindex("😀"), s.count("😀"), s.find("😀", 2), s.find("😀", 2, 3))
print(s.split("😀"), s.rsplit("😀", 1), s.partition("😀"), s.rpartition("😀"))
print(s.replace("😀", "-"), s.replace("😀", "Ā", 1), s.replace("b", "😃"), "x".join(["😀", "Ā", "a"]))
print(s.startswith("a😀"), s.endswith("😀c"), s.startswith("😀", 1), s.endswith(("z", "c")))
print("😀 a 😀".strip("😀 "), "😀😀x".lstrip("😀"), "xĀĀ".rstrip("Ā"), "  😀  ".strip())
print("😀" in s, "😀b" in s, "😃" in s, "Ā" in s, "" in s)
print(s.upper(), "Āé😀ß".upper(), "ĀÉ😀".lower(), "😀abc def".title(), "😀abc".capitalize(), "é😀".swapcase())
print(s.center(9, "*"), s.ljust(7, "😃"), s.rjust(6), "😀".zfill(3))
print(s.isalpha(), "😀".isprintable(), "𝟘𝟙".isdigit(), "𝟘𝟙".isdecimal(), "𐐀".isupper(), "𐐨".islower())
print("a😀" < "a😃", "😀" > "\uffff", sorted(["😀", "Ā", "a", "é", "\U0010ffff"]))
print("😀" * 3, ("Ā" + "😀") * 2, ord("😀"), chr(0x1F600) == "😀", hex(ord(s[3])))
print("Ā😀b".encode("utf-8"), b"\xf0\x9f\x98\x80".decode("utf-8") == "😀")
print(repr("😀\U000e0001"), ascii("😀Ā"), "%s|%5s|%-4s|" % ("😀", "😀", "Ā"), "{:😀^7}".format("ab"), f"{'😀':>3}")
t = "x" * 5 + "😀" + "y" * 5
print(t.find("y"), t[5], t[6:], t.split("😀"), t.index("😀"), t.count("y"))
print(json.dumps("😀Ā\n"), json.dumps("😀", ensure_ascii=False), json.loads('"\\ud83d\\ude00"') == "😀", json.loads('"😀Ā"'))
print(json.loads('{"k😀": [1, "Ā"]}'), json.dumps({"😀": "\u0000"}))
for i, ch in enumerate("é😀Ā"):
    print(i, ch, len(ch), ch.isalpha())
