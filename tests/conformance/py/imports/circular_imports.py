# Circular imports: partially initialised modules are visible; attributes resolve at call time.
import modules.cyc_a as a
import modules.cyc_b as b
print(a.use_b(), b.use_a(), a.b is b, b.a is a)
