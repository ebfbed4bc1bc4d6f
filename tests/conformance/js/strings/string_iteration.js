// Iterating strings by index and by code point; building frequency tables and words.
const text = "The rain in Spain stays mainly in the plain";
const words = text.toLowerCase().split(" ");
const freq = new Map();
for (const w of words) freq.set(w, (freq.get(w) || 0) + 1);
console.log([...freq].filter(([, n]) => n > 1));
let vowels = 0;
for (let i = 0; i < text.length; i++) if ("aeiou".includes(text[i].toLowerCase())) vowels++;
console.log(vowels);
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log(longest, words.filter((w) => w.endsWith("ain")).length);
const it = "ab"[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
