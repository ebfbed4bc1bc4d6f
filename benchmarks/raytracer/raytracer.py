# raytracer: a Whitted-style ray tracer: spheres and a checkered floor, two point lights with
# shadows, Phong highlights and mirror reflections up to depth 3, rendering a size x size image.
# Only +, -, *, / and sqrt are used, so every engine computes the same bits; the image is
# verified by a checksum of its 8-bit pixel values.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time
import math

CHECKSUMS = {8: 983732262, 20: 882609279, 40: 183647698, 64: 404649425, 100: 914579729, 128: 580382513, 200: 893511792}
MAX_DEPTH = 3
EPSILON = 1e-6
MODULUS = 1000000007


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        length = math.sqrt(self.dot(self))
        return Vector(self.x / length, self.y / length, self.z / length)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        # Nearest t > EPSILON of |o + t d - c| = r with |d| = 1, or -1 for a miss.
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return point.sub(self.center).scale(1.0 / self.radius)

    def color_at(self, point):
        return self.material.color


class CheckeredPlane:
    def __init__(self, height, material, other_color):
        self.height = height
        self.material = material
        self.other_color = other_color

    def intersect(self, ray):
        if ray.direction.y > -EPSILON and ray.direction.y < EPSILON:
            return -1.0
        t = (self.height - ray.origin.y) / ray.direction.y
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return Vector(0.0, 1.0, 0.0)

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.material.color
        return self.other_color


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            CheckeredPlane(0.0, Material(Vector(0.9, 0.9, 0.9), 0.8, 0.1, 0.2), Vector(0.1, 0.1, 0.1)),
            Sphere(Vector(0.0, 1.0, 0.0), 1.0, Material(Vector(0.9, 0.2, 0.2), 0.7, 0.6, 0.3)),
            Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Material(Vector(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
            Sphere(Vector(1.9, 0.6, -0.6), 0.6, Material(Vector(0.3, 0.4, 0.9), 0.5, 0.9, 0.5)),
            Sphere(Vector(0.4, 0.3, -1.6), 0.3, Material(Vector(0.9, 0.8, 0.2), 0.9, 0.2, 0.0)),
        ]
        self.lights = [
            Light(Vector(-5.0, 6.0, -4.0), Vector(0.8, 0.8, 0.8)),
            Light(Vector(4.0, 4.0, -6.0), Vector(0.4, 0.4, 0.5)),
        ]
        self.ambient = Vector(0.08, 0.08, 0.1)
        self.background = Vector(0.05, 0.05, 0.15)

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for thing in self.objects:
            t = thing.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = thing
        return [best, best_t]

    def in_shadow(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for thing in self.objects:
            t = thing.intersect(ray)
            if t > 0.0 and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        hit = self.nearest(ray)
        thing = hit[0]
        if thing is None:
            return self.background
        point = ray.at(hit[1])
        normal = thing.normal_at(point)
        material = thing.material
        base = thing.color_at(point)
        color = base.mul(self.ambient)
        reflected = ray.direction.sub(normal.scale(2.0 * ray.direction.dot(normal)))
        for light in self.lights:
            offset = light.position.sub(point)
            distance = math.sqrt(offset.dot(offset))
            to_light = offset.scale(1.0 / distance)
            if self.in_shadow(point, to_light, distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color.add(base.mul(light.color).scale(lambert * material.diffuse))
            highlight = reflected.dot(to_light)
            if highlight > 0.0:
                # highlight^16 by repeated squaring.
                h = highlight * highlight
                h = h * h
                h = h * h
                h = h * h
                color = color.add(light.color.scale(h * material.specular))
        if depth < MAX_DEPTH and material.reflection > 0.0:
            bounce = self.trace(Ray(point, reflected), depth + 1)
            color = color.add(bounce.scale(material.reflection))
        return color


def channel(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0)


def render(size):
    scene = Scene()
    eye = Vector(0.0, 1.6, -6.0)
    forward = Vector(0.0, 1.0, 0.0).sub(eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    checksum = 0
    for y in range(size):
        for x in range(size):
            sx = (2.0 * x + 1.0) / size - 1.0
            sy = 1.0 - (2.0 * y + 1.0) / size
            direction = forward.add(right.scale(sx * 0.8)).add(up.scale(sy * 0.8)).normalized()
            color = scene.trace(Ray(eye, direction), 0)
            pixel = channel(color.x) * 65536 + channel(color.y) * 256 + channel(color.z)
            checksum = (checksum * 31 + pixel) % MODULUS
    return checksum


def verify(result, size):
    if size not in CHECKSUMS:
        raise Exception("raytracer: no expected result for size " + str(size) + " (got " + str(result) + ")")
    if result != CHECKSUMS[size]:
        raise Exception("raytracer: image checksum " + str(result) + ", expected " + str(CHECKSUMS[size]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    for i in range(iterations):
        start = time.perf_counter()
        result = render(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
