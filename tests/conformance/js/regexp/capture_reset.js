// ECMAScript clears the captures inside a quantified group at the start of every iteration
// (RepeatMatcher): a group that did not take part in the last iteration is undefined, even if an
// earlier iteration set it. Backtracking engines that keep the old value get these wrong.
const show = (re, s) => console.log(String(re), JSON.stringify(s), JSON.stringify(re.exec(s)));

show(/(?:(a)|b)+/, "ab");
show(/(?:(a)|(b))+/, "abab");
show(/(?:(a)|(b))+/, "aba");
show(/((a)|b)+/, "ab");
show(/(z)((a+)?(b+)?(c))*/, "zaacbbbcac");   // the specification's own example
show(/(?:(a)|b)*c/, "abc");
show(/(?:(a)|b){2}/, "ab");
show(/(?:(a)|b){1,3}?c/, "abc");
show(/(?:(a)|b)+?$/, "ab");
show(/(?:(a)\1|b)+/, "aab");
show(/(?:(a)|b)+(c)/, "abc");

// Nested quantifiers: the inner group is cleared by each outer iteration too.
show(/(?:(?:(a)|b)+c)+/, "acbc");
show(/(?:(?:(a)|(b))+(c))+/, "abcbbc");
show(/(?:x(?:(a)|b)*)+/, "xaxb");
show(/(?:x(?:(a)|b)*)+/, "xax");

// Empty captures where an iteration starts or ends, and captures inside lookarounds.
show(/(?:()a|b)+/, "ab");
show(/(?:a()|b)+/, "ab");
show(/(?:a()|b())+/, "abab");
show(/(?:a(?=(b))|b)+/, "ab");
show(/(?:a(?=(b))|b)+/, "abab");
show(/(?:(?<=(a))b|a)+/, "aba");
show(/(?:(a?)b|c)+/, "bc");

// Named groups, indices, and the methods built on exec.
const m = /(?:(?<x>a)|(?<y>b))+/d.exec("ab");
console.log(JSON.stringify(m.groups), JSON.stringify(m.indices), JSON.stringify(m.indices.groups));
console.log("ab ba".replace(/(?:(a)|b)+/g, "[$1]"));
console.log("ab ba".replace(/(?:(a)|b)+/g, (all, a) => `<${all}:${a}>`));
console.log(JSON.stringify("xaby-xbay".split(/(?:(a)|(b))+/)));
console.log(JSON.stringify([..."ab ba aa".matchAll(/(?:(a)|b)+/g)].map((r) => [r[0], r[1], r.index])));
console.log(JSON.stringify("ab".match(/(?:(a)|b)+/)));
console.log(/(?:(a)|b)+/.test("ab"), RegExp.prototype.exec.call(/(?:(a)|b)+/y, "ab")[1]);

// Unchanged: captures outside any quantifier, and quantified groups without inner captures.
show(/(a)(?:b|c)+(d)/, "abcd");
show(/(ab)+/, "ababab");
show(/(?:(a)|b)/, "b");
