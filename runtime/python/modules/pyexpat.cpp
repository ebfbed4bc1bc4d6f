// runtime/python/modules/pyexpat.cpp — the native `pyexpat` module (CPython's Modules/pyexpat.c;
// owner pycmods) on libexpat: ParserCreate(encoding, namespace_separator, intern), the xmlparser
// type (Parse, ParseFile, the handler attributes, buffer_text/buffer_size, ordered_attributes,
// specified_attributes, namespace_prefixes, Error*/Current* positions, SetBase/GetBase,
// SetParamEntityParsing, UseForeignDTD, ExternalEntityParserCreate, GetInputContext),
// ExpatError/error with code/lineno/offset, ErrorString, and the `errors` and `model`
// submodules. xml.parsers.expat (ElementTree, minidom, sax) runs on it unchanged.
// Handlers are Python callables called while expat parses: the parser cell keeps them (traced),
// and a Python exception raised by one is caught at the C boundary (expat is C: nothing may
// unwind through it), parsing is stopped, and the exception is re-raised when XML_Parse returns.
#include <expat.h>
#include <cstring>
#include <exception>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagExpat = 0x5135 };

enum Handler {
  hStartElement, hEndElement, hProcessingInstruction, hCharacterData, hUnparsedEntityDecl, hNotationDecl,
  hStartNamespaceDecl, hEndNamespaceDecl, hComment, hStartCdataSection, hEndCdataSection, hDefault,
  hDefaultExpand, hNotStandalone, hExternalEntityRef, hStartDoctypeDecl, hEndDoctypeDecl, hEntityDecl,
  hXmlDecl, hElementDecl, hAttlistDecl, hSkippedEntity, kNumHandlers
};
const char* const kHandlerNames[kNumHandlers] = {
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
    "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
    "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler"};

struct Module { PyType *parser, *error; };
std::unordered_map<PyLanguage*, Module> mods;

class ExpatParser final : public Object {
 public:
  ExpatParser(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) {
    setClassTag(kTagExpat);
    handlers.assign(kNumHandlers, Value::null());
  }
  ~ExpatParser() override { if (p) XML_ParserFree(p); }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    for (Value v : handlers) traceValue(t, v);
    traceValue(t, intern);
    traceValue(t, pending);
  }
  XML_Parser p = nullptr;
  VM* vm = nullptr;
  std::vector<Value> handlers;
  Value intern = Value::null();
  Value pending = Value::null();  // the exception a handler raised (re-raised after XML_Parse)
  bool failed = false;            // a handler raised
  std::exception_ptr nativeError; // a non-Python C++ exception from a handler
  bool bufferText = false, orderedAttributes = false, specifiedAttributes = false, nsPrefixes = false;
  int64_t bufferSize = 8192;
  std::string text;               // buffered character data (buffer_text)
  void set(int i, Value v) { writeBarrier(this, v); handlers[size_t(i)] = v; }
};

bool isParser(Value v) { return isObject(v) && asObject(v)->classTag() == kTagExpat; }
ExpatParser* parserSelf(VM& vm, CallArgs& a, const char* m) {
  takeSelf(a);
  if (!isParser(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + m + "' for 'pyexpat.xmlparser' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<ExpatParser*>(asObject(a.thisValue));
}

Value str(VM& vm, const XML_Char* s) { return s ? L.newStr(s) : Value::null(); }
// An element or attribute name, shared through the parser's intern dict as CPython's conv_string_to_unicode does.
Value internName(ExpatParser* self, const XML_Char* s) {
  VM& vm = *self->vm;
  Rooted v(vm, str(vm, s));
  if (!isDict(self->intern)) return v;
  Value known = L.dictGet(asDict(self->intern), v);
  if (!known.isMagic(Magic::Empty)) return known;
  L.dictSet(asDict(self->intern), v, v);
  return v;
}
Value strN(VM& vm, const XML_Char* s, int len) { return L.newStr(std::string(s, size_t(len))); }

// Calls handler h with args; a raised exception stops the parser and is kept for Parse.
Value callHandler(ExpatParser* self, int h, const Value* args, uint32_t n) {
  VM& vm = *self->vm;
  if (self->failed) return Value::null();
  Value fn = self->handlers[size_t(h)];
  if (fn.isNull()) return Value::null();
  try {
    return L.call(fn, args, n);
  } catch (ScriptThrow&) {
    Value e = vm.exception;
    writeBarrier(self, e);
    self->pending = e;
    self->failed = true;
  } catch (...) {
    self->nativeError = std::current_exception();
    self->failed = true;
  }
  XML_StopParser(self->p, XML_FALSE);
  return Value::null();
}

void flushText(ExpatParser* self) {
  if (self->text.empty()) return;
  VM& vm = *self->vm;
  if (self->handlers[hCharacterData].isNull()) { self->text.clear(); return; }
  Value s = L.newStr(self->text);
  self->text.clear();
  callHandler(self, hCharacterData, &s, 1);
}

// A handler's entry: the parser, with buffered text delivered first (CPython's flush_character_buffer).
ExpatParser* enter(void* ud) {
  ExpatParser* self = static_cast<ExpatParser*>(ud);
  flushText(self);
  return self;
}

#define VMOF(self) VM& vm = *(self)->vm

void XMLCALL onStartElement(void* ud, const XML_Char* name, const XML_Char** atts) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  int n = 0;
  while (atts[n]) n++;
  if (self->specifiedAttributes) n = XML_GetSpecifiedAttributeCount(self->p);
  Value args[2];
  args[0] = internName(self, name);
  RootedVector keep(vm);
  keep.push(args[0]);
  if (self->orderedAttributes) {
    RootedVector items(vm);
    for (int i = 0; i < n; i++) items.push(i % 2 ? str(vm, atts[i]) : internName(self, atts[i]));
    args[1] = L.newList(items.data(), items.size());
  } else {
    args[1] = L.newDict();
    keep.push(args[1]);
    for (int i = 0; i < n; i += 2) {
      Rooted k(vm, internName(self, atts[i]));
      Value v = str(vm, atts[i + 1]);
      L.dictSet(asDict(args[1]), k, v);
    }
  }
  keep.push(args[1]);
  callHandler(self, hStartElement, args, 2);
}
void XMLCALL onEndElement(void* ud, const XML_Char* name) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  Value a = internName(self, name);
  callHandler(self, hEndElement, &a, 1);
}
void XMLCALL onPI(void* ud, const XML_Char* target, const XML_Char* data) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  a.push(str(vm, target)); a.push(str(vm, data));
  callHandler(self, hProcessingInstruction, a.data(), 2);
}
void XMLCALL onCharData(void* ud, const XML_Char* s, int len) {
  ExpatParser* self = static_cast<ExpatParser*>(ud);
  if (self->failed) return;
  VMOF(self);
  if (!self->bufferText) {
    Value a = strN(vm, s, len);
    callHandler(self, hCharacterData, &a, 1);
    return;
  }
  if (int64_t(self->text.size() + size_t(len)) > self->bufferSize) {
    flushText(self);
    if (self->failed) return;
  }
  if (len > self->bufferSize) {  // larger than the buffer: delivered as is
    Value a = strN(vm, s, len);
    callHandler(self, hCharacterData, &a, 1);
    return;
  }
  self->text.append(s, size_t(len));
}
void XMLCALL onUnparsedEntityDecl(void* ud, const XML_Char* name, const XML_Char* base, const XML_Char* sysid,
                                  const XML_Char* pubid, const XML_Char* notation) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  for (const XML_Char* s : {name, base, sysid, pubid, notation}) a.push(str(vm, s));
  callHandler(self, hUnparsedEntityDecl, a.data(), 5);
}
void XMLCALL onNotationDecl(void* ud, const XML_Char* name, const XML_Char* base, const XML_Char* sysid, const XML_Char* pubid) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  for (const XML_Char* s : {name, base, sysid, pubid}) a.push(str(vm, s));
  callHandler(self, hNotationDecl, a.data(), 4);
}
void XMLCALL onStartNs(void* ud, const XML_Char* prefix, const XML_Char* uri) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  a.push(str(vm, prefix)); a.push(str(vm, uri));
  callHandler(self, hStartNamespaceDecl, a.data(), 2);
}
void XMLCALL onEndNs(void* ud, const XML_Char* prefix) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  Value a = str(vm, prefix);
  callHandler(self, hEndNamespaceDecl, &a, 1);
}
void XMLCALL onComment(void* ud, const XML_Char* data) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  Value a = str(vm, data);
  callHandler(self, hComment, &a, 1);
}
void XMLCALL onStartCdata(void* ud) { ExpatParser* self = enter(ud); callHandler(self, hStartCdataSection, nullptr, 0); }
void XMLCALL onEndCdata(void* ud) { ExpatParser* self = enter(ud); callHandler(self, hEndCdataSection, nullptr, 0); }
void XMLCALL onDefault(void* ud, const XML_Char* s, int len) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  Value a = strN(vm, s, len);
  callHandler(self, hDefault, &a, 1);
}
void XMLCALL onDefaultExpand(void* ud, const XML_Char* s, int len) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  Value a = strN(vm, s, len);
  callHandler(self, hDefaultExpand, &a, 1);
}
int XMLCALL onNotStandalone(void* ud) {
  ExpatParser* self = enter(ud);
  if (self->failed) return 0;
  VMOF(self);
  Value r = callHandler(self, hNotStandalone, nullptr, 0);
  if (self->failed) return 0;
  try { return int(L.toIndex(r)); } catch (...) { return 0; }
}
// ExternalEntityRefHandler needs the parser from expat's XML_Parser argument (expat passes the
// parser, not the user data, to this one callback): the parser's user data is our cell.
int XMLCALL onExternalEntityRef(XML_Parser p, const XML_Char* context, const XML_Char* base, const XML_Char* sysid,
                                    const XML_Char* pubid) {
  ExpatParser* self = enter(XML_GetUserData(p));
  if (self->failed) return 0;
  VMOF(self);
  RootedVector a(vm);
  for (const XML_Char* s : {context, base, sysid, pubid}) a.push(str(vm, s));
  Value r = callHandler(self, hExternalEntityRef, a.data(), 4);
  if (self->failed) return 0;
  try { return int(L.toIndex(r)); } catch (...) { return 0; }
}

void XMLCALL onStartDoctype(void* ud, const XML_Char* name, const XML_Char* sysid, const XML_Char* pubid, int internal) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  for (const XML_Char* s : {name, sysid, pubid}) a.push(str(vm, s));
  a.push(Value::integer(internal));
  callHandler(self, hStartDoctypeDecl, a.data(), 4);
}
void XMLCALL onEndDoctype(void* ud) { ExpatParser* self = enter(ud); callHandler(self, hEndDoctypeDecl, nullptr, 0); }
void XMLCALL onEntityDecl(void* ud, const XML_Char* name, int isParam, const XML_Char* value, int valueLen, const XML_Char* base,
                          const XML_Char* sysid, const XML_Char* pubid, const XML_Char* notation) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  a.push(str(vm, name));
  a.push(Value::integer(isParam));
  a.push(value ? strN(vm, value, valueLen) : Value::null());
  for (const XML_Char* s : {base, sysid, pubid, notation}) a.push(str(vm, s));
  callHandler(self, hEntityDecl, a.data(), 7);
}
void XMLCALL onXmlDecl(void* ud, const XML_Char* version, const XML_Char* encoding, int standalone) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  a.push(str(vm, version)); a.push(str(vm, encoding)); a.push(Value::integer(standalone));
  callHandler(self, hXmlDecl, a.data(), 3);
}
// An element declaration's content model as CPython's nested (type, quant, name, children) tuples.
Value contentModel(VM& vm, const XML_Content* c) {
  RootedVector kids(vm);
  for (unsigned i = 0; i < c->numchildren; i++) kids.push(contentModel(vm, &c->children[i]));
  RootedVector t(vm);
  t.push(Value::integer(int(c->type)));
  t.push(Value::integer(int(c->quant)));
  t.push(str(vm, c->name));
  t.push(L.newTuple(kids.data(), kids.size()));
  return L.newTuple(t.data(), t.size());
}
void XMLCALL onElementDecl(void* ud, const XML_Char* name, XML_Content* model) {
  ExpatParser* self = enter(ud);
  if (!self->failed) {
    VMOF(self);
    RootedVector a(vm);
    a.push(str(vm, name));
    a.push(contentModel(vm, model));
    callHandler(self, hElementDecl, a.data(), 2);
  }
  XML_FreeContentModel(self->p, model);
}
void XMLCALL onAttlistDecl(void* ud, const XML_Char* el, const XML_Char* att, const XML_Char* type, const XML_Char* dflt, int required) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  for (const XML_Char* s : {el, att, type, dflt}) a.push(str(vm, s));
  a.push(Value::integer(required));
  callHandler(self, hAttlistDecl, a.data(), 5);
}
void XMLCALL onSkippedEntity(void* ud, const XML_Char* name, int isParam) {
  ExpatParser* self = enter(ud);
  if (self->failed) return;
  VMOF(self);
  RootedVector a(vm);
  a.push(str(vm, name)); a.push(Value::integer(isParam));
  callHandler(self, hSkippedEntity, a.data(), 2);
}

// Registers (or clears) the C callback behind handler h with expat.
void installHandler(ExpatParser* self, int h, bool on) {
  XML_Parser p = self->p;
  switch (h) {
    case hStartElement: XML_SetStartElementHandler(p, on ? onStartElement : nullptr); break;
    case hEndElement: XML_SetEndElementHandler(p, on ? onEndElement : nullptr); break;
    case hProcessingInstruction: XML_SetProcessingInstructionHandler(p, on ? onPI : nullptr); break;
    case hCharacterData: XML_SetCharacterDataHandler(p, on ? onCharData : nullptr); break;
    case hUnparsedEntityDecl: XML_SetUnparsedEntityDeclHandler(p, on ? onUnparsedEntityDecl : nullptr); break;
    case hNotationDecl: XML_SetNotationDeclHandler(p, on ? onNotationDecl : nullptr); break;
    case hStartNamespaceDecl: XML_SetStartNamespaceDeclHandler(p, on ? onStartNs : nullptr); break;
    case hEndNamespaceDecl: XML_SetEndNamespaceDeclHandler(p, on ? onEndNs : nullptr); break;
    case hComment: XML_SetCommentHandler(p, on ? onComment : nullptr); break;
    case hStartCdataSection: XML_SetStartCdataSectionHandler(p, on ? onStartCdata : nullptr); break;
    case hEndCdataSection: XML_SetEndCdataSectionHandler(p, on ? onEndCdata : nullptr); break;
    case hDefault: XML_SetDefaultHandler(p, on ? onDefault : nullptr); break;
    case hDefaultExpand: XML_SetDefaultHandlerExpand(p, on ? onDefaultExpand : nullptr); break;
    case hNotStandalone: XML_SetNotStandaloneHandler(p, on ? onNotStandalone : nullptr); break;
    case hExternalEntityRef: XML_SetExternalEntityRefHandler(p, on ? onExternalEntityRef : nullptr); break;
    case hStartDoctypeDecl: XML_SetStartDoctypeDeclHandler(p, on ? onStartDoctype : nullptr); break;
    case hEndDoctypeDecl: XML_SetEndDoctypeDeclHandler(p, on ? onEndDoctype : nullptr); break;
    case hEntityDecl: XML_SetEntityDeclHandler(p, on ? onEntityDecl : nullptr); break;
    case hXmlDecl: XML_SetXmlDeclHandler(p, on ? onXmlDecl : nullptr); break;
    case hElementDecl: XML_SetElementDeclHandler(p, on ? onElementDecl : nullptr); break;
    case hAttlistDecl: XML_SetAttlistDeclHandler(p, on ? onAttlistDecl : nullptr); break;
    case hSkippedEntity: XML_SetSkippedEntityHandler(p, on ? onSkippedEntity : nullptr); break;
    default: break;
  }
}

// ---- errors ----

[[noreturn]] void raiseExpat(VM& vm, ExpatParser* self, int code) {
  unsigned long line = XML_GetErrorLineNumber(self->p), col = XML_GetErrorColumnNumber(self->p);
  const XML_LChar* s = XML_ErrorString(XML_Error(code));
  std::string msg = std::string(s ? s : "unknown error") + ": line " + std::to_string(line) + ", column " + std::to_string(col);
  Rooted e(vm, L.makeException(mods[&L].error, msg));
  asObject(e)->putDirect(vm, L.s("code"), Value::integer(code));
  asObject(e)->putDirect(vm, L.s("offset"), cmodsInt(L, int64_t(col)));
  asObject(e)->putDirect(vm, L.s("lineno"), cmodsInt(L, int64_t(line)));
  vm.throwValue(e);
}

// After XML_Parse: a handler's exception, else expat's error, else 1.
Value finishParse(VM& vm, ExpatParser* self, XML_Status rc, bool isFinal) {
  if (self->failed) {
    self->failed = false;
    if (self->nativeError) { std::exception_ptr e = self->nativeError; self->nativeError = nullptr; std::rethrow_exception(e); }
    Rooted e(vm, self->pending);
    self->pending = Value::null();
    vm.throwValue(e);
  }
  if (rc == XML_STATUS_ERROR) raiseExpat(vm, self, int(XML_GetErrorCode(self->p)));
  // buffered text is delivered at the end of every Parse call (CPython's get_parse_result)
  flushText(self);
  if (self->failed) return finishParse(vm, self, XML_STATUS_OK, isFinal);
  return Value::integer(1);
}

Value parse(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "Parse");
  Rooted rs(vm, a.thisValue);
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "Parse expected at least 1 argument, got " + std::to_string(a.argc));
  bool isFinal = a.argc > 1 && L.truthy(vm, a[1]);
  std::string data;
  if (isString(a[0])) {
    data = asString(a[0])->toUtf8();
    XML_SetEncoding(self->p, "utf-8");
  } else if (!cmodsBuffer(L, a[0], data)) {
    L.raise(L.t.TypeError, "a bytes-like object is required, not '" + L.typeName(a[0]) + "'");
  }
  XML_Status rc = XML_Parse(self->p, data.data(), int(data.size()), isFinal);
  return finishParse(vm, self, rc, isFinal);
}

Value parseFile(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "ParseFile");
  Rooted rs(vm, a.thisValue);
  if (a.argc != 1) L.raise(L.t.TypeError, "ParseFile() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Rooted read(vm, L.getAttr(a[0], L.s("read"), false));
  if (read.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, "argument must have 'read' attribute");
  for (;;) {
    Value n = Value::integer(2048);
    Value chunk = L.call(read, &n, 1);
    std::string data;
    if (isString(chunk)) { data = asString(chunk)->toUtf8(); XML_SetEncoding(self->p, "utf-8"); }
    else if (!cmodsBuffer(L, chunk, data))
      L.raise(L.t.TypeError, "read() did not return a bytes object (type=" + L.typeName(chunk) + ")");
    bool isFinal = data.empty();
    XML_Status rc = XML_Parse(self->p, data.data(), int(data.size()), isFinal);
    Value r = finishParse(vm, self, rc, isFinal);
    if (isFinal) return r;
  }
}

Value setBase(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "SetBase");
  if (a.argc != 1 || !isString(a[0])) L.raise(L.t.TypeError, "SetBase() argument must be str");
  XML_SetBase(self->p, asString(a[0])->toUtf8().c_str());
  return Value::null();
}
Value getBase(VM& vm, CallArgs& a) { return str(vm, XML_GetBase(parserSelf(vm, a, "GetBase")->p)); }
Value getInputContext(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "GetInputContext");
  int offset = 0, size = 0;
  const char* buf = XML_GetInputContext(self->p, &offset, &size);
  if (!buf) return Value::null();
  return newBytes(L, std::string(buf + offset, size_t(size - offset)));
}
Value setParamEntityParsing(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "SetParamEntityParsing");
  if (a.argc != 1) L.raise(L.t.TypeError, "SetParamEntityParsing() takes exactly one argument");
  return Value::integer(XML_SetParamEntityParsing(self->p, XML_ParamEntityParsing(L.toIndex(a[0]))));
}
Value useForeignDTD(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "UseForeignDTD");
  bool flag = a.argc < 1 || L.truthy(vm, a[0]);
  XML_Error rc = XML_UseForeignDTD(self->p, flag ? XML_TRUE : XML_FALSE);
  if (rc != XML_ERROR_NONE) raiseExpat(vm, self, int(rc));
  return Value::null();
}

ExpatParser* newParser(VM& vm, PyType* type) {
  ExpatParser* self = vm.heap.make<ExpatParser>(vm.emptyShape(), type);
  self->vm = &vm;
  return self;
}

Value externalEntityParserCreate(VM& vm, CallArgs& a) {
  ExpatParser* parent = parserSelf(vm, a, "ExternalEntityParserCreate");
  Rooted rp(vm, a.thisValue);
  std::string context = a.argc > 0 && isString(a[0]) ? asString(a[0])->toUtf8() : std::string();
  bool hasContext = a.argc > 0 && isString(a[0]);
  std::string enc = a.argc > 1 && isString(a[1]) ? asString(a[1])->toUtf8() : std::string();
  ExpatParser* self = newParser(vm, mods[&L].parser);
  Rooted rs(vm, Value::cell(self));
  self->p = XML_ExternalEntityParserCreate(parent->p, hasContext ? context.c_str() : nullptr, enc.empty() ? nullptr : enc.c_str());
  if (!self->p) L.raise(L.t.MemoryError, "");
  XML_SetUserData(self->p, self);
  self->bufferText = parent->bufferText;
  self->bufferSize = parent->bufferSize;
  self->orderedAttributes = parent->orderedAttributes;
  self->specifiedAttributes = parent->specifiedAttributes;
  self->intern = parent->intern;
  for (int h = 0; h < kNumHandlers; h++) {
    self->handlers[size_t(h)] = parent->handlers[size_t(h)];
    installHandler(self, h, !parent->handlers[size_t(h)].isNull());
  }
  return rs;
}

// handler attributes: properties whose getter/setter carry the handler index as magic
Value getHandler(VM& vm, CallArgs& a) { return parserSelf(vm, a, "handler")->handlers[size_t(nativeMagic(a))]; }
Value setHandler(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "handler");
  int h = nativeMagic(a);
  Value v = a.argc > 0 ? a[0] : Value::null();
  if (h == hCharacterData) flushText(self);
  self->set(h, v);
  installHandler(self, h, !v.isNull());
  return Value::null();
}

enum Attr {
  aErrorCode, aErrorLine, aErrorColumn, aErrorByte, aCurLine, aCurColumn, aCurByte, aBufferText, aBufferSize,
  aBufferUsed, aOrdered, aSpecified, aNsPrefixes, aIntern
};
Value getAttrFn(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "attribute");
  XML_Parser p = self->p;
  switch (nativeMagic(a)) {
    case aErrorCode: return Value::integer(int(XML_GetErrorCode(p)));
    case aErrorLine: return cmodsInt(L, int64_t(XML_GetErrorLineNumber(p)));
    case aErrorColumn: return cmodsInt(L, int64_t(XML_GetErrorColumnNumber(p)));
    case aErrorByte: return cmodsInt(L, int64_t(XML_GetErrorByteIndex(p)));
    case aCurLine: return cmodsInt(L, int64_t(XML_GetCurrentLineNumber(p)));
    case aCurColumn: return cmodsInt(L, int64_t(XML_GetCurrentColumnNumber(p)));
    case aCurByte: return cmodsInt(L, int64_t(XML_GetCurrentByteIndex(p)));
    case aBufferText: return Value::boolean(self->bufferText);
    case aBufferSize: return cmodsInt(L, self->bufferSize);
    case aBufferUsed: return cmodsInt(L, int64_t(self->text.size()));
    case aOrdered: return Value::boolean(self->orderedAttributes);
    case aSpecified: return Value::boolean(self->specifiedAttributes);
    case aNsPrefixes: return Value::boolean(self->nsPrefixes);
    default: return self->intern;
  }
}
Value setAttrFn(VM& vm, CallArgs& a) {
  ExpatParser* self = parserSelf(vm, a, "attribute");
  Value v = a.argc > 0 ? a[0] : Value::null();
  switch (nativeMagic(a)) {
    case aBufferText: {
      bool on = L.truthy(vm, v);
      if (!on) flushText(self);
      self->bufferText = on;
      break;
    }
    case aBufferSize: {
      if (!isInteger(v) && !v.isBool() && !L.isInstance(v, L.t.int_)) L.raise(L.t.TypeError, "buffer_size must be an integer");
      int64_t n = L.toIndex(v);
      if (n <= 0) L.raise(L.t.ValueError, "buffer_size must be greater than zero");
      flushText(self);
      self->bufferSize = n;
      break;
    }
    case aOrdered: self->orderedAttributes = L.truthy(vm, v); break;
    case aSpecified: self->specifiedAttributes = L.truthy(vm, v); break;
    case aNsPrefixes:
      self->nsPrefixes = L.truthy(vm, v);
      XML_SetReturnNSTriplet(self->p, self->nsPrefixes);
      break;
    default: L.raise(L.t.AttributeError, "attribute is read-only");
  }
  return Value::null();
}

// A property with a native getter and (optionally) setter, both carrying `magic`.
void defProperty(PyLanguage& P, PyType* ty, const char* name, NativeFn getter, NativeFn setter, int magic) {
  VM& vm = P.vm;
  defGetter(P, ty, name, getter, magic);
  if (!setter) return;
  Value prop = ty->slot(ty->findOwn(P.s(name)));
  Rooted rp(vm, prop);
  NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, setter, &P);
  f->data = Value::cell(P.s(name));
  f->magic = magic;
  writeBarrier(asBox(rp), Value::cell(f));
  asBox(rp)->b = Value::cell(f);
}

// ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>)
Value parserCreate(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "ParserCreate", {"encoding", "namespace_separator", "intern"});
  Value enc = cmodsArg(a, kw, 0, "encoding"), sep = cmodsArg(a, kw, 1, "namespace_separator"), in = cmodsArg(a, kw, 2, "intern");
  std::string encoding, separator;
  bool hasEnc = cmodsGiven(enc) && !enc.isNull(), hasSep = cmodsGiven(sep) && !sep.isNull();
  if (hasEnc) {
    if (!isString(enc)) L.raise(L.t.TypeError, "ParserCreate() argument 'encoding' must be str or None, not " + L.typeName(enc));
    encoding = asString(enc)->toUtf8();
  }
  if (hasSep) {
    if (!isString(sep)) L.raise(L.t.TypeError, "ParserCreate() argument 'namespace_separator' must be str or None, not " + L.typeName(sep));
    separator = asString(sep)->toUtf8();
    if (asString(sep)->length() > 1) L.raise(L.t.ValueError, "namespace_separator must be at most one character, omitted, or None");
  }
  ExpatParser* self = newParser(vm, mods[&L].parser);
  Rooted rs(vm, Value::cell(self));
  // an empty separator still turns namespace processing on (expat's '\0' separator)
  self->p = hasSep ? XML_ParserCreateNS(hasEnc ? encoding.c_str() : nullptr, separator.empty() ? '\0' : separator[0])
                   : XML_ParserCreate(hasEnc ? encoding.c_str() : nullptr);
  if (!self->p) L.raise(L.t.MemoryError, "XML_ParserCreate failed");
  XML_SetUserData(self->p, self);
  if (cmodsGiven(in)) {
    if (!in.isNull() && !isDict(in)) L.raise(L.t.TypeError, "intern must be a dictionary");
    writeBarrier(self, in);
    self->intern = in;
  } else {
    Value d = L.newDict();
    writeBarrier(self, d);
    self->intern = d;
  }
  return rs;
}

Value errorString(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "ErrorString() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  const XML_LChar* s = XML_ErrorString(XML_Error(L.toIndex(a[0])));
  return s ? L.newStr(s) : Value::null();
}

const char* const kErrorNames[] = {
    "XML_ERROR_NONE", "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS", "XML_ERROR_INVALID_TOKEN",
    "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR", "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
    "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF", "XML_ERROR_UNDEFINED_ENTITY",
    "XML_ERROR_RECURSIVE_ENTITY_REF", "XML_ERROR_ASYNC_ENTITY", "XML_ERROR_BAD_CHAR_REF", "XML_ERROR_BINARY_ENTITY_REF",
    "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI", "XML_ERROR_UNKNOWN_ENCODING",
    "XML_ERROR_INCORRECT_ENCODING", "XML_ERROR_UNCLOSED_CDATA_SECTION", "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
    "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE", "XML_ERROR_ENTITY_DECLARED_IN_PE",
    "XML_ERROR_FEATURE_REQUIRES_XML_DTD", "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX",
    "XML_ERROR_UNDECLARING_PREFIX", "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL", "XML_ERROR_TEXT_DECL",
    "XML_ERROR_PUBLICID", "XML_ERROR_SUSPENDED", "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
    "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML", "XML_ERROR_RESERVED_PREFIX_XMLNS",
    "XML_ERROR_RESERVED_NAMESPACE_URI", "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
    "XML_ERROR_AMPLIFICATION_LIMIT_BREACH"};

}  // namespace

void initPyexpat(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Module md;
  md.parser = newNativeType(P, "xmlparser", "pyexpat");
  md.error = newNativeType(P, "ExpatError", "xml.parsers.expat", P.t.Exception);
  mods[&P] = md;
  m->putDirect(vm, P.s("XMLParserType"), Value::cell(md.parser));
  m->putDirect(vm, P.s("ExpatError"), Value::cell(md.error));
  m->putDirect(vm, P.s("error"), Value::cell(md.error));
  P.defNative(m, "ParserCreate", parserCreate);
  P.defNative(m, "ErrorString", errorString);
  P.defNative(md.parser, "Parse", parse);
  P.defNative(md.parser, "ParseFile", parseFile);
  P.defNative(md.parser, "SetBase", setBase);
  P.defNative(md.parser, "GetBase", getBase);
  P.defNative(md.parser, "GetInputContext", getInputContext);
  P.defNative(md.parser, "SetParamEntityParsing", setParamEntityParsing);
  P.defNative(md.parser, "UseForeignDTD", useForeignDTD);
  P.defNative(md.parser, "ExternalEntityParserCreate", externalEntityParserCreate);
  for (int h = 0; h < kNumHandlers; h++) defProperty(P, md.parser, kHandlerNames[h], getHandler, setHandler, h);
  struct { const char* n; int id; bool rw; } attrs[] = {
      {"ErrorCode", aErrorCode, false}, {"ErrorLineNumber", aErrorLine, false}, {"ErrorColumnNumber", aErrorColumn, false},
      {"ErrorByteIndex", aErrorByte, false}, {"CurrentLineNumber", aCurLine, false}, {"CurrentColumnNumber", aCurColumn, false},
      {"CurrentByteIndex", aCurByte, false}, {"buffer_text", aBufferText, true}, {"buffer_size", aBufferSize, true},
      {"buffer_used", aBufferUsed, false}, {"ordered_attributes", aOrdered, true}, {"specified_attributes", aSpecified, true},
      {"namespace_prefixes", aNsPrefixes, true}, {"intern", aIntern, false}};
  for (auto& at : attrs) defProperty(P, md.parser, at.n, getAttrFn, at.rw ? setAttrFn : nullptr, at.id);

  XML_Expat_Version v = XML_ExpatVersionInfo();
  m->putDirect(vm, P.s("EXPAT_VERSION"), P.newStr(XML_ExpatVersion()));
  Value vi[3] = {Value::integer(v.major), Value::integer(v.minor), Value::integer(v.micro)};
  m->putDirect(vm, P.s("version_info"), P.newTuple(vi, 3));
  m->putDirect(vm, P.s("native_encoding"), P.newStr("UTF-8"));
  m->putDirect(vm, P.s("__version__"), P.newStr("3.11"));
  m->putDirect(vm, P.s("XML_PARAM_ENTITY_PARSING_NEVER"), Value::integer(0));
  m->putDirect(vm, P.s("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE"), Value::integer(1));
  m->putDirect(vm, P.s("XML_PARAM_ENTITY_PARSING_ALWAYS"), Value::integer(2));
  {  // features: [(name, value), ...]
    RootedVector items(vm);
    for (const XML_Feature* f = XML_GetFeatureList(); f && f->feature != XML_FEATURE_END; f++) {
      Value pair[2] = {P.newStr(f->name), Value::integer(int32_t(f->value))};
      Rooted k(vm, pair[0]);
      pair[0] = k;
      items.push(P.newTuple(pair, 2));
    }
    m->putDirect(vm, P.s("features"), P.newList(items.data(), items.size()));
  }

  // pyexpat.errors: XML_ERROR_* message strings, codes {message: code}, messages {code: message}
  Object* errors = newModule(P, "pyexpat.errors");
  Rooted codes(vm, P.newDict()), messages(vm, P.newDict());
  for (int c = 1; c < int(sizeof kErrorNames / sizeof *kErrorNames); c++) {
    const XML_LChar* s = XML_ErrorString(XML_Error(c));
    if (!s) continue;
    Rooted msg(vm, P.newStr(s));
    errors->putDirect(vm, vm.intern(kErrorNames[c]), msg);
    P.dictSet(asDict(codes), msg, Value::integer(c));
    P.dictSet(asDict(messages), Value::integer(c), msg);
  }
  errors->putDirect(vm, P.s("codes"), codes);
  errors->putDirect(vm, P.s("messages"), messages);
  m->putDirect(vm, P.s("errors"), Value::cell(errors));
  // pyexpat.model: the content model constants
  Object* model = newModule(P, "pyexpat.model");
  struct { const char* n; int v; } mc[] = {
      {"XML_CTYPE_EMPTY", XML_CTYPE_EMPTY}, {"XML_CTYPE_ANY", XML_CTYPE_ANY}, {"XML_CTYPE_MIXED", XML_CTYPE_MIXED},
      {"XML_CTYPE_NAME", XML_CTYPE_NAME}, {"XML_CTYPE_CHOICE", XML_CTYPE_CHOICE}, {"XML_CTYPE_SEQ", XML_CTYPE_SEQ},
      {"XML_CQUANT_NONE", XML_CQUANT_NONE}, {"XML_CQUANT_OPT", XML_CQUANT_OPT}, {"XML_CQUANT_REP", XML_CQUANT_REP},
      {"XML_CQUANT_PLUS", XML_CQUANT_PLUS}};
  for (auto& c : mc) model->putDirect(vm, P.s(c.n), Value::integer(c.v));
  m->putDirect(vm, P.s("model"), Value::cell(model));
}

}  // namespace dualvm::py
