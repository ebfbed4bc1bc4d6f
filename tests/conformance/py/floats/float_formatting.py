# Formatting floats with format specs and str/% operators.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-10, 6.02e23, 0.5, 2.5, 1e16]
for v in vals:
    print(f"{v}|{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.2f}|{v:<10.1f}|{v:+.1f}|{v:%}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {0.25:.0%} {1e-5:g} {1e-4:g} {123456789.0:g}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):+.2f}")
print("%f %.3f %e %g %10.4f %-8.2f|" % (3.5, 2 / 3, 12345.678, 0.00001, 3.14159, 2.5))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print(format(1.0, ""), format(1e20, ""), format(1.5, "08.3f"), format(-1.5, "=+10.2f"))
print(f"{2/3:.15f} {2/3:.17g} {1/7:.20f}")
print(str(1e16), str(1e-5), str(123.0), str(1.23e-8))
