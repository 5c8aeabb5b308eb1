"""Sync errors and why a promotion is not applied at the till are kept as a message and its
arguments: the screen and `pos` show them in the language of the moment, and rows written
before (English sentences) still show as they are. Promotions' descriptions too."""
from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select, update

from pos import i18n
from pos.cli import main
from pos.db.models import OutboxEvent
from pos.domain.promotions import OrderOff
from pos.i18n import QT_TRANSLATE_NOOP
from pos.services import promotions
from pos.services.settings import save_settings
from pos.stored_text import shown
from sync import state
from sync.engine import SyncEngine
from sync.errors import Rejected
from tests.cli.test_cli_language import ENGLISH
from tests.sync.test_engine import ScriptedStore, sell
from tests.sync.test_promotion_mapping import mapped, promo

REFUSED_EN = "The online store refused POST /admin/draft-orders (HTTP 400): Variant unknown"
REFUSED_VI = "Cửa hàng trực tuyến từ chối POST /admin/draft-orders (HTTP 400): Variant unknown"


def refused() -> Rejected:
    """What medusa_http raises for a 400 (the store's own message is not translated)."""
    return Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused {0} {1} (HTTP "
                                                    "{2}): {3}"),
                    "POST", "/admin/draft-orders", 400, "Variant unknown")


def parked_error(db) -> str:
    with db.session() as s:
        return s.scalar(select(OutboxEvent.last_error).where(OutboxEvent.status == "error"))


def sync_status(data_dir, capsys) -> str:
    assert main(["--data-dir", str(data_dir), "sync", "status"]) == 0
    return capsys.readouterr().out


def speak(monkeypatch) -> None:
    for var, value in ENGLISH.items():
        monkeypatch.setenv(var, value)


def test_a_parked_sync_error_follows_the_language(demo_db, demo_settings, data_dir, capsys,
                                                  monkeypatch):
    speak(monkeypatch)
    sell(demo_db, demo_settings, 1)
    store = ScriptedStore()
    store.fail_with = [refused()]
    assert SyncEngine(demo_db, store).run_once().parked == 1
    stored = parked_error(demo_db)
    assert REFUSED_EN in stored  # readable in the database too
    assert shown(stored) == REFUSED_EN and shown(stored, "vi") == REFUSED_VI
    assert shown(state.read_status(demo_db).last_error, "vi") == REFUSED_VI

    save_settings(demo_db, language="vi")
    assert f"; lỗi gần nhất: {REFUSED_VI}" in sync_status(data_dir, capsys)
    save_settings(demo_db, language="en")
    assert f"; last error: {REFUSED_EN}" in sync_status(data_dir, capsys)


def test_sync_errors_written_before_show_as_they_were(demo_db, demo_settings, data_dir, capsys,
                                                      monkeypatch):
    speak(monkeypatch)
    sell(demo_db, demo_settings, 1)
    old = "The online store refused POST /admin/draft-orders (HTTP 400): old wording"
    with demo_db.transaction() as s:
        s.execute(update(OutboxEvent).values(status="error", last_error=old))
    state.save_status(demo_db, last_error=old)
    save_settings(demo_db, language="vi")
    assert shown(parked_error(demo_db), "vi") == old
    assert f"; lỗi gần nhất: {old}" in sync_status(data_dir, capsys)


def test_the_sync_panel_shows_parked_errors_in_the_window_language(qtbot, demo_db,
                                                                   demo_settings):
    from PySide6.QtWidgets import QLabel

    from pos.ui.sync_panel import SyncPanel

    sell(demo_db, demo_settings, 1)
    store = ScriptedStore()
    store.fail_with = [refused()]
    SyncEngine(demo_db, store).run_once()
    status = state.read_status(demo_db)
    status.connected = True
    with demo_db.session() as s:
        row = s.scalars(select(OutboxEvent)).one()
        parked = [{"id": row.id, "kind": row.kind, "ref": row.ref, "error": row.last_error}]
    i18n.set_language("vi")  # what switching the window's language does (pos.ui.i18n)
    panel = SyncPanel(SimpleNamespace(sync=None), status, parked)
    qtbot.addWidget(panel)
    assert panel.parked.item(0).text().endswith(REFUSED_VI)
    assert any(label.text().endswith(REFUSED_VI) for label in panel.findChildren(QLabel))


def test_promotion_reasons_follow_the_language_and_old_ones_still_show(demo_db, data_dir,
                                                                       capsys, monkeypatch):
    speak(monkeypatch)
    shipping = mapped(promo({"type": "fixed", "target_type": "shipping_methods", "value": 1}))
    other_money = mapped(promo({"type": "fixed", "target_type": "order", "value": 5,
                                "currency_code": "eur"}))
    with demo_db.transaction() as s:
        for ref, record in (("promo_ship", shipping), ("promo_eur", other_money)):
            promotions.apply_pulled_promotion(s, ref, ref, record.promotion, record.reason,
                                              True, "", None, 0)
        promotions.save_promotion(s, "promo_old", "promo_old", None, remote_id="promo_old",
                                  reason="it discounts shipping; a counter sale has none")
    local = promotions.create_local_promotion(demo_db, "Giảm 10%", OrderOff(percent_bp=1000))
    reasons = {p.ref: p.reason for p in promotions.list_promotions(demo_db)}
    assert reasons["promo_ship"] == "it discounts shipping, which a counter sale does not have"
    assert reasons["promo_eur"] == "its amount is in EUR; the till sells in VND"

    save_settings(demo_db, language="vi")
    assert main(["--data-dir", str(data_dir), "promotions", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in listed}
    assert rows["promo_ship"][-1] == ("không áp dụng tại quầy: khuyến mãi giảm phí vận chuyển, "
                                      "mà bán tại quầy thì không có")
    assert rows["promo_eur"][-1] == ("không áp dụng tại quầy: số tiền tính bằng EUR; máy bán "
                                     "hàng bán bằng VND")
    assert rows[local][3:] == ["giảm 10% cho cả đơn", "", "áp dụng tại quầy"]
    assert rows["promo_old"][-1] == ("không áp dụng tại quầy: it discounts shipping; a counter "
                                     "sale has none")
