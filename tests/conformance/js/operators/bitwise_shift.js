// Bitwise operators go through ToInt32/ToUint32; shift counts are taken mod 32.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >> 1, -1 >>> 0, -1 >>> 28, -16 >> 2, -16 >>> 2);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, 2 ** 31 | 0, 4294967295 & 0xff, 1.9 | 0, -1.9 | 0);
console.log(NaN | 0, Infinity | 0, "12" | 0, "0x10" & 0xff, null ^ 7, [] | 1);
console.log(0xdeadbeef >>> 0, 0xdeadbeef | 0, (0xdeadbeef >> 16) & 0xffff);
let flags = 0;
flags |= 1 << 3;
flags |= 1 << 5;
flags &= ~(1 << 3);
flags ^= 0b11;
flags <<= 1;
flags >>= 1;
flags >>>= 0;
console.log(flags, flags.toString(2));
console.log(5n & 3n, 5n << 70n, -9n >> 1n);
