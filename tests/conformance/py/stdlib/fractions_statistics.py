# fractions.Fraction exact arithmetic and the statistics module on small data sets.
from fractions import Fraction
import statistics
a = Fraction(1, 3)
b = Fraction("2/5")
print(a + b, a * b, a - b, a / b, a ** 2, -a, abs(-b), a < b, Fraction(6, 8), Fraction(0.5), Fraction("1.25"))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3).limit_denominator(10), float(Fraction(1, 8)), int(Fraction(7, 2)))
print(Fraction(355, 113).numerator, Fraction(355, 113).denominator, round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3) == 1 / 3)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.variance([1, 2, 3, 4]), statistics.stdev([1, 2, 3, 4]), statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2, 3]))
print(statistics.multimode("aabbc"), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.harmonic_mean([1, 2, 4]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
