// The Python compiler's expressions: constants, operators (chained comparisons evaluate each
// middle operand once; `and`/`or` return an operand), calls (positional, keyword, unpacking),
// displays, f-strings, attribute/subscript access, yield/await, and assignment targets.
#include <algorithm>
#include <memory>

#include "frontends/python/compiler_impl.h"

namespace py::compiler {

using namespace py::ast;

void FunctionCompiler::intrinsic(uint32_t dst, Intrinsic id, uint32_t base, uint32_t argc) {
    if (argc == 0) base = dst;  // no argument window: keep the operand a valid register
    b.emit(Op::CallIntrinsic, {dst, uint32_t(id), base, argc});
}

void FunctionCompiler::strTo(const std::string& utf8, uint32_t dst) {
    b.emit(Op::LoadK, {dst, b.constPyString(utf8ToU32(utf8))});
}

// Expressions that write their destination before they have read all their operands: they
// must not target a local register directly (`x = a and x`).
static bool writesDstEarly(const Expr& e) {
    switch (e.kind) {
    case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::NamedExpr:
    case ExprKind::List: case ExprKind::Tuple: case ExprKind::Set: case ExprKind::Dict:
        return true;
    case ExprKind::Compare: return e.as<Compare>()->ops.size() > 1;
    default: return false;
    }
}

void FunctionCompiler::exprDiscard(Expr& e) {
    uint32_t m = mark();
    uint32_t r = tmp();
    exprTo(e, r);
    release(m);
}

uint32_t FunctionCompiler::exprAny(Expr& e) {
    if (e.kind == ExprKind::Name) {
        auto* n = e.as<Name>();
        int reg = localRegister(n->id);
        if (reg >= 0) {
            const Symbol* sym = symbolOf(mangle(n->id));
            if (!(sym->flags & DefParam)) b.emit(Op::CheckInit, {uint32_t(reg), nameConst(mangle(n->id))});
            return uint32_t(reg);
        }
    }
    uint32_t r = tmp();
    exprTo(e, r);
    return r;
}

void FunctionCompiler::exprTo(Expr& e, uint32_t dst) {
    if (isLocalRegister(dst) && writesDstEarly(e)) {
        uint32_t m = mark();
        uint32_t t = tmp();
        exprTo(e, t);
        b.emit(Op::Mov, {dst, t});
        release(m);
        return;
    }
    uint32_t m = mark();
    switch (e.kind) {
    case ExprKind::Constant: constantTo(*e.as<Constant>(), dst); break;
    case ExprKind::Name: {
        auto* n = e.as<Name>();
        position(e.pos);
        nameLoad(n->id, dst);
        break;
    }
    case ExprKind::BinOp: {
        auto* o = e.as<BinOp>();
        uint32_t a = exprAny(*o->left);
        uint32_t c = exprAny(*o->right);
        position(e.pos);
        binOpTo(o->op, dst, a, c);
        break;
    }
    case ExprKind::UnaryOp: {
        auto* u = e.as<UnaryOp>();
        uint32_t a = exprAny(*u->operand);
        position(e.pos);
        switch (u->op) {
        case UnaryOpKind::Not: b.emit(Op::Not, {dst, a}); break;
        case UnaryOpKind::USub: b.emit(Op::Neg, {dst, a}); break;
        case UnaryOpKind::UAdd: b.emit(Op::Plus, {dst, a}); break;
        case UnaryOpKind::Invert: b.emit(Op::BitNot, {dst, a}); break;
        }
        break;
    }
    case ExprKind::BoolOp: boolOpTo(*e.as<BoolOp>(), dst); break;
    case ExprKind::Compare: compareTo(*e.as<Compare>(), dst); break;
    case ExprKind::IfExp: {
        auto* i = e.as<IfExp>();
        Label otherwise, done;
        conditionalJump(*i->test, otherwise, false);
        exprTo(*i->body, dst);
        b.emitJump(Op::Jump, {}, done);
        b.bind(otherwise);
        exprTo(*i->orelse, dst);
        b.bind(done);
        break;
    }
    case ExprKind::NamedExpr: {
        auto* n = e.as<NamedExpr>();
        exprTo(*n->value, dst);
        nameStore(n->target->as<Name>()->id, dst);
        break;
    }
    case ExprKind::Lambda: functionDef(nullptr, e.as<Lambda>(), dst); break;
    case ExprKind::Call: callTo(*e.as<Call>(), dst); break;
    case ExprKind::Attribute: {
        auto* a = e.as<Attribute>();
        uint32_t obj = exprAny(*a->value);
        position(e.pos);
        b.emit(Op::GetProp, {dst, obj, nameConst(mangle(a->attr)), b.newCache()});
        break;
    }
    case ExprKind::Subscript: {
        auto* s = e.as<Subscript>();
        uint32_t obj = exprAny(*s->value);
        uint32_t key;
        if (s->slice->kind == ExprKind::Slice || s->slice->kind == ExprKind::Tuple) {
            key = tmp();
            sliceKeyTo(*s->slice, key);
        } else {
            key = exprAny(*s->slice);
        }
        position(e.pos);
        b.emit(Op::GetElem, {dst, obj, key, b.newCache()});
        break;
    }
    case ExprKind::List: case ExprKind::Tuple: case ExprKind::Set: displayTo(e, dst); break;
    case ExprKind::Dict: dictTo(*e.as<Dict>(), dst); break;
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
        comprehension(e, dst);
        break;
    case ExprKind::JoinedStr: joinedStrTo(*e.as<JoinedStr>(), dst); break;
    case ExprKind::FormattedValue: {
        JoinedStr j;
        j.pos = e.pos;
        j.values.push_back(&e);
        joinedStrTo(j, dst);
        break;
    }
    case ExprKind::Yield: {
        auto* y = e.as<Yield>();
        uint32_t v = tmp();
        if (y->value) exprTo(*y->value, v);
        else b.emit(Op::LoadNull, {v});
        position(e.pos);
        yieldTo(dst, v);
        break;
    }
    case ExprKind::YieldFrom: {
        uint32_t v = exprAny(*e.as<YieldFrom>()->value);
        position(e.pos);
        b.emit(Op::YieldStar, {dst, v});
        break;
    }
    case ExprKind::Await: {
        uint32_t v = exprAny(*e.as<Await>()->value);
        position(e.pos);
        awaitTo(dst, v);
        break;
    }
    case ExprKind::Starred: fail("can't use starred expression here", e.pos);
    case ExprKind::Slice: sliceKeyTo(e, dst); break;
    }
    release(m);
}

void FunctionCompiler::constantTo(Constant& c, uint32_t dst) {
    switch (c.value_kind) {
    case ConstantKind::None: b.emit(Op::LoadNull, {dst}); break;
    case ConstantKind::True: b.emit(Op::LoadTrue, {dst}); break;
    case ConstantKind::False: b.emit(Op::LoadFalse, {dst}); break;
    case ConstantKind::Ellipsis: intrinsic(dst, Intrinsic::LoadEllipsis, dst, 0); break;
    case ConstantKind::Int:
        if (c.intFits64 && c.intValue >= INT32_MIN && c.intValue <= INT32_MAX) {
            b.emit(Op::LoadInt, {dst, uint32_t(int32_t(c.intValue))});
        } else {
            std::string dec = c.intFits64 ? std::to_string(c.intValue) : digitsToDecimal(c.intDigits, c.intBase);
            b.emit(Op::LoadK, {dst, b.constOther(ir::BigIntText{dec})});
        }
        break;
    case ConstantKind::Float: b.emit(Op::LoadK, {dst, b.constNumber(c.floatValue)}); break;
    case ConstantKind::Complex: {
        uint32_t m = mark();
        uint32_t a = tmps(2);
        b.emit(Op::LoadK, {a, b.constNumber(0.0)});
        b.emit(Op::LoadK, {a + 1, b.constNumber(c.floatValue)});
        intrinsic(dst, Intrinsic::MakeComplex, a, 2);
        release(m);
        break;
    }
    case ConstantKind::Str: strTo(c.str, dst); break;
    case ConstantKind::Bytes: {
        std::u32string latin1;
        for (char ch : c.str) latin1.push_back(char32_t(static_cast<unsigned char>(ch)));
        uint32_t m = mark();
        uint32_t a = tmp();
        b.emit(Op::LoadK, {a, b.constPyString(latin1)});
        intrinsic(dst, Intrinsic::BytesFromLatin1, a, 1);
        release(m);
        break;
    }
    }
}

void FunctionCompiler::binOpTo(Operator op, uint32_t dst, uint32_t a, uint32_t c) {
    Op o = Op::Add;
    switch (op) {
    case Operator::Add: o = Op::Add; break;
    case Operator::Sub: o = Op::Sub; break;
    case Operator::Mult: o = Op::Mul; break;
    case Operator::MatMult: o = Op::MatMul; break;
    case Operator::Div: o = Op::Div; break;
    case Operator::Mod: o = Op::Mod; break;
    case Operator::Pow: o = Op::Pow; break;
    case Operator::LShift: o = Op::Shl; break;
    case Operator::RShift: o = Op::Shr; break;
    case Operator::BitOr: o = Op::BitOr; break;
    case Operator::BitXor: o = Op::BitXor; break;
    case Operator::BitAnd: o = Op::BitAnd; break;
    case Operator::FloorDiv: o = Op::FloorDiv; break;
    }
    b.emit(o, {dst, a, c, b.newCache()});
}

void FunctionCompiler::compareOp(CmpOp op, uint32_t dst, uint32_t a, uint32_t c) {
    switch (op) {
    case CmpOp::Eq: b.emit(Op::Eq, {dst, a, c}); break;
    case CmpOp::NotEq: b.emit(Op::Ne, {dst, a, c}); break;
    case CmpOp::Lt: b.emit(Op::Lt, {dst, a, c}); break;
    case CmpOp::LtE: b.emit(Op::Le, {dst, a, c}); break;
    case CmpOp::Gt: b.emit(Op::Gt, {dst, a, c}); break;
    case CmpOp::GtE: b.emit(Op::Ge, {dst, a, c}); break;
    case CmpOp::Is: b.emit(Op::Is, {dst, a, c}); break;
    case CmpOp::IsNot: b.emit(Op::IsNot, {dst, a, c}); break;
    case CmpOp::In: b.emit(Op::In, {dst, a, c}); break;
    case CmpOp::NotIn:
        b.emit(Op::In, {dst, a, c});
        b.emit(Op::Not, {dst, dst});
        break;
    }
}

void FunctionCompiler::compareTo(Compare& c, uint32_t dst) {
    uint32_t m = mark();
    uint32_t left = exprAny(*c.left);
    Label done;
    for (size_t i = 0; i < c.ops.size(); i++) {
        uint32_t right = exprAny(*c.comparators[i]);
        position(c.pos);
        compareOp(c.ops[i], dst, left, right);
        if (i + 1 < c.ops.size()) b.emitJump(Op::JumpIfFalse, {dst}, done);
        left = right;
    }
    b.bind(done);
    release(m);
}

void FunctionCompiler::boolOpTo(BoolOp& e, uint32_t dst) {
    Label done;
    for (size_t i = 0; i < e.values.size(); i++) {
        exprTo(*e.values[i], dst);
        if (i + 1 < e.values.size())
            b.emitJump(e.op == BoolOpKind::And ? Op::JumpIfFalse : Op::JumpIfTrue, {dst}, done);
    }
    b.bind(done);
}

void FunctionCompiler::conditionalJump(Expr& test, Label& target, bool jumpIf) {
    if (test.kind == ExprKind::UnaryOp && test.as<UnaryOp>()->op == UnaryOpKind::Not) {
        conditionalJump(*test.as<UnaryOp>()->operand, target, !jumpIf);
        return;
    }
    if (test.kind == ExprKind::BoolOp) {
        auto* bo = test.as<BoolOp>();
        bool isAnd = bo->op == BoolOpKind::And;
        if (isAnd != jumpIf) {
            // and/jump-if-false, or/jump-if-true: any operand decides.
            for (Expr* v : bo->values) conditionalJump(*v, target, jumpIf);
        } else {
            Label skip;
            for (size_t i = 0; i + 1 < bo->values.size(); i++) conditionalJump(*bo->values[i], skip, !jumpIf);
            conditionalJump(*bo->values.back(), target, jumpIf);
            b.bind(skip);
        }
        return;
    }
    uint32_t m = mark();
    uint32_t r = exprAny(test);
    b.emitJump(jumpIf ? Op::JumpIfTrue : Op::JumpIfFalse, {r}, target);
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Calls

void FunctionCompiler::callTo(Call& c, uint32_t dst) {
    uint32_t m = mark();
    // Zero-argument super() in a method: super(__class__, <first parameter>).
    if (c.func->kind == ExprKind::Name && c.func->as<Name>()->id == "super" && c.args.empty() &&
        c.keywords.empty() && kind == Kind::Function && !scope->params.empty()) {
        const Symbol* sym = symbolOf("super");
        uint32_t hops, slot;
        if ((!sym || sym->scope == SymbolScope::GlobalImplicit) && cellLocation("__class__", hops, slot)) {
            uint32_t callee = tmp();
            nameLoad("super", callee);
            uint32_t base = tmps(3);
            b.emit(Op::LoadUndef, {base});
            b.emit(Op::GetEnvChecked, {base + 1, hops, slot, nameConst("__class__")});
            const Symbol* first = symbolOf(scope->params[0]);
            uint32_t h2, s2;
            if (first && first->scope == SymbolScope::Cell && cellLocation(scope->params[0], h2, s2))
                b.emit(Op::GetEnvChecked, {base + 2, h2, s2, nameConst(scope->params[0])});
            else
                b.emit(Op::Mov, {base + 2, 0});
            position(c.pos);
            b.emit(Op::Call, {dst, callee, base, 2, b.newCache()});
            release(m);
            return;
        }
    }
    // A dict of the function's bound locals (cells and free variables included) into target.
    auto buildLocals = [&](uint32_t target) {
        std::vector<std::string> names;
        for (const std::string& v : scope->varnames) names.push_back(v);
        for (const std::string& v : scope->cellvars)
            if (std::find(names.begin(), names.end(), v) == names.end()) names.push_back(v);
        for (const std::string& v : scope->freevars)
            if (std::find(names.begin(), names.end(), v) == names.end()) names.push_back(v);
        uint32_t lm = mark();
        uint32_t base = tmps(uint32_t(2 * names.size()));
        for (size_t i = 0; i < names.size(); i++) {
            uint32_t slotReg = base + 2 * uint32_t(i);
            strTo(names[i], slotReg);
            uint32_t hops, slot;
            const Symbol* s = symbolOf(names[i]);
            if (s && s->scope == SymbolScope::Local && s->slot >= 0)
                b.emit(Op::Mov, {slotReg + 1, uint32_t(s->slot)});
            else if (cellLocation(names[i], hops, slot))
                b.emit(Op::GetEnv, {slotReg + 1, hops, slot});
            else
                b.emit(Op::LoadUninit, {slotReg + 1});
        }
        intrinsic(target, Intrinsic::BuildLocals, base, uint32_t(2 * names.size()));
        release(lm);
    };
    // eval(src) / exec(src) in a function or class body: CPython passes the caller's globals and
    // locals (a snapshot of the frame's variables — what exec binds there is not seen by the
    // function afterwards; in a class body the namespace itself), so the code sees them.
    if (c.func->kind == ExprKind::Name && c.args.size() == 1 && c.keywords.empty() && kind != Kind::Module &&
        c.args[0]->kind != ExprKind::Starred && (c.func->as<Name>()->id == "eval" || c.func->as<Name>()->id == "exec")) {
        const Symbol* sym = symbolOf(c.func->as<Name>()->id);
        if (!sym || sym->scope == SymbolScope::GlobalImplicit) {
            uint32_t callee = tmp();
            exprTo(*c.func, callee);
            uint32_t base = tmps(4);
            b.emit(Op::LoadUndef, {base});
            exprTo(*c.args[0], base + 1);
            b.emit(Op::LoadNull, {base + 2});  // globals: the caller's
            if (kind == Kind::Class) b.emit(Op::Mov, {base + 3, nsReg});
            else buildLocals(base + 3);
            position(c.pos);
            b.emit(Op::Call, {dst, callee, base, 3, b.newCache()});
            release(m);
            return;
        }
    }
    // locals() in a function or class body: the frame's bound variables / the namespace.
    if (c.func->kind == ExprKind::Name && c.func->as<Name>()->id == "locals" && c.args.empty() &&
        c.keywords.empty() && kind != Kind::Module) {
        const Symbol* sym = symbolOf("locals");
        if (!sym || sym->scope == SymbolScope::GlobalImplicit) {
            if (kind == Kind::Class) {
                b.emit(Op::Mov, {dst, nsReg});
                release(m);
                return;
            }
            buildLocals(dst);
            release(m);
            return;
        }
    }
    // dir() in a function or class body lists the local names (CPython sorts locals().keys()):
    // the native gets the locals as a hidden second argument after an undefined first one,
    // which no Python call can pass.
    if (c.func->kind == ExprKind::Name && c.func->as<Name>()->id == "dir" && c.args.empty() &&
        c.keywords.empty() && kind != Kind::Module) {
        const Symbol* sym = symbolOf("dir");
        if (!sym || sym->scope == SymbolScope::GlobalImplicit) {
            uint32_t callee = tmp();
            exprTo(*c.func, callee);
            uint32_t base = tmps(3);
            b.emit(Op::LoadUndef, {base});
            b.emit(Op::LoadUndef, {base + 1});
            if (kind == Kind::Class) b.emit(Op::Mov, {base + 2, nsReg});
            else buildLocals(base + 2);
            position(c.pos);
            b.emit(Op::Call, {dst, callee, base, 2, b.newCache()});
            release(m);
            return;
        }
    }
    // obj.name(args): GetMethod + CallMethod pass obj as self without a bound method object
    // (CPython's LOAD_METHOD; docs/decisions.md D11). Keyword and unpacking calls take the
    // general path below.
    if (c.func->kind == ExprKind::Attribute && c.keywords.empty() &&
        std::none_of(c.args.begin(), c.args.end(), [](Expr* a) { return a->kind == ExprKind::Starred; })) {
        auto* a = c.func->as<Attribute>();
        uint32_t n = uint32_t(c.args.size());
        uint32_t callee = tmp();
        uint32_t base = tmps(1 + n);
        uint32_t om = mark();
        uint32_t obj = exprAny(*a->value);
        position(c.func->pos);
        b.emit(Op::GetMethod, {callee, base, obj, nameConst(mangle(a->attr)), b.newCache()});
        release(om);
        for (uint32_t i = 0; i < n; i++) exprTo(*c.args[i], base + 1 + i);
        position(c.pos);
        b.emit(Op::CallMethod, {dst, callee, base, n, b.newCache()});
        release(m);
        return;
    }
    uint32_t callee = tmp();
    exprTo(*c.func, callee);
    bool unpack = false;
    for (Expr* a : c.args) if (a->kind == ExprKind::Starred) unpack = true;
    for (Keyword* k : c.keywords) if (k->arg.empty()) unpack = true;
    if (unpack) {
        uint32_t argsReg = tmp();
        intrinsic(argsReg, Intrinsic::BuildList, argsReg, 0);
        for (Expr* a : c.args) {
            uint32_t am = mark();
            uint32_t w = tmps(3);
            b.emit(Op::Mov, {w, argsReg});
            bool star = a->kind == ExprKind::Starred;
            exprTo(star ? *a->as<Starred>()->value : *a, w + 1);
            // a third operand, the callee, names the function in "f() argument after * must be
            // an iterable" (as DictMerge's does for **)
            if (star) b.emit(Op::Mov, {w + 2, callee});
            position(a->pos);
            intrinsic(w, star ? Intrinsic::ListExtend : Intrinsic::ListAppend, w, star ? 3 : 2);
            release(am);
        }
        intrinsic(argsReg, Intrinsic::ListToTuple, argsReg, 1);
        uint32_t kw = tmp();
        if (c.keywords.empty()) {
            b.emit(Op::LoadUndef, {kw});
        } else {
            intrinsic(kw, Intrinsic::BuildDict, kw, 0);
            for (Keyword* k : c.keywords) {
                uint32_t km = mark();
                uint32_t w = tmps(3);
                b.emit(Op::Mov, {w, kw});
                if (k->arg.empty()) {
                    exprTo(*k->value, w + 1);
                    b.emit(Op::Mov, {w + 2, callee});
                    position(k->value->pos);
                    intrinsic(w, Intrinsic::DictMerge, w, 3);
                } else {
                    strTo(k->arg, w + 1);
                    exprTo(*k->value, w + 2);
                    intrinsic(w, Intrinsic::DictSetItem, w, 3);
                }
                release(km);
            }
        }
        position(c.pos);
        b.emit(Op::CallEx, {dst, callee, argsReg, kw});
        release(m);
        return;
    }
    uint32_t n = uint32_t(c.args.size()), k = uint32_t(c.keywords.size());
    uint32_t base = tmps(1 + n + k);
    // the receiver slot: natives take a non-undefined `this` as self (CallMethod's convention),
    // so a plain call must not leave a stale register there (json's _intstr(value) got `int`)
    b.emit(Op::LoadUndef, {base});
    for (uint32_t i = 0; i < n; i++) exprTo(*c.args[i], base + 1 + i);
    for (uint32_t i = 0; i < k; i++) exprTo(*c.keywords[i]->value, base + 1 + n + i);
    position(c.pos);
    if (k == 0) {
        b.emit(Op::Call, {dst, callee, base, n, b.newCache()});
    } else {
        auto names = std::make_shared<ir::ConstantList>();
        for (Keyword* kwd : c.keywords) names->items.push_back(utf8ToU32(kwd->arg));
        uint32_t namesK = b.constOther(std::move(names));
        b.emit(Op::CallKw, {dst, callee, base, n + k, namesK, b.newCache()});
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Displays and strings

void FunctionCompiler::displayTo(Expr& e, uint32_t dst) {
    const std::vector<Expr*>& elts = e.kind == ExprKind::Set ? e.as<Set>()->elts : e.as<List>()->elts;
    bool starred = false;
    for (Expr* x : elts) if (x->kind == ExprKind::Starred) starred = true;
    uint32_t m = mark();
    if (!starred) {
        uint32_t n = uint32_t(elts.size());
        uint32_t base = tmps(n);
        for (uint32_t i = 0; i < n; i++) exprTo(*elts[i], base + i);
        position(e.pos);
        Intrinsic id = e.kind == ExprKind::Set ? Intrinsic::BuildSet
                     : e.kind == ExprKind::List ? Intrinsic::BuildList : Intrinsic::BuildTuple;
        intrinsic(dst, id, base, n);
        release(m);
        return;
    }
    bool isSet = e.kind == ExprKind::Set;
    uint32_t acc = tmp();
    intrinsic(acc, isSet ? Intrinsic::BuildSet : Intrinsic::BuildList, acc, 0);
    for (Expr* x : elts) {
        uint32_t am = mark();
        uint32_t w = tmps(2);
        b.emit(Op::Mov, {w, acc});
        bool star = x->kind == ExprKind::Starred;
        exprTo(star ? *x->as<Starred>()->value : *x, w + 1);
        position(x->pos);
        Intrinsic id = isSet ? (star ? Intrinsic::SetUpdate : Intrinsic::SetAdd)
                             : (star ? Intrinsic::ListExtend : Intrinsic::ListAppend);
        intrinsic(w, id, w, 2);
        release(am);
    }
    if (e.kind == ExprKind::Tuple) intrinsic(dst, Intrinsic::ListToTuple, acc, 1);
    else b.emit(Op::Mov, {dst, acc});
    release(m);
}

void FunctionCompiler::dictTo(Dict& d, uint32_t dst) {
    uint32_t m = mark();
    bool unpack = false;
    for (Expr* k : d.keys) if (!k) unpack = true;
    if (!unpack) {
        uint32_t n = uint32_t(d.keys.size());
        uint32_t base = tmps(2 * n);
        for (uint32_t i = 0; i < n; i++) {
            exprTo(*d.keys[i], base + 2 * i);
            exprTo(*d.values[i], base + 2 * i + 1);
        }
        position(d.pos);
        intrinsic(dst, Intrinsic::BuildDict, base, 2 * n);
        release(m);
        return;
    }
    uint32_t acc = tmp();
    intrinsic(acc, Intrinsic::BuildDict, acc, 0);
    for (size_t i = 0; i < d.keys.size(); i++) {
        uint32_t am = mark();
        uint32_t w = tmps(3);
        b.emit(Op::Mov, {w, acc});
        if (!d.keys[i]) {
            exprTo(*d.values[i], w + 1);
            position(d.values[i]->pos);
            intrinsic(w, Intrinsic::DictUpdate, w, 2);
        } else {
            exprTo(*d.keys[i], w + 1);
            exprTo(*d.values[i], w + 2);
            intrinsic(w, Intrinsic::DictSetItem, w, 3);
        }
        release(am);
    }
    b.emit(Op::Mov, {dst, acc});
    release(m);
}

void FunctionCompiler::joinedStrTo(JoinedStr& j, uint32_t dst) {
    if (j.values.size() == 1 && j.values[0]->kind == ExprKind::Constant) {
        constantTo(*j.values[0]->as<Constant>(), dst);
        return;
    }
    uint32_t m = mark();
    uint32_t n = uint32_t(j.values.size());
    uint32_t base = tmps(n);
    for (uint32_t i = 0; i < n; i++) {
        Expr* v = j.values[i];
        if (v->kind != ExprKind::FormattedValue) {
            exprTo(*v, base + i);
            continue;
        }
        auto* fv = v->as<FormattedValue>();
        uint32_t fm = mark();
        uint32_t a = tmps(3);
        exprTo(*fv->value, a);
        b.emit(Op::LoadInt, {a + 1, uint32_t(int32_t(fv->conversion))});
        if (fv->format_spec) exprTo(*fv->format_spec, a + 2);
        else b.emit(Op::LoadUndef, {a + 2});
        position(v->pos);
        intrinsic(base + i, Intrinsic::FormatValue, a, 3);
        release(fm);
    }
    if (n == 1) b.emit(Op::Mov, {dst, base});
    else intrinsic(dst, Intrinsic::BuildString, base, n);
    release(m);
}

void FunctionCompiler::sliceKeyTo(Expr& e, uint32_t dst) {
    uint32_t m = mark();
    if (e.kind == ExprKind::Slice) {
        auto* s = e.as<Slice>();
        uint32_t a = tmps(3);
        Expr* parts[3] = {s->lower, s->upper, s->step};
        for (uint32_t i = 0; i < 3; i++) {
            if (parts[i]) exprTo(*parts[i], a + i);
            else b.emit(Op::LoadNull, {a + i});
        }
        intrinsic(dst, Intrinsic::BuildSlice, a, 3);
    } else if (e.kind == ExprKind::Tuple) {
        auto* t = e.as<Tuple>();
        bool starred = false;
        for (Expr* x : t->elts) if (x->kind == ExprKind::Starred) starred = true;
        if (starred) {
            displayTo(e, dst);
        } else {
            uint32_t n = uint32_t(t->elts.size());
            uint32_t base = tmps(n);
            for (uint32_t i = 0; i < n; i++) sliceKeyTo(*t->elts[i], base + i);
            intrinsic(dst, Intrinsic::BuildTuple, base, n);
        }
    } else {
        exprTo(e, dst);
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Generators and coroutines

void FunctionCompiler::yieldTo(uint32_t dst, uint32_t value) {
    uint32_t m = mark();
    uint32_t r = isLocalRegister(dst) ? tmp() : dst;
    b.emit(Op::Yield, {r, value});
    // Resumed by send() (0), throw() (1) or a return request (2, close()): the sent value is in r.
    uint32_t mode = tmp();
    Label normal, throwL;
    b.emit(Op::ResumeMode, {mode});
    b.emitJump(Op::JumpIfFalse, {mode}, normal);
    uint32_t one = tmp();
    b.emit(Op::LoadInt, {one, 1});
    b.emit(Op::Eq, {one, mode, one});
    b.emitJump(Op::JumpIfTrue, {one}, throwL);
    returnValue(r);
    b.bind(throwL);
    b.emit(Op::Throw, {r});
    b.bind(normal);
    if (r != dst) b.emit(Op::Mov, {dst, r});
    release(m);
}

void FunctionCompiler::awaitTo(uint32_t dst, uint32_t value) {
    b.emit(Op::Await, {dst, value});
}

// ---------------------------------------------------------------------------------------------
// Assignment and deletion targets

void FunctionCompiler::assignTo(Expr& target, uint32_t src) {
    uint32_t m = mark();
    switch (target.kind) {
    case ExprKind::Name: nameStore(target.as<Name>()->id, src); break;
    case ExprKind::Attribute: {
        auto* a = target.as<Attribute>();
        uint32_t obj = exprAny(*a->value);
        position(target.pos);
        b.emit(Op::SetProp, {obj, nameConst(mangle(a->attr)), src, b.newCache()});
        break;
    }
    case ExprKind::Subscript: {
        auto* s = target.as<Subscript>();
        uint32_t obj = exprAny(*s->value);
        uint32_t key;
        if (s->slice->kind == ExprKind::Slice || s->slice->kind == ExprKind::Tuple) {
            key = tmp();
            sliceKeyTo(*s->slice, key);
        } else {
            key = exprAny(*s->slice);
        }
        position(target.pos);
        b.emit(Op::SetElem, {obj, key, src, b.newCache()});
        break;
    }
    case ExprKind::Tuple: case ExprKind::List: {
        auto& elts = target.as<List>()->elts;
        int star = -1;
        for (size_t i = 0; i < elts.size(); i++)
            if (elts[i]->kind == ExprKind::Starred) {
                if (star >= 0) fail("multiple starred expressions in assignment", target.pos);  // CPython: the tuple's position
                star = int(i);
            }
        uint32_t n = uint32_t(elts.size());
        position(target.pos);
        uint32_t slots;
        if (star < 0) {
            uint32_t a = tmps(1 + n);
            b.emit(Op::Mov, {a, src});
            intrinsic(a, Intrinsic::UnpackSequence, a, 1 + n);
            slots = a + 1;
        } else {
            uint32_t a = tmps(3 + n);
            b.emit(Op::Mov, {a, src});
            b.emit(Op::LoadInt, {a + 1, uint32_t(star)});
            b.emit(Op::LoadInt, {a + 2, n - 1 - uint32_t(star)});
            intrinsic(a, Intrinsic::UnpackEx, a, 3 + n);
            slots = a + 3;
        }
        for (uint32_t i = 0; i < n; i++) {
            Expr* t = elts[i];
            if (t->kind == ExprKind::Starred) t = t->as<Starred>()->value;
            assignTo(*t, slots + i);
        }
        break;
    }
    case ExprKind::Starred: fail("starred assignment target must be in a list or tuple", target.pos);
    default: fail("cannot assign to expression", target.pos);
    }
    release(m);
}

void FunctionCompiler::deleteTarget(Expr& target) {
    uint32_t m = mark();
    position(target.pos);
    switch (target.kind) {
    case ExprKind::Name: nameDelete(target.as<Name>()->id); break;
    case ExprKind::Attribute: {
        auto* a = target.as<Attribute>();
        uint32_t w = tmps(2);
        exprTo(*a->value, w);
        strTo(mangle(a->attr), w + 1);
        position(target.pos);
        intrinsic(w, Intrinsic::DelAttr, w, 2);
        break;
    }
    case ExprKind::Subscript: {
        auto* s = target.as<Subscript>();
        uint32_t obj = exprAny(*s->value);
        uint32_t key = tmp();
        sliceKeyTo(*s->slice, key);
        uint32_t t = tmp();
        position(target.pos);
        b.emit(Op::DelElem, {t, obj, key});
        break;
    }
    case ExprKind::Tuple: case ExprKind::List:
        for (Expr* e : target.as<List>()->elts) deleteTarget(*e);
        break;
    default: fail("cannot delete expression", target.pos);
    }
    release(m);
}

}  // namespace py::compiler
