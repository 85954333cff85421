"""Translations of the demo's course catalogue (keys: the Italian segment text), as rows of
(Italian, English, French, Arabic). Names of partners and places stay as in Italian."""

ROWS = [
    ("Corsi e percorsi", "Courses and paths", "Cours et parcours", "الدورات والمسارات"),
    (
        "Corsi di italiano e percorsi di orientamento all'abitare e al lavoro, gratuiti, con mediazione linguistica.",
        "Italian courses and paths to help you find a home and a job: free of charge, with language mediators.",
        "Cours d'italien et parcours pour trouver un logement et un emploi : gratuits, avec des médiateurs linguistiques.",
        "دورات في اللغة الإيطالية ومسارات توجيه للسكن والعمل، مجانية، مع وساطة لغوية.",
    ),
    (
        "Italiano per la vita quotidiana (A1)",
        "Italian for everyday life (A1)",
        "L'italien de tous les jours (A1)",
        "الإيطالية للحياة اليومية (A1)",
    ),
    (
        "Corso di lingua italiana di livello A1: presentarsi, chiedere informazioni, fare la spesa, andare dal medico, leggere avvisi e moduli semplici.",
        "An A1 Italian course: introducing yourself, asking for information, shopping, going to the doctor, reading notices and simple forms.",
        "Cours d'italien de niveau A1 : se présenter, demander un renseignement, faire les courses, aller chez le médecin, lire des avis et des formulaires simples.",
        "دورة لغة إيطالية بمستوى A1: التعريف بنفسك، وطلب المعلومات، والتسوّق، والذهاب إلى الطبيب، وقراءة الإعلانات والاستمارات البسيطة.",
    ),
    (
        "Dati di esempio: orari, posti e iscritti sono inventati per la demo.",
        "Sample data: timetables, seats and enrolments are invented for the demonstration.",
        "Données d'exemple : horaires, places et inscrits sont inventés pour la démonstration.",
        "بيانات مثال: المواعيد والمقاعد والمسجَّلون مختلَقة لأغراض العرض.",
    ),
    (
        "Persone straniere maggiorenni che conoscono poche parole di italiano.",
        "Adult foreign residents who know only a few words of Italian.",
        "Personnes étrangères majeures qui connaissent quelques mots d'italien.",
        "الأشخاص الأجانب البالغون الذين يعرفون كلمات قليلة من الإيطالية.",
    ),
    (
        "Nessun titolo di studio richiesto. Portare un documento d'identità.",
        "No qualifications needed. Bring an identity document.",
        "Aucun diplôme demandé. Apportez une pièce d'identité.",
        "لا يُشترط أي مؤهل دراسي. أحضِر وثيقة هوية.",
    ),
    (
        "Italiano per il lavoro e i servizi (A2)",
        "Italian for work and public services (A2)",
        "L'italien pour le travail et les services (A2)",
        "الإيطالية للعمل والخدمات (A2)",
    ),
    (
        "Corso di italiano di livello A2: parlare al telefono, capire un annuncio di lavoro, scrivere un messaggio, prenotare una visita, parlare con la scuola dei figli.",
        "An A2 Italian course: talking on the phone, understanding a job advert, writing a message, booking a doctor's appointment, talking with your children's school.",
        "Cours d'italien de niveau A2 : parler au téléphone, comprendre une offre d'emploi, écrire un message, prendre un rendez-vous médical, parler avec l'école des enfants.",
        "دورة إيطالية بمستوى A2: التحدث بالهاتف، وفهم إعلان عمل، وكتابة رسالة، وحجز موعد طبي، والتحدث مع مدرسة الأبناء.",
    ),
    (
        "Persone straniere che hanno già un livello A1 di italiano.",
        "Foreign residents who already have A1 Italian.",
        "Personnes étrangères qui ont déjà le niveau A1 en italien.",
        "الأشخاص الأجانب الذين لديهم مستوى A1 في الإيطالية.",
    ),
    (
        "Italiano A1 (anche senza certificato: si fa un breve colloquio).",
        "A1 Italian (a certificate is not needed: a short talk with the teacher is enough).",
        "Italien A1 (sans certificat : un court entretien suffit).",
        "مستوى A1 في الإيطالية (لا حاجة إلى شهادة: تكفي مقابلة قصيرة).",
    ),
    (
        "Trovare casa: percorso di orientamento all'abitare",
        "Finding a home: a housing-orientation path",
        "Trouver un logement : parcours d'orientation",
        "إيجاد سكن: مسار توجيه في مجال السكن",
    ),
    (
        "Quattro incontri per capire come cercare casa in affitto, leggere un contratto, conoscere diritti e doveri dell'inquilino e i contributi per l'affitto.",
        "Four meetings on how to look for a flat to rent, read a contract, know a tenant's rights and duties, and the rent allowances.",
        "Quatre rencontres pour apprendre à chercher un logement à louer, lire un bail, connaître les droits et devoirs du locataire et les aides au loyer.",
        "أربعة لقاءات لفهم كيفية البحث عن سكن للإيجار، وقراءة العقد، ومعرفة حقوق المستأجر وواجباته، ومساعدات الإيجار.",
    ),
    (
        "Famiglie e persone straniere che cercano casa o sono in emergenza abitativa.",
        "Foreign families and people looking for a home or without a safe place to live.",
        "Familles et personnes étrangères qui cherchent un logement ou sont en urgence de logement.",
        "العائلات والأشخاص الأجانب الذين يبحثون عن سكن أو يواجهون حالة طارئة في السكن.",
    ),
    (
        "Conoscenza dell'italiano almeno di base; mediazione linguistica su richiesta.",
        "At least basic Italian; a language mediator on request.",
        "Connaissance de base de l'italien ; médiation linguistique sur demande.",
        "معرفة أساسية بالإيطالية على الأقل؛ وساطة لغوية عند الطلب.",
    ),
    (
        "Cercare lavoro in Maremma: percorso di orientamento al lavoro",
        "Looking for work in the Maremma: a job-orientation path",
        "Chercher du travail en Maremme : parcours d'orientation vers l'emploi",
        "البحث عن عمل في ماريما: مسار توجيه نحو العمل",
    ),
    (
        "Scrivere il curriculum, prepararsi al colloquio, conoscere i contratti e i servizi del Centro per l'Impiego; al termine il profilo entra nel servizio di incontro domanda/offerta.",
        "Writing your CV, preparing for interviews, knowing contracts and the employment centre's services; at the end your profile joins the job-matching service.",
        "Écrire son CV, se préparer à l'entretien, connaître les contrats et les services du Centre pour l'emploi ; à la fin, le profil entre dans le service de mise en relation avec les offres.",
        "كتابة السيرة الذاتية، والاستعداد للمقابلة، ومعرفة العقود وخدمات مركز التشغيل؛ وفي النهاية يدخل ملفك في خدمة المطابقة بين العروض والطلبات.",
    ),
    (
        "Persone straniere in cerca di lavoro, con permesso di soggiorno che consente di lavorare.",
        "Foreign residents looking for work, with a residence permit that allows them to work.",
        "Personnes étrangères qui cherchent du travail, avec un titre de séjour qui permet de travailler.",
        "الأشخاص الأجانب الباحثون عن عمل، ولديهم تصريح إقامة يسمح بالعمل.",
    ),
    (
        "Italiano almeno A2.",
        "At least A2 Italian.",
        "Italien A2 au minimum.",
        "الإيطالية بمستوى A2 على الأقل.",
    ),
]
