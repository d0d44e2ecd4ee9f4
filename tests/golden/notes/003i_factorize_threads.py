# A CPU-bound job (naive factorisation) run one number after another and then one thread per
# number. Under the GIL the threads take no less time; here only the results are compared.
import time
from threading import Thread


def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i


numbers = [21390, 12147, 15166, 18522]
start = time.time()

serial = []
for number in numbers:
    serial.append(list(factorize(number)))

end = time.time()
delta = end - start
print(len(serial), [len(f) for f in serial])


class FactorizeThread(Thread):
    def __init__(self, number):
        super().__init__()
        self.number = number

    def run(self):
        self.factors = list(factorize(self.number))


start = time.time()
threads = []
for number in numbers:
    thread = FactorizeThread(number)  # one thread per number
    thread.start()
    threads.append(thread)

for thread in threads:
    thread.join()

end = time.time()
for thread in threads:
    print(thread.number, thread.factors[:6], thread.factors[-2:])
print([t.factors for t in threads] == serial)
print(all(not t.is_alive() for t in threads))
