// A recursive-descent expression parser and evaluator with precedence, unary minus, errors.
function evaluate(src) {
  const tokens = src.match(/\d+(?:\.\d+)?|[-+*/%^()]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expect = (t) => { if (next() !== t) throw new SyntaxError(`expected ${t}`); };
  function expr() { let v = term(); while (peek() === "+" || peek() === "-") v = next() === "+" ? v + term() : v - term(); return v; }
  function term() {
    let v = factor();
    while ("*/%".includes(peek() ?? "x")) {
      const op = next(), r = factor();
      if ((op === "/" || op === "%") && r === 0) throw new RangeError("division by zero");
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function factor() { const b = unary(); return peek() === "^" ? (next(), b ** factor()) : b; }
  function unary() { return peek() === "-" ? (next(), -unary()) : primary(); }
  function primary() {
    const t = next();
    if (t === "(") { const v = expr(); expect(")"); return v; }
    if (t !== undefined && /^\d/.test(t)) return parseFloat(t);
    throw new SyntaxError(`unexpected ${t ?? "end of input"}`);
  }
  const v = expr();
  if (pos < tokens.length) throw new SyntaxError(`unexpected ${peek()}`);
  return v;
}
for (const e of ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + -(-1)", "1.5 * (2 + 2.5)", "1 / 0", "2 * (3", "4 $ 4", ""]) {
  try { console.log(JSON.stringify(e), "=", evaluate(e)); } catch (err) { console.log(JSON.stringify(e), "->", err.name, err.message); }
}
