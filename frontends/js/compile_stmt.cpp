// frontends/js/compile_stmt.cpp — statements and structured control flow: blocks, declarations,
// if/loops (per-iteration let environments), for-in/for-of (iterator close on abrupt exits),
// switch, labels, break/continue/return through finally blocks (each exit path runs its own
// copy of the finally block; a catch-all handler runs it on throw), try/catch, with.
#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;
using Label = ir::Builder::Label;

void FunctionCompiler::stmtList(StmtList& list) {
    for (auto& s : list) stmt(*s);
}

void FunctionCompiler::stmt(Stmt& s) {
    uint32_t m = mark();
    position(s.pos);
    switch (s.kind) {
    case NodeKind::ExprStmt: {
        auto& e = s.as<ExprStmt>();
        if (completionReg >= 0) exprTo(*e.expression, uint32_t(completionReg));
        else exprDiscard(*e.expression);
        break;
    }
    case NodeKind::VarDecl: varDecl(s.as<VarDecl>()); break;
    case NodeKind::FunctionDecl: {
        // Hoisted at scope entry. Annex B: the statement copies the block binding to the var.
        auto& d = s.as<FunctionDecl>();
        if (d.annexBVarRes.kind != RefKind::Unresolved) {
            uint32_t t = tmp();
            identifierLoad(*d.fn->id, t);
            resolutionStore(d.annexBVarRes, d.fn->id->name, t, false);
        }
        break;
    }
    case NodeKind::ClassDecl: {
        auto& c = s.as<ClassDecl>();
        uint32_t t = tmp();
        classDefinition(*c.cls, t);
        Resolution r = c.cls->id->res;
        resolutionStore(r, c.cls->id->name, t, true);
        break;
    }
    case NodeKind::Return: returnStmt(s.as<ReturnStmt>()); break;
    case NodeKind::If: ifStmt(s.as<IfStmt>()); break;
    case NodeKind::Block: blockStmt(s.as<BlockStmt>()); break;
    case NodeKind::Empty: break;
    case NodeKind::For: forStmt(s.as<ForStmt>(), {}); break;
    case NodeKind::ForIn:
    case NodeKind::ForOf: forInOf(s.as<ForInOfStmt>(), {}); break;
    case NodeKind::While: whileStmt(s.as<WhileStmt>(), {}); break;
    case NodeKind::DoWhile: doWhileStmt(s.as<DoWhileStmt>(), {}); break;
    case NodeKind::Break: breakContinue(s.as<BreakStmt>().label, false, s.pos); break;
    case NodeKind::Continue: breakContinue(s.as<ContinueStmt>().label, true, s.pos); break;
    case NodeKind::Throw: {
        uint32_t v = exprAny(*s.as<ThrowStmt>().argument);
        position(s.pos);
        b.emit(Op::Throw, {v});
        break;
    }
    case NodeKind::Try: tryStmt(s.as<TryStmt>()); break;
    case NodeKind::Switch: switchStmt(s.as<SwitchStmt>(), {}); break;
    case NodeKind::Labeled: labeledStmt(s.as<LabeledStmt>()); break;
    case NodeKind::With: withStmt(s.as<WithStmt>()); break;
    case NodeKind::Debugger: b.emit(Op::Debugger); break;
    default:
        fail(std::string("Unexpected node in statement position: ") + nodeKindName(s.kind), s.pos);
    }
    release(m);
}

void FunctionCompiler::blockStmt(BlockStmt& bs) {
    std::vector<FunctionDecl*> decls;
    collectFunctionDecls(bs.body, decls);
    bool pushed = enterScope(bs.scope, decls);
    stmtList(bs.body);
    leaveScope(pushed);
}

void FunctionCompiler::varDecl(VarDecl& d) {
    for (auto& decl : d.declarations) {
        uint32_t m = mark();
        position(decl.pos);
        bool init = d.declKind != DeclKind::Var;
        if (!decl.init) {
            // `var x;` does nothing; `let x;` initialises to undefined.
            if (d.declKind == DeclKind::Var) continue;
            uint32_t t = tmp();
            b.emit(Op::LoadUndef, {t});
            bindPattern(*decl.target, t, true);
        } else if (decl.target->kind == NodeKind::Identifier && decl.target->as<Identifier>().res.kind == RefKind::Local &&
                   writesDstLast(*decl.init)) {
            // Straight into the variable's register.
            exprTo(*decl.init, localReg(decl.target->as<Identifier>().res.slot));
        } else if (decl.target->kind == NodeKind::Identifier) {
            auto& id = decl.target->as<Identifier>();
            uint32_t t = tmp();
            exprTo(*decl.init, t);
            position(id.pos);
            if (init) {
                Resolution r = id.res;
                r.isConstAssign = false;
                resolutionStore(r, id.name, t, true);
            } else {
                resolutionStore(id.res, id.name, t, false);
            }
        } else {
            uint32_t t = tmp();
            exprTo(*decl.init, t);
            bindPattern(*decl.target, t, init);
        }
        release(m);
    }
}

void FunctionCompiler::ifStmt(IfStmt& s) {
    Label elseL, done;
    conditionalJump(*s.test, elseL, false);
    stmt(*s.consequent);
    if (s.alternate) {
        b.emitJump(Op::Jump, {}, done);
        b.bind(elseL);
        stmt(*s.alternate);
        b.bind(done);
    } else {
        b.bind(elseL);
    }
}

namespace {
Control breakable(std::vector<std::string> labels, bool isLoop, Label* brk, Label* cont, uint32_t envDepth) {
    Control c{Control::Kind::Breakable};
    c.labels = std::move(labels);
    c.isLoop = isLoop;
    c.acceptsPlainBreak = true;
    c.breakLabel = brk;
    c.continueLabel = cont;
    c.envDepth = envDepth;
    return c;
}
}  // namespace

void FunctionCompiler::whileStmt(WhileStmt& s, std::vector<std::string> labels) {
    Label top, done, cont;
    b.bind(top);
    b.emit(Op::LoopHeader);
    conditionalJump(*s.test, done, false);
    controls.push_back(breakable(std::move(labels), true, &done, &top, envDepth));
    stmt(*s.body);
    controls.pop_back();
    b.emitJump(Op::Jump, {}, top);
    b.bind(done);
}

void FunctionCompiler::doWhileStmt(DoWhileStmt& s, std::vector<std::string> labels) {
    Label top, done, cont;
    b.bind(top);
    b.emit(Op::LoopHeader);
    controls.push_back(breakable(std::move(labels), true, &done, &cont, envDepth));
    stmt(*s.body);
    controls.pop_back();
    b.bind(cont);
    conditionalJump(*s.test, top, true);
    b.bind(done);
}

void FunctionCompiler::forStmt(ForStmt& s, std::vector<std::string> labels) {
    bool pushed = enterScope(s.scope);
    bool perIteration = pushed && s.scope && s.scope->perIterationCopy;
    if (s.init) {
        if (s.init->kind == NodeKind::VarDecl) varDecl(s.init->as<VarDecl>());
        else stmt(*s.init);
    }
    Label top, done, cont;
    if (perIteration) b.emit(Op::CopyEnv);
    b.bind(top);
    b.emit(Op::LoopHeader);
    if (s.test) conditionalJump(*s.test, done, false);
    controls.push_back(breakable(std::move(labels), true, &done, &cont, envDepth));
    stmt(*s.body);
    controls.pop_back();
    b.bind(cont);
    if (perIteration) b.emit(Op::CopyEnv);
    if (s.update) exprDiscard(*s.update);
    b.emitJump(Op::Jump, {}, top);
    b.bind(done);
    leaveScope(pushed);
}

// The loop variable(s) of a for-in/of head receive `value`.
void FunctionCompiler::forInOfHead(ForInOfStmt& s, uint32_t value) {
    if (s.leftDecl) {
        auto& d = s.leftDecl->as<VarDecl>();
        bindPattern(*d.declarations[0].target, value, d.declKind != DeclKind::Var);
    } else {
        bindPattern(*s.leftTarget, value, false);
    }
}

void FunctionCompiler::forInOf(ForInOfStmt& s, std::vector<std::string> labels) {
    uint32_t m = mark();
    // Legacy `for (var x = init in o)`.
    if (s.leftDecl) {
        auto& d = s.leftDecl->as<VarDecl>();
        if (d.declarations[0].init && d.declKind == DeclKind::Var) {
            uint32_t t = tmp();
            exprTo(*d.declarations[0].init, t);
            bindPattern(*d.declarations[0].target, t, false);
            release(m);
        }
    }
    // The head expression is resolved outside the loop scope (scope.cpp).
    uint32_t iter = tmp();
    uint32_t nextFn = s.isAwait ? tmp() : 0;
    uint32_t isSync = s.isAwait ? tmp() : 0;
    {
        uint32_t hm = mark();
        uint32_t v = exprAny(*s.right);
        position(s.right->pos);
        if (!s.isOf) {
            b.emit(Op::ForInStart, {iter, v});
        } else if (s.isAwait) {
            // obj[Symbol.asyncIterator](), else obj[Symbol.iterator]() with awaited values.
            uint32_t sym = tmp(), key = tmp(), method = tmp(), base = tmp();
            Label have;
            b.emit(Op::GetGlobal, {sym, nameConst("Symbol"), b.newCache()});
            b.emit(Op::GetProp, {key, sym, nameConst("asyncIterator"), b.newCache()});
            b.emit(Op::GetElem, {method, v, key, b.newCache()});
            b.emit(Op::LoadFalse, {isSync});
            b.emitJump(Op::JumpIfNotNullish, {method}, have);
            b.emit(Op::GetProp, {key, sym, nameConst("iterator"), b.newCache()});
            b.emit(Op::GetElem, {method, v, key, b.newCache()});
            b.emit(Op::LoadTrue, {isSync});
            b.bind(have);
            b.emit(Op::Mov, {base, v});
            recordCallee(b.pc(), *s.right);
            b.emit(Op::Call, {iter, method, base, 0, b.newCache()});
            b.emit(Op::GetProp, {nextFn, iter, nameConst("next"), b.newCache()});
        } else {
            b.emit(Op::GetIterator, {iter, v});
        }
        release(hm);
    }
    uint32_t value = tmp();
    Label top, done, cont;
    b.bind(top);
    b.emit(Op::LoopHeader);
    position(s.pos);
    if (!s.isOf) {
        b.emitJump(Op::ForInNext, {value, iter}, done);
    } else if (s.isAwait) {
        uint32_t im = mark();
        uint32_t base = tmp();
        b.emit(Op::Mov, {base, iter});
        b.emit(Op::Call, {value, nextFn, base, 0, b.newCache()});
        awaitTo(value, value);
        uint32_t d = tmp();
        b.emit(Op::GetProp, {d, value, nameConst("done"), b.newCache()});
        b.emitJump(Op::JumpIfTrue, {d}, done);
        b.emit(Op::GetProp, {value, value, nameConst("value"), b.newCache()});
        Label skipAwait;
        b.emitJump(Op::JumpIfFalse, {isSync}, skipAwait);
        awaitTo(value, value);
        b.bind(skipAwait);
        release(im);
    } else {
        b.emitJump(Op::IteratorNext, {value, iter}, done);
    }

    // Body region: an exception here closes the iterator (for-of only).
    RegionData region;
    uint32_t regionDepth = envDepth;
    if (s.isOf) {
        Control c{s.isAwait ? Control::Kind::AsyncIteratorClose : Control::Kind::IteratorClose};
        c.iteratorReg = iter;
        c.envDepth = envDepth;
        controls.push_back(c);
        Control r{Control::Kind::Region};
        r.region = &region;
        r.envDepth = envDepth;
        controls.push_back(r);
        region.start(b.pc());
    }
    bool pushed = enterScope(s.scope);
    forInOfHead(s, value);
    controls.push_back(breakable(std::move(labels), true, &done, &cont, envDepth - (pushed ? 1 : 0)));
    if (s.isOf) controls.back().breakExitsTo = int(controls.size()) - 3;  // the iterator close entry
    stmt(*s.body);
    controls.pop_back();
    // continue lands here: leave the per-iteration scope, then fetch the next value.
    // (A `continue` pops environments down to the loop's depth itself.)
    leaveScope(pushed);
    b.bind(cont);
    b.emitJump(Op::Jump, {}, top);
    if (s.isOf) {
        region.close(b.pc());
        controls.pop_back();  // region
        controls.pop_back();  // iterator close
        // Throw out of the body: close the iterator (ignoring errors from return()) and rethrow.
        Label skip;
        b.emitJump(Op::Jump, {}, skip);
        uint32_t exc = tmp();
        uint32_t handler = b.pc();
        for (auto& r : region.ranges) b.addHandler(r.first, r.second, handler, exc, regionDepth);
        uint32_t closeStart = b.pc();
        if (s.isAwait) {
            uint32_t rm = mark();
            uint32_t ret = tmp();
            Label none;
            b.emit(Op::GetProp, {ret, iter, nameConst("return"), b.newCache()});
            b.emitJump(Op::JumpIfNullish, {ret}, none);
            uint32_t base = tmp();
            b.emit(Op::Mov, {base, iter});
            b.emit(Op::Call, {ret, ret, base, 0, b.newCache()});
            awaitTo(ret, ret);
            b.bind(none);
            release(rm);
        } else {
            b.emit(Op::IteratorClose, {iter});
        }
        uint32_t closeEnd = b.pc();
        uint32_t rethrow = b.pc();
        b.emit(Op::Throw, {exc});
        uint32_t junk = tmp();
        b.addHandler(closeStart, closeEnd, rethrow, junk, regionDepth);
        b.bind(skip);
    }
    b.bind(done);
    release(m);
}

void FunctionCompiler::switchStmt(SwitchStmt& s, std::vector<std::string> labels) {
    uint32_t m = mark();
    uint32_t disc = tmp();
    exprTo(*s.discriminant, disc);
    // All case bodies share one lexical scope.
    std::vector<FunctionDecl*> decls;
    for (auto& c : s.cases) collectFunctionDecls(c.body, decls);
    bool pushed = enterScope(s.scope, decls);
    std::vector<Label> caseLabels(s.cases.size());
    Label done;
    int defaultIndex = -1;
    uint32_t t = tmp();
    for (size_t i = 0; i < s.cases.size(); i++) {
        auto& c = s.cases[i];
        if (!c.test) { defaultIndex = int(i); continue; }
        uint32_t cm = mark();
        uint32_t v = exprAny(*c.test);
        b.emit(Op::StrictEq, {t, disc, v});
        b.emitJump(Op::JumpIfTrue, {t}, caseLabels[i]);
        release(cm);
    }
    if (defaultIndex >= 0) b.emitJump(Op::Jump, {}, caseLabels[size_t(defaultIndex)]);
    else b.emitJump(Op::Jump, {}, done);
    Control c = breakable(std::move(labels), false, &done, nullptr, envDepth - (pushed ? 1 : 0));
    controls.push_back(c);
    for (size_t i = 0; i < s.cases.size(); i++) {
        b.bind(caseLabels[i]);
        stmtList(s.cases[i].body);
    }
    controls.pop_back();
    b.bind(done);
    leaveScope(pushed);
    release(m);
}

void FunctionCompiler::labeledStmt(LabeledStmt& s) {
    std::vector<std::string> labels{s.label};
    Stmt* body = s.body.get();
    while (body->kind == NodeKind::Labeled) {
        labels.push_back(body->as<LabeledStmt>().label);
        body = body->as<LabeledStmt>().body.get();
    }
    position(body->pos);
    switch (body->kind) {
    case NodeKind::For: forStmt(body->as<ForStmt>(), labels); return;
    case NodeKind::ForIn:
    case NodeKind::ForOf: forInOf(body->as<ForInOfStmt>(), labels); return;
    case NodeKind::While: whileStmt(body->as<WhileStmt>(), labels); return;
    case NodeKind::DoWhile: doWhileStmt(body->as<DoWhileStmt>(), labels); return;
    case NodeKind::Switch: switchStmt(body->as<SwitchStmt>(), labels); return;
    default: break;
    }
    Label done;
    Control c{Control::Kind::Breakable};
    c.labels = labels;
    c.breakLabel = &done;
    c.envDepth = envDepth;
    controls.push_back(c);
    stmt(*body);
    controls.pop_back();
    b.bind(done);
}

void FunctionCompiler::breakContinue(const std::string& label, bool isContinue, const SourcePos& pos) {
    for (int i = int(controls.size()) - 1; i >= 0; i--) {
        Control& c = controls[size_t(i)];
        if (c.kind != Control::Kind::Breakable) continue;
        bool match;
        if (label.empty()) match = isContinue ? c.isLoop : c.acceptsPlainBreak;
        else match = std::find(c.labels.begin(), c.labels.end(), label) != c.labels.end() &&
                     (!isContinue || c.isLoop);
        if (!match) continue;
        Label* target = isContinue ? c.continueLabel : c.breakLabel;
        int exitIndex = (!isContinue && c.breakExitsTo >= 0) ? c.breakExitsTo - 1 : i;
        exitTo(exitIndex, c.envDepth);
        b.emitJump(Op::Jump, {}, *target);
        // Reopen the regions exited above for the code that follows (unreachable until a label).
        for (size_t k = size_t(exitIndex + 1); k < controls.size(); k++)
            if (controls[k].kind == Control::Kind::Region) controls[k].region->start(b.pc());
        return;
    }
    fail(label.empty() ? (isContinue ? "Illegal continue statement: no surrounding iteration statement"
                                     : "Illegal break statement")
                       : "Undefined label '" + label + "'",
         pos);
}

// Runs the exit actions of every control entry above `target` (-1: all), innermost first.
// Leaves the closed regions closed: the caller emits the final jump/return and reopens them.
void FunctionCompiler::exitTo(int target, uint32_t targetDepth) {
    uint32_t savedDepth = envDepth;
    for (int i = int(controls.size()) - 1; i > target; i--) {
        Control c = controls[size_t(i)];
        switch (c.kind) {
        case Control::Kind::Breakable:
            break;
        case Control::Kind::Region:
            c.region->close(b.pc());
            break;
        case Control::Kind::Finally: {
            while (envDepth > c.envDepth) { b.emit(Op::PopEnv); envDepth--; }
            // The finally block runs in the context outside its try statement.
            std::vector<Control> saved(controls.begin() + i, controls.end());
            controls.resize(size_t(i));
            // A nested completion register would be clobbered harmlessly: finally values are
            // not completion values.
            int32_t savedCompletion = completionReg;
            completionReg = -1;
            blockStmt(*c.finalizer);
            completionReg = savedCompletion;
            controls.insert(controls.end(), saved.begin(), saved.end());
            break;
        }
        case Control::Kind::IteratorClose:
            while (envDepth > c.envDepth) { b.emit(Op::PopEnv); envDepth--; }
            b.emit(Op::IteratorClose, {c.iteratorReg});
            break;
        case Control::Kind::AsyncIteratorClose: {
            while (envDepth > c.envDepth) { b.emit(Op::PopEnv); envDepth--; }
            uint32_t m = mark();
            uint32_t ret = tmp();
            Label none;
            b.emit(Op::GetProp, {ret, c.iteratorReg, nameConst("return"), b.newCache()});
            b.emitJump(Op::JumpIfNullish, {ret}, none);
            uint32_t base = tmp();
            b.emit(Op::Mov, {base, c.iteratorReg});
            b.emit(Op::Call, {ret, ret, base, 0, b.newCache()});
            awaitTo(ret, ret);
            b.bind(none);
            release(m);
            break;
        }
        }
    }
    if (targetDepth != kFunctionExit)
        while (envDepth > targetDepth) { b.emit(Op::PopEnv); envDepth--; }
    // The code after the jump continues at the original depth (it is unreachable, but the
    // compiler's bookkeeping must match the enclosing structure).
    envDepth = savedDepth;
}

void FunctionCompiler::emitReturnValue(uint32_t reg) {
    adoptCapturedThis();  // a derived constructor returning undefined returns its this
    bool needsExit = false;
    for (auto& c : controls)
        if (c.kind != Control::Kind::Breakable) needsExit = true;
    if (needsExit) {
        uint32_t m = mark();
        uint32_t keep = reg;
        if (isLocalRegister(reg)) {  // a finally block may assign the local
            keep = tmp();
            b.emit(Op::Mov, {keep, reg});
        }
        exitTo(-1, kFunctionExit);
        b.emit(Op::Return, {keep});
        for (auto& c : controls)
            if (c.kind == Control::Kind::Region) c.region->start(b.pc());
        release(m);
    } else {
        b.emit(Op::Return, {reg});
    }
}

void FunctionCompiler::returnStmt(ReturnStmt& s) {
    uint32_t m = mark();
    uint32_t v = tmp();
    if (s.argument) {
        exprTo(*s.argument, v);
        if (fn && fn->isAsync && fn->isGenerator) awaitTo(v, v);
    } else {
        b.emit(Op::LoadUndef, {v});
    }
    position(s.pos);
    if (fn && fn->kind == FunctionKind::DerivedConstructor && !s.argument) {
        exitTo(-1, kFunctionExit);
        adoptCapturedThis();
        b.emit(Op::CheckThisInitialized);
        b.emit(Op::ReturnUndef);
        for (auto& c : controls)
            if (c.kind == Control::Kind::Region) c.region->start(b.pc());
    } else {
        emitReturnValue(v);
    }
    release(m);
}

void FunctionCompiler::tryStmt(TryStmt& s) {
    uint32_t m = mark();
    uint32_t depth = envDepth;
    // Finally: everything below (try block and catch block) is protected by a catch-all.
    RegionData finallyRegion;
    uint32_t finallyExc = 0;
    if (s.finalizer) {
        finallyExc = tmp();
        Control fc{Control::Kind::Finally};
        fc.finalizer = s.finalizer.get();
        fc.envDepth = depth;
        controls.push_back(fc);
        Control rc{Control::Kind::Region};
        rc.region = &finallyRegion;
        rc.envDepth = depth;
        controls.push_back(rc);
        finallyRegion.start(b.pc());
    }
    if (s.handler) {
        RegionData catchRegion;
        Control rc{Control::Kind::Region};
        rc.region = &catchRegion;
        rc.envDepth = depth;
        controls.push_back(rc);
        catchRegion.start(b.pc());
        blockStmt(*s.block);
        catchRegion.close(b.pc());
        controls.pop_back();
        Label after;
        b.emitJump(Op::Jump, {}, after);
        uint32_t exc = tmp();
        uint32_t handlerPc = b.pc();
        for (auto& r : catchRegion.ranges) b.addHandler(r.first, r.second, handlerPc, exc, depth);
        // Catch clause: its parameter scope, then the body block.
        CatchClause& cc = *s.handler;
        bool pushed = enterScope(cc.scope);
        if (cc.param) bindPattern(*cc.param, exc, true);
        blockStmt(*cc.body);
        leaveScope(pushed);
        b.bind(after);
    } else {
        blockStmt(*s.block);
    }
    if (s.finalizer) {
        finallyRegion.close(b.pc());
        controls.pop_back();  // region
        controls.pop_back();  // finally
        // Normal completion: run the block inline.
        blockStmt(*s.finalizer);
        Label done;
        b.emitJump(Op::Jump, {}, done);
        uint32_t handlerPc = b.pc();
        // The handler table lists innermost first: handlers added while compiling the try
        // block are already before this one.
        for (auto& r : finallyRegion.ranges) b.addHandler(r.first, r.second, handlerPc, finallyExc, depth);
        blockStmt(*s.finalizer);
        b.emit(Op::Throw, {finallyExc});
        b.bind(done);
    }
    release(m);
}

void FunctionCompiler::withStmt(WithStmt& s) {
    // Names inside resolve dynamically (scope analysis marks them Dynamic): the compiler looks
    // them up on the object first (withChain), then by name. The object also sits in a one-slot
    // environment named "%with" so environment hops match scope analysis (closures created in
    // the body do not see the object's properties: a documented limitation).
    uint32_t m = mark();
    uint32_t obj = tmp();
    exprTo(*s.object, obj);
    position(s.pos);
    ir::ScopeInfo info;
    info.names.push_back("%with");
    b.emit(Op::PushEnv, {1, b.constOther(std::move(info))});
    envDepth++;
    b.emit(Op::InitEnv, {0, 0, obj});
    scopeStack.push_back(s.scope);
    withObjects.push_back(obj);
    stmt(*s.body);
    withObjects.pop_back();
    scopeStack.pop_back();
    b.emit(Op::PopEnv);
    envDepth--;
    release(m);
}

}  // namespace js::compiler
