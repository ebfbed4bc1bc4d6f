// Date.parse of ISO formats, Date.now's type, difference arithmetic.
console.log(Date.parse("2024-03-10T12:00:00Z"), Date.parse("2024-03-10T12:00:00.5+02:00"), Date.parse("2024-03-10"));
console.log(new Date("2024-03-10T12:00:00Z").toISOString(), isNaN(Date.parse("not a date")));
const now = Date.now();
console.log(typeof now, Number.isInteger(now), now > Date.UTC(2020, 0, 1));
const start = new Date("2024-01-01T00:00:00Z");
const end = new Date("2024-12-25T00:00:00Z");
console.log(Math.round((end - start) / 86400000), end.getUTCDay(), typeof (end - start));
const d = new Date(Date.UTC(2024, 0, 15));
const addDays = (date, n) => new Date(date.getTime() + n * 86400000);
console.log([0, 1, 30, 366].map((n) => addDays(d, n).toISOString().slice(0, 10)).join(" "));
console.log(typeof Date(), new Date(2020, 0) instanceof Date, Object.prototype.toString.call(new Date()));
