"""The end-to-end session's log check finds a leaked secret (tests/support/assistant.py):
after the servers stop, every log they wrote is searched for every secret they had."""

from __future__ import annotations

from tests.support.assistant import Assistant, secrets_in_logs

SECRETS = {"TELEGRAM_TOKEN": "123456:abcdefsecrethalf", "SLACK_SIGNING_SECRET": "s1gn",
           "SLACK_API_URL": "http://127.0.0.1:9/"}


def assistant_with_logs(tmp_path, **logs: str) -> Assistant:
    for name in ("rasa-server", "action-server", "web"):
        (tmp_path / f"{name}.log").write_text(logs.get(name.replace("-", "_"), "x" * 600))
    return Assistant("http://127.0.0.1:1", "t", "http://127.0.0.1:2", tmp_path, secrets=SECRETS)


def test_clean_logs_leak_nothing(tmp_path):
    assert secrets_in_logs(assistant_with_logs(tmp_path)) == []


def test_a_leaked_secret_is_found_with_its_log(tmp_path):
    found = secrets_in_logs(assistant_with_logs(tmp_path, web="x" * 400 + " s1gn "))
    assert found == ["SLACK_SIGNING_SECRET in web.log"]


def test_half_a_telegram_token_is_a_leak_too(tmp_path):
    found = secrets_in_logs(assistant_with_logs(tmp_path, rasa_server="... abcdefsecrethalf"))
    assert found == ["TELEGRAM_TOKEN in rasa-server.log"]
