from .candidate import CandidateDocument
from .offer import OfferDocument

DOCUMENTS = {"candidate": CandidateDocument, "offer": OfferDocument}
ALIASES = {"candidate": "candidates", "offer": "offers"}

__all__ = ["ALIASES", "DOCUMENTS", "CandidateDocument", "OfferDocument"]
