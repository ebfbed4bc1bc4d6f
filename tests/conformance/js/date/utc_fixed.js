// Dates from fixed UTC timestamps: getters, ISO strings, arithmetic (TZ is UTC in the test runner).
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.valueOf() === d.getTime(), JSON.stringify(d));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(8.64e15).toISOString());
const later = new Date(d.getTime() + 36 * 3600 * 1000);
console.log(later.toISOString(), (later - d) / 3600000, later > d);
console.log(Date.UTC(2000, 0), Date.UTC(1970, 0, 1), Date.UTC(2024, 12, 1) === Date.UTC(2025, 0, 1));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name); }
console.log(String(new Date(NaN)), new Date(NaN).getTime(), isNaN(new Date("garbage")));
