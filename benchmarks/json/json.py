# json: a JSON parser written in the language (recursive descent over the text, escapes and
# \uXXXX included, numbers converted from their lexeme) parsing a generated document of `size`
# records. The generator counts what it writes (objects, arrays, strings and their decoded length,
# numbers as a sum of quarters, literals); the parsed value is walked and must match exactly.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Counts:
    def __init__(self):
        self.objects = 0
        self.arrays = 0
        self.strings = 0
        self.string_chars = 0
        self.numbers = 0
        self.quarters = 0
        self.trues = 0
        self.falses = 0
        self.nulls = 0

    def describe(self):
        return (str(self.objects) + "/" + str(self.arrays) + "/" + str(self.strings) + "/" + str(self.string_chars) + "/" +
                str(self.numbers) + "/" + str(self.quarters) + "/" + str(self.trues) + "/" + str(self.falses) + "/" +
                str(self.nulls))


class Generator:
    # Builds the document text and counts what it contains; every number is a multiple of 0.25
    # so the parsed values sum exactly.
    def __init__(self):
        self.parts = []
        self.counts = Counts()

    def key(self, text):
        self.parts.append('"' + text + '":')
        self.counts.strings += 1
        self.counts.string_chars += len(text)

    def string(self, raw, decoded_length):
        self.parts.append('"' + raw + '"')
        self.counts.strings += 1
        self.counts.string_chars += decoded_length

    def number(self, lexeme, quarters):
        self.parts.append(lexeme)
        self.counts.numbers += 1
        self.counts.quarters += quarters

    def record(self, i):
        c = self.counts
        c.objects += 2
        c.arrays += 2
        self.parts.append("{")
        self.key("id")
        self.number(str(i), 4 * i)
        self.parts.append(",")
        self.key("name")
        name = "item-" + str(i)
        self.string(name, len(name))
        self.parts.append(",")
        self.key("price")
        self.number(str(i % 1000) + ".25", 4 * (i % 1000) + 1)
        self.parts.append(",")
        self.key("delta")
        self.number("-" + str(i % 13) + "75e-2", -(4 * (i % 13) + 3))
        self.parts.append(",")
        self.key("active")
        if i % 3 == 0:
            self.parts.append("true")
            c.trues += 1
        else:
            self.parts.append("false")
            c.falses += 1
        self.parts.append(",")
        self.key("note")
        # Decoded: "l", two digits, newline, tab, quote, backslash, e-acute, "A": 9 characters.
        self.string("l" + str(10 + i % 90) + "\\n\\t\\\"\\\\\\u00e9\\u0041", 9)
        self.parts.append(",")
        self.key("tags")
        self.parts.append("[")
        for t in range(i % 4):
            if t > 0:
                self.parts.append(",")
            self.string("tag" + str(t), 4)
        self.parts.append("],")
        self.key("nested")
        self.parts.append("{")
        self.key("matrix")
        self.parts.append("[")
        self.number("1", 4)
        self.parts.append(", ")
        self.number("2.5", 10)
        self.parts.append(" , null]")
        c.nulls += 1
        self.parts.append(", ")
        self.key("empty")
        self.parts.append("{}")
        c.objects += 1
        self.parts.append("}}")

    def document(self, size):
        self.counts.objects += 1
        self.counts.arrays += 1
        self.parts.append("{\n  ")
        self.key("records")
        self.parts.append(" [\n")
        for i in range(size):
            if i > 0:
                self.parts.append(",\n")
            self.record(i)
        self.parts.append("\n], ")
        self.key("count")
        self.number(str(size), 4 * size)
        self.parts.append("}\n")
        return "".join(self.parts)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.index = 0
        self.length = len(text)

    def fail(self, message):
        raise ParseError("json: " + message + " at offset " + str(self.index))

    def skip_whitespace(self):
        text = self.text
        while self.index < self.length:
            c = text[self.index]
            if c == " " or c == "\n" or c == "\t" or c == "\r":
                self.index += 1
            else:
                return

    def parse(self):
        value = self.parse_value()
        self.skip_whitespace()
        if self.index != self.length:
            self.fail("trailing text")
        return value

    def parse_value(self):
        self.skip_whitespace()
        if self.index >= self.length:
            self.fail("unexpected end")
        c = self.text[self.index]
        if c == "{":
            return self.parse_object()
        if c == "[":
            return self.parse_array()
        if c == '"':
            return self.parse_string()
        if c == "-" or ("0" <= c and c <= "9"):
            return self.parse_number()
        if self.text.startswith("true", self.index):
            self.index += 4
            return True
        if self.text.startswith("false", self.index):
            self.index += 5
            return False
        if self.text.startswith("null", self.index):
            self.index += 4
            return None
        self.fail("unexpected character " + c)

    def expect(self, c):
        self.skip_whitespace()
        if self.index >= self.length or self.text[self.index] != c:
            self.fail("expected " + c)
        self.index += 1

    def parse_object(self):
        self.index += 1
        result = {}
        self.skip_whitespace()
        if self.index < self.length and self.text[self.index] == "}":
            self.index += 1
            return result
        while True:
            self.skip_whitespace()
            if self.index >= self.length or self.text[self.index] != '"':
                self.fail("expected a key")
            key = self.parse_string()
            self.expect(":")
            result[key] = self.parse_value()
            self.skip_whitespace()
            if self.index < self.length and self.text[self.index] == ",":
                self.index += 1
                continue
            self.expect("}")
            return result

    def parse_array(self):
        self.index += 1
        result = []
        self.skip_whitespace()
        if self.index < self.length and self.text[self.index] == "]":
            self.index += 1
            return result
        while True:
            result.append(self.parse_value())
            self.skip_whitespace()
            if self.index < self.length and self.text[self.index] == ",":
                self.index += 1
                continue
            self.expect("]")
            return result

    def parse_string(self):
        self.index += 1
        text = self.text
        pieces = []
        start = self.index
        while True:
            if self.index >= self.length:
                self.fail("unterminated string")
            c = text[self.index]
            if c == '"':
                pieces.append(text[start:self.index])
                self.index += 1
                return "".join(pieces)
            if c == "\\":
                pieces.append(text[start:self.index])
                self.index += 1
                if self.index >= self.length:
                    self.fail("unterminated escape")
                e = text[self.index]
                if e == "n":
                    pieces.append("\n")
                elif e == "t":
                    pieces.append("\t")
                elif e == "r":
                    pieces.append("\r")
                elif e == "b":
                    pieces.append("\b")
                elif e == "f":
                    pieces.append("\f")
                elif e == '"' or e == "\\" or e == "/":
                    pieces.append(e)
                elif e == "u":
                    code = 0
                    for k in range(4):
                        self.index += 1
                        if self.index >= self.length:
                            self.fail("short \\u escape")
                        code = code * 16 + self.hex_digit(text[self.index])
                    pieces.append(chr(code))
                else:
                    self.fail("bad escape \\" + e)
                self.index += 1
                start = self.index
            else:
                self.index += 1

    def hex_digit(self, c):
        if "0" <= c and c <= "9":
            return ord(c) - 48
        if "a" <= c and c <= "f":
            return ord(c) - 87
        if "A" <= c and c <= "F":
            return ord(c) - 55
        self.fail("bad hex digit " + c)

    def parse_number(self):
        text = self.text
        start = self.index
        is_float = False
        if text[self.index] == "-":
            self.index += 1
        while self.index < self.length:
            c = text[self.index]
            if "0" <= c and c <= "9":
                self.index += 1
            elif c == "." or c == "e" or c == "E" or c == "+" or c == "-":
                is_float = True
                self.index += 1
            else:
                break
        lexeme = text[start:self.index]
        if is_float:
            return float(lexeme)
        return int(lexeme)


def count_value(value, counts):
    if value is None:
        counts.nulls += 1
    elif value is True:
        counts.trues += 1
    elif value is False:
        counts.falses += 1
    elif isinstance(value, dict):
        counts.objects += 1
        for key in value:
            counts.strings += 1
            counts.string_chars += len(key)
            count_value(value[key], counts)
    elif isinstance(value, list):
        counts.arrays += 1
        for item in value:
            count_value(item, counts)
    elif isinstance(value, str):
        counts.strings += 1
        counts.string_chars += len(value)
    else:
        counts.numbers += 1
        counts.quarters += int(value * 4)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    generator = Generator()
    text = generator.document(size)
    expected = generator.counts.describe()
    for i in range(iterations):
        start = time.perf_counter()
        value = Parser(text).parse()
        elapsed = time.perf_counter() - start
        counts = Counts()
        count_value(value, counts)
        if counts.describe() != expected:
            raise Exception("json: parsed counts " + counts.describe() + ", expected " + expected)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
