// deltablue: the DeltaBlue incremental dataflow constraint solver (Freeman-Benson and Maloney):
// constraints of seven strengths over variables; adding or removing one re-plans only what it
// affects. One iteration runs the chain test (an n-long chain of equalities driven by an edit at one
// end) and the projection test (n scale-and-offset constraints edited from either side); size = n.
// Both tests check every value they compute.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const REQUIRED = 0;
const STRONG_PREFERRED = 1;
const PREFERRED = 2;
const STRONG_DEFAULT = 3;
const NORMAL = 4;
const WEAK_DEFAULT = 5;
const WEAKEST = 6;

const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

function stronger(a, b) { return a < b; }
function weaker(a, b) { return a > b; }
function weakestOf(a, b) { return weaker(a, b) ? a : b; }

class Variable {
  constructor(value) {
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }

  addConstraint(constraint) {
    this.constraints.push(constraint);
  }

  removeConstraint(constraint) {
    const kept = [];
    for (const c of this.constraints) {
      if (c !== constraint) kept.push(c);
    }
    this.constraints = kept;
    if (this.determinedBy === constraint) this.determinedBy = null;
  }
}

class Constraint {
  constructor(planner, strength) {
    this.planner = planner;
    this.strength = strength;
  }

  addConstraint() {
    this.addToGraph();
    this.planner.incrementalAdd(this);
  }

  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error("deltablue: could not satisfy a required constraint");
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) throw new Error("deltablue: cycle encountered");
    out.mark = mark;
    return overridden;
  }

  destroyConstraint() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  isInput() { return false; }
}

class UnaryConstraint extends Constraint {
  constructor(planner, variable, strength) {
    super(planner, strength);
    this.myOutput = variable;
    this.satisfied = false;
    this.addConstraint();
  }

  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && stronger(this.strength, this.myOutput.walkStrength);
  }

  isSatisfied() { return this.satisfied; }
  markInputs(mark) {}
  output() { return this.myOutput; }

  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }

  markUnsatisfied() { this.satisfied = false; }
  inputsKnown(mark) { return true; }

  removeFromGraph() {
    this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  execute() {}
}

class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(planner, v1, v2, strength) {
    super(planner, strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }

  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = (this.v2.mark !== mark && stronger(this.strength, this.v2.walkStrength)) ? FORWARD : NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = (this.v1.mark !== mark && stronger(this.strength, this.v1.walkStrength)) ? BACKWARD : NONE;
      return;
    }
    if (weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
    }
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }

  isSatisfied() { return this.direction !== NONE; }

  markInputs(mark) { this.input().mark = mark; }

  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }

  recalculate() {
    const source = this.input();
    const out = this.output();
    out.walkStrength = weakestOf(this.strength, source.walkStrength);
    out.stay = source.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() { this.direction = NONE; }

  inputsKnown(mark) {
    const source = this.input();
    return source.mark === mark || source.stay || source.determinedBy === null;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(planner, v1, v2, strength) {
    super(planner, v1, v2, strength);
    this.addConstraint();
  }

  execute() {
    this.output().value = this.input().value;
  }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(planner, source, scale, offset, destination, strength) {
    super(planner, source, destination, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = Math.floor((this.v2.value - this.offset.value) / this.scale.value);
    }
  }

  recalculate() {
    const source = this.input();
    const out = this.output();
    out.walkStrength = weakestOf(this.strength, source.walkStrength);
    out.stay = source.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constructor() {
    this.constraints = [];
  }

  execute() {
    for (const c of this.constraints) c.execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }

  newMark() {
    return ++this.currentMark;
  }

  incrementalAdd(constraint) {
    const mark = this.newMark();
    let overridden = constraint.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(constraint) {
    const out = constraint.output();
    constraint.markUnsatisfied();
    constraint.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    // Re-add what the removal left unsatisfied, strongest first.
    for (let strength = REQUIRED; strength !== WEAKEST; strength++) {
      for (const u of unsatisfied) {
        if (u.strength === strength) this.incrementalAdd(u);
      }
    }
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    for (let head = 0; head < todo.length; head++) {
      const c = todo[head];
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.constraints.push(c);
        out.mark = mark;
        this.addConstraintsConsumingTo(out, todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    const sources = [];
    for (const c of constraints) {
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  addPropagate(constraint, mark) {
    const todo = [constraint];
    for (let head = 0; head < todo.length; head++) {
      const d = todo[head];
      if (d.output().mark === mark) {
        this.incrementalRemove(constraint);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    for (let head = 0; head < todo.length; head++) {
      const v = todo[head];
      for (const c of v.constraints) {
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (const c of v.constraints) {
        if (c !== determining && c.isSatisfied()) {
          c.recalculate();
          todo.push(c.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(variable, todo) {
    const determining = variable.determinedBy;
    for (const c of variable.constraints) {
      if (c !== determining && c.isSatisfied()) todo.push(c);
    }
  }
}

function chainTest(n) {
  const planner = new Planner();
  let first = null;
  let last = null;
  let previous = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable(0);
    if (previous !== null) new EqualityConstraint(planner, previous, v, REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    previous = v;
  }
  new StayConstraint(planner, last, STRONG_DEFAULT);
  const edit = new EditConstraint(planner, first, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) throw new Error("deltablue: chain test failed: last is " + last.value + ", expected " + i);
  }
}

function change(planner, variable, value) {
  const edit = new EditConstraint(planner, variable, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    variable.value = value;
    plan.execute();
  }
  edit.destroyConstraint();
}

function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable(10);
  const offset = new Variable(1000);
  let source = null;
  let destination = null;
  const destinations = [];
  for (let i = 0; i < n; i++) {
    source = new Variable(i);
    destination = new Variable(i);
    destinations.push(destination);
    new StayConstraint(planner, source, NORMAL);
    new ScaleConstraint(planner, source, scale, offset, destination, REQUIRED);
  }
  change(planner, source, 17);
  if (destination.value !== 1170) throw new Error("deltablue: projection 1 failed");
  change(planner, destination, 1050);
  if (source.value !== 5) throw new Error("deltablue: projection 2 failed");
  change(planner, scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (destinations[i].value !== i * 5 + 1000) throw new Error("deltablue: projection 3 failed at " + i);
  }
  change(planner, offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    if (destinations[i].value !== i * 5 + 2000) throw new Error("deltablue: projection 4 failed at " + i);
  }
}

function run(n) {
  chainTest(n);
  projectionTest(n);
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 10000;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(size);
    const elapsed = performance.now() - start;
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
