// runtime/python/modules/_sha512.cpp — the native `_sha512` module (CPython's
// Modules/sha512module.c): sha512 and sha384 hash objects (update, digest, hexdigest, copy,
// name, digest_size, block_size). random.py imports it to seed from str/bytes.
#include <cstring>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagSha = 0x5105 };

const uint64_t K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

struct Sha512 {
  uint64_t h[8];
  unsigned char buf[128];
  size_t buflen = 0;
  uint64_t total = 0;  // bytes hashed (messages under 2^64 bytes)
  int digestSize = 64;
  void init(bool is384) {
    static const uint64_t i512[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                                     0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    static const uint64_t i384[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
                                     0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    memcpy(h, is384 ? i384 : i512, sizeof h);
    digestSize = is384 ? 48 : 64;
  }
  static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
  void block(const unsigned char* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) { w[i] = 0; for (int k = 0; k < 8; k++) w[i] = (w[i] << 8) | p[i * 8 + k]; }
    for (int i = 16; i < 80; i++) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
      uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  void update(const unsigned char* p, size_t n) {
    total += n;
    while (n) {
      size_t k = std::min(n, size_t(128) - buflen);
      memcpy(buf + buflen, p, k);
      buflen += k; p += k; n -= k;
      if (buflen == 128) { block(buf); buflen = 0; }
    }
  }
  std::string digest() const {
    Sha512 c = *this;
    uint64_t bits = c.total * 8;
    unsigned char pad[256] = {0x80};
    size_t padLen = (c.buflen < 112 ? 112 : 240) - c.buflen;
    unsigned char len[16] = {0};
    for (int i = 0; i < 8; i++) len[15 - i] = (unsigned char)(bits >> (8 * i));
    c.update(pad, padLen);
    c.update(len, 16);
    std::string out;
    for (int i = 0; i < digestSize / 8; i++) for (int k = 7; k >= 0; k--) out += char((c.h[i] >> (8 * k)) & 0xff);
    return out;
  }
};

class ShaObj final : public Object {
 public:
  ShaObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagSha); }
  Sha512 sha;
};

std::unordered_map<PyLanguage*, PyType*> shaTypes;

ShaObj* shaSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagSha)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for 'sha512' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<ShaObj*>(asObject(a.thisValue));
}

void feed(VM& vm, ShaObj* s, Value data) {
  if (isString(data)) L.raise(L.t.TypeError, "Strings must be encoded before hashing");
  if (!isBytesLike(data)) L.raise(L.t.TypeError, "object supporting the buffer API required");
  const std::string& d = asBytes(data)->data;
  s->sha.update(reinterpret_cast<const unsigned char*>(d.data()), d.size());
}

Value shaNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, nativeMagic(a) ? "sha384" : "sha512", {"string", "usedforsecurity"});
  Value data = a.argc > 0 ? a[0] : kw.get("string");
  ShaObj* s = vm.heap.make<ShaObj>(vm.emptyShape(), shaTypes[&L]);
  s->sha.init(nativeMagic(a) == 1);
  Rooted rs(vm, Value::cell(s));
  if (!data.isMagic(Magic::Empty) && !data.isNull()) feed(vm, s, data);
  return rs;
}
Value shaUpdate(VM& vm, CallArgs& a) { ShaObj* s = shaSelf(vm, a, "update"); feed(vm, s, a[0]); return Value::null(); }
Value shaDigest(VM& vm, CallArgs& a) { return newBytes(L, shaSelf(vm, a, "digest")->sha.digest()); }
Value shaHexdigest(VM& vm, CallArgs& a) {
  std::string d = shaSelf(vm, a, "hexdigest")->sha.digest(), out;
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : d) { out += hex[c >> 4]; out += hex[c & 15]; }
  return L.newStr(out);
}
Value shaCopy(VM& vm, CallArgs& a) {
  ShaObj* s = shaSelf(vm, a, "copy");
  Sha512 state = s->sha;
  ShaObj* c = vm.heap.make<ShaObj>(vm.emptyShape(), shaTypes[&L]);
  c->sha = state;
  return Value::cell(c);
}
Value shaAttr(VM& vm, CallArgs& a) {
  ShaObj* s = shaSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return L.newStr(s->sha.digestSize == 48 ? "sha384" : "sha512");
    case 1: return Value::integer(s->sha.digestSize);
    default: return Value::integer(128);
  }
}

}  // namespace

void initSha512(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, "sha512", "_sha512");
  shaTypes[&P] = ty;
  P.defNative(ty, "update", shaUpdate);
  P.defNative(ty, "digest", shaDigest);
  P.defNative(ty, "hexdigest", shaHexdigest);
  P.defNative(ty, "copy", shaCopy);
  const char* attrs[] = {"name", "digest_size", "block_size"};
  for (int i = 0; i < 3; i++) {
    defGetter(P, ty, attrs[i], shaAttr);
    asNativeFunction(asBox(ty->slot(ty->findOwn(P.s(attrs[i]))))->a)->magic = i;
  }
  P.defNative(m, "sha512", shaNew, 0);
  P.defNative(m, "sha384", shaNew, 1);
  m->putDirect(vm, P.s("SHA512Type"), Value::cell(ty));
}

}  // namespace dualvm::py
