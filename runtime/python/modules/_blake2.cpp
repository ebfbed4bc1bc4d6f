// runtime/python/modules/_blake2.cpp — the native `_blake2` module (CPython's Modules/_blake2;
// owner pycmods): the blake2b and blake2s classes with every parameter (digest_size, key, salt,
// person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node). BLAKE2 is
// written out here (RFC 7693, the reference algorithm) because OpenSSL 3.0's EVP digests take no
// key, salt or personalisation, which hashlib.blake2b exposes; hashlib prefers this module for
// blake2 as CPython's does.
#include <cstdio>
#include <cstring>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagBlake2 = 0x5132 };

const uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3}};
const uint64_t kIvB[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                          0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
const uint32_t kIvS[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

// One BLAKE2 state: W is the word type (uint64_t for b, uint32_t for s).
struct Blake2 {
  bool isB = true;
  uint64_t h[8] = {}, t[2] = {}, f[2] = {};
  unsigned char buf[128] = {};
  size_t buflen = 0;
  int outlen = 64;
  bool lastNode = false;
  size_t block() const { return isB ? 128 : 64; }
  template <typename W>
  static W rotr(W x, int n) { return W(x >> n) | W(x << (int(sizeof(W)) * 8 - n)); }
  template <typename W>
  void compress(const unsigned char* p) {
    const int bits = int(sizeof(W)) * 8;
    const int r1 = bits == 64 ? 32 : 16, r2 = bits == 64 ? 24 : 12, r3 = bits == 64 ? 16 : 8, r4 = bits == 64 ? 63 : 7;
    W m[16], v[16];
    for (int i = 0; i < 16; i++) {
      W x = 0;
      for (int k = int(sizeof(W)) - 1; k >= 0; k--) x = W(x << 8) | p[i * sizeof(W) + size_t(k)];
      m[i] = x;
    }
    for (int i = 0; i < 8; i++) { v[i] = W(h[i]); v[i + 8] = bits == 64 ? W(kIvB[i]) : W(kIvS[i]); }
    v[12] ^= W(t[0]); v[13] ^= W(t[1]); v[14] ^= W(f[0]); v[15] ^= W(f[1]);
    auto g = [&](int a, int b, int c, int d, W x, W y) {
      v[a] = W(v[a] + v[b] + x); v[d] = rotr<W>(v[d] ^ v[a], r1);
      v[c] = W(v[c] + v[d]);     v[b] = rotr<W>(v[b] ^ v[c], r2);
      v[a] = W(v[a] + v[b] + y); v[d] = rotr<W>(v[d] ^ v[a], r3);
      v[c] = W(v[c] + v[d]);     v[b] = rotr<W>(v[b] ^ v[c], r4);
    };
    int rounds = bits == 64 ? 12 : 10;
    for (int r = 0; r < rounds; r++) {
      const uint8_t* s = kSigma[r];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]); g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]); g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]); g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]); g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) h[i] = W(W(h[i]) ^ v[i] ^ v[i + 8]);
  }
  void compressBlock(const unsigned char* p) { if (isB) compress<uint64_t>(p); else compress<uint32_t>(p); }
  void addCounter(size_t n) {
    if (isB) { t[0] += n; if (t[0] < n) t[1]++; }
    else { uint64_t lo = uint32_t(t[0]) + uint64_t(n); t[0] = uint32_t(lo); t[1] = uint32_t(t[1] + (lo >> 32)); }
  }
  void update(const unsigned char* p, size_t n) {
    size_t bs = block();
    while (n > 0) {
      if (buflen == bs) {  // the buffered block is not the last: compress it
        addCounter(bs);
        compressBlock(buf);
        buflen = 0;
      }
      size_t k = std::min(n, bs - buflen);
      memcpy(buf + buflen, p, k);
      buflen += k; p += k; n -= k;
    }
  }
  std::string digest() const {
    Blake2 c = *this;
    c.addCounter(c.buflen);
    c.f[0] = c.isB ? ~uint64_t(0) : 0xffffffffu;
    if (c.lastNode) c.f[1] = c.f[0];
    memset(c.buf + c.buflen, 0, c.block() - c.buflen);
    c.compressBlock(c.buf);
    std::string out;
    size_t wb = c.isB ? 8 : 4;
    for (int i = 0; i < 8 && out.size() < size_t(outlen); i++)
      for (size_t k = 0; k < wb && out.size() < size_t(outlen); k++) out += char((c.h[i] >> (8 * k)) & 0xff);
    return out;
  }
};

class Blake2Obj final : public Object {
 public:
  Blake2Obj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagBlake2); }
  Blake2 st;
};

struct Blake2Types { PyType *b, *s; };
std::unordered_map<PyLanguage*, Blake2Types> types;

std::string dataOf(VM& vm, Value v) {
  std::string s;
  if (isString(v)) L.raise(L.t.TypeError, "Strings must be encoded before hashing");
  if (!cmodsBuffer(L, v, s)) L.raise(L.t.TypeError, "object supporting the buffer API required");
  return s;
}

// blake2b/blake2s(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
// node_offset, node_depth, inner_size, last_node, usedforsecurity) — __new__(cls, ...).
Value blakeNew(VM& vm, CallArgs& a) {
  bool isB = nativeMagic(a) == 0;
  const char* cls = isB ? "blake2b" : "blake2s";
  RootedKwargs kw(L, cls, {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                           "node_depth", "inner_size", "last_node", "usedforsecurity", "string"});
  Value type = a[0];
  if (!isType(type)) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  Rooted rtype(vm, type);
  if (a.argc > 2) L.raise(L.t.TypeError, std::string(cls) + "() takes at most 1 positional argument (" + std::to_string(a.argc - 1) + " given)");
  Value data = a.argc > 1 ? a[1] : kw.get("data");
  if (!cmodsGiven(data)) data = kw.get("string");
  const int maxDigest = isB ? 64 : 32, maxKey = isB ? 64 : 32, saltSize = isB ? 16 : 8, personSize = isB ? 16 : 8;
  auto intKw = [&](const char* n, int64_t dflt) { Value v = kw.get(n); return cmodsGiven(v) ? L.toIndex(v) : dflt; };
  auto bufKw = [&](const char* n) { Value v = kw.get(n); return cmodsGiven(v) ? cmodsNeedBuffer(L, v) : std::string(); };
  int64_t digestSize = intKw("digest_size", maxDigest);
  if (digestSize < 1 || digestSize > maxDigest) L.raise(L.t.ValueError, "digest_size must be between 1 and " + std::to_string(maxDigest) + " bytes");
  std::string key = bufKw("key"), salt = bufKw("salt"), person = bufKw("person");
  if (int(key.size()) > maxKey) L.raise(L.t.ValueError, "maximum key length is " + std::to_string(maxKey) + " bytes");
  if (int(salt.size()) > saltSize) L.raise(L.t.ValueError, "maximum salt length is " + std::to_string(saltSize) + " bytes");
  if (int(person.size()) > personSize) L.raise(L.t.ValueError, "maximum person length is " + std::to_string(personSize) + " bytes");
  int64_t fanout = intKw("fanout", 1), depth = intKw("depth", 1), leaf = intKw("leaf_size", 0), offset = intKw("node_offset", 0),
          nodeDepth = intKw("node_depth", 0), inner = intKw("inner_size", 0);
  if (fanout < 0 || fanout > 255) L.raise(L.t.ValueError, "fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) L.raise(L.t.ValueError, "depth must be between 1 and 255");
  if (leaf < 0 || leaf > 0xffffffffLL) L.raise(L.t.OverflowError, "leaf_size is too large");
  if (!isB && offset > 0xffffffffffffLL) L.raise(L.t.OverflowError, "node_offset is too large");
  if (nodeDepth < 0 || nodeDepth > 255) L.raise(L.t.ValueError, "node_depth must be between 0 and 255");
  if (inner < 0 || inner > maxDigest) L.raise(L.t.ValueError, "inner_size must be between 0 and is " + std::to_string(maxDigest));
  Value ln = kw.get("last_node");
  bool lastNode = cmodsGiven(ln) && L.truthy(vm, ln);

  Blake2Obj* o = vm.heap.make<Blake2Obj>(vm.emptyShape(), asType(rtype));
  Rooted ro(vm, Value::cell(o));
  Blake2& st = o->st;
  st.isB = isB;
  st.outlen = int(digestSize);
  st.lastNode = lastNode;
  // the parameter block, little-endian, XORed into the IV
  unsigned char pb[64] = {};
  pb[0] = uint8_t(digestSize); pb[1] = uint8_t(key.size()); pb[2] = uint8_t(fanout); pb[3] = uint8_t(depth);
  for (int i = 0; i < 4; i++) pb[4 + i] = uint8_t(uint64_t(leaf) >> (8 * i));
  if (isB) {
    for (int i = 0; i < 8; i++) pb[8 + i] = uint8_t(uint64_t(offset) >> (8 * i));
    pb[16] = uint8_t(nodeDepth); pb[17] = uint8_t(inner);
    memcpy(pb + 32, salt.data(), salt.size());
    memcpy(pb + 48, person.data(), person.size());
    for (int i = 0; i < 8; i++) {
      uint64_t w = 0;
      for (int k = 7; k >= 0; k--) w = (w << 8) | pb[i * 8 + k];
      st.h[i] = kIvB[i] ^ w;
    }
  } else {
    for (int i = 0; i < 6; i++) pb[8 + i] = uint8_t(uint64_t(offset) >> (8 * i));
    pb[14] = uint8_t(nodeDepth); pb[15] = uint8_t(inner);
    memcpy(pb + 16, salt.data(), salt.size());
    memcpy(pb + 24, person.data(), person.size());
    for (int i = 0; i < 8; i++) {
      uint32_t w = 0;
      for (int k = 3; k >= 0; k--) w = (w << 8) | pb[i * 4 + k];
      st.h[i] = kIvS[i] ^ w;
    }
  }
  if (!key.empty()) {  // the key is the first block, zero-padded
    unsigned char kb[128] = {};
    memcpy(kb, key.data(), key.size());
    st.update(kb, st.block());
  }
  if (cmodsGiven(data) && !data.isNull()) {
    std::string d = dataOf(vm, data);
    st.update(reinterpret_cast<const unsigned char*>(d.data()), d.size());
  }
  return ro;
}

Blake2Obj* blakeSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagBlake2)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for '_blake2.blake2b' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<Blake2Obj*>(asObject(a.thisValue));
}
Value blakeUpdate(VM& vm, CallArgs& a) {
  Blake2Obj* o = blakeSelf(vm, a, "update");
  if (a.argc != 1) L.raise(L.t.TypeError, "update() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted self(vm, a.thisValue);
  std::string d = dataOf(vm, a[0]);
  o->st.update(reinterpret_cast<const unsigned char*>(d.data()), d.size());
  return Value::null();
}
Value blakeDigest(VM& vm, CallArgs& a) {
  bool hex = nativeMagic(a) == 1;
  std::string d = blakeSelf(vm, a, hex ? "hexdigest" : "digest")->st.digest();
  if (!hex) return newBytes(L, d);
  static const char* hx = "0123456789abcdef";
  std::string out;
  for (unsigned char c : d) { out += hx[c >> 4]; out += hx[c & 15]; }
  return L.newStr(out);
}
Value blakeCopy(VM& vm, CallArgs& a) {
  Blake2Obj* o = blakeSelf(vm, a, "copy");
  Blake2 st = o->st;
  Blake2Obj* c = vm.heap.make<Blake2Obj>(vm.emptyShape(), asObject(a.thisValue)->proto());
  c->st = st;
  return Value::cell(c);
}
Value blakeAttr(VM& vm, CallArgs& a) {
  Blake2Obj* o = blakeSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return L.newStr(o->st.isB ? "blake2b" : "blake2s");
    case 1: return Value::integer(o->st.outlen);
    default: return Value::integer(int32_t(o->st.block()));
  }
}
Value blakeInit(VM& vm, CallArgs&) { L.kwNames.clear(); L.kwValues.clear(); return Value::null(); }

}  // namespace

void initBlake2(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Blake2Types ts{newNativeType(P, "blake2b", "_blake2"), newNativeType(P, "blake2s", "_blake2")};
  types[&P] = ts;
  for (int i = 0; i < 2; i++) {
    PyType* t = i ? ts.s : ts.b;
    P.defNative(t, "__new__", blakeNew, i);
    P.defNative(t, "__init__", blakeInit);
    P.defNative(t, "update", blakeUpdate);
    P.defNative(t, "digest", blakeDigest, 0);
    P.defNative(t, "hexdigest", blakeDigest, 1);
    P.defNative(t, "copy", blakeCopy);
    const char* attrs[] = {"name", "digest_size", "block_size"};
    for (int k = 0; k < 3; k++) defGetter(P, t, attrs[k], blakeAttr, k);
    const char* prefix = i ? "BLAKE2S_" : "BLAKE2B_";
    struct { const char* n; int b, s; } consts[] = {{"SALT_SIZE", 16, 8}, {"PERSON_SIZE", 16, 8}, {"MAX_KEY_SIZE", 64, 32}, {"MAX_DIGEST_SIZE", 64, 32}};
    for (auto& c : consts) {
      Value v = Value::integer(i ? c.s : c.b);
      t->putDirect(vm, P.s(c.n), v);
      m->putDirect(vm, vm.intern((std::string(prefix) + c.n).c_str()), v);
    }
    m->putDirect(vm, t->name, Value::cell(t));
  }
}

}  // namespace dualvm::py
