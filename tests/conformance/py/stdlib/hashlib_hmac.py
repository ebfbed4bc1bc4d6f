# hashlib on the native _hashlib (OpenSSL) and _blake2, hmac on _hashlib's HMAC.
import hashlib, hmac, binascii

print(hashlib.md5(b"x").hexdigest())
print(hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(b"hello world").hexdigest())
print(hashlib.sha224(b"").hexdigest(), hashlib.sha384(b"a").hexdigest()[:32])
print(hashlib.sha512(b"abc").hexdigest()[:64])
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(hashlib, name)(b"dualvm")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40])
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"dualvm")
    print(name, h.name, h.digest(10).hex(), h.hexdigest(5), len(h.digest(100)))
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
c.update(memoryview(b"!"))
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
print(hashlib.new("sha256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("md5", usedforsecurity=False).name)
print(hashlib.new("sha512_256", b"x").hexdigest()[:16], hashlib.new("ripemd160", b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print({"md5", "sha256", "sha3_256", "blake2b"} <= hashlib.algorithms_available)
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__)

# blake2 with its parameters (hand-written BLAKE2, checked against CPython's)
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2b(b"abc", digest_size=20).hexdigest(), hashlib.blake2s(digest_size=8).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret key", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8).hexdigest())
print(hashlib.blake2b(b"x" * 1000, fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(b"y" * 129, fanout=0, depth=3, node_offset=5, inner_size=32, last_node=True).hexdigest())
for n in [0, 1, 63, 64, 65, 127, 128, 129, 256, 1000]:
    print(n, hashlib.blake2b(bytes(range(256)) * 4 + b"z" * n).hexdigest()[:16], hashlib.blake2s(b"q" * n, key=b"key").hexdigest()[:16])
b = hashlib.blake2b(digest_size=32)
b.update(b"part one ")
b2 = b.copy()
b.update(b"part two")
print(b.hexdigest(), b2.hexdigest(), b.name, b.digest_size, b.block_size, hashlib.blake2s().block_size)
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.new("blake2b", b"abc").hexdigest() == hashlib.blake2b(b"abc").hexdigest())

# hmac
print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest(), hmac.new(b"key", b"msg", "sha1").name)
m = hmac.new(b"k" * 100, digestmod="sha512")
m.update(b"one")
m2 = m.copy()
m2.update(b"two")
print(m.hexdigest()[:32], m2.hexdigest()[:32], m.digest_size, m.block_size, m.name)
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.new(b"key", b"msg", "blake2s").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))

# key derivation
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=16, r=8, p=1, dklen=32).hex())

# errors, with CPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: hashlib.sha256("text"))
err(lambda: hashlib.md5(42))
err(lambda: hashlib.new("nosuchhash"))
err(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
err(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, dklen=0))
err(lambda: hashlib.shake_128(b"x").digest())
err(lambda: hashlib.blake2b(digest_size=65))
err(lambda: hashlib.blake2s(key=b"k" * 33))
err(lambda: hashlib.blake2b(salt=b"s" * 17))
err(lambda: hmac.new(b"k", b"m"))
err(lambda: hmac.compare_digest("a", b"a"))
err(lambda: hmac.compare_digest("é", "é"))
err(lambda: hashlib.sha256().update("s"))
