# Generator of the python_corpus.rs test data (run with CPython 3.11: python3 generate.py).
# It writes *.txt files in the current directory; the committed *.tsv files are random
# samples of them (lines of at most 110 characters).
import random, struct, math
random.seed(12345)
def rbits():
    r = random.random()
    if r < 0.4:
        return random.getrandbits(64)
    if r < 0.7:
        x = random.uniform(-1e6, 1e6)
    elif r < 0.85:
        x = round(random.uniform(-1000, 1000), random.randint(0, 4))
    else:
        x = random.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e16, 1e15, 9.995, 0.05, 1e-5, 123456789.0, 5e-324, 1.7976931348623157e308, 0.0, -0.0]) * random.choice([1, -1, 10, 0.1, 100])
    return struct.unpack('<Q', struct.pack('<d', x))[0]
with open('round.txt', 'w') as f:
    for _ in range(6000):
        b = rbits()
        x = struct.unpack('<d', struct.pack('<Q', b))[0]
        n = random.randint(-10, 20)
        try: r = struct.unpack('<Q', struct.pack('<d', round(x, n)))[0]; r = '%016x' % r
        except Exception as e: r = 'ERR:' + str(e)
        try: r2 = str(round(x))
        except Exception as e: r2 = 'ERR:' + str(e)
        f.write('%016x\t%d\t%s\t%s\n' % (b, n, r, r2))
random.seed(777)
def b2x(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
def x2b(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
with open('repr.txt', 'w') as f:
    for _ in range(100000):
        r = random.random()
        if r < 0.5:
            e = random.randint(40, 60)
            x = random.randint(2**e, 2**(e+1)) / random.choice([1,2,4,8,16,32,64,128])
        elif r < 0.7:
            x = random.randint(1, 10**random.randint(1,17)) / 10**random.randint(0, 20)
        else:
            x = b2x(random.getrandbits(64))
        x *= random.choice([1,-1])
        f.write('%016x\t%s\n' % (x2b(x), repr(x)))
def rspec(types):
    s = ''
    if random.random() < 0.3:
        if random.random() < 0.5: s += random.choice('*x0 é')
        s += random.choice('<>=^')
    if random.random() < 0.3: s += random.choice('+- ')
    if random.random() < 0.1: s += 'z'
    if random.random() < 0.2: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.4: s += str(random.randint(0, 25))
    if random.random() < 0.2: s += random.choice(',_')
    if random.random() < 0.5: s += '.' + str(random.randint(0, 20))
    if random.random() < 0.8: s += random.choice(types)
    return s
with open('float.txt', 'w') as f:
    for _ in range(30000):
        r = random.random()
        if r < 0.4: x = b2x(random.getrandbits(64))
        elif r < 0.8: x = random.uniform(-1e7, 1e7) * 10**random.randint(-10, 10)
        else: x = random.choice([0.5, 1.5, 2.5, 0.125, 2.675, 1e16, 9.995, 0.05, 0.0, -0.0, float('inf'), float('-inf'), float('nan'), 999.9999, 9.5, 0.00001])
        s = rspec('eEfFgGn%xd')
        try: r = format(x, s)
        except Exception as e: r = 'ERR:' + str(e)
        f.write('%016x\t%s\t%s\n' % (x2b(x), s, r))
with open('int.txt', 'w') as f:
    for _ in range(30000):
        v = random.choice([random.randint(-10**6, 10**6), random.randint(-2**70, 2**70), random.randint(0, 0x10ffff), random.randint(-100, 100)])
        s = rspec('bcdoxXneEfFgG%s')
        try: r = format(v, s)
        except Exception as e: r = 'ERR:' + str(e)
        if 'c' in s and not r.startswith('ERR') and (0xd800 <= v <= 0xdfff): continue
        if '\t' in r or '\n' in r or '\r' in r or any(0xd800 <= ord(ch) <= 0xdfff for ch in r) or any(ord(c) < 32 or ord(c)==0x85 or c in '\x0b\x0c\x1c\x1d\x1e\x1f\u2028\u2029' for c in r): continue
        f.write('%d\t%s\t%s\n' % (v, s, r))
with open('str.txt', 'w') as f:
    for _ in range(10000):
        v = random.choice(['', 'a', 'abc', 'héllo wörld', '中文字', 'x'*30])
        s = rspec('sd')
        try: r = format(v, s)
        except Exception as e: r = 'ERR:' + str(e)
        f.write('%s\t%s\t%s\n' % (v, s, r))
def rpct():
    s = '%'
    for _ in range(random.randint(0, 3)): s += random.choice('-+ #0')
    if random.random() < 0.5: s += str(random.randint(0, 15))
    if random.random() < 0.5: s += '.' + str(random.randint(0, 12))
    s += random.choice('diouxXeEfFgGcrsa')
    return s + '|'
with open('pct.txt', 'w') as f:
    for _ in range(20000):
        kind = random.choice('ifs')
        if kind == 'i': v = random.choice([random.randint(-10**6, 10**6), random.randint(-2**70, 2**70), random.randint(0, 300)])
        elif kind == 'f': v = random.choice([b2x(random.getrandbits(64)), random.uniform(-1e6, 1e6), float('nan'), float('-inf'), -0.0, 2.5])
        else: v = random.choice(['a', 'abc', 'é', "it's"])
        s = rpct()
        try: r = s % (v,)
        except Exception as e: r = 'ERR:' + type(e).__name__ + ':' + str(e)
        if any(ord(c) < 32 or 0xd800 <= ord(c) <= 0xdfff or c in '\x85\u2028\u2029' for c in r): continue
        vs = ('%016x' % x2b(v)) if kind == 'f' else str(v)
        f.write('%s\t%s\t%s\t%s\n' % (kind, vs, s, r))
