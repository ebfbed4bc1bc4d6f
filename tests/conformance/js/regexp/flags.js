// Flags i, m, s, u, g, y and their observable effects; source and flags properties.
console.log(/abc/i.test("ABC"), /^b/m.test("a\nb"), /^b/.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\nb"));
console.log(/^.$/u.test("😀"), /^.$/.test("😀"), /\u{1F600}/u.test("😀"), "😀".match(/./gu).length, "😀".match(/./g).length);
const re = /x+/gimsuy;
console.log(re.flags, re.source, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky);
console.log(new RegExp("a/b", "g").source, String(new RegExp("a/b")), new RegExp("\\d+").test("42"), String(/[/]/));
console.log(new RegExp(/abc/gi, "m").flags, new RegExp("").source, String(new RegExp("")));
try { new RegExp("(", ""); } catch (e) { console.log(e.name); }
try { new RegExp("a", "gg"); } catch (e) { console.log(e.name); }
console.log("Line1\nline2\nLINE3".match(/^line\d$/gim));
console.log(/\bfoo\b/.test("a foo b"), /\Bfoo/.test("afoo"), /[\s\S]/.test("\n"), /\p{L}+/u.exec("¡héllo!")[0]);
