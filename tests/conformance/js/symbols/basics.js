// Symbols: uniqueness, description, toString, registry, use as non-enumerable-ish keys.
const s1 = Symbol("id");
const s2 = Symbol("id");
console.log(s1 === s2, s1.toString(), s1.description, Symbol().description, typeof s1);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s1));
const obj = { [s1]: "secret", visible: true };
console.log(Object.keys(obj), JSON.stringify(obj), obj[s1], Object.getOwnPropertySymbols(obj).length);
for (const k in obj) console.log("for-in sees", k);
console.log(Object.assign({}, obj)[s1], { ...obj }[s1]);
try { new Symbol(); } catch (e) { console.log(e.name); }
try { s1 + ""; } catch (e) { console.log(e.name); }
console.log(String(s1), `${s1.description}`, Object(s1) instanceof Symbol, typeof Object(s1));
