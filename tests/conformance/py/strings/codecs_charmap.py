# The charmap codecs of the encodings package (cp437, cp1252, koi8_r, mac_roman) over the native
# _codecs.charmap_decode/charmap_encode/charmap_build; zipfile decodes member names with cp437;
# a codec that is not a text encoding is refused by str.encode.
import codecs
import io
import zipfile

print(b"\x80\x81\xe1".decode("cp437"), "\u00c7\u00fc".encode("cp437"))
print("\u20ac\u2019".encode("cp1252"), b"\x80\x92".decode("cp1252"))
print("\u041f\u0440\u0438".encode("koi8_r"), b"\xf0\xd2\xc9".decode("koi8-r"))
print("\u00e9".encode("mac_roman"), b"\x8e".decode("mac-roman"))
print("\u03a9x".encode("cp437", errors="replace"), "\u0100x".encode("cp1252", errors="ignore"))
print(b"\x81".decode("cp1252", errors="replace"))
for bad in (lambda: "\u0100".encode("cp1252"), lambda: b"\x81".decode("cp1252")):
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e)
print(codecs.charmap_build("ab")[ord("b")])
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError", e)
print(codecs.encode("abc", "rot13"))

z = io.BytesIO()
with zipfile.ZipFile(z, "w") as zf:
    zf.writestr("a.txt", "alpha")
    zf.writestr("d/b.txt", b"beta" * 3)
with zipfile.ZipFile(io.BytesIO(z.getvalue())) as zf:
    print(zf.namelist(), zf.read("a.txt"), zf.read("d/b.txt"))
    print([(i.filename, i.file_size) for i in zf.infolist()])
