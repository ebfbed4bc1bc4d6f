// Unit tests for the string and big-integer layers.
#include <catch.hpp>
#include <string>
#include <vector>
#include "gc/heap.h"
#include "runtime/bigint.h"
#include "runtime/string.h"

using namespace dualvm;

TEST_CASE("strings pick the narrowest encoding") {
  gc::Heap heap;
  heap.setStress(false);
  String* a = String::fromUtf8(heap, "caf\xC3\xA9");  // café
  REQUIRE(a->encoding() == String::Latin1);
  REQUIRE(a->length() == 4);
  REQUIRE(a->at(3) == 0xE9);
  String* b = String::fromUtf8(heap, "\xE2\x82\xAC");  // €
  REQUIRE(b->encoding() == String::TwoByte);
  String* c = String::fromUtf8(heap, "\xF0\x9F\x98\x80");  // 😀 -> surrogate pair (JS shape)
  REQUIRE(c->encoding() == String::TwoByte);
  REQUIRE(c->length() == 2);
  REQUIRE(c->toUtf8() == "\xF0\x9F\x98\x80");
  String* d = String::fromCodePoints(heap, U"\U0001F600x");  // Python shape
  REQUIRE(d->encoding() == String::FourByte);
  REQUIRE(d->length() == 2);
  REQUIRE(d->toUtf16() == u"\U0001F600x");
}

TEST_CASE("equal content hashes and compares equal across encodings") {
  gc::Heap heap;
  heap.setStress(false);
  String* a = String::fromLatin1(heap, "abc");
  String* b = String::fromUtf16(heap, u"abc");
  String* c = String::fromCodePoints(heap, U"abc");
  REQUIRE(a->equals(b));
  REQUIRE(a->equals(c));
  REQUIRE(a->hash() == b->hash());
  REQUIRE(String::fromLatin1(heap, "abd")->compare(a) > 0);
  REQUIRE(String::fromLatin1(heap, "ab")->compare(a) < 0);
  uint32_t idx = 0;
  REQUIRE(String::fromLatin1(heap, "17")->isArrayIndex(&idx));
  REQUIRE(idx == 17);
  REQUIRE_FALSE(String::fromLatin1(heap, "017")->isArrayIndex(&idx));
  REQUIRE_FALSE(String::fromLatin1(heap, "4294967295")->isArrayIndex(&idx));
}

TEST_CASE("malformed UTF-8 becomes U+FFFD, never a crash") {
  gc::Heap heap;
  heap.setStress(false);
  String* s = String::fromUtf8(heap, std::string("a\xC3", 2));
  REQUIRE(s->length() == 2);
  REQUIRE(s->at(1) == 0xFFFD);
  String* t = String::fromUtf8(heap, "\xFF\xFE");
  REQUIRE(t->length() == 2);
}

TEST_CASE("big integers normalise to small ints and follow each language's division") {
  gc::Heap heap;
  heap.setStress(false);
  Value big;
  REQUIRE(bigint::parse(heap, "123456789012345678901234567890", 10, &big));
  REQUIRE(isBigInt(big));
  REQUIRE(bigint::toString(big) == "123456789012345678901234567890");
  Value back = bigint::binary(heap, bigint::Op::Sub, big, big);
  REQUIRE(back.isInt());
  REQUIRE(back.asInt() == 0);
  Value m7 = Value::integer(-7), two = Value::integer(2);
  REQUIRE(bigint::binary(heap, bigint::Op::FloorDiv, m7, two).asInt() == -4);
  REQUIRE(bigint::binary(heap, bigint::Op::FloorMod, m7, two).asInt() == 1);
  REQUIRE(bigint::binary(heap, bigint::Op::TruncDiv, m7, two).asInt() == -3);
  REQUIRE(bigint::binary(heap, bigint::Op::TruncMod, m7, two).asInt() == -1);
  Value p = bigint::binary(heap, bigint::Op::Pow, two, Value::integer(100));
  REQUIRE(bigint::toString(p) == "1267650600228229401496703205376");
  REQUIRE(bigint::toString(p, 16) == "10000000000000000000000000");
  REQUIRE(bigint::compare(bigint::binary(heap, bigint::Op::And, Value::integer(-1), p), p) == 0);
  REQUIRE(bigint::binary(heap, bigint::Op::Shr, Value::integer(-5), Value::integer(1)).asInt() == -3);
  REQUIRE(bigint::bitLength(p) == 101);
}

TEST_CASE("int to float conversion rounds half to even like CPython") {
  gc::Heap heap;
  heap.setStress(false);
  Value v;
  // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: rounds to even (2**53).
  REQUIRE(bigint::parse(heap, "9007199254740993", 10, &v));
  REQUIRE(bigint::toDouble(v) == 9007199254740992.0);
  // 2**53 + 3 ties between +2 and +4: rounds to +4.
  REQUIRE(bigint::parse(heap, "9007199254740995", 10, &v));
  REQUIRE(bigint::toDouble(v) == 9007199254740996.0);
  REQUIRE(bigint::parse(heap, "-12345678901234567890123", 10, &v));
  REQUIRE(bigint::toDouble(v) == -1.2345678901234568e22);
  REQUIRE(bigint::pythonHash(Value::integer(-1)) == -2);
  REQUIRE(bigint::parse(heap, "2305843009213693951", 10, &v));  // 2**61 - 1
  REQUIRE(bigint::pythonHash(v) == 0);
  REQUIRE(bigint::compareWithDouble(Value::integer(3), 3.5) < 0);
  REQUIRE(bigint::compareWithDouble(Value::integer(4), 3.5) > 0);
}

TEST_CASE("word-sized big integers agree with GMP at every int64 boundary") {
  // The int64 fast path (BigInt's small form) must give exactly what the GMP path gives,
  // including the results that overflow int64 and must move to GMP storage.
  gc::Heap heap;
  heap.setStress(false);
  using bigint::Op;
  const int64_t samples[] = {0, 1, -1, 2, -3, 7, INT32_MAX, INT32_MIN, int64_t(INT32_MAX) + 1,
                             int64_t(INT32_MIN) - 1, int64_t(1) << 40, -(int64_t(1) << 40),
                             INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 63, 64};
  const Op ops[] = {Op::Add, Op::Sub, Op::Mul, Op::FloorDiv, Op::FloorMod, Op::TruncDiv, Op::TruncMod,
                    Op::And, Op::Or, Op::Xor, Op::Shl, Op::Shr, Op::Pow};
  auto wide = [&](int64_t i) {
    // The same number forced through GMP storage: a value past int64 shifted back down.
    mpz_t z;
    mpz_init_set_si(z, long(i));
    mpz_t big;
    mpz_init_set_si(big, 1);
    mpz_mul_2exp(big, big, 70);
    mpz_add(z, z, big);
    Value v = bigint::fromMpz(heap, z);
    v = bigint::binary(heap, Op::Sub, v, bigint::fromMpz(heap, big));
    mpz_clear(z);
    mpz_clear(big);
    return v;
  };
  for (int64_t p : samples)
    for (int64_t q : samples)
      for (Op op : ops) {
        const bool zeroDivisor = q == 0 && (op == Op::FloorDiv || op == Op::FloorMod || op == Op::TruncDiv || op == Op::TruncMod);
        const bool badShift = (op == Op::Shl || op == Op::Shr || op == Op::Pow) && (q < 0 || q > 64);
        if (zeroDivisor || badShift) continue;
        Value fast = bigint::binary(heap, op, bigint::fromInt64(heap, p), bigint::fromInt64(heap, q));
        mpz_t x, y, r;
        mpz_inits(x, y, r, nullptr);
        mpz_set_si(x, long(p));
        mpz_set_si(y, long(q));
        switch (op) {
          case Op::Add: mpz_add(r, x, y); break;
          case Op::Sub: mpz_sub(r, x, y); break;
          case Op::Mul: mpz_mul(r, x, y); break;
          case Op::FloorDiv: mpz_fdiv_q(r, x, y); break;
          case Op::FloorMod: mpz_fdiv_r(r, x, y); break;
          case Op::TruncDiv: mpz_tdiv_q(r, x, y); break;
          case Op::TruncMod: mpz_tdiv_r(r, x, y); break;
          case Op::Pow: mpz_pow_ui(r, x, (unsigned long)q); break;
          case Op::And: mpz_and(r, x, y); break;
          case Op::Or: mpz_ior(r, x, y); break;
          case Op::Xor: mpz_xor(r, x, y); break;
          case Op::Shl: mpz_mul_2exp(r, x, (unsigned long)q); break;
          case Op::Shr: mpz_fdiv_q_2exp(r, x, (unsigned long)q); break;
        }
        std::vector<char> buf(mpz_sizeinbase(r, 10) + 2);
        mpz_get_str(buf.data(), 10, r);
        INFO(p << " op" << int(op) << " " << q);
        REQUIRE(bigint::toString(fast) == std::string(buf.data()));
        mpz_clears(x, y, r, nullptr);
      }
  // Wide-stored values equal to small ones compare, hash and print the same.
  for (int64_t p : samples) {
    Value a = bigint::fromInt64(heap, p), b = wide(p);
    REQUIRE(bigint::compare(a, b) == 0);
    REQUIRE(bigint::pythonHash(a) == bigint::pythonHash(b));
    REQUIRE(bigint::toString(a) == bigint::toString(b));
    REQUIRE(bigint::toDouble(a) == bigint::toDouble(b));
    REQUIRE(bigint::bitLength(a) == bigint::bitLength(b));
  }
  REQUIRE(bigint::pythonHash(bigint::fromInt64(heap, INT64_MAX)) == int64_t(INT64_MAX % ((int64_t(1) << 61) - 1)));
  REQUIRE(bigint::toString(bigint::negate(heap, bigint::fromInt64(heap, INT64_MIN))) == "9223372036854775808");
  REQUIRE(bigint::toString(bigint::abs(heap, bigint::fromInt64(heap, INT64_MIN))) == "9223372036854775808");
  REQUIRE(bigint::toString(bigint::bitNot(heap, bigint::fromInt64(heap, INT64_MAX))) == std::to_string(INT64_MIN));
}

namespace {
// Roots a fixed set of cells for a collection in a unit test.
struct TestRoots : gc::RootSource {
  std::vector<gc::Cell*> cells;
  void traceRoots(gc::Tracer& t) override { for (gc::Cell* c : cells) t.mark(c); }
};
}  // namespace

TEST_CASE("ropes read as the flat string they stand for", "[string]") {
  gc::Heap heap;
  heap.setStress(false);
  TestRoots roots;
  heap.addRootSource(&roots);
  // 20000 appends, as `s += piece` in a loop: a rope as deep as the loop is long.
  String* piece = String::fromLatin1(heap, "ab,");
  roots.cells.push_back(piece);
  String* s = String::fromLatin1(heap, std::string(300, 'x'));
  std::string expected(300, 'x');
  for (int i = 0; i < 20000; i++) {
    roots.cells.push_back(s);
    s = String::makeRope(heap, s, piece);
    roots.cells.pop_back();
    expected += "ab,";
  }
  roots.cells.push_back(s);
  REQUIRE(s->isRope());
  REQUIRE(s->length() == expected.size());
  heap.collect();  // the halves are reachable through the rope
  String* flat = String::fromLatin1(heap, expected);
  roots.cells.push_back(flat);
  REQUIRE(s->hash() == flat->hash());
  REQUIRE(s->equals(flat));
  REQUIRE(s->latin1View() == expected);
  heap.collect();  // after flattening the halves may go; the units stay
  REQUIRE(s->at(300) == 'a');
  REQUIRE(s->toUtf8() == expected);
  heap.removeRootSource(&roots);
}

TEST_CASE("a rope of mixed encodings widens its narrower leaves", "[string]") {
  gc::Heap heap;
  heap.setStress(false);
  String* latin = String::fromLatin1(heap, std::string(200, 'a'));
  String* two = String::fromUtf8(heap, "\xE2\x82\xAC");                  // €
  String* four = String::fromCodePoints(heap, U"\U0001F600");            // 😀 as one code point
  String* r1 = String::makeRope(heap, latin, two);
  REQUIRE(r1->encoding() == String::TwoByte);
  REQUIRE(r1->at(199) == 'a');
  REQUIRE(r1->at(200) == 0x20AC);
  String* r2 = String::makeRope(heap, four, String::makeRope(heap, latin, latin));
  REQUIRE(r2->encoding() == String::FourByte);
  REQUIRE(r2->length() == 401);
  REQUIRE(r2->at(0) == 0x1F600);
  REQUIRE(r2->at(400) == 'a');
  REQUIRE(r2->compare(r1) > 0);
}
