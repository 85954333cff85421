"""The partnership and the activities of the project document ("Progetto A.L.I.: Antenne Locali
per l'Integrazione", funded by Regione Toscana, Decreto Dirigenziale n. 20998 del 29/11/2019,
under the call of Decreto Dirigenziale 12595 del 19/07/2019). Titles are the document's own
words (abridged where long); the partners of each activity are those the document names."""

from django.db import migrations

PARTNERS = [
    # slug, short name, name in the document, role
    ("coeso", "COeSO SdS Grosseto",
     "COESO Società della salute delle zone Amiata Grossetana, Colline Metallifere e Grossetana",
     "lead"),
    ("arcisolidarieta", "Arcisolidarietà Grosseto", "ARCISOLIDARIETÀ Grosseto", "partner"),
    ("auxilium-vitae", "Auxilium Vitae Onlus", "AUXILIUM VITAE Onlus", "partner"),
    ("olympia-de-gouges", "Olympia de Gouges Onlus", "OLYMPIA DE GOUGES Onlus", "partner"),
    ("partecipazione-sviluppo", "Partecipazione e Sviluppo Onlus",
     "PARTECIPAZIONE E SVILUPPO Onlus", "partner"),
    ("solidarieta-crescita", "Solidarietà è Crescita Soc. Coop. Soc.",
     "SOLIDARIETÀ è CRESCITA Soc. Coop. Soc.", "partner"),
]

ACTIVITIES = [
    ("A.1", "Potenziamento del Centro di Pronto Intervento Socio-Sanitario sito a Grosseto, "
     "località “La Rugginosa”, per la prima accoglienza dei migranti in provenienza dai luoghi di "
     "sbarco e con destinazione nei CAS", ["coeso"]),
    ("A.2", "Servizio residenziale per donne maltrattate: pronta accoglienza nelle 72h successive "
     "alla dimissione dal Pronto Soccorso (Codice Rosa)", ["auxilium-vitae"]),
    ("B.1", "Potenziamento Casa Rifugio per donne vittime di violenza e i loro figli",
     ["olympia-de-gouges", "coeso"]),
    ("B.2", "Sperimentazione di un servizio di accoglienza temporanea per persone in emergenza "
     "alloggiativa in un'area periurbana di Grosseto", ["solidarieta-crescita"]),
    ("B.3", "Iniziativa pilota di co-housing a favore di 3 famiglie uscite dai CAS in condizione "
     "di marginalità", ["coeso"]),
    ("B.4", "Servizio di accoglienza presso la struttura emergenziale “Il Poggio” (GR) per nuclei "
     "familiari in emergenza abitativa", ["coeso"]),
    ("C.1", "Potenziamento degli sportelli informativi di COeSO presenti a Grosseto, Follonica, "
     "Scansano, Castiglione e Roccastrada", ["coeso"]),
    ("C.2", "Istituzione di “sportelli volanti” nella rete dei sistemi associativi, su fasce "
     "orarie diverse", ["arcisolidarieta"]),
    ("C.3", "Attivazione di uno sportello itinerante", ["partecipazione-sviluppo"]),
    ("D.1", "Percorsi per l'acquisizione di competenze trasversali: un corso di lingua italiana, "
     "un percorso di orientamento all'inserimento abitativo, un percorso di orientamento al mondo "
     "del lavoro", ["auxilium-vitae"]),
    ("D.2", "Corsi di lingua italiana aperti a tutti i cittadini stranieri presso il Punto di "
     "Accesso Facilitato nel Circolo Arci di Grosseto e gli sportelli volanti",
     ["arcisolidarieta"]),
    ("E.1", "Potenziamento del segretariato sociale degli sportelli: accompagnamento dell'utente "
     "per il disbrigo delle pratiche; incrocio domanda/offerta di lavoro con i CPI e supporto "
     "alla redazione del CV", ["coeso", "arcisolidarieta", "partecipazione-sviluppo"]),
    ("E.2", "Infopoint itineranti di ascolto, informazione e orientamento sui servizi e sulle "
     "opportunità del territorio", ["arcisolidarieta"]),
    ("E.3", "Percorso di autonomia lavorativa con alloggio temporaneo a favore di 2 titolari di "
     "protezione internazionale", ["solidarieta-crescita"]),
    ("E.4", "Progetti personalizzati di autonomia lavorativa a favore di 5 donne in carico al CAV "
     "e/o ai servizi sociali (borse lavoro, corsi di formazione, babysitteraggio)",
     ["olympia-de-gouges"]),
]


def load(apps, schema_editor):
    Partner = apps.get_model("partners", "Partner")
    Activity = apps.get_model("partners", "Activity")
    by_slug = {}
    for order, (slug, name, legal_name, role) in enumerate(PARTNERS):
        by_slug[slug], _ = Partner.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "legal_name": legal_name, "role": role, "order": order},
        )
    for order, (code, title, partners) in enumerate(ACTIVITIES):
        activity, _ = Activity.objects.update_or_create(
            code=code, defaults={"action": code[0], "title": title, "order": order}
        )
        activity.partners.set([by_slug[slug] for slug in partners])


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
