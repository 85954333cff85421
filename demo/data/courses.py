"""The course catalogue of the demo: Italian courses (A1, A2) and the housing- and
work-orientation paths, with their editions relative to today, and the sample learners.

Titles, partners and venues follow demo/data/desks.py and demo/data/programme.py; the learners,
their attendance, the seats and the timetables are sample data ("dati di esempio").
"""

from courses.models import CourseKind, Edition

# Sample learners (invented names), with the language they read best.
EXTRA_LEARNERS = [
    ("fatou.sow", "Fatou", "Sow", "fr"),
    ("omar.benali", "Omar", "Ben Ali", "ar"),
    ("joy.okafor", "Joy", "Okafor", "en"),
    ("mariam.traore", "Mariam", "Traoré", "fr"),
    ("youssef.amrani", "Youssef", "Amrani", "ar"),
    ("grace.mensah", "Grace", "Mensah", "en"),
    ("ibrahim.keita", "Ibrahim", "Keita", "fr"),
    ("nadia.haddou", "Nadia", "Haddou", "ar"),
    ("olena.kovalenko", "Olena", "Kovalenko", "en"),
    ("abdou.diop", "Abdou", "Diop", "fr"),
    ("leila.mansour", "Leila", "Mansour", "ar"),
    ("kwame.asante", "Kwame", "Asante", "en"),
    ("aicha.cisse", "Aïcha", "Cissé", "fr"),
    ("hassan.rahimi", "Hassan", "Rahimi", "en"),
    ("salma.idrissi", "Salma", "Idrissi", "ar"),
    ("moussa.camara", "Moussa", "Camara", "fr"),
]

# Sample learners registered at a desk, without an email address (messages reach them through
# the operators' call list); they miss many lessons of the running A1 course and are warned.
DESK_LEARNERS = [
    ("bakary.toure", "Bakary", "Touré", "fr", "+39 320 000 0101"),
    ("rahel.tesfaye", "Rahel", "Tesfaye", "en", "+39 320 000 0102"),
]

# Walk-ins of the running A1 course (no account): name and phone as a teacher wrote them down.
WALK_INS = [("Awa Ndiaye", "+39 320 000 0201")]

# Topics of the A1 lessons, in the order of the course (sample syllabus, dati di esempio).
A1_TOPICS = [
    "Presentarsi: nome, paese, lingue",
    "I numeri e l'alfabeto: dire il proprio telefono e indirizzo",
    "I giorni e le ore: appuntamenti",
    "Al mercato: frutta, verdura, prezzi",
    "La casa e la famiglia",
    "Dal medico: il corpo, i sintomi",
    "Chiedere informazioni in città: autobus e uffici",
    "Compilare un modulo",
    "Al lavoro: orari e mansioni",
    "Il tempo libero",
]

COURSES = [
    {
        "slug": "italiano-a1-grosseto",
        "title": "Italiano per la vita quotidiana (A1)",
        "kind": CourseKind.ITALIAN,
        "cefr_level": "A1",
        "summary": "Corso di lingua italiana di livello A1: presentarsi, chiedere informazioni, "
        "fare la spesa, andare dal medico, leggere avvisi e moduli semplici.",
        "audience": "Persone straniere maggiorenni che conoscono poche parole di italiano.",
        "requirements": "Nessun titolo di studio richiesto. Portare un documento d'identità.",
        "partner": "Arcisolidarietà Grosseto",
        "support_languages": ["en", "fr", "ar"],
        "venue": ("Sportello A.L.I. Grosseto", "Via Giuseppe Verdi 5, Grosseto", "Grosseto"),
        "editions": [
            # running since five weeks, with past lessons and attendance
            {
                "start": -35,
                "weeks": 10,
                "capacity": 20,
                "status": Edition.Status.RUNNING,
                "slots": [(1, "09:30", "11:30"), (3, "09:30", "11:30")],
                "learners": 14,
                "with_demo_learners": True,
            },
            # the next one, enrolment open
            {
                "start": 21,
                "weeks": 10,
                "capacity": 20,
                "status": Edition.Status.OPEN,
                "slots": [(0, "17:30", "19:30"), (2, "17:30", "19:30")],
                "learners": 4,
            },
        ],
    },
    {
        "slug": "italiano-a2-follonica",
        "title": "Italiano per il lavoro e i servizi (A2)",
        "kind": CourseKind.ITALIAN,
        "cefr_level": "A2",
        "summary": "Corso di italiano di livello A2: parlare al telefono, capire un annuncio di "
        "lavoro, scrivere un messaggio, prenotare una visita, parlare con la scuola dei figli.",
        "audience": "Persone straniere che hanno già un livello A1 di italiano.",
        "requirements": "Italiano A1 (anche senza certificato: si fa un breve colloquio).",
        "partner": "Solidarietà è Crescita",
        "support_languages": ["en", "ar"],
        "venue": (
            "Sportello A.L.I. Follonica",
            "Via Roma (ex Casello idraulico), Follonica",
            "Follonica",
        ),
        "editions": [
            # full: every seat taken, three people waiting
            {
                "start": 10,
                "weeks": 8,
                "capacity": 8,
                "status": Edition.Status.OPEN,
                "slots": [(1, "15:00", "17:00"), (4, "15:00", "17:00")],
                "learners": 11,
            },
        ],
    },
    {
        "slug": "orientamento-abitare-follonica",
        "title": "Trovare casa: percorso di orientamento all'abitare",
        "kind": CourseKind.HOUSING,
        "cefr_level": "",
        "summary": "Quattro incontri per capire come cercare casa in affitto, leggere un "
        "contratto, conoscere diritti e doveri dell'inquilino e i contributi per l'affitto.",
        "audience": "Famiglie e persone straniere che cercano casa o sono in emergenza abitativa.",
        "requirements": "Conoscenza dell'italiano almeno di base; mediazione linguistica su "
        "richiesta.",
        "partner": "Solidarietà è Crescita",
        "support_languages": ["en", "ar"],
        "venue": (
            "Sportello A.L.I. Follonica",
            "Via Roma (ex Casello idraulico), Follonica",
            "Follonica",
        ),
        "editions": [
            {
                "start": 14,
                "weeks": 4,
                "capacity": 15,
                "status": Edition.Status.OPEN,
                "slots": [(3, "17:30", "19:30")],
                "learners": 3,
            },
        ],
    },
    {
        "slug": "orientamento-lavoro-grosseto",
        "title": "Cercare lavoro in Maremma: percorso di orientamento al lavoro",
        "kind": CourseKind.WORK,
        "cefr_level": "",
        "summary": "Scrivere il curriculum, prepararsi al colloquio, conoscere i contratti e "
        "i servizi del Centro per l'Impiego; al termine il profilo entra nel servizio di "
        "incontro domanda/offerta.",
        "audience": "Persone straniere in cerca di lavoro, con permesso di soggiorno che consente "
        "di lavorare.",
        "requirements": "Italiano almeno A2.",
        "partner": "Auxilium Vitae",
        "support_languages": ["en", "fr"],
        "venue": ("Sportello A.L.I. Grosseto", "Via Giuseppe Verdi 5, Grosseto", "Grosseto"),
        "editions": [
            {
                "start": 7,
                "weeks": 6,
                "capacity": 12,
                "status": Edition.Status.OPEN,
                "slots": [(2, "15:00", "17:00")],
                "learners": 5,
            },
        ],
    },
]
