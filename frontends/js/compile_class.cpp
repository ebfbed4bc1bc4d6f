// frontends/js/compile_class.cpp — class definitions: the constructor closure (a synthesized
// one when absent; derived default = `constructor(...args) { super(...args); }`), MakeClass
// wiring, methods/accessors (non-enumerable), static fields and blocks run in order after the
// definition, and the instance-member initialiser stored as Closure::fieldInit (SetFieldInit):
// a synthesized function, called with this = the new instance, that installs private methods
// and defines each field by calling that field's initializer function.
//
// Private names (#x) are compiled to site-unique names "#x@<n>" (see opcodes.def).
#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;
using Label = ir::Builder::Label;

namespace {

uint32_t privateKind(ClassMember::Kind k) {
    switch (k) {
    case ClassMember::Kind::Method: return 1;
    case ClassMember::Kind::Getter: return 2;
    case ClassMember::Kind::Setter: return 3;
    default: return 0;
    }
}

}  // namespace

std::unique_ptr<ir::Function> FunctionCompiler::synthesizedConstructor(ClassNode& cls, bool derived) {
    auto out = std::make_unique<ir::Function>();
    FunctionCompiler c(unit, *out, nullptr, this);
    ir::Function& g = *out;
    g.name = cls.name;
    g.strict = true;
    g.isClassConstructor = true;
    g.isDerivedConstructor = derived;
    g.hasSimpleParams = !derived;
    g.line = uint32_t(std::max(cls.pos.line, 0));
    g.column = uint32_t(std::max(cls.pos.column, 0));
    g.sourceStart = unit.toUtf16Offset(cls.srcStart);
    g.sourceEnd = unit.toUtf16Offset(cls.srcEnd);
    c.strict = true;
    c.position(cls.pos);
    if (derived) {
        uint32_t args = c.tmp();
        uint32_t result = c.tmp();
        c.b.emit(Op::LoadRest, {args, 0});
        c.b.emit(Op::SuperCallSpread, {result, args});
    }
    c.b.emit(Op::ReturnUndef);
    return out;
}

void FunctionCompiler::classDefinition(ClassNode& cls, uint32_t dst) {
    uint32_t m = mark();
    ClassContext ctx;
    ctx.site = ++unit.privateSiteCounter;
    for (auto& mem : cls.members)
        if (mem.key.kind == PropertyKey::Kind::Private) ctx.privateNames.push_back(utf16ToUtf8(mem.key.name));
    classStack->push_back(ctx);
    auto privName = [&](const PropertyKey& k) {
        return utf16ToUtf8(k.name) + "@" + std::to_string(ctx.site);
    };

    bool pushed = enterScope(cls.scope);
    uint32_t superReg = tmp();
    if (cls.superClass) {
        exprTo(*cls.superClass, superReg);
    } else {
        b.emit(Op::LoadUninit, {superReg});
    }
    uint32_t ctorReg = tmp();
    uint32_t ctorIdx;
    if (cls.constructor) {
        ctorIdx = compileNested(*cls.constructor);
        ir::Function& cf = *f.functions[ctorIdx];
        cf.name = cls.name;
        cf.sourceStart = unit.toUtf16Offset(cls.srcStart);
        cf.sourceEnd = unit.toUtf16Offset(cls.srcEnd);
    } else {
        ctorIdx = addNested(synthesizedConstructor(cls, cls.superClass != nullptr));
    }
    b.emit(Op::MakeClosure, {ctorReg, ctorIdx});
    uint32_t protoReg = tmp();
    position(cls.pos);
    b.emit(Op::MakeClass, {protoReg, ctorReg, superReg});

    // Methods and accessors in order; field keys are evaluated now as well.
    struct Pending {
        ClassMember* member;
        int32_t keyReg;  // computed/named key register for static fields
    };
    std::vector<Pending> statics;         // static fields and blocks, run after the definition
    std::vector<ClassMember*> instanceMembers;  // fields and private methods for fieldInit
    std::vector<int32_t> instanceKeyRegs;  // computed instance field keys (register) or -1
    for (auto& mem : cls.members) {
        uint32_t target = mem.isStatic ? ctorReg : protoReg;
        bool isPrivate = mem.key.kind == PropertyKey::Kind::Private;
        switch (mem.kind) {
        case ClassMember::Kind::Method:
        case ClassMember::Kind::Getter:
        case ClassMember::Kind::Setter: {
            if (isPrivate && !mem.isStatic) {
                instanceMembers.push_back(&mem);
                instanceKeyRegs.push_back(-1);
                break;
            }
            uint32_t mm = mark();
            uint32_t fnReg = tmp();
            if (isPrivate) {
                b.emit(Op::MakeClosure, {fnReg, compileNested(*mem.fn)});
                b.emit(Op::SetHomeObject, {fnReg, target});
                position(mem.pos);
                b.emit(Op::DefinePrivate, {target, nameConst(privName(mem.key)), fnReg, privateKind(mem.kind)});
                release(mm);
                break;
            }
            uint32_t key = tmp();
            propertyKeyTo(mem.key, key);
            b.emit(Op::MakeClosure, {fnReg, compileNested(*mem.fn)});
            if (mem.key.kind == PropertyKey::Kind::Computed)
                setFunctionNameFromKey(mem.fn.get(), fnReg, key,
                                       mem.kind == ClassMember::Kind::Getter ? "get"
                                       : mem.kind == ClassMember::Kind::Setter ? "set" : "");
            position(mem.pos);
            Op op = mem.kind == ClassMember::Kind::Method ? Op::DefineMethod
                    : mem.kind == ClassMember::Kind::Getter ? Op::DefineGetter : Op::DefineSetter;
            b.emit(op, {target, key, fnReg, 0});
            release(mm);
            break;
        }
        case ClassMember::Kind::Field: {
            int32_t keyReg = -1;
            if (mem.key.kind == PropertyKey::Kind::Computed) {
                keyReg = int32_t(tmp());
                propertyKeyTo(mem.key, uint32_t(keyReg));
            }
            if (mem.isStatic) statics.push_back({&mem, keyReg});
            else {
                instanceMembers.push_back(&mem);
                instanceKeyRegs.push_back(keyReg);
            }
            break;
        }
        case ClassMember::Kind::StaticBlock:
            statics.push_back({&mem, -1});
            break;
        }
    }

    // Instance members: the initialiser closure.
    if (!instanceMembers.empty()) {
        auto init = std::make_unique<ir::Function>();
        FunctionCompiler c(unit, *init, nullptr, this);
        init->name = "<instance_members_initializer>";
        init->strict = true;
        init->isMethod = true;
        init->line = uint32_t(std::max(cls.pos.line, 0));
        init->column = uint32_t(std::max(cls.pos.column, 0));
        c.strict = true;
        uint32_t self = c.tmp();
        c.b.emit(Op::LoadThis, {self});
        uint32_t callee = c.tmp();
        c.b.emit(Op::LoadCallee, {callee});
        uint32_t home = c.tmp();  // the prototype: super.x in field values and private methods
        c.b.emit(Op::LoadHomeObject, {home});
        // Private methods and accessors first, then fields in order.
        for (size_t i = 0; i < instanceMembers.size(); i++) {
            ClassMember& mem = *instanceMembers[i];
            if (mem.kind == ClassMember::Kind::Field) continue;
            uint32_t cm = c.mark();
            uint32_t fnReg = c.tmp();
            c.b.emit(Op::MakeClosure, {fnReg, c.compileNested(*mem.fn)});
            c.b.emit(Op::SetHomeObject, {fnReg, home});
            c.position(mem.pos);
            c.b.emit(Op::DefinePrivate, {self, c.nameConst(privName(mem.key)), fnReg, privateKind(mem.kind)});
            c.release(cm);
        }
        uint32_t hiddenKeyIndex = 0;
        std::vector<int32_t> computedKeyRegs = instanceKeyRegs;
        for (size_t i = 0; i < instanceMembers.size(); i++) {
            ClassMember& mem = *instanceMembers[i];
            if (mem.kind != ClassMember::Kind::Field) continue;
            uint32_t cm = c.mark();
            uint32_t key = c.tmp();
            uint32_t value = c.tmp();
            bool isPrivate = mem.key.kind == PropertyKey::Kind::Private;
            if (instanceKeyRegs[i] >= 0) {
                // Computed key: evaluated at definition time, kept on the initialiser closure.
                std::string hidden = "%key" + std::to_string(hiddenKeyIndex++) + "@" + std::to_string(ctx.site);
                c.b.emit(Op::GetPrivate, {key, callee, c.nameConst(hidden)});
            } else if (!isPrivate) {
                c.stringTo(mem.key.name, key);
            }
            if (mem.fn) {
                uint32_t fnReg = c.tmp();
                uint32_t base = c.tmp();
                c.b.emit(Op::MakeClosure, {fnReg, c.compileNested(*mem.fn)});
                c.b.emit(Op::SetHomeObject, {fnReg, home});
                c.b.emit(Op::Mov, {base, self});
                c.position(mem.pos);
                c.b.emit(Op::Call, {value, fnReg, base, 0, c.b.newCache()});
            } else {
                c.b.emit(Op::LoadUndef, {value});
            }
            c.position(mem.pos);
            if (isPrivate) c.b.emit(Op::DefinePrivate, {self, c.nameConst(privName(mem.key)), value, 0});
            else c.b.emit(Op::DefineField, {self, key, value});
            c.release(cm);
        }
        c.b.emit(Op::ReturnUndef);
        uint32_t initIdx = addNested(std::move(init));
        uint32_t initReg = tmp();
        b.emit(Op::MakeClosure, {initReg, initIdx});
        b.emit(Op::SetHomeObject, {initReg, protoReg});
        // Computed instance keys live on the initialiser under hidden private names.
        uint32_t hiddenIndex = 0;
        for (size_t i = 0; i < instanceMembers.size(); i++) {
            ClassMember& mem = *instanceMembers[i];
            if (mem.kind != ClassMember::Kind::Field || computedKeyRegs[i] < 0) continue;
            std::string hidden = "%key" + std::to_string(hiddenIndex++) + "@" + std::to_string(ctx.site);
            b.emit(Op::DefinePrivate, {initReg, nameConst(hidden), uint32_t(computedKeyRegs[i]), 0});
        }
        b.emit(Op::SetFieldInit, {ctorReg, initReg});
    }
    // Inner class binding, then static fields and blocks in order (this = the constructor).
    if (cls.id && cls.scope) {
        if (Binding* inner = cls.scope->find(cls.id->name)) declarationStore(inner, ctorReg);
    }
    for (auto& p : statics) {
        ClassMember& mem = *p.member;
        uint32_t sm = mark();
        uint32_t value = tmp();
        if (mem.fn) {
            uint32_t fnReg = tmp();
            uint32_t base = tmp();
            b.emit(Op::MakeClosure, {fnReg, compileNested(*mem.fn)});
            b.emit(Op::SetHomeObject, {fnReg, ctorReg});
            b.emit(Op::Mov, {base, ctorReg});
            position(mem.pos);
            b.emit(Op::Call, {value, fnReg, base, 0, b.newCache()});
        } else {
            b.emit(Op::LoadUndef, {value});
        }
        if (mem.kind == ClassMember::Kind::Field) {
            position(mem.pos);
            if (mem.key.kind == PropertyKey::Kind::Private) {
                b.emit(Op::DefinePrivate, {ctorReg, nameConst(privName(mem.key)), value, 0});
            } else {
                uint32_t key;
                if (p.keyReg >= 0) key = uint32_t(p.keyReg);
                else { key = tmp(); stringTo(mem.key.name, key); }
                b.emit(Op::DefineField, {ctorReg, key, value});
            }
        }
        release(sm);
    }
    b.emit(Op::Mov, {dst, ctorReg});
    leaveScope(pushed);
    classStack->pop_back();
    release(m);
}

}  // namespace js::compiler
