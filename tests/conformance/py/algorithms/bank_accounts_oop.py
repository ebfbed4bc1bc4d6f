# An OOP workload: accounts with inheritance, properties, class-level registry, exceptions and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot withdraw %d (balance %d)" % (account.owner, amount, account.balance))
class Account:
    registry = {}
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        Account.registry[self.id] = self
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.log.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.limit():
            raise InsufficientFunds(self, amt)
        self._balance -= amt
        self.log.append(("wd", amt))
    def limit(self):
        return self._balance
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(#%d %s: %d)" % (type(self).__name__, self.id, self.owner, self._balance)
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = int(self._balance * self.rate)
        self.deposit(interest) if interest > 0 else None
class Checking(Account):
    overdraft = 100
    def limit(self):
        return self._balance + self.overdraft
def transfer(src, dst, amt):
    src.withdraw(amt)
    dst.deposit(amt)
a = Savings("ann", 1000)
b = Checking("bob", 50)
c = Account("cid")
ops = [(transfer, a, b, 300), (transfer, b, c, 400), (transfer, b, c, 100), (transfer, c, a, 500)]
for fn, src, dst, amt in ops:
    try:
        fn(src, dst, amt)
        print("ok", src.owner, "->", dst.owner, amt)
    except InsufficientFunds as e:
        print("failed:", e)
for acct in Account.registry.values():
    acct.month_end()
print(sorted(Account.registry.values(), key=lambda x: -x.balance))
print(a.log, b.log, c.log)
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
