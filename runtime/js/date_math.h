// runtime/js/date_math.h — the pure date arithmetic of Date (ECMA-262 §21.4.1): days from
// civil dates and back, MakeDay/MakeTime/MakeDate/TimeClip, the local-time offset (from the
// machine's TZ through localtime_r), and Date.parse's string formats (ISO 8601 as the spec
// defines it, plus the forms toString/toUTCString print and the common "Month D, YYYY [time]").
// No VM needed: unit-tested directly (tests/unit/js_std).
#pragma once
#include <cstdint>
#include <string>

namespace dualvm::js::date {

constexpr double kMsPerDay = 86400000.0;

double day(double t);                 // floor(t / msPerDay)
double timeWithinDay(double t);
double daysFromCivil(double year, double month, double dayOfMonth);  // month 0-based
struct Civil { int64_t year; int month; int day; };                  // month 0-based, day 1-based
Civil civilFromDays(int64_t days);
int weekDay(double t);                // 0 = Sunday
double makeTime(double h, double m, double s, double ms);
double makeDay(double year, double month, double date);
double makeDate(double day, double time);
double timeClip(double t);

// Local time offset in ms at UTC time t (DST included), from the machine's TZ.
double localOffsetMs(double utcMs);
// The local wall time t as UTC (inverse of LocalTime: uses the offset at the guessed instant).
double utcFromLocal(double localMs);
// The zone's name as node prints it in toString ("Coordinated Universal Time", or the
// abbreviation localtime gives when ICU has no long name).
std::string zoneName(double utcMs);

// Date.parse: NaN when the string is not understood.
double parse(const std::string& s);

}  // namespace dualvm::js::date
