// process.stdout.write writes exactly what it is given: no newline, no formatting; returns a boolean.
process.stdout.write("no newline");
process.stdout.write(" | same line\n");
const ok = process.stdout.write("");
process.stdout.write(String(typeof ok) + "\n");
for (let i = 0; i < 3; i++) process.stdout.write(`${i},`);
process.stdout.write("\n");
process.stdout.write("unicode: é 😀 日本\n");
console.log("console.log appends a newline");
process.stdout.write("last line without newline");
