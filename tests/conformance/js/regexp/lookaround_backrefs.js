// Lookahead, lookbehind, backreferences, non-capturing and alternation.
console.log("price: $30, €40".match(/(?<=\$)\d+/)[0], "price: $30, €40".match(/(?<!\$)\b\d+/)[0]);
console.log("100px 200em 300px".match(/\d+(?=px)/g), "100px 200em".match(/\d+(?!px|\d)/g));
console.log(/(\w)\1/.test("hello"), /(\w)\1/.test("world"), "abcabc".match(/(abc)\1/)[0], /(?<ch>.)\k<ch>/.exec("xyyz").groups.ch);
console.log("2024-01-15".replace(/(\d+)-(\d+)-(\d+)/, "$3.$2.$1"), /^(?:\d{3}-){2}\d{4}$/.test("555-123-4567"));
console.log("aBc".match(/[a-z]/gi).length, "cat|dog".split("|"), /^(cat|dog)s?$/.test("dogs"), /colou?r/.exec("The color")[0]);
const password = (p) => /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$/.test(p);
console.log(password("Passw0rdX"), password("password"), password("Sh0rt"));
