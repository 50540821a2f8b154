"""The assistant's pure core: the knowledge base, question answering (``qa``) and the
personal roadmap (``roadmap``). It imports no Rasa, rasa-sdk, spaCy or Sanic (an
import-linter contract in ``make lint`` enforces it), so the action server, the Rasa
server's components, the benchmark and the tests all share it.
"""
