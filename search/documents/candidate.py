"""The candidate index: one document per searchable CV profile (active, with search consent).

No name, email or phone is indexed; result pages read those from the database. The fields are
built by search/documents/build.py and read by the rules of search/queries/rules.py.
"""

from opensearchpy import Boolean, Date, Document, Float, GeoPoint, Integer, Keyword, Object, Text

from .analysis import folded, italian_index, italian_search


def it_text(**kwargs):
    """Text analysed in Italian, with a sub-field that only folds case and accents (for the
    other languages)."""
    return Text(
        analyzer=italian_index,
        search_analyzer=italian_search,
        fields={"folded": Text(analyzer=folded)},
        **kwargs,
    )


class CandidateDocument(Document):
    profile_id = Integer()
    active = Boolean()
    consent_search = Boolean()
    consent_employers = Boolean()
    municipality = Keyword()
    municipality_id = Integer()
    location = GeoPoint()
    radius_km = Integer()
    reach = Keyword()  # municipalities within the radius (vocabulary.reach): the radius filter
    licences = Keyword()
    qualifications = Keyword()
    papers = Keyword()  # licences and qualifications with what they include
    own_vehicle = Boolean()
    occ_worked = Keyword()  # occupations of experience entries (picked)
    occ_described = Keyword()  # occupations named in experience entries (own words)
    occ_wanted = Keyword()  # occupations wanted (picked), not worked
    occ_named = Keyword()  # occupations named in the presentation or free skills
    skills_held = Keyword()  # skills picked or implied by a paper held
    skills_tagged = Keyword()  # skills found in the person's own words
    exp = Keyword()  # "occupation:step" of years worked
    exp_tagged = Keyword()  # the same for experiences named only in words
    experience_years = Float()
    evidence = Object(enabled=False)  # what words or paper gave each found concept
    italian_level = Keyword()
    italian_rank = Integer()
    italian_source = Keyword()
    languages = Keyword()
    available_from = Date()
    available_by = Date()  # the same, or AVAILABLE_NOW without a date: one range clause
    working_time = Keyword()
    shifts_ok = Boolean()
    seasonal_ok = Boolean()
    free_skills = Keyword(index=False, doc_values=False)
    profile_text = it_text()
    updated_at = Date()

    class Index:
        name = "candidates"  # replaced by the prefixed alias (search.client.index_name)
        settings = {"number_of_shards": 1, "number_of_replicas": 0}
