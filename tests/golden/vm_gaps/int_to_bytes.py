# int.to_bytes: widths, byte orders, signed values and CPython's errors.
print((1).to_bytes(2, "little"), (1).to_bytes(2, "big"), (5).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "little", signed=True), (-129).to_bytes(2, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (2**64 + 3).to_bytes(9, "little"))
print((255).to_bytes(length=1, byteorder="big"), int.to_bytes(258, 2, "big"))
for args, kw in [((-1, 2, "little"), {}), ((300, 1, "big"), {}), ((128, 1, "big"), {"signed": True}),
                 ((-129, 1, "big"), {"signed": True}), ((5, 2, "mid"), {}), ((5, -1, "big"), {})]:
    try:
        print(int.to_bytes(*args, **kw))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
