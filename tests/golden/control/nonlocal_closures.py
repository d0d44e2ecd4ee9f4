# nonlocal and closures: functions that remember and update enclosing variables.

def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return next_value, reset

tick, reset = make_counter(10, 5)
print(tick(), tick(), tick())
reset()
print(tick())

# Two closures from separate calls do not share state.
t1, _ = make_counter()
t2, _ = make_counter()
print(t1(), t1(), t2())

# A closure reads the variable's current value, not its value at creation.
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show

print(outer()())

# nonlocal reaches the nearest enclosing function scope that binds the name.
def level1():
    v = 1
    def level2():
        v = 2
        def level3():
            nonlocal v
            v += 10
            return v
        return level3(), v
    return level2(), v

print(level1())

# A running average kept in a closure.
def averager():
    total = 0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add

avg = averager()
print(avg(10), avg(20), avg(60))
