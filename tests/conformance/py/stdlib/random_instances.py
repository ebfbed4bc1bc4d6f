# random.Random instances are independent; getstate/setstate; seeding with ints of various sizes.
import random
a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(0, 1000), b.randint(0, 1000))
state = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(state)
y = [a.random() for _ in range(3)]
print(x == y, x)
for seed in [0, 1, -1, 2 ** 32, 2 ** 64 + 7, 10 ** 30]:
    r = random.Random(seed)
    print(seed, r.random(), r.randrange(1000))
r = random.Random(7)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
print(sorted(r.sample(deck, 5)))
r2 = random.Random(99)
print(r2.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
print(r2.randbytes(8))
