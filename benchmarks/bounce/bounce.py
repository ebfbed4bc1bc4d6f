# bounce: balls with integer positions and velocities bounce inside a box for 50 steps, counting
# wall hits; starting states come from a 16-bit linear congruential generator; size = balls.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

BOUNCES = {10: 97, 100: 1331, 1000: 12764, 2000: 25729, 5000: 63979, 10000: 128302}
BOX = 500
STEPS = 50


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Ball:
    def __init__(self, random):
        self.x = random.next() % BOX
        self.y = random.next() % BOX
        self.x_vel = (random.next() % 300) - 150
        self.y_vel = (random.next() % 300) - 150

    def bounce(self):
        bounced = False
        self.x += self.x_vel
        self.y += self.y_vel
        if self.x > BOX:
            self.x = BOX
            self.x_vel = -abs(self.x_vel)
            bounced = True
        if self.x < 0:
            self.x = 0
            self.x_vel = abs(self.x_vel)
            bounced = True
        if self.y > BOX:
            self.y = BOX
            self.y_vel = -abs(self.y_vel)
            bounced = True
        if self.y < 0:
            self.y = 0
            self.y_vel = abs(self.y_vel)
            bounced = True
        return bounced


def run(count):
    random = Random()
    balls = []
    for i in range(count):
        balls.append(Ball(random))
    bounces = 0
    for step in range(STEPS):
        for ball in balls:
            if ball.bounce():
                bounces += 1
    return bounces


def verify(result, size):
    if size not in BOUNCES:
        raise Exception("bounce: no expected result for size " + str(size) + " (got " + str(result) + ")")
    if result != BOUNCES[size]:
        raise Exception("bounce: " + str(result) + " bounces, expected " + str(BOUNCES[size]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
