// Formatting a fixed date by hand from its components, and the string forms in UTC.
const d = new Date(Date.UTC(2021, 6, 4, 9, 5, 3));
const pad = (n, w = 2) => String(n).padStart(w, "0");
console.log(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`);
const names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
console.log(names[d.getUTCDay()], d.toUTCString(), d.toISOString());
console.log(d.toDateString(), d.toJSON());
const sorted = [new Date(Date.UTC(2022, 0)), new Date(Date.UTC(2020, 0)), new Date(Date.UTC(2021, 0))].sort((a, b) => a - b);
console.log(sorted.map((x) => x.getUTCFullYear()));
