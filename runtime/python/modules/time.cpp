// runtime/python/modules/time.cpp — the native `time` module (CPython's Modules/timemodule.c):
// the clocks (time, time_ns, perf_counter[_ns], monotonic[_ns], process_time[_ns], thread_time),
// sleep, struct_time (a tuple subclass with tm_* attributes, as CPython's structseq), gmtime,
// localtime, mktime, strftime, asctime, ctime, and the timezone constants.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

std::unordered_map<PyLanguage*, PyType*> structTimeTypes;
const char* kFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

int64_t nowNs(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
clockid_t clockOf(int m) {
  switch (m) {
    case 0: return CLOCK_REALTIME;
    case 1: return CLOCK_MONOTONIC;
    case 2: return CLOCK_PROCESS_CPUTIME_ID;
    default: return CLOCK_THREAD_CPUTIME_ID;
  }
}
Value clockSeconds(VM&, CallArgs& a) {
  struct timespec ts;
  clock_gettime(clockOf(nativeMagic(a)), &ts);
  return Value::number(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}
Value clockNs(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, nowNs(clockOf(nativeMagic(a)))); }

Value sleepFn(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "time.sleep() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (!isInteger(a[0]) && !a[0].isBool() && !a[0].isDouble())
    L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  double secs = L.toFloat(a[0]);
  if (secs != secs) L.raise(L.t.ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) L.raise(L.t.ValueError, "sleep length must be non-negative");
  struct timespec ts;
  ts.tv_sec = time_t(secs);
  ts.tv_nsec = long((secs - double(ts.tv_sec)) * 1e9);
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {}
  return Value::null();
}

// struct_time: a tuple of the 9 visible fields; tm_zone and tm_gmtoff are attributes.
Value makeStructTime(VM& vm, const struct tm& t) {
  Value f[9] = {Value::integer(t.tm_year + 1900), Value::integer(t.tm_mon + 1), Value::integer(t.tm_mday),
                Value::integer(t.tm_hour), Value::integer(t.tm_min), Value::integer(t.tm_sec),
                Value::integer((t.tm_wday + 6) % 7), Value::integer(t.tm_yday + 1), Value::integer(t.tm_isdst)};
  Rooted tup(vm, L.newTuple(f, 9));
  asObject(tup)->setProto(structTimeTypes[&L]);
  Rooted zone(vm, t.tm_zone ? L.newStr(t.tm_zone) : Value::null());
  asObject(tup)->putDirect(vm, L.s("tm_zone"), zone);
  asObject(tup)->putDirect(vm, L.s("tm_gmtoff"), bigint::fromInt64(vm.heap, t.tm_gmtoff));
  return tup;
}

Value structTimeNew(VM& vm, CallArgs& a) {
  L.kwNames.clear(); L.kwValues.clear();
  if (a.argc < 2) L.raise(L.t.TypeError, "time.struct_time() missing required argument 'sequence' (pos 1)");
  RootedVector items(vm);
  L.collect(a[1], items);
  if (items.size() < 9) L.raise(L.t.TypeError, "time.struct_time() takes an at least 9-sequence (" + std::to_string(items.size()) + "-sequence given)");
  if (items.size() > 11) L.raise(L.t.TypeError, "time.struct_time() takes an at most 11-sequence (" + std::to_string(items.size()) + "-sequence given)");
  Rooted tup(vm, L.newTuple(items.data(), 9));
  asObject(tup)->setProto(asType(a[0]));
  asObject(tup)->putDirect(vm, L.s("tm_zone"), items.size() > 9 ? items[9] : Value::null());
  asObject(tup)->putDirect(vm, L.s("tm_gmtoff"), items.size() > 10 ? items[10] : Value::null());
  return tup;
}

Value structTimeField(VM& vm, CallArgs& a) {
  takeSelf(a);
  int i = nativeMagic(a);
  Value self = a.thisValue;
  if (i < 9) return asArray(self)->elements[size_t(i)];
  uint32_t slot = asObject(self)->findOwn(L.s(kFields[i]));
  return slot == Shape::kNotFound ? Value::null() : asObject(self)->slot(slot);
}

Value structTimeRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  std::string r = "time.struct_time(";
  for (size_t i = 0; i < 9; i++) {
    if (i) r += ", ";
    r += std::string(kFields[i]) + "=" + L.repr(asArray(self)->elements[i]);
  }
  return L.newStr(r + ")");
}

// A struct tm from a struct_time or any 9-sequence (CPython's gettmarg, with its range checks).
struct tm tmFromValue(VM& vm, Value v, const char* fn) {
  RootedVector items(vm);
  if (!isArray(v) || asObject(v)->classTag() != kTagTuple) L.raise(L.t.TypeError, std::string("Tuple or struct_time argument required"));
  L.collect(v, items);
  if (items.size() != 9) L.raise(L.t.TypeError, std::string(fn) + "(): illegal time tuple argument");
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    if (!isInteger(items[i]) && !items[i].isBool()) L.raise(L.t.TypeError, "'" + L.typeName(items[i]) + "' object cannot be interpreted as an integer");
    f[i] = L.toIndex(items[i]);
  }
  struct tm t = {};
  t.tm_year = int(f[0] - 1900);
  t.tm_mon = int(f[1] - 1);
  t.tm_mday = int(f[2]);
  t.tm_hour = int(f[3]);
  t.tm_min = int(f[4]);
  t.tm_sec = int(f[5]);
  t.tm_wday = int((f[6] + 1) % 7);
  t.tm_yday = int(f[7] - 1);
  t.tm_isdst = int(f[8]);
  if (isObject(v) && asObject(v)->proto() == structTimeTypes[&L]) {
    uint32_t z = asObject(v)->findOwn(L.s("tm_gmtoff"));
    if (z != Shape::kNotFound && isInteger(asObject(v)->slot(z))) t.tm_gmtoff = long(L.toIndex(asObject(v)->slot(z)));
  }
  return t;
}
// CPython's checktm for strftime/asctime: normalise 0 fields and check ranges.
void checkTm(VM& vm, struct tm& t) {
  if (t.tm_mon == -1) t.tm_mon = 0;
  else if (t.tm_mon < 0 || t.tm_mon > 11) L.raise(L.t.ValueError, "month out of range");
  if (t.tm_mday == 0) t.tm_mday = 1;
  else if (t.tm_mday < 0 || t.tm_mday > 31) L.raise(L.t.ValueError, "day of month out of range");
  if (t.tm_hour < 0 || t.tm_hour > 23) L.raise(L.t.ValueError, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) L.raise(L.t.ValueError, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) L.raise(L.t.ValueError, "seconds out of range");
  if (t.tm_wday < 0) L.raise(L.t.ValueError, "day of week out of range");
  if (t.tm_yday == -1) t.tm_yday = 0;
  else if (t.tm_yday < 0 || t.tm_yday > 365) L.raise(L.t.ValueError, "day of year out of range");
}

time_t secondsArg(VM& vm, CallArgs& a) {
  if (a.argc == 0 || a[0].isNull()) return time(nullptr);
  Value v = a[0];
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d != d) L.raise(L.t.ValueError, "Invalid value NaN (not a number)");
    d = std::floor(d);
    if (d < -9.2e18 || d > 9.2e18) L.raise(L.t.OverflowError, "timestamp out of range for platform time_t");
    return time_t(d);
  }
  if (!isInteger(v) && !v.isBool()) L.raise(L.t.TypeError, "'" + L.typeName(v) + "' object cannot be interpreted as an integer");
  int64_t s;
  if (!bigint::fitsInt64(L.toInt(v), &s)) L.raise(L.t.OverflowError, "timestamp out of range for platform time_t");
  return time_t(s);
}

Value gmtimeFn(VM& vm, CallArgs& a) {
  time_t s = secondsArg(vm, a);
  struct tm t;
  bool local = nativeMagic(a) == 1;
  if (!(local ? localtime_r(&s, &t) : gmtime_r(&s, &t))) L.raise(L.t.OverflowError, "timestamp out of range for platform time_t");
  return makeStructTime(vm, t);
}

Value mktimeFn(VM& vm, CallArgs& a) {
  struct tm t = tmFromValue(vm, a[0], "mktime");
  t.tm_wday = -1;  // sentinel: mktime sets it on success
  time_t r = mktime(&t);
  if (r == time_t(-1) && t.tm_wday == -1) L.raise(L.t.OverflowError, "mktime argument out of range");
  return Value::number(double(r));
}

struct tm tmArgOrNow(VM& vm, CallArgs& a, uint32_t i, const char* fn) {
  if (a.argc > i) {
    struct tm t = tmFromValue(vm, a[i], fn);
    checkTm(vm, t);
    return t;
  }
  time_t now = time(nullptr);
  struct tm t;
  localtime_r(&now, &t);
  return t;
}

Value strftimeFn(VM& vm, CallArgs& a) {
  if (a.argc < 1 || !isString(a[0])) L.raise(L.t.TypeError, "strftime() argument 1 must be str, not " + (a.argc ? L.typeName(a[0]) : std::string("nothing")));
  std::string fmt = asString(a[0])->toUtf8();
  struct tm t = tmArgOrNow(vm, a, 1, "strftime");
  if (fmt.empty()) return L.newStr("");
  std::vector<char> buf(256 + fmt.size() * 8);
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &t);
    if (n > 0 || buf.size() > 256 * fmt.size() + 4096) return L.newStr(std::string(buf.data(), n));
    buf.resize(buf.size() * 4);
  }
}

std::string asctimeText(const struct tm& t) {
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char b[64];
  snprintf(b, sizeof b, "%s %s%3d %.2d:%.2d:%.2d %d", days[t.tm_wday % 7], months[t.tm_mon % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return b;
}
Value asctimeFn(VM& vm, CallArgs& a) { return L.newStr(asctimeText(tmArgOrNow(vm, a, 0, "asctime"))); }
Value ctimeFn(VM& vm, CallArgs& a) {
  time_t s = secondsArg(vm, a);
  struct tm t;
  if (!localtime_r(&s, &t)) L.raise(L.t.OverflowError, "timestamp out of range for platform time_t");
  return L.newStr(asctimeText(t));
}

}  // namespace

void initTime(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  const char* secs[] = {"time", "monotonic", "process_time", "thread_time"};
  const char* ns[] = {"time_ns", "monotonic_ns", "process_time_ns", "thread_time_ns"};
  for (int i = 0; i < 4; i++) { P.defNative(m, secs[i], clockSeconds, i); P.defNative(m, ns[i], clockNs, i); }
  P.defNative(m, "perf_counter", clockSeconds, 1);
  P.defNative(m, "perf_counter_ns", clockNs, 1);
  P.defNative(m, "sleep", sleepFn);
  P.defNative(m, "gmtime", gmtimeFn, 0);
  P.defNative(m, "localtime", gmtimeFn, 1);
  P.defNative(m, "mktime", mktimeFn);
  P.defNative(m, "strftime", strftimeFn);
  P.defNative(m, "asctime", asctimeFn);
  P.defNative(m, "ctime", ctimeFn);
  PyType* st = newNativeType(P, "struct_time", "time", P.t.tuple);
  structTimeTypes[&P] = st;
  P.defNative(st, "__new__", structTimeNew);
  P.defNative(st, "__repr__", structTimeRepr);
  for (int i = 0; i < 11; i++) {
    defGetter(P, st, kFields[i], structTimeField);
    asNativeFunction(asBox(st->slot(st->findOwn(P.s(kFields[i]))))->a)->magic = i;
  }
  st->putDirect(vm, P.s("n_fields"), Value::integer(11));
  st->putDirect(vm, P.s("n_sequence_fields"), Value::integer(9));
  m->putDirect(vm, P.s("struct_time"), Value::cell(st));
  tzset();
  m->putDirect(vm, P.s("timezone"), bigint::fromInt64(vm.heap, timezone));
  m->putDirect(vm, P.s("altzone"), bigint::fromInt64(vm.heap, timezone - 3600));
  m->putDirect(vm, P.s("daylight"), Value::integer(daylight));
  Value names[2] = {P.newStr(tzname[0]), Value::null()};
  Rooted n0(vm, names[0]);
  names[1] = P.newStr(tzname[1]);
  names[0] = n0;
  Rooted tz(vm, P.newTuple(names, 2));
  m->putDirect(vm, P.s("tzname"), tz);
}

}  // namespace dualvm::py
