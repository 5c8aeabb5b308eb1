"""The serial pole display (2 x 20) through a real socat pseudo-terminal pair: the test reads
what the display would receive on the other end."""
from __future__ import annotations

import queue
import shutil

import pytest
import serial

from pos.devices.pole_display import CLEAR, PoleDisplay, fit, frame, label_and_amount

from socat_pair import PtyPair



def _need_socat() -> None:
    if shutil.which("socat") is None:  # installer/setup.sh installs it: missing is a failure
        pytest.fail("socat is missing: run installer/setup.sh", pytrace=False)


@pytest.fixture
def pty(tmp_path):
    _need_socat()
    pair = PtyPair(tmp_path).start()
    yield pair
    pair.stop()


def read_frame(display_end: serial.Serial) -> str:
    data = display_end.read(1 + 2 * 20)
    assert data[:1] == CLEAR, data
    return data[1:].decode("ascii")


def test_lines_are_folded_to_ascii_and_fitted():
    assert fit("Cà phê sữa đá") == "Ca phe sua da       "
    assert fit("Nước suối Lavie 500ml chai lớn") == "Nuoc suoi Lavie 500m"
    assert fit("Xin chào", "center") == "      Xin chao      "
    assert label_and_amount("Tổng", "31.000 ₫") == "Tong          31.000"
    assert label_and_amount("Total", "1.234.567.890.000 ₫") == "To 1.234.567.890.000"
    assert label_and_amount("Total", "12.345.678.901.234.567.890") == "12.345.678.901.234.5"
    assert all(len(fit(t)) == 20 for t in ("", "x" * 50, "đ" * 25))


def test_frame_is_clear_then_forty_characters():
    assert frame(fit("A"), fit("B")) == CLEAR + b"A" + b" " * 19 + b"B" + b" " * 19


def test_frames_reach_the_display(pty):
    display = PoleDisplay(str(pty.till_end))
    with serial.Serial(str(pty.scanner_end), timeout=5) as display_end:
        display.start()
        try:
            display.show("Bánh mì đặc biệt", "25.000")
            shown = read_frame(display_end)
            assert shown[:20] == "Banh mi dac biet    " and shown[20:].strip() == "25.000"
            display.show("Cảm ơn!", "")
            assert read_frame(display_end).startswith("Cam on!")
        finally:
            display.stop()


def test_unplugged_display_is_reported_once_and_never_blocks(tmp_path):
    problems = queue.Queue()
    display = PoleDisplay(str(tmp_path / "no-such-port"), on_problem=problems.put)
    display.start()
    try:
        for n in range(50):
            display.show(f"item {n}", "1.000")  # returns at once: frames just replace each other
        message = problems.get(timeout=5)
        assert "pole display" in message and "no-such-port" in message
        assert problems.empty()
    finally:
        display.stop()
