"""The Italian analysis chain shared by our indices (OpenSearch analysis-common filters).

Index time: elision, lowercase, asciifolding, Italian stop words, light Italian stemmer.
Search time: the same plus synonym_graph before the stemmer, so "sala" finds "cameriere" and
"assistente familiare" finds "badante".
"""

from opensearchpy import analyzer, token_filter

JOB_SYNONYMS = [
    "cameriere, cameriera, camerieri, cameriere di sala, addetto sala, sala",
    "badante, assistente familiare, collaboratrice familiare, colf",
    "magazziniere, mulettista, carrellista, addetto magazzino",
    "camionista, autotrasportatore, autista patente c, autista camion",
    "corriere, fattorino, autista consegne, rider",
    "bracciante, operaio agricolo, raccoglitore",
    "vendemmia, vendemmiatore, vigna, vigneto",
    "lavapiatti, addetto lavaggio stoviglie",
    "aiuto cuoco, commis di cucina",
    "cuoco, cuoca, chef",
    "oss, operatore socio sanitario",
    "pulizie, addetta pulizie, addetto pulizie",
    "cameriera ai piani, addetta ai piani, riassetto camere",
    "muratore, muratrice, capomastro",
    "manovale, operaio edile",
]

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
job_synonyms = token_filter(
    "ali_it_job_synonyms", type="synonym_graph", synonyms=JOB_SYNONYMS, lenient=True
)

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
        job_synonyms,
        italian_stop,
        italian_stemmer,
    ],
)
