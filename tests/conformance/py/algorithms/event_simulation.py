# Discrete-event simulation of a bank queue with heapq and a seeded RNG: statistics must match CPython.
import heapq
import random
rng = random.Random(11)
events = []
seq = 0
def schedule(t, kind, cust):
    global seq
    heapq.heappush(events, (t, seq, kind, cust))
    seq += 1
t = 0.0
for cust in range(20):
    t += rng.expovariate(1.0)
    schedule(round(t, 6), "arrive", cust)
busy_until = 0.0
waits = []
served = []
while events:
    now, _, kind, cust = heapq.heappop(events)
    if kind == "arrive":
        start = max(now, busy_until)
        service = round(rng.uniform(0.5, 1.5), 6)
        busy_until = start + service
        waits.append(start - now)
        schedule(round(busy_until, 6), "depart", cust)
    else:
        served.append(cust)
print(len(served), served[:10])
print("avg wait %.6f max wait %.6f" % (sum(waits) / len(waits), max(waits)))
print("end time %.6f" % busy_until)
