"""A small ESC/POS decoder for tests: bytes a printer would receive -> what it would do.

No package decodes ESC/POS faithfully (code pages, GS v 0, GS ( k), so the tests read the
stream back themselves. Unknown commands raise, so an unexpected byte sequence fails a test
instead of being printed as garbage.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from PIL import Image

ESC, GS, DLE, LF, CR = 0x1B, 0x1D, 0x10, 0x0A, 0x0D

# ESC t n slots -> Python codecs (Epson numbering, plus the POS-5890 CP1258 slots).
SLOT_CODECS = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858", 27: "cp1258", 52: "cp1258", 94: "cp1258"}

# Commands with a fixed number of parameter bytes: (prefix, command byte) -> count.
FIXED = {
    (ESC, ord("@")): 0, (ESC, ord("2")): 0, (ESC, ord("3")): 1, (ESC, ord("!")): 1,
    (ESC, ord("-")): 1, (ESC, ord("E")): 1, (ESC, ord("G")): 1, (ESC, ord("M")): 1,
    (ESC, ord("a")): 1, (ESC, ord("d")): 1, (ESC, ord("e")): 1, (ESC, ord("J")): 1,
    (ESC, ord("{")): 1, (ESC, ord("t")): 1, (ESC, ord("p")): 3,
    (GS, ord("!")): 1, (GS, ord("B")): 1, (GS, ord("H")): 1, (GS, ord("f")): 1,
    (GS, ord("h")): 1, (GS, ord("w")): 1, (GS, ord("L")): 2, (GS, ord("W")): 2,
    (DLE, 0x04): 1,
}


@dataclass
class Text:
    text: str


@dataclass
class Raster:
    image: Image.Image


@dataclass
class Barcode:
    system: int
    payload: str


@dataclass
class QrCode:
    payload: str


@dataclass
class DrawerKick:
    pin: int


@dataclass
class Cut:
    partial: bool


@dataclass
class StatusQuery:
    kind: int


@dataclass
class Command:
    name: str
    args: bytes


@dataclass
class Decoded:
    events: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(event.text for event in self.events if isinstance(event, Text))

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]

    def index(self, kind: type, last: bool = False) -> int:
        found = [i for i, event in enumerate(self.events) if isinstance(event, kind)]
        return found[-1] if last else found[0]

    def raster_image(self) -> Image.Image:
        """All GS v 0 blocks stacked, as python-escpos splits tall images into fragments."""
        parts = [event.image for event in self.of(Raster)]
        assert len({part.width for part in parts}) == 1, "raster fragments differ in width"
        whole = Image.new("1", (parts[0].width, sum(part.height for part in parts)), 1)
        y = 0
        for part in parts:
            whole.paste(part, (0, y))
            y += part.height
        return whole


def code128_text(data: bytes) -> str:
    """GS k 73 data: '{A'/'{B'/'{C' switch code sets; set C bytes are digit pairs."""
    out, code_set, i = [], "B", 0
    while i < len(data):
        if data[i] == ord("{") and i + 1 < len(data) and data[i + 1] != ord("{"):
            code_set = chr(data[i + 1]) if chr(data[i + 1]) in "ABC" else code_set
            i += 2
            continue
        step = 2 if data[i] == ord("{") else 1  # "{{" is a literal brace
        out.append(f"{data[i]:02d}" if code_set == "C" else chr(data[i]))
        i += step
    return "".join(out)


class _Decoder:
    def __init__(self, data: bytes, slot_codecs: dict[int, str]):
        self.data, self.pos, self.slot_codecs = data, 0, slot_codecs
        self.codec = slot_codecs[0]
        self.pending_text = bytearray()
        self.qr_store = ""
        self.result = Decoded()

    def emit(self, event) -> None:
        self.flush_text()
        self.result.events.append(event)

    def flush_text(self) -> None:
        if self.pending_text:
            text = bytes(self.pending_text).decode(self.codec)
            self.result.events.append(Text(unicodedata.normalize("NFC", text)))
            self.pending_text.clear()

    def take(self, count: int) -> bytes:
        chunk = self.data[self.pos:self.pos + count]
        if len(chunk) < count:
            raise ValueError(f"stream ends inside a command at byte {self.pos}")
        self.pos += count
        return chunk

    def run(self) -> Decoded:
        while self.pos < len(self.data):
            byte = self.data[self.pos]
            if byte in (ESC, GS, DLE):
                self.command()
            elif byte != CR:
                self.pending_text.append(byte)
                self.pos += 1
            else:
                self.pos += 1
        self.flush_text()
        return self.result

    def command(self) -> None:
        prefix, name = self.take(2)
        special = {(GS, ord("v")): self.raster, (GS, ord("k")): self.barcode,
                   (GS, ord("(")): self.function, (GS, ord("V")): self.cut}
        if (prefix, name) in special:
            special[(prefix, name)]()
        elif (prefix, name) in FIXED:
            self.fixed(prefix, name, self.take(FIXED[(prefix, name)]))
        else:
            raise ValueError(f"unknown command {bytes([prefix, name])!r} at byte {self.pos - 2}")

    def fixed(self, prefix: int, name: int, args: bytes) -> None:
        if (prefix, name) == (DLE, 0x04):
            return self.emit(StatusQuery(args[0]))
        if (prefix, name) == (ESC, ord("p")):
            return self.emit(DrawerKick(2 if args[0] in (0, 48) else 5))
        if (prefix, name) == (ESC, ord("t")):
            self.flush_text()
            self.codec = self.slot_codecs[args[0]]
        if (prefix, name) == (ESC, ord("@")):
            self.flush_text()
            self.codec = self.slot_codecs[0]  # ESC @ restores the default code page
        self.emit(Command(bytes([prefix, name]).decode("latin-1"), args))

    def raster(self) -> None:
        zero, _density, xl, xh, yl, yh = self.take(6)
        if zero != ord("0"):
            raise ValueError("only GS v 0 raster images are known")
        width_bytes, height = xl + xh * 256, yl + yh * 256
        data = self.take(width_bytes * height)
        # In ESC/POS a set bit burns a dot; in Pillow's "1" mode a set bit is white.
        image = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in data))
        self.emit(Raster(image))

    def barcode(self) -> None:
        (system,) = self.take(1)
        if system <= 6:  # function A: NUL-terminated
            end = self.data.index(0, self.pos)
            payload = self.take(end - self.pos).decode("ascii")
            self.take(1)
        else:  # function B: length byte first
            data = self.take(self.take(1)[0])
            payload = code128_text(data) if system == 73 else data.decode("ascii")
        self.emit(Barcode(system, payload))

    def function(self) -> None:
        kind = self.take(1)
        low, high = self.take(2)
        body = self.take(low + high * 256)
        if kind == b"k" and body[:2] == b"1P":  # QR: store the data (after the m byte)
            self.qr_store = body[3:].decode("utf-8")
        elif kind == b"k" and body[:2] == b"1Q":  # QR: print what was stored
            self.emit(QrCode(self.qr_store))
        else:
            self.emit(Command("GS (" + kind.decode("latin-1"), body))

    def cut(self) -> None:
        (mode,) = self.take(1)
        if mode in (65, 66):
            self.take(1)  # feed amount before the cut
        self.emit(Cut(partial=mode in (1, 49, 66)))


def decode(data: bytes, slot_codecs: dict[int, str] | None = None) -> Decoded:
    return _Decoder(data, slot_codecs or SLOT_CODECS).run()
