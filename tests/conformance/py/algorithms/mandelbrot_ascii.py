# ASCII Mandelbrot set with float arithmetic and an escape-time iteration count.
W, H, MAXIT = 60, 20, 50
chars = " .:-=+*#%@"
rows = []
for j in range(H):
    y = (j / H) * 2.4 - 1.2
    row = []
    for i in range(W):
        x = (i / W) * 3.5 - 2.5
        zx = zy = 0.0
        n = 0
        while zx * zx + zy * zy <= 4.0 and n < MAXIT:
            zx, zy = zx * zx - zy * zy + x, 2 * zx * zy + y
            n += 1
        row.append(chars[n * (len(chars) - 1) // MAXIT])
    rows.append("".join(row))
print("\n".join(rows))
print(sum(r.count("@") for r in rows))
