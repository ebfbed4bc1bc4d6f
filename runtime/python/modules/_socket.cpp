// runtime/python/modules/_socket.cpp — the native `_socket` module (CPython's Modules/socketmodule.c)
// that socket.py, and through it urllib.request, http.client/server, socketserver, smtplib, xml.sax
// (saxutils imports urllib.request) ..., load unchanged on. Owns: the `socket` type (subclassable:
// socket.socket adds __slots__), its methods (bind/listen/_accept/connect/send*/recv*/sockopts/
// timeouts/close/detach, sendmsg/recvmsg with SCM_RIGHTS), the address forms of AF_INET, AF_INET6
// and AF_UNIX, the resolver functions (getaddrinfo, gethostby*, getnameinfo, getserv*, getprotobyname),
// inet_*/hton*, socketpair, dup/close, the default timeout, if_name*, CMSG_LEN/SPACE, the constants
// from the system headers, and error/herror/gaierror/timeout.
// Timeouts are CPython's sock_call_ex: a socket with a timeout is non-blocking and every call first
// waits with poll() for the remaining time (TimeoutError "timed out"). A blocking socket (timeout
// None) also waits in poll() first: signal handlers use SA_RESTART (_signal.cpp), which would
// restart a blocked recv()/accept() in the kernel, but never poll(), so Ctrl-C and Python signal
// handlers get through (runPendingInterrupts at EINTR, then the wait resumes: PEP 475).
#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <ctime>
#include <unordered_map>
#include "runtime/interrupts.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum { kSock = 0x534b };
// NativeState counters of a socket object
enum { kFd = 0, kFamily, kType, kProto, kTimeout, kCount };  // kTimeout: nanoseconds, -1 = None

int64_t gDefaultTimeout = -1;  // setdefaulttimeout (process-wide, as CPython's module state)

struct SockClasses {
  PyType* sock = nullptr;
  Value herror, gaierror;  // reachable from the module object (a permanent root)
};
std::unordered_map<PyLanguage*, SockClasses> classes;

bool isTupleV(Value v) { return isArray(v) && asObject(v)->classTag() == kTagTuple; }
const std::vector<Value>& tupleItems(Value v) { return asArray(v)->elements; }

double nowMono() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

PyType* builtinClass(PyLanguage& P, const char* name) {
  uint32_t i = P.builtins->findOwn(P.s(name));
  return i == Shape::kNotFound ? P.t.OSError : asType(P.builtins->slot(i));
}

// type(err, msg): gaierror/herror carry (errno, message) like OSError.
[[noreturn]] void raiseWith(PyLanguage& P, Value type, int err, const std::string& msg) {
  VM& vm = P.vm;
  P.kwNames.clear();
  P.kwValues.clear();
  Rooted ty(vm, type), m(vm, P.newStr(msg));
  Value args[2] = {Value::integer(err), m};
  Rooted exc(vm, P.call(ty, args, 2));
  vm.throwValue(exc);
}

[[noreturn]] void raiseGai(PyLanguage& P, int err) {
  if (err == EAI_SYSTEM) raiseErrno(P, errno);
  raiseWith(P, classes[&P].gaierror, err, gai_strerror(err));
}

// TimeoutError("timed out") through its constructor (errno and strerror None, as CPython)
[[noreturn]] void raiseTimeout(PyLanguage& P) {
  VM& vm = P.vm;
  P.kwNames.clear();
  P.kwValues.clear();
  Rooted m(vm, P.newStr("timed out"));
  Value arg = m;
  Rooted exc(vm, P.call(Value::cell(builtinClass(P, "TimeoutError")), &arg, 1));
  vm.throwValue(exc);
}

NativeState* sockSelf(PyLanguage& P, CallArgs& a, const char* m) { return selfState(P, a, kSock, m, "_socket.socket"); }
int sockFd(Value self) { return int(asState(self)->n[kFd]); }

void argCount(PyLanguage& P, CallArgs& a, const char* fn, uint32_t lo, uint32_t hi) {
  if (a.argc >= lo && a.argc <= hi) return;
  if (lo == hi) {
    if (lo == 0) P.raise(P.t.TypeError, std::string(fn) + "() takes no arguments (" + std::to_string(a.argc) + " given)");
    P.raise(P.t.TypeError, std::string(fn) + "() takes exactly " + (lo == 1 ? "one argument" : std::to_string(lo) + " arguments") + " (" + std::to_string(a.argc) + " given)");
  }
  P.raise(P.t.TypeError, std::string(fn) + " expected " + (a.argc < lo ? "at least " + std::to_string(lo) : "at most " + std::to_string(hi)) + " argument" + ((a.argc < lo ? lo : hi) == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
}

int intArg(PyLanguage& P, Value v) {
  if (v.isNumber() && !isInteger(v)) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t x = P.toIndex(v);
  if (x > INT_MAX) P.raise(P.t.OverflowError, "signed integer is greater than maximum");
  if (x < INT_MIN) P.raise(P.t.OverflowError, "signed integer is less than minimum");
  return int(x);
}

// The bytes of a bytes-like argument (bytes, bytearray, memoryview).
std::string dataArg(PyLanguage& P, Value v) {
  if (isBytesLike(v)) return asBytes(v)->data;
  if (isMemoryView(v)) return memoryviewData(P, v);
  P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(v) + "'");
}

// A writable buffer (bytearray, or a memoryview of one): its bytes and the part the view covers.
struct Writable { std::string* data; size_t off, len; };
Writable writableArg(PyLanguage& P, Value v, const char* fn) {
  if (isByteArray(v)) return {&asBytes(v)->data, 0, asBytes(v)->data.size()};
  if (isMemoryView(v)) {
    memoryviewData(P, v);  // ValueError if released
    PyBox* b = asBox(v);
    if (isByteArray(b->a)) {
      std::string& d = asBytes(b->a)->data;
      size_t off = size_t(P.toIndex(b->b)), n = size_t(P.toIndex(b->c));
      off = std::min(off, d.size());
      n = std::min(n, d.size() - off);
      return {&d, off, n};
    }
  }
  P.raise(P.t.TypeError, std::string(fn) + "() argument 1 must be read-write bytes-like object, not " + P.typeName(v));
}

// Seconds (int/float/None) -> nanoseconds, -1 for None; CPython's socket_parse_timeout.
int64_t parseTimeout(PyLanguage& P, Value v) {
  if (v.isNull()) return -1;
  if (!v.isNumber() && !isInteger(v)) P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
  double d = P.toFloat(v);
  if (std::isnan(d)) P.raise(P.t.ValueError, "Invalid value NaN (not a number)");
  if (d < 0) P.raise(P.t.ValueError, "Timeout value out of range");
  if (d * 1e9 > 9.2e18) P.raise(P.t.OverflowError, "timeout doesn't fit into C timeval");
  return int64_t(std::ceil(d * 1e9));
}
Value timeoutValue(int64_t ns) { return ns < 0 ? Value::null() : Value::number(double(ns) * 1e-9); }

void setBlocking(PyLanguage& P, int fd, bool block) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0) raiseErrno(P, errno);
  int nfl = block ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK);
  if (nfl != fl && fcntl(fd, F_SETFL, nfl) < 0) raiseErrno(P, errno);
}

// Waits until fd is readable/writable: false when `deadline` (monotonic seconds, <0: none) passed.
bool waitFd(VM& vm, int fd, bool writing, double deadline) {
  for (;;) {
    int ms = -1;
    if (deadline >= 0) {
      double left = deadline - nowMono();
      if (left < 0) return false;
      ms = int(std::min(std::ceil(left * 1000), double(INT_MAX)));
    }
    struct pollfd p = {fd, short(writing ? POLLOUT : POLLIN), 0};
    int r = poll(&p, 1, ms);
    if (r > 0) return true;
    if (r == 0) {
      if (deadline >= 0 && nowMono() >= deadline) return false;
      continue;
    }
    if (errno != EINTR) raiseErrno(L, errno);
    runPendingInterrupts(vm);
  }
}

// CPython's sock_call_ex: wait (unless non-blocking), call fn, retry on EINTR and, for a socket
// with a timeout, on EWOULDBLOCK until the deadline. Returns fn's result >= 0 or raises.
template <class F>
ssize_t sockCall(VM& vm, Value self, bool writing, F fn, double deadline = -2) {
  int64_t timeout = asState(self)->n[kTimeout];
  int fd = sockFd(self);
  if (deadline == -2) deadline = timeout > 0 ? nowMono() + double(timeout) * 1e-9 : -1;
  for (;;) {
    if (timeout != 0 && fd >= 0 && !waitFd(vm, fd, writing, deadline)) raiseTimeout(L);
    for (;;) {
      ssize_t r = fn(fd);
      if (r >= 0) return r;
      if (errno != EINTR) break;
      runPendingInterrupts(vm);
    }
    if (timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
    raiseErrno(L, errno);
  }
}

// ---- addresses ----

std::string hostArg(PyLanguage& P, Value h) {
  if (isString(h)) {
    std::string s = asString(h)->toUtf8();
    for (unsigned char c : s)
      if (c >= 0x80) {  // internationalised names: the idna codec, as CPython
        VM& vm = P.vm;
        Rooted enc(vm, P.newStr("idna"));
        Value e = P.callMethod(h, "encode", enc.address(), 1);
        return asBytes(e)->data;
      }
    return s;
  }
  if (isBytesLike(h)) return asBytes(h)->data;
  P.raise(P.t.TypeError, "str, bytes or bytearray expected, not " + P.typeName(h));
}

// CPython's setipaddr: "" is the any-address, "<broadcast>" INADDR_BROADCAST, numeric addresses
// directly, names through getaddrinfo.
void setIpAddr(PyLanguage& P, const std::string& name, struct sockaddr* out, size_t outSize, int af) {
  if (name.empty()) {
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = af;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_PASSIVE;
    int e = getaddrinfo(nullptr, "0", &hints, &res);
    if (e) raiseGai(P, e);
    if (res->ai_next) { freeaddrinfo(res); P.raise(P.t.OSError, "wildcard resolved to multiple address"); }
    memcpy(out, res->ai_addr, std::min(size_t(res->ai_addrlen), outSize));
    freeaddrinfo(res);
    return;
  }
  if (name == "<broadcast>" || name == "255.255.255.255") {
    if (af != AF_INET && af != AF_UNSPEC) P.raise(P.t.OSError, "address family mismatched");
    auto* sin = reinterpret_cast<struct sockaddr_in*>(out);
    sin->sin_family = AF_INET;
    sin->sin_addr.s_addr = INADDR_BROADCAST;
    return;
  }
  if (af == AF_INET || af == AF_UNSPEC) {
    auto* sin = reinterpret_cast<struct sockaddr_in*>(out);
    if (inet_pton(AF_INET, name.c_str(), &sin->sin_addr) == 1) { sin->sin_family = AF_INET; return; }
  }
  if (af == AF_INET6 || af == AF_UNSPEC) {
    auto* sin6 = reinterpret_cast<struct sockaddr_in6*>(out);
    if (name.find('%') == std::string::npos && inet_pton(AF_INET6, name.c_str(), &sin6->sin6_addr) == 1) { sin6->sin6_family = AF_INET6; return; }
  }
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = af;
  int e = getaddrinfo(name.c_str(), nullptr, &hints, &res);
  if (e) raiseGai(P, e);
  memcpy(out, res->ai_addr, std::min(size_t(res->ai_addrlen), outSize));
  freeaddrinfo(res);
}

int portArg(PyLanguage& P, Value v, const char* caller) {
  int port = intArg(P, v);
  if (port < 0 || port > 0xffff) P.raise(P.t.OverflowError, std::string(caller) + "(): port must be 0-65535.");
  return port;
}

// CPython's getsockaddrarg for the socket's family.
socklen_t parseAddr(PyLanguage& P, int family, Value addr, struct sockaddr_storage& ss, const char* caller) {
  memset(&ss, 0, sizeof ss);
  switch (family) {
    case AF_UNIX: {
      std::string path;
      if (isString(addr)) path = asString(addr)->toUtf8();
      else if (isBytesLike(addr) || isMemoryView(addr)) path = dataArg(P, addr);
      else P.raise(P.t.TypeError, std::string(caller) + "(): AF_UNIX address must be str or bytes, not " + P.typeName(addr));
      auto* sun = reinterpret_cast<struct sockaddr_un*>(&ss);
      bool abstract = !path.empty() && path[0] == 0;
      if (abstract ? path.size() > sizeof sun->sun_path : path.size() >= sizeof sun->sun_path) P.raise(P.t.OSError, "AF_UNIX path too long");
      sun->sun_family = AF_UNIX;
      memcpy(sun->sun_path, path.data(), path.size());
      return socklen_t(offsetof(struct sockaddr_un, sun_path) + path.size());
    }
    case AF_INET: {
      if (!isTupleV(addr)) P.raise(P.t.TypeError, std::string(caller) + "(): AF_INET address must be tuple, not " + P.typeName(addr));
      const std::vector<Value>& t = tupleItems(addr);
      if (t.size() != 2) P.raise(P.t.TypeError, "AF_INET address must be a pair (host, port)");
      std::string host = hostArg(P, t[0]);
      int port = portArg(P, t[1], caller);
      setIpAddr(P, host, reinterpret_cast<struct sockaddr*>(&ss), sizeof(struct sockaddr_in), AF_INET);
      auto* sin = reinterpret_cast<struct sockaddr_in*>(&ss);
      sin->sin_family = AF_INET;
      sin->sin_port = htons(uint16_t(port));
      return sizeof(struct sockaddr_in);
    }
    case AF_INET6: {
      if (!isTupleV(addr)) P.raise(P.t.TypeError, std::string(caller) + "(): AF_INET6 address must be tuple, not " + P.typeName(addr));
      const std::vector<Value>& t = tupleItems(addr);
      if (t.size() < 2 || t.size() > 4) P.raise(P.t.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
      std::string host = hostArg(P, t[0]);
      int port = portArg(P, t[1], caller);
      int64_t flow = t.size() > 2 ? P.toIndex(t[2]) : 0;
      int64_t scope = t.size() > 3 ? P.toIndex(t[3]) : 0;
      if (flow < 0 || flow > 0xfffff) P.raise(P.t.OverflowError, std::string(caller) + "(): flowinfo must be 0-1048575.");
      setIpAddr(P, host, reinterpret_cast<struct sockaddr*>(&ss), sizeof(struct sockaddr_in6), AF_INET6);
      auto* sin6 = reinterpret_cast<struct sockaddr_in6*>(&ss);
      sin6->sin6_family = AF_INET6;
      sin6->sin6_port = htons(uint16_t(port));
      sin6->sin6_flowinfo = htonl(uint32_t(flow));
      sin6->sin6_scope_id = uint32_t(scope);
      return sizeof(struct sockaddr_in6);
    }
  }
  P.raise(P.t.OSError, std::string(caller) + "(): bad family");
}

// CPython's makesockaddr.
Value makeAddr(PyLanguage& P, const struct sockaddr* sa, socklen_t len) {
  VM& vm = P.vm;
  if (len == 0) return Value::null();
  char buf[INET6_ADDRSTRLEN];
  switch (sa->sa_family) {
    case AF_INET: {
      auto* sin = reinterpret_cast<const struct sockaddr_in*>(sa);
      inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf);
      Rooted host(vm, P.newStr(buf));
      Value items[2] = {host, Value::integer(ntohs(sin->sin_port))};
      return P.newTuple(items, 2);
    }
    case AF_INET6: {
      auto* sin6 = reinterpret_cast<const struct sockaddr_in6*>(sa);
      inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof buf);
      Rooted host(vm, P.newStr(buf));
      Value items[4] = {host, Value::integer(ntohs(sin6->sin6_port)), Value::fromInt64(ntohl(sin6->sin6_flowinfo)),
                        Value::fromInt64(sin6->sin6_scope_id)};
      return P.newTuple(items, 4);
    }
    case AF_UNIX: {
      auto* sun = reinterpret_cast<const struct sockaddr_un*>(sa);
      size_t off = offsetof(struct sockaddr_un, sun_path);
      size_t n = len > off ? size_t(len) - off : 0;
      if (n > 0 && sun->sun_path[0] == 0) return newBytes(P, std::string(sun->sun_path, n));  // abstract namespace
      return P.newStr(std::string(sun->sun_path, strnlen(sun->sun_path, n)));
    }
  }
  Rooted data(vm, newBytes(P, std::string(sa->sa_data, sizeof sa->sa_data)));
  Value items[2] = {Value::integer(sa->sa_family), data};
  return P.newTuple(items, 2);
}

// ---- the socket type ----

Value sockNew(VM& vm, CallArgs& a) {
  Value c = a[0];
  if (!isType(c)) L.raise(L.t.TypeError, "socket.__new__(X): X is not a type object");
  L.kwNames.clear(); L.kwValues.clear();  // __init__ reads the arguments
  NativeState* s = newState(L, asType(c), kSock, 0, kCount);
  s->n[kFd] = -1;
  s->n[kFamily] = AF_INET;
  s->n[kType] = SOCK_STREAM;
  s->n[kTimeout] = -1;
  return Value::cell(s);
}

// CPython's init_sockobject: records the kind and applies the default timeout.
void initSock(PyLanguage& P, Value self, int fd, int family, int type, int proto) {
  NativeState* s = asState(self);
  s->n[kFd] = fd;
  s->n[kFamily] = family;
  s->n[kType] = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->n[kProto] = proto;
  if (type & SOCK_NONBLOCK) s->n[kTimeout] = 0;
  else {
    s->n[kTimeout] = gDefaultTimeout;
    if (gDefaultTimeout >= 0) setBlocking(P, fd, false);
  }
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
Value sockInit(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "socket", {"family", "type", "proto", "fileno"});
  sockSelf(L, a, "__init__");
  Rooted self(vm, a.thisValue);
  if (a.argc > 4) L.raise(L.t.TypeError, "socket() takes at most 4 arguments (" + std::to_string(a.argc) + " given)");
  auto get = [&](uint32_t i, const char* name) { Value v = a.argc > i ? a[i] : kw.get(name); return v.isMagic(Magic::Empty) ? Value::null() : v; };
  Value fam = get(0, "family"), ty = get(1, "type"), pr = get(2, "proto"), fno = get(3, "fileno");
  int family = fam.isNull() ? -1 : intArg(L, fam), type = ty.isNull() ? -1 : intArg(L, ty), proto = pr.isNull() ? -1 : intArg(L, pr);
  int fd;
  if (!fno.isNull()) {
    if (fno.isNumber() && !isInteger(fno)) L.raise(L.t.TypeError, "'float' object cannot be interpreted as an integer");
    int64_t f = L.toIndex(fno);
    if (f < 0) L.raise(L.t.ValueError, "negative file descriptor");
    if (f > INT_MAX) L.raise(L.t.OverflowError, "file descriptor out of range");
    fd = int(f);
    // the kind of an existing socket, from the kernel when not given
    socklen_t len = sizeof(int);
    if (family == -1) {
      struct sockaddr_storage ss;
      socklen_t sl = sizeof ss;
      if (getsockname(fd, reinterpret_cast<struct sockaddr*>(&ss), &sl) < 0) raiseErrno(L, errno);
      family = ss.ss_family;
    }
    if (type == -1 && getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0) raiseErrno(L, errno);
    len = sizeof(int);
    if (proto == -1 && getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) < 0) raiseErrno(L, errno);
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) raiseErrno(L, errno);
  }
  initSock(L, self, fd, family, type, proto);
  return Value::null();
}

Value sockRepr(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "__repr__");
  return L.newStr("<socket object, fd=" + std::to_string(s->n[kFd]) + ", family=" + std::to_string(s->n[kFamily]) +
                  ", type=" + std::to_string(s->n[kType]) + ", proto=" + std::to_string(s->n[kProto]) + ">");
}

// family / type / proto / timeout getters (magic = the counter)
Value sockAttr(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "attribute");
  int m = nativeMagic(a);
  if (m == kTimeout) return timeoutValue(s->n[kTimeout]);
  return Value::fromInt64(s->n[size_t(m)]);
}

Value sockFileno(VM& vm, CallArgs& a) { return Value::fromInt64(sockSelf(L, a, "fileno")->n[kFd]); }

Value sockClose(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "close");
  int fd = int(s->n[kFd]);
  if (fd >= 0) {
    s->n[kFd] = -1;
    // a reset connection is closed anyway (CPython ignores ECONNRESET here)
    if (::close(fd) < 0 && errno != ECONNRESET) raiseErrno(L, errno);
  }
  return Value::null();
}

Value sockDetach(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "detach");
  int64_t fd = s->n[kFd];
  s->n[kFd] = -1;
  return Value::fromInt64(fd);
}

Value sockSettimeout(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "settimeout");
  argCount(L, a, "settimeout", 1, 1);
  int64_t t = parseTimeout(L, a[0]);
  s->n[kTimeout] = t;
  if (s->n[kFd] >= 0) setBlocking(L, int(s->n[kFd]), t < 0);
  return Value::null();
}

Value sockGettimeout(VM& vm, CallArgs& a) { return timeoutValue(sockSelf(L, a, "gettimeout")->n[kTimeout]); }

Value sockSetblocking(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "setblocking");
  argCount(L, a, "setblocking", 1, 1);
  bool block = L.truthy(vm, a[0]);
  s->n[kTimeout] = block ? -1 : 0;
  if (s->n[kFd] >= 0) setBlocking(L, int(s->n[kFd]), block);
  return Value::null();
}

Value sockGetblocking(VM& vm, CallArgs& a) { return Value::boolean(sockSelf(L, a, "getblocking")->n[kTimeout] != 0); }

Value sockBind(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "bind");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "bind", 1, 1);
  struct sockaddr_storage ss;
  socklen_t len = parseAddr(L, int(s->n[kFamily]), a[0], ss, "bind");
  if (bind(sockFd(self), reinterpret_cast<struct sockaddr*>(&ss), len) < 0) raiseErrno(L, errno);
  return Value::null();
}

Value sockListen(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "listen");
  argCount(L, a, "listen", 0, 1);
  int backlog = a.argc ? intArg(L, a[0]) : std::min(SOMAXCONN, 128);
  if (backlog < 0) backlog = 0;
  if (listen(int(s->n[kFd]), backlog) < 0) raiseErrno(L, errno);
  return Value::null();
}

// _accept() -> (fd, address): socket.accept() wraps the fd in a socket object
Value sockAccept(VM& vm, CallArgs& a) {
  sockSelf(L, a, "_accept");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "_accept", 0, 0);
  struct sockaddr_storage ss;
  socklen_t len = 0;
  ssize_t fd = sockCall(vm, self, false, [&](int sfd) {
    len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    return ssize_t(accept4(sfd, reinterpret_cast<struct sockaddr*>(&ss), &len, SOCK_CLOEXEC));
  });
  Rooted addr(vm, Value::null());
  try {
    addr = makeAddr(L, reinterpret_cast<struct sockaddr*>(&ss), len);
  } catch (...) {
    ::close(int(fd));
    throw;
  }
  Value items[2] = {Value::fromInt64(fd), addr};
  return L.newTuple(items, 2);
}

// CPython's internal_connect: the connection goes on in the background after EINTR/EINPROGRESS;
// wait for writability, then SO_ERROR says how it ended. Returns the errno (0: connected).
int connectErr(VM& vm, Value self, Value addrv, bool raise) {
  PyLanguage& P = L;
  struct sockaddr_storage ss;
  socklen_t len = parseAddr(P, int(asState(self)->n[kFamily]), addrv, ss, raise ? "connect" : "connect_ex");
  int fd = sockFd(self);
  int64_t timeout = asState(self)->n[kTimeout];
  int r = connect(fd, reinterpret_cast<struct sockaddr*>(&ss), len);
  if (r == 0) return 0;
  int err = errno;
  bool wait = (err == EINTR) || (err == EINPROGRESS && timeout > 0);
  if (err == EINTR) runPendingInterrupts(vm);
  if (!wait) return err;
  if (err == EINTR && timeout == 0) return EWOULDBLOCK;
  double deadline = timeout > 0 ? nowMono() + double(timeout) * 1e-9 : -1;
  if (!waitFd(vm, fd, true, deadline)) {
    if (raise) raiseTimeout(P);
    return EWOULDBLOCK;
  }
  int soerr = 0;
  socklen_t sl = sizeof soerr;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) return errno;
  return soerr == EISCONN ? 0 : soerr;
}

Value sockConnect(VM& vm, CallArgs& a) {
  sockSelf(L, a, "connect");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "connect", 1, 1);
  int err = connectErr(vm, self, a[0], true);
  if (err) raiseErrno(L, err);
  return Value::null();
}

Value sockConnectEx(VM& vm, CallArgs& a) {
  sockSelf(L, a, "connect_ex");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "connect_ex", 1, 1);
  return Value::integer(connectErr(vm, self, a[0], false));
}

// send(data[, flags]) / sendall(data[, flags]): magic 0 / 1
Value sockSend(VM& vm, CallArgs& a) {
  bool all = nativeMagic(a) == 1;
  const char* fn = all ? "sendall" : "send";
  sockSelf(L, a, fn);
  Rooted self(vm, a.thisValue);
  argCount(L, a, fn, 1, 2);
  std::string data = dataArg(L, a[0]);
  int flags = a.argc > 1 ? intArg(L, a[1]) : 0;
  if (!all) return Value::fromInt64(sockCall(vm, self, true, [&](int fd) { return send(fd, data.data(), data.size(), flags | MSG_NOSIGNAL); }));
  // sendall: the timeout bounds the whole operation; signals are checked between chunks
  int64_t timeout = asState(self)->n[kTimeout];
  double deadline = timeout > 0 ? nowMono() + double(timeout) * 1e-9 : -1;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = sockCall(vm, self, true, [&](int fd) { return send(fd, data.data() + done, data.size() - done, flags | MSG_NOSIGNAL); }, deadline);
    done += size_t(n);
    runPendingInterrupts(vm);
  }
  return Value::null();
}

// sendto(data[, flags], address)
Value sockSendto(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "sendto");
  Rooted self(vm, a.thisValue);
  if (a.argc < 2 || a.argc > 3) L.raise(L.t.TypeError, "sendto() takes 2 or 3 arguments (" + std::to_string(a.argc) + " given)");
  std::string data = dataArg(L, a[0]);
  int flags = a.argc == 3 ? intArg(L, a[1]) : 0;
  struct sockaddr_storage ss;
  socklen_t len = parseAddr(L, int(s->n[kFamily]), a[a.argc - 1], ss, "sendto");
  return Value::fromInt64(sockCall(vm, self, true, [&](int fd) {
    return sendto(fd, data.data(), data.size(), flags | MSG_NOSIGNAL, reinterpret_cast<struct sockaddr*>(&ss), len);
  }));
}

// recv(bufsize[, flags]) / recvfrom(bufsize[, flags]): magic 0 / 1
Value sockRecv(VM& vm, CallArgs& a) {
  bool from = nativeMagic(a) == 1;
  const char* fn = from ? "recvfrom" : "recv";
  sockSelf(L, a, fn);
  Rooted self(vm, a.thisValue);
  argCount(L, a, fn, 1, 2);
  int64_t size = L.toIndex(a[0]);
  if (size < 0) L.raise(L.t.ValueError, std::string("negative buffersize in ") + fn);
  int flags = a.argc > 1 ? intArg(L, a[1]) : 0;
  std::string buf(size_t(size), '\0');
  struct sockaddr_storage ss;
  socklen_t len = 0;
  ssize_t n = sockCall(vm, self, false, [&](int fd) {
    len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    return from ? recvfrom(fd, buf.data(), buf.size(), flags, reinterpret_cast<struct sockaddr*>(&ss), &len)
                : recv(fd, buf.data(), buf.size(), flags);
  });
  buf.resize(size_t(n));
  Rooted data(vm, newBytes(L, buf));
  if (!from) return data;
  Rooted addr(vm, makeAddr(L, reinterpret_cast<struct sockaddr*>(&ss), len));
  Value items[2] = {data, addr};
  return L.newTuple(items, 2);
}

// recv_into(buffer[, nbytes[, flags]]) / recvfrom_into(...): magic 0 / 1
Value sockRecvInto(VM& vm, CallArgs& a) {
  bool from = nativeMagic(a) == 1;
  const char* fn = from ? "recvfrom_into" : "recv_into";
  RootedKwargs kw(L, fn, {"buffer", "nbytes", "flags"});
  sockSelf(L, a, fn);
  Rooted self(vm, a.thisValue);
  auto get = [&](uint32_t i, const char* name) { return a.argc > i ? a[i] : kw.get(name); };
  Rooted bufv(vm, get(0, "buffer"));
  if (bufv.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(fn) + "() missing required argument 'buffer' (pos 1)");
  Value nb = get(1, "nbytes"), fl = get(2, "flags");
  int64_t nbytes = nb.isMagic(Magic::Empty) ? 0 : L.toIndex(nb);
  int flags = fl.isMagic(Magic::Empty) ? 0 : intArg(L, fl);
  Writable w = writableArg(L, bufv, fn);
  if (nbytes < 0) L.raise(L.t.ValueError, std::string("negative buffersize in ") + fn);
  if (nbytes == 0) nbytes = int64_t(w.len);
  else if (size_t(nbytes) > w.len) L.raise(L.t.ValueError, std::string(from ? "nbytes is greater than the length of the buffer" : "buffer too small for requested bytes"));
  std::string tmp(size_t(nbytes), '\0');
  struct sockaddr_storage ss;
  socklen_t len = 0;
  ssize_t n = sockCall(vm, self, false, [&](int fd) {
    len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    return from ? recvfrom(fd, tmp.data(), tmp.size(), flags, reinterpret_cast<struct sockaddr*>(&ss), &len)
                : recv(fd, tmp.data(), tmp.size(), flags);
  });
  w = writableArg(L, bufv, fn);  // (re-read: nothing ran Python code, but the view is cheap to redo)
  memcpy(w.data->data() + w.off, tmp.data(), std::min(size_t(n), w.len));
  if (!from) return Value::fromInt64(n);
  Rooted addr(vm, makeAddr(L, reinterpret_cast<struct sockaddr*>(&ss), len));
  Value items[2] = {Value::fromInt64(n), addr};
  return L.newTuple(items, 2);
}

Value sockShutdown(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "shutdown");
  argCount(L, a, "shutdown", 1, 1);
  int how = intArg(L, a[0]);
  if (shutdown(int(s->n[kFd]), how) < 0) raiseErrno(L, errno);
  return Value::null();
}

// getsockname() / getpeername(): magic 0 / 1
Value sockName(VM& vm, CallArgs& a) {
  bool peer = nativeMagic(a) == 1;
  NativeState* s = sockSelf(L, a, peer ? "getpeername" : "getsockname");
  argCount(L, a, peer ? "getpeername" : "getsockname", 0, 0);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  socklen_t len = sizeof ss;
  int fd = int(s->n[kFd]);
  int r = peer ? getpeername(fd, reinterpret_cast<struct sockaddr*>(&ss), &len) : getsockname(fd, reinterpret_cast<struct sockaddr*>(&ss), &len);
  if (r < 0) raiseErrno(L, errno);
  return makeAddr(L, reinterpret_cast<struct sockaddr*>(&ss), len);
}

// setsockopt(level, option, int | buffer) or setsockopt(level, option, None, optlen)
Value sockSetsockopt(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "setsockopt");
  if (a.argc != 3 && a.argc != 4) L.raise(L.t.TypeError, "setsockopt() takes exactly 3 or 4 arguments (" + std::to_string(a.argc) + " given)");
  int fd = int(s->n[kFd]);
  int level = intArg(L, a[0]), opt = intArg(L, a[1]);
  int r;
  if (a.argc == 4) {
    if (!a[2].isNull()) L.raise(L.t.TypeError, "setsockopt() argument 3 must be None when 4 arguments are given");
    int64_t optlen = L.toIndex(a[3]);
    r = setsockopt(fd, level, opt, nullptr, socklen_t(optlen));
  } else if (isInteger(a[2]) || a[2].isBool()) {
    int v = intArg(L, a[2]);
    r = setsockopt(fd, level, opt, &v, sizeof v);
  } else {
    std::string data = dataArg(L, a[2]);
    r = setsockopt(fd, level, opt, data.data(), socklen_t(data.size()));
  }
  if (r < 0) raiseErrno(L, errno);
  return Value::null();
}

// getsockopt(level, option[, buflen]): an int, or buflen bytes
Value sockGetsockopt(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "getsockopt");
  argCount(L, a, "getsockopt", 2, 3);
  int fd = int(s->n[kFd]);
  int level = intArg(L, a[0]), opt = intArg(L, a[1]);
  if (a.argc == 2) {
    int v = 0;
    socklen_t len = sizeof v;
    if (getsockopt(fd, level, opt, &v, &len) < 0) raiseErrno(L, errno);
    return Value::integer(v);
  }
  int64_t buflen = L.toIndex(a[2]);
  if (buflen <= 0 || buflen > 1024) L.raise(L.t.OSError, "getsockopt buflen out of range");
  std::string buf(size_t(buflen), '\0');
  socklen_t len = socklen_t(buflen);
  if (getsockopt(fd, level, opt, buf.data(), &len) < 0) raiseErrno(L, errno);
  buf.resize(len);
  return newBytes(L, buf);
}

// sendmsg(buffers[, ancdata[, flags[, address]]]): ancdata is (level, type, data) triples
Value sockSendmsg(VM& vm, CallArgs& a) {
  NativeState* s = sockSelf(L, a, "sendmsg");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "sendmsg", 1, 4);
  int family = int(s->n[kFamily]);
  RootedVector bufs(vm), anc(vm);
  L.collect(a[0], bufs);
  std::vector<std::string> data;
  for (size_t i = 0; i < bufs.size(); i++) data.push_back(dataArg(L, bufs[i]));
  if (a.argc > 1) L.collect(a[1], anc);
  std::string control;
  for (size_t i = 0; i < anc.size(); i++) {
    if (!isTupleV(anc[i]) || tupleItems(anc[i]).size() != 3) L.raise(L.t.TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not " + L.typeName(anc[i]));
    const std::vector<Value>& t = tupleItems(anc[i]);
    int level = intArg(L, t[0]), type = intArg(L, t[1]);
    std::string d = dataArg(L, t[2]);
    std::string item(CMSG_SPACE(d.size()), '\0');
    auto* c = reinterpret_cast<struct cmsghdr*>(item.data());
    c->cmsg_level = level;
    c->cmsg_type = type;
    c->cmsg_len = CMSG_LEN(d.size());
    memcpy(CMSG_DATA(c), d.data(), d.size());
    control += item;
  }
  int flags = a.argc > 2 ? intArg(L, a[2]) : 0;
  struct sockaddr_storage ss;
  socklen_t alen = 0;
  if (a.argc > 3 && !a[3].isNull()) alen = parseAddr(L, family, a[3], ss, "sendmsg");
  std::vector<struct iovec> iov;
  for (auto& d : data) iov.push_back({d.data(), d.size()});
  return Value::fromInt64(sockCall(vm, self, true, [&](int fd) {
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = iov.data();
    m.msg_iovlen = iov.size();
    if (!control.empty()) { m.msg_control = control.data(); m.msg_controllen = control.size(); }
    if (alen) { m.msg_name = &ss; m.msg_namelen = alen; }
    return sendmsg(fd, &m, flags | MSG_NOSIGNAL);
  }));
}

// recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)
Value sockRecvmsg(VM& vm, CallArgs& a) {
  sockSelf(L, a, "recvmsg");
  Rooted self(vm, a.thisValue);
  argCount(L, a, "recvmsg", 1, 3);
  int64_t size = L.toIndex(a[0]);
  if (size < 0) L.raise(L.t.ValueError, "negative buffer size in recvmsg()");
  int64_t ancsize = a.argc > 1 ? L.toIndex(a[1]) : 0;
  if (ancsize < 0) L.raise(L.t.ValueError, "negative buffer size in recvmsg()");
  int flags = a.argc > 2 ? intArg(L, a[2]) : 0;
  std::string buf(size_t(size), '\0');
  std::string control(size_t(ancsize), '\0');
  struct sockaddr_storage ss;
  struct msghdr m;
  ssize_t n = sockCall(vm, self, false, [&](int fd) {
    memset(&m, 0, sizeof m);
    memset(&ss, 0, sizeof ss);
    struct iovec iov = {buf.data(), buf.size()};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_name = &ss;
    m.msg_namelen = sizeof ss;
    if (ancsize) { m.msg_control = control.data(); m.msg_controllen = control.size(); }
    return recvmsg(fd, &m, flags | MSG_CMSG_CLOEXEC);
  });
  buf.resize(size_t(n));
  RootedVector items(vm);
  if (ancsize) {
    for (struct cmsghdr* c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
      size_t dlen = c->cmsg_len - CMSG_LEN(0);
      Rooted d(vm, newBytes(L, std::string(reinterpret_cast<char*>(CMSG_DATA(c)), dlen)));
      Value t[3] = {Value::integer(c->cmsg_level), Value::integer(c->cmsg_type), d};
      items.push(L.newTuple(t, 3));
    }
  }
  Rooted data(vm, newBytes(L, buf));
  Rooted ancl(vm, L.newList(items.data(), items.size()));
  Rooted addr(vm, makeAddr(L, reinterpret_cast<struct sockaddr*>(&ss), m.msg_namelen));
  Value out[4] = {data, ancl, Value::integer(m.msg_flags), addr};
  return L.newTuple(out, 4);
}

// ---- module functions ----

Value mSocketpair(VM& vm, CallArgs& a) {
  argCount(L, a, "socketpair", 0, 3);
  int family = a.argc > 0 && !a[0].isNull() ? intArg(L, a[0]) : AF_UNIX;
  int type = a.argc > 1 && !a[1].isNull() ? intArg(L, a[1]) : SOCK_STREAM;
  int proto = a.argc > 2 && !a[2].isNull() ? intArg(L, a[2]) : 0;
  int sv[2];
  if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) raiseErrno(L, errno);
  PyType* ty = classes[&L].sock;
  Rooted s0(vm, Value::cell(newState(L, ty, kSock, 0, kCount)));
  Rooted s1(vm, Value::cell(newState(L, ty, kSock, 0, kCount)));
  initSock(L, s0, sv[0], family, type, proto);
  initSock(L, s1, sv[1], family, type, proto);
  Value items[2] = {s0, s1};
  return L.newTuple(items, 2);
}

Value mDup(VM& vm, CallArgs& a) {
  argCount(L, a, "dup", 1, 1);
  int fd = fileDescriptorOf(L, a[0]);
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) raiseErrno(L, errno);
  return Value::integer(r);
}

Value mClose(VM& vm, CallArgs& a) {
  argCount(L, a, "close", 1, 1);
  int fd = intArg(L, a[0]);
  if (::close(fd) < 0 && errno != ECONNRESET) raiseErrno(L, errno);
  return Value::null();
}

Value mGetdefaulttimeout(VM&, CallArgs&) { return timeoutValue(gDefaultTimeout); }
Value mSetdefaulttimeout(VM& vm, CallArgs& a) {
  argCount(L, a, "setdefaulttimeout", 1, 1);
  gDefaultTimeout = parseTimeout(L, a[0]);
  return Value::null();
}

Value mGethostname(VM& vm, CallArgs& a) {
  argCount(L, a, "gethostname", 0, 0);
  char buf[1024];
  if (gethostname(buf, sizeof buf - 1) < 0) raiseErrno(L, errno);
  buf[sizeof buf - 1] = 0;
  return L.newStr(buf);
}

Value mSethostname(VM& vm, CallArgs& a) {
  argCount(L, a, "sethostname", 1, 1);
  std::string name = hostArg(L, a[0]);
  if (sethostname(name.data(), name.size()) < 0) raiseErrno(L, errno);
  return Value::null();
}

std::string ipString(const struct sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = "";
  if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &reinterpret_cast<const struct sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
  else if (sa->sa_family == AF_INET6) inet_ntop(AF_INET6, &reinterpret_cast<const struct sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
  return buf;
}

Value mGethostbyname(VM& vm, CallArgs& a) {
  argCount(L, a, "gethostbyname", 1, 1);
  std::string name = hostArg(L, a[0]);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  setIpAddr(L, name, reinterpret_cast<struct sockaddr*>(&ss), sizeof ss, AF_INET);
  return L.newStr(ipString(reinterpret_cast<struct sockaddr*>(&ss)));
}

[[noreturn]] void raiseHerror(PyLanguage& P, int herr) { raiseWith(P, classes[&P].herror, herr, hstrerror(herr)); }

// (name, aliases, addresses) of a hostent
Value hostTuple(PyLanguage& P, struct hostent* h) {
  VM& vm = P.vm;
  RootedVector aliases(vm), addrs(vm);
  for (char** p = h->h_aliases; p && *p; p++) aliases.push(P.newStr(*p));
  for (char** p = h->h_addr_list; p && *p; p++) {
    char buf[INET6_ADDRSTRLEN];
    inet_ntop(h->h_addrtype, *p, buf, sizeof buf);
    addrs.push(P.newStr(buf));
  }
  Rooted name(vm, P.newStr(h->h_name));
  Rooted al(vm, P.newList(aliases.data(), aliases.size()));
  Rooted ad(vm, P.newList(addrs.data(), addrs.size()));
  Value items[3] = {name, al, ad};
  return P.newTuple(items, 3);
}

Value mGethostbynameEx(VM& vm, CallArgs& a) {
  argCount(L, a, "gethostbyname_ex", 1, 1);
  std::string name = hostArg(L, a[0]);
  struct sockaddr_storage ss;  // CPython resolves the name first (gaierror for an unknown one)
  memset(&ss, 0, sizeof ss);
  setIpAddr(L, name, reinterpret_cast<struct sockaddr*>(&ss), sizeof ss, AF_INET);
  struct hostent he, *res = nullptr;
  std::vector<char> buf(16384);
  int herr = 0;
  gethostbyname_r(name.c_str(), &he, buf.data(), buf.size(), &res, &herr);
  if (!res) raiseHerror(L, herr);
  return hostTuple(L, res);
}

Value mGethostbyaddr(VM& vm, CallArgs& a) {
  argCount(L, a, "gethostbyaddr", 1, 1);
  std::string name = hostArg(L, a[0]);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  setIpAddr(L, name, reinterpret_cast<struct sockaddr*>(&ss), sizeof ss, AF_UNSPEC);
  const void* ap;
  socklen_t al;
  int af = ss.ss_family;
  if (af == AF_INET6) { ap = &reinterpret_cast<struct sockaddr_in6*>(&ss)->sin6_addr; al = sizeof(struct in6_addr); }
  else { ap = &reinterpret_cast<struct sockaddr_in*>(&ss)->sin_addr; al = sizeof(struct in_addr); }
  struct hostent he, *res = nullptr;
  std::vector<char> buf(16384);
  int herr = 0;
  gethostbyaddr_r(ap, al, af, &he, buf.data(), buf.size(), &res, &herr);
  if (!res) raiseHerror(L, herr);
  return hostTuple(L, res);
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
Value mGetaddrinfo(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "getaddrinfo", {"host", "port", "family", "type", "proto", "flags"});
  if (a.argc > 6) P.raise(P.t.TypeError, "getaddrinfo() takes at most 6 arguments (" + std::to_string(a.argc) + " given)");
  const char* names[] = {"host", "port", "family", "type", "proto", "flags"};
  Value v[6];
  for (uint32_t i = 0; i < 6; i++) v[i] = i < a.argc ? a[i] : kw.get(names[i]);
  for (int i = 0; i < 2; i++)
    if (v[i].isMagic(Magic::Empty)) P.raise(P.t.TypeError, std::string("getaddrinfo() missing required argument '") + names[i] + "' (pos " + std::to_string(i + 1) + ")");
  std::string host, port;
  bool hasHost = !v[0].isNull(), hasPort = !v[1].isNull();
  if (hasHost) {
    if (!isString(v[0]) && !isBytesLike(v[0])) P.raise(P.t.TypeError, "getaddrinfo() argument 1 must be string or None");
    host = hostArg(P, v[0]);
  }
  if (hasPort) {
    if (isInteger(v[1]) && !v[1].isBool()) port = std::to_string(P.toIndex(v[1]));
    else if (isString(v[1])) port = asString(v[1])->toUtf8();
    else if (isBytesLike(v[1])) port = asBytes(v[1])->data;
    else P.raise(P.t.OSError, "Int or String expected");
  }
  struct addrinfo hints, *res = nullptr;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = v[2].isMagic(Magic::Empty) ? 0 : intArg(P, v[2]);
  hints.ai_socktype = v[3].isMagic(Magic::Empty) ? 0 : intArg(P, v[3]);
  hints.ai_protocol = v[4].isMagic(Magic::Empty) ? 0 : intArg(P, v[4]);
  hints.ai_flags = v[5].isMagic(Magic::Empty) ? 0 : intArg(P, v[5]);
  int e = getaddrinfo(hasHost ? host.c_str() : nullptr, hasPort ? port.c_str() : nullptr, &hints, &res);
  if (e) raiseGai(P, e);
  RootedVector out(vm);
  try {
    for (struct addrinfo* r = res; r; r = r->ai_next) {
      Rooted addr(vm, makeAddr(P, r->ai_addr, r->ai_addrlen));
      Rooted canon(vm, P.newStr(r->ai_canonname ? r->ai_canonname : ""));
      Value items[5] = {Value::integer(r->ai_family), Value::integer(r->ai_socktype), Value::integer(r->ai_protocol), canon, addr};
      out.push(P.newTuple(items, 5));
    }
  } catch (...) {
    freeaddrinfo(res);
    throw;
  }
  freeaddrinfo(res);
  return P.newList(out.data(), out.size());
}

// getnameinfo(sockaddr, flags) -> (host, port)
Value mGetnameinfo(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  argCount(P, a, "getnameinfo", 2, 2);
  if (!isTupleV(a[0])) P.raise(P.t.TypeError, "getnameinfo() argument 1 must be a tuple");
  const std::vector<Value>& t = tupleItems(a[0]);
  if (t.size() < 2 || t.size() > 4) P.raise(P.t.TypeError, "getnameinfo(): illegal sockaddr argument");
  std::string host = hostArg(P, t[0]);
  int port = intArg(P, t[1]);
  int64_t flow = t.size() > 2 ? P.toIndex(t[2]) : 0, scope = t.size() > 3 ? P.toIndex(t[3]) : 0;
  if (flow < 0 || flow > 0xfffff) P.raise(P.t.OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
  int flags = intArg(P, a[1]);
  struct addrinfo hints, *res = nullptr;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST;
  std::string ps = std::to_string(port);
  int e = getaddrinfo(host.c_str(), ps.c_str(), &hints, &res);
  if (e) raiseGai(P, e);
  if (res->ai_next) { freeaddrinfo(res); P.raise(P.t.OSError, "sockaddr resolved to multiple addresses"); }
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  memcpy(&ss, res->ai_addr, res->ai_addrlen);
  socklen_t len = res->ai_addrlen;
  int fam = res->ai_family;
  freeaddrinfo(res);
  if (fam == AF_INET) {
    if (t.size() != 2) P.raise(P.t.OSError, "IPv4 sockaddr must be 2 tuple");
  } else if (fam == AF_INET6) {
    auto* sin6 = reinterpret_cast<struct sockaddr_in6*>(&ss);
    sin6->sin6_flowinfo = htonl(uint32_t(flow));
    sin6->sin6_scope_id = uint32_t(scope);
  }
  char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
  e = getnameinfo(reinterpret_cast<struct sockaddr*>(&ss), len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
  if (e) raiseGai(P, e);
  Rooted h(vm, P.newStr(hbuf)), s(vm, P.newStr(sbuf));
  Value items[2] = {h, s};
  return P.newTuple(items, 2);
}

Value mGetservbyname(VM& vm, CallArgs& a) {
  argCount(L, a, "getservbyname", 1, 2);
  if (!isString(a[0])) L.raise(L.t.TypeError, "getservbyname() argument 1 must be str, not " + L.typeName(a[0]));
  std::string name = asString(a[0])->toUtf8(), proto;
  if (a.argc > 1) proto = asString(a[1])->toUtf8();
  struct servent* sp = getservbyname(name.c_str(), a.argc > 1 ? proto.c_str() : nullptr);
  if (!sp) L.raise(L.t.OSError, "service/proto not found");
  return Value::integer(ntohs(uint16_t(sp->s_port)));
}

Value mGetservbyport(VM& vm, CallArgs& a) {
  argCount(L, a, "getservbyport", 1, 2);
  int port = intArg(L, a[0]);
  if (port < 0 || port > 0xffff) L.raise(L.t.OverflowError, "getservbyport: port must be 0-65535.");
  std::string proto;
  if (a.argc > 1) proto = asString(a[1])->toUtf8();
  struct servent* sp = getservbyport(htons(uint16_t(port)), a.argc > 1 ? proto.c_str() : nullptr);
  if (!sp) L.raise(L.t.OSError, "port/proto not found");
  return L.newStr(sp->s_name);
}

Value mGetprotobyname(VM& vm, CallArgs& a) {
  argCount(L, a, "getprotobyname", 1, 1);
  if (!isString(a[0])) L.raise(L.t.TypeError, "getprotobyname() argument must be str, not " + L.typeName(a[0]));
  struct protoent* pe = getprotobyname(asString(a[0])->toUtf8().c_str());
  if (!pe) L.raise(L.t.OSError, "protocol not found");
  return Value::integer(pe->p_proto);
}

Value mInetAton(VM& vm, CallArgs& a) {
  argCount(L, a, "inet_aton", 1, 1);
  if (!isString(a[0])) L.raise(L.t.TypeError, "inet_aton() argument 1 must be str, not " + L.typeName(a[0]));
  struct in_addr in;
  if (inet_aton(asString(a[0])->toUtf8().c_str(), &in) == 0) L.raise(L.t.OSError, "illegal IP address string passed to inet_aton");
  return newBytes(L, std::string(reinterpret_cast<char*>(&in), 4));
}

Value mInetNtoa(VM& vm, CallArgs& a) {
  argCount(L, a, "inet_ntoa", 1, 1);
  std::string d = dataArg(L, a[0]);
  if (d.size() != 4) L.raise(L.t.OSError, "packed IP wrong length for inet_ntoa");
  char buf[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, d.data(), buf, sizeof buf);
  return L.newStr(buf);
}

Value mInetPton(VM& vm, CallArgs& a) {
  argCount(L, a, "inet_pton", 2, 2);
  int af = intArg(L, a[0]);
  if (!isString(a[1])) L.raise(L.t.TypeError, "inet_pton() argument 2 must be str, not " + L.typeName(a[1]));
  unsigned char buf[sizeof(struct in6_addr)];
  int r = inet_pton(af, asString(a[1])->toUtf8().c_str(), buf);
  if (r < 0) raiseErrno(L, errno);
  if (r == 0) L.raise(L.t.OSError, "illegal IP address string passed to inet_pton");
  return newBytes(L, std::string(reinterpret_cast<char*>(buf), af == AF_INET ? 4 : 16));
}

Value mInetNtop(VM& vm, CallArgs& a) {
  argCount(L, a, "inet_ntop", 2, 2);
  int af = intArg(L, a[0]);
  std::string d = dataArg(L, a[1]);
  char buf[INET6_ADDRSTRLEN];
  if (af == AF_INET) {
    if (d.size() != 4) L.raise(L.t.ValueError, "invalid length of packed IP address string");
  } else if (af == AF_INET6) {
    if (d.size() != 16) L.raise(L.t.ValueError, "invalid length of packed IP address string");
  } else {
    L.raise(L.t.ValueError, "unknown address family " + std::to_string(af));
  }
  if (!inet_ntop(af, d.data(), buf, sizeof buf)) raiseErrno(L, errno);
  return L.newStr(buf);
}

// htons/ntohs (magic 0), htonl/ntohl (magic 1)
Value mHton(VM& vm, CallArgs& a) {
  bool longForm = nativeMagic(a) == 1;
  const char* fn = asString(asNativeFunction(Value::cell(a.callee))->data)->toUtf8() == "htons" ? "htons" : "ntohs";
  argCount(L, a, longForm ? "htonl" : fn, 1, 1);
  if (!isInteger(a[0]) && !a[0].isBool()) L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  Value big = a[0];
  if (!big.isInt()) {  // beyond int64: too large either way
    bool neg = L.cmp3(big, Value::integer(0), CompareOp::Lt) != 0;
    if (longForm) L.raise(L.t.OverflowError, neg ? "can't convert negative value to unsigned int" : "int larger than 32 bits");
    L.raise(L.t.OverflowError, std::string(fn) + (neg ? ": can't convert negative Python int to C 16-bit unsigned integer" : ": Python int too large to convert to C 16-bit unsigned integer"));
  }
  int64_t x = L.toIndex(a[0]);
  if (longForm) {
    if (x < 0) L.raise(L.t.OverflowError, "can't convert negative value to unsigned int");
    if (x > 0xffffffffLL) L.raise(L.t.OverflowError, "int larger than 32 bits");
    return Value::fromInt64(htonl(uint32_t(x)));
  }
  if (x < 0) L.raise(L.t.OverflowError, std::string(fn) + ": can't convert negative Python int to C 16-bit unsigned integer");
  if (x > 0xffff) L.raise(L.t.OverflowError, std::string(fn) + ": Python int too large to convert to C 16-bit unsigned integer");
  return Value::integer(htons(uint16_t(x)));
}

Value mIfNameindex(VM& vm, CallArgs& a) {
  argCount(L, a, "if_nameindex", 0, 0);
  struct if_nameindex* ni = if_nameindex();
  if (!ni) raiseErrno(L, errno);
  RootedVector out(vm);
  for (struct if_nameindex* p = ni; p->if_index; p++) {
    Rooted name(vm, L.newStr(p->if_name));
    Value items[2] = {Value::fromInt64(p->if_index), name};
    out.push(L.newTuple(items, 2));
  }
  if_freenameindex(ni);
  return L.newList(out.data(), out.size());
}

Value mIfNametoindex(VM& vm, CallArgs& a) {
  argCount(L, a, "if_nametoindex", 1, 1);
  std::string n = hostArg(L, a[0]);
  unsigned idx = if_nametoindex(n.c_str());
  if (!idx) L.raise(L.t.OSError, "no interface with this name");
  return Value::fromInt64(idx);
}

Value mIfIndextoname(VM& vm, CallArgs& a) {
  argCount(L, a, "if_indextoname", 1, 1);
  int64_t idx = L.toIndex(a[0]);
  char buf[IF_NAMESIZE + 1];
  if (!if_indextoname(unsigned(idx), buf)) raiseErrno(L, errno);
  return L.newStr(buf);
}

// CMSG_LEN(n) (magic 0), CMSG_SPACE(n) (magic 1)
Value mCmsg(VM& vm, CallArgs& a) {
  bool space = nativeMagic(a) == 1;
  argCount(L, a, space ? "CMSG_SPACE" : "CMSG_LEN", 1, 1);
  int64_t n = L.toIndex(a[0]);
  if (n < 0 || n > INT_MAX / 2) L.raise(L.t.OverflowError, std::string(space ? "CMSG_SPACE" : "CMSG_LEN") + "() argument out of range");
  return Value::fromInt64(space ? CMSG_SPACE(size_t(n)) : CMSG_LEN(size_t(n)));
}

// An OSError subclass of module socket (herror, gaierror), made as type(name, (OSError,), ns).
Value newErrorClass(PyLanguage& P, const char* name) {
  VM& vm = P.vm;
  Value bases = Value::cell(P.t.OSError);
  Rooted rb(vm, P.newTuple(&bases, 1));
  Rooted ns(vm, P.newDict());
  Rooted mod(vm, P.newStr("socket"));
  P.dictSet(asDict(ns), Value::cell(P.s("__module__")), mod);
  Rooted rn(vm, P.newStr(name));
  Value targs[3] = {rn, rb, ns};
  return P.call(Value::cell(P.t.type), targs, 3);
}

}  // namespace

void initSocket(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  SockClasses& c = classes[&P];
  c.sock = newNativeType(P, "socket", "_socket");
  Rooted rt(vm, Value::cell(c.sock));
  m->putDirect(vm, P.s("socket"), rt);
  m->putDirect(vm, P.s("SocketType"), rt);
  struct { const char* n; NativeFn f; int magic; } methods[] = {
      {"__new__", sockNew, 0}, {"__init__", sockInit, 0}, {"__repr__", sockRepr, 0},
      {"fileno", sockFileno, 0}, {"close", sockClose, 0}, {"detach", sockDetach, 0},
      {"settimeout", sockSettimeout, 0}, {"gettimeout", sockGettimeout, 0},
      {"setblocking", sockSetblocking, 0}, {"getblocking", sockGetblocking, 0},
      {"bind", sockBind, 0}, {"listen", sockListen, 0}, {"_accept", sockAccept, 0},
      {"connect", sockConnect, 0}, {"connect_ex", sockConnectEx, 0},
      {"send", sockSend, 0}, {"sendall", sockSend, 1}, {"sendto", sockSendto, 0},
      {"recv", sockRecv, 0}, {"recvfrom", sockRecv, 1}, {"recv_into", sockRecvInto, 0},
      {"recvfrom_into", sockRecvInto, 1}, {"shutdown", sockShutdown, 0},
      {"getsockname", sockName, 0}, {"getpeername", sockName, 1},
      {"setsockopt", sockSetsockopt, 0}, {"getsockopt", sockGetsockopt, 0},
      {"sendmsg", sockSendmsg, 0}, {"recvmsg", sockRecvmsg, 0}};
  for (auto& f : methods) P.defNative(c.sock, f.n, f.f, f.magic);
  const char* attrs[] = {"family", "type", "proto", "timeout"};
  int slots[] = {kFamily, kType, kProto, kTimeout};
  for (int i = 0; i < 4; i++) defGetter(P, c.sock, attrs[i], sockAttr, slots[i]);

  struct { const char* n; NativeFn f; int magic; } fns[] = {
      {"socketpair", mSocketpair, 0}, {"dup", mDup, 0}, {"close", mClose, 0},
      {"getdefaulttimeout", mGetdefaulttimeout, 0}, {"setdefaulttimeout", mSetdefaulttimeout, 0},
      {"gethostname", mGethostname, 0}, {"sethostname", mSethostname, 0},
      {"gethostbyname", mGethostbyname, 0}, {"gethostbyname_ex", mGethostbynameEx, 0},
      {"gethostbyaddr", mGethostbyaddr, 0}, {"getaddrinfo", mGetaddrinfo, 0},
      {"getnameinfo", mGetnameinfo, 0}, {"getservbyname", mGetservbyname, 0},
      {"getservbyport", mGetservbyport, 0}, {"getprotobyname", mGetprotobyname, 0},
      {"inet_aton", mInetAton, 0}, {"inet_ntoa", mInetNtoa, 0}, {"inet_pton", mInetPton, 0},
      {"inet_ntop", mInetNtop, 0}, {"htons", mHton, 0}, {"ntohs", mHton, 0}, {"htonl", mHton, 1},
      {"ntohl", mHton, 1}, {"if_nameindex", mIfNameindex, 0}, {"if_nametoindex", mIfNametoindex, 0},
      {"if_indextoname", mIfIndextoname, 0}, {"CMSG_LEN", mCmsg, 0}, {"CMSG_SPACE", mCmsg, 1}};
  for (auto& f : fns) P.defNative(m, f.n, f.f, f.magic);

  m->putDirect(vm, P.s("error"), Value::cell(P.t.OSError));
  m->putDirect(vm, P.s("timeout"), Value::cell(builtinClass(P, "TimeoutError")));
  Rooted herr(vm, newErrorClass(P, "herror"));
  m->putDirect(vm, P.s("herror"), herr);
  c.herror = herr;
  Rooted gerr(vm, newErrorClass(P, "gaierror"));
  m->putDirect(vm, P.s("gaierror"), gerr);
  c.gaierror = gerr;
  m->putDirect(vm, P.s("has_ipv6"), Value::boolean(true));

#define C(x) {#x, int64_t(x)}
  struct { const char* n; int64_t v; } consts[] = {
      C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_APPLETALK), C(AF_ASH), C(AF_ATMPVC),
      C(AF_ATMSVC), C(AF_AX25), C(AF_BRIDGE), C(AF_CAN), C(AF_ECONET), C(AF_IPX), C(AF_IRDA),
      C(AF_KEY), C(AF_LLC), C(AF_NETBEUI), C(AF_NETLINK), C(AF_NETROM), C(AF_PACKET), C(AF_PPPOX),
      C(AF_RDS), C(AF_ROSE), C(AF_ROUTE), C(AF_SECURITY), C(AF_SNA), C(AF_TIPC), C(AF_ALG),
      C(AF_VSOCK), C(AF_WANPIPE), C(AF_X25), C(AF_QIPCRTR),
      C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET),
      C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
      C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), {"SOL_UDP", 17}, {"SOL_TIPC", 271}, {"SOL_ALG", 279},
      C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE),
      C(SO_DONTROUTE), C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF),
      C(SO_RCVBUF), C(SO_SNDLOWAT), C(SO_RCVLOWAT), C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR),
      C(SO_TYPE), C(SO_PASSCRED), C(SO_PEERCRED), C(SO_PASSSEC), C(SO_PEERSEC), C(SO_BINDTODEVICE),
      C(SO_PRIORITY), C(SO_MARK), C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_INCOMING_CPU),
      C(SCM_RIGHTS), C(SCM_CREDENTIALS), C(SOMAXCONN),
      C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC),
      C(MSG_CTRUNC), C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_CONFIRM),
      C(MSG_ERRQUEUE), C(MSG_MORE), C(MSG_FASTOPEN),
      C(IPPROTO_IP), C(IPPROTO_HOPOPTS), C(IPPROTO_ICMP), C(IPPROTO_IGMP), C(IPPROTO_IPIP),
      C(IPPROTO_TCP), C(IPPROTO_EGP), C(IPPROTO_PUP), C(IPPROTO_UDP), C(IPPROTO_IDP),
      C(IPPROTO_TP), C(IPPROTO_IPV6), C(IPPROTO_ROUTING), C(IPPROTO_FRAGMENT), C(IPPROTO_RSVP),
      C(IPPROTO_GRE), C(IPPROTO_ESP), C(IPPROTO_AH), C(IPPROTO_ICMPV6), C(IPPROTO_NONE),
      C(IPPROTO_DSTOPTS), C(IPPROTO_PIM), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE), C(IPPROTO_MPTCP),
      C(IPPROTO_RAW), {"IPPORT_RESERVED", 1024}, {"IPPORT_USERRESERVED", 5000},
      C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
      C(INADDR_UNSPEC_GROUP), C(INADDR_ALLHOSTS_GROUP), C(INADDR_MAX_LOCAL_GROUP),
      C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVOPTS), C(IP_RECVRETOPTS),
      C(IP_RETOPTS), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP),
      C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IP_DEFAULT_MULTICAST_TTL),
      C(IP_DEFAULT_MULTICAST_LOOP), C(IP_MAX_MEMBERSHIPS), C(IP_TRANSPARENT), C(IP_RECVTOS),
      C(IP_PKTINFO), C(IP_BIND_ADDRESS_NO_PORT),
      C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_IF),
      C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS), C(IPV6_V6ONLY), C(IPV6_CHECKSUM),
      C(IPV6_DONTFRAG), C(IPV6_DSTOPTS), C(IPV6_HOPLIMIT), C(IPV6_HOPOPTS), C(IPV6_NEXTHOP),
      C(IPV6_PATHMTU), C(IPV6_PKTINFO), C(IPV6_RECVDSTOPTS), C(IPV6_RECVHOPLIMIT),
      C(IPV6_RECVHOPOPTS), C(IPV6_RECVPKTINFO), C(IPV6_RECVRTHDR), C(IPV6_RECVTCLASS),
      C(IPV6_RTHDR), C(IPV6_RTHDRDSTOPTS), C(IPV6_RTHDR_TYPE_0), C(IPV6_RECVPATHMTU),
      C(IPV6_TCLASS),
      C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
      C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP), C(TCP_INFO),
      C(TCP_QUICKACK), C(TCP_FASTOPEN), C(TCP_CONGESTION), C(TCP_USER_TIMEOUT),
      C(TCP_NOTSENT_LOWAT),
      C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED),
      C(AI_ALL), C(AI_ADDRCONFIG),
      C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM),
      C(NI_MAXHOST), C(NI_MAXSERV),
      C(EAI_BADFLAGS), C(EAI_NONAME), C(EAI_AGAIN), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_SOCKTYPE),
      C(EAI_SERVICE), C(EAI_MEMORY), C(EAI_SYSTEM), C(EAI_OVERFLOW), C(EAI_NODATA),
      C(EAI_ADDRFAMILY),
      C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR)};
#undef C
  for (auto& k : consts) m->putDirect(vm, P.s(k.n), Value::fromInt64(k.v));
}

}  // namespace dualvm::py
