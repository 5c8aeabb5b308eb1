"""A QR code painted as a QPixmap (sharp at any size, no image library round-trip)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap


def qr_pixmap(payload: str, size: int = 220) -> QPixmap:
    import qrcode  # with PIL: loaded when a QR code is first shown, not at every start

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    cell = max(1, size // len(matrix))
    pixmap = QPixmap(cell * len(matrix), cell * len(matrix))
    pixmap.fill(Qt.white)
    painter = QPainter(pixmap)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect(x * cell, y * cell, cell, cell), QColor("black"))
    painter.end()
    return pixmap
