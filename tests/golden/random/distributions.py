# Every real-valued distribution after random.seed(N).
import random

random.seed(31337)
print('uniform', [random.uniform(0, 10) for _ in range(3)], random.uniform(5, 5))
print('triangular', random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(3, 3, 3))
print('gauss', [random.gauss(0, 1) for _ in range(4)], random.gauss(100, 15))
print('normalvariate', [random.normalvariate() for _ in range(3)], random.normalvariate(10, 2))
print('lognormvariate', random.lognormvariate(0, 0.5), random.lognormvariate(1, 1))
print('expovariate', [random.expovariate(1.5) for _ in range(3)], random.expovariate(-2))
print('vonmisesvariate', random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(3, 0.5))
print('gammavariate', random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 0.5), random.gammavariate(9, 2))
print('betavariate', random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.betavariate(1, 1))
print('paretovariate', random.paretovariate(1), random.paretovariate(3.5))
print('weibullvariate', random.weibullvariate(1, 1), random.weibullvariate(2, 0.5))

# Ints and floats as parameters give the same numbers.
random.seed(5)
a = [random.gauss(0, 1), random.expovariate(2), random.gammavariate(2, 1)]
random.seed(5)
b = [random.gauss(0.0, 1.0), random.expovariate(2.0), random.gammavariate(2.0, 1.0)]
print(a == b)

# A mean over many draws, rounded.
random.seed(0)
draws = [random.gauss(50, 10) for _ in range(2000)]
print(round(sum(draws) / len(draws), 6))
