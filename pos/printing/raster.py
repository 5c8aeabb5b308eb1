"""Draw a receipt layout as a 1-bit image at the printer's dot width.

Raster is the safe way to print Vietnamese: the printer needs no code page, the font
decides how ữ and đ look. The image is also the on-screen/PNG/PDF preview, so what the
cashier previews is bit for bit what the printer gets.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import qrcode
from barcode.codex import Code128
from PIL import Image, ImageDraw, ImageFont

from pos.domain.receipt import (
    COLUMNS_BY_PAPER,
    LayoutRow,
    MoneyFormat,
    Receipt,
    RowKind,
    layout,
    plain_money,
)

DOTS_BY_PAPER = {58: 384, 80: 576}
PRINTER_DPI = 203  # 8 dots per mm, the usual thermal head
BARCODE_HEIGHT = 64
QUIET_MODULES = 10  # Code 128 needs 10 blank modules either side to scan
MAX_QR_BOX = 6
CODE_ROWS = (RowKind.BARCODE, RowKind.QR)

MARGIN = 4  # dots kept blank at each edge of the head
TOP_PAD = 3  # room above the ascent for stacked Vietnamese marks (Ấ, Ỗ)
MIN_FONT_SIZE = 10

# DejaVu Sans, not DejaVu Sans Mono: the mono face has no precomposed ầ/ồ/ố glyphs and
# its combining marks land beside the letter.
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
FONT_FAMILY = "DejaVu Sans"
KNOWN_FONT_DIRS = (
    str(Path(__file__).resolve().parents[2] / "resources" / "fonts"),  # bundled by the installer
    "/usr/share/fonts/truetype/dejavu",  # Debian/Ubuntu fonts-dejavu-core
    "/usr/share/fonts/TTF",  # Arch
    "/usr/share/fonts/dejavu-sans-fonts",  # Fedora
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)


class ReceiptFontMissing(RuntimeError):
    """No font with Vietnamese glyphs is installed, so a raster receipt cannot be drawn."""


def _fontconfig_lookup(bold: bool) -> Path | None:
    if not shutil.which("fc-match"):
        return None
    pattern = f"{FONT_FAMILY}:style={'Bold' if bold else 'Book'}"
    command = ["fc-match", "-f", "%{file}", pattern]
    result = subprocess.run(command, capture_output=True, text=True, timeout=5)
    path = Path(result.stdout.strip())
    # fc-match always answers with *some* font; only DejaVu is known to cover Vietnamese.
    return path if path.name == FONT_FILES[bold] and path.is_file() else None


@functools.lru_cache(maxsize=2)
def find_receipt_font(bold: bool = False) -> Path:
    for folder in KNOWN_FONT_DIRS:
        candidate = Path(folder) / FONT_FILES[bold]
        if candidate.is_file():
            return candidate
    found = _fontconfig_lookup(bold)
    if found:
        return found
    raise ReceiptFontMissing(
        f"The receipt font {FONT_FILES[bold]} ({FONT_FAMILY}) is not installed. "
        "Install the DejaVu fonts (Debian/Ubuntu: apt install fonts-dejavu-core), "
        "or print receipts in text mode."
    )


@functools.lru_cache(maxsize=64)
def receipt_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    # Basic layout, not raqm: NFC Vietnamese needs no shaping, and the image then does not
    # depend on whether this machine's Pillow found libraqm/fribidi.
    return ImageFont.truetype(str(find_receipt_font(bold)), size, layout_engine=ImageFont.Layout.BASIC)


@dataclass(frozen=True)
class Page:
    """The paper in dots, and the font size at which a layout line fills it."""

    dots: int
    font_size: int
    line_height: int
    baseline: int  # from the top of a text row

    @property
    def width(self) -> int:
        return self.dots - 2 * MARGIN


@functools.lru_cache(maxsize=4)
def make_page(paper_width_mm: int) -> Page:
    dots, columns = DOTS_BY_PAPER[paper_width_mm], COLUMNS_BY_PAPER[paper_width_mm]
    size = 24
    # Largest size at which a full layout line of digits still fits: amounts are mostly
    # digits, and digits are the widest common glyphs in DejaVu Sans.
    while size > MIN_FONT_SIZE and columns * receipt_font(size).getlength("0") > dots - 2 * MARGIN:
        size -= 1
    ascent, descent = receipt_font(size).getmetrics()
    return Page(dots, size, TOP_PAD + ascent + descent + 1, TOP_PAD + ascent)


def fitting_font(page: Page, bold: bool, *texts: str) -> ImageFont.FreeTypeFont:
    """The page font, or a smaller one where a proportional line is wider than the paper."""
    for size in range(page.font_size, MIN_FONT_SIZE - 1, -1):
        font = receipt_font(size, bold)
        gap = font.getlength("  ") if len(texts) > 1 else 0
        if sum(font.getlength(text) for text in texts) + gap <= page.width:
            break
    return font


def barcode_image(payload: str, dots: int) -> Image.Image:
    modules = Code128(payload).build()[0]
    width = max(1, min(3, dots // (len(modules) + 2 * QUIET_MODULES)))
    image = Image.new("L", (len(modules) * width, BARCODE_HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for index, bit in enumerate(modules):
        if bit == "1":
            draw.rectangle([index * width, 0, (index + 1) * width - 1, BARCODE_HEIGHT - 1], fill=0)
    return image


def qr_image(payload: str, dots: int) -> Image.Image:
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the quiet zone
    box = max(1, min(MAX_QR_BOX, int(dots * 0.7) // len(matrix)))
    image = Image.new("L", (len(matrix) * box, len(matrix) * box), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                draw.rectangle([x * box, y * box, (x + 1) * box - 1, (y + 1) * box - 1], fill=0)
    return image


def _code_image(row: LayoutRow, page: Page) -> Image.Image:
    if row.kind is RowKind.BARCODE:
        return barcode_image(row.payload, page.dots)
    return qr_image(row.payload, page.dots)


def _draw_text(canvas: Image.Image, row: LayoutRow, page: Page, y: int) -> None:
    draw = ImageDraw.Draw(canvas)
    baseline = y + page.baseline
    right = MARGIN + page.width
    if row.kind is RowKind.PAIR:
        font = fitting_font(page, row.bold, row.text, row.amount)
        draw.text((MARGIN, baseline), row.text, font=font, fill=0, anchor="ls")
        draw.text((right, baseline), row.amount, font=font, fill=0, anchor="rs")
        return
    font = fitting_font(page, row.bold, row.text)
    x = {"left": MARGIN, "center": page.dots / 2, "right": right}[row.align]
    anchor = {"left": "ls", "center": "ms", "right": "rs"}[row.align]
    draw.text((x, baseline), row.text, font=font, fill=0, anchor=anchor)


def _draw_separator(canvas: Image.Image, page: Page, y: int) -> None:
    middle = y + page.line_height // 2
    ImageDraw.Draw(canvas).rectangle([MARGIN, middle - 1, MARGIN + page.width - 1, middle], fill=0)


def _row_height(row: LayoutRow, page: Page, code: Image.Image | None) -> int:
    if code is not None:
        return code.height + page.line_height // 2
    return page.line_height * (row.lines if row.kind is RowKind.FEED else 1)


def draw_rows(rows: list[LayoutRow], paper_width_mm: int) -> Image.Image:
    page = make_page(paper_width_mm)
    codes = [_code_image(row, page) if row.kind in CODE_ROWS else None for row in rows]
    heights = [_row_height(row, page, code) for row, code in zip(rows, codes)]
    canvas = Image.new("L", (page.dots, sum(heights)), 255)
    y = 0
    for row, code, height in zip(rows, codes, heights):
        if code is not None:
            canvas.paste(code, ((page.dots - code.width) // 2, y))
        elif row.kind in (RowKind.TEXT, RowKind.PAIR):
            _draw_text(canvas, row, page, y)
        elif row.kind is RowKind.SEPARATOR:
            _draw_separator(canvas, page, y)
        y += height
    # A plain threshold, no dithering: glyph edges stay crisp and the output is deterministic.
    return canvas.convert("1", dither=Image.Dither.NONE)


def receipt_image(
    receipt: Receipt, fmt: MoneyFormat | None = None, labels: Mapping[str, str] | None = None
) -> Image.Image:
    columns = COLUMNS_BY_PAPER[receipt.paper_width_mm]
    rows = layout(receipt, fmt or plain_money(receipt.currency), columns, labels)
    return draw_rows(rows, receipt.paper_width_mm)


def render_png(receipt: Receipt, path: str | Path, fmt: MoneyFormat | None = None,
               labels: Mapping[str, str] | None = None) -> Path:
    path = Path(path)
    receipt_image(receipt, fmt, labels).save(path, "PNG", dpi=(PRINTER_DPI, PRINTER_DPI))
    return path


def render_pdf(receipt: Receipt, path: str | Path, fmt: MoneyFormat | None = None,
               labels: Mapping[str, str] | None = None) -> Path:
    path = Path(path)
    # At the printer's resolution the PDF page is as wide as the printed part of the roll.
    receipt_image(receipt, fmt, labels).save(path, "PDF", resolution=PRINTER_DPI)
    return path
