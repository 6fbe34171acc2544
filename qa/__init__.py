"""QA: a question (and the chat's recent turns) → a short answer with verified, quoted citations."""

from qa.chain import QAChain, answer, default_chain
from qa.models import Answer, Citation

__all__ = ["Answer", "Citation", "QAChain", "answer", "default_chain"]
