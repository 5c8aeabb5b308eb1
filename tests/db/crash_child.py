"""Child process of test_crash.py: sells in a loop until it is killed.

    python crash_child.py DATA_DIR SEED

Imports everything, then waits for a line on stdin (so the parent can start the next child
while the current one sells; the database is not touched before that line; EOF = exit).
Then opens the existing shop (the parent made the demo shop once), prints "ready", completes
random sales forever, printing each sale's id on its own line and flushing only after
complete_sale() has returned, i.e. after the commit. Whatever id the parent read must
therefore be in the database, whenever the kill came.
"""
from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

# Runs as a script: make the repository importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pos.app import open_shop  # noqa: E402
from pos.domain.basket import Basket  # noqa: E402
from pos.domain.payment import CARD, CASH, Tender  # noqa: E402
from pos.services import catalog  # noqa: E402
from pos.services.sales import complete_sale  # noqa: E402
from pos.services.settings import load_settings  # noqa: E402
from pos.services.users import list_users  # noqa: E402

CODES = ("SP0001", "SP0004", "SP0016", "SP0050", "SP0100", "CF0161", "CF0165", "KG001", "KG007")


def random_basket(rng: random.Random, items) -> Basket:
    basket = Basket()
    for _ in range(rng.randint(1, 4)):
        item = rng.choice(items)
        if item.unit == "kg":
            basket.add(item.basket_line(quantity=Decimal(rng.randint(50, 3000)) / 1000,
                                        weighed=True))
        else:
            basket.add(item.basket_line(quantity=Decimal(rng.randint(1, 5))))
    return basket


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    if not sys.stdin.readline():
        return  # the parent did not need this child after all
    db = open_shop(data_dir, create_demo=False)
    shop = load_settings(db)
    cashier = next(u for u in list_users(db) if u.role == "cashier")
    items = [catalog.find_by_code(db, code) for code in CODES]
    assert all(items), "the demo catalogue is missing"
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        basket = random_basket(rng, items)
        total = basket.totals(shop.tax_inclusive).total
        card = rng.choice((0, 0, total // 3, total))
        tenders = ([Tender(CARD, card)] if card else []) + (
            [Tender(CASH, total - card + rng.choice((0, 500, 50_000)) + 500)]
            if card < total else [])
        done = complete_sale(db, basket, tenders, cashier, shop)
        out.write(done.id + "\n")  # only after the commit
        out.flush()


if __name__ == "__main__":
    main()
