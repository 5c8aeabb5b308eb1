"""`pos --help`, a command's help and argparse's own words speak the shop's language (its
setting, read before the shop is opened), else the computer's."""
from __future__ import annotations

import pytest

from pos.app import DB_NAME
from pos.cli import main
from pos.services.settings import save_settings
from tests.cli.test_cli import pos

ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def test_pos_help_in_vietnamese_when_the_shop_speaks_it(demo_db, data_dir):
    save_settings(demo_db, language="vi")
    shown = pos("--help", data_dir=data_dir, env=ENGLISH)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("cách dùng: pos [-h]")
    for text in ("omnipos – phần mềm bán hàng tại quầy", "đối số theo vị trí:", "tùy chọn:",
                 "-h, --help            hiện trợ giúp này rồi thoát", "danh mục sản phẩm",
                 "gửi các thay đổi đang chờ", "tồn kho và điều chỉnh kho", "hiện số phiên bản"):
        assert text in shown.stdout, text
    assert "usage:" not in shown.stdout and "show this help" not in shown.stdout


def test_a_command_help_and_its_errors_in_vietnamese(demo_db, data_dir):
    save_settings(demo_db, language="vi")
    shown = pos("stock", "adjust", "--help", data_dir=data_dir, env=ENGLISH)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("cách dùng: pos stock adjust [-h]")
    assert "người thực hiện (hỏi mã PIN của họ" in " ".join(shown.stdout.split())
    assert "QTY là số lượng đếm được" in shown.stdout
    wrong = pos("stock", "adjust", "CF-001", data_dir=data_dir, env=ENGLISH)
    assert wrong.returncode == 2
    assert ("pos stock adjust: lỗi: thiếu các đối số bắt buộc sau: QTY, --reason, --user"
            in wrong.stderr)
    unknown = pos("stock", "adjust", "CF-001", "1", "--reason", "lost", "--user", "Minh",
                  data_dir=data_dir, env=ENGLISH)
    assert "lỗi: đối số --reason: lựa chọn không hợp lệ: 'lost' (chọn một trong" in unknown.stderr


def test_english_shop_on_a_vietnamese_computer_keeps_english_help(demo_db, data_dir):
    save_settings(demo_db, language="en")
    shown = pos("report", "z", "--help", data_dir=data_dir, env={**ENGLISH, "LANG": "vi_VN.UTF-8"})
    assert shown.stdout.startswith("usage: pos report z [-h]")
    assert "print it on the receipt printer too" in shown.stdout


def test_no_shop_yet_follows_the_computer_and_creates_nothing(data_dir, capsys, monkeypatch):
    for var, value in {**ENGLISH, "LANG": "vi_VN.UTF-8"}.items():
        monkeypatch.setenv(var, value)
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data_dir), "sync", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: pos sync [-h]") and "gửi và tải về một lần" in out
    assert not (data_dir / DB_NAME).exists()
