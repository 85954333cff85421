"""The candidate index: one document per searchable CV profile (active, with search consent).

No name, email or phone is indexed; result pages read those from the database.
"""

from opensearchpy import Boolean, Date, Document, Float, GeoPoint, Integer, Keyword, Text

from .analysis import italian_index, italian_search


def it_text(**kwargs):
    return Text(analyzer=italian_index, search_analyzer=italian_search, **kwargs)


class CandidateDocument(Document):
    profile_id = Integer()
    active = Boolean()
    consent_search = Boolean()
    consent_employers = Boolean()
    municipality = Keyword()
    municipality_id = Integer()
    location = GeoPoint()
    radius_km = Float()
    licences = Keyword()
    own_vehicle = Boolean()
    occupation_ids = Keyword()
    occupation_codes = Keyword()
    occupation_groups = Keyword()
    skill_ids = Keyword()
    skills_text = it_text()
    free_skills = Keyword()
    italian_level = Keyword()
    italian_rank = Integer()
    italian_source = Keyword()
    languages = Keyword()
    available_from = Date()
    working_time = Keyword()
    shifts_ok = Boolean()
    seasonal_ok = Boolean()
    experience_years = Float()
    experience_groups = Keyword()
    profile_text = it_text()
    updated_at = Date()

    class Index:
        name = "candidates"  # replaced by the prefixed alias (search.client.index_name)
        settings = {"number_of_shards": 1, "number_of_replicas": 0}
