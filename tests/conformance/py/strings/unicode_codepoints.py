# Unicode strings are sequences of code points; ord/chr; len vs utf-8 length.
s = "aé€𝄞"
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print([len(c.encode("utf-8")) for c in s], len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print(chr(65), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(7)), repr(chr(0x10FFFF)))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F40D", "\x41\101")
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"), repr("é\u200b"))
print(ascii("héllo ☃ 𝄞"), ascii("plain"))
print(sorted("zéaÉb"), max("hello"), min("hello"), "é" > "z")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("日本語テキスト"[2:5], "日本語"[::-1], "ｶﾀｶﾅ".upper())
