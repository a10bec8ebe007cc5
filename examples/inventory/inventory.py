"""A small warehouse inventory built from dataclasses: items, stock movements and orders,
saved to a pickle file and loaded back, then checked to be the same inventory.

    inventory.py            runs the demo in a temporary folder and removes it afterwards
"""
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field, asdict, replace
from datetime import date
from enum import Enum
from fractions import Fraction


class Category(Enum):
    TOOLS = "tools"
    FASTENERS = "fasteners"
    PAINT = "paint"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} in stock")
        self.sku, self.wanted, self.available = sku, wanted, available


@dataclass(frozen=True, order=True)
class Price:
    """Money as an exact fraction of a unit, so totals never drift."""
    amount: Fraction

    @classmethod
    def of(cls, text):
        return cls(Fraction(text))

    def __mul__(self, n):
        return Price(self.amount * n)

    def __add__(self, other):
        return Price(self.amount + other.amount)

    def __str__(self):
        cents = round(self.amount * 100)
        return f"{cents // 100}.{cents % 100:02d}"


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: Price
    quantity: int = 0
    tags: set = field(default_factory=set)

    def value(self):
        return self.price * self.quantity


@dataclass
class Movement:
    day: date
    sku: str
    change: int
    reason: str


@dataclass
class Inventory:
    name: str
    items: dict = field(default_factory=dict)
    history: list = field(default_factory=list)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def receive(self, day, sku, n):
        self.items[sku].quantity += n
        self.history.append(Movement(day, sku, n, "received"))

    def ship(self, day, order):
        # Check every line first so that an order is shipped whole or not at all.
        for sku, n in order.items():
            have = self.items[sku].quantity
            if n > have:
                raise OutOfStock(sku, n, have)
        total = Price(Fraction(0))
        for sku, n in order.items():
            self.items[sku].quantity -= n
            self.history.append(Movement(day, sku, -n, "shipped"))
            total = total + self.items[sku].price * n
        return total

    def reprice(self, sku, percent):
        item = self.items[sku]
        self.items[sku] = replace(item, price=item.price * Fraction(100 + percent, 100))

    def total_value(self):
        total = Price(Fraction(0))
        for item in self.items.values():
            total = total + item.value()
        return total

    def by_category(self):
        groups = {}
        for item in sorted(self.items.values(), key=lambda i: i.sku):
            groups.setdefault(item.category, []).append(item)
        return groups

    def low_stock(self, threshold):
        return [i.sku for i in self.items.values() if i.quantity < threshold]


def report(inv):
    print(f"== {inv.name}: {len(inv.items)} items, value {inv.total_value()}")
    for category, items in inv.by_category().items():
        print(f"  {category.value}:")
        for item in items:
            tags = ",".join(sorted(item.tags)) or "-"
            print(f"    {item.sku:<6} {item.name:<18} {item.quantity:>4} x {str(item.price):>7}"
                  f" = {str(item.value()):>8}  [{tags}]")


def build():
    inv = Inventory("Main St. warehouse")
    inv.add(Item("T-100", "claw hammer", Category.TOOLS, Price.of("12.50"), tags={"steel"}))
    inv.add(Item("T-200", "screwdriver set", Category.TOOLS, Price.of("19.99")))
    inv.add(Item("F-001", "wood screws 4x40", Category.FASTENERS, Price.of("0.05"),
                 tags={"bulk", "zinc"}))
    inv.add(Item("F-002", "wall plugs", Category.FASTENERS, Price.of("0.03"), tags={"bulk"}))
    inv.add(Item("P-010", "white paint 2.5l", Category.PAINT, Price.of("24.90")))
    start = date(2024, 3, 4)
    for sku, n in [("T-100", 20), ("T-200", 8), ("F-001", 5000), ("F-002", 3000), ("P-010", 12)]:
        inv.receive(start, sku, n)
    return inv


def main():
    inv = build()
    try:
        inv.add(Item("T-100", "duplicate", Category.TOOLS, Price.of("1")))
    except KeyError as e:
        print("rejected:", e)
    total = inv.ship(date(2024, 3, 5), {"T-100": 2, "F-001": 400, "F-002": 400})
    print("order 1 total:", total)
    try:
        inv.ship(date(2024, 3, 5), {"T-200": 3, "P-010": 20})
    except OutOfStock as e:
        print("order 2 refused:", e, (e.sku, e.wanted, e.available))
    inv.reprice("P-010", 10)
    inv.reprice("F-001", -20)
    report(inv)
    print("low stock (<10):", inv.low_stock(10))

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "inventory.pickle")
        with open(path, "wb") as f:
            pickle.dump(inv, f, protocol=pickle.HIGHEST_PROTOCOL)
        print("saved", os.path.basename(path), "non-empty:", os.path.getsize(path) > 0)
        with open(path, "rb") as f:
            loaded = pickle.load(f)
    print("folder removed:", not os.path.exists(folder))

    print("reloaded equal:", loaded == inv, "| same object:", loaded is inv)
    print("enum identity kept:", loaded.items["T-100"].category is Category.TOOLS)
    print("history:", len(loaded.history), "movements, last:", loaded.history[-1])
    first = loaded.items["F-001"]
    print("as dict:", asdict(replace(first, tags=sorted(first.tags))))

    # The copy is independent: shipping from it leaves the original alone.
    loaded.ship(date(2024, 3, 6), {"T-200": 8})
    print("after shipping from the copy:", inv.items["T-200"].quantity,
          loaded.items["T-200"].quantity, "| equal now:", loaded == inv)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(inv, protocol))
        assert again == inv, protocol
    print("round trip under protocols 0 ..", pickle.HIGHEST_PROTOCOL, "ok")
    report(loaded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
