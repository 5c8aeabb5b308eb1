"""Commands speak the shop's language: its `language` setting, else the computer's locale."""
from __future__ import annotations

from pathlib import Path

from pos.cli import main
from pos.services.settings import save_settings
from tests.cli.test_cli import pos

ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def test_the_real_command_prints_vietnamese_when_the_shop_speaks_it(demo_db, data_dir):
    save_settings(demo_db, language="vi")
    result = pos("journal", "verify", data_dir=data_dir, env=ENGLISH)
    assert result.returncode == 0
    assert result.stdout == "Nhật ký tốt: chuỗi mã băm còn nguyên vẹn.\n"
    refused = pos("stock", "adjust", "CF-001", "1", "--reason", "damage", "--user", "Nobody",
                  "--pin-stdin", data_dir=data_dir, env=ENGLISH, pins="9999")
    assert refused.returncode == 2
    assert refused.stderr == ("lỗi: Không có người dùng nào tên 'Nobody'. Xem danh sách bằng "
                              "`pos users list`.\n")


def test_english_shop_on_a_vietnamese_computer_stays_english(demo_db, data_dir):
    save_settings(demo_db, language="en")
    result = pos("journal", "verify", data_dir=data_dir,
                 env={**ENGLISH, "LANG": "vi_VN.UTF-8"})
    assert result.stdout == "Journal OK: the hash chain is intact.\n"


def test_a_shop_in_vietnam_speaks_vietnamese_on_an_english_computer(demo_db, data_dir):
    save_settings(demo_db, language="")  # no setting: the demo shop counts in dong
    result = pos("journal", "verify", data_dir=data_dir, env=ENGLISH)
    assert result.stdout == "Nhật ký tốt: chuỗi mã băm còn nguyên vẹn.\n"
    refused = pos("users", "list", "--bogus", data_dir=data_dir, env=ENGLISH)
    # argparse speaks it too, before the arguments are read
    assert refused.returncode == 2
    assert refused.stderr.endswith("pos: lỗi: đối số không hiểu được: --bogus\n")


def test_no_shop_setting_elsewhere_follows_the_computer(demo_db, data_dir):
    save_settings(demo_db, language="", currency="USD", locale="en_US", demo=False)
    result = pos("journal", "verify", data_dir=data_dir, env={**ENGLISH, "LANG": "vi_VN.UTF-8"})
    assert result.stdout == "Nhật ký tốt: chuỗi mã băm còn nguyên vẹn.\n"
    assert pos("journal", "verify", data_dir=data_dir, env=ENGLISH).stdout.startswith("Journal OK")


def test_shift_status_and_x_report_in_vietnamese(demo_db, data_dir: Path, capsys,
                                                  monkeypatch):
    for var, value in ENGLISH.items():
        monkeypatch.setenv(var, value)
    save_settings(demo_db, language="vi")
    assert main(["--data-dir", str(data_dir), "shift", "status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ca 1 đang mở trên máy T1 từ ") and "(người mở ca: Minh)" in out
    assert "Tiền đầu ca: 0\xa0₫" in out and "Tiền mặt dự kiến trong két: 0\xa0₫" in out
    assert main(["--data-dir", str(data_dir), "report", "x"]) == 0
    out = capsys.readouterr().out
    assert "BÁO CÁO X · ca 1 (đang mở)" in out and "Tổng doanh thu" in out
