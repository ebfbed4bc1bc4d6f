// runtime/js/date_builtins.cpp — Date: construction (now, ms, components in local time, strings
// through Date.parse, another Date), Date.now/parse/UTC, the local and UTC getters and setters,
// toISOString/toJSON, toString/toDateString/toTimeString in node's format
// ("Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)"), toUTCString, the basic en-US
// toLocale*String forms and Symbol.toPrimitive. Local time comes from the machine's TZ
// (date_math.h).
#include <chrono>
#include <cmath>
#include <cstdio>
#include "runtime/js/date_math.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

using namespace date;

static const char* kDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char* kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static double nowMs() {
  using namespace std::chrono;
  return double(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

static double thisTime(VM& vm, Value v, const char* method) {
  if (!hasClassTag(v, ClassTag::Date)) throwTypeError(vm, "this is not a Date object.");
  (void)method;
  return static_cast<InternalObject*>(v.asCell())->internal[0].toDouble();
}

static void setThisTime(Value v, double t) {
  static_cast<InternalObject*>(v.asCell())->internal[0] = Value::number(t);
}

static double localTime(double t) { return t + localOffsetMs(t); }

// Fields of a time value: year, month, date, hours, minutes, seconds, ms, weekday.
struct Fields { double year, month, date, hours, minutes, seconds, ms, weekday; };
static Fields fieldsOf(double t) {
  Civil c = civilFromDays(int64_t(day(t)));
  double tw = timeWithinDay(t);
  return Fields{double(c.year), double(c.month), double(c.day), std::floor(tw / 3600000.0),
                std::fmod(std::floor(tw / 60000.0), 60), std::fmod(std::floor(tw / 1000.0), 60),
                std::fmod(tw, 1000), double(weekDay(t))};
}

static std::string pad(double v, int width) {
  char buf[32];
  snprintf(buf, sizeof buf, "%0*lld", width, (long long)v);
  return buf;
}

static std::string yearString(double y) {
  if (y < 0) return "-" + pad(-y, 6);
  return pad(y, 4);
}

static std::string offsetString(double offsetMs, bool colon) {
  double mins = offsetMs / 60000.0;
  char sign = mins < 0 ? '-' : '+';
  mins = std::fabs(mins);
  return std::string(1, sign) + pad(std::floor(mins / 60), 2) + (colon ? ":" : "") + pad(std::fmod(mins, 60), 2);
}

static std::string dateString(double t) {
  Fields f = fieldsOf(localTime(t));
  return std::string(kDayNames[int(f.weekday)]) + " " + kMonthNames[int(f.month)] + " " + pad(f.date, 2) + " " +
         yearString(f.year);
}

static std::string timeString(double t) {
  Fields f = fieldsOf(localTime(t));
  return pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + " GMT" +
         offsetString(localOffsetMs(t), false) + " (" + zoneName(t) + ")";
}

std::string dateToDisplayString(double t) {
  if (std::isnan(t)) return "Invalid Date";
  return dateString(t) + " " + timeString(t);
}

static std::string isoString(double t) {
  Fields f = fieldsOf(t);
  std::string y = (f.year >= 0 && f.year <= 9999) ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(std::fabs(f.year), 6);
  return y + "-" + pad(f.month + 1, 2) + "-" + pad(f.date, 2) + "T" + pad(f.hours, 2) + ":" + pad(f.minutes, 2) +
         ":" + pad(f.seconds, 2) + "." + pad(f.ms, 3) + "Z";
}

static Value makeDateObject(VM& vm, Object* proto, double t) {
  InternalObject* o = newInternalObject(vm, ClassTag::Date, proto, 1);
  o->internal[0] = Value::number(timeClip(t));
  return Value::cell(o);
}

// Components (year, month[, day, h, m, s, ms]) -> time value before UTC adjustment.
static double fromComponents(VM& vm, CallArgs& args) {
  double nums[7] = {NAN, 0, 1, 0, 0, 0, 0};
  for (uint32_t i = 0; i < 7 && i < args.argc; i++) nums[i] = toNumber(vm, args[i]);
  double y = nums[0];
  if (!std::isnan(y)) {
    double yi = std::trunc(y);
    if (yi >= 0 && yi <= 99) y = 1900 + yi;
  }
  return makeDate(makeDay(y, nums[1], nums[2]), makeTime(nums[3], nums[4], nums[5], nums[6]));
}

static Value dateConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!args.isConstructCall()) return makeStringUtf8(vm, dateToDisplayString(nowMs()));
  Object* proto = prototypeFromConstructor(vm, args.newTarget, r.datePrototype);
  Rooted rp(vm, Value::cell(proto));
  double t;
  if (args.argc == 0) {
    t = nowMs();
  } else if (args.argc == 1) {
    Value v = args[0];
    if (hasClassTag(v, ClassTag::Date)) {
      t = static_cast<InternalObject*>(v.asCell())->internal[0].toDouble();
    } else {
      Rooted prim(vm, toPrimitive(vm, v));
      if (isString(prim)) t = parse(asString(prim)->toUtf8());
      else t = toNumber(vm, prim);
    }
  } else {
    t = utcFromLocal(fromComponents(vm, args));
  }
  return makeDateObject(vm, proto, t);
}

static Value dateNow(VM&, CallArgs&) { return Value::number(nowMs()); }

static Value dateParse(VM& vm, CallArgs& args) {
  return Value::fromDoubleNormalized(parse(toStdString(vm, args[0])));
}

static Value dateUTC(VM& vm, CallArgs& args) {
  return Value::fromDoubleNormalized(timeClip(fromComponents(vm, args)));
}

// Getters: magic = field (0 year, 1 month, 2 date, 3 day, 4 hours, 5 minutes, 6 seconds, 7 ms)
// + 8 when UTC; 16 = getTime/valueOf, 17 = getTimezoneOffset, 18 = getYear.
static Value dateGetter(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  double t = thisTime(vm, args.thisValue, "get");
  if (std::isnan(t)) return Value::number(NAN);
  if (magic == 16) return Value::fromDoubleNormalized(t);
  if (magic == 17) return Value::fromDoubleNormalized((t - localTime(t)) / 60000.0);
  bool utc = magic >= 8 && magic < 16;
  Fields f = fieldsOf(utc ? t : localTime(t));
  double v;
  switch (magic == 18 ? 18 : magic & 7) {
    case 0: v = f.year; break;
    case 1: v = f.month; break;
    case 2: v = f.date; break;
    case 3: v = f.weekday; break;
    case 4: v = f.hours; break;
    case 5: v = f.minutes; break;
    case 6: v = f.seconds; break;
    case 7: v = f.ms; break;
    default: v = f.year - 1900; break;
  }
  return Value::fromDoubleNormalized(v);
}

// Setters: magic = field (0 FullYear, 1 Month, 2 Date, 4 Hours, 5 Minutes, 6 Seconds,
// 7 Milliseconds) + 8 when UTC; 16 = setTime.
static Value dateSetter(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  double t = thisTime(vm, args.thisValue, "set");
  if (magic == 16) {
    double nt = timeClip(toNumber(vm, args[0]));
    setThisTime(args.thisValue, nt);
    return Value::fromDoubleNormalized(nt);
  }
  bool utc = magic >= 8;
  int field = magic & 7;
  double nums[4];
  for (uint32_t i = 0; i < 4; i++) nums[i] = i < args.argc ? toNumber(vm, args[i]) : NAN;
  if (std::isnan(t) && field != 0) return Value::number(NAN);
  double base = std::isnan(t) ? 0 : (utc ? t : localTime(t));
  Fields f = fieldsOf(base);
  auto arg = [&](uint32_t i, double fallback) { return i < args.argc ? nums[i] : fallback; };
  double year = f.year, month = f.month, date = f.date, h = f.hours, m = f.minutes, s = f.seconds, ms = f.ms;
  switch (field) {
    case 0: year = nums[0]; month = arg(1, month); date = arg(2, date); break;
    case 1: month = nums[0]; date = arg(1, date); break;
    case 2: date = nums[0]; break;
    case 4: h = nums[0]; m = arg(1, m); s = arg(2, s); ms = arg(3, ms); break;
    case 5: m = nums[0]; s = arg(1, s); ms = arg(2, ms); break;
    case 6: s = nums[0]; ms = arg(1, ms); break;
    case 7: ms = nums[0]; break;
  }
  double nt = makeDate(makeDay(year, month, date), makeTime(h, m, s, ms));
  if (!utc) nt = utcFromLocal(nt);
  nt = timeClip(nt);
  setThisTime(args.thisValue, nt);
  return Value::fromDoubleNormalized(nt);
}

// String forms: magic 0 toString, 1 toDateString, 2 toTimeString, 3 toISOString, 4 toUTCString,
// 5 toLocaleDateString, 6 toLocaleTimeString, 7 toLocaleString.
static Value dateToStringForm(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  double t = thisTime(vm, args.thisValue, "toString");
  if (std::isnan(t)) {
    if (magic == 3) throwRangeError(vm, "Invalid time value");
    return makeStringUtf8(vm, "Invalid Date");
  }
  std::string out;
  switch (magic) {
    case 0: out = dateToDisplayString(t); break;
    case 1: out = dateString(t); break;
    case 2: out = timeString(t); break;
    case 3: out = isoString(t); break;
    case 4: {
      Fields f = fieldsOf(t);
      out = std::string(kDayNames[int(f.weekday)]) + ", " + pad(f.date, 2) + " " + kMonthNames[int(f.month)] + " " +
            yearString(f.year) + " " + pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + " GMT";
      break;
    }
    default: {
      // en-US: "3/5/2024", "10:00:00 AM", "3/5/2024, 10:00:00 AM"; a timeZone: 'UTC' option is honoured.
      bool utc = false;
      if (isObject(args[1])) {
        Value tz = getProperty(vm, args[1], vm.intern("timeZone"));
        if (isString(tz)) {
          std::string z = asString(tz)->toUtf8();
          utc = z == "UTC" || z == "Etc/UTC" || z == "GMT";
        }
      }
      Fields f = fieldsOf(utc ? t : localTime(t));
      std::string d = std::to_string(int(f.month) + 1) + "/" + std::to_string(int(f.date)) + "/" +
                      std::to_string((long long)f.year);
      int h12 = int(f.hours) % 12;
      if (h12 == 0) h12 = 12;
      std::string tm = std::to_string(h12) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) +
                       (f.hours < 12 ? " AM" : " PM");
      out = magic == 5 ? d : magic == 6 ? tm : d + ", " + tm;
    }
  }
  return makeStringUtf8(vm, out);
}

static Value dateToJSON(VM& vm, CallArgs& args) {
  Rooted o(vm, Value::cell(toObject(vm, args.thisValue)));
  Value tv = toPrimitive(vm, o, PreferredType::Number);
  if (tv.isNumber() && !std::isfinite(tv.toDouble())) return Value::null();
  return invoke(vm, o, vm.intern("toISOString"));
}

static Value dateToPrimitive(VM& vm, CallArgs& args) {
  if (!isObject(args.thisValue)) throwTypeError(vm, "Date.prototype [ @@toPrimitive ] called on non-object");
  std::string hint = isString(args[0]) ? asString(args[0])->toUtf8() : "";
  JsRealm& r = jsRealm(vm);
  PropertyKey order[2];
  if (hint == "string" || hint == "default") { order[0] = r.names.toString; order[1] = r.names.valueOf; }
  else if (hint == "number") { order[0] = r.names.valueOf; order[1] = r.names.toString; }
  else throwTypeError(vm, "Invalid hint: " + (isString(args[0]) ? hint : describeForError(vm, args[0])));
  for (PropertyKey k : order) {
    Rooted m(vm, getProperty(vm, args.thisValue, k));
    if (isCallable(m)) {
      Value v = call(vm, m, args.thisValue);
      if (!isObject(v)) return v;
    }
  }
  throwTypeError(vm, "Cannot convert object to primitive value");
}

void installDateBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  r.datePrototype = newPlainObject(vm, r.objectPrototype);
  Object* proto = r.datePrototype;
  NativeFunction* ctor = defineConstructor(vm, "Date", dateConstructor, 7, proto);
  defineNativeMethod(vm, ctor, "now", dateNow, 0);
  defineNativeMethod(vm, ctor, "parse", dateParse, 1);
  defineNativeMethod(vm, ctor, "UTC", dateUTC, 7);

  static const char* fields[] = {"FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"};
  for (int i = 0; i < 8; i++) {
    defineNativeMethod(vm, proto, std::string("get") + fields[i], dateGetter, 0, i);
    defineNativeMethod(vm, proto, std::string("getUTC") + fields[i], dateGetter, 0, i + 8);
    if (i == 3) continue;
    static const uint32_t lengths[] = {3, 2, 1, 0, 4, 3, 2, 1};
    defineNativeMethod(vm, proto, std::string("set") + fields[i], dateSetter, lengths[i], i);
    defineNativeMethod(vm, proto, std::string("setUTC") + fields[i], dateSetter, lengths[i], i + 8);
  }
  defineNativeMethod(vm, proto, "getTime", dateGetter, 0, 16);
  defineNativeMethod(vm, proto, "valueOf", dateGetter, 0, 16);
  defineNativeMethod(vm, proto, "getTimezoneOffset", dateGetter, 0, 17);
  defineNativeMethod(vm, proto, "getYear", dateGetter, 0, 18);
  defineNativeMethod(vm, proto, "setTime", dateSetter, 1, 16);
  static const char* forms[] = {"toString", "toDateString", "toTimeString", "toISOString", "toUTCString",
                                "toLocaleDateString", "toLocaleTimeString", "toLocaleString"};
  for (int i = 0; i < 8; i++) defineNativeMethod(vm, proto, forms[i], dateToStringForm, 0, i);
  defineValue(vm, proto, "toGMTString", getProperty(vm, Value::cell(proto), vm.intern("toUTCString")));
  defineNativeMethod(vm, proto, "toJSON", dateToJSON, 1);
  NativeFunction* tp = newNativeFunction(vm, dateToPrimitive, "[Symbol.toPrimitive]", 1);
  defineValue(vm, proto, r.symbols.toPrimitive, Value::cell(tp), kConfigurable);
}

}  // namespace dualvm::js
