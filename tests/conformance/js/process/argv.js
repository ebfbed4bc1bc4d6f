// process.argv: [runtime path, script path, ...args]; only the shape is printed (paths differ).
console.log(Array.isArray(process.argv), process.argv.length, process.argv.every((a) => typeof a === "string"));
console.log(process.argv[1].endsWith("argv.js"), process.argv[1].split("/").pop(), process.argv.slice(2));
console.log(typeof process.env, typeof process.exit, typeof process.platform, typeof process.cwd());
