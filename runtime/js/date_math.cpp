// runtime/js/date_math.cpp — pure date arithmetic and Date.parse formats (see date_math.h).
#include "runtime/js/date_math.h"
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <vector>

namespace dualvm::js::date {

double day(double t) { return std::floor(t / kMsPerDay); }

double timeWithinDay(double t) {
  double r = std::fmod(t, kMsPerDay);
  return r < 0 ? r + kMsPerDay : r;
}

// Howard Hinnant's days_from_civil, on doubles for the spec's huge ranges.
double daysFromCivil(double y, double m, double d) {
  // m is 0-based here.
  double mm = m + 1;
  y -= mm <= 2 ? 1 : 0;
  double era = std::floor(y / 400);
  double yoe = y - era * 400;
  double mp = std::fmod(mm + 9, 12);
  double doy = std::floor((153 * mp + 2) / 5) + d - 1;
  double doe = yoe * 365 + std::floor(yoe / 4) - std::floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

Civil civilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Civil{y + (m <= 2 ? 1 : 0), int(m - 1), int(d)};
}

int weekDay(double t) {
  double r = std::fmod(day(t) + 4, 7);
  return int(r < 0 ? r + 7 : r);
}

double makeTime(double h, double m, double s, double ms) {
  if (!std::isfinite(h) || !std::isfinite(m) || !std::isfinite(s) || !std::isfinite(ms)) return NAN;
  return std::trunc(h) * 3600000.0 + std::trunc(m) * 60000.0 + std::trunc(s) * 1000.0 + std::trunc(ms);
}

double makeDay(double year, double month, double date) {
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return NAN;
  double y = std::trunc(year), m = std::trunc(month), dt = std::trunc(date);
  double ym = y + std::floor(m / 12);
  if (std::fabs(ym) > 400000) return NAN;
  double mn = std::fmod(m, 12);
  if (mn < 0) mn += 12;
  return daysFromCivil(ym, mn, 1) + dt - 1;
}

double makeDate(double d, double time) {
  if (!std::isfinite(d) || !std::isfinite(time)) return NAN;
  double tv = d * kMsPerDay + time;
  return std::isfinite(tv) ? tv : NAN;
}

double timeClip(double t) {
  if (!std::isfinite(t) || std::fabs(t) > 8.64e15) return NAN;
  return std::trunc(t) + 0.0;
}

double localOffsetMs(double utcMs) {
  if (!std::isfinite(utcMs)) return 0;
  // localtime_r covers years representable in time_t; clamp far dates into a 400-year cycle.
  double t = std::floor(utcMs / 1000);
  const double kCycle = 146097.0 * 86400.0;
  while (t > 4e10) t -= kCycle;
  while (t < -4e10) t += kCycle;
  time_t tt = time_t(t);
  struct tm lt;
  if (!localtime_r(&tt, &lt)) return 0;
  return double(lt.tm_gmtoff) * 1000.0;
}

double utcFromLocal(double localMs) {
  double guess = localMs - localOffsetMs(localMs);
  return localMs - localOffsetMs(guess);
}

std::string zoneName(double utcMs) {
  icu::TimeZone* tz = icu::TimeZone::createDefault();
  UErrorCode err = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  tz->getOffset(utcMs, false, raw, dst, err);
  icu::UnicodeString name;
  tz->getDisplayName(dst != 0, icu::TimeZone::LONG, icu::Locale("en", "US"), name);
  delete tz;
  std::string out;
  name.toUTF8String(out);
  return out;
}

// ---- parsing ----

namespace {

struct Cursor {
  const std::string& s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return i < s.size() ? s[i] : '\0'; }
  bool eat(char c) { if (peek() == c) { i++; return true; } return false; }
  // Exactly n digits.
  bool digits(int n, int* out) {
    int v = 0;
    for (int k = 0; k < n; k++) {
      if (i >= s.size() || !std::isdigit(uint8_t(s[i]))) return false;
      v = v * 10 + (s[i++] - '0');
    }
    *out = v;
    return true;
  }
  int anyDigits(int* count) {
    int v = 0;
    *count = 0;
    while (i < s.size() && std::isdigit(uint8_t(s[i]))) { v = v * 10 + (s[i++] - '0'); (*count)++; }
    return v;
  }
  void skipSpaces() { while (i < s.size() && (s[i] == ' ' || s[i] == ',')) i++; }
};

double parseIso(const std::string& s) {
  Cursor c{s};
  int sign = 1, year = 0;
  if (c.peek() == '+' || c.peek() == '-') {
    sign = c.peek() == '-' ? -1 : 1;
    c.i++;
    if (!c.digits(6, &year)) return NAN;
    if (sign == -1 && year == 0) return NAN;
  } else if (!c.digits(4, &year)) {
    return NAN;
  }
  int month = 1, dayOfMonth = 1, h = 0, m = 0, sec = 0, ms = 0;
  bool hasTime = false, hasZone = false;
  double offsetMs = 0;
  if (c.eat('-')) {
    if (!c.digits(2, &month)) return NAN;
    if (c.eat('-') && !c.digits(2, &dayOfMonth)) return NAN;
  }
  if (c.peek() == 'T' || c.peek() == 't' || (c.peek() == ' ' && c.i + 1 < s.size() && std::isdigit(uint8_t(s[c.i + 1])))) {
    c.i++;
    hasTime = true;
    if (!c.digits(2, &h) || !c.eat(':') || !c.digits(2, &m)) return NAN;
    if (c.eat(':')) {
      if (!c.digits(2, &sec)) return NAN;
      if (c.eat('.') || c.eat(',')) {
        int count;
        size_t start = c.i;
        c.anyDigits(&count);
        if (count == 0) return NAN;
        std::string frac = s.substr(start, size_t(count));
        while (frac.size() < 3) frac += '0';
        ms = std::atoi(frac.substr(0, 3).c_str());
      }
    }
  }
  if (c.eat('Z') || c.eat('z')) {
    hasZone = true;
  } else if (c.peek() == '+' || c.peek() == '-') {
    int zs = c.peek() == '-' ? -1 : 1;
    c.i++;
    int zh, zm = 0;
    if (!c.digits(2, &zh)) return NAN;
    c.eat(':');
    if (!c.digits(2, &zm)) return NAN;
    hasZone = true;
    offsetMs = zs * (zh * 3600000.0 + zm * 60000.0);
  }
  if (!c.done()) return NAN;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || h > 24 || m > 59 || sec > 59) return NAN;
  if (h == 24 && (m || sec || ms)) return NAN;
  double dayNum = makeDay(sign * year, month - 1, dayOfMonth);
  double t = makeDate(dayNum, makeTime(h, m, sec, ms));
  if (hasZone) t -= offsetMs;
  else if (hasTime) t = utcFromLocal(t);  // date-time forms without offset are local time
  return timeClip(t);
}

int monthFromName(const std::string& w) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return -1;
  std::string lw;
  for (char ch : w) lw += char(std::tolower(uint8_t(ch)));
  for (int k = 0; k < 12; k++)
    if (lw.compare(0, 3, names[k]) == 0) return k;
  return -1;
}

// Legacy forms: "Tue Mar 05 2024 10:00:00 GMT+0000 (...)", "Tue, 05 Mar 2024 10:00:00 GMT",
// "March 5, 2024", "Mar 5 2024 10:00", "2024/03/05 10:00:00", "3/5/2024".
double parseLegacy(const std::string& input) {
  std::string s = input;
  size_t paren = s.find('(');
  if (paren != std::string::npos) s = s.substr(0, paren);
  std::vector<std::string> tokens;
  std::string cur;
  auto flush = [&]() { if (!cur.empty()) { tokens.push_back(cur); cur.clear(); } };
  for (char ch : s) {
    if (ch == ' ' || ch == ',' || ch == '\t') flush();
    else cur += ch;
  }
  flush();
  int year = -1, month = -1, dayOfMonth = -1, h = 0, m = 0, sec = 0;
  bool hasZone = false;
  double offsetMs = 0;
  bool pm = false, am = false;
  std::vector<int> numbers;
  for (std::string& t : tokens) {
    if (t.find(':') != std::string::npos && std::isdigit(uint8_t(t[0]))) {
      int parts[3] = {0, 0, 0}, n = 0;
      std::string piece;
      for (char ch : t + ":") {
        if (ch == ':') { if (n < 3) parts[n++] = std::atoi(piece.c_str()); piece.clear(); }
        else if (std::isdigit(uint8_t(ch)) || ch == '.') piece += ch;
        else return NAN;
      }
      h = parts[0]; m = parts[1]; sec = parts[2];
      continue;
    }
    std::string upper;
    for (char ch : t) upper += char(std::toupper(uint8_t(ch)));
    if (upper == "AM") { am = true; continue; }
    if (upper == "PM") { pm = true; continue; }
    if (upper.rfind("GMT", 0) == 0 || upper.rfind("UTC", 0) == 0 || upper == "Z") {
      hasZone = true;
      std::string rest = t.size() > 3 ? t.substr(3) : "";
      if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
        int zs = rest[0] == '-' ? -1 : 1;
        std::string d = rest.substr(1);
        d.erase(std::remove(d.begin(), d.end(), ':'), d.end());
        int v = std::atoi(d.c_str());
        int zh = d.size() <= 2 ? v : v / 100, zm = d.size() <= 2 ? 0 : v % 100;
        offsetMs = zs * (zh * 3600000.0 + zm * 60000.0);
      }
      continue;
    }
    if ((t[0] == '+' || t[0] == '-') && t.size() >= 5 && std::isdigit(uint8_t(t[1]))) {
      int v = std::atoi(t.c_str() + 1);
      offsetMs = (t[0] == '-' ? -1 : 1) * ((v / 100) * 3600000.0 + (v % 100) * 60000.0);
      hasZone = true;
      continue;
    }
    if (t.find('/') != std::string::npos) {
      int parts[3] = {0, 0, 0}, n = 0;
      std::string piece;
      for (char ch : t + "/") {
        if (ch == '/') { if (n < 3) parts[n++] = std::atoi(piece.c_str()); piece.clear(); }
        else if (std::isdigit(uint8_t(ch))) piece += ch;
        else return NAN;
      }
      if (n != 3) return NAN;
      if (parts[0] > 31) { year = parts[0]; month = parts[1] - 1; dayOfMonth = parts[2]; }
      else { month = parts[0] - 1; dayOfMonth = parts[1]; year = parts[2]; }
      continue;
    }
    if (std::isalpha(uint8_t(t[0]))) {
      int mo = monthFromName(t);
      if (mo >= 0) { month = mo; continue; }
      static const char* days[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
      std::string lw;
      for (char ch : t) lw += char(std::tolower(uint8_t(ch)));
      bool isDay = false;
      for (const char* d : days) if (lw.compare(0, 3, d) == 0) isDay = true;
      if (isDay) continue;
      return NAN;
    }
    bool allDigits = true;
    for (char ch : t) if (!std::isdigit(uint8_t(ch))) allDigits = false;
    if (!allDigits) return NAN;
    numbers.push_back(std::atoi(t.c_str()));
  }
  for (int n : numbers) {
    if (dayOfMonth < 0 && n <= 31 && month >= 0 && year < 0 && numbers.size() >= 1) dayOfMonth = n;
    else if (year < 0) year = n;
    else if (dayOfMonth < 0) dayOfMonth = n;
    else return NAN;
  }
  if (year < 0 || month < 0) return NAN;
  if (dayOfMonth < 0) dayOfMonth = 1;
  if (year < 50 && numbers.size()) year += 2000;
  else if (year < 100) year += 1900;
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  double t = makeDate(makeDay(year, month, dayOfMonth), makeTime(h, m, sec, 0));
  if (hasZone) t -= offsetMs;
  else t = utcFromLocal(t);
  return timeClip(t);
}

}  // namespace

double parse(const std::string& raw) {
  size_t b = raw.find_first_not_of(" \t\n\r");
  if (b == std::string::npos) return NAN;
  size_t e = raw.find_last_not_of(" \t\n\r");
  std::string s = raw.substr(b, e - b + 1);
  double t = parseIso(s);
  if (!std::isnan(t)) return t;
  return parseLegacy(s);
}

}  // namespace dualvm::js::date
