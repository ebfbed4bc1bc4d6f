// runtime/python/ast_objects.cpp — (pylang) ast.parse: the frontend's parse tree (frontends/python
// ast.h) turned into CPython's `_ast` node objects (classes made by modules/_ast.cpp), with
// lineno/col_offset/end_lineno/end_col_offset as CPython reports them (the frontend keeps UTF-8
// byte columns already), ctx Load/Store/Del instances, absent optional fields None and
// type_comment None. compile(src, fn, mode, PyCF_ONLY_AST) calls astFromSource. The reverse
// (compile() of a node tree) goes through ast.unparse and compiles the text: astToSource.
#include <functional>

#include "frontends/python/ast_dump.h"
#include "frontends/python/compiler.h"
#include "frontends/python/parser.h"
#include "runtime/python/complex.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

using namespace ::py::ast;

namespace {

class Builder {
 public:
  Builder(PyLanguage& P, Value astModule) : P(P), vm(P.vm), mod_(vm, astModule) {}

  Value module(const Module& m) {
    if (m.mode == ParseMode::Eval) {
      Rooted n(vm, node("Expression"));
      set(n, "body", expr(m.expression));
      return n;
    }
    Rooted n(vm, node(m.mode == ParseMode::File ? "Module" : "Interactive"));
    set(n, "body", stmts(m.body));
    if (m.mode == ParseMode::File) set(n, "type_ignores", P.newList(nullptr, 0));
    return n;
  }

 private:
  PyLanguage& P;
  VM& vm;
  Rooted mod_;

  // A new instance of _ast.<cls> (its __init__ with no arguments sets nothing).
  Value node(const char* cls) {
    Value c = P.getAttr(mod_, P.s(cls));
    return P.call(c, nullptr, 0);
  }
  void set(Rooted& n, const char* field, Value v) {
    Rooted rv(vm, v);
    P.setAttr(n, P.s(field), rv);
  }
  void positions(Rooted& n, const Node* x) {
    set(n, "lineno", Value::integer(x->pos.lineno));
    set(n, "col_offset", Value::integer(x->pos.col_offset));
    set(n, "end_lineno", Value::integer(x->pos.end_lineno));
    set(n, "end_col_offset", Value::integer(x->pos.end_col_offset));
  }
  Value str(const std::string& s) { return P.newStr(s); }
  Value optStr(const std::string& s) { return s.empty() ? Value::null() : P.newStr(s); }

  template <class T, class Fn>
  Value list(const std::vector<T>& items, Fn fn) {
    RootedVector out(vm);
    for (const T& x : items) out.push(fn(x));
    return P.newList(out.data(), out.size());
  }
  // a null entry (kw_defaults without a default, Dict keys of **x) is None
  Value exprs(const std::vector<Expr*>& v) { return list(v, [&](const Expr* e) { return optExpr(e); }); }
  Value stmts(const StmtList& v) { return list(v, [&](const Stmt* s) { return stmt(s); }); }
  Value names(const std::vector<std::string>& v) { return list(v, [&](const std::string& s) { return str(s); }); }
  Value optExpr(const Expr* e) { return e ? expr(e) : Value::null(); }

  Value constantValue(const Constant* c) {
    switch (c->value_kind) {
      case ConstantKind::None: return Value::null();
      case ConstantKind::True: return Value::boolean(true);
      case ConstantKind::False: return Value::boolean(false);
      case ConstantKind::Ellipsis: return P.ellipsis;
      case ConstantKind::Int: {
        if (c->intFits64 && c->intValue >= INT32_MIN && c->intValue <= INT32_MAX) return Value::integer(int32_t(c->intValue));
        Rooted text(vm, P.newStr(::py::intConstantToDecimal(*c)));
        Value arg = text;
        return P.call(Value::cell(P.t.int_), &arg, 1);
      }
      case ConstantKind::Float: return Value::number(c->floatValue);
      case ConstantKind::Complex: return newComplex(P, 0.0, c->floatValue);
      case ConstantKind::Str: return P.newStr(c->str);
      case ConstantKind::Bytes: return newBytes(P, c->str);
    }
    return Value::null();
  }

  Value arg(const Arg* a) {
    Rooted n(vm, node("arg"));
    set(n, "arg", str(a->arg));
    set(n, "annotation", optExpr(a->annotation));
    set(n, "type_comment", Value::null());
    positions(n, a);
    return n;
  }
  Value optArg(const Arg* a) { return a ? arg(a) : Value::null(); }
  Value args(const std::vector<Arg*>& v) { return list(v, [&](const Arg* a) { return arg(a); }); }

  Value arguments(const Arguments* a) {
    Rooted n(vm, node("arguments"));
    set(n, "posonlyargs", args(a->posonlyargs));
    set(n, "args", args(a->args));
    set(n, "vararg", optArg(a->vararg));
    set(n, "kwonlyargs", args(a->kwonlyargs));
    set(n, "kw_defaults", exprs(a->kw_defaults));
    set(n, "kwarg", optArg(a->kwarg));
    set(n, "defaults", exprs(a->defaults));
    return n;
  }

  Value keyword(const Keyword* k) {
    Rooted n(vm, node("keyword"));
    set(n, "arg", optStr(k->arg));
    set(n, "value", expr(k->value));
    positions(n, k);
    return n;
  }
  Value keywords(const std::vector<Keyword*>& v) { return list(v, [&](const Keyword* k) { return keyword(k); }); }

  Value comprehension(const Comprehension* c) {
    Rooted n(vm, node("comprehension"));
    set(n, "target", expr(c->target));
    set(n, "iter", expr(c->iter));
    set(n, "ifs", exprs(c->ifs));
    set(n, "is_async", Value::integer(c->is_async ? 1 : 0));
    return n;
  }
  Value comprehensions(const std::vector<Comprehension*>& v) {
    return list(v, [&](const Comprehension* c) { return comprehension(c); });
  }

  Value alias(const Alias* a) {
    Rooted n(vm, node("alias"));
    set(n, "name", str(a->name));
    set(n, "asname", optStr(a->asname));
    positions(n, a);
    return n;
  }
  Value aliases(const std::vector<Alias*>& v) { return list(v, [&](const Alias* a) { return alias(a); }); }

  Value withitem(const WithItem* w) {
    Rooted n(vm, node("withitem"));
    set(n, "context_expr", expr(w->context_expr));
    set(n, "optional_vars", optExpr(w->optional_vars));
    return n;
  }

  Value handler(const ExceptHandler* h) {
    Rooted n(vm, node("ExceptHandler"));
    set(n, "type", optExpr(h->type));
    set(n, "name", optStr(h->name));
    set(n, "body", stmts(h->body));
    positions(n, h);
    return n;
  }

  Value matchCase(const MatchCase* c) {
    Rooted n(vm, node("match_case"));
    set(n, "pattern", pattern(c->pattern));
    set(n, "guard", optExpr(c->guard));
    set(n, "body", stmts(c->body));
    return n;
  }
  Value patterns(const std::vector<Pattern*>& v) { return list(v, [&](const Pattern* p) { return pattern(p); }); }

  Value pattern(const Pattern* p) {
    Rooted n(vm, node(name(p->kind)));
    switch (p->kind) {
      case PatternKind::MatchValue: set(n, "value", expr(p->as<MatchValue>()->value)); break;
      case PatternKind::MatchSingleton: {
        ConstantKind k = p->as<MatchSingleton>()->value;
        set(n, "value", k == ConstantKind::None ? Value::null() : Value::boolean(k == ConstantKind::True));
        break;
      }
      case PatternKind::MatchSequence: set(n, "patterns", patterns(p->as<MatchSequence>()->patterns)); break;
      case PatternKind::MatchMapping: {
        auto* m = p->as<MatchMapping>();
        set(n, "keys", exprs(m->keys));
        set(n, "patterns", patterns(m->patterns));
        set(n, "rest", optStr(m->rest));
        break;
      }
      case PatternKind::MatchClass: {
        auto* m = p->as<MatchClass>();
        set(n, "cls", expr(m->cls));
        set(n, "patterns", patterns(m->patterns));
        set(n, "kwd_attrs", names(m->kwd_attrs));
        set(n, "kwd_patterns", patterns(m->kwd_patterns));
        break;
      }
      case PatternKind::MatchStar: set(n, "name", optStr(p->as<MatchStar>()->name)); break;
      case PatternKind::MatchAs: {
        auto* m = p->as<MatchAs>();
        set(n, "pattern", m->pattern ? pattern(m->pattern) : Value::null());
        set(n, "name", optStr(m->name));
        break;
      }
      case PatternKind::MatchOr: set(n, "patterns", patterns(p->as<MatchOr>()->patterns)); break;
    }
    positions(n, p);
    return n;
  }

  Value ctx(ExprContext c) { return node(name(c)); }

  Value expr(const Expr* e) {
    Rooted n(vm, node(name(e->kind)));
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* x = e->as<BoolOp>();
        set(n, "op", node(name(x->op)));
        set(n, "values", exprs(x->values));
        break;
      }
      case ExprKind::NamedExpr: {
        auto* x = e->as<NamedExpr>();
        set(n, "target", expr(x->target));
        set(n, "value", expr(x->value));
        break;
      }
      case ExprKind::BinOp: {
        auto* x = e->as<BinOp>();
        set(n, "left", expr(x->left));
        set(n, "op", node(name(x->op)));
        set(n, "right", expr(x->right));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* x = e->as<::py::ast::UnaryOp>();
        set(n, "op", node(name(x->op)));
        set(n, "operand", expr(x->operand));
        break;
      }
      case ExprKind::Lambda: {
        auto* x = e->as<Lambda>();
        set(n, "args", arguments(x->args));
        set(n, "body", expr(x->body));
        break;
      }
      case ExprKind::IfExp: {
        auto* x = e->as<IfExp>();
        set(n, "test", expr(x->test));
        set(n, "body", expr(x->body));
        set(n, "orelse", expr(x->orelse));
        break;
      }
      case ExprKind::Dict: {
        auto* x = e->as<Dict>();
        set(n, "keys", exprs(x->keys));
        set(n, "values", exprs(x->values));
        break;
      }
      case ExprKind::Set: set(n, "elts", exprs(e->as<Set>()->elts)); break;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp: {
        auto* x = e->as<ListComp>();
        set(n, "elt", expr(x->elt));
        set(n, "generators", comprehensions(x->generators));
        break;
      }
      case ExprKind::DictComp: {
        auto* x = e->as<DictComp>();
        set(n, "key", expr(x->key));
        set(n, "value", expr(x->value));
        set(n, "generators", comprehensions(x->generators));
        break;
      }
      case ExprKind::Await: set(n, "value", expr(e->as<Await>()->value)); break;
      case ExprKind::Yield: set(n, "value", optExpr(e->as<Yield>()->value)); break;
      case ExprKind::YieldFrom: set(n, "value", expr(e->as<YieldFrom>()->value)); break;
      case ExprKind::Compare: {
        auto* x = e->as<Compare>();
        set(n, "left", expr(x->left));
        set(n, "ops", list(x->ops, [&](CmpOp op) { return node(name(op)); }));
        set(n, "comparators", exprs(x->comparators));
        break;
      }
      case ExprKind::Call: {
        auto* x = e->as<Call>();
        set(n, "func", expr(x->func));
        set(n, "args", exprs(x->args));
        set(n, "keywords", keywords(x->keywords));
        break;
      }
      case ExprKind::FormattedValue: {
        auto* x = e->as<FormattedValue>();
        set(n, "value", expr(x->value));
        set(n, "conversion", Value::integer(x->conversion));
        set(n, "format_spec", optExpr(x->format_spec));
        break;
      }
      case ExprKind::JoinedStr: set(n, "values", exprs(e->as<JoinedStr>()->values)); break;
      case ExprKind::Constant: {
        auto* x = e->as<Constant>();
        set(n, "value", constantValue(x));
        set(n, "kind", x->uPrefix ? str("u") : Value::null());
        break;
      }
      case ExprKind::Attribute: {
        auto* x = e->as<Attribute>();
        set(n, "value", expr(x->value));
        set(n, "attr", str(x->attr));
        set(n, "ctx", ctx(x->ctx));
        break;
      }
      case ExprKind::Subscript: {
        auto* x = e->as<Subscript>();
        set(n, "value", expr(x->value));
        set(n, "slice", expr(x->slice));
        set(n, "ctx", ctx(x->ctx));
        break;
      }
      case ExprKind::Starred: {
        auto* x = e->as<Starred>();
        set(n, "value", expr(x->value));
        set(n, "ctx", ctx(x->ctx));
        break;
      }
      case ExprKind::Name: {
        auto* x = e->as<Name>();
        set(n, "id", str(x->id));
        set(n, "ctx", ctx(x->ctx));
        break;
      }
      case ExprKind::List: case ExprKind::Tuple: {
        auto* x = e->as<List>();
        set(n, "elts", exprs(x->elts));
        set(n, "ctx", ctx(x->ctx));
        break;
      }
      case ExprKind::Slice: {
        auto* x = e->as<Slice>();
        set(n, "lower", optExpr(x->lower));
        set(n, "upper", optExpr(x->upper));
        set(n, "step", optExpr(x->step));
        break;
      }
    }
    positions(n, e);
    return n;
  }

  Value stmt(const Stmt* s) {
    Rooted n(vm, node(name(s->kind)));
    switch (s->kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        auto* x = s->as<FunctionDef>();
        set(n, "name", str(x->name));
        set(n, "args", arguments(x->args));
        set(n, "body", stmts(x->body));
        set(n, "decorator_list", exprs(x->decorator_list));
        set(n, "returns", optExpr(x->returns));
        set(n, "type_comment", Value::null());
        break;
      }
      case StmtKind::ClassDef: {
        auto* x = s->as<ClassDef>();
        set(n, "name", str(x->name));
        set(n, "bases", exprs(x->bases));
        set(n, "keywords", keywords(x->keywords));
        set(n, "body", stmts(x->body));
        set(n, "decorator_list", exprs(x->decorator_list));
        break;
      }
      case StmtKind::Return: set(n, "value", optExpr(s->as<Return>()->value)); break;
      case StmtKind::Delete: set(n, "targets", exprs(s->as<Delete>()->targets)); break;
      case StmtKind::Assign: {
        auto* x = s->as<Assign>();
        set(n, "targets", exprs(x->targets));
        set(n, "value", expr(x->value));
        set(n, "type_comment", Value::null());
        break;
      }
      case StmtKind::AugAssign: {
        auto* x = s->as<AugAssign>();
        set(n, "target", expr(x->target));
        set(n, "op", node(name(x->op)));
        set(n, "value", expr(x->value));
        break;
      }
      case StmtKind::AnnAssign: {
        auto* x = s->as<AnnAssign>();
        set(n, "target", expr(x->target));
        set(n, "annotation", expr(x->annotation));
        set(n, "value", optExpr(x->value));
        set(n, "simple", Value::integer(x->simple ? 1 : 0));
        break;
      }
      case StmtKind::For: case StmtKind::AsyncFor: {
        auto* x = s->as<For>();
        set(n, "target", expr(x->target));
        set(n, "iter", expr(x->iter));
        set(n, "body", stmts(x->body));
        set(n, "orelse", stmts(x->orelse));
        set(n, "type_comment", Value::null());
        break;
      }
      case StmtKind::While: {
        auto* x = s->as<While>();
        set(n, "test", expr(x->test));
        set(n, "body", stmts(x->body));
        set(n, "orelse", stmts(x->orelse));
        break;
      }
      case StmtKind::If: {
        auto* x = s->as<If>();
        set(n, "test", expr(x->test));
        set(n, "body", stmts(x->body));
        set(n, "orelse", stmts(x->orelse));
        break;
      }
      case StmtKind::With: case StmtKind::AsyncWith: {
        auto* x = s->as<With>();
        set(n, "items", list(x->items, [&](const WithItem* w) { return withitem(w); }));
        set(n, "body", stmts(x->body));
        set(n, "type_comment", Value::null());
        break;
      }
      case StmtKind::Match: {
        auto* x = s->as<Match>();
        set(n, "subject", expr(x->subject));
        set(n, "cases", list(x->cases, [&](const MatchCase* c) { return matchCase(c); }));
        break;
      }
      case StmtKind::Raise: {
        auto* x = s->as<Raise>();
        set(n, "exc", optExpr(x->exc));
        set(n, "cause", optExpr(x->cause));
        break;
      }
      case StmtKind::Try: case StmtKind::TryStar: {
        auto* x = s->as<Try>();
        set(n, "body", stmts(x->body));
        set(n, "handlers", list(x->handlers, [&](const ExceptHandler* h) { return handler(h); }));
        set(n, "orelse", stmts(x->orelse));
        set(n, "finalbody", stmts(x->finalbody));
        break;
      }
      case StmtKind::Assert: {
        auto* x = s->as<Assert>();
        set(n, "test", expr(x->test));
        set(n, "msg", optExpr(x->msg));
        break;
      }
      case StmtKind::Import: set(n, "names", aliases(s->as<Import>()->names)); break;
      case StmtKind::ImportFrom: {
        auto* x = s->as<ImportFrom>();
        set(n, "module", optStr(x->module));
        set(n, "names", aliases(x->names));
        set(n, "level", Value::integer(x->level));
        break;
      }
      case StmtKind::Global: case StmtKind::Nonlocal: set(n, "names", names(s->as<Global>()->names)); break;
      case StmtKind::Expr: set(n, "value", expr(s->as<ExprStmt>()->value)); break;
      case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    }
    positions(n, s);
    return n;
  }
};

}  // namespace

// py_module.cpp: a frontend error as the Python SyntaxError/IndentationError
[[noreturn]] void raiseSyntaxError(PyLanguage& P, const ::py::SyntaxErrorInfo& e, const std::string& file);

Value astFromSource(PyLanguage& P, const std::string& source, const std::string& file, int mode) {
  VM& vm = P.vm;
  ::py::ParseOptions po;
  po.filename = file;
  po.compileChecks = false;  // ast.parse does not run the compiler's checks ('return' outside function)
  po.mode = mode == int(::py::CompileMode::Eval) ? ParseMode::Eval
          : mode == int(::py::CompileMode::Single) ? ParseMode::Single : ParseMode::File;
  std::string text = source;
  if (po.mode == ParseMode::Eval) {
    size_t i = text.find_first_not_of(" \t");
    text = i == std::string::npos ? std::string() : text.substr(i);
  }
  std::unique_ptr<Module> m;
  try {
    m = ::py::parse(text, po);
  } catch (const ::py::SyntaxErrorInfo& e) {
    raiseSyntaxError(P, e, file);
  }
  Rooted astModule(vm, P.importName(P.newStr("_ast"), Value::null(), Value::integer(0)));
  Builder b(P, astModule);
  return b.module(*m);
}

bool isAstObject(PyLanguage& P, Value v) {
  if (!isObject(v) || isString(v)) return false;
  Rooted rv(P.vm, v);
  Rooted m(P.vm, P.importName(P.newStr("_ast"), Value::null(), Value::integer(0)));
  Value cls = P.getAttr(m, P.s("AST"), false);
  return !cls.isMagic(Magic::Empty) && P.isInstance(rv, asType(cls));
}

// compile() of a node tree: ast.unparse gives source with the same meaning, which is compiled as
// usual (positions are those of the unparsed text, not the tree's lineno/col_offset).
std::string astToSource(PyLanguage& P, Value tree) {
  VM& vm = P.vm;
  Rooted rt(vm, tree);
  Rooted astPy(vm, P.importName(P.newStr("ast"), Value::null(), Value::integer(0)));
  Value arg = rt;
  Value text = P.callMethod(astPy, "unparse", &arg, 1);
  return asString(text)->toUtf8();
}

}  // namespace dualvm::py

namespace dualvm::py {

// The names a module-level `global` statement of `source` declares (compound statements
// included, function and class bodies not): exec(src, globals, locals) must bind those in the
// globals. Empty when the source does not parse (the compile reports that).
std::vector<std::string> declaredGlobals(const std::string& source) {
  std::vector<std::string> out;
  ::py::ParseOptions po;
  po.compileChecks = false;
  std::unique_ptr<Module> m;
  try { m = ::py::parse(source, po); } catch (const ::py::SyntaxErrorInfo&) { return out; }
  std::function<void(const StmtList&)> walk = [&](const StmtList& body) {
    for (const Stmt* s : body) {
      switch (s->kind) {
        case StmtKind::Global: for (const std::string& n : s->as<Global>()->names) out.push_back(n); break;
        case StmtKind::If: walk(s->as<If>()->body); walk(s->as<If>()->orelse); break;
        case StmtKind::While: walk(s->as<While>()->body); walk(s->as<While>()->orelse); break;
        case StmtKind::For: case StmtKind::AsyncFor: walk(s->as<For>()->body); walk(s->as<For>()->orelse); break;
        case StmtKind::With: case StmtKind::AsyncWith: walk(s->as<With>()->body); break;
        case StmtKind::Try: case StmtKind::TryStar: {
          auto* t = s->as<Try>();
          walk(t->body);
          for (const ExceptHandler* h : t->handlers) walk(h->body);
          walk(t->orelse);
          walk(t->finalbody);
          break;
        }
        case StmtKind::Match: for (const MatchCase* c : s->as<Match>()->cases) walk(c->body); break;
        default: break;
      }
    }
  };
  walk(m->body);
  return out;
}

}  // namespace dualvm::py
