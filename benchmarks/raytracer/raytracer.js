// raytracer: a Whitted-style ray tracer: spheres and a checkered floor, two point lights with
// shadows, Phong highlights and mirror reflections up to depth 3, rendering a size x size image.
// Only +, -, *, / and sqrt are used, so every engine computes the same bits; the image is
// verified by a checksum of its 8-bit pixel values.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const CHECKSUMS = new Map([[8, 983732262], [20, 882609279], [40, 183647698], [64, 404649425], [100, 914579729],
  [128, 580382513], [200, 893511792]]);
const MAX_DEPTH = 3;
const EPSILON = 1e-6;
const MODULUS = 1000000007;

class Vector {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  add(o) { return new Vector(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vector(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vector(this.x * k, this.y * k, this.z * k); }
  mul(o) { return new Vector(this.x * o.x, this.y * o.y, this.z * o.z); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o) { return new Vector(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x); }

  normalized() {
    const length = Math.sqrt(this.dot(this));
    return new Vector(this.x / length, this.y / length, this.z / length);
  }
}

class Ray {
  constructor(origin, direction) {
    this.origin = origin;
    this.direction = direction;
  }

  at(t) { return this.origin.add(this.direction.scale(t)); }
}

class Material {
  constructor(color, diffuse, specular, reflection) {
    this.color = color;
    this.diffuse = diffuse;
    this.specular = specular;
    this.reflection = reflection;
  }
}

class Sphere {
  constructor(center, radius, material) {
    this.center = center;
    this.radius = radius;
    this.material = material;
  }

  // Nearest t > EPSILON of |o + t d - c| = r with |d| = 1, or -1 for a miss.
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.direction);
    const c = oc.dot(oc) - this.radius * this.radius;
    const disc = b * b - c;
    if (disc < 0) return -1.0;
    const root = Math.sqrt(disc);
    let t = -b - root;
    if (t > EPSILON) return t;
    t = -b + root;
    if (t > EPSILON) return t;
    return -1.0;
  }

  normalAt(point) { return point.sub(this.center).scale(1.0 / this.radius); }
  colorAt(point) { return this.material.color; }
}

class CheckeredPlane {
  constructor(height, material, otherColor) {
    this.height = height;
    this.material = material;
    this.otherColor = otherColor;
  }

  intersect(ray) {
    if (ray.direction.y > -EPSILON && ray.direction.y < EPSILON) return -1.0;
    const t = (this.height - ray.origin.y) / ray.direction.y;
    if (t > EPSILON) return t;
    return -1.0;
  }

  normalAt(point) { return new Vector(0.0, 1.0, 0.0); }

  colorAt(point) {
    const parity = (Math.floor(point.x) + Math.floor(point.z)) % 2;
    if (parity === 0) return this.material.color;
    return this.otherColor;
  }
}

class Light {
  constructor(position, color) {
    this.position = position;
    this.color = color;
  }
}

class Scene {
  constructor() {
    this.objects = [
      new CheckeredPlane(0.0, new Material(new Vector(0.9, 0.9, 0.9), 0.8, 0.1, 0.2), new Vector(0.1, 0.1, 0.1)),
      new Sphere(new Vector(0.0, 1.0, 0.0), 1.0, new Material(new Vector(0.9, 0.2, 0.2), 0.7, 0.6, 0.3)),
      new Sphere(new Vector(-2.2, 0.7, 1.0), 0.7, new Material(new Vector(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
      new Sphere(new Vector(1.9, 0.6, -0.6), 0.6, new Material(new Vector(0.3, 0.4, 0.9), 0.5, 0.9, 0.5)),
      new Sphere(new Vector(0.4, 0.3, -1.6), 0.3, new Material(new Vector(0.9, 0.8, 0.2), 0.9, 0.2, 0.0)),
    ];
    this.lights = [
      new Light(new Vector(-5.0, 6.0, -4.0), new Vector(0.8, 0.8, 0.8)),
      new Light(new Vector(4.0, 4.0, -6.0), new Vector(0.4, 0.4, 0.5)),
    ];
    this.ambient = new Vector(0.08, 0.08, 0.1);
    this.background = new Vector(0.05, 0.05, 0.15);
  }

  nearest(ray) {
    let bestT = -1.0;
    let best = null;
    for (const thing of this.objects) {
      const t = thing.intersect(ray);
      if (t > 0.0 && (best === null || t < bestT)) {
        bestT = t;
        best = thing;
      }
    }
    return [best, bestT];
  }

  inShadow(point, toLight, distance) {
    const ray = new Ray(point, toLight);
    for (const thing of this.objects) {
      const t = thing.intersect(ray);
      if (t > 0.0 && t < distance) return true;
    }
    return false;
  }

  trace(ray, depth) {
    const hit = this.nearest(ray);
    const thing = hit[0];
    if (thing === null) return this.background;
    const point = ray.at(hit[1]);
    const normal = thing.normalAt(point);
    const material = thing.material;
    const base = thing.colorAt(point);
    let color = base.mul(this.ambient);
    const reflected = ray.direction.sub(normal.scale(2.0 * ray.direction.dot(normal)));
    for (const light of this.lights) {
      const offset = light.position.sub(point);
      const distance = Math.sqrt(offset.dot(offset));
      const toLight = offset.scale(1.0 / distance);
      if (this.inShadow(point, toLight, distance)) continue;
      const lambert = normal.dot(toLight);
      if (lambert > 0.0) color = color.add(base.mul(light.color).scale(lambert * material.diffuse));
      const highlight = reflected.dot(toLight);
      if (highlight > 0.0) {
        // highlight^16 by repeated squaring.
        let h = highlight * highlight;
        h = h * h;
        h = h * h;
        h = h * h;
        color = color.add(light.color.scale(h * material.specular));
      }
    }
    if (depth < MAX_DEPTH && material.reflection > 0.0) {
      const bounce = this.trace(new Ray(point, reflected), depth + 1);
      color = color.add(bounce.scale(material.reflection));
    }
    return color;
  }
}

function channel(value) {
  if (value <= 0.0) return 0;
  if (value >= 1.0) return 255;
  return Math.trunc(value * 255.0);
}

function render(size) {
  const scene = new Scene();
  const eye = new Vector(0.0, 1.6, -6.0);
  const forward = new Vector(0.0, 1.0, 0.0).sub(eye).normalized();
  const right = new Vector(0.0, 1.0, 0.0).cross(forward).normalized();
  const up = forward.cross(right);
  let checksum = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sx = (2.0 * x + 1.0) / size - 1.0;
      const sy = 1.0 - (2.0 * y + 1.0) / size;
      const direction = forward.add(right.scale(sx * 0.8)).add(up.scale(sy * 0.8)).normalized();
      const color = scene.trace(new Ray(eye, direction), 0);
      const pixel = channel(color.x) * 65536 + channel(color.y) * 256 + channel(color.z);
      checksum = (checksum * 31 + pixel) % MODULUS;
    }
  }
  return checksum;
}

function verify(result, size) {
  if (!CHECKSUMS.has(size)) throw new Error("raytracer: no expected result for size " + size + " (got " + result + ")");
  if (result !== CHECKSUMS.get(size)) throw new Error("raytracer: image checksum " + result + ", expected " + CHECKSUMS.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 100;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = render(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
