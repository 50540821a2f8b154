"""`make audit` never reads "could not audit" as "no vulnerabilities" (scripts/audit.py)."""

from __future__ import annotations

from scripts.audit import verdict

AUDITED = {"name": "sanic", "version": "21.12.2", "vulns": []}
SKIPPED = {"name": "aiohttp", "skip_reason": "Dependency not found on PyPI and could not be "
                                             "audited: aiohttp (3.9.5)"}
VULNERABLE = {"name": "python-socketio", "version": "5.9.0",
              "vulns": [{"id": "GHSA-5w7q-77mv-v69f", "fix_versions": ["5.16.2"]}]}


def test_an_unreachable_service_is_not_a_clean_result():
    code, lines = verdict(None, 191, "Traceback ...\nrequests.exceptions.ConnectionError: x")
    assert code == 2 and "AUDIT NOT DONE" in lines[0] and "ConnectionError" in lines[1]


def test_skipped_packages_are_not_a_clean_result():
    code, lines = verdict({"dependencies": [AUDITED, SKIPPED]}, 2)
    assert code == 2
    assert lines[0].startswith("1 of 2 pinned packages audited")
    assert any("NOT AUDITED: 1 packages" in line and "aiohttp" in line for line in lines)


def test_everything_skipped_is_not_a_clean_result():
    assert verdict({"dependencies": [SKIPPED]}, 1)[0] == 2


def test_advisories_are_listed_with_their_fix():
    code, lines = verdict({"dependencies": [AUDITED, VULNERABLE]}, 2)
    assert code == 1
    assert "  python-socketio==5.9.0: GHSA-5w7q-77mv-v69f (fixed in 5.16.2)" in lines


def test_clean_only_when_every_package_was_audited():
    code, lines = verdict({"dependencies": [AUDITED]}, 1)
    assert code == 0 and lines == ["1 of 1 pinned packages audited; 0 known advisories."]
