// fs.readFileSync without an encoding returns a Buffer of the file's bytes.
const fs = require("fs");
const path = require("path");
const file = path.join(__dirname, "modules", "sample.txt");
const buf = fs.readFileSync(file);
console.log(Buffer.isBuffer(buf), buf instanceof Uint8Array, buf.length);
console.log(buf);
console.log(JSON.stringify(buf.toString()), JSON.stringify(buf.toString("utf8")));
console.log(buf.toString("hex"));
console.log(buf.toString("base64"));
console.log(buf[0], buf[buf.length - 1], buf.slice(0, 5).toString());
console.log(buf.equals(Buffer.from(fs.readFileSync(file, "utf8"))), fs.readFileSync(file, { encoding: "utf8" }) === buf.toString());
const lines = buf.toString().split("\n");
console.log(lines.length, lines[1]);
const self = fs.readFileSync(__filename);
console.log(self.slice(0, 2).toString(), self.length === Buffer.byteLength(fs.readFileSync(__filename, "utf8")));

// writeFileSync with a Buffer writes its bytes; reading them back gives the same Buffer.
const os = require("os");
const tmp = path.join(os.tmpdir(), "dualvm_conformance_buffer_" + process.pid + ".bin");
const bytes = Buffer.from([0, 255, 128, 10, 0xc3, 0x28, 65]);
fs.writeFileSync(tmp, bytes);
fs.appendFileSync(tmp, Buffer.from("!"));
const back = fs.readFileSync(tmp);
console.log(back, back.length, back.equals(Buffer.concat([bytes, Buffer.from("!")])));
fs.unlinkSync(tmp);
