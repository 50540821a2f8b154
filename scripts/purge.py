"""``make purge DAYS=N``: delete every conversation whose latest event is more than N days
old from the tracker store of an endpoints file (the SQLite default; for the cluster's
PostgreSQL, ``ENDPOINTS=endpoints.production.yml`` with its DB_* variables set).

    python scripts/purge.py --days 30 [--endpoints endpoints.yml] [--dry-run]

Prints how many conversations and events were deleted (never their ids or content).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def days(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}") from None
    if not 0 <= number < 100_000:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}")
    return number


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=days, required=True,
                        help="delete conversations idle for more than this many days")
    parser.add_argument("--endpoints", default="endpoints.yml", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
    args = parser.parse_args()
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    os.chdir(ROOT)  # the SQLite path in endpoints.yml is relative to the project
    from rasa.core.tracker_store import TrackerStore
    from rasa.core.utils import AvailableEndpoints
    from rasa.shared.core.domain import Domain

    from components import privacy

    endpoints = AvailableEndpoints.read_endpoints(str(args.endpoints))
    if endpoints.tracker_store is None:
        print(f"{args.endpoints} configures no tracker store: nothing is stored, nothing "
              "to purge.")
        return 0
    store = TrackerStore.create(endpoints.tracker_store, Domain.empty())
    if args.dry_run:
        found = privacy.idle_senders(store, args.days)
        print(f"{len(found)} conversation(s) idle for more than {args.days:g} days "
              "(dry run: nothing deleted).")
        return 0
    removed = privacy.purge(store, args.days)
    print(f"Deleted {len(removed)} conversation(s), {sum(removed.values())} event(s), idle "
          f"for more than {args.days:g} days.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
