# A class with __init__, methods, class attributes and instance attributes.

class Account:
    bank = 'Interleave Savings'
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.opened += 1
        self.number = Account.opened

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            return 'refused: %s has only %d' % (self.owner, self.balance)
        self.balance -= amount
        return self.balance

    def describe(self):
        return '#%d %s: %d at %s' % (self.number, self.owner, self.balance, self.bank)


a = Account('Mina', 50)
b = Account('Joon')
print(a.deposit(25), a.withdraw(100), a.withdraw(70))
print(b.deposit(10))
print(a.describe())
print(b.describe())
print(Account.opened, a.opened, b.opened)

# Calling a method through the class passes the instance explicitly.
print(Account.deposit(b, 5), b.balance)

# Assigning on the instance shadows the class attribute for that instance only.
b.bank = 'Other Bank'
print(a.bank, '|', b.bank, '|', Account.bank)
del b.bank
print(b.bank)

# Attributes can be added later.
a.nickname = 'M'
print(a.nickname, hasattr(b, 'nickname'))
print(type(a), type(a).__name__, Account.__name__)
print(isinstance(a, Account), isinstance('a', Account))
