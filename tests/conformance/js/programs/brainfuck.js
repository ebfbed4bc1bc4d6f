// A tiny Brainfuck interpreter with precomputed jump tables runs hello-world.
function run(code, input = "") {
  const jumps = new Map(), stack = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "[") stack.push(i);
    else if (code[i] === "]") { const j = stack.pop(); jumps.set(i, j); jumps.set(j, i); }
  }
  const tape = new Uint8Array(30000);
  let ptr = 0, ip = 0, inPos = 0, out = "", steps = 0;
  while (ip < code.length) {
    switch (code[ip]) {
      case ">": ptr++; break;
      case "<": ptr--; break;
      case "+": tape[ptr]++; break;
      case "-": tape[ptr]--; break;
      case ".": out += String.fromCharCode(tape[ptr]); break;
      case ",": tape[ptr] = inPos < input.length ? input.charCodeAt(inPos++) : 0; break;
      case "[": if (!tape[ptr]) ip = jumps.get(ip); break;
      case "]": if (tape[ptr]) ip = jumps.get(ip); break;
    }
    ip++;
    steps++;
  }
  return { out, steps };
}
const hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
const r = run(hello);
process.stdout.write(r.out);
console.log("steps:", r.steps);
console.log(run(",[.,]", "echo").out, run("++>+++++[<+>-]++++++++[<++++++>-]<.").out);
