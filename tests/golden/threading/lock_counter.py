# With a Lock around the read-modify-write, no update is lost.
import threading


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            current = self.balance
            self.balance = current + amount


account = Account()


def depositor(n):
    for _ in range(n):
        account.deposit(1)


threads = [threading.Thread(target=depositor, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", account.balance)
print(account.lock.locked())
