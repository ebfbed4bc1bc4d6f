# string module constants, capwords, Template substitution, Formatter.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
print("".join(c for c in "Hello, World! 123" if c in string.ascii_letters))
