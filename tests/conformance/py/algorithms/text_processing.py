# A small text-processing program: word frequencies, line stats, longest words, capitalization, wrapping.
import re
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[5:10])
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print("%2d %3d chars %2d words | %s..." % (i, len(line), len(line.split()), line[:20]))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print(longest)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, TEXT.count("it was"), TEXT.title()[:40])
def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        out.append(cur)
    return out
for l in wrap(TEXT, 38)[:6]:
    print("|" + l.ljust(38) + "|")
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(sorted(vowels.items()))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(2) + m.group(1) + "ay" if len(m.group(0)) > 3 else m.group(0), lines[0]))
