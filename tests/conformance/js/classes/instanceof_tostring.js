// instanceof across a class hierarchy, class toString is its source, Symbol.toStringTag.
class A {}
class B extends A {}
class C extends B { get [Symbol.toStringTag]() { return "Cee"; } }
const c = new C();
console.log(c instanceof C, c instanceof B, c instanceof A, new A() instanceof B);
console.log(A.toString());
console.log(class Foo { bar() { return 1; } }.toString());
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(new A()), String(c));
console.log(typeof A, A.prototype.constructor === A, Object.getPrototypeOf(B) === A);
console.log(A.prototype.isPrototypeOf(c), Object.getPrototypeOf(C.prototype) === B.prototype);
