// frontends/js/compile_pattern.cpp — destructuring: binding and assignment patterns in
// declarations, parameters, catch clauses, for-in/of heads and assignment expressions. Array
// patterns use the iterator protocol (closing the iterator when the pattern stops early or
// throws); object patterns read properties and collect the rest with CopyDataPropsExcept.
#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;
using Label = ir::Builder::Label;

void FunctionCompiler::bindPattern(Expr& target, uint32_t value, bool init) {
    uint32_t m = mark();
    switch (target.kind) {
    case NodeKind::Identifier: {
        auto& id = target.as<Identifier>();
        position(id.pos);
        if (init) {
            Resolution r = id.res;
            r.isConstAssign = false;
            r.needsTdzCheck = false;
            resolutionStore(r, id.name, value, true);
        } else {
            resolutionStore(id.res, id.name, value, false);
        }
        break;
    }
    case NodeKind::Member:
        assignToMember(target.as<MemberExpr>(), value);
        break;
    case NodeKind::SuperMember: {
        auto& s = target.as<SuperMemberExpr>();
        uint32_t key = tmp();
        superKey(s, key);
        superSet(s, key, value);
        break;
    }
    case NodeKind::AssignPattern: {
        auto& ap = target.as<AssignPattern>();
        uint32_t t = tmp();
        b.emit(Op::Mov, {t, value});
        Label skip;
        b.emitJump(Op::JumpIfNotUndefined, {t}, skip);
        exprTo(*ap.defaultValue, t);
        b.bind(skip);
        bindPattern(*ap.target, t, init);
        break;
    }
    case NodeKind::ObjectPattern: objectPattern(target.as<ObjectPattern>(), value, init); break;
    case NodeKind::ArrayPattern: arrayPattern(target.as<ArrayPattern>(), value, init); break;
    case NodeKind::OptionalChain:
        fail("Invalid left-hand side in assignment", target.pos);
    default:
        fail("Invalid destructuring assignment target", target.pos);
    }
    release(m);
}

void FunctionCompiler::objectPattern(ObjectPattern& p, uint32_t value, bool init) {
    uint32_t m = mark();
    position(p.pos);
    // RequireObjectCoercible, with node's wording.
    {
        Label ok, isUndef;
        b.emitJump(Op::JumpIfNotNullish, {value}, ok);
        b.emitJump(Op::JumpIfUndefined, {value}, isUndef);
        b.emit(Op::ThrowError, {0, b.constStringUtf8("Cannot destructure 'null' as it is null.")});
        b.bind(isUndef);
        b.emit(Op::ThrowError, {0, b.constStringUtf8("Cannot destructure 'undefined' as it is undefined.")});
        b.bind(ok);
    }
    // The source may be a local register the pattern itself assigns: keep a copy.
    uint32_t src = value;
    if (isLocalRegister(value)) {
        src = tmp();
        b.emit(Op::Mov, {src, value});
    }
    uint32_t excluded = 0;
    if (p.rest) {
        excluded = tmp();
        b.emit(Op::NewArray, {excluded, uint32_t(p.properties.size())});
    }
    for (auto& prop : p.properties) {
        uint32_t pm = mark();
        uint32_t v = tmp();
        position(prop.pos);
        if (prop.key.kind == PropertyKey::Kind::Computed) {
            uint32_t key = tmp();
            propertyKeyTo(prop.key, key);
            position(prop.pos);
            b.emit(Op::GetElem, {v, src, key, b.newCache()});
            if (p.rest) b.emit(Op::ArrayPush, {excluded, key});
        } else {
            b.emit(Op::GetProp, {v, src, b.constString(prop.key.name), b.newCache()});
            if (p.rest) {
                uint32_t key = tmp();
                stringTo(prop.key.name, key);
                b.emit(Op::ArrayPush, {excluded, key});
            }
        }
        bindPattern(*prop.value, v, init);
        release(pm);
    }
    if (p.rest) {
        uint32_t r = tmp();
        b.emit(Op::NewObject, {r});
        b.emit(Op::CopyDataPropsExcept, {r, src, excluded});
        bindPattern(*p.rest, r, init);
    }
    release(m);
}

void FunctionCompiler::arrayPattern(ArrayPattern& p, uint32_t value, bool init) {
    uint32_t m = mark();
    position(p.pos);
    uint32_t iter = tmp();
    uint32_t done = tmp();
    uint32_t v = tmp();
    b.emit(Op::GetIterator, {iter, value});
    b.emit(Op::LoadFalse, {done});
    uint32_t regionStart = b.pc();
    auto step = [&]() {
        // v = next value, or undefined once the iterator is exhausted.
        Label skip, exhausted;
        b.emit(Op::LoadUndef, {v});
        b.emitJump(Op::JumpIfTrue, {done}, skip);
        b.emitJump(Op::IteratorNext, {v, iter}, exhausted);
        b.emitJump(Op::Jump, {}, skip);
        b.bind(exhausted);
        b.emit(Op::LoadTrue, {done});
        b.emit(Op::LoadUndef, {v});
        b.bind(skip);
    };
    for (auto& e : p.elements) {
        step();
        if (e) {
            uint32_t em = mark();
            uint32_t item = tmp();
            b.emit(Op::Mov, {item, v});
            bindPattern(*e, item, init);
            release(em);
        }
    }
    if (p.rest) {
        uint32_t arr = tmp();
        b.emit(Op::NewArray, {arr, 0});
        Label loop, finished;
        b.emitJump(Op::JumpIfTrue, {done}, finished);
        b.bind(loop);
        b.emitJump(Op::IteratorNext, {v, iter}, finished);
        b.emit(Op::ArrayPush, {arr, v});
        b.emitJump(Op::Jump, {}, loop);
        b.bind(finished);
        b.emit(Op::LoadTrue, {done});
        bindPattern(*p.rest, arr, init);
    }
    uint32_t regionEnd = b.pc();
    Label skipClose, after;
    b.emitJump(Op::JumpIfTrue, {done}, skipClose);
    b.emit(Op::IteratorClose, {iter});
    b.bind(skipClose);
    b.emitJump(Op::Jump, {}, after);
    // A throw while binding closes the iterator (unless it is exhausted) and rethrows; errors
    // from return() itself are ignored in favour of the original exception.
    uint32_t exc = tmp();
    uint32_t handler = b.pc();
    b.addHandler(regionStart, regionEnd, handler, exc, envDepth);
    Label rethrow;
    b.emitJump(Op::JumpIfTrue, {done}, rethrow);
    uint32_t closeStart = b.pc();
    b.emit(Op::IteratorClose, {iter});
    uint32_t closeEnd = b.pc();
    b.bind(rethrow);
    uint32_t rethrowPc = b.pc();
    b.emit(Op::Throw, {exc});
    uint32_t junk = tmp();
    b.addHandler(closeStart, closeEnd, rethrowPc, junk, envDepth);
    b.bind(after);
    release(m);
}

}  // namespace js::compiler
