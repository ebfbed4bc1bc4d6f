# binascii (native) and the modules on top of it: base64, quopri-style qp, uuid, secrets.
import binascii, base64

data = bytes(range(0, 256, 7)) + b"hello world"
print(binascii.hexlify(data))
print(binascii.b2a_hex(b"\xb9\x01\xef", "-"))
print(binascii.hexlify(b"\xb9\x01\xef\x02\x03", b":", 2))
print(binascii.hexlify(b"\xb9\x01\xef\x02\x03", ":", -2))
print(binascii.unhexlify("b901ef"), binascii.a2b_hex(b"DEADbeef"))
print(binascii.b2a_base64(data))
print(binascii.b2a_base64(b"ab", newline=False))
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.a2b_base64("YWJj\nZGVm!!"))
print(binascii.crc32(b"hello world"), binascii.crc32(b" again", binascii.crc32(b"hello")))
print(binascii.crc32(b"x", -1), binascii.crc_hqx(b"hello world", 0), binascii.crc_hqx(b"abc", 0xffff))
print(binascii.b2a_qp(b"caf\xc3\xa9 = ok\t\nline two  \n" + b"x" * 100))
print(binascii.b2a_qp(b"a b_c", header=True), binascii.b2a_qp(b"tab\there", quotetabs=True))
print(binascii.a2b_qp(b"caf=C3=A9 =3D ok=\nnext=2"), binascii.a2b_qp(b"a_b", header=True))
print(binascii.b2a_uu(b"Cat"), binascii.a2b_uu(binascii.b2a_uu(b"hello uu")))

for bad in ["abc", "YWJjZ", "YW=Jj", b"\xff"]:
    try:
        print(binascii.a2b_base64(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad, strict in [("=YWJj", 1), ("YWJj==", 1), ("YW==Jj", 1), ("YW!Jj", 1), ("YWJj=", 1), ("YQ==YQ==", 1)]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=strict))
    except binascii.Error as e:
        print("strict", repr(bad), e)
for bad in ["abc", "zz", "é1"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for f, x in [(binascii.hexlify, "str"), (binascii.a2b_base64, 5), (binascii.b2a_base64, "s")]:
    try:
        f(x)
    except TypeError as e:
        print("TypeError", e)
try:
    binascii.hexlify(b"ab", "--")
except ValueError as e:
    print("ValueError", e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))

print(base64.b64encode(b"any carnal pleas"), base64.b64decode(b"YW55IGNhcm5hbCBwbGVhcw=="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"))
print(base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b85encode(b"hello world"), base64.a85encode(b"hello world"))
print(base64.encodebytes(b"x" * 80))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("b64decode:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("validate:", e)

import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.int, u.version, repr(u), u.bytes)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org") if hasattr(uuid, "uuid3") else "")
print(uuid.UUID(bytes=b"\x00" * 16))
print(len(str(uuid.uuid4())))

import secrets
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(12)))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("a", "b"))
import quopri
print(quopri.encodestring(b"caf\xc3\xa9 = ok\n"), quopri.decodestring(b"caf=C3=A9"))
