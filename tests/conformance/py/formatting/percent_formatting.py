# printf-style % formatting: types, flags, width/precision, * widths, mapping keys.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%c%c" % (72, "i"))
print("%f %.2f %10.3f %-10.1f| %e %.1E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.6789, 12345.6789, 0.0000123, 1e20))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 5}, "%%", "%s" % [1, 2], "%s" % (None,))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % "single", "%s and %s" % ("a", "b"), "%.3s" % "abcdef", "%5s|%-5s|" % ("r", "l"))
print("% d % d" % (5, -5), "%+.1f" % 0.05, "%d" % 3.99, "%x" % 255, "%s" % 1.0)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s-%d" % (b"bytes", 5), b"%x" % 255)
