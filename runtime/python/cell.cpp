// runtime/python/cell.cpp — function.__closure__ and cell objects (types.CellType). A Python
// closure keeps its captured variables in the Environment chain it was created in, not in cell
// objects; a cell is made on demand as a view of one environment slot (cell_contents reads and
// writes the slot), and cached on that environment so every closure sharing the variable shows
// the same cell (`f.__closure__[0] is g.__closure__[0]`).
//
// Which slots a function captures is read off its code: the GetEnv/SetEnv family with hops
// beyond the function's own environment (compiler.cpp pushes one with PushEnv at entry when the
// function has cell variables). Cells are ordered by (environment depth, slot), not by name:
// the compiled code does not keep co_freevars' names.
#include <algorithm>
#include <set>
#include "runtime/interpreter.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

#define L (lang(vm))

// The environment a cell views and its slot: hidden properties of the cell object.
static Environment* cellEnv(PyLanguage& P, Value cell, uint32_t* slot) {
  Object* o = asObject(cell);
  uint32_t i = o->findOwn(hiddenKey(P));
  uint32_t j = o->findOwn(P.s("__dualvm_slot__"));
  if (i == Shape::kNotFound || j == Shape::kNotFound) return nullptr;
  *slot = uint32_t(o->slot(j).asInt());
  return static_cast<Environment*>(o->slot(i).asCell());
}

static Value cell_contents(VM& vm, CallArgs& a) {
  Value self = a.thisValue.isUndefined() ? a[0] : a.thisValue;
  uint32_t slot;
  Environment* e = isObject(self) ? cellEnv(L, self, &slot) : nullptr;
  if (!e || slot >= e->slots.size()) L.raise(L.t.ValueError, "Cell is empty");
  Value v = e->slots[slot];
  if (v.isUninitialized()) L.raise(L.t.ValueError, "Cell is empty");
  return v;
}

static PyType* cellType(PyLanguage& P) {
  VM& vm = P.vm;
  if (PyType* t = internalType(P, "__dualvm_cell__")) return t;
  PyType* ty = P.newType("cell", P.t.object);
  Rooted rt(vm, Value::cell(ty));
  NativeFunction* getter = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, cell_contents, &P);
  Rooted rg(vm, Value::cell(getter));
  PyBox* prop = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
  prop->a = rg;
  prop->b = Value::null();
  prop->c = Value::null();
  Rooted rp(vm, Value::cell(prop));
  ty->putDirect(vm, P.s("cell_contents"), rp);
  setInternalType(P, "__dualvm_cell__", ty);
  return ty;
}

// The cell for (env, slot), made once per variable.
static Value cellFor(PyLanguage& P, Environment* env, uint32_t slot) {
  VM& vm = P.vm;
  String* key = vm.intern("__dualvm_cell_" + std::to_string(slot));
  // Python never runs the JS-only GetName/SetName paths that read evalVars, so the field is free
  // to hold this environment's cell objects.
  if (env->evalVars) {
    uint32_t i = env->evalVars->findOwn(key);
    if (i != Shape::kNotFound) return env->evalVars->slot(i);
  }
  Object* c = vm.heap.make<Object>(vm.emptyShape(), cellType(P));
  Rooted rc(vm, Value::cell(c));
  c->putDirect(vm, hiddenKey(P), Value::cell(env));
  c->putDirect(vm, P.s("__dualvm_slot__"), Value::integer(int32_t(slot)));
  if (!env->evalVars) {
    Object* vars = vm.heap.make<Object>(vm.emptyShape(), nullptr);
    gc::writeBarrier(env, vars);
    env->evalVars = vars;
  }
  env->evalVars->putDirect(vm, key, rc);
  return rc;
}

Value functionClosure(PyLanguage& P, Closure* c) {
  VM& vm = P.vm;
  const ir::Function& f = *c->fn->ir;
  const uint32_t* code = f.code.data();
  size_t n = f.code.size();
  bool ownEnv = false;
  std::set<std::pair<uint32_t, uint32_t>> refs;  // (depth in the closure's chain, slot)
  for (size_t pc = 0; pc < n;) {
    ir::Op op = ir::Op(code[pc]);
    uint32_t hops = 0, slot = 0;
    bool env = false;
    switch (op) {
      case ir::Op::PushEnv: ownEnv = true; break;
      case ir::Op::GetEnv: case ir::Op::GetEnvChecked: hops = code[pc + 2]; slot = code[pc + 3]; env = true; break;
      case ir::Op::SetEnv: case ir::Op::SetEnvChecked: case ir::Op::InitEnv: hops = code[pc + 1]; slot = code[pc + 2]; env = true; break;
      default: break;
    }
    if (env) {
      if (ownEnv && hops == 0) { /* the function's own cell variable */ }
      else refs.insert({ownEnv ? hops - 1 : hops, slot});
    }
    pc += ir::opLength(op);
  }
  if (refs.empty()) return Value::null();
  RootedVector cells(vm);
  for (auto [depth, slot] : refs) {
    Environment* e = c->env;
    for (uint32_t i = 0; e && i < depth; i++) e = e->parent;
    if (!e || slot >= e->slots.size()) continue;
    cells.push(cellFor(P, e, slot));
  }
  return P.newTuple(cells.data(), cells.size());
}

}  // namespace dualvm::py
