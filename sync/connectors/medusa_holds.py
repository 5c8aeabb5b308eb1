"""Holds made at the till (issue #15, part 3), as reservations in Medusa at the shop's
location: the web shop's available quantity drops while a customer's parked sale is held, and
comes back when the till releases it (sold, past its deadline, or by hand).

Exactly once over at-least-once: every reservation of a hold carries the same description,
"omnipos hold <hold UUID>", which Medusa filters on exactly, so one read finds what an earlier
attempt made. Placing makes only the items not found; releasing deletes whatever is found
(nothing found: released before). Medusa keeps a reservation until it is deleted: a till that
stays offline past a deadline releases it when it is back."""
from __future__ import annotations

from decimal import Decimal

from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_stock import inventory_item, json_number
from sync.errors import no_list_in_reply
from sync.records import PushResult

PAGE = 100


def description(hold_id: str) -> str:
    return f"omnipos hold {hold_id}"


class HoldPusher:
    def __init__(self, http: MedusaHttp, location_id: str):
        self.http, self.location_id = http, location_id

    def push(self, payload: dict) -> PushResult:
        if payload["action"] == "release":
            return self._release(payload)
        return self._place(payload)

    def _place(self, payload: dict) -> PushResult:
        made = {r["inventory_item_id"] for r in self._found(payload["id"])}
        for line in payload["lines"]:
            item = inventory_item(self.http, line["sku"], "id,sku")
            if item["id"] in made:
                continue
            self.http.post("/admin/reservations", {
                "inventory_item_id": item["id"], "location_id": self.location_id,
                "quantity": json_number(Decimal(line["quantity"])),
                "description": description(payload["id"]),
                "metadata": {"pos_hold_id": payload["id"], "customer": payload["customer"],
                             "until": payload["until"], "sku": line["sku"]},
            })
            made.add(item["id"])
        return PushResult(payload["id"], f"{len(payload['lines'])} item(s) reserved")

    def _release(self, payload: dict) -> PushResult:
        found = self._found(payload["id"])
        for row in found:
            self.http.call("DELETE", f"/admin/reservations/{row['id']}")
        return PushResult(payload["id"], f"{len(found)} reservation(s) released")

    def _found(self, hold_id: str) -> list[dict]:
        """The hold's reservations at the shop's location, whatever attempt made them."""
        rows, offset = [], 0
        while True:
            got = self.http.get("/admin/reservations", description=description(hold_id),
                                location_id=self.location_id, limit=PAGE, offset=offset,
                                fields="id,inventory_item_id,quantity")
            page = got.get("reservations")
            if page is None:
                raise no_list_in_reply("/admin/reservations", "reservations")
            rows += page
            offset += len(page)
            if len(page) < PAGE or offset >= got.get("count", offset):
                return rows
