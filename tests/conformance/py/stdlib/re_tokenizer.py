# Using re as a tokenizer: named alternatives with lastgroup, finditer positions, scanner-style loop, errors.
import re
SPEC = [("NUMBER", r"\d+(?:\.\d*)?"), ("ASSIGN", r"="), ("END", r";"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
MASTER = re.compile("|".join("(?P<%s>%s)" % p for p in SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF"}
def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start, line = m.end(), line + 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", value, line, col)
            continue
        yield (kind, value, line, col)
code = """IF quantity THEN
    total := total + price * quantity;
    tax = price * 0.05;
ENDIF;"""
for tok in tokenize(code):
    print(tok)
print(MASTER.groupindex["ID"], len(MASTER.groupindex))
