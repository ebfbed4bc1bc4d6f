// A small bytecode compiler and stack VM: compile expressions and loops, then run them.
const OP = { PUSH: 0, LOAD: 1, STORE: 2, ADD: 3, SUB: 4, MUL: 5, LT: 6, JMP: 7, JZ: 8, PRINT: 9, HALT: 10 };
function assemble(lines) {
  const labels = {}, code = [];
  let pc = 0;
  for (const l of lines) { if (l.endsWith(":")) labels[l.slice(0, -1)] = pc; else pc += l.split(" ").length; }
  for (const l of lines) {
    if (l.endsWith(":")) continue;
    const [op, arg] = l.split(" ");
    code.push(OP[op]);
    if (arg !== undefined) code.push(arg in labels ? labels[arg] : /^-?\d+$/.test(arg) ? Number(arg) : arg);
  }
  return code;
}
function run(code) {
  const stack = [], vars = {}, out = [];
  let pc = 0, steps = 0;
  for (;;) {
    steps++;
    switch (code[pc++]) {
      case OP.PUSH: stack.push(code[pc++]); break;
      case OP.LOAD: stack.push(vars[code[pc++]] ?? 0); break;
      case OP.STORE: vars[code[pc++]] = stack.pop(); break;
      case OP.ADD: { const b = stack.pop(); stack.push(stack.pop() + b); break; }
      case OP.SUB: { const b = stack.pop(); stack.push(stack.pop() - b); break; }
      case OP.MUL: { const b = stack.pop(); stack.push(stack.pop() * b); break; }
      case OP.LT: { const b = stack.pop(); stack.push(stack.pop() < b ? 1 : 0); break; }
      case OP.JMP: pc = code[pc]; break;
      case OP.JZ: { const t = code[pc++]; if (!stack.pop()) pc = t; break; }
      case OP.PRINT: out.push(stack.pop()); break;
      case OP.HALT: return { out, steps, vars };
      default: throw new Error(`bad opcode at ${pc - 1}`);
    }
  }
}
const factorials = assemble([
  "PUSH 1", "STORE acc", "PUSH 1", "STORE i",
  "loop:", "LOAD i", "PUSH 11", "LT", "JZ end",
  "LOAD acc", "LOAD i", "MUL", "STORE acc", "LOAD acc", "PRINT",
  "LOAD i", "PUSH 1", "ADD", "STORE i", "JMP loop",
  "end:", "HALT",
]);
const { out, steps, vars } = run(factorials);
console.log(out.join(" "));
console.log("steps", steps, "code size", factorials.length, JSON.stringify(vars));
try { run([99]); } catch (e) { console.log(e.message); }
