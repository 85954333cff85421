"""The programme's pages (issue 11) in Italian with their English, French and Arabic texts:
*Chi siamo*, housing support, work and training, help for women, the itinerant desk.

Each Italian text is written once, through ``tr(it, en, fr, ar)``, which records its translations
in ``TRANSLATIONS`` (keyed by the Italian text, as wagtail-localize segments them) and returns
the Italian text for the page. demo/data/translations.py merges ``TRANSLATIONS`` into its
tables. Names, addresses and phone numbers are not translated.

Facts about the programme: the project document (``SRC_PROGETTO``); the 1522 number: the
Department for Equal Opportunities' service (``SRC_1522``); the anti-violence centre's public
numbers: local press (2021), to be checked; CPI and CPIA: demo/data/employment.py with its sources.
Never the address of a protected place (shelter, Casa Rifugio, emergency facilities).
"""

from cms.models import WORK_AND_TRAINING_SLUG
from demo.data.employment import CPI, CPIA
from demo.data.programme import ACTIVITIES, PROJECT, TARGETS
from demo.data.sources import (
    SRC_1522,
    SRC_1522_GOV,
    SRC_OLYMPIA_CONTATTI_2021,
    SRC_OLYMPIA_CONTATTI_NAZIONE,
    SRC_PROGETTO,
)

TRANSLATIONS: dict[str, dict[str, str]] = {"en": {}, "fr": {}, "ar": {}}


def tr(it: str, en: str, fr: str, ar: str) -> str:
    TRANSLATIONS["en"][it] = en
    TRANSLATIONS["fr"][it] = fr
    TRANSLATIONS["ar"][it] = ar
    return it


def heading(text: str, level: str = "h2") -> tuple[str, dict[str, str]]:
    return ("heading", {"text": text, "level": level})


def paragraph(*texts: str) -> tuple[str, str]:
    return ("paragraph", "".join(f"<p>{t}</p>" for t in texts))


def bullets(items: list[str]) -> tuple[str, str]:
    return ("paragraph", "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")


# --- Chi siamo -------------------------------------------------------------------------------

tr(
    PROJECT["description"],
    "A.L.I. – Local Help Points for Integration is a project of COeSO, the health and social services "
    "consortium of the Grosseto area (lead partner), with five third-sector partners, funded by "
    "the Region of Tuscany. Through the help desks in Grosseto, Follonica, Scansano, Castiglione "
    "della Pescaia and Roccastrada, the flying desks, the itinerant desk and the info points, it "
    "offers information and advice on residence and citizenship, Italian courses, help to find "
    "a home and a job, emergency accommodation, and a job-matching service agreed with the "
    "public employment centres.",
    "A.L.I. – Points d'appui locaux pour l'intégration est un projet de COeSO, le consortium des "
    "services sanitaires et sociaux de la région de Grosseto (chef de file), avec cinq "
    "partenaires associatifs, financé par la Région Toscane. Par les guichets de Grosseto, "
    "Follonica, Scansano, Castiglione della Pescaia et Roccastrada, les guichets volants, le "
    "guichet itinérant et les points d'information, il offre information et conseil sur le "
    "séjour et la nationalité, des cours d'italien, une aide pour trouver un logement et un "
    "travail, un accueil d'urgence et un service de mise en relation avec les employeurs en "
    "accord avec les centres pour l'emploi.",
    "⁦A.L.I.⁩ – نقاط المساعدة المحلية للاندماج مشروع لـ COeSO، اتحاد الخدمات الصحية والاجتماعية في منطقة "
    "غروسيتو (الشريك الرئيسي)، مع خمسة شركاء من القطاع الثالث، بتمويل من إقليم توسكانا. من خلال "
    "مكاتب غروسيتو وفولونيكا وسكانسانو وكاستيليوني ديلا بيسكايا وروكاسترادا، والمكاتب الطائرة، "
    "والمكتب المتجول ونقاط المعلومات، يقدم المعلومات والاستشارة حول الإقامة والجنسية، ودورات "
    "اللغة الإيطالية، والمساعدة في إيجاد سكن وعمل، والاستقبال في حالات الطوارئ، وخدمة للربط بين "
    "الباحثين عن عمل وأصحاب العمل بالاتفاق مع مراكز التوظيف.",
)

ABOUT_BODY = [
    heading(
        tr(
            "Chi realizza il progetto",
            "Who runs the project",
            "Qui réalise le projet",
            "من ينفذ المشروع",
        )
    ),
    paragraph(
        tr(
            PROJECT["lead"],
            "Lead partner: COeSO – the health and social services consortium (Società della "
            "Salute) of the Amiata Grossetana, Colline Metallifere and Grossetana areas.",
            "Chef de file : COeSO – le consortium des services sanitaires et sociaux (Società "
            "della Salute) des zones Amiata Grossetana, Colline Metallifere et Grossetana.",
            "الشريك الرئيسي: COeSO – اتحاد الخدمات الصحية والاجتماعية (Società della Salute) "
            "لمناطق أمياتا غروسيتانا وكولينه ميتاليفيره وغروسيتانا.",
        ),
        tr(
            PROJECT["area"],
            "Area: the Amiata Grossetana – Colline Metallifere – Grossetana health district.",
            "Territoire : le district Amiata Grossetana – Colline Metallifere – Grossetana.",
            "المنطقة: قطاع أمياتا غروسيتانا – كولينه ميتاليفيره – غروسيتانا.",
        ),
    ),
    heading(tr("I partner", "The partners", "Les partenaires", "الشركاء")),
    bullets([f"<b>{p['name']}</b>: {p['about']}" for p in PROJECT["partners"]]),
    heading(
        tr(
            "Le attività e chi le realizza",
            "The activities and who carries them out",
            "Les activités et qui les réalise",
            "الأنشطة ومن ينفذها",
        )
    ),
    bullets([f"<b>{code}</b> {text}" for code, text, _partners in ACTIVITIES]),
    heading(tr("Destinatari", "Who the project is for", "Bénéficiaires", "المستفيدون")),
    bullets(TARGETS),
    heading(tr("Finanziamento", "Funding", "Financement", "التمويل")),
    paragraph(
        tr(
            PROJECT["funding"],
            "A project funded by the Region of Tuscany (Executive Decree no. 20998 of "
            "29/11/2019), under the public call for projects of social integration and cohesion "
            "in Tuscan communities and for the protection of people's essential needs (Executive "
            "Decree no. 12595 of 19/07/2019).",
            "Projet financé par la Région Toscane (décret n° 20998 du 29/11/2019), dans le cadre "
            "de l'appel à projets d'intégration et de cohésion sociale dans les communautés "
            "toscanes et de protection des besoins essentiels de la personne (décret n° 12595 "
            "du 19/07/2019).",
            "مشروع بتمويل من إقليم توسكانا (المرسوم رقم 20998 بتاريخ 29/11/2019)، في إطار الدعوة "
            "العامة لمشاريع الاندماج والتماسك الاجتماعي في مجتمعات توسكانا وحماية الاحتياجات "
            "الأساسية للإنسان (المرسوم رقم 12595 بتاريخ 19/07/2019).",
        )
    ),
]

# Partners' descriptions (the list items of *Chi siamo*).
_PARTNER_TEXTS = {
    "Arcisolidarietà Grosseto": (
        "an association founded in June 2005 by ARCI Grosseto; projects on legality, "
        "multiculturalism and social inclusion.",
        "association fondée en juin 2005 par l'ARCI de Grosseto ; projets sur la légalité, le "
        "multiculturalisme et l'inclusion sociale.",
        "جمعية تأسست في يونيو 2005 من فرع ARCI في غروسيتو؛ مشاريع حول الشرعية والتعددية الثقافية "
        "والإدماج الاجتماعي.",
    ),
    "Auxilium Vitae": (
        "a social cooperative of Grosseto that since 2014 has run reception centres for asylum "
        "seekers in the province, and courses on rights and work.",
        "coopérative sociale de Grosseto qui gère depuis 2014 des centres d'accueil pour "
        "demandeurs d'asile dans la province, et des cours sur les droits et le travail.",
        "تعاونية اجتماعية في غروسيتو تدير منذ 2014 مراكز استقبال لطالبي اللجوء في المقاطعة، "
        "ودورات حول الحقوق والعمل.",
    ),
    "Olympia de Gouges": (
        "an association and anti-violence centre active across the province of Grosseto since "
        "1999, with six offices; it also helps women who came from other countries.",
        "association et centre anti-violence actif dans toute la province de Grosseto depuis "
        "1999, avec six antennes ; il aide aussi les femmes venues d'autres pays.",
        "جمعية ومركز لمناهضة العنف يعمل في كل مقاطعة غروسيتو منذ 1999، وله ستة مقرات؛ يساعد أيضًا "
        "النساء القادمات من بلدان أخرى.",
    ),
    "Partecipazione e Sviluppo": (
        "a non-profit partner of the project: it runs the itinerant desk and, in its own "
        "services, job matching and help with CVs.",
        "association partenaire du projet : elle anime le guichet itinérant et, dans ses "
        "propres services, la mise en relation avec les employeurs et l'aide au CV.",
        "جمعية غير ربحية شريكة في المشروع: تدير المكتب المتجول، وفي خدماتها الخاصة الربط بين "
        "الباحثين عن عمل وأصحاب العمل والمساعدة في السيرة الذاتية.",
    ),
    "Solidarietà è Crescita": (
        "a social cooperative founded in Grosseto in 1998: job placement for disadvantaged "
        "people and, since 2014, reception of people seeking international protection; it runs "
        "the winter night shelter for the town and COeSO.",
        "coopérative sociale fondée à Grosseto en 1998 : insertion professionnelle de personnes "
        "défavorisées et, depuis 2014, accueil de demandeurs de protection internationale ; elle "
        "gère l'accueil de nuit en hiver pour la commune et COeSO.",
        "تعاونية اجتماعية تأسست في غروسيتو عام 1998: تشغيل الأشخاص المستضعفين، واستقبال طالبي "
        "الحماية الدولية منذ 2014؛ وتدير المأوى الليلي في الشتاء للبلدية ولـ COeSO.",
    ),
}
for _p in PROJECT["partners"]:
    _en, _fr, _ar = _PARTNER_TEXTS[_p["name"]]
    _key = f"<b>{_p['name']}</b>: {_p['about']}"
    tr(
        _key,
        f"<b>{_p['name']}</b>: {_en}",
        f"<b>{_p['name']}</b> : {_fr}",
        f"<b>{_p['name']}</b>: {_ar}",
    )

_ACTIVITY_TEXTS = {
    "A.1": (
        "More capacity for the “La Rugginosa” first-aid and social reception centre in "
        "Grosseto, for migrants arriving from landing places: run by COeSO SdS Grosseto.",
        "Renforcement du centre d'intervention d'urgence “La Rugginosa” de Grosseto, pour le "
        "premier accueil des migrants arrivant des lieux de débarquement : géré par COeSO SdS "
        "Grosseto.",
        "تعزيز مركز التدخل السريع “La Rugginosa” في غروسيتو لاستقبال المهاجرين القادمين من أماكن "
        "النزول: تديره COeSO SdS Grosseto.",
    ),
    "A.2": (
        "Emergency residential care in the 72 hours after leaving the emergency room (Codice "
        "Rosa), for adults who suffered violence, also with children: run by Auxilium Vitae.",
        "Accueil résidentiel d'urgence dans les 72 heures après la sortie des urgences (Codice "
        "Rosa), pour les adultes victimes de violence, aussi avec enfants : géré par Auxilium "
        "Vitae.",
        "استقبال سكني عاجل خلال 72 ساعة بعد الخروج من قسم الطوارئ (Codice Rosa) للبالغين ضحايا "
        "العنف، مع أطفالهم أيضًا: تديره Auxilium Vitae.",
    ),
    "B.1": (
        "More capacity for the shelter (Casa Rifugio) for women who suffered violence and their "
        "children (psychological support, legal advice, support groups): Olympia de Gouges with "
        "COeSO SdS Grosseto.",
        "Renforcement de la maison refuge (Casa Rifugio) pour les femmes victimes de violence et "
        "leurs enfants (soutien psychologique, conseil juridique, groupes de parole) : Olympia de "
        "Gouges avec COeSO SdS Grosseto.",
        "تعزيز دار الإيواء (Casa Rifugio) للنساء ضحايا العنف وأطفالهن (دعم نفسي، استشارة قانونية، "
        "مجموعات دعم): Olympia de Gouges مع COeSO SdS Grosseto.",
    ),
    "B.2": (
        "A trial of temporary accommodation for homeless people in a housing emergency, on the "
        "outskirts of Grosseto, with transport, meals and washing: Solidarietà è Crescita.",
        "Accueil temporaire expérimental pour les personnes sans abri en urgence de logement, en "
        "périphérie de Grosseto, avec transport, repas et hygiène : Solidarietà è Crescita.",
        "استقبال مؤقت تجريبي للأشخاص بلا مأوى في حالة طوارئ سكنية، في ضواحي غروسيتو، مع النقل "
        "والوجبات والنظافة: Solidarietà è Crescita.",
    ),
    "B.3": (
        "A pilot co-housing scheme for three families who left reception centres (CAS), sharing "
        "a farmhouse with the help of social workers: COeSO SdS Grosseto.",
        "Cohabitation pilote pour trois familles sorties des centres d'accueil (CAS), qui "
        "partagent une ferme suivies par le service social : COeSO SdS Grosseto.",
        "سكن مشترك تجريبي لثلاث عائلات خرجت من مراكز الاستقبال (CAS)، تتقاسم مزرعة بمتابعة "
        "الخدمة الاجتماعية: COeSO SdS Grosseto.",
    ),
    "B.4": (
        "Reception of families in a housing emergency at the “Il Poggio” facility in Grosseto, "
        "with rent contributions, repairs and goods for the homes: COeSO SdS Grosseto.",
        "Accueil de familles en urgence de logement dans la structure “Il Poggio” de Grosseto, "
        "avec aides au loyer, entretien et biens pour les logements : COeSO SdS Grosseto.",
        "استقبال العائلات في حالة طوارئ سكنية في مرفق “Il Poggio” في غروسيتو، مع مساعدات للإيجار "
        "والصيانة ولوازم المساكن: COeSO SdS Grosseto.",
    ),
    "C.1": (
        "More capacity for COeSO's help desks in Grosseto, Follonica, Scansano, Castiglione "
        "della Pescaia and Roccastrada: residence, citizenship, family reunification, assisted "
        "voluntary return, online forms and social secretariat.",
        "Renforcement des guichets de COeSO à Grosseto, Follonica, Scansano, Castiglione della "
        "Pescaia et Roccastrada : séjour, nationalité, regroupement familial, retour volontaire "
        "aidé, démarches en ligne et secrétariat social.",
        "تعزيز مكاتب COeSO في غروسيتو وفولونيكا وسكانسانو وكاستيليوني ديلا بيسكايا وروكاسترادا: "
        "الإقامة والجنسية ولمّ الشمل والعودة الطوعية المدعومة والمعاملات عبر الإنترنت والأمانة "
        "الاجتماعية.",
    ),
    "C.2": (
        "Flying desks in the associations' network, open at other times than the public desks: "
        "Arcisolidarietà.",
        "Guichets volants dans le réseau associatif, ouverts à d'autres horaires que les guichets "
        "publics : Arcisolidarietà.",
        "مكاتب طائرة في شبكة الجمعيات، مفتوحة في أوقات مختلفة عن المكاتب العامة: Arcisolidarietà.",
    ),
    "C.3": (
        "Itinerant desk: Partecipazione e Sviluppo.",
        "Guichet itinérant : Partecipazione e Sviluppo.",
        "المكتب المتجول: Partecipazione e Sviluppo.",
    ),
    "D.1": (
        "Paths to transversal skills for foreign citizens: one Italian course, one path on "
        "finding a home and one on finding work: Auxilium Vitae.",
        "Parcours de compétences transversales pour les citoyens étrangers : un cours d'italien, "
        "un parcours d'orientation vers le logement et un vers l'emploi : Auxilium Vitae.",
        "مسارات للمهارات العامة للمواطنين الأجانب: دورة في اللغة الإيطالية، ومسار للتوجيه نحو "
        "السكن وآخر نحو العمل: Auxilium Vitae.",
    ),
    "D.2": (
        "Italian courses open to all foreign citizens, at the Punto di Accesso Facilitato in the "
        "Circolo Arci of Grosseto and at the flying desks: Arcisolidarietà.",
        "Cours d'italien ouverts à tous les citoyens étrangers, au Punto di Accesso Facilitato du "
        "Circolo Arci de Grosseto et aux guichets volants : Arcisolidarietà.",
        "دورات لغة إيطالية مفتوحة لكل المواطنين الأجانب، في نقطة الوصول الميسر (Punto di Accesso "
        "Facilitato) داخل نادي Arci في غروسيتو وفي المكاتب الطائرة: Arcisolidarietà.",
    ),
    "E.1": (
        "Someone goes with you to the offices when needed, and a new job-matching service agreed "
        "with the employment centres, with help for your CV: COeSO, Arcisolidarietà and "
        "Partecipazione e Sviluppo, each in its own services.",
        "Accompagnement dans les bureaux si nécessaire, et nouveau service de mise en relation "
        "avec les employeurs en accord avec les centres pour l'emploi, avec aide au CV : COeSO, "
        "Arcisolidarietà et Partecipazione e Sviluppo, chacun dans ses services.",
        "مرافقة إلى المكاتب عند الحاجة، وخدمة جديدة للربط بين الباحثين عن عمل وأصحاب العمل "
        "بالاتفاق مع مراكز التوظيف، مع المساعدة في السيرة الذاتية: COeSO وArcisolidarietà "
        "وPartecipazione e Sviluppo، كل منها في خدماته.",
    ),
    "E.2": (
        "Itinerant info points to listen and guide people, in shopping centres, schools, "
        "festivals and events: Arcisolidarietà.",
        "Points d'information itinérants d'écoute et d'orientation, dans les centres "
        "commerciaux, les écoles, les fêtes et les événements : Arcisolidarietà.",
        "نقاط معلومات متجولة للاستماع والتوجيه في المراكز التجارية والمدارس والاحتفالات "
        "والفعاليات: Arcisolidarietà.",
    ),
    "E.3": (
        "A path to work autonomy for two holders of international protection: a job in a "
        "company and temporary housing nearby: Solidarietà è Crescita.",
        "Parcours d'autonomie professionnelle pour deux titulaires de la protection "
        "internationale : un emploi dans une entreprise et un logement temporaire à proximité : "
        "Solidarietà è Crescita.",
        "مسار للاستقلال المهني لشخصين حاصلين على الحماية الدولية: عمل في شركة وسكن مؤقت قريب "
        "منها: Solidarietà è Crescita.",
    ),
    "E.4": (
        "Personalised work-autonomy projects for five women followed by the anti-violence centre "
        "or the social services: work grants, vocational courses, babysitting for the children: "
        "Olympia de Gouges.",
        "Projets personnalisés d'autonomie professionnelle pour cinq femmes suivies par le centre "
        "anti-violence ou les services sociaux : bourses de travail, formations "
        "professionnelles, garde des enfants : Olympia de Gouges.",
        "مشاريع شخصية للاستقلال المهني لخمس نساء يتابعهن مركز مناهضة العنف أو الخدمات "
        "الاجتماعية: منح عمل، ودورات تكوين مهني، ورعاية الأطفال: Olympia de Gouges.",
    ),
}
for _code, _text, _partners in ACTIVITIES:
    _en, _fr, _ar = _ACTIVITY_TEXTS[_code]
    tr(
        f"<b>{_code}</b> {_text}",
        f"<b>{_code}</b> {_en}",
        f"<b>{_code}</b> {_fr}",
        f"<b>{_code}</b> {_ar}",
    )

_TARGET_TEXTS = [
    (
        "50 asylum seekers received at the “La Rugginosa” first-aid reception centre.",
        "50 demandeurs d'asile accueillis au centre d'intervention d'urgence “La Rugginosa”.",
        "50 طالب لجوء يُستقبلون في مركز التدخل السريع “La Rugginosa”.",
    ),
    (
        "12 people in a housing emergency, especially holders of international protection and "
        "homeless people.",
        "12 personnes en urgence de logement, surtout titulaires de la protection internationale "
        "et sans domicile fixe.",
        "12 شخصًا في حالة طوارئ سكنية، خاصة الحاصلين على الحماية الدولية والأشخاص بلا مأوى.",
    ),
    (
        "80 families in a housing emergency, with children or dependent people.",
        "80 familles en urgence de logement, avec enfants ou personnes dépendantes.",
        "80 عائلة في حالة طوارئ سكنية، مع أطفال أو أشخاص غير مستقلين.",
    ),
    (
        "20 women who suffered violence, with their children, Italian and foreign.",
        "20 femmes victimes de violence avec leurs enfants, italiennes et étrangères.",
        "20 امرأة ضحية للعنف مع أطفالهن، إيطاليات وأجنبيات.",
    ),
    (
        "6,000 people coming to the help desks.",
        "6 000 personnes qui s'adressent aux guichets.",
        "6000 شخص يقصدون مكاتب المساعدة.",
    ),
    (
        "100 foreign citizens in the training paths.",
        "100 citoyens étrangers dans les parcours de formation.",
        "100 مواطن أجنبي في مسارات التكوين.",
    ),
    (
        "Indirectly: 50 public-service staff and at least 30 third-sector staff.",
        "Indirectement : 50 agents des services publics et au moins 30 du secteur associatif.",
        "بشكل غير مباشر: 50 موظفًا في الخدمات العامة و30 على الأقل في القطاع الاجتماعي الخاص.",
    ),
]
for _it, (_en, _fr, _ar) in zip(TARGETS, _TARGET_TEXTS, strict=True):
    tr(_it, _en, _fr, _ar)

ABOUT_SOURCES = [SRC_PROGETTO, *PROJECT["sources"][1:]] + [
    s for p in PROJECT["partners"] for s in p["sources"] if s != SRC_PROGETTO
]


# --- Casa: accoglienza e aiuto all'abitare (B.2, B.3, B.4, E.3, D.1) ---------------------------

HOUSING = {
    "slug": "casa",
    "title": tr(
        "Casa: accoglienza e aiuto all'abitare",
        "Housing: shelter and help to find a home",
        "Logement : accueil et aide pour se loger",
        "السكن: الاستقبال والمساعدة في إيجاد مسكن",
    ),
    "intro": tr(
        "Se non hai una casa, rischi di perderla o la tua famiglia è in emergenza abitativa, il "
        "progetto A.L.I. ha servizi di accoglienza e percorsi verso una casa tua. Si chiede aiuto "
        "a uno sportello: l'operatore ascolta la tua situazione e ti mette in contatto con il "
        "servizio giusto.",
        "If you have no home, may lose it, or your family is in a housing emergency, the A.L.I. "
        "project has shelter services and paths towards a home of your own. Ask at a help desk: "
        "the staff listen to your situation and put you in touch with the right service.",
        "Si vous n'avez pas de logement, risquez de le perdre ou si votre famille est en urgence "
        "de logement, le projet A.L.I. offre un accueil et des parcours vers un logement à vous. "
        "Demandez de l'aide à un guichet : l'opérateur écoute votre situation et vous met en "
        "contact avec le bon service.",
        "إذا لم يكن لديك مسكن، أو كنت معرضًا لفقدانه، أو كانت أسرتك في حالة طوارئ سكنية، فلدى مشروع "
        "⁦A.L.I.⁩ خدمات استقبال ومسارات نحو مسكن خاص بك. اطلب المساعدة في أحد المكاتب: يستمع الموظف "
        "إلى وضعك ويضعك على اتصال بالخدمة المناسبة.",
    ),
    "body": [
        heading(
            tr(
                "Come chiedere aiuto",
                "How to ask for help",
                "Comment demander de l'aide",
                "كيف تطلب المساعدة",
            )
        ),
        paragraph(
            tr(
                "Vai a uno sportello A.L.I. negli orari di apertura, o a uno sportello volante o "
                "all'infopoint quando passa vicino a te. Porta, se li hai, un documento e il "
                "permesso di soggiorno. L'accesso alle strutture di accoglienza passa sempre dai "
                "servizi sociali: i loro indirizzi non sono pubblicati.",
                "Go to an A.L.I. help desk during its opening hours, or to a flying desk or the "
                "info point when it is near you. Bring an identity document and your residence "
                "permit if you have them. Places in the shelters are always given through the "
                "social services: their addresses are not published.",
                "Allez à un guichet A.L.I. aux heures d'ouverture, ou à un guichet volant ou au "
                "point d'information quand il passe près de chez vous. Apportez, si vous les avez, "
                "une pièce d'identité et votre titre de séjour. L'accès aux structures d'accueil "
                "passe toujours par les services sociaux : leurs adresses ne sont pas publiées.",
                "اذهب إلى أحد مكاتب ⁦A.L.I.⁩ في أوقات العمل، أو إلى مكتب طائر أو نقطة المعلومات عندما "
                "تكون قريبة منك. أحضر وثيقة هوية وتصريح الإقامة إن كانا لديك. الدخول إلى مرافق "
                "الاستقبال يتم دائمًا عبر الخدمات الاجتماعية: عناوينها غير منشورة.",
            )
        ),
        heading(
            tr(
                "Accoglienza temporanea per chi è senza casa (B.2)",
                "Temporary shelter for people without a home (B.2)",
                "Accueil temporaire pour les personnes sans logement (B.2)",
                "استقبال مؤقت للأشخاص بلا مسكن (B.2)",
            )
        ),
        paragraph(
            tr(
                "Per persone senza dimora, anche titolari di protezione usciti dai centri di "
                "accoglienza (CAS) o che vivono per strada: un posto per dormire, pasti, igiene e "
                "il trasporto, in un'area alla periferia di Grosseto. Lo gestisce la cooperativa "
                "Solidarietà è Crescita.",
                "For homeless people, including holders of protection who left the reception "
                "centres (CAS) or live on the street: a place to sleep, meals, washing and "
                "transport, on the outskirts of Grosseto. Run by the Solidarietà è Crescita "
                "cooperative.",
                "Pour les personnes sans abri, y compris les titulaires d'une protection sortis "
                "des centres d'accueil (CAS) ou qui vivent dans la rue : un lieu pour dormir, des "
                "repas, l'hygiène et le transport, en périphérie de Grosseto. Géré par la "
                "coopérative Solidarietà è Crescita.",
                "للأشخاص بلا مأوى، ومنهم الحاصلون على الحماية الذين خرجوا من مراكز الاستقبال (CAS) "
                "أو يعيشون في الشارع: مكان للنوم، ووجبات، ونظافة، ونقل، في ضواحي غروسيتو. تديره "
                "تعاونية Solidarietà è Crescita.",
            )
        ),
        heading(
            tr(
                "Famiglie in emergenza abitativa: “Il Poggio” (B.4)",
                "Families in a housing emergency: “Il Poggio” (B.4)",
                "Familles en urgence de logement : “Il Poggio” (B.4)",
                "العائلات في حالة طوارئ سكنية: “Il Poggio” (B.4)",
            )
        ),
        paragraph(
            tr(
                "La struttura di emergenza “Il Poggio”, gestita da COeSO SdS Grosseto, accoglie "
                "famiglie italiane e straniere in emergenza abitativa, soprattutto con bambini o "
                "con persone non autosufficienti o con disabilità gravi. Il progetto dà anche "
                "contributi per l'affitto e per la manutenzione e l'arredo degli alloggi.",
                "The “Il Poggio” emergency facility, run by COeSO SdS Grosseto, takes in Italian "
                "and foreign families in a housing emergency, above all with children or with "
                "dependent or severely disabled people. The project also gives contributions to "
                "the rent and to repairing and furnishing the homes.",
                "La structure d'urgence “Il Poggio”, gérée par COeSO SdS Grosseto, accueille des "
                "familles italiennes et étrangères en urgence de logement, surtout avec enfants "
                "ou avec des personnes dépendantes ou gravement handicapées. Le projet donne aussi "
                "des aides au loyer, à l'entretien et à l'équipement des logements.",
                "يستقبل مرفق الطوارئ “Il Poggio”، الذي تديره COeSO SdS Grosseto، العائلات "
                "الإيطالية والأجنبية في حالة طوارئ سكنية، خاصة مع أطفال أو أشخاص غير مستقلين أو ذوي "
                "إعاقة شديدة. ويقدم المشروع أيضًا مساعدات للإيجار ولصيانة المساكن وتجهيزها.",
            )
        ),
        heading(
            tr(
                "Abitare insieme: il co-housing (B.3)",
                "Living together: co-housing (B.3)",
                "Habiter ensemble : la cohabitation (B.3)",
                "العيش معًا: السكن المشترك (B.3)",
            )
        ),
        paragraph(
            tr(
                "Un'iniziativa pilota di COeSO SdS Grosseto: tre famiglie uscite dai centri di "
                "accoglienza condividono un podere, seguite dal servizio sociale.",
                "A pilot scheme of COeSO SdS Grosseto: three families who left the reception "
                "centres share a farmhouse, followed by the social services.",
                "Une initiative pilote de COeSO SdS Grosseto : trois familles sorties des centres "
                "d'accueil partagent une ferme, suivies par le service social.",
                "مبادرة تجريبية من COeSO SdS Grosseto: ثلاث عائلات خرجت من مراكز الاستقبال تتقاسم "
                "مزرعة بمتابعة الخدمة الاجتماعية.",
            )
        ),
        heading(
            tr(
                "Verso una casa tua",
                "Towards a home of your own",
                "Vers un logement à vous",
                "نحو مسكن خاص بك",
            )
        ),
        paragraph(
            tr(
                "Per chi è accolto, il progetto prepara un percorso personale verso l'autonomia "
                "abitativa: aiuto con le bollette e l'affitto, mediazione con i proprietari di "
                "casa e altro ancora. Il percorso di orientamento all'abitare (Auxilium Vitae) "
                "spiega come cercare casa in affitto, leggere un contratto e chiedere i contributi.",
                "For the people it takes in, the project prepares a personal path towards living "
                "on their own: help with bills and rent, mediation with landlords, and more. The "
                "housing orientation path (Auxilium Vitae) explains how to look for a flat to "
                "rent, read a contract and ask for contributions.",
                "Pour les personnes accueillies, le projet prépare un parcours personnel vers "
                "l'autonomie de logement : aide pour les factures et le loyer, médiation avec les "
                "propriétaires, et plus encore. Le parcours d'orientation vers le logement "
                "(Auxilium Vitae) explique comment chercher une location, lire un contrat et "
                "demander les aides.",
                "للأشخاص المستقبَلين، يعدّ المشروع مسارًا شخصيًا نحو الاستقلال في السكن: مساعدة في "
                "الفواتير والإيجار، ووساطة مع أصحاب المساكن، وغير ذلك. ويشرح مسار التوجيه نحو السكن "
                "(Auxilium Vitae) كيف تبحث عن مسكن للإيجار وتقرأ العقد وتطلب المساعدات.",
            )
        ),
        heading(
            tr(
                "Lavoro e casa insieme (E.3)",
                "Work and a home together (E.3)",
                "Travail et logement ensemble (E.3)",
                "العمل والسكن معًا (E.3)",
            )
        ),
        paragraph(
            tr(
                "Per due titolari di protezione internazionale, Solidarietà è Crescita offre un "
                "lavoro in un'azienda e, insieme, un alloggio temporaneo vicino al posto di "
                "lavoro, il tempo di trovare la soluzione giusta per il proprio progetto di vita.",
                "For two holders of international protection, Solidarietà è Crescita offers a "
                "job in a company together with temporary housing near the workplace, for the "
                "time needed to find the right solution for their life plans.",
                "Pour deux titulaires de la protection internationale, Solidarietà è Crescita "
                "offre un emploi dans une entreprise et, en même temps, un logement temporaire "
                "près du lieu de travail, le temps de trouver la bonne solution pour leur projet "
                "de vie.",
                "لشخصين حاصلين على الحماية الدولية، تقدم Solidarietà è Crescita عملًا في شركة مع "
                "سكن مؤقت قريب من مكان العمل، إلى أن يجدا الحل المناسب لمشروع حياتهما.",
            )
        ),
    ],
    "sources": [SRC_PROGETTO],
}


# --- Aiuto per le donne (A.2, B.1, E.4) -------------------------------------------------------

SAFE_HELP = {
    "slug": "aiuto-donne",
    "title": tr(
        "Aiuto per le donne che subiscono violenza",
        "Help for women facing violence",
        "Aide pour les femmes victimes de violence",
        "مساعدة للنساء اللواتي يتعرضن للعنف",
    ),
    "intro": tr(
        "Se subisci violenza o stalking, in casa o fuori, non sei sola. Puoi chiedere aiuto "
        "gratis e in modo riservato, anche senza documenti e nella tua lingua.",
        "If you suffer violence or stalking, at home or elsewhere, you are not alone. You can ask "
        "for help for free and in confidence, even without documents and in your language.",
        "Si vous subissez des violences ou du harcèlement, à la maison ou ailleurs, vous n'êtes "
        "pas seule. Vous pouvez demander de l'aide gratuitement et en toute confidentialité, même "
        "sans papiers et dans votre langue.",
        "إذا كنتِ تتعرضين للعنف أو الملاحقة، في البيت أو خارجه، فلستِ وحدك. يمكنك طلب المساعدة "
        "مجانًا وبسرية، حتى دون وثائق وبلغتك.",
    ),
    "body": [
        heading(
            tr(
                "Il centro antiviolenza di Grosseto",
                "The anti-violence centre in Grosseto",
                "Le centre anti-violence de Grosseto",
                "مركز مناهضة العنف في غروسيتو",
            )
        ),
        paragraph(
            tr(
                "Il centro antiviolenza Olympia de Gouges accoglie gratuitamente le donne in tutta "
                "la provincia di Grosseto dal 1999: ascolto in una stanza riservata, sostegno, "
                "consulenza legale e psicologica, un percorso deciso insieme a te.",
                "The Olympia de Gouges anti-violence centre has welcomed women for free across "
                "the province of Grosseto since 1999: someone listens to you in a private room, "
                "support, legal and psychological advice, a path you decide together.",
                "Le centre anti-violence Olympia de Gouges accueille gratuitement les femmes dans "
                "toute la province de Grosseto depuis 1999 : écoute dans une pièce à part, "
                "soutien, conseil juridique et psychologique, un parcours décidé avec vous.",
                "يستقبل مركز مناهضة العنف Olympia de Gouges النساء مجانًا في كل مقاطعة غروسيتو منذ "
                "1999: استماع في غرفة خاصة، ودعم، واستشارة قانونية ونفسية، ومسار تقررينه معهن.",
            ),
            tr(
                "Telefono del centro antiviolenza a Grosseto: 0564 413884 oppure 348 0992098 "
                "(numeri pubblicati nel 2021: da verificare).",
                "Phone of the anti-violence centre in Grosseto: 0564 413884 or 348 0992098 "
                "(numbers published in 2021: to be checked).",
                "Téléphone du centre anti-violence à Grosseto : 0564 413884 ou 348 0992098 "
                "(numéros publiés en 2021 : à vérifier).",
                "هاتف مركز مناهضة العنف في غروسيتو: 0564 413884 أو 348 0992098 (أرقام منشورة عام "
                "2021: يجب التحقق منها).",
            ),
        ),
        heading(
            tr(
                "Un posto sicuro dove stare",
                "A safe place to stay",
                "Un lieu sûr où rester",
                "مكان آمن للإقامة",
            )
        ),
        paragraph(
            tr(
                "Dopo il Pronto Soccorso (percorso Codice Rosa) una donna, anche con i figli, può "
                "essere accolta subito, nelle 72 ore seguenti, in una struttura di pronta "
                "accoglienza gestita da Auxilium Vitae (A.2). La Casa Rifugio, gestita da Olympia "
                "de Gouges con COeSO SdS Grosseto, ospita per un periodo donne e figli, con "
                "sostegno psicologico, consulenza legale e gruppi di sostegno (B.1).",
                "After the emergency room (the Codice Rosa path) a woman, also with her children, "
                "can be taken in at once, in the next 72 hours, by an emergency facility run by "
                "Auxilium Vitae (A.2). The shelter (Casa Rifugio), run by Olympia de Gouges with "
                "COeSO SdS Grosseto, hosts women and children for a time, with psychological "
                "support, legal advice and support groups (B.1).",
                "Après les urgences (parcours Codice Rosa), une femme, aussi avec ses enfants, "
                "peut être accueillie tout de suite, dans les 72 heures, dans une structure "
                "d'accueil d'urgence gérée par Auxilium Vitae (A.2). La maison refuge (Casa "
                "Rifugio), gérée par Olympia de Gouges avec COeSO SdS Grosseto, héberge pour un "
                "temps les femmes et leurs enfants, avec soutien psychologique, conseil juridique "
                "et groupes de parole (B.1).",
                "بعد قسم الطوارئ (مسار Codice Rosa) يمكن استقبال المرأة، مع أطفالها أيضًا، فورًا "
                "خلال 72 ساعة في مرفق استقبال عاجل تديره Auxilium Vitae ‏(A.2). وتستضيف دار الإيواء "
                "(Casa Rifugio)، التي تديرها Olympia de Gouges مع COeSO SdS Grosseto، النساء "
                "وأطفالهن لفترة، مع دعم نفسي واستشارة قانونية ومجموعات دعم (B.1).",
            ),
            tr(
                "Per la sicurezza di tutte, gli indirizzi di questi luoghi non sono pubblici: vi "
                "si arriva tramite il centro antiviolenza, il 1522, il Pronto Soccorso o i servizi "
                "sociali.",
                "For everyone's safety, the addresses of these places are not public: you get "
                "there through the anti-violence centre, 1522, the emergency room or the social "
                "services.",
                "Pour la sécurité de toutes, les adresses de ces lieux ne sont pas publiques : on "
                "y arrive par le centre anti-violence, le 1522, les urgences ou les services "
                "sociaux.",
                "من أجل سلامة الجميع، عناوين هذه الأماكن ليست علنية: يتم الوصول إليها عبر مركز "
                "مناهضة العنف أو الرقم 1522 أو قسم الطوارئ أو الخدمات الاجتماعية.",
            ),
        ),
        heading(
            tr(
                "Lavoro e autonomia (E.4)",
                "Work and independence (E.4)",
                "Travail et autonomie (E.4)",
                "العمل والاستقلال (E.4)",
            )
        ),
        paragraph(
            tr(
                "Per le donne seguite dal centro antiviolenza o dai servizi sociali, Olympia de "
                "Gouges prepara progetti personali verso il lavoro: contributi per una borsa "
                "lavoro, per l'iscrizione a un corso di formazione professionale e per la "
                "babysitter dei figli mentre studi o lavori.",
                "For women followed by the anti-violence centre or the social services, Olympia "
                "de Gouges prepares personal projects towards work: contributions for a work "
                "grant, for enrolling in a vocational course and for a babysitter for your "
                "children while you study or work.",
                "Pour les femmes suivies par le centre anti-violence ou les services sociaux, "
                "Olympia de Gouges prépare des projets personnels vers l'emploi : aides pour une "
                "bourse de travail, pour l'inscription à une formation professionnelle et pour "
                "la garde des enfants pendant que vous étudiez ou travaillez.",
                "للنساء اللواتي يتابعهن مركز مناهضة العنف أو الخدمات الاجتماعية، تعدّ Olympia de "
                "Gouges مشاريع شخصية نحو العمل: مساعدات لمنحة عمل، وللتسجيل في دورة تكوين مهني، "
                "ولجليسة أطفال أثناء دراستك أو عملك.",
            )
        ),
        heading(
            tr(
                "Agli sportelli A.L.I.",
                "At the A.L.I. help desks",
                "Aux guichets A.L.I.",
                "في مكاتب ⁦A.L.I.⁩",
            )
        ),
        paragraph(
            tr(
                "Puoi parlarne anche a uno sportello A.L.I.: l'operatrice ti ascolta in modo "
                "riservato e, se vuoi, ti mette in contatto con il centro antiviolenza.",
                "You can also talk about it at an A.L.I. help desk: the staff listen to you in "
                "confidence and, if you wish, put you in touch with the anti-violence centre.",
                "Vous pouvez aussi en parler à un guichet A.L.I. : l'opératrice vous écoute en "
                "toute confidentialité et, si vous le souhaitez, vous met en contact avec le "
                "centre anti-violence.",
                "يمكنك أيضًا التحدث عن ذلك في أحد مكاتب ⁦A.L.I.⁩: تستمع إليك الموظفة بسرية، وإن أردتِ "
                "تضعك على اتصال بمركز مناهضة العنف.",
            )
        ),
    ],
    "sources": [
        SRC_PROGETTO,
        SRC_1522,
        SRC_1522_GOV,
        SRC_OLYMPIA_CONTATTI_2021,
        SRC_OLYMPIA_CONTATTI_NAZIONE,
    ],
}


# --- Lavoro e formazione (E.1, E.4, CPI, CPIA) ------------------------------------------------

_LABELS = {
    "address": ("Indirizzo", "Address", "Adresse", "العنوان"),
    "hours": ("Orari", "Hours", "Horaires", "المواعيد"),
    "services": ("Servizi", "Services", "Services", "الخدمات"),
    "phone": ("Telefono", "Phone", "Téléphone", "الهاتف"),
    "sample": ("dati di esempio", "sample data", "données d'exemple", "بيانات مثال"),
    "no_hours": (
        "non indicati dalle fonti",
        "not given by the sources",
        "non indiqués par les sources",
        "لا تذكرها المصادر",
    ),
}
_DAYS = {
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}
_LANGS = ("it", "en", "fr", "ar")
_SERVICE_TEXTS = {
    "prima informazione orientativa": (
        "first information and guidance",
        "première information et orientation",
        "المعلومات الأولى والتوجيه",
    ),
    "patto di servizio e orientamento di base": (
        "service agreement and basic guidance",
        "pacte de service et orientation de base",
        "اتفاق الخدمة والتوجيه الأساسي",
    ),
    "orientamento specialistico": (
        "specialist guidance",
        "orientation spécialisée",
        "توجيه متخصص",
    ),
    "incontro domanda/offerta di lavoro": (
        "matching jobseekers and vacancies",
        "mise en relation offres et demandes d'emploi",
        "الربط بين طالبي العمل وعروض العمل",
    ),
    "promozione di tirocini": ("traineeships", "promotion de stages", "التدريب المهني"),
    "iscrizione al collocamento mirato (L. 68/99)": (
        "registration for targeted placement of people with disabilities (Law 68/99)",
        "inscription au placement ciblé des personnes handicapées (loi 68/99)",
        "التسجيل في التوظيف الموجه للأشخاص ذوي الإعاقة (القانون 68/99)",
    ),
    "mediazione linguistico-culturale": (
        "language and cultural mediation",
        "médiation linguistique et culturelle",
        "الوساطة اللغوية والثقافية",
    ),
    "prima accoglienza e prima informazione orientativa": (
        "first welcome and guidance",
        "premier accueil et orientation",
        "الاستقبال الأول والتوجيه",
    ),
    "percorsi di orientamento individualizzato": (
        "individual guidance",
        "orientation individuelle",
        "توجيه فردي",
    ),
    "prima iscrizione nelle liste per le categorie fragili": (
        "first registration on the lists for vulnerable groups",
        "première inscription sur les listes des publics fragiles",
        "التسجيل الأول في قوائم الفئات الهشة",
    ),
    "servizi alle imprese": ("services for employers", "services aux entreprises", "خدمات للشركات"),
    "corsi di alfabetizzazione e lingua italiana per stranieri (fino al livello A2 e oltre)": (
        "literacy and Italian courses for foreigners (up to level A2 and beyond)",
        "cours d'alphabétisation et d'italien pour étrangers (jusqu'au niveau A2 et au-delà)",
        "دورات محو الأمية واللغة الإيطالية للأجانب (حتى المستوى A2 وما بعده)",
    ),
    "licenza media (primo ciclo) per adulti dai 16 anni": (
        "lower secondary school certificate for adults from 16",
        "diplôme du collège pour les adultes dès 16 ans",
        "شهادة التعليم الإعدادي للبالغين من سن 16",
    ),
    "certificazione delle competenze di base": (
        "certification of basic skills",
        "certification des compétences de base",
        "شهادة المهارات الأساسية",
    ),
    "corsi di italiano per stranieri e richiedenti asilo": (
        "Italian courses for foreigners and asylum seekers",
        "cours d'italien pour étrangers et demandeurs d'asile",
        "دورات اللغة الإيطالية للأجانب وطالبي اللجوء",
    ),
    "corsi di scuola media e diploma per adulti": (
        "lower and upper secondary school for adults",
        "collège et lycée pour adultes",
        "التعليم الإعدادي والثانوي للبالغين",
    ),
    "corsi di italiano per stranieri": (
        "Italian courses for foreigners",
        "cours d'italien pour étrangers",
        "دورات اللغة الإيطالية للأجانب",
    ),
}


def _sample(entry: dict, field: str, lang: str) -> str:
    i = _LANGS.index(lang)
    return f" ({_LABELS['sample'][i]})" if field in entry.get("sample_fields", []) else ""


def _office_lines(entry: dict, lang: str) -> list[str]:
    """One office's address, hours, phone and services, in `lang`."""
    i = _LANGS.index(lang)
    label = {k: v[i] for k, v in _LABELS.items()}
    sep = "، " if lang == "ar" else ", "
    hours = sep.join(
        f"{_DAYS[lang][h['weekday']]} {h['opens']}–{h['closes']}" for h in entry["opening_hours"]
    )
    services = "; ".join(s if lang == "it" else _SERVICE_TEXTS[s][i - 1] for s in entry["services"])
    colon = " :" if lang == "fr" else ":"
    return [
        f"{label['address']}{colon} {entry['address']}, {entry['postcode']} {entry['town']}"
        + _sample(entry, "address", lang),
        f"{label['hours']}{colon} {hours or label['no_hours']}"
        + (_sample(entry, "opening_hours", lang) if hours else ""),
        f"{label['phone']}{colon} {entry['phone']}" + _sample(entry, "phone", lang),
        f"{label['services']}{colon} {services}",
    ]


def _offices(entries: list[dict]) -> list:
    blocks: list = []
    for entry in entries:
        blocks.append(heading(entry["title"], "h3"))
        lines = {lang: _office_lines(entry, lang) for lang in _LANGS}
        for n, it in enumerate(lines["it"]):
            tr(it, lines["en"][n], lines["fr"][n], lines["ar"][n])
        blocks.append(bullets(lines["it"]))
    return blocks


WORK = {
    "slug": WORK_AND_TRAINING_SLUG,
    "title": tr(
        "Lavoro e formazione", "Work and training", "Travail et formation", "العمل والتكوين"
    ),
    "intro": tr(
        "Cercare lavoro, fare il curriculum, imparare l'italiano o prendere la licenza media: "
        "cosa fanno per te gli sportelli A.L.I., i Centri per l'Impiego e le scuole per adulti "
        "(CPIA) della provincia di Grosseto.",
        "Looking for work, writing your CV, learning Italian or getting your school certificate: "
        "what the A.L.I. help desks, the public employment centres and the adult schools (CPIA) "
        "of the province of Grosseto do for you.",
        "Chercher du travail, faire son CV, apprendre l'italien ou obtenir le diplôme du "
        "collège : ce que font pour vous les guichets A.L.I., les centres pour l'emploi et les "
        "écoles pour adultes (CPIA) de la province de Grosseto.",
        "البحث عن عمل، وكتابة السيرة الذاتية، وتعلّم الإيطالية أو الحصول على الشهادة الإعدادية: ما "
        "تقدمه لك مكاتب ⁦A.L.I.⁩ ومراكز التوظيف ومدارس الكبار (CPIA) في مقاطعة غروسيتو.",
    ),
    "body": [
        heading(
            tr(
                "L'incontro tra domanda e offerta di lavoro (E.1)",
                "Job matching (E.1)",
                "La mise en relation avec les employeurs (E.1)",
                "الربط بين الباحثين عن عمل وأصحاب العمل (E.1)",
            )
        ),
        paragraph(
            tr(
                "Le offerte di lavoro di questo sito sono concordate con i Centri per l'Impiego. "
                "Se compili il tuo curriculum sul sito e dai il consenso, gli operatori dei "
                "Centri per l'Impiego e degli sportelli confrontano il tuo profilo (mestiere, "
                "competenze, livello di italiano, patente, zona) con le offerte e ti chiamano "
                "quando una fa per te. Il livello di italiano raggiunto nei corsi A.L.I. entra "
                "da solo nel tuo profilo. Il servizio lo svolgono COeSO, Arcisolidarietà e "
                "Partecipazione e Sviluppo, ciascuno nei propri sportelli.",
                "The job offers on this site are agreed with the public employment centres. If "
                "you fill in your CV on the site and give your consent, the staff of the "
                "employment centres and of the help desks compare your profile (trade, skills, "
                "Italian level, driving licence, area) with the offers and call you when one "
                "fits. The Italian level you reach in the A.L.I. courses goes into your profile "
                "by itself. The service is run by COeSO, Arcisolidarietà and Partecipazione e "
                "Sviluppo, each at its own desks.",
                "Les offres d'emploi de ce site sont convenues avec les centres pour l'emploi. Si "
                "vous remplissez votre CV sur le site et donnez votre accord, les agents des "
                "centres pour l'emploi et des guichets comparent votre profil (métier, "
                "compétences, niveau d'italien, permis, zone) aux offres et vous appellent quand "
                "l'une vous correspond. Le niveau d'italien atteint dans les cours A.L.I. entre "
                "tout seul dans votre profil. Le service est assuré par COeSO, Arcisolidarietà et "
                "Partecipazione e Sviluppo, chacun à ses guichets.",
                "عروض العمل على هذا الموقع متفق عليها مع مراكز التوظيف. إذا ملأت سيرتك الذاتية على "
                "الموقع وأعطيت موافقتك، يقارن موظفو مراكز التوظيف والمكاتب ملفك (المهنة، المهارات، "
                "مستوى الإيطالية، رخصة القيادة، المنطقة) بالعروض ويتصلون بك عندما يناسبك أحدها. "
                "يدخل مستوى الإيطالية الذي تبلغه في دورات ⁦A.L.I.⁩ إلى ملفك تلقائيًا. تقدم الخدمة "
                "COeSO وArcisolidarietà وPartecipazione e Sviluppo، كل منها في مكاتبه.",
            )
        ),
        heading(
            tr(
                "Il curriculum allo sportello",
                "Your CV at a help desk",
                "Votre CV au guichet",
                "سيرتك الذاتية في المكتب",
            )
        ),
        paragraph(
            tr(
                "Non hai un'email o preferisci farti aiutare? Vai a uno sportello A.L.I.: "
                "l'operatore scrive con te il curriculum, lo stampa e, se vuoi, lo rende visibile "
                "ai Centri per l'Impiego. Porta un documento e, se li hai, attestati di studio e "
                "di lavoro.",
                "No email, or you prefer some help? Go to an A.L.I. help desk: the staff write "
                "your CV with you, print it and, if you wish, make it visible to the employment "
                "centres. Bring an identity document and, if you have them, school and work "
                "certificates.",
                "Pas d'e-mail, ou vous préférez être aidé ? Allez à un guichet A.L.I. : "
                "l'opérateur rédige votre CV avec vous, l'imprime et, si vous le voulez, le rend "
                "visible aux centres pour l'emploi. Apportez une pièce d'identité et, si vous en "
                "avez, vos attestations d'études et de travail.",
                "ليس لديك بريد إلكتروني أو تفضل المساعدة؟ اذهب إلى أحد مكاتب ⁦A.L.I.⁩: يكتب الموظف "
                "سيرتك الذاتية معك ويطبعها، وإن أردت يجعلها مرئية لمراكز التوظيف. أحضر وثيقة هوية، "
                "وشهادات الدراسة والعمل إن كانت لديك.",
            )
        ),
        heading(
            tr(
                "Accompagnamento agli uffici",
                "Someone to go with you to the offices",
                "Accompagnement dans les bureaux",
                "مرافقة إلى المكاتب",
            )
        ),
        paragraph(
            tr(
                "Se serve, un operatore degli sportelli ti accompagna negli uffici (Centro per "
                "l'Impiego, Comune, Questura, ASL) per sbrigare le pratiche. Chiedilo a uno "
                "sportello.",
                "If needed, a help-desk worker goes with you to the offices (employment centre, "
                "town hall, police immigration office, health service) to deal with your "
                "paperwork. Ask at a help desk.",
                "Si nécessaire, un opérateur des guichets vous accompagne dans les bureaux "
                "(centre pour l'emploi, mairie, préfecture de police, service de santé) pour vos "
                "démarches. Demandez-le à un guichet.",
                "عند الحاجة، يرافقك موظف من المكاتب إلى الإدارات (مركز التوظيف، البلدية، مكتب الهجرة "
                "في الشرطة، الخدمات الصحية) لإنجاز معاملاتك. اطلب ذلك في أحد المكاتب.",
            )
        ),
        heading(
            tr(
                "Progetti per le donne",
                "Projects for women",
                "Projets pour les femmes",
                "مشاريع للنساء",
            )
        ),
        paragraph(
            tr(
                "Le donne seguite dal centro antiviolenza o dai servizi sociali possono avere un "
                "progetto personale verso il lavoro con Olympia de Gouges: borsa lavoro, corso di "
                "formazione professionale e babysitter per i figli durante la formazione (E.4).",
                "Women followed by the anti-violence centre or the social services can have a "
                "personal project towards work with Olympia de Gouges: a work grant, a "
                "vocational course and a babysitter for the children during the training (E.4).",
                "Les femmes suivies par le centre anti-violence ou les services sociaux peuvent "
                "avoir un projet personnel vers l'emploi avec Olympia de Gouges : bourse de "
                "travail, formation professionnelle et garde des enfants pendant la formation "
                "(E.4).",
                "يمكن للنساء اللواتي يتابعهن مركز مناهضة العنف أو الخدمات الاجتماعية الحصول على "
                "مشروع شخصي نحو العمل مع Olympia de Gouges: منحة عمل، ودورة تكوين مهني، وجليسة "
                "أطفال أثناء التكوين (E.4).",
            )
        ),
        heading(
            tr(
                "Centri per l'Impiego (CPI)",
                "Public employment centres (CPI)",
                "Centres pour l'emploi (CPI)",
                "مراكز التوظيف (CPI)",
            )
        ),
        paragraph(
            tr(
                "I Centri per l'Impiego sono gli uffici pubblici per il lavoro della Regione "
                "Toscana (ARTI): iscrizione come persona in cerca di lavoro, orientamento, "
                "offerte e tirocini. I servizi sono gratuiti.",
                "The employment centres are the Region of Tuscany's public job offices (ARTI): "
                "registering as a jobseeker, guidance, vacancies and traineeships. The services "
                "are free.",
                "Les centres pour l'emploi sont les bureaux publics pour l'emploi de la Région "
                "Toscane (ARTI) : inscription comme demandeur d'emploi, orientation, offres et "
                "stages. Les services sont gratuits.",
                "مراكز التوظيف هي المكاتب العامة للعمل التابعة لإقليم توسكانا (ARTI): التسجيل كباحث "
                "عن عمل، والتوجيه، وعروض العمل، والتدريب. الخدمات مجانية.",
            )
        ),
        *_offices(CPI),
        heading(
            tr(
                "Scuole per adulti (CPIA): italiano e licenza media",
                "Adult schools (CPIA): Italian and school certificates",
                "Écoles pour adultes (CPIA) : italien et diplômes",
                "مدارس الكبار (CPIA): الإيطالية والشهادات الدراسية",
            )
        ),
        paragraph(
            tr(
                "Il CPIA 1 Grosseto è la scuola statale per adulti: corsi gratuiti di italiano "
                "per stranieri e corsi per la licenza media, dai 16 anni.",
                "CPIA 1 Grosseto is the state school for adults: free Italian courses for "
                "foreigners and courses for the lower secondary school certificate, from age 16.",
                "Le CPIA 1 Grosseto est l'école publique pour adultes : cours d'italien gratuits "
                "pour étrangers et cours pour le diplôme du collège, dès 16 ans.",
                "CPIA 1 Grosseto هي المدرسة الحكومية للكبار: دورات مجانية في الإيطالية للأجانب "
                "ودورات للشهادة الإعدادية، من سن 16.",
            )
        ),
        *_offices(CPIA),
    ],
    "sources": [SRC_PROGETTO] + list(dict.fromkeys(s for e in CPI + CPIA for s in e["sources"])),
}


# --- The itinerant desk (C.3) ------------------------------------------------------------------

ITINERANT_DESK = {
    "slug": "sportello-itinerante",
    "town": "Provincia di Grosseto",
    "title": tr(
        "Sportello A.L.I. itinerante",
        "A.L.I. itinerant help desk",
        "Guichet A.L.I. itinérant",
        "مكتب ⁦A.L.I.⁩ المتجول",
    ),
    "address": "Itinerante: vedi le prossime tappe",
    "lat": 42.7603,
    "lon": 11.1135,
    "partner": "Partecipazione e Sviluppo",
    "notes": tr(
        "Lo sportello itinerante del progetto (attività C.3) è attivato da Partecipazione e "
        "Sviluppo: porta gli stessi servizi degli sportelli nei paesi, con tappe che cambiano. "
        "Luoghi, giorni e orari delle tappe sono dati di esempio.",
        "The project's itinerant desk (activity C.3) is run by Partecipazione e Sviluppo: it "
        "brings the desks' services to the villages, with changing stops. Places, days and "
        "times of the stops are sample data.",
        "Le guichet itinérant du projet (activité C.3) est animé par Partecipazione e Sviluppo : "
        "il apporte les services des guichets dans les villages, avec des étapes qui changent. "
        "Lieux, jours et horaires des étapes sont des données d'exemple.",
        "المكتب المتجول للمشروع (النشاط C.3) تديره Partecipazione e Sviluppo: يحمل خدمات "
        "المكاتب إلى القرى، بمحطات متغيرة. أماكن المحطات وأيامها ومواعيدها بيانات مثال.",
    ),
    "services": ["permit", "family", "citizenship", "social", "cv", "courses"],
    "languages": ["it", "en", "fr", "ar"],
    "sample_fields": ["languages"],
    "sources": [SRC_PROGETTO],
    # Stops (sample): weekday (0 = Monday) → a sourced place of demo/data/places.py, 9:30-12:30
    "stops": {0: "Roccastrada", 1: "Scansano", 2: "Castiglione della Pescaia"},
    "stop_hours": ("09:30", "12:30"),
}

# Who runs the events of demo/data/places.py, as the document says.
EVENT_RUN_BY = {
    "mobile_desk": "Arcisolidarietà (sportelli volanti, attività C.2)",
    "info_point": "Arcisolidarietà (infopoint itineranti, attività E.2)",
    "itinerant_desk": "Partecipazione e Sviluppo (sportello itinerante, attività C.3)",
}


# The itinerant desk's stops (events made by demo/pages.py), with their translations.
STOP_SUMMARY = tr(
    "Lo sportello A.L.I. itinerante: informazioni su permesso di soggiorno, cittadinanza, corsi "
    "di italiano, casa e lavoro; aiuto con il curriculum.",
    "The A.L.I. itinerant desk: information on residence permits, citizenship, Italian courses, "
    "housing and work; help with your CV.",
    "Le guichet A.L.I. itinérant : informations sur le titre de séjour, la citoyenneté, les cours "
    "d'italien, le logement et le travail ; aide pour le CV.",
    "مكتب ⁦A.L.I.⁩ المتجول: معلومات عن تصريح الإقامة والجنسية ودورات اللغة الإيطالية والسكن "
    "والعمل؛ مساعدة في السيرة الذاتية.",
)


def stop_place(town: str) -> str:
    from demo.data.places import EVENTS_PLACES

    place = next(p for p in EVENTS_PLACES if p["town"] == town)
    return str(place["place"]).split(" (")[0]


def stop_title(town: str) -> str:
    """The Italian title of a stop in `town`; its translations are registered below."""
    return f"Sportello itinerante a {town}: {stop_place(town)}"


for _town in ITINERANT_DESK["stops"].values():  # type: ignore[attr-defined]
    _where = stop_place(_town)
    tr(
        stop_title(_town),
        f"Itinerant desk in {_town}: {_where}",
        f"Guichet itinérant à {_town} : {_where}",
        f"المكتب المتجول في {_town}: {_where}",
    )
