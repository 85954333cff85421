"""Translations of the demo pages' Italian strings (keys: the Italian segment text).

Used by demo/translations.py through wagtail-localize. Names, addresses and slugs are
not listed: they stay as in Italian.
"""

from demo.data.programme import PROJECT
from demo.data.programme_pages import TRANSLATIONS as PROGRAMME_TRANSLATIONS
from demo.data.translations_courses import ROWS as COURSES
from demo.data.translations_events import ROWS as EVENTS_AND_NEWS
from demo.data.translations_offers import ROWS as OFFERS_AND_CONTACT
from demo.data.translations_site_fr import FR_SITE

_HOME_DESC = PROJECT["description"][:300]

EN = {
    "A.L.I. — Antenne Locali per l'Integrazione": "A.L.I. — Local Help Points for Integration",
    _HOME_DESC: "A.L.I. is a social-integration programme of COeSO and five third-sector partners: help desks, mobile desks and info points in the Grosseto area.",
    "Corsi di italiano, percorsi di orientamento all'abitare e al lavoro, sportelli e incontro tra domanda e offerta di lavoro con i Centri per l'Impiego, per le cittadine e i cittadini stranieri dell'area grossetana.": "Italian courses, help to find a home and a job, help desks, and job matching with the public employment centres, for foreign residents of the Grosseto area.",
    "Sportelli": "Help desks",
    "Gli sportelli A.L.I. danno informazioni e accompagnamento su permesso di soggiorno, ricongiungimento familiare, cittadinanza, corsi di italiano, casa e lavoro. L'accesso è gratuito.": "A.L.I. help desks give information and support on residence permits, family reunification, citizenship, Italian courses, housing and work. They are free.",
    "Notizie": "News",
    "Novità dagli sportelli, dai corsi e dai servizi per il lavoro.": "News from the help desks, the courses and the job services.",
    "Eventi": "Events",
    "Dove trovare gli sportelli volanti e i punti informativi itineranti A.L.I. nelle prossime settimane: mercati e piazze dei comuni.": "Where to find A.L.I. mobile desks and info points in the coming weeks: markets and town squares.",
    "Sportello A.L.I. Grosseto": "A.L.I. help desk, Grosseto",
    "Sportello A.L.I. Follonica": "A.L.I. help desk, Follonica",
    "Sportello A.L.I. Scansano (sportello virtuale)": "A.L.I. help desk, Scansano (online desk)",
    "Sportello A.L.I. Castiglione della Pescaia": "A.L.I. help desk, Castiglione della Pescaia",
    "Sportello A.L.I. Roccastrada": "A.L.I. help desk, Roccastrada",
    "Indirizzo, orari (lun, mer, gio, ven 10-14) e telefono 0564/439225 sono quelli dello Sportello Info Immigrati COeSO nel 2010 (confermato in via Verdi 5 anche nel 2011): da verificare prima della pubblicazione. Presidio fisso COeSO insieme a Follonica. Coordinate approssimative (centro città).": "Address, hours (Mon, Wed, Thu, Fri 10-14) and phone 0564/439225 are those of the COeSO immigrant information desk in 2010 (still at Via Verdi 5 in 2011): to be checked. A permanent COeSO desk, like Follonica. Map position approximate (town centre).",
    "Sportello Info immigrati COeSO aperto in via Roma (ex Casello idraulico) a luglio 2018, diventato servizio stabile; coordinato da Cristina Totti. Orari del 2018 (mar 10-12.45 e 15-17, gio 10-12.45): da verificare. Numero civico non indicato dalle fonti. Coordinate approssimative (centro città).": "COeSO immigrant information desk opened in Via Roma (former Casello idraulico) in July 2018 and became permanent. Hours from 2018 (Tue 10-12.45 and 15-17, Thu 10-12.45): to be checked. Street number unknown. Map position approximate (town centre).",
    '"Sportello virtuale info immigrati" attivato dal Comune con COeSO (apertura martedì 27 settembre, con ogni probabilità 2022): il personale comunale si collega in via telematica con gli sportelli Info Immigrati; per le pratiche complesse un operatore fissa un appuntamento in presenza. Telefono ed e-mail sono quelli dell\'ufficio protocollo del Comune, indicati per prenotare. Via e numero civico della sede non indicati. Coordinate approssimative (centro paese).': "An online immigrant information desk opened by the town council with COeSO (probably in September 2022): council staff connect you by video with the desk operators; for complex cases an operator books a face-to-face appointment. Phone and email are those of the council office, for bookings. Street address unknown. Map position approximate (village centre).",
    "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di Castiglione della Pescaia (già nel 2009) con i servizi comuni a tutti gli sportelli. Sede, orari e contatti sono di esempio (Piazza Garibaldi è una piazza reale del centro, non la sede accertata). Coordinate approssimative (centro paese).": "Sources only confirm that COeSO runs an immigrant information desk in Castiglione della Pescaia (since 2009) with the usual services. Address, hours and contacts are sample data. Map position approximate (village centre).",
    "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di Roccastrada (già nel 2009). Corso Roma 8 è l'indirizzo reale del Municipio (dove dal 2023 c'è anche lo sportello ARTI del mercoledì), ma non è la sede accertata dello sportello immigrati. Orari e contatti di esempio. Coordinate approssimative (centro paese).": "Sources only confirm that COeSO runs an immigrant information desk in Roccastrada (since 2009). Corso Roma 8 is the town hall (with the ARTI job desk on Wednesdays since 2023), not a confirmed address of this desk. Hours and contacts are sample data. Map position approximate (village centre).",
    "Chi siamo": "About us",
    "Al via A.L.I., cinque antenne per l'integrazione in Maremma": "A.L.I. starts: five local help points for integration in the Maremma",
    "COeSO e cinque partner del terzo settore avviano una rete di sportelli, sportelli volanti e punti informativi itineranti per le persone straniere dell'area grossetana.": "COeSO and five third-sector partners start a network of help desks, mobile desks and info points for foreign residents of the Grosseto area.",
    'Grosseto, Follonica, Scansano, Castiglione della Pescaia e Roccastrada: sono questi i cinque comuni che ospitano le "antenne" del programma A.L.I., pensato per portare informazioni e accompagnamento il più vicino possibile a chi ne ha bisogno.': 'Grosseto, Follonica, Scansano, Castiglione della Pescaia and Roccastrada host the programme\'s local help points ("antenne"), to bring information and support as close as possible to the people who need them.',
    "Agli sportelli si possono chiedere informazioni su permesso di soggiorno, cittadinanza e ricongiungimento familiare, iscriversi ai corsi di italiano e iniziare percorsi di orientamento all'abitare e al lavoro.": "At the desks you can ask about residence permits, citizenship and family reunification, enrol in Italian courses and start a path to find a home or a job.",
    "Nei mesi estivi e nei giorni di mercato gli operatori saranno presenti anche con sportelli volanti nelle piazze dei paesi.": "In summer and on market days, staff will also be in town squares with mobile desks.",
    "Illustrazione astratta a righe diagonali (immagine di esempio)": "Abstract illustration with diagonal stripes (sample image)",
    "Follonica, lo sportello per gli stranieri in via Roma diventa stabile": "Follonica: the desk for foreign residents in Via Roma becomes permanent",
    "Dal luglio 2018 lo Sportello Info immigrati del COeSO ha una sede fissa nell'ex Casello idraulico di via Roma e un orario settimanale.": "Since July 2018 the COeSO immigrant information desk has had a permanent office in the former Casello idraulico in Via Roma, with weekly hours.",
    "Fino ad allora un'operatrice raggiungeva Follonica una volta a settimana; con l'allargamento della Società della Salute il servizio è diventato continuo ed è entrato nel contesto degli altri sportelli aperti al pubblico.": "Until then an operator came to Follonica once a week; now the service is permanent, like the other desks open to the public.",
    "Lo sportello, rivolto a stranieri e italiani, offre informazione e orientamento su diritti e doveri e aiuta nelle pratiche per permesso di soggiorno, cittadinanza e ricongiungimenti familiari.": "The desk, open to foreign and Italian residents, gives information on rights and duties and helps with residence permits, citizenship and family reunification.",
    "Gli orari indicati all'apertura erano il martedì dalle 10 alle 12.45 e dalle 15 alle 17, il giovedì dalle 10 alle 12.45.": "When it opened, the hours were Tuesday 10-12.45 and 15-17, Thursday 10-12.45.",
}

AR = {
    "A.L.I. — Antenne Locali per l'Integrazione": "⁦A.L.I.⁩ — نقاط المساعدة المحلية للاندماج",
    _HOME_DESC: "⁦A.L.I.⁩ برنامج للاندماج الاجتماعي تديره COeSO مع خمسة شركاء من القطاع الثالث: مكاتب مساعدة ومكاتب متنقلة ونقاط معلومات في منطقة غروسيتو.",
    "Corsi di italiano, percorsi di orientamento all'abitare e al lavoro, sportelli e incontro tra domanda e offerta di lavoro con i Centri per l'Impiego, per le cittadine e i cittadini stranieri dell'area grossetana.": "دورات في اللغة الإيطالية، ومساعدة في إيجاد سكن وعمل، ومكاتب مساعدة، وربط بين الباحثين عن عمل وأصحاب العمل مع مراكز التوظيف، للمقيمين الأجانب في منطقة غروسيتو.",
    "Sportelli": "مكاتب المساعدة",
    "Gli sportelli A.L.I. danno informazioni e accompagnamento su permesso di soggiorno, ricongiungimento familiare, cittadinanza, corsi di italiano, casa e lavoro. L'accesso è gratuito.": "تقدم مكاتب ⁦A.L.I.⁩ المعلومات والمرافقة بخصوص تصريح الإقامة ولمّ شمل الأسرة والجنسية ودورات اللغة الإيطالية والسكن والعمل. الخدمة مجانية.",
    "Notizie": "الأخبار",
    "Novità dagli sportelli, dai corsi e dai servizi per il lavoro.": "أخبار من المكاتب والدورات وخدمات العمل.",
    "Eventi": "الفعاليات",
    "Dove trovare gli sportelli volanti e i punti informativi itineranti A.L.I. nelle prossime settimane: mercati e piazze dei comuni.": "أين تجد المكاتب المتنقلة ونقاط المعلومات التابعة لـ ⁦A.L.I.⁩ في الأسابيع القادمة: الأسواق وساحات البلدات.",
    "Sportello A.L.I. Grosseto": "مكتب ⁦A.L.I.⁩ في غروسيتو",
    "Sportello A.L.I. Follonica": "مكتب ⁦A.L.I.⁩ في فولونيكا",
    "Sportello A.L.I. Scansano (sportello virtuale)": "مكتب ⁦A.L.I.⁩ في سكانسانو (مكتب عبر الإنترنت)",
    "Sportello A.L.I. Castiglione della Pescaia": "مكتب ⁦A.L.I.⁩ في كاستيليوني ديلا بيسكايا",
    "Sportello A.L.I. Roccastrada": "مكتب ⁦A.L.I.⁩ في روكاسترادا",
    "Indirizzo, orari (lun, mer, gio, ven 10-14) e telefono 0564/439225 sono quelli dello Sportello Info Immigrati COeSO nel 2010 (confermato in via Verdi 5 anche nel 2011): da verificare prima della pubblicazione. Presidio fisso COeSO insieme a Follonica. Coordinate approssimative (centro città).": "العنوان والمواعيد (الاثنين والأربعاء والخميس والجمعة 10-14) والهاتف 0564/439225 هي بيانات مكتب معلومات المهاجرين التابع لـ COeSO في عام 2010: يجب التحقق منها. الموقع على الخريطة تقريبي (وسط المدينة).",
    "Sportello Info immigrati COeSO aperto in via Roma (ex Casello idraulico) a luglio 2018, diventato servizio stabile; coordinato da Cristina Totti. Orari del 2018 (mar 10-12.45 e 15-17, gio 10-12.45): da verificare. Numero civico non indicato dalle fonti. Coordinate approssimative (centro città).": "افتُتح مكتب معلومات المهاجرين التابع لـ COeSO في شارع روما في يوليو 2018 وأصبح خدمة دائمة. مواعيد 2018 (الثلاثاء 10-12.45 و15-17، الخميس 10-12.45): يجب التحقق منها. الموقع على الخريطة تقريبي (وسط المدينة).",
    '"Sportello virtuale info immigrati" attivato dal Comune con COeSO (apertura martedì 27 settembre, con ogni probabilità 2022): il personale comunale si collega in via telematica con gli sportelli Info Immigrati; per le pratiche complesse un operatore fissa un appuntamento in presenza. Telefono ed e-mail sono quelli dell\'ufficio protocollo del Comune, indicati per prenotare. Via e numero civico della sede non indicati. Coordinate approssimative (centro paese).': "مكتب معلومات للمهاجرين عبر الإنترنت فتحته البلدية مع COeSO (على الأرجح في سبتمبر 2022): يتصل موظفو البلدية بالفيديو مع موظفي المكاتب؛ وللحالات المعقدة يحدد موظف موعدًا حضوريًا. الهاتف والبريد الإلكتروني هما لمكتب البلدية للحجز. الموقع على الخريطة تقريبي.",
    "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di Castiglione della Pescaia (già nel 2009) con i servizi comuni a tutti gli sportelli. Sede, orari e contatti sono di esempio (Piazza Garibaldi è una piazza reale del centro, non la sede accertata). Coordinate approssimative (centro paese).": "تؤكد المصادر فقط أن COeSO تدير مكتب معلومات للمهاجرين في كاستيليوني ديلا بيسكايا (منذ 2009). العنوان والمواعيد ووسائل الاتصال بيانات مثال. الموقع على الخريطة تقريبي.",
    "Le fonti confermano solo che COeSO gestisce uno sportello info-immigrati nel comune di Roccastrada (già nel 2009). Corso Roma 8 è l'indirizzo reale del Municipio (dove dal 2023 c'è anche lo sportello ARTI del mercoledì), ma non è la sede accertata dello sportello immigrati. Orari e contatti di esempio. Coordinate approssimative (centro paese).": "تؤكد المصادر فقط أن COeSO تدير مكتب معلومات للمهاجرين في روكاسترادا (منذ 2009). العنوان هو مقر البلدية وليس عنوانًا مؤكدًا لهذا المكتب. المواعيد ووسائل الاتصال بيانات مثال. الموقع على الخريطة تقريبي.",
    "Chi siamo": "من نحن",
    "Al via A.L.I., cinque antenne per l'integrazione in Maremma": "انطلاق ⁦A.L.I.⁩: خمس نقاط مساعدة محلية للاندماج في ماريما",
    "COeSO e cinque partner del terzo settore avviano una rete di sportelli, sportelli volanti e punti informativi itineranti per le persone straniere dell'area grossetana.": "تطلق COeSO وخمسة شركاء من القطاع الثالث شبكة من المكاتب والمكاتب المتنقلة ونقاط المعلومات للمقيمين الأجانب في منطقة غروسيتو.",
    'Grosseto, Follonica, Scansano, Castiglione della Pescaia e Roccastrada: sono questi i cinque comuni che ospitano le "antenne" del programma A.L.I., pensato per portare informazioni e accompagnamento il più vicino possibile a chi ne ha bisogno.': "غروسيتو وفولونيكا وسكانسانو وكاستيليوني ديلا بيسكايا وروكاسترادا هي البلدات الخمس التي تستضيف نقاط المساعدة المحلية للبرنامج، لتقريب المعلومات والمرافقة من الأشخاص الذين يحتاجونها.",
    "Agli sportelli si possono chiedere informazioni su permesso di soggiorno, cittadinanza e ricongiungimento familiare, iscriversi ai corsi di italiano e iniziare percorsi di orientamento all'abitare e al lavoro.": "في المكاتب يمكنك السؤال عن تصريح الإقامة والجنسية ولمّ شمل الأسرة، والتسجيل في دورات اللغة الإيطالية، وبدء مسار للعثور على سكن أو عمل.",
    "Nei mesi estivi e nei giorni di mercato gli operatori saranno presenti anche con sportelli volanti nelle piazze dei paesi.": "في الصيف وأيام السوق سيكون الموظفون أيضًا في ساحات البلدات مع المكاتب المتنقلة.",
    "Illustrazione astratta a righe diagonali (immagine di esempio)": "رسم تجريدي بخطوط مائلة (صورة مثال)",
    "Follonica, lo sportello per gli stranieri in via Roma diventa stabile": "فولونيكا: مكتب المقيمين الأجانب في شارع روما يصبح دائمًا",
    "Dal luglio 2018 lo Sportello Info immigrati del COeSO ha una sede fissa nell'ex Casello idraulico di via Roma e un orario settimanale.": "منذ يوليو 2018 أصبح لمكتب معلومات المهاجرين التابع لـ COeSO مقر دائم في شارع روما ومواعيد أسبوعية.",
    "Fino ad allora un'operatrice raggiungeva Follonica una volta a settimana; con l'allargamento della Società della Salute il servizio è diventato continuo ed è entrato nel contesto degli altri sportelli aperti al pubblico.": "قبل ذلك كانت موظفة تأتي إلى فولونيكا مرة في الأسبوع؛ الآن أصبحت الخدمة دائمة مثل المكاتب الأخرى المفتوحة للجمهور.",
    "Lo sportello, rivolto a stranieri e italiani, offre informazione e orientamento su diritti e doveri e aiuta nelle pratiche per permesso di soggiorno, cittadinanza e ricongiungimenti familiari.": "المكتب مفتوح للأجانب والإيطاليين، ويقدم المعلومات حول الحقوق والواجبات ويساعد في إجراءات تصريح الإقامة والجنسية ولمّ شمل الأسرة.",
    "Gli orari indicati all'apertura erano il martedì dalle 10 alle 12.45 e dalle 15 alle 17, il giovedì dalle 10 alle 12.45.": "عند الافتتاح كانت المواعيد: الثلاثاء 10-12.45 و15-17، والخميس 10-12.45.",
}

FR = {
    "A.L.I. — Antenne Locali per l'Integrazione": "A.L.I. — Points d'appui locaux pour l'intégration",
    _HOME_DESC: "A.L.I. est un programme d'intégration sociale de COeSO et de cinq partenaires associatifs : guichets, guichets mobiles et points d'information dans la région de Grosseto.",
    "Corsi di italiano, percorsi di orientamento all'abitare e al lavoro, sportelli e incontro tra domanda e offerta di lavoro con i Centri per l'Impiego, per le cittadine e i cittadini stranieri dell'area grossetana.": "Cours d'italien, aide pour trouver un logement et un travail, guichets d'accueil et mise en relation avec les employeurs par les centres pour l'emploi, pour les résidents étrangers de la région de Grosseto.",
    "Sportelli": "Guichets d'accueil",
    "Gli sportelli A.L.I. danno informazioni e accompagnamento su permesso di soggiorno, ricongiungimento familiare, cittadinanza, corsi di italiano, casa e lavoro. L'accesso è gratuito.": "Les guichets A.L.I. informent et accompagnent pour le titre de séjour, le regroupement familial, la nationalité, les cours d'italien, le logement et le travail. C'est gratuit.",
    "Notizie": "Actualités",
    "Novità dagli sportelli, dai corsi e dai servizi per il lavoro.": "Les nouvelles des guichets, des cours et des services pour l'emploi.",
    "Eventi": "Événements",
    "Dove trovare gli sportelli volanti e i punti informativi itineranti A.L.I. nelle prossime settimane: mercati e piazze dei comuni.": "Où trouver les guichets mobiles et les points d'information A.L.I. dans les prochaines semaines : marchés et places des villes.",
}

FR.update(FR_SITE)


def _by_language(*tables: list[tuple[str, str, str, str]]) -> dict[str, dict[str, str]]:
    """Rows of (Italian, English, French, Arabic) as a table per language."""
    languages = {"en": {}, "fr": {}, "ar": {}}
    for rows in tables:
        for italian, en, fr, ar in rows:
            languages["en"][italian] = en
            languages["fr"][italian] = fr
            languages["ar"][italian] = ar
    return languages


STRINGS: dict[str, dict[str, str]] = {"en": EN, "ar": AR, "fr": FR}

# The programme's pages of issue 11 (Chi siamo, housing, work and training, help for women, the
# itinerant desk) keep their translations beside their Italian text.
for _language, _table in PROGRAMME_TRANSLATIONS.items():
    STRINGS[_language].update(_table)
for _code, _table in _by_language(COURSES, EVENTS_AND_NEWS, OFFERS_AND_CONTACT).items():
    STRINGS[_code].update(_table)
