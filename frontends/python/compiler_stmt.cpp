// The Python compiler's statements: assignments, control flow with else clauses, try/except/
// finally and with (break/continue/return run finally blocks, __exit__ calls and except-block
// cleanups through the control stack: the cleanup code is duplicated on each exit path),
// imports, raise/assert, and the REPL's expression display.
#include "frontends/python/compiler_impl.h"

namespace py::compiler {

using namespace py::ast;

void FunctionCompiler::stmtList(const StmtList& list) {
    for (Stmt* s : list) stmt(*s);
}

void FunctionCompiler::stmt(Stmt& s) {
    uint32_t m = mark();
    position(s.pos);
    switch (s.kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        auto* d = s.as<FunctionDef>();
        uint32_t r = tmp();
        functionDef(d, nullptr, r);
        nameStore(d->name, r);
        break;
    }
    case StmtKind::ClassDef: {
        auto* c = s.as<ClassDef>();
        uint32_t r = tmp();
        classDef(*c, r);
        nameStore(c->name, r);
        break;
    }
    case StmtKind::Return: {
        auto* r = s.as<Return>();
        uint32_t v = tmp();
        if (r->value) exprTo(*r->value, v);
        else b.emit(Op::LoadNull, {v});
        returnValue(v);
        break;
    }
    case StmtKind::Delete:
        for (Expr* t : s.as<Delete>()->targets) deleteTarget(*t);
        break;
    case StmtKind::Assign: {
        auto* a = s.as<Assign>();
        if (a->targets.size() == 1 && a->targets[0]->kind == ExprKind::Name) {
            int reg = localRegister(a->targets[0]->as<Name>()->id);
            if (reg >= 0) {
                exprTo(*a->value, uint32_t(reg));
                break;
            }
        }
        uint32_t v = tmp();
        exprTo(*a->value, v);
        for (Expr* t : a->targets) assignTo(*t, v);
        break;
    }
    case StmtKind::AugAssign: augAssign(*s.as<AugAssign>()); break;
    case StmtKind::AnnAssign: annAssign(*s.as<AnnAssign>()); break;
    case StmtKind::For: case StmtKind::AsyncFor: forStmt(*s.as<For>()); break;
    case StmtKind::While: whileStmt(*s.as<While>()); break;
    case StmtKind::If: ifStmt(*s.as<If>()); break;
    case StmtKind::With: case StmtKind::AsyncWith: withStmt(*s.as<With>(), 0); break;
    case StmtKind::Match: matchStmt(*s.as<Match>()); break;
    case StmtKind::Raise: raiseStmt(*s.as<Raise>()); break;
    case StmtKind::Try: case StmtKind::TryStar: tryStmt(*s.as<Try>()); break;
    case StmtKind::Assert: assertStmt(*s.as<Assert>()); break;
    case StmtKind::Import: importStmt(*s.as<Import>()); break;
    case StmtKind::ImportFrom: importFromStmt(*s.as<ImportFrom>()); break;
    case StmtKind::Global: case StmtKind::Nonlocal: case StmtKind::Pass: break;
    case StmtKind::Expr: {
        Expr* v = s.as<ExprStmt>()->value;
        if (unit.mode == CompileMode::Single && kind == Kind::Module) {
            uint32_t r = tmp();
            exprTo(*v, r);
            intrinsic(r, Intrinsic::DisplayHook, r, 1);
        } else if (v->kind != ExprKind::Constant) {
            exprDiscard(*v);
        }
        break;
    }
    case StmtKind::Break: breakContinue(false, s.pos); break;
    case StmtKind::Continue: breakContinue(true, s.pos); break;
    }
    release(m);
}

void FunctionCompiler::ifStmt(If& s) {
    Label otherwise, done;
    conditionalJump(*s.test, otherwise, false);
    stmtList(s.body);
    if (!s.orelse.empty()) b.emitJump(Op::Jump, {}, done);
    b.bind(otherwise);
    stmtList(s.orelse);
    b.bind(done);
}

void FunctionCompiler::whileStmt(While& s) {
    Label top, orelse, after;
    b.bind(top);
    b.emit(Op::LoopHeader);
    position(s.test->pos);
    conditionalJump(*s.test, orelse, false);
    Control c{Control::Kind::Loop};
    c.breakLabel = &after;
    c.continueLabel = &top;
    controls.push_back(c);
    stmtList(s.body);
    controls.pop_back();
    b.emitJump(Op::Jump, {}, top);
    b.bind(orelse);
    stmtList(s.orelse);
    b.bind(after);
}

void FunctionCompiler::forStmt(For& s) {
    uint32_t m = mark();
    bool isAsync = s.kind == StmtKind::AsyncFor;
    uint32_t it = tmp();
    uint32_t src = exprAny(*s.iter);
    position(s.iter->pos);
    b.emit(isAsync ? Op::GetAsyncIterator : Op::GetIterator, {it, src});
    // The loop variable: straight into a fast local when the target is one.
    int targetReg = s.target->kind == ExprKind::Name ? localRegister(s.target->as<Name>()->id) : -1;
    uint32_t v = targetReg >= 0 ? uint32_t(targetReg) : tmp();
    Label top, orelse, after;
    b.bind(top);
    b.emit(Op::LoopHeader);
    position(s.pos);
    if (!isAsync) {
        b.emitJump(Op::IteratorNext, {v, it}, orelse);
    } else {
        asyncIteratorNext(v, it, orelse);
    }
    if (targetReg < 0) assignTo(*s.target, v);
    Control c{Control::Kind::Loop};
    c.breakLabel = &after;
    c.continueLabel = &top;
    controls.push_back(c);
    stmtList(s.body);
    controls.pop_back();
    b.emitJump(Op::Jump, {}, top);
    b.bind(orelse);
    stmtList(s.orelse);
    b.bind(after);
    release(m);
}

void FunctionCompiler::asyncIteratorNext(uint32_t v, uint32_t it, Label& done) {
    uint32_t m = mark();
    uint32_t exc = tmp();
    uint32_t start = b.pc();
    uint32_t a = tmp();
    b.emit(Op::Mov, {a, it});
    intrinsic(a, Intrinsic::AsyncNext, a, 1);
    awaitTo(v, a);
    uint32_t end = b.pc();
    Label got;
    b.emitJump(Op::Jump, {}, got);
    b.addHandler(start, end, b.pc(), exc, handlerEnvDepth());
    intrinsic(a, Intrinsic::IsStopAsyncIteration, exc, 1);
    b.emitJump(Op::JumpIfTrue, {a}, done);
    b.emit(Op::Throw, {exc});
    b.bind(got);
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Exits through the control stack

void FunctionCompiler::exitTo(int target) {
    for (int i = int(controls.size()) - 1; i > target; i--) {
        Control c = controls[size_t(i)];
        if (c.kind == Control::Kind::Region) {
            c.region->close(b.pc());
        } else if (c.kind == Control::Kind::Cleanup) {
            // The cleanup runs in the context outside its own statement.
            std::vector<Control> saved(controls.begin() + i, controls.end());
            controls.resize(size_t(i));
            c.cleanup();
            controls.insert(controls.end(), saved.begin(), saved.end());
        }
    }
}

void FunctionCompiler::reopenRegionsAbove(int target) {
    for (size_t k = size_t(target + 1); k < controls.size(); k++)
        if (controls[k].kind == Control::Kind::Region) controls[k].region->start(b.pc());
}

void FunctionCompiler::returnValue(uint32_t reg) {
    bool needsExit = false;
    for (auto& c : controls) if (c.kind != Control::Kind::Loop) needsExit = true;
    if (!needsExit) {
        b.emit(Op::Return, {reg});
        return;
    }
    uint32_t m = mark();
    uint32_t keep = reg;
    if (isLocalRegister(reg)) {  // a finally block may assign the local
        keep = tmp();
        b.emit(Op::Mov, {keep, reg});
    }
    exitTo(-1);
    b.emit(Op::Return, {keep});
    reopenRegionsAbove(-1);
    release(m);
}

void FunctionCompiler::breakContinue(bool isContinue, const Pos& pos) {
    for (int i = int(controls.size()) - 1; i >= 0; i--) {
        Control& c = controls[size_t(i)];
        if (c.kind != Control::Kind::Loop) continue;
        Label* target = isContinue ? c.continueLabel : c.breakLabel;
        exitTo(i);
        b.emitJump(Op::Jump, {}, *target);
        reopenRegionsAbove(i);
        return;
    }
    fail(isContinue ? "'continue' not properly in loop" : "'break' outside loop", pos);
}

// ---------------------------------------------------------------------------------------------
// try / except / else / finally

void FunctionCompiler::tryStmt(Try& s) {
    // an instruction on the `try:` line, as CPython 3.11's NOP: tracers see the line (D30)
    position(s.pos);
    b.emit(Op::Nop, {});
    if (s.finalbody.empty()) {
        tryExcept(s);
        return;
    }
    uint32_t m = mark();
    uint32_t finExc = tmp();
    Region finRegion;
    Control cleanup{Control::Kind::Cleanup};
    cleanup.cleanup = [this, &s]() { stmtList(s.finalbody); };
    controls.push_back(cleanup);
    Control region{Control::Kind::Region};
    region.region = &finRegion;
    controls.push_back(region);
    finRegion.start(b.pc());
    tryExcept(s);
    finRegion.close(b.pc());
    controls.pop_back();
    controls.pop_back();
    stmtList(s.finalbody);  // normal completion
    Label done;
    b.emitJump(Op::Jump, {}, done);
    uint32_t handlerPc = b.pc();
    for (auto& r : finRegion.ranges) b.addHandler(r.first, r.second, handlerPc, finExc, handlerEnvDepth());
    // exceptional completion: run with the exception as the one being handled (its __context__
    // for what the finally block raises, sys.exc_info()), then re-raise
    uint32_t prev = tmp(), ignored = tmp(), finExc2 = tmp();
    intrinsic(prev, Intrinsic::SetExcInfo, finExc, 1);
    uint32_t start = b.pc();
    stmtList(s.finalbody);
    uint32_t end = b.pc();
    intrinsic(ignored, Intrinsic::RestoreExcInfo, prev, 1);
    b.emit(Op::Throw, {finExc});
    if (end > start) {  // an exception out of the finally block restores the state too
        b.addHandler(start, end, b.pc(), finExc2, handlerEnvDepth());
        intrinsic(ignored, Intrinsic::RestoreExcInfo, prev, 1);
        b.emit(Op::Throw, {finExc2});
    }
    b.bind(done);
    release(m);
}

void FunctionCompiler::tryExcept(Try& s) {
    if (s.kind == StmtKind::TryStar && !s.handlers.empty()) {
        tryExceptStar(s);
        return;
    }
    if (s.handlers.empty()) {
        stmtList(s.body);
        stmtList(s.orelse);
        return;
    }
    uint32_t m = mark();
    uint32_t exc = tmp();
    uint32_t prev = tmp();
    uint32_t exc2 = tmp();
    Region bodyRegion;
    Control region{Control::Kind::Region};
    region.region = &bodyRegion;
    controls.push_back(region);
    bodyRegion.start(b.pc());
    stmtList(s.body);
    bodyRegion.close(b.pc());
    controls.pop_back();
    stmtList(s.orelse);
    Label after;
    b.emitJump(Op::Jump, {}, after);

    uint32_t handlerPc = b.pc();
    for (auto& r : bodyRegion.ranges) b.addHandler(r.first, r.second, handlerPc, exc, handlerEnvDepth());
    intrinsic(prev, Intrinsic::SetExcInfo, exc, 1);
    // While a handler runs, exits restore the previously handled exception; so does an
    // exception escaping the handler (the catch-all below).
    Region cleanupRegion;
    Control cleanup{Control::Kind::Cleanup};
    cleanup.cleanup = [this, prev]() {
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::RestoreExcInfo, prev, 1);
    };
    controls.push_back(cleanup);
    Control cr{Control::Kind::Region};
    cr.region = &cleanupRegion;
    controls.push_back(cr);
    cleanupRegion.start(b.pc());
    Label handled;
    for (ExceptHandler* h : s.handlers) {
        uint32_t hm = mark();
        Label next;
        position(h->pos);
        if (h->type) {
            uint32_t a = tmps(2);
            b.emit(Op::Mov, {a, exc});
            exprTo(*h->type, a + 1);
            position(h->type->pos);
            intrinsic(a, Intrinsic::ExceptionMatches, a, 2);
            b.emitJump(Op::JumpIfFalse, {a}, next);
        }
        if (!h->name.empty()) {
            nameStore(h->name, exc);
            // `except E as name`: name is unbound when the handler is left, however it is left.
            std::string name = h->name;
            auto unbind = [this, name]() {
                uint32_t um = mark();
                uint32_t t = tmp();
                b.emit(Op::LoadNull, {t});
                nameStore(name, t);
                nameDelete(name);
                release(um);
            };
            Control nc{Control::Kind::Cleanup};
            nc.cleanup = unbind;
            controls.push_back(nc);
            stmtList(h->body);
            controls.pop_back();
            unbind();
        } else {
            stmtList(h->body);
        }
        b.emitJump(Op::Jump, {}, handled);
        b.bind(next);
        release(hm);
    }
    b.emit(Op::Throw, {exc});  // no handler matched
    cleanupRegion.close(b.pc());
    controls.pop_back();
    controls.pop_back();
    uint32_t cleanupPc = b.pc();
    for (auto& r : cleanupRegion.ranges) b.addHandler(r.first, r.second, cleanupPc, exc2, handlerEnvDepth());
    {
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::RestoreExcInfo, prev, 1);
    }
    b.emit(Op::Throw, {exc2});
    b.bind(handled);
    {
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::RestoreExcInfo, prev, 1);
    }
    b.bind(after);
    release(m);
}

// except*: every handler sees the part of the group its type matches; what handlers raise and
// what no handler matched are re-raised together at the end. (break/continue/return cannot
// appear in an except* block, so handlers need no exit cleanups.)
void FunctionCompiler::tryExceptStar(Try& s) {
    uint32_t m = mark();
    uint32_t exc = tmp();
    uint32_t prev = tmp();
    uint32_t rest = tmp();
    uint32_t raised = tmp();
    uint32_t raisedExc = tmp();
    Region bodyRegion;
    Control region{Control::Kind::Region};
    region.region = &bodyRegion;
    controls.push_back(region);
    bodyRegion.start(b.pc());
    stmtList(s.body);
    bodyRegion.close(b.pc());
    controls.pop_back();
    stmtList(s.orelse);
    Label after;
    b.emitJump(Op::Jump, {}, after);
    uint32_t handlerPc = b.pc();
    for (auto& r : bodyRegion.ranges) b.addHandler(r.first, r.second, handlerPc, exc, handlerEnvDepth());
    intrinsic(prev, Intrinsic::SetExcInfo, exc, 1);
    b.emit(Op::Mov, {rest, exc});
    intrinsic(raised, Intrinsic::BuildList, raised, 0);
    for (ExceptHandler* h : s.handlers) {
        uint32_t hm = mark();
        Label next;
        position(h->pos);
        uint32_t a = tmps(2);
        b.emit(Op::Mov, {a, rest});
        if (h->type) exprTo(*h->type, a + 1);
        else b.emit(Op::LoadNull, {a + 1});
        uint32_t match = tmp();
        intrinsic(match, Intrinsic::ExceptStarMatch, a, 2);
        b.emit(Op::Mov, {rest, a});
        b.emitJump(Op::JumpIfNullish, {match}, next);
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::SetExcInfo, match, 1);
        if (!h->name.empty()) nameStore(h->name, match);
        uint32_t start = b.pc();
        stmtList(h->body);
        uint32_t end = b.pc();
        Label bodyDone;
        b.emitJump(Op::Jump, {}, bodyDone);
        if (end > start) {
            b.addHandler(start, end, b.pc(), raisedExc, handlerEnvDepth());
            uint32_t w = tmps(2);
            b.emit(Op::Mov, {w, raised});
            b.emit(Op::Mov, {w + 1, raisedExc});
            intrinsic(w, Intrinsic::ListAppend, w, 2);
        }
        b.bind(bodyDone);
        if (!h->name.empty()) {
            b.emit(Op::LoadNull, {t});
            nameStore(h->name, t);
            nameDelete(h->name);
        }
        b.bind(next);
        release(hm);
    }
    {
        uint32_t a = tmps(3);
        b.emit(Op::Mov, {a, exc});
        b.emit(Op::Mov, {a + 1, rest});
        b.emit(Op::Mov, {a + 2, raised});
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::RestoreExcInfo, prev, 1);
        intrinsic(a, Intrinsic::ExceptStarReraise, a, 3);
    }
    b.bind(after);
    release(m);
}

// ---------------------------------------------------------------------------------------------
// with / async with: one nested block per item

void FunctionCompiler::withStmt(With& s, size_t item) {
    uint32_t m = mark();
    bool isAsync = s.kind == StmtKind::AsyncWith;
    WithItem* wi = s.items[item];
    uint32_t a = tmps(2);  // a: manager, a+1: bound __exit__ (kept for the whole block)
    exprTo(*wi->context_expr, a);
    uint32_t entered = tmp();
    position(wi->context_expr->pos);
    intrinsic(entered, isAsync ? Intrinsic::AsyncWithEnter : Intrinsic::WithEnter, a, 2);
    if (isAsync) awaitTo(entered, entered);
    uint32_t exitFn = a + 1;
    uint32_t exc = tmp();
    uint32_t prev = tmp();
    if (wi->optional_vars) assignTo(*wi->optional_vars, entered);
    auto callExit = [this, exitFn, isAsync](uint32_t excOrNone, bool isNone) {
        uint32_t cm = mark();
        uint32_t w = tmps(2);
        b.emit(Op::Mov, {w, exitFn});
        if (isNone) b.emit(Op::LoadNull, {w + 1});
        else b.emit(Op::Mov, {w + 1, excOrNone});
        intrinsic(w, isAsync ? Intrinsic::AsyncWithExit : Intrinsic::WithExit, w, 2);
        if (isAsync) awaitTo(w, w);
        release(cm);
        return w;  // the result register (valid until the caller allocates)
    };
    Region region;
    Control cleanup{Control::Kind::Cleanup};
    cleanup.cleanup = [callExit]() { callExit(0, true); };
    controls.push_back(cleanup);
    Control rc{Control::Kind::Region};
    rc.region = &region;
    controls.push_back(rc);
    region.start(b.pc());
    if (item + 1 < s.items.size()) withStmt(s, item + 1);
    else stmtList(s.body);
    region.close(b.pc());
    controls.pop_back();
    controls.pop_back();
    position(s.pos);
    callExit(0, true);
    Label done;
    b.emitJump(Op::Jump, {}, done);
    uint32_t handlerPc = b.pc();
    for (auto& r : region.ranges) b.addHandler(r.first, r.second, handlerPc, exc, handlerEnvDepth());
    intrinsic(prev, Intrinsic::SetExcInfo, exc, 1);
    uint32_t res = tmp();
    {
        uint32_t w = callExit(exc, false);
        b.emit(Op::Mov, {res, w});
    }
    {
        uint32_t t = tmp();
        intrinsic(t, Intrinsic::RestoreExcInfo, prev, 1);
    }
    b.emitJump(Op::JumpIfTrue, {res}, done);  // __exit__ returned true: suppressed
    b.emit(Op::Throw, {exc});
    b.bind(done);
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Annotations

static bool hasSimpleAnnotations(const StmtList& body) {
    for (Stmt* s : body) {
        switch (s->kind) {
        case StmtKind::AnnAssign:
            if (s->as<AnnAssign>()->simple) return true;
            break;
        case StmtKind::If: case StmtKind::While: {
            const StmtList& b1 = s->kind == StmtKind::If ? s->as<If>()->body : s->as<While>()->body;
            const StmtList& b2 = s->kind == StmtKind::If ? s->as<If>()->orelse : s->as<While>()->orelse;
            if (hasSimpleAnnotations(b1) || hasSimpleAnnotations(b2)) return true;
            break;
        }
        case StmtKind::For: case StmtKind::AsyncFor:
            if (hasSimpleAnnotations(s->as<For>()->body) || hasSimpleAnnotations(s->as<For>()->orelse)) return true;
            break;
        case StmtKind::With: case StmtKind::AsyncWith:
            if (hasSimpleAnnotations(s->as<With>()->body)) return true;
            break;
        case StmtKind::Try: case StmtKind::TryStar: {
            auto* t = s->as<Try>();
            if (hasSimpleAnnotations(t->body) || hasSimpleAnnotations(t->orelse) || hasSimpleAnnotations(t->finalbody)) return true;
            for (ExceptHandler* h : t->handlers) if (hasSimpleAnnotations(h->body)) return true;
            break;
        }
        case StmtKind::Match:
            for (MatchCase* c : s->as<Match>()->cases) if (hasSimpleAnnotations(c->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

void FunctionCompiler::setupAnnotations(const StmtList& body) {
    if (!hasSimpleAnnotations(body)) return;
    uint32_t m = mark();
    uint32_t d = tmp();
    intrinsic(d, Intrinsic::BuildDict, d, 0);
    nameStore("__annotations__", d);
    release(m);
}

void FunctionCompiler::annotationTo(Expr& annotation, uint32_t dst) {
    if (!unit.symtable->futureAnnotations) {
        exprTo(annotation, dst);
        return;
    }
    // The annotation's source text, as `from __future__ import annotations` keeps it.
    const std::string& src = unit.options.source;
    std::vector<size_t> lineStart{0};
    for (size_t i = 0; i < src.size(); i++) if (src[i] == '\n') lineStart.push_back(i + 1);
    const Pos& p = annotation.pos;
    std::string text;
    if (p.lineno >= 1 && p.end_lineno >= p.lineno && size_t(p.end_lineno) <= lineStart.size()) {
        size_t from = lineStart[size_t(p.lineno - 1)] + size_t(p.col_offset);
        size_t to = lineStart[size_t(p.end_lineno - 1)] + size_t(p.end_col_offset);
        if (from <= to && to <= src.size()) text = src.substr(from, to - from);
    }
    strTo(text, dst);
}

void FunctionCompiler::annAssign(AnnAssign& s) {
    uint32_t m = mark();
    if (s.value) {
        uint32_t v = tmp();
        exprTo(*s.value, v);
        assignTo(*s.target, v);
    }
    if (kind != Kind::Function && s.simple && s.target->kind == ExprKind::Name) {
        uint32_t ann = tmp();
        annotationTo(*s.annotation, ann);
        uint32_t d = tmp();
        nameLoad("__annotations__", d);
        uint32_t key = tmp();
        strTo(mangle(s.target->as<Name>()->id), key);
        position(s.pos);
        b.emit(Op::SetElem, {d, key, ann, b.newCache()});
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Simple statements


void FunctionCompiler::augAssign(AugAssign& s) {
    uint32_t m = mark();
    // dualvm::BinaryOp (runtime/language.h) numbering: Add, Sub, Mul, Div, Mod, Pow, BitAnd,
    // BitOr, BitXor, Shl, Shr, UShr, FloorDiv, MatMul.
    int opIndex = 0;
    switch (s.op) {
    case Operator::Add: opIndex = 0; break;
    case Operator::Sub: opIndex = 1; break;
    case Operator::Mult: opIndex = 2; break;
    case Operator::Div: opIndex = 3; break;
    case Operator::Mod: opIndex = 4; break;
    case Operator::Pow: opIndex = 5; break;
    case Operator::BitAnd: opIndex = 6; break;
    case Operator::BitOr: opIndex = 7; break;
    case Operator::BitXor: opIndex = 8; break;
    case Operator::LShift: opIndex = 9; break;
    case Operator::RShift: opIndex = 10; break;
    case Operator::FloorDiv: opIndex = 12; break;
    case Operator::MatMult: opIndex = 13; break;
    }
    uint32_t a = tmps(3);  // (unused), current value, operand
    Expr& t = *s.target;
    uint32_t obj = 0, key = 0;
    switch (t.kind) {
    case ExprKind::Name: nameLoad(t.as<Name>()->id, a + 1); break;
    case ExprKind::Attribute:
        obj = exprAny(*t.as<Attribute>()->value);
        position(t.pos);
        b.emit(Op::GetProp, {a + 1, obj, nameConst(mangle(t.as<Attribute>()->attr)), b.newCache()});
        break;
    case ExprKind::Subscript: {
        auto* sub = t.as<Subscript>();
        obj = exprAny(*sub->value);
        key = tmp();
        sliceKeyTo(*sub->slice, key);
        position(t.pos);
        b.emit(Op::GetElem, {a + 1, obj, key, b.newCache()});
        break;
    }
    default: fail("'" + std::string(name(t.kind)) + "' is an illegal expression for augmented assignment", t.pos);
    }
    exprTo(*s.value, a + 2);
    position(s.pos);
    uint32_t res = tmp();
    b.emit(Op::InplaceBinary, {res, uint32_t(opIndex), a + 1, a + 2});
    switch (t.kind) {
    case ExprKind::Name: nameStore(t.as<Name>()->id, res); break;
    case ExprKind::Attribute:
        b.emit(Op::SetProp, {obj, nameConst(mangle(t.as<Attribute>()->attr)), res, b.newCache()});
        break;
    default: b.emit(Op::SetElem, {obj, key, res, b.newCache()}); break;
    }
    release(m);
}

void FunctionCompiler::raiseStmt(Raise& s) {
    uint32_t m = mark();
    uint32_t a = tmps(2);
    if (!s.exc) {
        intrinsic(a, Intrinsic::Reraise, a, 0);
    } else {
        exprTo(*s.exc, a);
        if (s.cause) exprTo(*s.cause, a + 1);
        else b.emit(Op::LoadUndef, {a + 1});
        position(s.pos);
        intrinsic(a, Intrinsic::Raise, a, 2);
    }
    release(m);
}

void FunctionCompiler::assertStmt(Assert& s) {
    uint32_t m = mark();
    Label ok;
    conditionalJump(*s.test, ok, true);
    uint32_t a = tmp();
    if (s.msg) exprTo(*s.msg, a);
    else b.emit(Op::LoadUndef, {a});
    position(s.pos);
    intrinsic(a, Intrinsic::AssertFail, a, 1);
    b.bind(ok);
    release(m);
}

void FunctionCompiler::importStmt(Import& s) {
    for (Alias* al : s.names) {
        uint32_t m = mark();
        uint32_t a = tmps(3);
        strTo(al->name, a);
        b.emit(Op::LoadNull, {a + 1});
        b.emit(Op::LoadInt, {a + 2, 0});
        uint32_t mod = tmp();
        position(al->pos.lineno ? al->pos : s.pos);
        intrinsic(mod, Intrinsic::ImportName, a, 3);
        if (!al->asname.empty()) {
            // `import a.b.c as d` binds the submodule a.b.c.
            size_t start = al->name.find('.');
            while (start != std::string::npos) {
                size_t next = al->name.find('.', start + 1);
                std::string part = al->name.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
                uint32_t w = tmps(2);
                b.emit(Op::Mov, {w, mod});
                strTo(part, w + 1);
                intrinsic(mod, Intrinsic::ImportFrom, w, 2);
                start = next;
            }
            nameStore(al->asname, mod);
        } else {
            nameStore(al->name.substr(0, al->name.find('.')), mod);
        }
        release(m);
    }
}

void FunctionCompiler::importFromStmt(ImportFrom& s) {
    if (s.module == "__future__" && s.level == 0) return;  // compile-time directives only
    uint32_t m = mark();
    uint32_t n = uint32_t(s.names.size());
    uint32_t names = tmps(n);
    for (uint32_t i = 0; i < n; i++) strTo(s.names[i]->name, names + i);
    uint32_t a = tmps(3);
    strTo(s.module, a);
    intrinsic(a + 1, Intrinsic::BuildTuple, names, n);
    b.emit(Op::LoadInt, {a + 2, uint32_t(s.level)});
    uint32_t mod = tmp();
    position(s.pos);
    intrinsic(mod, Intrinsic::ImportName, a, 3);
    if (n == 1 && s.names[0]->name == "*") {
        intrinsic(a, Intrinsic::ImportStar, mod, 1);
    } else {
        for (Alias* al : s.names) {
            uint32_t w = tmps(2);
            b.emit(Op::Mov, {w, mod});
            strTo(al->name, w + 1);
            intrinsic(w, Intrinsic::ImportFrom, w, 2);
            nameStore(al->asname.empty() ? al->name : al->asname, w);
        }
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// match: cases tried in order; names are bound as the pattern is matched.

void FunctionCompiler::matchStmt(Match& s) {
    uint32_t m = mark();
    uint32_t subject = tmp();
    exprTo(*s.subject, subject);
    Label end;
    for (MatchCase* c : s.cases) {
        uint32_t cm = mark();
        Label next;
        position(c->pattern->pos);
        matchPattern(*c->pattern, subject, next);
        if (c->guard) conditionalJump(*c->guard, next, false);
        stmtList(c->body);
        b.emitJump(Op::Jump, {}, end);
        b.bind(next);
        release(cm);
    }
    b.bind(end);
    release(m);
}

void FunctionCompiler::matchPattern(Pattern& p, uint32_t subject, Label& fail) {
    uint32_t m = mark();
    switch (p.kind) {
    case PatternKind::MatchValue: {
        uint32_t v = exprAny(*p.as<MatchValue>()->value);
        uint32_t r = tmp();
        b.emit(Op::Eq, {r, subject, v});
        b.emitJump(Op::JumpIfFalse, {r}, fail);
        break;
    }
    case PatternKind::MatchSingleton: {
        uint32_t v = tmp();
        ConstantKind k = p.as<MatchSingleton>()->value;
        b.emit(k == ConstantKind::True ? Op::LoadTrue : k == ConstantKind::False ? Op::LoadFalse : Op::LoadNull, {v});
        b.emit(Op::Is, {v, subject, v});
        b.emitJump(Op::JumpIfFalse, {v}, fail);
        break;
    }
    case PatternKind::MatchAs: {
        auto* a = p.as<MatchAs>();
        if (a->pattern) matchPattern(*a->pattern, subject, fail);
        if (!a->name.empty()) nameStore(a->name, subject);
        break;
    }
    case PatternKind::MatchOr: {
        auto* o = p.as<MatchOr>();
        Label ok;
        for (size_t i = 0; i + 1 < o->patterns.size(); i++) {
            Label nextAlt;
            matchPattern(*o->patterns[i], subject, nextAlt);
            b.emitJump(Op::Jump, {}, ok);
            b.bind(nextAlt);
        }
        matchPattern(*o->patterns.back(), subject, fail);
        b.bind(ok);
        break;
    }
    case PatternKind::MatchSequence: {
        auto& pats = p.as<MatchSequence>()->patterns;
        int star = -1;
        for (size_t i = 0; i < pats.size(); i++) if (pats[i]->kind == PatternKind::MatchStar) star = int(i);
        uint32_t fixed = uint32_t(pats.size()) - (star >= 0 ? 1 : 0);
        uint32_t a = tmps(3);
        b.emit(Op::Mov, {a, subject});
        b.emit(Op::LoadInt, {a + 1, fixed});
        b.emit(star >= 0 ? Op::LoadTrue : Op::LoadFalse, {a + 2});
        uint32_t items = tmp();
        intrinsic(items, Intrinsic::MatchSequence, a, 3);
        b.emitJump(Op::JumpIfUndefined, {items}, fail);
        uint32_t after = star >= 0 ? uint32_t(pats.size()) - uint32_t(star) - 1 : 0;
        for (size_t i = 0; i < pats.size(); i++) {
            uint32_t im = mark();
            uint32_t key = tmp(), item = tmp();
            if (int(i) == star) {
                const std::string& name = pats[i]->as<MatchStar>()->name;
                if (name.empty()) { release(im); continue; }
                uint32_t sl = tmps(3);
                b.emit(Op::LoadInt, {sl, uint32_t(star)});
                if (after) b.emit(Op::LoadInt, {sl + 1, uint32_t(-int32_t(after))});
                else b.emit(Op::LoadNull, {sl + 1});
                b.emit(Op::LoadNull, {sl + 2});
                intrinsic(key, Intrinsic::BuildSlice, sl, 3);
                b.emit(Op::GetElem, {item, items, key, b.newCache()});
                nameStore(name, item);
            } else {
                int32_t index = (star >= 0 && int(i) > star) ? -int32_t(pats.size() - i) : int32_t(i);
                b.emit(Op::LoadInt, {key, uint32_t(index)});
                b.emit(Op::GetElem, {item, items, key, b.newCache()});
                matchPattern(*pats[i], item, fail);
            }
            release(im);
        }
        break;
    }
    case PatternKind::MatchMapping: {
        auto* mp = p.as<MatchMapping>();
        uint32_t n = uint32_t(mp->keys.size());
        uint32_t keys = tmps(n);
        for (uint32_t i = 0; i < n; i++) exprTo(*mp->keys[i], keys + i);
        uint32_t a = tmps(2);
        b.emit(Op::Mov, {a, subject});
        intrinsic(a + 1, Intrinsic::BuildTuple, keys, n);
        uint32_t values = tmp();
        intrinsic(values, Intrinsic::MatchMapping, a, 2);
        b.emitJump(Op::JumpIfUndefined, {values}, fail);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t im = mark();
            uint32_t key = tmp(), item = tmp();
            b.emit(Op::LoadInt, {key, i});
            b.emit(Op::GetElem, {item, values, key, b.newCache()});
            matchPattern(*mp->patterns[i], item, fail);
            release(im);
        }
        if (!mp->rest.empty()) {
            uint32_t rest = tmp();
            intrinsic(rest, Intrinsic::MatchMappingRest, a, 2);
            nameStore(mp->rest, rest);
        }
        break;
    }
    case PatternKind::MatchClass: {
        auto* mc = p.as<MatchClass>();
        uint32_t nk = uint32_t(mc->kwd_attrs.size());
        uint32_t names = tmps(nk);
        for (uint32_t i = 0; i < nk; i++) strTo(mc->kwd_attrs[i], names + i);
        uint32_t a = tmps(4);
        b.emit(Op::Mov, {a, subject});
        exprTo(*mc->cls, a + 1);
        b.emit(Op::LoadInt, {a + 2, uint32_t(mc->patterns.size())});
        intrinsic(a + 3, Intrinsic::BuildTuple, names, nk);
        uint32_t values = tmp();
        position(p.pos);
        intrinsic(values, Intrinsic::MatchClass, a, 4);
        b.emitJump(Op::JumpIfUndefined, {values}, fail);
        std::vector<Pattern*> subs(mc->patterns.begin(), mc->patterns.end());
        subs.insert(subs.end(), mc->kwd_patterns.begin(), mc->kwd_patterns.end());
        for (uint32_t i = 0; i < subs.size(); i++) {
            uint32_t im = mark();
            uint32_t key = tmp(), item = tmp();
            b.emit(Op::LoadInt, {key, i});
            b.emit(Op::GetElem, {item, values, key, b.newCache()});
            matchPattern(*subs[i], item, fail);
            release(im);
        }
        break;
    }
    case PatternKind::MatchStar: this->fail("can't use starred pattern here", p.pos);
    }
    release(m);
}

}  // namespace py::compiler
