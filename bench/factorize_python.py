"""Times the notes' factorize generator under python3 for `npm run bench`.

usage: python3 bench/factorize_python.py REPEAT N [N ...]
Prints one JSON object: {"ms": [...], "divisors_found": K}. The generator is imported from
tests/fixtures/factorize/factorize.py, the same file the expected outputs were captured from.
"""
import importlib.util
import json
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("factorize_fixture", HERE.parent / "tests/fixtures/factorize/factorize.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)

repeat = int(sys.argv[1])
numbers = [int(a) for a in sys.argv[2:]]
times = []
found = 0
for _ in range(repeat):
    start = time.perf_counter()
    found = sum(len(list(module.factorize(n))) for n in numbers)
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps({"ms": [round(t, 3) for t in times], "divisors_found": found}))
