# Global and builtin names looked up again after the namespace changes: each lookup must see the
# current binding (a shadowing global, a deleted one, names added through globals()).
def which_len():
    return len


print(which_len() is len, which_len()("abc"))
len = lambda s: -1
print(which_len()("abc"))
del len
print(which_len()("abc"))

x = 1


def read_x():
    return x


for i in range(4):
    print("x is", read_x())
    if i == 1:
        globals()["x"] = 10
    elif i == 2:
        globals().pop("x")
        globals()["y"] = 0
        x = 20

total = 0
for n in range(5):
    total += n
    if n == 2:
        del total
        total = 100
print(total)
try:
    del total
    print(total)
except NameError as e:
    print("NameError:", e)
