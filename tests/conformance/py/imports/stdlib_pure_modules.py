# Pure-Python standard-library modules loaded unchanged from /usr/lib/python3.11: each is a real
# program through the VM (string/_string, codecs/_codecs, posixpath/posix are native helpers).
import keyword, operator, bisect, heapq, textwrap, json, string, codecs, importlib.util
print(keyword.iskeyword("yield"), keyword.iskeyword("yielded"), len(keyword.kwlist) > 30)
print(operator.itemgetter(1, 0)(["a", "b"]), operator.attrgetter("real")(3), operator.mul(6, 7))
xs = [1, 3, 5, 7]
bisect.insort(xs, 4)
print(xs, bisect.bisect_left(xs, 5), heapq.nlargest(2, xs), heapq.heappop([3, 1, 2]))
print(textwrap.dedent("    a\n      b\n"), textwrap.shorten("The quick brown fox jumps", 15))
doc = json.loads('{"k": [1, 2.5, null, true], "s": "\\u00e9"}')
print(doc, json.dumps(doc, sort_keys=True), json.dumps({"b": 1, "a": [1, 2]}, indent=2))
print(string.Formatter().format("{0:>4}|{name!r}", 7, name="x"), string.Template("$who likes ${what}").substitute(who="Ann", what="tea"))
print(string.ascii_uppercase, string.digits, string.capwords(" hello   world "))
print(codecs.lookup_error("strict").__name__, codecs.BOM_UTF8)
print(importlib.util.find_spec("textwrap").origin.endswith("textwrap.py"), importlib.util.find_spec("math").origin)
