// let/const: block scoped; reading before the declaration throws ReferenceError (the TDZ).
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name); }
}
attempt("read before let", () => { const r = x; let x = 1; return r; });
attempt("typeof in TDZ", () => { const t = typeof y; let y; return t; });
attempt("closure read after init", () => { const get = () => z; let z = 5; return get(); });
attempt("assign const", () => { const c = 1; c = 2; return c; });
attempt("const object mutation", () => { const o = { a: 1 }; o.a = 2; return o.a; });
attempt("shadow in block", () => { let s = "outer"; { let s = "inner"; } return s; });
attempt("self reference", () => { let q = q + 1; return q; });
attempt("switch case scope", () => {
  switch (1) { case 0: let w = "zero"; break; case 1: w = "one"; return w; }
});
attempt("let in loop body", () => { const out = []; for (let i = 0; i < 3; i++) { let sq = i * i; out.push(sq); } return out.join(); });
{
  let blockOnly = 1;
}
console.log(typeof blockOnly);
attempt("const in for-of", () => { const r = []; for (const v of [1, 2]) r.push(v); return r.join(); });
attempt("const in classic for", () => { for (const i = 0; i < 2; i++) {} });
