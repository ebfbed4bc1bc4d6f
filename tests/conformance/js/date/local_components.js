// new Date(y, m, d, ...) in local time (TZ=UTC here), overflow normalization, setters.
const d = new Date(2023, 0, 31);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours());
d.setMonth(1);
console.log(d.getMonth(), d.getDate());
const overflow = new Date(2023, 11, 32, 25, 61, 61);
console.log(overflow.getFullYear(), overflow.getMonth(), overflow.getDate(), overflow.getHours(), overflow.getMinutes(), overflow.getSeconds());
const e = new Date(2020, 5, 15, 10, 30);
e.setDate(e.getDate() + 30);
e.setHours(0, 0, 0, 0);
console.log(e.getFullYear(), e.getMonth() + 1, e.getDate(), e.getHours());
console.log(new Date(99, 0).getFullYear(), new Date(2024, 1, 29).getDate(), new Date(2023, 1, 29).getMonth());
const daysInMonth = (y, m) => new Date(y, m + 1, 0).getDate();
console.log([2023, 2024].map((y) => daysInMonth(y, 1)), daysInMonth(2024, 11));
console.log(new Date(2024, 0, 1).getTimezoneOffset());
