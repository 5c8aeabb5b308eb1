"""PNG/PDF previews: the raster receipt as the cashier sees it before printing."""

from __future__ import annotations

import re

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as read_codes
from receipt_sample import QR_PAYLOAD, sample_receipt, vnd

from pos.printing import raster
from pos.printing.raster import ReceiptFontMissing, find_receipt_font, render_pdf, render_png


@pytest.mark.parametrize("paper, width", [(58, 384), (80, 576)])
def test_png_preview_is_a_full_receipt(tmp_path, paper, width):
    path = render_png(sample_receipt(paper), tmp_path / "receipt.png", vnd)
    image = Image.open(path)
    assert image.mode == "1" and image.width == width
    assert 1000 < image.height < 2000  # ~40 rows of text, a barcode and a QR code
    grey = image.convert("L")
    black = grey.histogram()[0] / (image.width * image.height)
    assert 0.05 < black < 0.35
    codes = {code.type: code.data.decode() for code in read_codes(grey)}
    assert codes == {"CODE128": "T01-000123", "QRCODE": QR_PAYLOAD}


def test_text_rows_have_ink_across_the_receipt(tmp_path):
    image = Image.open(render_png(sample_receipt(58), tmp_path / "r.png", vnd)).convert("L")
    row_means = image.resize((1, image.height), Image.Resampling.BOX).tobytes()
    rows_with_ink = sum(1 for mean in row_means if mean < 255)
    assert rows_with_ink > image.height * 0.5


def test_pdf_preview_is_paper_sized(tmp_path):
    path = render_pdf(sample_receipt(80), tmp_path / "receipt.pdf", vnd)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    width_pt = float(re.search(rb"/MediaBox \[ 0 0 ([\d.]+)", data).group(1))
    assert width_pt == pytest.approx(576 / 203 * 72)  # 72 mm: the printable width of 80 mm paper


def test_missing_font_has_an_actionable_message(monkeypatch):
    find_receipt_font.cache_clear()
    monkeypatch.setattr(raster, "KNOWN_FONT_DIRS", ())
    monkeypatch.setattr(raster.shutil, "which", lambda name: None)
    try:
        with pytest.raises(ReceiptFontMissing, match="fonts-dejavu-core"):
            find_receipt_font()
    finally:
        find_receipt_font.cache_clear()


def test_font_is_found_through_fontconfig(monkeypatch):
    find_receipt_font.cache_clear()
    monkeypatch.setattr(raster, "KNOWN_FONT_DIRS", ())
    try:
        assert find_receipt_font(bold=True).name == "DejaVuSans-Bold.ttf"
    finally:
        find_receipt_font.cache_clear()
