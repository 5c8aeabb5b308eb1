import hashlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.journal import (
    GENESIS,
    ChainEntry,
    canonical,
    chain_entry,
    entry_hash,
    first_broken,
)


def build_chain(payloads):
    entries, prev = [], None
    for i, payload in enumerate(payloads):
        prev = chain_entry(prev, "sale" if i % 3 else "void", payload)
        entries.append(prev)
    return entries


SALES = [{"receipt": f"T1-{n:06d}", "total": 1000 * n, "note": "Cà phê"} for n in range(1, 6)]


def test_canonical_is_key_order_independent_and_compact():
    assert canonical({"b": 1, "a": "đá"}) == '{"a":"đá","b":1}'
    assert canonical({"a": 1, "b": 2}) == canonical({"b": 2, "a": 1})


def test_entry_hash_is_sha256_of_the_documented_text():
    text = f"{GENESIS}|1|sale|" + '{"total":1000}'
    assert entry_hash(GENESIS, 1, "sale", {"total": 1000}) == hashlib.sha256(text.encode()).hexdigest()
    assert len(GENESIS) == 64


def test_chain_entry_links_to_previous():
    first, second = build_chain(SALES[:2])
    assert (first.seq, first.prev_hash) == (1, GENESIS)
    assert (second.seq, second.prev_hash) == (2, first.hash)


def test_intact_chain():
    assert first_broken(build_chain(SALES)) is None
    assert first_broken([]) is None


def test_order_of_input_does_not_matter():
    assert first_broken(list(reversed(build_chain(SALES)))) is None


def test_edited_payload_is_found():
    entries = build_chain(SALES)
    entries[2] = replace(entries[2], payload={**entries[2].payload, "total": 1})
    assert first_broken(entries) == (3, "hash does not match its content")


def test_rehashed_edit_breaks_the_next_link():
    entries = build_chain(SALES)
    edited = replace(entries[2], payload={"total": 1})
    entries[2] = replace(edited, hash=entry_hash(edited.prev_hash, 3, edited.kind, edited.payload))
    assert first_broken(entries) == (4, "previous-hash link broken")


def test_deleted_entry_is_a_sequence_gap():
    entries = build_chain(SALES)
    del entries[1]
    assert first_broken(entries) == (3, "sequence gap after 1")


def test_duplicate_sequence_number():
    entries = build_chain(SALES)
    entries.insert(2, entries[1])
    assert first_broken(entries) == (2, "sequence number 2 appears twice")


def test_first_entry_must_start_from_genesis():
    entries = build_chain(SALES)
    assert first_broken(entries[1:]) == (2, "previous-hash link broken")
    assert first_broken(entries[1:], start_hash=entries[0].hash) is None


def test_changed_kind_is_found():
    entries = build_chain(SALES)
    entries[0] = replace(entries[0], kind="sale")
    assert first_broken(entries) == (1, "hash does not match its content")


payloads = st.lists(
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
    min_size=1,
    max_size=8,
)


@given(payloads, st.data())
def test_any_single_tampering_is_detected(payload_list, data):
    entries = build_chain(payload_list)
    i = data.draw(st.integers(0, len(entries) - 1))
    tampered = replace(entries[i], payload={**entries[i].payload, "\x00tampered": True})
    entries[i] = tampered
    broken = first_broken(entries)
    assert broken is not None and broken[0] == tampered.seq


def test_chain_entry_is_frozen():
    entry = build_chain(SALES)[0]
    with pytest.raises(AttributeError):
        entry.seq = 5  # type: ignore[misc]
    assert isinstance(entry, ChainEntry)
