"""The stock adjustment pusher's decisions that need no server: the level Medusa can take,
and whether an interrupted attempt's write landed."""
from decimal import Decimal as D

import pytest

from sync.connectors.medusa_stock import _landed, _writable


@pytest.mark.parametrize("before, wanted, written", [
    ("10", "13", "13"), ("2", "-3", "0"), ("-2", "-3", "-2"), ("-2", "1", "1"), ("0", "0", "0"),
])
def test_the_level_medusa_can_take(before, wanted, written):
    assert _writable(D(before), D(wanted)) == D(written)


MARK = {"before": "10", "after": "13", "level_updated_at": "t1", "note": ""}


def test_an_untouched_level_means_the_write_did_not_land():
    assert _landed(MARK, {"stocked_quantity": 10, "updated_at": "t1"}) == (False, "")
    assert _landed(MARK, None) == (False, "")


def test_the_level_written_means_it_landed():
    assert _landed(MARK, {"stocked_quantity": 13, "updated_at": "t2"}) == (True, "")


def test_someone_else_wrote_too_so_it_is_assumed_landed_and_the_manager_told():
    landed, note = _landed(MARK, {"stocked_quantity": 11, "updated_at": "t3"})
    assert landed and "check the count" in note
