# Soft keywords (match, case, _) usable as names; keyword module lists; builtins are not keywords.
import keyword
match = "match is a name"
case = [1, 2]
_ = "underscore"
type = "shadowing type is legal"
print(match, case, _, type)
del type
print(type(1).__name__)
print(len(keyword.kwlist), keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
print(sorted(keyword.softkwlist), keyword.kwlist[:6])
def match_fn(match):
    match match:
        case {"case": case}:
            return "case=" + str(case)
        case _:
            return "other"
print(match_fn({"case": 5}), match_fn(3))
print(True, False, None, not True, True and None)
