# re.findall/finditer with and without groups, sub with backrefs and functions, subn, split with groups.
import re
text = "Call 555-1234 or 555-9876, not 12-34. Email bob@example.com, ann@test.org"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
print(re.findall(r"(\w+)@(\w+)\.\w+", text), re.findall(r"[aeiou]", "education"))
print([(m.group(), m.start()) for m in re.finditer(r"\d+", "a1b22c333")])
print(re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@example"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.sub(r"a", "b", "aaaa", count=2), re.subn(r"o", "0", "foo boo"), re.sub(r"x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " lead trail "), re.split(r"\d", "a1b2c", maxsplit=1))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.MULTILINE))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"(a)|(b)", "ab"), re.findall(r"", "ab"))
print(re.escape("a.b*c?"), re.sub(re.escape("1+1"), "2", "1+1=2"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD"))
