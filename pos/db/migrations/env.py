"""Alembic environment: the engine comes from pos.db.migrate (never from an ini file)."""
from alembic import context

from pos.db.models import Base
import pos.db.audit_models  # noqa: F401  (registers lockout and report summary tables)
import pos.db.collect_models  # noqa: F401  (registers click-and-collect orders)
import pos.db.customer_models  # noqa: F401  (registers the customer tables)
import pos.db.delivery_models  # noqa: F401  (registers goods sold for delivery)
import pos.db.hold_models  # noqa: F401  (registers holds of parked sales)
import pos.db.loyalty_models  # noqa: F401  (registers the loyalty ledger)
import pos.db.promotion_models  # noqa: F401  (registers promotions and sale line promotions)
import pos.db.return_models  # noqa: F401  (registers the return tables)
import pos.db.shift_models  # noqa: F401  (registers the shift tables)
import pos.db.stock_models  # noqa: F401  (registers stock thresholds and store locations)

FTS_TABLES = ("variants_fts",)


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 virtual tables and their shadow tables are created by hand in migrations.
    return not (type_ == "table" and name and name.startswith(FTS_TABLES))


def run() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=Base.metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()


run()
