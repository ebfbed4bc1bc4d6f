# random.seed with str/bytes seeds (CPython hashes them with SHA-512 for version 2 seeding) and version=1.
import random
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 20))
random.seed(b"bytes seed")
print(random.random())
random.seed(bytearray(b"bytes seed"))
print(random.random())
r = random.Random("another")
print([r.randrange(100) for _ in range(5)])
random.seed("legacy", version=1)
print(random.random())
