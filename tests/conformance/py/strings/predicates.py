# isdigit/isalpha/isalnum/isspace/isidentifier/isdecimal/isnumeric/isprintable/isascii.
samples = ["abc", "ABC123", "123", "", " ", "\t\n", "a b", "_x1", "1x", "é", "日本", "٣", "½", "²", "if", "x-y", "Ab_9", "\x00"]
for t in samples:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier(),
          t.isdecimal(), t.isnumeric(), t.isprintable(), t.isascii())
