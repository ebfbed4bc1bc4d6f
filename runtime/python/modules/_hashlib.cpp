// runtime/python/modules/_hashlib.cpp — the native `_hashlib` module (CPython's
// Modules/_hashopenssl.c; owner pycmods) on OpenSSL's libcrypto (EVP API): new, openssl_md5/
// sha1/sha2/sha3/shake constructors, HASH and HASHXOF objects, HMAC objects (hmac_new,
// hmac_digest), pbkdf2_hmac, scrypt, compare_digest, openssl_md_meth_names, get_fips_mode,
// UnsupportedDigestmodError. hashlib.py and hmac.py run on it unchanged (blake2 is _blake2.cpp).
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <algorithm>
#include <climits>
#include <cstdio>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagHash = 0x5130, kTagHmac = 0x5131 };

// Python's names of OpenSSL's digests (CPython's py_hashes table).
struct HashName { const char* py; const char* ossl; int nid; };
const HashName kNames[] = {
    {"md5", "MD5", NID_md5}, {"sha1", "SHA1", NID_sha1}, {"sha224", "SHA224", NID_sha224},
    {"sha256", "SHA256", NID_sha256}, {"sha384", "SHA384", NID_sha384}, {"sha512", "SHA512", NID_sha512},
    {"sha512_224", "SHA512-224", NID_sha512_224}, {"sha512_256", "SHA512-256", NID_sha512_256},
    {"sha3_224", "SHA3-224", NID_sha3_224}, {"sha3_256", "SHA3-256", NID_sha3_256},
    {"sha3_384", "SHA3-384", NID_sha3_384}, {"sha3_512", "SHA3-512", NID_sha3_512},
    {"shake_128", "SHAKE128", NID_shake128}, {"shake_256", "SHAKE256", NID_shake256},
    {"blake2s", "BLAKE2s256", NID_blake2s256}, {"blake2b", "BLAKE2b512", NID_blake2b512},
    {"md5-sha1", "MD5-SHA1", NID_md5_sha1}, {"sm3", "SM3", NID_sm3}, {"ripemd160", "RIPEMD160", NID_ripemd160},
};
// The constructors hashlib takes directly (openssl_<name>).
const char* const kConstructors[] = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
                                     "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};

std::string pyNameOf(const EVP_MD* md) {
  int nid = EVP_MD_get_type(md);
  for (const HashName& h : kNames) if (h.nid == nid) return h.py;
  std::string n = EVP_MD_get0_name(md);
  std::transform(n.begin(), n.end(), n.begin(), ::tolower);
  return n;
}

struct Module { PyType *hash, *hashxof, *hmac, *unsupported; Value constructors; };
std::unordered_map<PyLanguage*, Module> mods;

// "[library] reason" of OpenSSL's last error, as CPython's _setException formats it.
std::string sslError(const char* fallback) {
  unsigned long e = ERR_peek_last_error();
  ERR_clear_error();
  if (!e) return fallback;
  const char* lib = ERR_lib_error_string(e);
  const char* reason = ERR_reason_error_string(e);
  if (lib && reason) return std::string("[") + lib + "] " + reason;
  if (reason) return reason;
  return fallback;
}

// The digest called `name` (Python's or OpenSSL's name), or UnsupportedDigestmodError.
EVP_MD* digestByName(VM& vm, const std::string& name) {
  const char* ossl = name.c_str();
  for (const HashName& h : kNames) if (name == h.py) ossl = h.ossl;
  EVP_MD* md = EVP_MD_fetch(nullptr, ossl, nullptr);
  if (!md) L.raise(mods[&L].unsupported, sslError("unsupported hash type"));
  return md;
}

class HashObj final : public Object {
 public:
  HashObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagHash); }
  ~HashObj() override { if (ctx) EVP_MD_CTX_free(ctx); }
  EVP_MD_CTX* ctx = nullptr;
  bool xof = false;
};
class HmacObj final : public Object {
 public:
  HmacObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagHmac); }
  ~HmacObj() override { if (ctx) EVP_MAC_CTX_free(ctx); }
  EVP_MAC_CTX* ctx = nullptr;
  std::string mdName;  // Python's name of the digest
  int digestSize = 0, blockSize = 0;
};

std::string dataOf(VM& vm, Value v) {
  std::string s;
  if (isString(v)) L.raise(L.t.TypeError, "Strings must be encoded before hashing");
  if (!cmodsBuffer(L, v, s)) L.raise(L.t.TypeError, "object supporting the buffer API required");
  return s;
}

Value makeHash(VM& vm, EVP_MD* md, Value data) {
  Rooted rd(vm, data);
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  HashObj* h = vm.heap.make<HashObj>(vm.emptyShape(), xof ? mods[&L].hashxof : mods[&L].hash);
  Rooted rh(vm, Value::cell(h));
  h->xof = xof;
  h->ctx = EVP_MD_CTX_new();
  bool ok = h->ctx && EVP_DigestInit_ex(h->ctx, md, nullptr);
  EVP_MD_free(md);
  if (!ok) L.raise(L.t.ValueError, sslError("digest initialization failed"));
  if (cmodsGiven(rd) && !rd.get().isNull()) {
    std::string d = dataOf(vm, rd);
    EVP_DigestUpdate(h->ctx, d.data(), d.size());
  }
  return rh;
}

Value hashlibNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "new", {"name", "string", "usedforsecurity"});
  Value name = cmodsArg(a, kw, 0, "name");
  if (!cmodsGiven(name)) L.raise(L.t.TypeError, "new() missing required argument 'name' (pos 1)");
  if (!isString(name)) L.raise(L.t.TypeError, "new() argument 'name' must be str, not " + L.typeName(name));
  Value data = cmodsArg(a, kw, 1, "string");
  return makeHash(vm, digestByName(vm, asString(name)->toUtf8()), data);
}

Value opensslConstructor(VM& vm, CallArgs& a) {
  const char* py = kConstructors[nativeMagic(a)];
  std::string fn = std::string("openssl_") + py;
  RootedKwargs kw(L, fn.c_str(), {"string", "usedforsecurity"});
  return makeHash(vm, digestByName(vm, py), cmodsArg(a, kw, 0, "string"));
}

HashObj* hashSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagHash)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for '_hashlib.HASH' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<HashObj*>(asObject(a.thisValue));
}

std::string toHex(const std::string& d) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : d) { out += hex[c >> 4]; out += hex[c & 15]; }
  return out;
}

Value hashUpdate(VM& vm, CallArgs& a) {
  HashObj* h = hashSelf(vm, a, "update");
  if (a.argc != 1) L.raise(L.t.TypeError, "HASH.update() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted self(vm, a.thisValue);
  std::string d = dataOf(vm, a[0]);
  EVP_DigestUpdate(h->ctx, d.data(), d.size());
  return Value::null();
}

// The digest so far (a copy of the context is finalized; length for XOFs).
std::string finalDigest(VM& vm, HashObj* h, int64_t length) {
  EVP_MD_CTX* c = EVP_MD_CTX_new();
  if (!c || !EVP_MD_CTX_copy_ex(c, h->ctx)) { EVP_MD_CTX_free(c); L.raise(L.t.ValueError, sslError("digest copy failed")); }
  std::string out;
  bool ok;
  if (h->xof) {
    out.resize(size_t(length));
    ok = length == 0 || EVP_DigestFinalXOF(c, reinterpret_cast<unsigned char*>(out.data()), size_t(length));
  } else {
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(c, buf, &n);
    out.assign(reinterpret_cast<char*>(buf), n);
  }
  EVP_MD_CTX_free(c);
  if (!ok) L.raise(L.t.ValueError, sslError("digest failed"));
  return out;
}

int64_t xofLength(VM& vm, CallArgs& a, const char* m) {
  RootedKwargs kw(L, m, {"length"});
  Value n = cmodsArg(a, kw, 0, "length");
  if (!cmodsGiven(n)) L.raise(L.t.TypeError, std::string(m) + "() missing required argument 'length' (pos 1)");
  int64_t len = L.toIndex(n);
  if (len < 0) L.raise(L.t.ValueError, "length must be non-negative");  // CPython's size_t converter
  if (len >= (int64_t(1) << 29)) L.raise(L.t.ValueError, "digest length is too large");
  return len;
}

Value hashDigest(VM& vm, CallArgs& a) {
  bool hex = nativeMagic(a) == 1;
  HashObj* h = hashSelf(vm, a, hex ? "hexdigest" : "digest");
  int64_t len = h->xof ? xofLength(vm, a, hex ? "hexdigest" : "digest") : 0;
  std::string d = finalDigest(vm, h, len);
  return hex ? L.newStr(toHex(d)) : newBytes(L, d);
}

Value hashCopy(VM& vm, CallArgs& a) {
  HashObj* h = hashSelf(vm, a, "copy");
  Rooted self(vm, a.thisValue);
  HashObj* c = vm.heap.make<HashObj>(vm.emptyShape(), h->xof ? mods[&L].hashxof : mods[&L].hash);
  c->xof = h->xof;
  c->ctx = EVP_MD_CTX_new();
  if (!c->ctx || !EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) L.raise(L.t.ValueError, sslError("digest copy failed"));
  return Value::cell(c);
}

Value hashAttr(VM& vm, CallArgs& a) {
  HashObj* h = hashSelf(vm, a, "attribute");
  const EVP_MD* md = EVP_MD_CTX_get0_md(h->ctx);
  switch (nativeMagic(a)) {
    case 0: return L.newStr(pyNameOf(md));
    case 1: return Value::integer(h->xof ? 0 : EVP_MD_get_size(md));
    default: return Value::integer(EVP_MD_get_block_size(md));
  }
}

Value hashRepr(VM& vm, CallArgs& a) {
  HashObj* h = hashSelf(vm, a, "__repr__");
  char addr[32];
  snprintf(addr, sizeof addr, "%p", static_cast<void*>(h));
  return L.newStr("<" + pyNameOf(EVP_MD_CTX_get0_md(h->ctx)) + " _hashlib.HASH object @ " + addr + ">");
}

// ---- HMAC ----

// The digest name of an hmac_new/hmac_digest digestmod: a str or one of the openssl_* constructors.
std::string digestmodName(VM& vm, Value dm) {
  if (isString(dm)) return asString(dm)->toUtf8();
  Value c = mods[&L].constructors;
  Value n = L.dictGet(asDict(c), dm);
  if (isString(n)) return asString(n)->toUtf8();
  L.raise(mods[&L].unsupported, "Unsupported digestmod " + L.repr(dm));
}

EVP_MAC_CTX* newMacCtx(VM& vm, const std::string& mdName, const std::string& key, int* digestSize, int* blockSize) {
  EVP_MD* md = digestByName(vm, mdName);
  if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) { EVP_MD_free(md); L.raise(mods[&L].unsupported, "unsupported hash type"); }
  *digestSize = EVP_MD_get_size(md);
  *blockSize = EVP_MD_get_block_size(md);
  std::string osslName = EVP_MD_get0_name(md);
  EVP_MD_free(md);
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, osslName.data(), 0), OSSL_PARAM_construct_end()};
  if (!ctx || !EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.data()), key.size(), params)) {
    EVP_MAC_CTX_free(ctx);
    L.raise(L.t.ValueError, sslError("hmac initialization failed"));
  }
  return ctx;
}

std::string macFinal(VM& vm, EVP_MAC_CTX* ctx) {
  EVP_MAC_CTX* c = EVP_MAC_CTX_dup(ctx);
  unsigned char buf[EVP_MAX_MD_SIZE];
  size_t n = 0;
  bool ok = c && EVP_MAC_final(c, buf, &n, sizeof buf);
  EVP_MAC_CTX_free(c);
  if (!ok) L.raise(L.t.ValueError, sslError("hmac failed"));
  return std::string(reinterpret_cast<char*>(buf), n);
}

Value hmacNew(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "hmac_new", {"key", "msg", "digestmod"});
  Value key = cmodsArg(a, kw, 0, "key");
  if (!cmodsGiven(key)) L.raise(L.t.TypeError, "hmac_new() missing required argument 'key' (pos 1)");
  Value msg = cmodsArg(a, kw, 1, "msg"), dm = cmodsArg(a, kw, 2, "digestmod");
  if (!cmodsGiven(dm) || dm.isNull()) L.raise(L.t.TypeError, "Missing required parameter 'digestmod'.");
  std::string k = cmodsNeedBuffer(L, key);
  std::string name = digestmodName(vm, dm);
  HmacObj* h = vm.heap.make<HmacObj>(vm.emptyShape(), mods[&L].hmac);
  Rooted rh(vm, Value::cell(h));
  h->ctx = newMacCtx(vm, name, k, &h->digestSize, &h->blockSize);
  EVP_MD* md = digestByName(vm, name);
  h->mdName = pyNameOf(md);
  EVP_MD_free(md);
  if (cmodsGiven(msg) && !msg.isNull()) {
    std::string d = dataOf(vm, msg);
    EVP_MAC_update(h->ctx, reinterpret_cast<const unsigned char*>(d.data()), d.size());
  }
  return rh;
}

Value hmacDigestFn(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "hmac_digest", {"key", "msg", "digest"});
  Value key = cmodsArg(a, kw, 0, "key"), msg = cmodsArg(a, kw, 1, "msg"), dm = cmodsArg(a, kw, 2, "digest");
  if (!cmodsGiven(key) || !cmodsGiven(msg) || !cmodsGiven(dm)) L.raise(L.t.TypeError, "hmac_digest() missing required argument");
  std::string k = cmodsNeedBuffer(L, key), m = cmodsNeedBuffer(L, msg);
  int ds, bs;
  EVP_MAC_CTX* ctx = newMacCtx(vm, digestmodName(vm, dm), k, &ds, &bs);
  EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(m.data()), m.size());
  std::string out;
  try { out = macFinal(vm, ctx); } catch (...) { EVP_MAC_CTX_free(ctx); throw; }
  EVP_MAC_CTX_free(ctx);
  return newBytes(L, out);
}

HmacObj* hmacSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagHmac)
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for '_hashlib.HMAC' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<HmacObj*>(asObject(a.thisValue));
}
Value hmacUpdate(VM& vm, CallArgs& a) {
  HmacObj* h = hmacSelf(vm, a, "update");
  Rooted self(vm, a.thisValue);
  RootedKwargs kw(L, "update", {"msg"});
  Value msg = cmodsArg(a, kw, 0, "msg");
  if (!cmodsGiven(msg)) L.raise(L.t.TypeError, "update() missing required argument 'msg' (pos 1)");
  std::string d = dataOf(vm, msg);
  EVP_MAC_update(h->ctx, reinterpret_cast<const unsigned char*>(d.data()), d.size());
  return Value::null();
}
Value hmacDigest(VM& vm, CallArgs& a) {
  bool hex = nativeMagic(a) == 1;
  std::string d = macFinal(vm, hmacSelf(vm, a, hex ? "hexdigest" : "digest")->ctx);
  return hex ? L.newStr(toHex(d)) : newBytes(L, d);
}
Value hmacCopy(VM& vm, CallArgs& a) {
  HmacObj* h = hmacSelf(vm, a, "copy");
  Rooted self(vm, a.thisValue);
  HmacObj* c = vm.heap.make<HmacObj>(vm.emptyShape(), mods[&L].hmac);
  c->ctx = EVP_MAC_CTX_dup(h->ctx);
  c->mdName = h->mdName;
  c->digestSize = h->digestSize;
  c->blockSize = h->blockSize;
  return Value::cell(c);
}
Value hmacAttr(VM& vm, CallArgs& a) {
  HmacObj* h = hmacSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return L.newStr("hmac-" + h->mdName);
    case 1: return Value::integer(h->digestSize);
    default: return Value::integer(h->blockSize);
  }
}
Value hmacRepr(VM& vm, CallArgs& a) {
  HmacObj* h = hmacSelf(vm, a, "__repr__");
  char addr[32];
  snprintf(addr, sizeof addr, "%p", static_cast<void*>(h));
  return L.newStr("<" + h->mdName + " HMAC object @ " + addr + ">");
}

// ---- key derivation ----

Value pbkdf2Hmac(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"});
  Value name = cmodsArg(a, kw, 0, "hash_name"), pw = cmodsArg(a, kw, 1, "password"), salt = cmodsArg(a, kw, 2, "salt"),
        it = cmodsArg(a, kw, 3, "iterations"), dk = cmodsArg(a, kw, 4, "dklen");
  const char* names[] = {"hash_name", "password", "salt", "iterations"};
  Value req[] = {name, pw, salt, it};
  for (int i = 0; i < 4; i++)
    if (!cmodsGiven(req[i])) L.raise(L.t.TypeError, std::string("pbkdf2_hmac() missing required argument '") + names[i] + "' (pos " + std::to_string(i + 1) + ")");
  if (!isString(name)) L.raise(L.t.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not " + L.typeName(name));
  std::string p = cmodsNeedBuffer(L, pw), s = cmodsNeedBuffer(L, salt);
  EVP_MD* md = digestByName(vm, asString(name)->toUtf8());
  int64_t iterations = L.toIndex(it);
  if (iterations < 1) { EVP_MD_free(md); L.raise(L.t.ValueError, "iteration value must be greater than 0."); }
  if (iterations > INT_MAX) { EVP_MD_free(md); L.raise(L.t.OverflowError, "iteration value is too great."); }
  int64_t dklen = cmodsGiven(dk) && !dk.isNull() ? L.toIndex(dk) : EVP_MD_get_size(md);
  if (dklen < 1) { EVP_MD_free(md); L.raise(L.t.ValueError, "key length must be greater than 0."); }
  if (dklen > INT_MAX) { EVP_MD_free(md); L.raise(L.t.OverflowError, "key length is too great."); }
  std::string out(size_t(dklen), '\0');
  int ok = PKCS5_PBKDF2_HMAC(p.data(), int(p.size()), reinterpret_cast<const unsigned char*>(s.data()), int(s.size()),
                             int(iterations), md, int(dklen), reinterpret_cast<unsigned char*>(out.data()));
  EVP_MD_free(md);
  if (!ok) L.raise(L.t.ValueError, sslError("pbkdf2 failed"));
  return newBytes(L, out);
}

Value scryptFn(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "scrypt", {"password", "salt", "n", "r", "p", "maxmem", "dklen"});
  Value pw = cmodsArg(a, kw, 0, "password");
  if (!cmodsGiven(pw)) L.raise(L.t.TypeError, "scrypt() missing required argument 'password' (pos 1)");
  if (a.argc > 1) L.raise(L.t.TypeError, "scrypt() takes exactly 1 positional argument (" + std::to_string(a.argc) + " given)");
  Value salt = kw.get("salt"), n = kw.get("n"), r = kw.get("r"), p = kw.get("p"), mm = kw.get("maxmem"), dk = kw.get("dklen");
  if (!cmodsGiven(salt) || salt.isNull()) L.raise(L.t.TypeError, "salt is required");
  if (!cmodsGiven(n) || n.isNull()) L.raise(L.t.TypeError, "n is required and must be an unsigned int");
  if (!cmodsGiven(r) || r.isNull()) L.raise(L.t.TypeError, "r is required and must be an unsigned int");
  if (!cmodsGiven(p) || p.isNull()) L.raise(L.t.TypeError, "p is required and must be an unsigned int");
  std::string pass = cmodsNeedBuffer(L, pw), s = cmodsNeedBuffer(L, salt);
  int64_t nv = L.toIndex(n), rv = L.toIndex(r), pv = L.toIndex(p);
  int64_t maxmem = cmodsGiven(mm) ? L.toIndex(mm) : 0, dklen = cmodsGiven(dk) ? L.toIndex(dk) : 64;
  if (nv < 2 || (nv & (nv - 1))) L.raise(L.t.ValueError, "n must be a power of 2.");
  if (maxmem < 0 || maxmem > INT_MAX) L.raise(L.t.ValueError, "maxmem must be positive and smaller than " + std::to_string(INT_MAX));
  if (dklen < 1 || dklen > INT_MAX) L.raise(L.t.ValueError, "dklen must be greater than 0 and smaller than " + std::to_string(INT_MAX));
  std::string out(size_t(dklen), '\0');
  if (!EVP_PBE_scrypt(pass.data(), pass.size(), reinterpret_cast<const unsigned char*>(s.data()), s.size(), uint64_t(nv),
                      uint64_t(rv), uint64_t(pv), uint64_t(maxmem), reinterpret_cast<unsigned char*>(out.data()), size_t(dklen)))
    L.raise(L.t.ValueError, "Invalid parameter combination for n, r, p, maxmem.");
  return newBytes(L, out);
}

Value compareDigest(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "compare_digest expected 2 arguments, got " + std::to_string(a.argc));
  std::string x, y;
  if (isString(a[0]) && isString(a[1])) {
    for (int i = 0; i < 2; i++) {
      std::u32string cps = asString(a[i])->toCodePoints();
      std::string& o = i ? y : x;
      for (char32_t c : cps) {
        if (c > 127) L.raise(L.t.TypeError, "comparing strings with non-ASCII characters is not supported");
        o += char(c);
      }
    }
  } else {
    x = cmodsNeedBuffer(L, a[0]);
    y = cmodsNeedBuffer(L, a[1]);
  }
  // constant time for equal lengths, as CPython's _tscmp
  if (x.size() != y.size()) return Value::boolean(false);
  return Value::boolean(CRYPTO_memcmp(x.data(), y.data(), x.size()) == 0);
}

Value getFipsMode(VM&, CallArgs&) { return Value::integer(0); }

void collectName(EVP_MD* md, void* arg) {
  auto* names = static_cast<std::vector<std::string>*>(arg);
  std::string n = pyNameOf(md);
  if (std::find(names->begin(), names->end(), n) == names->end()) names->push_back(n);
}

}  // namespace

void initHashlib(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Module md;
  md.hash = newNativeType(P, "HASH", "_hashlib");
  md.hashxof = newNativeType(P, "HASHXOF", "_hashlib", md.hash);
  md.hmac = newNativeType(P, "HMAC", "_hashlib");
  md.unsupported = newNativeType(P, "UnsupportedDigestmodError", "_hashlib", P.t.ValueError);
  md.constructors = P.newDict();
  vm.addPermanentRoot(md.constructors);
  mods[&P] = md;
  for (PyType* t : {md.hash, md.hashxof, md.hmac, md.unsupported}) m->putDirect(vm, t->name, Value::cell(t));
  P.defNative(md.hash, "update", hashUpdate);
  P.defNative(md.hash, "digest", hashDigest, 0);
  P.defNative(md.hash, "hexdigest", hashDigest, 1);
  P.defNative(md.hash, "copy", hashCopy);
  P.defNative(md.hash, "__repr__", hashRepr);
  P.defNative(md.hmac, "update", hmacUpdate);
  P.defNative(md.hmac, "digest", hmacDigest, 0);
  P.defNative(md.hmac, "hexdigest", hmacDigest, 1);
  P.defNative(md.hmac, "copy", hmacCopy);
  P.defNative(md.hmac, "__repr__", hmacRepr);
  const char* attrs[] = {"name", "digest_size", "block_size"};
  for (int i = 0; i < 3; i++) {
    defGetter(P, md.hash, attrs[i], hashAttr, i);
    defGetter(P, md.hmac, attrs[i], hmacAttr, i);
  }
  P.defNative(m, "new", hashlibNew);
  for (int i = 0; i < int(sizeof kConstructors / sizeof *kConstructors); i++) {
    std::string fn = std::string("openssl_") + kConstructors[i];
    P.defNative(m, fn.c_str(), opensslConstructor, i);
    Value f = m->slot(m->findOwn(P.s(fn.c_str())));
    Rooted rf(vm, f);
    P.dictSet(asDict(md.constructors), rf, P.newStr(kConstructors[i]));
  }
  m->putDirect(vm, P.s("_constructors"), md.constructors);
  P.defNative(m, "hmac_new", hmacNew);
  P.defNative(m, "hmac_digest", hmacDigestFn);
  P.defNative(m, "pbkdf2_hmac", pbkdf2Hmac);
  P.defNative(m, "scrypt", scryptFn);
  P.defNative(m, "compare_digest", compareDigest);
  P.defNative(m, "get_fips_mode", getFipsMode);
  std::vector<std::string> names;
  EVP_MD_do_all_provided(nullptr, collectName, &names);
  Rooted set(vm, newSet(P, P.t.frozenset));
  for (const std::string& n : names) setAdd(P, set, P.newStr(n));
  m->putDirect(vm, P.s("openssl_md_meth_names"), set);
}

}  // namespace dualvm::py
