// runtime/python/modules/_csv.cpp — the native `_csv` module (CPython 3.11's Modules/_csv.c)
// under csv.py: Dialect (validated, read-only attributes), reader (CPython's parser state
// machine: quoting, escapechar, doublequote, skipinitialspace, strict, QUOTE_NONNUMERIC floats,
// field_size_limit, line_num), writer (writerow/writerows: quoting decided per field as _csv.c's
// join_append), the dialect registry (register/unregister/get/list_dialects), field_size_limit,
// QUOTE_* and Error, with _csv.c's messages.
// A reader parses one whole record per __next__, so the field buffer is local to the call and
// only the input iterator, the dialect and line_num live in the reader object.
#include "runtime/python/complex.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum { kDialect = 0x4353, kReader, kWriter };
enum Quoting { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };
constexpr int64_t NOT_SET = -1, EOL = -2;

// Dialect state: n = {delimiter, doublequote, escapechar, quotechar, quoting, skipinitialspace,
// strict} (characters as code points, NOT_SET when absent); v[0] = lineterminator.
enum { D_DELIM, D_DQUOTE, D_ESC, D_QUOTE, D_QUOTING, D_SKIPWS, D_STRICT };

struct CsvState {
  PyType* dialectType = nullptr;
  PyType* readerType = nullptr;
  PyType* writerType = nullptr;
  Value error;     // _csv.Error
  Value registry;  // dict name -> Dialect
  int64_t fieldLimit = 128 * 1024;
};
CsvState S;

[[noreturn]] void csvError(PyLanguage& P, const std::string& msg) {
  VM& vm = P.vm;
  Rooted m(vm, P.newStr(msg));
  Rooted exc(vm, P.call(S.error, m.address(), 1));
  vm.throwValue(exc);
}

std::string charStr(int64_t c) { return c < 0 ? std::string() : cpToUtf8(std::u32string(1, char32_t(c))); }

// _set_char / _set_char_or_none: a 1-character str (or None where allowed) -> code point.
int64_t charParam(PyLanguage& P, const char* name, Value src, int64_t dflt, bool noneOk) {
  if (src.isMagic(Magic::Empty)) return dflt;
  if (noneOk && src.isNull()) return NOT_SET;
  if (!isString(src))
    P.raise(P.t.TypeError, std::string("\"") + name + "\" must be string" + (noneOk ? " or None" : "") + ", not " + P.typeName(src));
  std::u32string s = cps(src);
  if (s.size() != 1) P.raise(P.t.TypeError, std::string("\"") + name + "\" must be a 1-character string");
  return int64_t(s[0]);
}

// _csv.c parses keywords with PyArg_ParseTupleAndKeywords: its message for an unknown one
void checkKw(PyLanguage& P, std::initializer_list<const char*> allowed, const char* fn = "this function") {
  for (String* n : P.kwNames) {
    bool ok = false;
    for (const char* x : allowed) if (n->toUtf8() == x) ok = true;
    if (!ok) P.raise(P.t.TypeError, "'" + n->toUtf8() + "' is an invalid keyword argument for " + fn);
  }
}
#define FMT_KWS "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"

bool isDialect(Value v) { return isNativeState(v, kDialect); }

// Dialect(dialect=None, **fmtparams), _csv.c's dialect_new.
Value makeDialect(PyLanguage& P, PyType* type, Value dialectArg, const Kwargs& kw) {
  VM& vm = P.vm;
  Rooted dialect(vm, dialectArg);
  if (isString(dialect)) {
    Value d = P.dictGet(asDict(S.registry), dialect);
    if (d.isMagic(Magic::Empty)) csvError(P, "unknown dialect");
    dialect = d;
  }
  static const char* names[] = {"delimiter", "doublequote", "escapechar", "lineterminator",
                                "quotechar", "quoting", "skipinitialspace", "strict"};
  RootedVector vals(vm);
  bool anyKw = false;
  for (const char* n : names) {
    Value v = kw.get(n);
    if (!v.isMagic(Magic::Empty)) anyKw = true;
    vals.push(v);
  }
  // an existing Dialect with no overrides is reused, as CPython
  if (isDialect(dialect) && !anyKw && type == S.dialectType) return dialect;
  if (!dialect.get().isNullish() && !dialect.get().isMagic(Magic::Empty)) {
    for (size_t i = 0; i < vals.size(); i++) {
      if (!vals[i].isMagic(Magic::Empty)) continue;
      Value v;
      try {
        v = P.getAttr(dialect, P.s(names[i]), false);
      } catch (ScriptThrow&) {
        vm.exception = Value::undefined();
        v = Value::empty();
      }
      vals[i] = v;
    }
  }
  Value quotingGiven = kw.get("quoting");
  if (quotingGiven.isMagic(Magic::Empty)) quotingGiven = vals[5];
  NativeState* d = newState(P, type, kDialect, 1, 7);
  Rooted rd(vm, Value::cell(d));
  d->n[D_DELIM] = charParam(P, "delimiter", vals[0], ',', false);
  d->n[D_DQUOTE] = vals[1].isMagic(Magic::Empty) ? 1 : P.truthy(vm, vals[1]);
  d->n[D_ESC] = charParam(P, "escapechar", vals[2], NOT_SET, true);
  Value lt = vals[3];
  if (lt.isMagic(Magic::Empty)) lt = P.newStr("\r\n");
  else if (lt.isNull()) lt = Value::null();
  else if (!isString(lt)) P.raise(P.t.TypeError, "\"lineterminator\" must be a string");
  asState(rd)->set(0, lt);
  asState(rd)->n[D_QUOTE] = charParam(P, "quotechar", vals[4], '"', true);
  if (vals[5].isMagic(Magic::Empty)) {
    asState(rd)->n[D_QUOTING] = QUOTE_MINIMAL;
  } else {
    if (!isInteger(vals[5]) || vals[5].isBool()) P.raise(P.t.TypeError, "\"quoting\" must be an integer");
    asState(rd)->n[D_QUOTING] = P.toIndex(vals[5]);
  }
  asState(rd)->n[D_SKIPWS] = vals[6].isMagic(Magic::Empty) ? 0 : P.truthy(vm, vals[6]);
  asState(rd)->n[D_STRICT] = vals[7].isMagic(Magic::Empty) ? 0 : P.truthy(vm, vals[7]);
  NativeState* s = asState(rd);
  if (s->n[D_QUOTING] < QUOTE_MINIMAL || s->n[D_QUOTING] > QUOTE_NONE) P.raise(P.t.TypeError, "bad \"quoting\" value");
  if (s->n[D_DELIM] == NOT_SET) P.raise(P.t.TypeError, "\"delimiter\" must be a 1-character string");
  if (vals[4].isNull() && quotingGiven.isMagic(Magic::Empty)) s->n[D_QUOTING] = QUOTE_NONE;
  if (s->n[D_QUOTING] != QUOTE_NONE && s->n[D_QUOTE] == NOT_SET) P.raise(P.t.TypeError, "quotechar must be set if quoting enabled");
  if (s->v[0].isNull()) P.raise(P.t.TypeError, "lineterminator must be set");
  return rd;
}

NativeState* dialectOf(NativeState* owner) { return asState(owner->v[1]); }

// reader/writer's dialect: Dialect(dialect, **fmtparams) (csv.py's Dialect subclasses go through
// getattr like any object).
Value callDialect(PyLanguage& P, Value dialectArg, const Kwargs& kw) {
  return makeDialect(P, S.dialectType, dialectArg, kw);
}

// ---- Dialect ----

Value dialect_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  checkKw(P, {"dialect", FMT_KWS});
  RootedKwargs kw(P, "Dialect", {"dialect", FMT_KWS});
  if (a.argc > 2) P.raise(P.t.TypeError, "Dialect() takes at most 1 argument (" + std::to_string(a.argc - 1) + " given)");
  Value d = a.argc > 1 ? a[1] : kw.get("dialect");
  if (d.isMagic(Magic::Empty)) d = Value::null();
  return makeDialect(P, asType(a[0]), d, kw.kw);
}

Value dialect_get(VM& vm, CallArgs& a) {
  Value self = a.argc ? a[0] : a.thisValue;
  if (!isDialect(self)) L.raise(L.t.TypeError, "descriptor requires a '_csv.Dialect' object");
  NativeState* d = asState(self);
  std::string name = asString(asNativeFunction(Value::cell(a.callee))->data)->toUtf8();
  if (name == "lineterminator") return d->v[0];
  if (name == "doublequote") return Value::boolean(d->n[D_DQUOTE]);
  if (name == "skipinitialspace") return Value::boolean(d->n[D_SKIPWS]);
  if (name == "strict") return Value::boolean(d->n[D_STRICT]);
  if (name == "quoting") return Value::fromInt64(d->n[D_QUOTING]);
  int64_t c = name == "delimiter" ? d->n[D_DELIM] : name == "escapechar" ? d->n[D_ESC] : d->n[D_QUOTE];
  return c == NOT_SET ? Value::null() : L.newStr(charStr(c));
}

// ---- reader ----

// Reader state: v = {input iterator, dialect}; n[0] = line_num.
Value csv_reader(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  checkKw(P, {"dialect", FMT_KWS});
  RootedKwargs kw(P, "reader", {"dialect", FMT_KWS});
  for (String* n : kw.kw.names)
    if (n->toUtf8() == "dialect" && a.argc > 1) P.raise(P.t.TypeError, "argument for reader() given by name ('dialect') and position (2)");
  if (a.argc < 1) P.raise(P.t.TypeError, "expected at least 1 argument, got 0");
  if (a.argc > 2) P.raise(P.t.TypeError, "expected at most 2 arguments, got " + std::to_string(a.argc));
  Rooted it(vm, P.getIterator(vm, a[0], false));
  Value dv = a.argc > 1 ? a[1] : kw.get("dialect");
  Rooted d(vm, callDialect(P, dv.isMagic(Magic::Empty) ? Value::null() : dv, kw.kw));
  NativeState* r = newState(P, S.readerType, kReader, 2, 1);
  r->set(0, it);
  r->set(1, d);
  return Value::cell(r);
}

enum ParserState { START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
                   ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL };

struct Parser {
  PyLanguage& P;
  NativeState* dialect;  // reachable from the rooted reader
  RootedVector& fields;
  std::u32string field;
  int state = START_RECORD;
  bool numeric = false;

  void saveField() {
    VM& vm = P.vm;
    Rooted f(vm, P.newStrCp(field));
    field.clear();
    if (numeric) {
      numeric = false;
      f = Value::number(P.toFloat(f));
    }
    fields.push(f);
  }
  void addChar(int64_t c) {
    if (int64_t(field.size()) >= S.fieldLimit) csvError(P, "field larger than field limit (" + std::to_string(S.fieldLimit) + ")");
    field.push_back(char32_t(c));
  }
  void process(int64_t c) {
    const auto& n = dialect->n;
    int64_t delim = n[D_DELIM], esc = n[D_ESC], quote = n[D_QUOTE];
    bool quoting = n[D_QUOTING] != QUOTE_NONE;
    switch (state) {
      case START_RECORD:
        if (c == EOL) break;  // empty line: []
        if (c == '\n' || c == '\r') { state = EAT_CRNL; break; }
        state = START_FIELD;
        [[fallthrough]];
      case START_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
          saveField();
          state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == quote && quoting) {
          state = IN_QUOTED_FIELD;
        } else if (c == esc) {
          state = ESCAPED_CHAR;
        } else if (c == ' ' && n[D_SKIPWS]) {
        } else if (c == delim) {
          saveField();
        } else {
          if (n[D_QUOTING] == QUOTE_NONNUMERIC) numeric = true;
          addChar(c);
          state = IN_FIELD;
        }
        break;
      case ESCAPED_CHAR:
        if (c == '\n' || c == '\r') {
          addChar(c);
          state = AFTER_ESCAPED_CRNL;
          break;
        }
        if (c == EOL) c = '\n';
        addChar(c);
        state = IN_FIELD;
        break;
      case AFTER_ESCAPED_CRNL:
        if (c == EOL) break;
        [[fallthrough]];
      case IN_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
          saveField();
          state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == esc) {
          state = ESCAPED_CHAR;
        } else if (c == delim) {
          saveField();
          state = START_FIELD;
        } else {
          addChar(c);
        }
        break;
      case IN_QUOTED_FIELD:
        if (c == EOL) {
        } else if (c == esc) {
          state = ESCAPE_IN_QUOTED_FIELD;
        } else if (c == quote && quoting) {
          state = n[D_DQUOTE] ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        } else {
          addChar(c);
        }
        break;
      case ESCAPE_IN_QUOTED_FIELD:
        if (c == EOL) c = '\n';
        addChar(c);
        state = IN_QUOTED_FIELD;
        break;
      case QUOTE_IN_QUOTED_FIELD:
        if (quoting && c == quote) {
          addChar(c);
          state = IN_QUOTED_FIELD;
        } else if (c == delim) {
          saveField();
          state = START_FIELD;
        } else if (c == '\n' || c == '\r' || c == EOL) {
          saveField();
          state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (!n[D_STRICT]) {
          addChar(c);
          state = IN_FIELD;
        } else {
          csvError(P, "'" + charStr(delim) + "' expected after '" + charStr(quote) + "'");
        }
        break;
      case EAT_CRNL:
        if (c == '\n' || c == '\r') {
        } else if (c == EOL) {
          state = START_RECORD;
        } else {
          csvError(P, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        }
        break;
    }
  }
};

Value reader_next(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  NativeState* r = selfState(P, a, kReader, "__next__", "_csv.reader");
  Rooted self(vm, Value::cell(r));
  RootedVector fields(vm);
  Parser p{P, dialectOf(r), fields};
  do {
    bool done = false;
    Rooted line(vm, P.next(asState(self)->v[0], &done));
    if (done) {
      if (!p.field.empty() || p.state == IN_QUOTED_FIELD) {
        if (p.dialect->n[D_STRICT]) csvError(P, "unexpected end of data");
        p.saveField();
        break;
      }
      stopIteration(P);
    }
    if (!isString(line))
      csvError(P, "iterator should return strings, not " + P.typeName(line) + " (the file should be opened in text mode)");
    asState(self)->n[0]++;
    for (char32_t c : cps(line)) p.process(c);
    p.process(EOL);
  } while (p.state != START_RECORD);
  return P.newList(fields.data(), fields.size());
}

Value reader_iter(VM& vm, CallArgs& a) {
  selfState(L, a, kReader, "__iter__", "_csv.reader");
  return a.thisValue;
}

Value reader_get(VM& vm, CallArgs& a) {
  Value self = a.argc ? a[0] : a.thisValue;
  std::string name = asString(asNativeFunction(Value::cell(a.callee))->data)->toUtf8();
  if (isNativeState(self, kReader)) return name == "line_num" ? Value::fromInt64(asState(self)->n[0]) : asState(self)->v[1];
  if (isNativeState(self, kWriter)) return asState(self)->v[1];
  L.raise(L.t.TypeError, "descriptor '" + name + "' needs a _csv.reader or _csv.writer");
}

// ---- writer ----

// Writer state: v = {file.write, dialect}.
Value csv_writer(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  checkKw(P, {"dialect", FMT_KWS});
  RootedKwargs kw(P, "writer", {"dialect", FMT_KWS});
  if (a.argc < 1) P.raise(P.t.TypeError, "expected at least 1 argument, got 0");
  if (a.argc > 2) P.raise(P.t.TypeError, "expected at most 2 arguments, got " + std::to_string(a.argc));
  Rooted write(vm, P.getAttr(a[0], P.s("write"), false));
  if (write.get().isMagic(Magic::Empty))
    P.raise(P.t.TypeError, "argument 1 must have a \"write\" method");
  Value dv = a.argc > 1 ? a[1] : kw.get("dialect");
  Rooted d(vm, callDialect(P, dv.isMagic(Magic::Empty) ? Value::null() : dv, kw.kw));
  NativeState* w = newState(P, S.writerType, kWriter, 2, 0);
  w->set(0, write);
  w->set(1, d);
  return Value::cell(w);
}

// PyNumber_Check: int, float, complex, or a type with __index__/__int__/__float__.
bool isNumberLike(PyLanguage& P, Value v) {
  if (v.isNumber() || v.isBool() || isInteger(v)) return true;
  if (isString(v)) return false;
  if (isComplex(v)) return true;
  PyType* t = P.typeOf(v);
  for (const char* m : {"__index__", "__int__", "__float__"})
    if (!P.lookupType(t, P.s(m)).isMagic(Magic::Empty)) return true;
  return false;
}

// One field joined onto rec (_csv.c's join_append: a counting pass decides the quoting, then the
// copy).
void joinAppend(PyLanguage& P, NativeState* d, std::u32string& rec, int& numFields, const std::u32string* field, bool quoted) {
  int64_t delim = d->n[D_DELIM], esc = d->n[D_ESC], quote = d->n[D_QUOTE];
  std::u32string lt = cps(d->v[0]);
  auto special = [&](char32_t c) {
    return int64_t(c) == delim || int64_t(c) == esc || int64_t(c) == quote || lt.find(c) != std::u32string::npos;
  };
  for (int phase = 0; phase < 2; phase++) {
    std::u32string out;
    if (numFields > 0) out.push_back(char32_t(delim));
    if (phase == 1 && quoted) out.push_back(char32_t(quote));
    if (field) {
      for (char32_t c : *field) {
        bool wantEscape = false;
        if (special(c)) {
          if (d->n[D_QUOTING] == QUOTE_NONE) {
            wantEscape = true;
          } else {
            if (int64_t(c) == quote) {
              if (d->n[D_DQUOTE]) out.push_back(char32_t(quote));
              else wantEscape = true;
            } else if (int64_t(c) == esc) {
              wantEscape = true;
            }
            if (!wantEscape) quoted = true;
          }
          if (wantEscape) {
            if (esc == NOT_SET) csvError(P, "need to escape, but no escapechar set");
            out.push_back(char32_t(esc));
          }
        }
        out.push_back(c);
      }
    }
    if (phase == 1) {
      if (quoted) out.push_back(char32_t(quote));
      rec += out;
    }
  }
  numFields++;
}

Value writer_writerow(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  NativeState* w = selfState(P, a, kWriter, "writerow", "_csv.writer");
  Rooted self(vm, Value::cell(w));
  if (a.argc != 1) P.raise(P.t.TypeError, "writerow() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted row(vm, a[0]);
  Rooted it(vm);
  try {
    it = P.getIterator(vm, row, false);
  } catch (ScriptThrow&) {
    if (!P.isInstance(vm.exception, P.t.TypeError)) throw;
    vm.exception = Value::undefined();
    csvError(P, "iterable expected, not " + P.typeName(row));
  }
  std::u32string rec;
  int numFields = 0;
  for (;;) {
    bool done = false;
    Rooted f(vm, P.next(it, &done));
    if (done) break;
    NativeState* d = dialectOf(asState(self));
    bool quoted = d->n[D_QUOTING] == QUOTE_ALL || (d->n[D_QUOTING] == QUOTE_NONNUMERIC && !isNumberLike(P, f));
    if (f.get().isNull()) {
      joinAppend(P, d, rec, numFields, nullptr, quoted);
      continue;
    }
    std::u32string text = isString(f) ? cps(f) : cps(P.newStr(P.str(f)));
    joinAppend(P, dialectOf(asState(self)), rec, numFields, &text, quoted);
  }
  NativeState* d = dialectOf(asState(self));
  if (numFields > 0 && rec.empty()) {
    if (d->n[D_QUOTING] == QUOTE_NONE) csvError(P, "single empty field record must be quoted");
    numFields--;
    joinAppend(P, d, rec, numFields, nullptr, true);
  }
  rec += cps(d->v[0]);
  Rooted line(vm, P.newStrCp(rec));
  return P.call(asState(self)->v[0], line.address(), 1);
}

Value writer_writerows(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  NativeState* w = selfState(P, a, kWriter, "writerows", "_csv.writer");
  Rooted self(vm, Value::cell(w));
  if (a.argc != 1) P.raise(P.t.TypeError, "writerows() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted it(vm, P.getIterator(vm, a[0], false));
  Value fn = P.getAttr(self, P.s("writerow"));
  Rooted writerow(vm, fn);
  for (;;) {
    bool done = false;
    Rooted row(vm, P.next(it, &done));
    if (done) break;
    P.call(writerow, row.address(), 1);
  }
  return Value::null();
}

// ---- module functions ----

Value csv_register_dialect(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  checkKw(P, {FMT_KWS});
  RootedKwargs kw(P, "register_dialect", {FMT_KWS});
  if (a.argc < 1) P.raise(P.t.TypeError, "register_dialect() expected at least 1 argument, got 0");
  if (a.argc > 2) P.raise(P.t.TypeError, "register_dialect() expected at most 2 arguments, got " + std::to_string(a.argc));
  if (!isString(a[0])) P.raise(P.t.TypeError, "dialect name must be a string");
  Rooted name(vm, a[0]);
  Rooted d(vm, callDialect(P, a.argc > 1 ? a[1] : Value::null(), kw.kw));
  P.dictSet(asDict(S.registry), name, d);
  return Value::null();
}

Value csv_unregister_dialect(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "unregister_dialect() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (!L.dictDel(asDict(S.registry), a[0])) csvError(L, "unknown dialect");
  return Value::null();
}

Value csv_get_dialect(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "get_dialect() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Value d = L.dictGet(asDict(S.registry), a[0]);
  if (d.isMagic(Magic::Empty)) csvError(L, "unknown dialect");
  return d;
}

Value csv_list_dialects(VM& vm, CallArgs&) {
  RootedVector keys(vm);
  for (const DictEntry& e : asDict(S.registry)->entries)
    if (!e.key.isMagic(Magic::Empty)) keys.push(e.key);
  return L.newList(keys.data(), keys.size());
}

Value csv_field_size_limit(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  checkKw(P, {"new_limit"}, "field_size_limit()");
  RootedKwargs kw(P, "field_size_limit", {"new_limit"});
  if (a.argc > 1) P.raise(P.t.TypeError, "field_size_limit() takes at most 1 argument (" + std::to_string(a.argc) + " given)");
  Value nl = a.argc ? a[0] : kw.get("new_limit");
  int64_t old = S.fieldLimit;
  if (!nl.isMagic(Magic::Empty)) {
    if (!isInteger(nl)) P.raise(P.t.TypeError, "limit must be an integer");
    S.fieldLimit = P.toIndex(nl);
  }
  return Value::fromInt64(old);
}

PyType* makeType(PyLanguage& P, Object* m, const char* name) {
  PyType* t = newNativeType(P, name, "_csv");
  m->putDirect(P.vm, P.s(name), Value::cell(t));
  return t;
}

}  // namespace

void initCsv(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  if (!S.dialectType) {
    S.registry = P.newDict();
    vm.addPermanentRoot(S.registry);
  }
  S.dialectType = makeType(P, m, "Dialect");
  vm.addPermanentRoot(Value::cell(S.dialectType));
  P.defNative(S.dialectType, "__new__", dialect_new);
  for (const char* f : {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"})
    defGetter(P, S.dialectType, f, dialect_get);

  S.readerType = newNativeType(P, "reader", "_csv");
  vm.addPermanentRoot(Value::cell(S.readerType));
  P.defNative(S.readerType, "__next__", reader_next);
  P.defNative(S.readerType, "__iter__", reader_iter);
  defGetter(P, S.readerType, "dialect", reader_get);
  defGetter(P, S.readerType, "line_num", reader_get);

  S.writerType = newNativeType(P, "writer", "_csv");
  vm.addPermanentRoot(Value::cell(S.writerType));
  P.defNative(S.writerType, "writerow", writer_writerow);
  P.defNative(S.writerType, "writerows", writer_writerows);
  defGetter(P, S.writerType, "dialect", reader_get);

  P.defNative(m, "reader", csv_reader);
  P.defNative(m, "writer", csv_writer);
  P.defNative(m, "register_dialect", csv_register_dialect);
  P.defNative(m, "unregister_dialect", csv_unregister_dialect);
  P.defNative(m, "get_dialect", csv_get_dialect);
  P.defNative(m, "list_dialects", csv_list_dialects);
  P.defNative(m, "field_size_limit", csv_field_size_limit);
  const char* quoting[] = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"};
  for (int i = 0; i < 4; i++) m->putDirect(vm, P.s(quoting[i]), Value::integer(i));
  m->putDirect(vm, P.s("__version__"), P.newStr("1.0"));
  m->putDirect(vm, P.s("__doc__"), P.newStr("CSV parsing and writing.\n"));
  // Error(Exception), module _csv
  Value base = Value::cell(P.t.Exception);
  Rooted bases(vm, P.newTuple(&base, 1));
  Rooted ns(vm, P.newDict());
  Rooted mod(vm, P.newStr("_csv"));
  P.dictSet(asDict(ns), Value::cell(P.s("__module__")), mod);
  Rooted name(vm, P.newStr("Error"));
  Value targs[3] = {name, bases, ns};
  Rooted err(vm, P.call(Value::cell(P.t.type), targs, 3));
  if (S.error.isUndefined()) vm.addPermanentRoot(err);
  S.error = err;
  m->putDirect(vm, P.s("Error"), err);
}

}  // namespace dualvm::py
