// slice vs substring vs substr: negative and swapped arguments.
const s = "JavaScript";
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2), s.slice(2, 100));
console.log(s.substring(4), s.substring(0, 4), s.substring(-3), s.substring(5, 2), s.substring(NaN, 3));
console.log(s.substr(4, 3), s.substr(-6, 2), s.substr(2));
const path = "/usr/local/lib/node.js";
console.log(path.slice(path.lastIndexOf("/") + 1), path.slice(0, path.lastIndexOf(".")), path.slice(path.indexOf(".") + 1));
