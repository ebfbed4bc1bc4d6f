# contextvars (ContextVar get/set/reset, copy_context().run) and decimal through _pydecimal, which keeps its context in a ContextVar: arithmetic, precision, localcontext, quantize, rounding, formatting, the numbers ABCs.
import contextvars
v = contextvars.ContextVar('v', default=1)
print(v.get()); t = v.set(5); print(v.get()); v.reset(t); print(v.get())
ctx = contextvars.copy_context()
print(ctx.run(lambda: (v.set(9), v.get())[1]), v.get(), len(ctx), ctx[v])
from decimal import Decimal, getcontext, localcontext
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("3.14159").quantize(Decimal("0.01")))
getcontext().prec = 5
print(Decimal(1) / Decimal(3), repr(Decimal("2.50")), str(Decimal(10) ** -3), Decimal(0.1))
with localcontext() as c:
    c.prec = 50
    print(Decimal(2).sqrt())
print(Decimal("1e3") == 1000, hash(Decimal(5)) == hash(5), Decimal("-0"), -Decimal("0.00"), float(Decimal("1.5")), int(Decimal("7.9")))
print(round(Decimal("2.675"), 2), f"{Decimal('1234.5'):,.2f}", Decimal("nan"), Decimal("-inf"), sorted([Decimal(3), Decimal("1.5"), 2]))
import numbers, fractions, statistics
print(isinstance(1j, numbers.Complex), isinstance(1.0, numbers.Real), isinstance(Decimal(1), numbers.Number), fractions.Fraction(3, 6))
