// cd: collision detection for simulated aircraft (after the CD benchmark of Kalibera et al.):
// every frame each aircraft moves; a broad phase hashes each motion segment into 2-D voxels,
// a narrow phase tests the segments that share a voxel for closest approach under the minimum
// separation, and distinct colliding pairs are counted. Pairs of aircraft fly on crossing
// triangle-wave tracks, so collisions recur. size = aircraft; 100 frames per iteration.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const COLLISIONS = new Map([[4, 93], [10, 282], [50, 1515], [100, 2997], [200, 5777], [250, 7069], [500, 13590],
  [1000, 28547]]);
const FRAMES = 100;
const VOXEL_SIZE = 2.0;
const MIN_SEPARATION = 1.0;
const VOXEL_KEY_STRIDE = 1000003;

class Vector3 {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(other) { return new Vector3(this.x + other.x, this.y + other.y, this.z + other.z); }
  minus(other) { return new Vector3(this.x - other.x, this.y - other.y, this.z - other.z); }
  times(factor) { return new Vector3(this.x * factor, this.y * factor, this.z * factor); }
  dot(other) { return this.x * other.x + this.y * other.y + this.z * other.z; }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

class Motion {
  constructor(callsign, start, end) {
    this.callsign = callsign;
    this.start = start;
    this.end = end;
  }

  // Both move linearly over the frame: d(t) = d0 + t * dv for t in [0, 1].
  closestApproachSquared(other) {
    const d0 = this.start.minus(other.start);
    const dv = this.end.minus(this.start).minus(other.end.minus(other.start));
    const speed = dv.dot(dv);
    let t = 0.0;
    if (speed > 1e-12) {
      t = -d0.dot(dv) / speed;
      if (t < 0.0) t = 0.0;
      if (t > 1.0) t = 1.0;
    }
    const d = d0.plus(dv.times(t));
    return d.dot(d);
  }

  collidesWith(other) {
    return this.closestApproachSquared(other) < MIN_SEPARATION * MIN_SEPARATION;
  }
}

// Triangle wave in [-1, 1] with period 4.
function wave(t) {
  return Math.abs((t % 4.0) - 2.0) - 1.0;
}

class Simulator {
  constructor(count) {
    this.callsigns = [];
    for (let i = 0; i < count; i++) this.callsigns.push("CD" + (1000 + i));
  }

  frame(timeNow) {
    const aircraft = [];
    const count = this.callsigns.length;
    for (let i = 0; i < count; i++) {
      const lane = Math.floor(i / 2);
      const phase = i % 2 === 0 ? 0.0 : 1.0;
      const y = 3.0 * lane + 2.0 * wave(timeNow + phase + 0.01 * lane);
      aircraft.push(new Aircraft(this.callsigns[i], new Vector3(timeNow, y, 10.0)));
    }
    return aircraft;
  }
}

class CollisionDetector {
  constructor() {
    this.lastPositions = new Map();
  }

  voxelKeys(motion) {
    const reach = MIN_SEPARATION / 2.0;
    const lowX = Math.min(motion.start.x, motion.end.x) - reach;
    const highX = Math.max(motion.start.x, motion.end.x) + reach;
    const lowY = Math.min(motion.start.y, motion.end.y) - reach;
    const highY = Math.max(motion.start.y, motion.end.y) + reach;
    const keys = [];
    const lastX = Math.floor(highX / VOXEL_SIZE);
    for (let vx = Math.floor(lowX / VOXEL_SIZE); vx <= lastX; vx++) {
      const lastY = Math.floor(highY / VOXEL_SIZE);
      for (let vy = Math.floor(lowY / VOXEL_SIZE); vy <= lastY; vy++) keys.push(vx * VOXEL_KEY_STRIDE + vy);
    }
    return keys;
  }

  handleFrame(frame) {
    const motions = [];
    for (const aircraft of frame) {
      let previous = this.lastPositions.get(aircraft.callsign);
      if (previous === undefined) previous = aircraft.position;
      this.lastPositions.set(aircraft.callsign, aircraft.position);
      motions.push(new Motion(aircraft.callsign, previous, aircraft.position));
    }
    const voxels = new Map();
    for (const motion of motions) {
      for (const key of this.voxelKeys(motion)) {
        let bucket = voxels.get(key);
        if (bucket === undefined) {
          bucket = [];
          voxels.set(key, bucket);
        }
        bucket.push(motion);
      }
    }
    const collisions = new Map();
    for (const bucket of voxels.values()) {
      const count = bucket.length;
      if (count < 2) continue;
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          const a = bucket[i];
          const b = bucket[j];
          if (a.collidesWith(b)) {
            const pair = a.callsign < b.callsign ? a.callsign + "|" + b.callsign : b.callsign + "|" + a.callsign;
            collisions.set(pair, true);
          }
        }
      }
    }
    return collisions.size;
  }
}

function run(count) {
  const simulator = new Simulator(count);
  const detector = new CollisionDetector();
  let total = 0;
  for (let frame = 0; frame < FRAMES; frame++) total += detector.handleFrame(simulator.frame(frame * 0.1));
  return total;
}

function verify(result, size) {
  if (!COLLISIONS.has(size)) throw new Error("cd: no expected result for size " + size + " (got " + result + ")");
  if (result !== COLLISIONS.get(size)) throw new Error("cd: " + result + " collisions, expected " + COLLISIONS.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 250;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
