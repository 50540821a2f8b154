"""What the tests (and the benchmark) use to talk to the assistant: HTTP from a chosen
loopback address (``http``), the running servers (``assistant``), the channels' clients
(``channels``), Slack and Telegram fakes (``fakes``), trackers for actions (``trackers``).
Servers are started with scripts/servers.py, as `make cluster` does."""
