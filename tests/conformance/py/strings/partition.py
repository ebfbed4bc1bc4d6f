# partition and rpartition.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("=x".partition("="), "x=".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
for line in ["host: example.org", "port: 8080", "bad line"]:
    k, sep, v = line.partition(": ")
    print(repr(k), repr(sep), repr(v))
