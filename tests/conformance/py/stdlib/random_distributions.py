# Seeded random: choices with weights, sample without replacement, shuffle of strings, randrange steps — CPython's exact values.
import random
rng = random.Random(2023)
print([rng.randrange(0, 100, 7) for _ in range(8)])
print([rng.choice(["rock", "paper", "scissors"]) for _ in range(6)])
letters = list("abcdefghij")
rng.shuffle(letters)
print("".join(letters))
print(rng.sample(range(1000), 6), rng.sample(["x", "y", "z"], k=3))
print(rng.choices(["a", "b", "c"], weights=[5, 1, 1], k=10))
print([round(rng.uniform(-1, 1), 12) for _ in range(3)], [round(rng.gauss(100, 15), 10) for _ in range(3)])
print(rng.randint(10 ** 30, 10 ** 31), rng.getrandbits(1), rng.getrandbits(33), rng.random())
random.seed(0)
print([random.randint(1, 6) for _ in range(20)])
hist = [0] * 6
for _ in range(600):
    hist[random.randrange(6)] += 1
print(hist, sum(hist))
