# Unicode case mapping (full mappings, not just ASCII): Greek final sigma, German sharp s, ligatures, Turkish dotted I, titlecase digraphs.
samples = ["ΟΔΥΣΣΕΥΣ", "straße", "ﬁnance", "İstanbul", "ǳ", "ǆemal", "Ωmega", "ÀÉÎÕÜ", "Привет Мир", "ŉ", "ﬃ", "ᾳ", "ΐ"]
for s in samples:
    print(s, "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold(), len(s.upper()))
print("ß".upper() == "SS", "ΣΑΣ ΣΑΣ".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower())
print("straße".casefold() == "STRASSE".casefold(), "ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower(), "ᾼ".lower())
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "ébène"]), sorted(["éclair", "Eclair", "zebra"], key=str.casefold))
