# Frames of methods show only the function name ("in withdraw"), not the class.

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
        return self.balance

    def _check(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))


class Bank:
    def __init__(self):
        self.accounts = {'a': Account(50)}

    def transfer(self, name, amount):
        return self.accounts[name].withdraw(amount)


bank = Bank()
print(bank.transfer('a', 20))
print(bank.transfer('a', 40))
