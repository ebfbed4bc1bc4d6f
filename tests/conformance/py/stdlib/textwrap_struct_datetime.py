# textwrap wrapping/dedent, struct pack/unpack, datetime arithmetic with fixed dates.
import textwrap
import struct
import datetime
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("a b c d e f g", width=5))
print(repr(textwrap.dedent("    x\n      y\n    z")), repr(textwrap.indent("a\nb", "> ")), textwrap.shorten("Hello  world, how are you", 15))
packed = struct.pack("<IhB", 1, -2, 255)
print(packed, struct.unpack("<IhB", packed), struct.calcsize("<IhB"), struct.pack(">d", 1.5), struct.unpack(">f", b"\x3f\xc0\x00\x00"))
print(struct.pack("4s", b"ab"), struct.unpack("2H", struct.pack("2H", 1, 65535)), struct.pack("?", True))
d1 = datetime.date(2024, 2, 28)
d2 = d1 + datetime.timedelta(days=2)
print(d2, d2 - d1, d2.weekday(), d2.isoformat(), d1.replace(year=2023).strftime("%d/%m/%Y"), (d2 - datetime.date(2000, 1, 1)).days)
dt = datetime.datetime(2024, 12, 31, 23, 59, 30)
print(dt + datetime.timedelta(seconds=45), dt.isoformat(), repr(datetime.timedelta(days=1, hours=3)), str(datetime.timedelta(hours=27, minutes=3)))
print(datetime.datetime.strptime("2021-07-04 12:30", "%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2020-02-29").toordinal())
