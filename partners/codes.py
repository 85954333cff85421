"""The partners' codes (slugs) as written by the data migration, for code that names one."""

COESO = "coeso"
ARCISOLIDARIETA = "arcisolidarieta"
AUXILIUM_VITAE = "auxilium-vitae"
OLYMPIA_DE_GOUGES = "olympia-de-gouges"
PARTECIPAZIONE_SVILUPPO = "partecipazione-sviluppo"
SOLIDARIETA_CRESCITA = "solidarieta-crescita"

# Activities an edition (a course or path) can belong to.
EDITION_ACTIVITIES = ("D.1", "D.2", "E.4")
