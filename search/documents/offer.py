"""The offer index: one document per live, open job offer."""

from opensearchpy import Boolean, Date, Document, GeoPoint, Integer, Keyword

from .candidate import it_text


class OfferDocument(Document):
    offer_id = Integer()
    title = it_text()
    offer_text = it_text()
    occupation_id = Keyword()
    isco_code = Keyword()
    isco_group = Keyword()
    essential_skill_ids = Keyword()
    optional_skill_ids = Keyword()
    min_italian_rank = Integer()
    licence_required = Keyword()
    municipality = Keyword()
    municipality_id = Integer()
    location = GeoPoint()
    contract_type = Keyword()
    hours_per_week = Integer()
    shifts = Boolean()
    start_date = Date()
    applications_until = Date()
    live = Boolean()

    class Index:
        name = "offers"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}
