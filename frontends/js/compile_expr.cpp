// frontends/js/compile_expr.cpp — expressions: literals, names, operators (short-circuit and
// optional chaining with jumps), member access, calls/new (register windows, spread, direct
// eval), assignments and updates, templates, object/array literals, yield/await.
#include <cmath>
#include <cstring>

#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;
using Label = ir::Builder::Label;

namespace {

// True when evaluating e cannot change a local register (so a register read before e stays
// valid): literals, names, `this`, functions, and member reads of those.
bool isSimple(const Expr& e) {
    switch (e.kind) {
    case NodeKind::Identifier: case NodeKind::NumberLiteral: case NodeKind::StringLiteral:
    case NodeKind::BooleanLiteral: case NodeKind::NullLiteral: case NodeKind::BigIntLiteral:
    case NodeKind::ThisExpr: case NodeKind::FunctionExpr: case NodeKind::ArrowFunction:
    case NodeKind::RegExpLiteral: case NodeKind::NewTarget:
        return true;
    case NodeKind::Member: {
        auto& m = e.as<MemberExpr>();
        return isSimple(*m.object) && (!m.computed || isSimple(*m.property));
    }
    case NodeKind::Binary: {
        auto& b = e.as<BinaryExpr>();
        return isSimple(*b.left) && isSimple(*b.right);
    }
    case NodeKind::Unary: {
        auto& u = e.as<UnaryExpr>();
        return u.op != UnaryOp::Delete && isSimple(*u.argument);
    }
    case NodeKind::TemplateLiteral: {
        for (auto& x : e.as<TemplateLiteral>().expressions)
            if (!isSimple(*x)) return false;
        return true;
    }
    default:
        return false;
    }
}

bool isCanonicalIndex(const std::u16string& s) {
    if (s.empty() || s.size() > 9) return false;
    if (s.size() > 1 && s[0] == u'0') return false;
    for (char16_t c : s)
        if (c < u'0' || c > u'9') return false;
    return true;
}

Op binaryOpcode(BinaryOp op) {
    switch (op) {
    case BinaryOp::Add: return Op::Add;
    case BinaryOp::Sub: return Op::Sub;
    case BinaryOp::Mul: return Op::Mul;
    case BinaryOp::Div: return Op::Div;
    case BinaryOp::Mod: return Op::Mod;
    case BinaryOp::Exp: return Op::Pow;
    case BinaryOp::Shl: return Op::Shl;
    case BinaryOp::Sar: return Op::Shr;
    case BinaryOp::Shr: return Op::UShr;
    case BinaryOp::BitAnd: return Op::BitAnd;
    case BinaryOp::BitOr: return Op::BitOr;
    case BinaryOp::BitXor: return Op::BitXor;
    case BinaryOp::Eq: return Op::Eq;
    case BinaryOp::NotEq: return Op::Ne;
    case BinaryOp::StrictEq: return Op::StrictEq;
    case BinaryOp::StrictNotEq: return Op::StrictNe;
    case BinaryOp::Lt: return Op::Lt;
    case BinaryOp::Gt: return Op::Gt;
    case BinaryOp::LtEq: return Op::Le;
    case BinaryOp::GtEq: return Op::Ge;
    case BinaryOp::In: return Op::In;
    case BinaryOp::InstanceOf: return Op::InstanceOf;
    }
    return Op::Nop;
}

bool hasCacheOperand(Op op) {
    const char* f = ir::opInfo(op).format;
    return std::strchr(f, 'C') != nullptr;
}

Op compoundOpcode(AssignOp op) {
    switch (op) {
    case AssignOp::Add: return Op::Add;
    case AssignOp::Sub: return Op::Sub;
    case AssignOp::Mul: return Op::Mul;
    case AssignOp::Div: return Op::Div;
    case AssignOp::Mod: return Op::Mod;
    case AssignOp::Exp: return Op::Pow;
    case AssignOp::Shl: return Op::Shl;
    case AssignOp::Sar: return Op::Shr;
    case AssignOp::Shr: return Op::UShr;
    case AssignOp::BitAnd: return Op::BitAnd;
    case AssignOp::BitOr: return Op::BitOr;
    case AssignOp::BitXor: return Op::BitXor;
    default: return Op::Nop;
    }
}

bool isLogicalAssign(AssignOp op) {
    return op == AssignOp::And || op == AssignOp::Or || op == AssignOp::Nullish;
}

}  // namespace

// True when compiling e into a register writes that register only after every read of the
// expression's operands, so a local variable can be the destination of `x = e` directly.
bool writesDstLast(const Expr& e) {
    switch (e.kind) {
    case NodeKind::Identifier: case NodeKind::NumberLiteral: case NodeKind::StringLiteral:
    case NodeKind::BooleanLiteral: case NodeKind::NullLiteral: case NodeKind::BigIntLiteral:
    case NodeKind::ThisExpr: case NodeKind::FunctionExpr: case NodeKind::ArrowFunction:
    case NodeKind::RegExpLiteral: case NodeKind::NewTarget: case NodeKind::Binary:
    case NodeKind::Unary: case NodeKind::Call: case NodeKind::New: case NodeKind::Member:
    case NodeKind::TemplateLiteral: case NodeKind::ArrayLiteral: case NodeKind::ObjectLiteral:
    case NodeKind::Update:
        return true;
    case NodeKind::Conditional: {
        auto& c = e.as<ConditionalExpr>();
        return writesDstLast(*c.consequent) && writesDstLast(*c.alternate);
    }
    default:
        return false;
    }
}

// A local register that can be read and written directly (no TDZ check, not constant).
bool isPlainLocal(const Expr& e) {
    if (e.kind != NodeKind::Identifier) return false;
    auto& r = e.as<Identifier>().res;
    return r.kind == RefKind::Local && !r.needsTdzCheck && !r.isConstAssign && !r.headTdz;
}

void FunctionCompiler::position(const SourcePos& p) {
    if (p.line > 0) b.setPosition(uint32_t(p.line), uint32_t(p.column));
}

void FunctionCompiler::recordCallee(uint32_t pc, const Expr& callee) {
    f.calleeText.push_back({pc, exprToDisplayString(callee)});
}

void FunctionCompiler::fail(const std::string& message, const SourcePos& pos) {
    throw CompileError{message, pos};
}

void FunctionCompiler::numberTo(double v, uint32_t dst) {
    if (v >= -2147483648.0 && v <= 2147483647.0 && v == std::floor(v) && !(v == 0 && std::signbit(v))) {
        b.emit(Op::LoadInt, {dst, uint32_t(int32_t(v))});
    } else {
        b.emit(Op::LoadK, {dst, b.constNumber(v)});
    }
}

void FunctionCompiler::stringTo(const std::u16string& s, uint32_t dst) {
    b.emit(Op::LoadK, {dst, b.constString(s)});
}

// ---------------------------------------------------------------------------------------------
// Names

void FunctionCompiler::resolutionLoad(const Resolution& res, const std::string& name, uint32_t dst,
                                      bool forTypeof) {
    if (res.headTdz) {
        b.emit(Op::ThrowError, {1, b.constStringUtf8("Cannot access '" + name + "' before initialization")});
        b.emit(Op::LoadUndef, {dst});
        return;
    }
    if (currentParam >= 0 && res.binding) {
        // A default value reading its own or a later parameter: still in its TDZ.
        for (auto& [bd, index] : paramIndexOf) {
            if (bd == res.binding && (index > currentParam || (index == currentParam && bd == currentParamSelf))) {
                b.emit(Op::ThrowError, {1, b.constStringUtf8("Cannot access '" + name + "' before initialization")});
                b.emit(Op::LoadUndef, {dst});
                return;
            }
        }
    }
    switch (res.kind) {
    case RefKind::Local: {
        uint32_t r = localReg(res.slot);
        if (res.needsTdzCheck) b.emit(Op::CheckInit, {r, nameConst(name)});
        if (dst != r) b.emit(Op::Mov, {dst, r});
        return;
    }
    case RefKind::Env:
        if (res.needsTdzCheck)
            b.emit(Op::GetEnvChecked, {dst, uint32_t(res.hops), uint32_t(res.slot), nameConst(name)});
        else
            b.emit(Op::GetEnv, {dst, uint32_t(res.hops), uint32_t(res.slot)});
        return;
    case RefKind::Dynamic:
        if (!withObjects.empty()) {
            withChain(name, [&](uint32_t obj) { b.emit(Op::GetProp, {dst, obj, nameConst(name), b.newCache()}); },
                      [&] { b.emit(Op::GetName, {dst, nameConst(name)}); });
            return;
        }
        b.emit(Op::GetName, {dst, nameConst(name)});
        return;
    case RefKind::Global:
    case RefKind::Unresolved:
        if (name == "undefined") { b.emit(Op::LoadUndef, {dst}); return; }
        b.emit(forTypeof ? Op::GetGlobalOrUndef : Op::GetGlobal, {dst, nameConst(name), b.newCache()});
        return;
    }
}

void FunctionCompiler::resolutionStore(const Resolution& res, const std::string& name, uint32_t src,
                                       bool init) {
    if (res.headTdz) {
        b.emit(Op::ThrowError, {1, b.constStringUtf8("Cannot access '" + name + "' before initialization")});
        return;
    }
    if (!init && res.isConstAssign) {
        // The TDZ check comes first (ReferenceError beats TypeError).
        if (res.needsTdzCheck) {
            if (res.kind == RefKind::Local) {
                b.emit(Op::CheckInit, {localReg(res.slot), nameConst(name)});
            } else if (res.kind == RefKind::Env) {
                uint32_t m = mark();
                uint32_t t = tmp();
                b.emit(Op::GetEnvChecked, {t, uint32_t(res.hops), uint32_t(res.slot), nameConst(name)});
                release(m);
            }
        }
        bool sloppyFunctionName = res.binding && res.binding->kind == BindingKind::FunctionName && !strict;
        if (!sloppyFunctionName) b.emit(Op::ThrowConstAssign, {nameConst(name)});
        return;
    }
    switch (res.kind) {
    case RefKind::Local: {
        uint32_t r = localReg(res.slot);
        if (!init && res.needsTdzCheck) b.emit(Op::CheckInit, {r, nameConst(name)});
        if (src != r) b.emit(Op::Mov, {r, src});
        return;
    }
    case RefKind::Env:
        if (init)
            b.emit(Op::InitEnv, {uint32_t(res.hops), uint32_t(res.slot), src});
        else if (res.needsTdzCheck)
            b.emit(Op::SetEnvChecked, {uint32_t(res.hops), uint32_t(res.slot), src, nameConst(name)});
        else
            b.emit(Op::SetEnv, {uint32_t(res.hops), uint32_t(res.slot), src});
        return;
    case RefKind::Dynamic:
        if (!withObjects.empty()) {
            withChain(name, [&](uint32_t obj) { b.emit(Op::SetProp, {obj, nameConst(name), src, b.newCache()}); },
                      [&] { b.emit(Op::SetName, {nameConst(name), src}); });
            return;
        }
        b.emit(Op::SetName, {nameConst(name), src});
        return;
    case RefKind::Global:
    case RefKind::Unresolved:
        b.emit(Op::SetGlobal, {nameConst(name), src, b.newCache()});
        return;
    }
}

void FunctionCompiler::identifierLoad(Identifier& id, uint32_t dst, bool forTypeof) {
    position(id.pos);
    resolutionLoad(id.res, id.name, dst, forTypeof);
}

void FunctionCompiler::identifierStore(Identifier& id, uint32_t src) {
    position(id.pos);
    resolutionStore(id.res, id.name, src, false);
}

void FunctionCompiler::loadThis(const Resolution& res, uint32_t dst) {
    if (res.kind == RefKind::Unresolved) {
        if (thisReg >= 0) {
            if (dst != uint32_t(thisReg)) b.emit(Op::Mov, {dst, uint32_t(thisReg)});
        } else {
            adoptCapturedThis();
            b.emit(Op::LoadThis, {dst});
        }
        return;
    }
    Resolution r = res;
    // In a derived constructor `this` stays uninitialised until super() returns.
    if (r.binding && r.binding->scope && r.binding->scope->function &&
        r.binding->scope->function->kind == FunctionKind::DerivedConstructor)
        r.needsTdzCheck = true;
    resolutionLoad(r, "this", dst, false);
}

void FunctionCompiler::newTarget(NewTargetExpr& e, uint32_t dst) {
    if (e.res.kind == RefKind::Unresolved) {
        b.emit(Op::LoadNewTarget, {dst});
        return;
    }
    resolutionLoad(e.res, "new.target", dst, false);
}

// ---------------------------------------------------------------------------------------------
// Dispatch

uint32_t FunctionCompiler::exprAny(Expr& e) {
    if (e.kind == NodeKind::ThisExpr && thisReg >= 0 && e.as<ThisExpr>().res.kind == RefKind::Unresolved)
        return uint32_t(thisReg);
    if (e.kind == NodeKind::Identifier) {
        auto& id = e.as<Identifier>();
        if (id.res.kind == RefKind::Local && !id.res.needsTdzCheck && !id.res.headTdz) return localReg(id.res.slot);
    }
    uint32_t r = tmp();
    exprTo(e, r);
    return r;
}

void FunctionCompiler::exprDiscard(Expr& e) {
    uint32_t m = mark();
    switch (e.kind) {
    case NodeKind::Assign: assignExpr(e.as<AssignExpr>(), 0, false); break;
    case NodeKind::Update: updateExpr(e.as<UpdateExpr>(), 0, false); break;
    case NodeKind::Sequence:
        for (auto& x : e.as<SequenceExpr>().expressions) exprDiscard(*x);
        break;
    case NodeKind::Unary:
        if (e.as<UnaryExpr>().op == UnaryOp::Void) { exprDiscard(*e.as<UnaryExpr>().argument); break; }
        [[fallthrough]];
    default: {
        uint32_t t = tmp();
        exprTo(e, t);
    }
    }
    release(m);
}

void FunctionCompiler::exprTo(Expr& e, uint32_t dst) {
    uint32_t m = mark();
    switch (e.kind) {
    case NodeKind::Identifier: identifierLoad(e.as<Identifier>(), dst); break;
    case NodeKind::NumberLiteral: numberTo(e.as<NumberLiteral>().value, dst); break;
    case NodeKind::BigIntLiteral:
        b.emit(Op::LoadK, {dst, b.constOther(ir::BigIntText{bigIntToDecimal(e.as<BigIntLiteral>().digits)})});
        break;
    case NodeKind::StringLiteral: stringTo(e.as<StringLiteral>().value, dst); break;
    case NodeKind::BooleanLiteral: b.emit(e.as<BooleanLiteral>().value ? Op::LoadTrue : Op::LoadFalse, {dst}); break;
    case NodeKind::NullLiteral: b.emit(Op::LoadNull, {dst}); break;
    case NodeKind::RegExpLiteral: {
        auto& r = e.as<RegExpLiteral>();
        position(r.pos);
        b.emit(Op::NewRegExp, {dst, b.constString(r.pattern), b.constStringUtf8(r.flags)});
        break;
    }
    case NodeKind::TemplateLiteral: templateLiteral(e.as<TemplateLiteral>(), dst); break;
    case NodeKind::TaggedTemplate: taggedTemplate(e.as<TaggedTemplateExpr>(), dst); break;
    case NodeKind::ArrayLiteral: arrayLiteral(e.as<ArrayLiteral>(), dst); break;
    case NodeKind::ObjectLiteral: objectLiteral(e.as<ObjectLiteral>(), dst); break;
    case NodeKind::FunctionExpr:
    case NodeKind::ArrowFunction: {
        uint32_t idx = compileNested(*e.as<FunctionExpr>().fn);
        b.emit(Op::MakeClosure, {dst, idx});
        break;
    }
    case NodeKind::ClassExpr: classDefinition(*e.as<ClassExpr>().cls, dst); break;
    case NodeKind::ThisExpr:
        position(e.pos);
        loadThis(e.as<ThisExpr>().res, dst);
        break;
    case NodeKind::SuperMember: {
        auto& s = e.as<SuperMemberExpr>();
        uint32_t key = tmp();
        superKey(s, key);
        superGet(s, dst, key);
        break;
    }
    case NodeKind::SuperCall: superCall(e.as<SuperCallExpr>(), dst); break;
    case NodeKind::NewTarget: newTarget(e.as<NewTargetExpr>(), dst); break;
    case NodeKind::Unary: unaryExpr(e.as<UnaryExpr>(), dst); break;
    case NodeKind::Update: updateExpr(e.as<UpdateExpr>(), dst, true); break;
    case NodeKind::Binary: binaryExpr(e.as<BinaryExpr>(), dst); break;
    case NodeKind::Logical: logicalExpr(e.as<LogicalExpr>(), dst); break;
    case NodeKind::Assign: assignExpr(e.as<AssignExpr>(), dst, true); break;
    case NodeKind::Conditional: {
        auto& c = e.as<ConditionalExpr>();
        Label elseL, done;
        conditionalJump(*c.test, elseL, false);
        exprTo(*c.consequent, dst);
        b.emitJump(Op::Jump, {}, done);
        b.bind(elseL);
        exprTo(*c.alternate, dst);
        b.bind(done);
        break;
    }
    case NodeKind::Sequence: {
        auto& s = e.as<SequenceExpr>();
        for (size_t i = 0; i + 1 < s.expressions.size(); i++) exprDiscard(*s.expressions[i]);
        exprTo(*s.expressions.back(), dst);
        break;
    }
    case NodeKind::Call: callExpr(e.as<CallExpr>(), dst); break;
    case NodeKind::New: newExpr(e.as<NewExpr>(), dst); break;
    case NodeKind::Member: memberLoad(e.as<MemberExpr>(), dst); break;
    case NodeKind::OptionalChain: {
        Label nil, done;
        optionalNil.push_back(&nil);
        exprTo(*e.as<OptionalChainExpr>().expression, dst);
        optionalNil.pop_back();
        b.emitJump(Op::Jump, {}, done);
        b.bind(nil);
        b.emit(Op::LoadUndef, {dst});
        b.bind(done);
        break;
    }
    case NodeKind::Spread:
        fail("Unexpected spread element", e.pos);
    case NodeKind::Yield: yieldExpr(e.as<YieldExpr>(), dst); break;
    case NodeKind::Await: {
        uint32_t v = exprAny(*e.as<AwaitExpr>().argument);
        position(e.pos);
        awaitTo(dst, v);
        break;
    }
    case NodeKind::PrivateIn: {
        auto& p = e.as<PrivateInExpr>();
        uint32_t obj = exprAny(*p.right);
        position(p.pos);
        b.emit(Op::HasPrivate, {dst, obj, nameConst(privateKey(p.name, p.pos))});
        break;
    }
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignPattern:
        fail("Invalid destructuring assignment target", e.pos);
    default:
        fail(std::string("Unexpected node in expression: ") + nodeKindName(e.kind), e.pos);
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Members

void FunctionCompiler::memberLoad(MemberExpr& me, uint32_t dst, uint32_t* objOut) {
    uint32_t obj;
    if (objOut) {
        obj = *objOut;
        exprTo(*me.object, obj);
    } else {
        obj = exprAny(*me.object);
        if (me.computed && !isSimple(*me.property) && isLocalRegister(obj)) {
            uint32_t t = tmp();
            b.emit(Op::Mov, {t, obj});
            obj = t;
        }
    }
    if (me.optional) {
        if (optionalNil.empty()) fail("optional chain outside a chain", me.pos);
        b.emitJump(Op::JumpIfNullish, {obj}, *optionalNil.back());
    }
    if (me.isPrivate) {
        position(me.pos);
        b.emit(Op::GetPrivate, {dst, obj, nameConst(privateKey(me.name, me.pos))});
        return;
    }
    if (!me.computed) {
        position(me.pos);
        b.emit(Op::GetProp, {dst, obj, nameConst(me.name), b.newCache()});
        return;
    }
    if (me.property->kind == NodeKind::StringLiteral &&
        !isCanonicalIndex(me.property->as<StringLiteral>().value)) {
        position(me.pos);
        b.emit(Op::GetProp, {dst, obj, b.constString(me.property->as<StringLiteral>().value), b.newCache()});
        return;
    }
    uint32_t m = mark();
    uint32_t key = exprAny(*me.property);
    position(me.pos);
    b.emit(Op::GetElem, {dst, obj, key, b.newCache()});
    release(m);
}

void FunctionCompiler::superKey(SuperMemberExpr& s, uint32_t dst) {
    if (s.computed) {
        exprTo(*s.property, dst);
        b.emit(Op::ToPropertyKey, {dst, dst});
    } else {
        b.emit(Op::LoadK, {dst, b.constStringUtf8(s.name)});
    }
}

void FunctionCompiler::superGet(SuperMemberExpr& s, uint32_t dst, uint32_t key) {
    if (s.homeRes.kind == RefKind::Local || s.homeRes.kind == RefKind::Env) {
        // Inside an arrow: home object and receiver come from the method's hidden bindings.
        uint32_t m = mark();
        uint32_t home = tmp(), self = tmp();
        resolutionLoad(s.homeRes, "%home", home, false);
        loadThis(s.thisRes, self);
        position(s.pos);
        b.emit(Op::GetSuperFrom, {dst, home, self, key});
        release(m);
        return;
    }
    position(s.pos);
    b.emit(Op::GetSuper, {dst, key});
}

void FunctionCompiler::superSet(SuperMemberExpr& s, uint32_t key, uint32_t src) {
    if (s.homeRes.kind == RefKind::Local || s.homeRes.kind == RefKind::Env) {
        uint32_t m = mark();
        uint32_t home = tmp(), self = tmp();
        resolutionLoad(s.homeRes, "%home", home, false);
        loadThis(s.thisRes, self);
        position(s.pos);
        b.emit(Op::SetSuperFrom, {home, self, key, src});
        release(m);
        return;
    }
    position(s.pos);
    b.emit(Op::SetSuper, {key, src});
}

void FunctionCompiler::assignToMember(MemberExpr& me, uint32_t value) {
    uint32_t m = mark();
    uint32_t obj = exprAny(*me.object);
    if (me.isPrivate) {
        position(me.pos);
        b.emit(Op::SetPrivate, {obj, nameConst(privateKey(me.name, me.pos)), value});
    } else if (!me.computed) {
        position(me.pos);
        b.emit(Op::SetProp, {obj, nameConst(me.name), value, b.newCache()});
    } else {
        uint32_t key = exprAny(*me.property);
        position(me.pos);
        b.emit(Op::SetElem, {obj, key, value, b.newCache()});
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Calls

// The function to call and its receiver: obj.m / obj[k] / super.m pass the object as `this`,
// also through parentheses around an optional chain: (a?.b)().
void FunctionCompiler::calleeAndThis(Expr& callee, uint32_t calleeReg, uint32_t base) {
    if (callee.kind == NodeKind::Member) {
        auto& me = callee.as<MemberExpr>();
        exprTo(*me.object, base);
        if (me.optional) {
            if (optionalNil.empty()) fail("optional chain outside a chain", me.pos);
            b.emitJump(Op::JumpIfNullish, {base}, *optionalNil.back());
        }
        position(me.pos);
        if (me.isPrivate) {
            b.emit(Op::GetPrivate, {calleeReg, base, nameConst(privateKey(me.name, me.pos))});
        } else if (!me.computed) {
            b.emit(Op::GetProp, {calleeReg, base, nameConst(me.name), b.newCache()});
        } else {
            uint32_t km = mark();
            uint32_t key = exprAny(*me.property);
            position(me.pos);
            b.emit(Op::GetElem, {calleeReg, base, key, b.newCache()});
            release(km);
        }
    } else if (callee.kind == NodeKind::SuperMember) {
        auto& s = callee.as<SuperMemberExpr>();
        loadThis(s.thisRes, base);
        uint32_t km = mark();
        uint32_t key = tmp();
        superKey(s, key);
        superGet(s, calleeReg, key);
        release(km);
    } else if (callee.kind == NodeKind::OptionalChain &&
               callee.as<OptionalChainExpr>().expression->kind == NodeKind::Member) {
        Label nil, done;
        optionalNil.push_back(&nil);
        calleeAndThis(*callee.as<OptionalChainExpr>().expression, calleeReg, base);
        optionalNil.pop_back();
        b.emitJump(Op::Jump, {}, done);
        b.bind(nil);
        b.emit(Op::LoadUndef, {calleeReg});
        b.bind(done);
    } else if (callee.kind == NodeKind::Identifier && callee.as<Identifier>().res.kind == RefKind::Dynamic &&
               !withObjects.empty()) {
        // f() inside `with (o)` where o has f: this = o.
        const std::string& name = callee.as<Identifier>().name;
        position(callee.pos);
        withChain(name,
                  [&](uint32_t obj) {
                      b.emit(Op::GetProp, {calleeReg, obj, nameConst(name), b.newCache()});
                      b.emit(Op::Mov, {base, obj});
                  },
                  [&] {
                      b.emit(Op::GetName, {calleeReg, nameConst(name)});
                      b.emit(Op::LoadUndef, {base});
                  });
    } else {
        exprTo(callee, calleeReg);
        b.emit(Op::LoadUndef, {base});
    }
}

bool FunctionCompiler::hasSpread(const std::vector<ExprPtr>& args) const {
    for (auto& a : args)
        if (a->kind == NodeKind::Spread) return true;
    return false;
}

void FunctionCompiler::argumentsArray(std::vector<ExprPtr>& args, uint32_t arrayReg) {
    b.emit(Op::NewArray, {arrayReg, uint32_t(args.size())});
    for (auto& a : args) {
        uint32_t m = mark();
        if (a->kind == NodeKind::Spread) {
            uint32_t v = exprAny(*a->as<SpreadElement>().argument);
            position(a->pos);
            b.emit(Op::ArraySpread, {arrayReg, v});
        } else {
            uint32_t v = exprAny(*a);
            b.emit(Op::ArrayPush, {arrayReg, v});
        }
        release(m);
    }
}

bool FunctionCompiler::argumentsWindow(std::vector<ExprPtr>& args, uint32_t base) {
    for (size_t i = 0; i < args.size(); i++) exprTo(*args[i], base + 1 + uint32_t(i));
    return false;
}

void FunctionCompiler::callExpr(CallExpr& c, uint32_t dst) {
    uint32_t m = mark();
    Expr& callee = *c.callee;
    bool spread = hasSpread(c.arguments);
    uint32_t argc = uint32_t(c.arguments.size());
    uint32_t calleeReg = tmp();
    uint32_t base = spread ? tmp() : b.allocRegs(argc + 1);

    calleeAndThis(callee, calleeReg, base);
    if (c.optional) {
        if (optionalNil.empty()) fail("optional chain outside a chain", c.pos);
        b.emitJump(Op::JumpIfNullish, {calleeReg}, *optionalNil.back());
    }
    if (spread) {
        uint32_t arr = tmp();
        argumentsArray(c.arguments, arr);
        position(c.pos);
        recordCallee(b.pc(), callee);
        b.emit(Op::CallSpread, {dst, calleeReg, base, arr});
    } else {
        argumentsWindow(c.arguments, base);
        position(c.pos);
        recordCallee(b.pc(), callee);
        if (c.isDirectEvalCandidate)
            b.emit(Op::Eval, {dst, calleeReg, base, argc});
        else
            b.emit(Op::Call, {dst, calleeReg, base, argc, b.newCache()});
    }
    release(m);
}

void FunctionCompiler::newExpr(NewExpr& e, uint32_t dst) {
    uint32_t m = mark();
    uint32_t calleeReg = tmp();
    exprTo(*e.callee, calleeReg);
    if (hasSpread(e.arguments)) {
        uint32_t arr = tmp();
        argumentsArray(e.arguments, arr);
        position(e.pos);
        recordCallee(b.pc(), *e.callee);
        b.emit(Op::NewSpread, {dst, calleeReg, arr});
    } else {
        uint32_t argc = uint32_t(e.arguments.size());
        uint32_t base = b.allocRegs(argc + 1);
        argumentsWindow(e.arguments, base);
        position(e.pos);
        recordCallee(b.pc(), *e.callee);
        b.emit(Op::New, {dst, calleeReg, base, argc, b.newCache()});
    }
    release(m);
}

void FunctionCompiler::superCall(SuperCallExpr& s, uint32_t dst) {
    uint32_t m = mark();
    if (s.calleeRes.kind == RefKind::Local || s.calleeRes.kind == RefKind::Env) {
        // super() in an arrow: the constructor, its new.target and its `this` binding (still the
        // TDZ hole unless super() already ran) come from the constructor's hidden bindings.
        uint32_t arr = tmp(), ctor = tmp(), newTarget = tmp(), thisNow = tmp();
        argumentsArray(s.arguments, arr);
        Resolution raw = s.thisRes;
        raw.needsTdzCheck = false;
        resolutionLoad(s.calleeRes, "%callee", ctor, false);
        resolutionLoad(s.newTargetRes, "new.target", newTarget, false);
        resolutionLoad(raw, "this", thisNow, false);
        position(s.pos);
        b.emit(Op::SuperCallFrom, {dst, ctor, newTarget, thisNow, arr});
    } else if (hasSpread(s.arguments)) {
        uint32_t arr = tmp();
        argumentsArray(s.arguments, arr);
        position(s.pos);
        b.emit(Op::SuperCallSpread, {dst, arr});
    } else {
        uint32_t argc = uint32_t(s.arguments.size());
        uint32_t base = b.allocRegs(argc + 1);
        argumentsWindow(s.arguments, base);
        position(s.pos);
        b.emit(Op::SuperCall, {dst, base, argc});
    }
    // The constructor's hidden `this` binding (captured by arrows / eval) now holds the object.
    Resolution r = s.thisRes;
    if (r.kind == RefKind::Unresolved && fn && fn->scope && fn->scope->thisBinding) {
        // super() in the constructor itself: arrows read `this` from the hidden binding.
        if (!resolveHere(fn->scope->thisBinding, r)) r = Resolution{};
    }
    if (r.kind == RefKind::Local || r.kind == RefKind::Env) {
        r.needsTdzCheck = false;
        r.isConstAssign = false;
        resolutionStore(r, "this", dst, true);
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Operators

void FunctionCompiler::unaryExpr(UnaryExpr& u, uint32_t dst) {
    uint32_t m = mark();
    switch (u.op) {
    case UnaryOp::Minus:
        if (u.argument->kind == NodeKind::NumberLiteral) {
            numberTo(-u.argument->as<NumberLiteral>().value, dst);
            break;
        } else {
            uint32_t v = exprAny(*u.argument);
            position(u.pos);
            b.emit(Op::Neg, {dst, v});
        }
        break;
    case UnaryOp::Plus: {
        uint32_t v = exprAny(*u.argument);
        position(u.pos);
        b.emit(Op::Plus, {dst, v});
        break;
    }
    case UnaryOp::Not: {
        uint32_t v = exprAny(*u.argument);
        b.emit(Op::Not, {dst, v});
        break;
    }
    case UnaryOp::BitNot: {
        uint32_t v = exprAny(*u.argument);
        position(u.pos);
        b.emit(Op::BitNot, {dst, v});
        break;
    }
    case UnaryOp::Typeof: {
        if (u.argument->kind == NodeKind::Identifier) {
            auto& id = u.argument->as<Identifier>();
            if (id.res.kind == RefKind::Dynamic) {
                withChain(id.name,
                          [&](uint32_t obj) {
                              b.emit(Op::GetProp, {dst, obj, nameConst(id.name), b.newCache()});
                              b.emit(Op::TypeOf, {dst, dst});
                          },
                          [&] { b.emit(Op::TypeOfName, {dst, nameConst(id.name)}); });
                break;
            }
            uint32_t t = tmp();
            identifierLoad(id, t, true);
            b.emit(Op::TypeOf, {dst, t});
            break;
        }
        uint32_t v = exprAny(*u.argument);
        b.emit(Op::TypeOf, {dst, v});
        break;
    }
    case UnaryOp::Void:
        exprDiscard(*u.argument);
        b.emit(Op::LoadUndef, {dst});
        break;
    case UnaryOp::Delete:
        deleteExpr(u, dst);
        break;
    }
    release(m);
}

void FunctionCompiler::deleteExpr(UnaryExpr& u, uint32_t dst) {
    Expr* arg = u.argument.get();
    if (arg->kind == NodeKind::OptionalChain) {
        // delete a?.b: true when the chain short-circuits.
        Label nil, done;
        optionalNil.push_back(&nil);
        UnaryExpr inner(u.pos, UnaryOp::Delete, nullptr);
        inner.argument = std::move(arg->as<OptionalChainExpr>().expression);
        deleteExpr(inner, dst);
        arg->as<OptionalChainExpr>().expression = std::move(inner.argument);
        optionalNil.pop_back();
        b.emitJump(Op::Jump, {}, done);
        b.bind(nil);
        b.emit(Op::LoadTrue, {dst});
        b.bind(done);
        return;
    }
    if (arg->kind == NodeKind::Member) {
        auto& me = arg->as<MemberExpr>();
        uint32_t obj = exprAny(*me.object);
        if (me.optional) {
            if (optionalNil.empty()) fail("optional chain outside a chain", me.pos);
            b.emitJump(Op::JumpIfNullish, {obj}, *optionalNil.back());
        }
        position(me.pos);
        if (!me.computed) {
            b.emit(Op::DelProp, {dst, obj, nameConst(me.name)});
        } else {
            uint32_t key = exprAny(*me.property);
            position(me.pos);
            b.emit(Op::DelElem, {dst, obj, key});
        }
        return;
    }
    if (arg->kind == NodeKind::Identifier) {
        auto& id = arg->as<Identifier>();
        if (id.res.kind == RefKind::Global || id.res.kind == RefKind::Dynamic ||
            id.res.kind == RefKind::Unresolved) {
            // Delete the property of the global object (declared vars are non-configurable).
            uint32_t g = tmp();
            b.emit(Op::GetGlobal, {g, nameConst("globalThis"), b.newCache()});
            if (id.res.kind == RefKind::Dynamic)  // may be a var a sloppy eval declared
                b.emit(Op::DeleteName, {dst, nameConst(id.name), g});
            else
                b.emit(Op::DelProp, {dst, g, nameConst(id.name)});
        } else {
            b.emit(Op::LoadFalse, {dst});
        }
        return;
    }
    if (arg->kind == NodeKind::SuperMember) {
        b.emit(Op::ThrowError, {1, b.constStringUtf8("Unsupported reference to 'super'")});
        return;
    }
    exprDiscard(*arg);
    b.emit(Op::LoadTrue, {dst});
}

void FunctionCompiler::binaryExpr(BinaryExpr& e, uint32_t dst) {
    uint32_t m = mark();
    uint32_t l = exprAny(*e.left);
    if (isLocalRegister(l) && !isSimple(*e.right)) {
        uint32_t t = tmp();
        b.emit(Op::Mov, {t, l});
        l = t;
    }
    uint32_t r = exprAny(*e.right);
    Op op = binaryOpcode(e.op);
    position(e.pos);
    if (op == Op::In) {
        b.emit(Op::In, {dst, l, r});
    } else if (hasCacheOperand(op)) {
        b.emit(op, {dst, l, r, b.newCache()});
    } else {
        b.emit(op, {dst, l, r});
    }
    release(m);
}

void FunctionCompiler::logicalExpr(LogicalExpr& e, uint32_t dst) {
    Label done;
    exprTo(*e.left, dst);
    switch (e.op) {
    case LogicalOp::And: b.emitJump(Op::JumpIfFalse, {dst}, done); break;
    case LogicalOp::Or: b.emitJump(Op::JumpIfTrue, {dst}, done); break;
    case LogicalOp::Nullish: b.emitJump(Op::JumpIfNotNullish, {dst}, done); break;
    }
    exprTo(*e.right, dst);
    b.bind(done);
}

void FunctionCompiler::conditionalJump(Expr& test, Label& target, bool jumpIf) {
    if (test.kind == NodeKind::Unary && test.as<UnaryExpr>().op == UnaryOp::Not) {
        conditionalJump(*test.as<UnaryExpr>().argument, target, !jumpIf);
        return;
    }
    if (test.kind == NodeKind::Logical) {
        auto& l = test.as<LogicalExpr>();
        if (l.op == LogicalOp::And) {
            if (jumpIf) {  // jump when a && b is truthy
                Label skip;
                conditionalJump(*l.left, skip, false);
                conditionalJump(*l.right, target, true);
                b.bind(skip);
            } else {
                conditionalJump(*l.left, target, false);
                conditionalJump(*l.right, target, false);
            }
            return;
        }
        if (l.op == LogicalOp::Or) {
            if (jumpIf) {
                conditionalJump(*l.left, target, true);
                conditionalJump(*l.right, target, true);
            } else {
                Label skip;
                conditionalJump(*l.left, skip, true);
                conditionalJump(*l.right, target, false);
                b.bind(skip);
            }
            return;
        }
    }
    if (test.kind == NodeKind::BooleanLiteral) {
        if (test.as<BooleanLiteral>().value == jumpIf) b.emitJump(Op::Jump, {}, target);
        return;
    }
    uint32_t m = mark();
    uint32_t r = exprAny(test);
    b.emitJump(jumpIf ? Op::JumpIfTrue : Op::JumpIfFalse, {r}, target);
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Assignment and update

void FunctionCompiler::assignExpr(AssignExpr& a, uint32_t dst, bool valueUsed) {
    uint32_t m = mark();
    Expr& target = *a.target;
    if (target.kind == NodeKind::ObjectPattern || target.kind == NodeKind::ArrayPattern) {
        uint32_t v = valueUsed ? dst : tmp();
        if (valueUsed && isLocalRegister(dst)) v = tmp();
        exprTo(*a.value, v);
        bindPattern(target, v, false);
        if (valueUsed && v != dst) b.emit(Op::Mov, {dst, v});
        release(m);
        return;
    }
    // Result register: a temp (never write a local before the whole expression is evaluated).
    uint32_t res = (valueUsed && !isLocalRegister(dst)) ? dst : tmp();

    if (target.kind == NodeKind::Identifier && isPlainLocal(target) &&
        (a.op == AssignOp::Assign ? writesDstLast(*a.value)
                                  : (!isLogicalAssign(a.op) && isSimple(*a.value)))) {
        // Fast path: compute straight into the variable's register.
        uint32_t local = localReg(target.as<Identifier>().res.slot);
        if (a.op == AssignOp::Assign) {
            exprTo(*a.value, local);
        } else {
            uint32_t v = exprAny(*a.value);
            position(a.pos);
            b.emit(compoundOpcode(a.op), {local, local, v, b.newCache()});
        }
        if (valueUsed && dst != local) b.emit(Op::Mov, {dst, local});
        release(m);
        return;
    }
    if (target.kind == NodeKind::Identifier) {
        auto& id = target.as<Identifier>();
        if (a.op == AssignOp::Assign) {
            exprTo(*a.value, res);
            identifierStore(id, res);
        } else if (isLogicalAssign(a.op)) {
            Label done;
            identifierLoad(id, res);
            b.emitJump(a.op == AssignOp::And ? Op::JumpIfFalse
                       : a.op == AssignOp::Or ? Op::JumpIfTrue : Op::JumpIfNotNullish,
                       {res}, done);
            exprTo(*a.value, res);
            identifierStore(id, res);
            b.bind(done);
        } else {
            uint32_t cur = tmp();
            identifierLoad(id, cur);
            uint32_t v = exprAny(*a.value);
            position(a.pos);
            b.emit(compoundOpcode(a.op), {res, cur, v, b.newCache()});
            identifierStore(id, res);
        }
    } else if (target.kind == NodeKind::Member) {
        auto& me = target.as<MemberExpr>();
        uint32_t obj = exprAny(*me.object);
        if (isLocalRegister(obj) && !isSimple(*a.value)) {
            uint32_t t = tmp();
            b.emit(Op::Mov, {t, obj});
            obj = t;
        }
        uint32_t key = 0;
        bool named = !me.computed && !me.isPrivate;
        if (me.computed) {
            if (a.op == AssignOp::Assign) {
                key = exprAny(*me.property);
                if (isLocalRegister(key) && !isSimple(*a.value)) {
                    uint32_t t = tmp();
                    b.emit(Op::Mov, {t, key});
                    key = t;
                }
            } else {
                key = tmp();
                exprTo(*me.property, key);
                b.emit(Op::ToPropertyKey, {key, key});
            }
        }
        std::string pkey = me.isPrivate ? privateKey(me.name, me.pos) : std::string();
        auto load = [&](uint32_t into) {
            position(me.pos);
            if (me.isPrivate) b.emit(Op::GetPrivate, {into, obj, nameConst(pkey)});
            else if (named) b.emit(Op::GetProp, {into, obj, nameConst(me.name), b.newCache()});
            else b.emit(Op::GetElem, {into, obj, key, b.newCache()});
        };
        auto store = [&](uint32_t v) {
            position(me.pos);
            if (me.isPrivate) b.emit(Op::SetPrivate, {obj, nameConst(pkey), v});
            else if (named) b.emit(Op::SetProp, {obj, nameConst(me.name), v, b.newCache()});
            else b.emit(Op::SetElem, {obj, key, v, b.newCache()});
        };
        if (a.op == AssignOp::Assign) {
            if (valueUsed) {
                exprTo(*a.value, res);
                store(res);
            } else {
                store(exprAny(*a.value));  // may be the variable's own register
            }
        } else if (isLogicalAssign(a.op)) {
            Label done;
            load(res);
            b.emitJump(a.op == AssignOp::And ? Op::JumpIfFalse
                       : a.op == AssignOp::Or ? Op::JumpIfTrue : Op::JumpIfNotNullish,
                       {res}, done);
            exprTo(*a.value, res);
            store(res);
            b.bind(done);
        } else {
            uint32_t cur = tmp();
            load(cur);
            uint32_t v = exprAny(*a.value);
            position(a.pos);
            b.emit(compoundOpcode(a.op), {res, cur, v, b.newCache()});
            store(res);
        }
    } else if (target.kind == NodeKind::SuperMember) {
        auto& s = target.as<SuperMemberExpr>();
        uint32_t key = tmp();
        superKey(s, key);
        if (a.op == AssignOp::Assign) {
            exprTo(*a.value, res);
        } else if (isLogicalAssign(a.op)) {
            Label done;
            superGet(s, res, key);
            b.emitJump(a.op == AssignOp::And ? Op::JumpIfFalse
                       : a.op == AssignOp::Or ? Op::JumpIfTrue : Op::JumpIfNotNullish,
                       {res}, done);
            exprTo(*a.value, res);
            superSet(s, key, res);
            b.bind(done);
            if (valueUsed && res != dst) b.emit(Op::Mov, {dst, res});
            release(m);
            return;
        } else {
            uint32_t cur = tmp();
            superGet(s, cur, key);
            uint32_t v = exprAny(*a.value);
            position(a.pos);
            b.emit(compoundOpcode(a.op), {res, cur, v, b.newCache()});
        }
        superSet(s, key, res);
    } else {
        fail("Invalid left-hand side in assignment", target.pos);
    }
    if (valueUsed && res != dst) b.emit(Op::Mov, {dst, res});
    release(m);
}

void FunctionCompiler::updateExpr(UpdateExpr& u, uint32_t dst, bool valueUsed) {
    uint32_t m = mark();
    Op step = u.increment ? Op::Inc : Op::Dec;
    bool wantOld = valueUsed && !u.prefix;
    uint32_t res = tmp();
    uint32_t old = wantOld ? tmp() : res;
    auto compute = [&](uint32_t cur) {
        position(u.pos);
        if (wantOld) {
            b.emit(Op::ToNumeric, {old, cur});
            b.emit(step, {res, old});
        } else {
            b.emit(step, {res, cur});
        }
    };
    Expr& target = *u.argument;
    if (isPlainLocal(target) && !wantOld) {
        uint32_t local = localReg(target.as<Identifier>().res.slot);
        position(u.pos);
        b.emit(step, {local, local});
        if (valueUsed) b.emit(Op::Mov, {dst, local});
        release(m);
        return;
    }
    if (target.kind == NodeKind::Identifier) {
        auto& id = target.as<Identifier>();
        uint32_t cur = tmp();
        identifierLoad(id, cur);
        compute(cur);
        identifierStore(id, res);
    } else if (target.kind == NodeKind::Member) {
        auto& me = target.as<MemberExpr>();
        uint32_t obj = exprAny(*me.object);
        uint32_t cur = tmp();
        if (me.isPrivate) {
            std::string pkey = privateKey(me.name, me.pos);
            position(me.pos);
            b.emit(Op::GetPrivate, {cur, obj, nameConst(pkey)});
            compute(cur);
            position(me.pos);
            b.emit(Op::SetPrivate, {obj, nameConst(pkey), res});
        } else if (!me.computed) {
            position(me.pos);
            b.emit(Op::GetProp, {cur, obj, nameConst(me.name), b.newCache()});
            compute(cur);
            position(me.pos);
            b.emit(Op::SetProp, {obj, nameConst(me.name), res, b.newCache()});
        } else {
            uint32_t key = tmp();
            exprTo(*me.property, key);
            b.emit(Op::ToPropertyKey, {key, key});
            position(me.pos);
            b.emit(Op::GetElem, {cur, obj, key, b.newCache()});
            compute(cur);
            position(me.pos);
            b.emit(Op::SetElem, {obj, key, res, b.newCache()});
        }
    } else if (target.kind == NodeKind::SuperMember) {
        auto& s = target.as<SuperMemberExpr>();
        uint32_t key = tmp();
        superKey(s, key);
        uint32_t cur = tmp();
        superGet(s, cur, key);
        compute(cur);
        superSet(s, key, res);
    } else {
        fail("Invalid left-hand side expression in postfix operation", target.pos);
    }
    if (valueUsed) b.emit(Op::Mov, {dst, wantOld ? old : res});
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Templates

void FunctionCompiler::templateLiteral(TemplateLiteral& t, uint32_t dst) {
    uint32_t m = mark();
    // Accumulate in a temp so that dst (maybe read by a substitution) is written once.
    uint32_t acc = tmp();
    const std::u16string& first = t.quasis[0].cooked ? *t.quasis[0].cooked : std::u16string();
    stringTo(first, acc);
    for (size_t i = 0; i < t.expressions.size(); i++) {
        uint32_t im = mark();
        uint32_t v = exprAny(*t.expressions[i]);
        uint32_t s = tmp();
        position(t.expressions[i]->pos);
        b.emit(Op::ToStringForConcat, {s, v});
        b.emit(Op::Concat, {acc, acc, s});
        const auto& q = t.quasis[i + 1];
        if (q.cooked && !q.cooked->empty()) {
            stringTo(*q.cooked, s);
            b.emit(Op::Concat, {acc, acc, s});
        }
        release(im);
    }
    b.emit(Op::Mov, {dst, acc});
    release(m);
}

void FunctionCompiler::taggedTemplate(TaggedTemplateExpr& t, uint32_t dst) {
    uint32_t m = mark();
    ir::TemplateStrings strings;
    for (auto& q : t.quasi->quasis) {
        strings.raw.push_back(q.raw);
        strings.cooked.push_back(q.cooked ? *q.cooked : std::u16string());
        strings.cookedValid.push_back(q.cooked.has_value());
    }
    uint32_t k = b.constOther(std::move(strings));
    uint32_t argc = uint32_t(t.quasi->expressions.size()) + 1;
    uint32_t calleeReg = tmp();
    uint32_t base = b.allocRegs(argc + 1);
    Expr& tag = *t.tag;
    if (tag.kind == NodeKind::Member && !tag.as<MemberExpr>().optional) {
        auto& me = tag.as<MemberExpr>();
        exprTo(*me.object, base);
        position(me.pos);
        if (me.isPrivate) {
            b.emit(Op::GetPrivate, {calleeReg, base, nameConst(privateKey(me.name, me.pos))});
        } else if (!me.computed) {
            b.emit(Op::GetProp, {calleeReg, base, nameConst(me.name), b.newCache()});
        } else {
            uint32_t km = mark();
            uint32_t key = exprAny(*me.property);
            position(me.pos);
            b.emit(Op::GetElem, {calleeReg, base, key, b.newCache()});
            release(km);
        }
    } else {
        exprTo(tag, calleeReg);
        b.emit(Op::LoadUndef, {base});
    }
    b.emit(Op::TemplateObject, {base + 1, k});
    for (size_t i = 0; i < t.quasi->expressions.size(); i++)
        exprTo(*t.quasi->expressions[i], base + 2 + uint32_t(i));
    position(t.pos);
    recordCallee(b.pc(), tag);
    b.emit(Op::Call, {dst, calleeReg, base, argc, b.newCache()});
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Literals

void FunctionCompiler::propertyKeyTo(PropertyKey& key, uint32_t dst) {
    if (key.kind == PropertyKey::Kind::Computed) {
        exprTo(*key.expr, dst);
        position(key.pos);
        b.emit(Op::ToPropertyKey, {dst, dst});
    } else {
        stringTo(key.name, dst);
    }
}

void FunctionCompiler::setFunctionNameFromKey(FunctionNode* node, uint32_t fnReg, uint32_t keyReg, const char* prefix) {
    if (!node || !node->name.empty()) return;
    // name = typeof key === "symbol" ? `[${key.description ?? ""}]` : key; then
    // Object.defineProperty(fn, "name", {value: prefix + name, configurable: true}).
    uint32_t m = mark();
    uint32_t nameReg = tmp(), t = tmp(), u = tmp();
    Label notSymbol, hasDesc;
    b.emit(Op::Mov, {nameReg, keyReg});
    b.emit(Op::TypeOf, {t, keyReg});
    stringTo(u"symbol", u);
    b.emit(Op::StrictEq, {t, t, u});
    b.emitJump(Op::JumpIfFalse, {t}, notSymbol);
    b.emit(Op::GetProp, {t, keyReg, nameConst("description"), b.newCache()});
    b.emitJump(Op::JumpIfNotUndefined, {t}, hasDesc);
    stringTo(u"", t);
    b.bind(hasDesc);
    stringTo(u"[", nameReg);
    b.emit(Op::Concat, {nameReg, nameReg, t});
    stringTo(u"]", u);
    b.emit(Op::Concat, {nameReg, nameReg, u});
    b.bind(notSymbol);
    if (*prefix) {
        stringTo(utf8ToUtf16(std::string(prefix) + " "), u);
        b.emit(Op::ToStringForConcat, {nameReg, nameReg});
        b.emit(Op::Concat, {nameReg, u, nameReg});
    }
    uint32_t desc = tmp();
    b.emit(Op::NewObject, {desc});
    stringTo(u"value", u);
    b.emit(Op::DefineField, {desc, u, nameReg});
    stringTo(u"configurable", u);
    b.emit(Op::LoadTrue, {t});
    b.emit(Op::DefineField, {desc, u, t});
    uint32_t callee = tmp();
    uint32_t base = b.allocRegs(4);
    b.emit(Op::GetGlobal, {base, nameConst("Object"), b.newCache()});
    b.emit(Op::GetProp, {callee, base, nameConst("defineProperty"), b.newCache()});
    b.emit(Op::Mov, {base + 1, fnReg});
    stringTo(u"name", base + 2);
    b.emit(Op::Mov, {base + 3, desc});
    b.emit(Op::Call, {t, callee, base, 3, b.newCache()});
    release(m);
}

void FunctionCompiler::objectLiteral(ObjectLiteral& o, uint32_t dst) {
    uint32_t m = mark();
    uint32_t obj = isLocalRegister(dst) ? tmp() : dst;
    position(o.pos);
    b.emit(Op::NewObject, {obj});
    for (auto& p : o.properties) {
        uint32_t pm = mark();
        switch (p.kind) {
        case ObjectProperty::Kind::Spread: {
            uint32_t v = exprAny(*p.value);
            position(p.pos);
            b.emit(Op::CopyDataProps, {obj, v});
            break;
        }
        case ObjectProperty::Kind::Proto: {
            uint32_t v = exprAny(*p.value);
            b.emit(Op::SetProto, {obj, v});
            break;
        }
        case ObjectProperty::Kind::Init:
        case ObjectProperty::Kind::Getter:
        case ObjectProperty::Kind::Setter: {
            uint32_t key = tmp();
            propertyKeyTo(p.key, key);
            uint32_t v = tmp();
            exprTo(*p.value, v);
            if (p.key.kind == PropertyKey::Kind::Computed &&
                (p.value->kind == NodeKind::FunctionExpr || p.value->kind == NodeKind::ArrowFunction)) {
                setFunctionNameFromKey(p.value->as<FunctionExpr>().fn.get(), v, key,
                                       p.kind == ObjectProperty::Kind::Getter ? "get"
                                       : p.kind == ObjectProperty::Kind::Setter ? "set" : "");
            }
            position(p.pos);
            if (p.kind == ObjectProperty::Kind::Getter)
                b.emit(Op::DefineGetter, {obj, key, v, 1});
            else if (p.kind == ObjectProperty::Kind::Setter)
                b.emit(Op::DefineSetter, {obj, key, v, 1});
            else if (p.method)
                b.emit(Op::DefineMethod, {obj, key, v, 1});
            else
                b.emit(Op::DefineField, {obj, key, v});
            break;
        }
        }
        release(pm);
    }
    if (obj != dst) b.emit(Op::Mov, {dst, obj});
    release(m);
}

void FunctionCompiler::arrayLiteral(ArrayLiteral& a, uint32_t dst) {
    uint32_t m = mark();
    uint32_t arr = isLocalRegister(dst) ? tmp() : dst;
    b.emit(Op::NewArray, {arr, uint32_t(a.elements.size())});
    for (auto& e : a.elements) {
        uint32_t em = mark();
        if (!e) {
            b.emit(Op::ArrayPushHole, {arr});
        } else if (e->kind == NodeKind::Spread) {
            uint32_t v = exprAny(*e->as<SpreadElement>().argument);
            position(e->pos);
            b.emit(Op::ArraySpread, {arr, v});
        } else {
            uint32_t v = exprAny(*e);
            b.emit(Op::ArrayPush, {arr, v});
        }
        release(em);
    }
    if (arr != dst) b.emit(Op::Mov, {dst, arr});
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Generators and async

void FunctionCompiler::awaitTo(uint32_t dst, uint32_t value) {
    b.emit(Op::Await, {dst, value});
}

void FunctionCompiler::emitYield(uint32_t dst, uint32_t value) {
    uint32_t m = mark();
    b.emit(Op::Yield, {dst, value});
    // Resumed by next() (0), throw() (1) or return() (2): the sent value is in dst.
    uint32_t mode = tmp();
    Label normal, throwL;
    b.emit(Op::ResumeMode, {mode});
    b.emitJump(Op::JumpIfFalse, {mode}, normal);
    uint32_t one = tmp();
    b.emit(Op::LoadInt, {one, 1});
    b.emit(Op::StrictEq, {one, mode, one});
    b.emitJump(Op::JumpIfTrue, {one}, throwL);
    if (fn && fn->isAsync) awaitTo(dst, dst);
    emitReturnValue(dst);
    b.bind(throwL);
    b.emit(Op::Throw, {dst});
    b.bind(normal);
    release(m);
}

void FunctionCompiler::yieldExpr(YieldExpr& y, uint32_t dst) {
    uint32_t m = mark();
    uint32_t v = tmp();
    if (y.argument) exprTo(*y.argument, v);
    else b.emit(Op::LoadUndef, {v});
    position(y.pos);
    if (y.delegate) {
        b.emit(Op::YieldStar, {dst, v});
    } else {
        if (fn && fn->isAsync) awaitTo(v, v);
        uint32_t r = isLocalRegister(dst) ? tmp() : dst;
        emitYield(r, v);
        if (r != dst) b.emit(Op::Mov, {dst, r});
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------

std::string bigIntToDecimal(const std::string& digits) {
    unsigned base = 10;
    size_t start = 0;
    if (digits.size() > 2 && digits[0] == '0') {
        char p = char(digits[1] | 0x20);
        if (p == 'x') base = 16, start = 2;
        else if (p == 'o') base = 8, start = 2;
        else if (p == 'b') base = 2, start = 2;
    }
    if (base == 10) {
        size_t i = 0;
        while (i + 1 < digits.size() && digits[i] == '0') i++;
        return digits.substr(i);
    }
    // Little-endian base-10^9 limbs.
    std::vector<uint32_t> limbs{0};
    for (size_t i = start; i < digits.size(); i++) {
        char c = digits[i];
        unsigned d = (c >= '0' && c <= '9') ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
        uint64_t carry = d;
        for (auto& l : limbs) {
            uint64_t v = uint64_t(l) * base + carry;
            l = uint32_t(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) { limbs.push_back(uint32_t(carry % 1000000000u)); carry /= 1000000000u; }
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

}  // namespace js::compiler
