# ledger: accounts and transfers under a transaction context manager that rolls
# back on error; custom exceptions, dataclasses, properties, kwargs calls,
# dict-of-list grouping, sorting with key=, f-strings and %-formatting reports.
import sys
from dataclasses import dataclass, field


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Frozen(Exception):
    pass


@dataclass
class Entry:
    account: str
    amount: int
    memo: str = ""


@dataclass
class Account:
    name: str
    balance: int = 0
    frozen: bool = False
    history: list = field(default_factory=list)

    @property
    def is_overdrawn(self):
        return self.balance < 0


class Transaction:
    def __init__(self, ledger, memo):
        self.ledger = ledger
        self.memo = memo
        self.entries = []

    def __enter__(self):
        self.ledger.depth += 1
        return self

    def post(self, name, amount):
        acct = self.ledger.accounts[name]
        if acct.frozen:
            raise Frozen(name)
        if amount < 0 and acct.balance + amount < -acct_limit(acct):
            raise InsufficientFunds(name, -amount)
        acct.balance += amount
        self.entries.append(Entry(name, amount, memo=self.memo))

    def __exit__(self, exc_type, exc, tb):
        self.ledger.depth -= 1
        if exc_type is None:
            for e in self.entries:
                self.ledger.accounts[e.account].history.append(e)
            self.ledger.committed += 1
            return False
        for e in reversed(self.entries):
            self.ledger.accounts[e.account].balance -= e.amount
        self.ledger.rolled_back += 1
        return issubclass(exc_type, (InsufficientFunds, Frozen))


def acct_limit(acct):
    return 100 if acct.name.startswith("vip") else 0


class Ledger:
    def __init__(self, names):
        self.accounts = {n: Account(n, balance=1000) for n in names}
        self.depth = 0
        self.committed = 0
        self.rolled_back = 0

    def transfer(self, src, dst, amount, *, memo="transfer"):
        with Transaction(self, memo) as tx:
            tx.post(src, -amount)
            tx.post(dst, amount)

    def report(self):
        by_prefix = {}
        for acct in self.accounts.values():
            by_prefix.setdefault(acct.name[:3], []).append(acct)
        lines = []
        for prefix, accts in sorted(by_prefix.items()):
            accts.sort(key=lambda a: (-a.balance, a.name))
            total = sum(a.balance for a in accts)
            lines.append("%-4s %8d %s" % (prefix, total, accts[0].name))
            for a in accts[:3]:
                lines.append(f"  {a.name:<10}{a.balance:>8}{len(a.history):>5}{'!' if a.is_overdrawn else ''}")
        return lines


def main(n):
    names = [f"{p}{i:03d}" for p in ("vip", "std", "biz") for i in range(40)]
    ledger = Ledger(names)
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        src = names[state % len(names)]
        dst = names[(state >> 8) % len(names)]
        amount = (state >> 4) % 300 + 1
        if i % 997 == 0:
            ledger.accounts[src].frozen = not ledger.accounts[src].frozen
        ledger.transfer(src, dst, amount, memo=f"t{i}")
    lines = ledger.report()
    digest = 0
    for line in lines:
        for ch in line:
            digest = (digest * 131 + ord(ch)) % 1000000007
    total = sum(a.balance for a in ledger.accounts.values())
    return ledger.committed, ledger.rolled_back, total, digest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 70000
print("ledger", n, *main(n))
