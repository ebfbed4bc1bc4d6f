// Regex-powered replace and split, including lastIndex behaviour and special patterns.
console.log("a-b_c d".split(/[-_ ]/), "one1two22three".split(/\d+/), "abc".split(/(b)/), "a,b;c".split(/[,;]/, 2));
console.log("hello world".replace(/o/g, "0"), "hello world".replace(/(\w+) (\w+)/, "$2 $1"), "aaa".replace(/a/gy, "b"));
console.log("John Smith".replace(/(?<first>\w+)\s(?<last>\w+)/, "$<last>, $<first>"));
console.log("x1y2".replace(/\d/g, (d) => d * 2), "  trim me  ".replace(/^\s+|\s+$/g, ""), "a.b*c".replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const re = /o/g;
re.lastIndex = 5;
console.log("foo boo".replace(re, "0"), re.lastIndex);
console.log("tel: 555-1234".replace(/\d{3}-(\d{4})/, "XXX-$1"), "CamelCaseName".split(/(?=[A-Z])/));
console.log("word word word".replace(/\bword\b/g, (m, off) => m + off));
