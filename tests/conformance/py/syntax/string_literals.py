# String literal forms: quotes, triple quotes, escapes, raw, bytes, implicit concatenation, prefixes.
print('single', "double", '''triple single''', """triple double""")
print("tab:\t|newline escaped:\\n|quote:\"|apos:\'|bell:%r" % "\a", 'mixed "quotes"', "it's")
print("\x41\x42 \101\102 \u0041\u00e9 \U0001F600 \N{LATIN SMALL LETTER E WITH ACUTE} \0end".replace("\0", "<NUL>"))
print(r"raw \n \t \\ stays", R"\d+", rb"raw\bytes", Rb"\x00", b"bytes\x41", B"B", u"unicode prefix", U"U")
print("implicit " "concatenation " 'mixes ' """quotes""")
s = """line one
    line two indented
line three\
 continued"""
print(s)
print(len("\
"), "a\
b")
print(f"{'f-string'}", rf"{1}\n", fr"\t{2}", F"{3}", Rf"{4}\\")
print("\N{SNOWMAN}", "\N{DIGIT ONE}", "\u2603" == "☃", "\x7f".isprintable(), "\\".join("ab"))
print(repr('\r\n\t\x0b\x0c'), repr("\'\""), repr(r"\'"))
