// String.prototype.match with and without g, matchAll iteration, named groups.
const text = "cat bat rat";
console.log(text.match(/at/), text.match(/[cbr]at/g), text.match(/dog/), text.match(/dog/g));
const dates = "2020-01-02, 2021-03-04";
for (const m of dates.matchAll(/(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)/g)) {
  console.log(m.index, m[0], m.groups.year, m.groups.month, m.groups.day);
}
try { dates.matchAll(/x/); } catch (e) { console.log(e.name); }
const { groups: { user, domain } } = "mail: ada@example.org".match(/(?<user>\w+)@(?<domain>[\w.]+)/);
console.log(user, domain);
console.log("aaa".match(/a*?/)[0].length, "aaa".match(/a*/)[0], "<a><b>".match(/<.*>/)[0], "<a><b>".match(/<.*?>/)[0]);
console.log([..."a1b2c3".matchAll(/\d/g)].map((m) => m[0] + "@" + m.index).join(" "));
