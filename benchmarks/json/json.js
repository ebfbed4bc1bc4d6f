// json: a JSON parser written in the language (recursive descent over the text, escapes and
// \uXXXX included, numbers converted from their lexeme) parsing a generated document of `size`
// records. The generator counts what it writes (objects, arrays, strings and their decoded length,
// numbers as a sum of quarters, literals); the parsed value is walked and must match exactly.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Counts {
  constructor() {
    this.objects = 0;
    this.arrays = 0;
    this.strings = 0;
    this.stringChars = 0;
    this.numbers = 0;
    this.quarters = 0;
    this.trues = 0;
    this.falses = 0;
    this.nulls = 0;
  }

  describe() {
    return this.objects + "/" + this.arrays + "/" + this.strings + "/" + this.stringChars + "/" + this.numbers + "/" +
      this.quarters + "/" + this.trues + "/" + this.falses + "/" + this.nulls;
  }
}

// Builds the document text and counts what it contains; every number is a multiple of 0.25
// so the parsed values sum exactly.
class Generator {
  constructor() {
    this.parts = [];
    this.counts = new Counts();
  }

  key(text) {
    this.parts.push('"' + text + '":');
    this.counts.strings++;
    this.counts.stringChars += text.length;
  }

  string(raw, decodedLength) {
    this.parts.push('"' + raw + '"');
    this.counts.strings++;
    this.counts.stringChars += decodedLength;
  }

  number(lexeme, quarters) {
    this.parts.push(lexeme);
    this.counts.numbers++;
    this.counts.quarters += quarters;
  }

  record(i) {
    const c = this.counts;
    c.objects += 2;
    c.arrays += 2;
    this.parts.push("{");
    this.key("id");
    this.number(String(i), 4 * i);
    this.parts.push(",");
    this.key("name");
    const name = "item-" + i;
    this.string(name, name.length);
    this.parts.push(",");
    this.key("price");
    this.number((i % 1000) + ".25", 4 * (i % 1000) + 1);
    this.parts.push(",");
    this.key("delta");
    this.number("-" + (i % 13) + "75e-2", -(4 * (i % 13) + 3));
    this.parts.push(",");
    this.key("active");
    if (i % 3 === 0) {
      this.parts.push("true");
      c.trues++;
    } else {
      this.parts.push("false");
      c.falses++;
    }
    this.parts.push(",");
    this.key("note");
    // Decoded: "l", two digits, newline, tab, quote, backslash, e-acute, "A": 9 characters.
    this.string("l" + (10 + i % 90) + "\\n\\t\\\"\\\\\\u00e9\\u0041", 9);
    this.parts.push(",");
    this.key("tags");
    this.parts.push("[");
    for (let t = 0; t < i % 4; t++) {
      if (t > 0) this.parts.push(",");
      this.string("tag" + t, 4);
    }
    this.parts.push("],");
    this.key("nested");
    this.parts.push("{");
    this.key("matrix");
    this.parts.push("[");
    this.number("1", 4);
    this.parts.push(", ");
    this.number("2.5", 10);
    this.parts.push(" , null]");
    c.nulls++;
    this.parts.push(", ");
    this.key("empty");
    this.parts.push("{}");
    c.objects++;
    this.parts.push("}}");
  }

  document(size) {
    this.counts.objects++;
    this.counts.arrays++;
    this.parts.push("{\n  ");
    this.key("records");
    this.parts.push(" [\n");
    for (let i = 0; i < size; i++) {
      if (i > 0) this.parts.push(",\n");
      this.record(i);
    }
    this.parts.push("\n], ");
    this.key("count");
    this.number(String(size), 4 * size);
    this.parts.push("}\n");
    return this.parts.join("");
  }
}

class Parser {
  constructor(text) {
    this.text = text;
    this.index = 0;
    this.length = text.length;
  }

  fail(message) {
    throw new Error("json: " + message + " at offset " + this.index);
  }

  skipWhitespace() {
    const text = this.text;
    while (this.index < this.length) {
      const c = text[this.index];
      if (c === " " || c === "\n" || c === "\t" || c === "\r") this.index++;
      else return;
    }
  }

  parse() {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.index !== this.length) this.fail("trailing text");
    return value;
  }

  parseValue() {
    this.skipWhitespace();
    if (this.index >= this.length) this.fail("unexpected end");
    const c = this.text[this.index];
    if (c === "{") return this.parseObject();
    if (c === "[") return this.parseArray();
    if (c === '"') return this.parseString();
    if (c === "-" || (c >= "0" && c <= "9")) return this.parseNumber();
    if (this.text.startsWith("true", this.index)) {
      this.index += 4;
      return true;
    }
    if (this.text.startsWith("false", this.index)) {
      this.index += 5;
      return false;
    }
    if (this.text.startsWith("null", this.index)) {
      this.index += 4;
      return null;
    }
    this.fail("unexpected character " + c);
  }

  expect(c) {
    this.skipWhitespace();
    if (this.index >= this.length || this.text[this.index] !== c) this.fail("expected " + c);
    this.index++;
  }

  parseObject() {
    this.index++;
    const result = {};
    this.skipWhitespace();
    if (this.index < this.length && this.text[this.index] === "}") {
      this.index++;
      return result;
    }
    while (true) {
      this.skipWhitespace();
      if (this.index >= this.length || this.text[this.index] !== '"') this.fail("expected a key");
      const key = this.parseString();
      this.expect(":");
      result[key] = this.parseValue();
      this.skipWhitespace();
      if (this.index < this.length && this.text[this.index] === ",") {
        this.index++;
        continue;
      }
      this.expect("}");
      return result;
    }
  }

  parseArray() {
    this.index++;
    const result = [];
    this.skipWhitespace();
    if (this.index < this.length && this.text[this.index] === "]") {
      this.index++;
      return result;
    }
    while (true) {
      result.push(this.parseValue());
      this.skipWhitespace();
      if (this.index < this.length && this.text[this.index] === ",") {
        this.index++;
        continue;
      }
      this.expect("]");
      return result;
    }
  }

  parseString() {
    this.index++;
    const text = this.text;
    const pieces = [];
    let start = this.index;
    while (true) {
      if (this.index >= this.length) this.fail("unterminated string");
      const c = text[this.index];
      if (c === '"') {
        pieces.push(text.substring(start, this.index));
        this.index++;
        return pieces.join("");
      }
      if (c === "\\") {
        pieces.push(text.substring(start, this.index));
        this.index++;
        if (this.index >= this.length) this.fail("unterminated escape");
        const e = text[this.index];
        if (e === "n") pieces.push("\n");
        else if (e === "t") pieces.push("\t");
        else if (e === "r") pieces.push("\r");
        else if (e === "b") pieces.push("\b");
        else if (e === "f") pieces.push("\f");
        else if (e === '"' || e === "\\" || e === "/") pieces.push(e);
        else if (e === "u") {
          let code = 0;
          for (let k = 0; k < 4; k++) {
            this.index++;
            if (this.index >= this.length) this.fail("short \\u escape");
            code = code * 16 + this.hexDigit(text[this.index]);
          }
          pieces.push(String.fromCharCode(code));
        } else {
          this.fail("bad escape \\" + e);
        }
        this.index++;
        start = this.index;
      } else {
        this.index++;
      }
    }
  }

  hexDigit(c) {
    if (c >= "0" && c <= "9") return c.charCodeAt(0) - 48;
    if (c >= "a" && c <= "f") return c.charCodeAt(0) - 87;
    if (c >= "A" && c <= "F") return c.charCodeAt(0) - 55;
    this.fail("bad hex digit " + c);
  }

  parseNumber() {
    const text = this.text;
    const start = this.index;
    let isFloat = false;
    if (text[this.index] === "-") this.index++;
    while (this.index < this.length) {
      const c = text[this.index];
      if (c >= "0" && c <= "9") {
        this.index++;
      } else if (c === "." || c === "e" || c === "E" || c === "+" || c === "-") {
        isFloat = true;
        this.index++;
      } else {
        break;
      }
    }
    const lexeme = text.substring(start, this.index);
    return isFloat ? parseFloat(lexeme) : parseInt(lexeme, 10);
  }
}

function countValue(value, counts) {
  if (value === null) {
    counts.nulls++;
  } else if (value === true) {
    counts.trues++;
  } else if (value === false) {
    counts.falses++;
  } else if (Array.isArray(value)) {
    counts.arrays++;
    for (const item of value) countValue(item, counts);
  } else if (typeof value === "object") {
    counts.objects++;
    for (const key in value) {
      counts.strings++;
      counts.stringChars += key.length;
      countValue(value[key], counts);
    }
  } else if (typeof value === "string") {
    counts.strings++;
    counts.stringChars += value.length;
  } else {
    counts.numbers++;
    counts.quarters += Math.trunc(value * 4);
  }
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 1000;
  const generator = new Generator();
  const text = generator.document(size);
  const expected = generator.counts.describe();
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const value = new Parser(text).parse();
    const elapsed = performance.now() - start;
    const counts = new Counts();
    countValue(value, counts);
    if (counts.describe() !== expected) throw new Error("json: parsed counts " + counts.describe() + ", expected " + expected);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
