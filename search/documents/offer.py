"""The offer index: one document per live, open job offer (fields from build.py)."""

from opensearchpy import Boolean, Date, Document, GeoPoint, Integer, Keyword

from .candidate import it_text


class OfferDocument(Document):
    offer_id = Integer()
    title = it_text()
    offer_text = it_text()
    occupation_id = Keyword()
    isco_code = Keyword()
    occ_close = Keyword()  # other occupations of the same ISCO-08 unit group
    occ_related = Keyword()  # related occupations
    essential = Keyword()
    essential_count = Integer()
    optional = Keyword()
    optional_count = Integer()
    mentioned = Keyword()  # skills the offer's text mentions besides those listed
    mentioned_count = Integer()
    required_qualifications = Keyword()
    quals_course = Keyword()  # those that take a real course
    must_qualifications = Boolean()
    min_italian_rank = Integer()
    must_italian = Boolean()
    start_date = Date()
    must_start = Boolean()
    licence_required = Keyword()
    licence_ok = Keyword()
    must_licence = Boolean()
    shifts = Boolean()
    must_shifts = Boolean()
    seasonal = Boolean()
    own_transport_needed = Boolean()
    hours_per_week = Integer()
    time_full = Boolean()
    time_part = Boolean()
    contract_type = Keyword()
    municipality = Keyword()
    municipality_id = Integer()
    location = GeoPoint()
    applications_until = Date()
    live = Boolean()

    class Index:
        name = "offers"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}
