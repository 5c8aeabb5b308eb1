"""A serial (USB-COM) scanner read through a real socat pseudo-terminal pair."""
from __future__ import annotations

import queue
import shutil
import time

import pytest

from pos.devices import serial_scanner
from pos.devices.scan_codes import clean_scan
from pos.devices.serial_scanner import SerialScanner, split_lines

from socat_pair import PtyPair

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")


@pytest.fixture
def pty(tmp_path):
    pair = PtyPair(tmp_path).start()
    yield pair
    pair.stop()


@pytest.fixture
def reader():
    readers = []

    def start(port, wait=True, **options):
        codes, problems = queue.Queue(), queue.Queue()
        scanner = SerialScanner(str(port), 9600, codes.put, problems.put, **options)
        scanner.codes, scanner.problems = codes, problems
        scanner.start()
        readers.append(scanner)
        # Opening a port flushes what arrived before: send only once the till reads.
        assert not wait or scanner.connected.wait(3)
        return scanner

    yield start
    for scanner in readers:
        scanner.stop()


def test_each_line_is_a_scan_whatever_the_line_end(pty, reader):
    codes = reader(pty.till_end).codes
    pty.send(b"8930000000019\r\n8930000000026\n")
    pty.send(b"8930000")
    pty.send(b"000316\r")
    got = [codes.get(timeout=3) for _ in range(3)]
    assert got == ["8930000000019", "8930000000026", "8930000000316"]


def test_prefix_suffix_and_blank_lines_are_dropped(pty, reader):
    codes = reader(pty.till_end, prefix="]E0", suffix="#").codes
    pty.send(b"\r\n]E08930000000019#\r\n\r\n")
    assert codes.get(timeout=3) == "8930000000019"
    with pytest.raises(queue.Empty):
        codes.get(timeout=0.3)


def test_unplugged_scanner_is_reported_once_and_read_again_when_back(pty, reader,
                                                                      monkeypatch):
    monkeypatch.setattr(serial_scanner, "REOPEN_AFTER", 0.1)
    scanner = reader(pty.till_end)
    codes, problems = scanner.codes, scanner.problems
    pty.send(b"1111\n")
    assert codes.get(timeout=3) == "1111"
    pty.stop()  # unplugged
    assert "cannot be read" in problems.get(timeout=3)
    pty.start()  # plugged in again (a new pseudo-terminal behind the same name)
    deadline = time.monotonic() + 5
    while not scanner.connected.is_set() and time.monotonic() < deadline:
        time.sleep(0.05)
    pty.send(b"2222\n")
    assert codes.get(timeout=5) == "2222"
    assert problems.qsize() <= 1  # not one message per retry


def test_missing_port_says_what_to_check(tmp_path, reader):
    problems = reader(tmp_path / "ttyACM9", wait=False).problems
    message = problems.get(timeout=3)
    assert "ttyACM9" in message and "plugged in" in message


def test_split_lines():
    assert split_lines(b"12\r\n34\r5") == ([b"12", b"34"], b"5")
    assert split_lines(b"12\r") == ([b"12"], b"")
    assert split_lines(b"\n") == ([b""], b"")


@pytest.mark.parametrize("raw, code", [("8930000000019\r\n", "8930000000019"),
                                       ("$123#", "123"), ("  $$123## ", "$123#"),
                                       ("\x02123\x03", "123")])
def test_clean_scan(raw, code):
    assert clean_scan(raw, "$", "#") == code
