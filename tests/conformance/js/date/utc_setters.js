// UTC setters normalize overflow; month arithmetic across year ends and leap years.
const d = new Date(Date.UTC(2023, 0, 31, 12));
d.setUTCMonth(1);
console.log(d.toISOString());
d.setUTCDate(0);
console.log(d.toISOString());
d.setUTCHours(48);
console.log(d.toISOString());
d.setUTCFullYear(2024, 1, 29);
console.log(d.toISOString(), d.getUTCDay());
d.setUTCMinutes(-1);
console.log(d.toISOString());
const addMonths = (date, n) => { const r = new Date(date); r.setUTCMonth(r.getUTCMonth() + n); return r.toISOString().slice(0, 10); };
const base = new Date(Date.UTC(2024, 0, 31));
console.log([1, 2, 12, -1, -13].map((n) => addMonths(base, n)).join(" "));
console.log(new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 999) + 1).toISOString(), d.setUTCSeconds(NaN), d.getTime());
const isLeap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
console.log([1900, 2000, 2023, 2024, 2100].map(isLeap));
