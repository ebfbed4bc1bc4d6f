# csv on the native _csv: reader/writer with the dialect parameters, DictReader/DictWriter, the
# dialect registry, field_size_limit, QUOTE_* and _csv's error messages.
import csv
import io

def show(rows):
    for r in rows:
        print(r)

data = 'name,age,city\r\nAlice,30,"New York, NY"\r\n"Bob ""B""",25,"multi\nline"\r\n,,\r\n\r\nlast,1,x\r\n'
r = csv.reader(io.StringIO(data, newline=''))
show(r)
print("line_num", r.line_num, r.dialect.delimiter, repr(r.dialect.lineterminator))

print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"ab"c,d'])))
print(list(csv.reader(['a,b\x00c'])))
print(list(csv.reader(['"unterminated'])))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with"quote', "with\nnewline", 1, 2.5, None, True])
w.writerow([])
w.writerow([""])
w.writerows([["a", "b"], ("c", "d")])
w.writerow(x for x in "xyz")
print(repr(out.getvalue()))

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.0, "b c", None])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'q"', "e\\"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter="\t", doublequote=False, escapechar="\\").writerow(['say "hi"', "tab\there"])
print(repr(out.getvalue()))

# DictReader / DictWriter
rows = list(csv.DictReader(io.StringIO("k,v\r\n1,one\r\n2,two,extra\r\n3\r\n")))
show(rows)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"], extrasaction="ignore")
dw.writeheader()
dw.writerows([{"k": 1, "v": "a"}, {"k": 2, "z": 9}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["k"]).writerow({"k": 1, "bad": 2})
except ValueError as e:
    print("ValueError", e)

# dialects
class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("semi")
print(type(d).__name__, d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.escapechar), d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c"])
csv.writer(out, dialect="semi").writerow(["x", 1])
print(repr(out.getvalue()))
print(list(csv.reader(["1|'2|3'"], "pipes")))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n")

# errors
def err(f):
    try:
        f()
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
err(lambda: csv.get_dialect("nope"))
err(lambda: csv.unregister_dialect("nope"))
err(lambda: csv.reader([], delimiter=""))
err(lambda: csv.reader([], delimiter=1))
err(lambda: csv.reader([], delimiter="ab"))
err(lambda: csv.reader([], quoting=9))
err(lambda: csv.reader([], quotechar=""))
err(lambda: csv.reader([], foo=1))
err(lambda: csv.writer(1))
err(lambda: csv.register_dialect(1))
err(lambda: csv.writer(io.StringIO()).writerow(5))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
err(lambda: list(csv.reader([b"a,b"])))
err(lambda: list(csv.reader(['"a"b'], strict=True)))
err(lambda: list(csv.reader(['"open'], strict=True)))
err(lambda: list(csv.reader(["a\rb"])))
err(lambda: list(csv.reader(['x,abc'], quoting=csv.QUOTE_NONNUMERIC)))
print(csv.reader([], quotechar=None).dialect.quoting)
err(lambda: csv.field_size_limit("x"))
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
err(lambda: list(csv.reader(["abcdefgh"])))
csv.field_size_limit(old)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__)
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nbob,3\nal,4\n"))
