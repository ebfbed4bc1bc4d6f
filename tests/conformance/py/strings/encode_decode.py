# encode/decode with utf-8, latin-1, ascii and error handlers.
s = "naïve café ☕"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s, b.decode())
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "abc".encode("ascii"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print("𝄞".encode("utf-16-be"), "𝄞".encode("utf-32-le"), bytes("A", "utf-8"), str(b"hi", "ascii"))
