# Fails on purpose: an exception inside a mapped call surfaces while iterating.
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor() as pool:
    for number in pool.map(parse, ["1", "22", "x3"]):
        print(number)
