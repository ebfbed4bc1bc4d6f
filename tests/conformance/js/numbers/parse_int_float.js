// parseInt/parseFloat parse a prefix; radix rules; Number.parseFloat === parseFloat.
const ints = ["42", "  42px", "-0x1A", "0x1A", "1e3", "12.9", "", "abc", "0b11", "08", "-0", "+5", "9007199254740993"];
for (const s of ints) console.log(JSON.stringify(s), parseInt(s), parseInt(s, 10), Number(s));
console.log(parseInt("11", 2), parseInt("777", 8), parseInt("zz", 36), parseInt("10", 37), parseInt("10", 1), parseInt("10", 0));
console.log(parseInt("123", 5), parseInt("0x10", 16), parseInt("0x10", 10), parseInt(null, 36), parseInt(15.99), parseInt(-0.9));
const floats = ["3.14", "3.14abc", ".5", "-.5e2", "1e", "Infinityx", "  -0", "0x10", "1.2.3", "e5"];
for (const s of floats) console.log(JSON.stringify(s), parseFloat(s));
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, Object.is(parseFloat("-0"), -0));
