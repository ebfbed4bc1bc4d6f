# Sieve of Eratosthenes with a bytearray and with a list; prime counting and twin primes.
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(is_p) if f]
ps = sieve(20000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def sieve_list(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i in range(n + 1) if flags[i]]
print(sieve_list(20000) == ps)
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[:6], max(b - a for a, b in zip(ps, ps[1:])))
