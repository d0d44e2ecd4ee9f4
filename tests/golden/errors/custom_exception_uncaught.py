# Uncaught user-defined exceptions print without the __main__ module prefix.

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
        self.needed = needed
        self.available = available


class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(price, self.amount)
        self.amount -= price
        return self.amount


w = Wallet(10)
print(w.pay(4))
try:
    w.pay(100)
except InsufficientFunds as e:
    print('caught:', e, '| needed', e.needed, '| type', type(e).__name__)
print(w.pay(7))
