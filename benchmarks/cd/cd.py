# cd: collision detection for simulated aircraft (after the CD benchmark of Kalibera et al.):
# every frame each aircraft moves; a broad phase hashes each motion segment into 2-D voxels,
# a narrow phase tests the segments that share a voxel for closest approach under the minimum
# separation, and distinct colliding pairs are counted. Pairs of aircraft fly on crossing
# triangle-wave tracks, so collisions recur. size = aircraft; 100 frames per iteration.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time
import math

COLLISIONS = {4: 93, 10: 282, 50: 1515, 100: 2997, 200: 5777, 250: 7069, 500: 13590, 1000: 28547}
FRAMES = 100
VOXEL_SIZE = 2.0
MIN_SEPARATION = 1.0
VOXEL_KEY_STRIDE = 1000003


class Vector3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def plus(self, other):
        return Vector3(self.x + other.x, self.y + other.y, self.z + other.z)

    def minus(self, other):
        return Vector3(self.x - other.x, self.y - other.y, self.z - other.z)

    def times(self, factor):
        return Vector3(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


class Aircraft:
    def __init__(self, callsign, position):
        self.callsign = callsign
        self.position = position


class Motion:
    def __init__(self, callsign, start, end):
        self.callsign = callsign
        self.start = start
        self.end = end

    def closest_approach_squared(self, other):
        # Both move linearly over the frame: d(t) = d0 + t * dv for t in [0, 1].
        d0 = self.start.minus(other.start)
        dv = self.end.minus(self.start).minus(other.end.minus(other.start))
        speed = dv.dot(dv)
        t = 0.0
        if speed > 1e-12:
            t = -d0.dot(dv) / speed
            if t < 0.0:
                t = 0.0
            if t > 1.0:
                t = 1.0
        d = d0.plus(dv.times(t))
        return d.dot(d)

    def collides_with(self, other):
        return self.closest_approach_squared(other) < MIN_SEPARATION * MIN_SEPARATION


def wave(t):
    # Triangle wave in [-1, 1] with period 4.
    return abs((t % 4.0) - 2.0) - 1.0


class Simulator:
    def __init__(self, count):
        self.callsigns = []
        for i in range(count):
            self.callsigns.append("CD" + str(1000 + i))

    def frame(self, time_now):
        aircraft = []
        count = len(self.callsigns)
        for i in range(count):
            lane = i // 2
            phase = 0.0 if i % 2 == 0 else 1.0
            y = 3.0 * lane + 2.0 * wave(time_now + phase + 0.01 * lane)
            aircraft.append(Aircraft(self.callsigns[i], Vector3(time_now, y, 10.0)))
        return aircraft


class CollisionDetector:
    def __init__(self):
        self.last_positions = {}

    def voxel_keys(self, motion):
        reach = MIN_SEPARATION / 2.0
        low_x = min(motion.start.x, motion.end.x) - reach
        high_x = max(motion.start.x, motion.end.x) + reach
        low_y = min(motion.start.y, motion.end.y) - reach
        high_y = max(motion.start.y, motion.end.y) + reach
        keys = []
        vx = math.floor(low_x / VOXEL_SIZE)
        last_x = math.floor(high_x / VOXEL_SIZE)
        while vx <= last_x:
            vy = math.floor(low_y / VOXEL_SIZE)
            last_y = math.floor(high_y / VOXEL_SIZE)
            while vy <= last_y:
                keys.append(vx * VOXEL_KEY_STRIDE + vy)
                vy += 1
            vx += 1
        return keys

    def handle_frame(self, frame):
        motions = []
        for aircraft in frame:
            previous = self.last_positions.get(aircraft.callsign)
            if previous is None:
                previous = aircraft.position
            self.last_positions[aircraft.callsign] = aircraft.position
            motions.append(Motion(aircraft.callsign, previous, aircraft.position))
        voxels = {}
        for motion in motions:
            for key in self.voxel_keys(motion):
                bucket = voxels.get(key)
                if bucket is None:
                    bucket = []
                    voxels[key] = bucket
                bucket.append(motion)
        collisions = {}
        for key in voxels:
            bucket = voxels[key]
            count = len(bucket)
            if count < 2:
                continue
            for i in range(count):
                for j in range(i + 1, count):
                    a = bucket[i]
                    b = bucket[j]
                    if a.collides_with(b):
                        if a.callsign < b.callsign:
                            pair = a.callsign + "|" + b.callsign
                        else:
                            pair = b.callsign + "|" + a.callsign
                        collisions[pair] = True
        return len(collisions)


def run(count):
    simulator = Simulator(count)
    detector = CollisionDetector()
    total = 0
    for frame in range(FRAMES):
        total += detector.handle_frame(simulator.frame(frame * 0.1))
    return total


def verify(result, size):
    if size not in COLLISIONS:
        raise Exception("cd: no expected result for size " + str(size) + " (got " + str(result) + ")")
    if result != COLLISIONS[size]:
        raise Exception("cd: " + str(result) + " collisions, expected " + str(COLLISIONS[size]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 250
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
