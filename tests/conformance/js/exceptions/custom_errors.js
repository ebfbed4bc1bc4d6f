// Custom Error subclasses with extra fields, name via prototype or class field, and error codes.
class AppError extends Error {
  constructor(message, options) { super(message, options); this.name = this.constructor.name; }
}
class NotFound extends AppError { constructor(what) { super(`${what} not found`); this.status = 404; } }
class Invalid extends AppError { get code() { return "E_INVALID"; } }
const errors = [new NotFound("user"), new Invalid("bad input", { cause: "typo" }), new AppError("generic")];
for (const e of errors) {
  console.log(e.name, e.message, e instanceof AppError, e instanceof Error, e.status ?? "-", e.code ?? "-", e.cause ?? "-", String(e));
}
function handle(e) {
  if (e instanceof NotFound) return "404 page";
  if (e instanceof AppError) return "app error page";
  return "500 page";
}
console.log(errors.map(handle), handle(new TypeError("x")));
class ValidationError extends Error {}
ValidationError.prototype.name = "ValidationError";
console.log(String(new ValidationError("v")), Object.hasOwn(new ValidationError(), "name"));
