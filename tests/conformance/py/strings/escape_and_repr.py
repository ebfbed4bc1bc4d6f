# repr() of strings chooses quotes and escapes control, non-printable and non-BMP characters as CPython does.
samples = ["plain", "it's", 'say "x"', "both ' \"", "\\back", "\n\r\t", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ß ñ", "\u200b\u2028\ufeff",
           "\U0001F600", "\ud800" if False else "\u0378", "日本", "\U000e0001", "a\u0301"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(["it's", 'q"'], ), repr(("\t",)))
print("%r %a %s" % ("é\n", "é\n", "é"))
