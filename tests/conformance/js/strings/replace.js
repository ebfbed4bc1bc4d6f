// replace/replaceAll with strings, patterns, $-substitutions and replacer functions.
const s = "John Smith, Jane Doe";
console.log(s.replace("J", "j"), s.replaceAll("J", "j"), s.replace(/J/g, "[$&]"));
console.log(s.replace(/(\w+) (\w+)/, "$2 $1"), s.replace(/(\w+) (\w+)/g, "$2, $1"));
console.log("price: 10".replace("10", "$$20"), "abc".replace("b", "$`|$'"), "abc".replace("b", "$0 $1 $9"));
console.log("x-y-z".replace(/-(\w)/g, (match, ch, offset, whole) => `${ch.toUpperCase()}@${offset}/${whole.length}`));
console.log("2024-01-15".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"));
console.log("2024-01-15".replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => JSON.stringify(args[args.length - 1])));
console.log("aaa".replace("a", () => "$&"), "aaa".replace(/a/g, "$&$&"), "camelCaseString".replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.name); }
console.log("a.b.c".replaceAll(".", "/"), "xxx".replaceAll("", "-"), "abc".replace(/(z)?b/, "[$1]"));
