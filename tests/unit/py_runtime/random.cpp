// Unit tests for the Mersenne Twister behind _random: the reference init_by_array vector of
// Matsumoto and Nishimura, and CPython's outputs for random.seed(42).
#include <catch.hpp>
#include "runtime/python/modules/mt19937.h"

using dualvm::py::MT19937;

TEST_CASE("MT19937 init_by_array reproduces the reference output (mt19937ar.out)") {
  MT19937 mt;
  mt.initByArray({0x123, 0x234, 0x345, 0x456});
  REQUIRE(mt.next() == 1067595299U);
  REQUIRE(mt.next() == 955945823U);
  REQUIRE(mt.next() == 477289528U);
}

TEST_CASE("MT19937 seeded as CPython seeds random.seed(42) gives CPython's random()") {
  MT19937 mt;
  mt.initByArray({42});
  REQUIRE(mt.random() == 0.6394267984578837);
  REQUIRE(mt.random() == 0.025010755222666936);
}

TEST_CASE("MT19937 seed 0 uses one zero key word as CPython does") {
  MT19937 mt;
  mt.initByArray({0});
  REQUIRE(mt.random() == 0.8444218515250481);
}
