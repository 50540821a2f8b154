"""Input channels that Rasa 3.6.21's own connectors need help with (see each module)."""
