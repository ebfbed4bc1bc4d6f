// strings: string building and splitting: generates `size` words from syllables, concatenates
// them into lines, splits the text back into lines and words, then searches (substring counts),
// compares, reverses and capitalizes characters one by one, and re-parses a comma-joined copy by
// scanning for separators. The result is a tuple of counts and a character checksum.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const EXPECTED = new Map([[100, "100/536/36/44/5/100/633900907"], [1000, "1000/5164/340/433/75/1000/149923507"],
  [10000, "10000/51530/3293/4094/660/10000/76622132"], [50000, "50000/258325/16667/20722/3207/50000/753424342"],
  [100000, "100000/516364/33291/41446/6415/100000/407671275"]]);
const SYLLABLES = ["ka", "to", "ri", "mu", "sen", "lo", "vi", "da", "ne", "po", "a", "kak"];
const WORDS_PER_LINE = 12;

class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

function makeWord(random) {
  let word = "";
  const count = 1 + random.next() % 3;
  for (let i = 0; i < count; i++) word += SYLLABLES[random.next() % SYLLABLES.length];
  return word;
}

function reverse(word) {
  let result = "";
  for (let i = word.length - 1; i >= 0; i--) result += word[i];
  return result;
}

function capitalize(word) {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return String.fromCharCode(first - 32) + word.substring(1);
  return word;
}

function countOccurrences(text, pattern) {
  let count = 0;
  let position = text.indexOf(pattern);
  while (position >= 0) {
    count++;
    position = text.indexOf(pattern, position + 1);
  }
  return count;
}

function run(size) {
  const random = new Random();
  let text = "";
  let line = "";
  for (let i = 0; i < size; i++) {
    const word = makeWord(random);
    if (line === "") line = word;
    else line += " " + word;
    if ((i + 1) % WORDS_PER_LINE === 0) {
      text += line + "\n";
      line = "";
    }
  }
  if (line !== "") text += line + "\n";

  const words = [];
  for (const textLine of text.split("\n")) {
    if (textLine === "") continue;
    for (const word of textLine.split(" ")) words.push(word);
  }

  let ka = 0;
  let smaller = 0;
  let palindromes = 0;
  let checksum = 0;
  for (const word of words) {
    ka += countOccurrences(word, "ka");
    if (word < "mu") smaller++;
    if (reverse(word) === word) palindromes++;
    const capital = capitalize(word);
    checksum = (checksum * 31 + capital.charCodeAt(0) + capital.length) % 1000000007;
  }

  const joined = words.join(",");
  let fields = 0;
  let start = 0;
  while (true) {
    const comma = joined.indexOf(",", start);
    if (comma < 0) {
      if (joined.substring(start) !== words[fields]) throw new Error("strings: last field differs");
      fields++;
      break;
    }
    if (joined.substring(start, comma) !== words[fields]) throw new Error("strings: field " + fields + " differs");
    fields++;
    start = comma + 1;
  }
  return [words.length, text.length, ka, smaller, palindromes, fields, checksum];
}

function verify(result, size) {
  if (result[0] !== size || result[5] !== size) {
    throw new Error("strings: split " + result[0] + " words and parsed " + result[5] + " fields, expected " + size);
  }
  const described = result.join("/");
  if (!EXPECTED.has(size)) throw new Error("strings: no expected result for size " + size + " (got " + described + ")");
  if (described !== EXPECTED.get(size)) throw new Error("strings: got " + described + ", expected " + EXPECTED.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 50000;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
