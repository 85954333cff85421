"""The Italian analysis chain shared by our indices (OpenSearch analysis-common filters).

Index time: elision, lowercase, asciifolding, Italian stop words, light Italian stemmer (the
same at search time). Synonyms, in four languages, are not here: they live in the vocabulary,
and the concept tagging (search/concepts.py) turns them into occupations and skills at indexing
time and in the operator's search words. ``folded`` only splits words and folds case, accents
and Arabic letter variants: for text in the other languages.
"""

from opensearchpy import analyzer, token_filter

italian_elision = token_filter(
    "ali_it_elision",
    type="elision",
    articles_case=True,
    articles=[
        "c",
        "l",
        "all",
        "dall",
        "dell",
        "nell",
        "sull",
        "coll",
        "pell",
        "gl",
        "agl",
        "dagl",
        "degl",
        "negl",
        "sugl",
        "un",
        "m",
        "t",
        "s",
        "v",
        "d",
    ],
)
italian_stop = token_filter("ali_it_stop", type="stop", stopwords="_italian_")
italian_stemmer = token_filter("ali_it_stemmer", type="stemmer", language="light_italian")

italian_index = analyzer(
    "ali_italian",
    tokenizer="standard",
    filter=["lowercase", italian_elision, "asciifolding", italian_stop, italian_stemmer],
)
italian_search = analyzer(
    "ali_italian_search",
    tokenizer="standard",
    filter=[
        "lowercase",
        italian_elision,
        "asciifolding",
        italian_stop,
        italian_stemmer,
    ],
)

folded = analyzer(
    "ali_folded",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", "arabic_normalization"],
)
