// nbody (native baseline): the same symplectic Euler integration as benchmarks/nbody; size = steps.
#include <cmath>
#include <map>
#include <vector>

#include "bench_protocol.hpp"

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kSolarMass = 4 * kPi * kPi;
constexpr double kDaysPerYear = 365.24;

struct Body {
  double x, y, z, vx, vy, vz, mass;
};

Body make_body(double x, double y, double z, double vx, double vy, double vz, double mass) {
  return Body{x, y, z, vx * kDaysPerYear, vy * kDaysPerYear, vz * kDaysPerYear, mass * kSolarMass};
}

std::vector<Body> make_system() {
  std::vector<Body> bodies{
      make_body(0, 0, 0, 0, 0, 0, 1),
      make_body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                9.54791938424326609e-04),
      make_body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                2.85885980666130812e-04),
      make_body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                4.36624404335156298e-05),
      make_body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                5.15138902046611451e-05)};
  double px = 0, py = 0, pz = 0;
  for (const Body& b : bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / kSolarMass;
  bodies[0].vy = -py / kSolarMass;
  bodies[0].vz = -pz / kSolarMass;
  return bodies;
}

void advance(std::vector<Body>& bodies, double dt) {
  size_t n = bodies.size();
  for (size_t i = 0; i < n; i++) {
    Body& a = bodies[i];
    for (size_t j = i + 1; j < n; j++) {
      Body& b = bodies[j];
      double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * std::sqrt(d2));
      a.vx -= dx * b.mass * mag;
      a.vy -= dy * b.mass * mag;
      a.vz -= dz * b.mass * mag;
      b.vx += dx * a.mass * mag;
      b.vy += dy * a.mass * mag;
      b.vz += dz * a.mass * mag;
    }
  }
  for (Body& b : bodies) {
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

double energy(const std::vector<Body>& bodies) {
  double e = 0;
  size_t n = bodies.size();
  for (size_t i = 0; i < n; i++) {
    const Body& a = bodies[i];
    e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
    for (size_t j = i + 1; j < n; j++) {
      const Body& b = bodies[j];
      double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
      e -= a.mass * b.mass / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

const std::map<long, double> kEnergy{{10, -0.16907302171469984},    {1000, -0.169087605},
                                     {10000, -0.169016441},         {20000, -0.16908926275526803},
                                     {50000, -0.169078071},         {100000, -0.169079859},
                                     {250000, -0.1690859889909308}};

}  // namespace

int main(int argc, char** argv) {
  return bench::run_protocol(
      argc, argv, 100000,
      [](long steps) {
        auto bodies = make_system();
        for (long i = 0; i < steps; i++) advance(bodies, 0.01);
        return energy(bodies);
      },
      [](double e, long size) {
        auto it = kEnergy.find(size);
        if (it == kEnergy.end()) bench::fail("nbody: no expected result for size " + std::to_string(size));
        if (std::fabs(e - it->second) > 1e-9) bench::fail("nbody: wrong energy " + std::to_string(e));
      });
}
