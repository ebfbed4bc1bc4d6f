# str.encode / bytes.decode fall back to the codec registry (the encodings package) for codecs
# without a native implementation: idna (through stringprep and unicodedata.ucd_3_2_0), punycode,
# utf-8-sig; unknown names raise LookupError.
import codecs

print("x.com".encode("idna"), "b\u00fccher.example".encode("idna"))
print(b"xn--bcher-kva.example".decode("idna"))
print(codecs.encode("b\u00fccher", "punycode"), codecs.decode(b"bcher-kva", "punycode"))
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"))
print(codecs.lookup("IDNA").name)
try:
    "x".encode("nonexistent-enc")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(e.__traceback__.tb_lineno > 0, e)
