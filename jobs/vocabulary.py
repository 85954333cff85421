"""Seed vocabulary: occupations of the Grosseto labour market with ISCO-08 unit-group codes
(International Labour Organization, ISCO-08 structure), a skill list in the spirit of ESCO,
professional qualifications, and the 28 municipalities of the province of Grosseto with the
approximate coordinates of their main town (rounded; good for distances, not for navigation).

Every occupation, skill and qualification has its name in the four languages of the portal
(Italian, English, French, Arabic) and the other words people actually type for it: Italian
synonyms and trade slang ("mulettista", "badante", "lavapiatti"), the words of the trade in
French and English, and in Arabic both the standard word and the loanwords used in the Maghreb
and in Italy ("سرباي" serveur, "بلونجور" plongeur, "كلارك" forklift, "بادانتي" badante). They
are used twice: in the CV (typeahead in the person's language) and by the matching, which tags
free text with these concepts (search/concepts.py).

Loaded by data migrations, so every database (tests included) has it. Operators edit it in the
staff area (Job vocabulary snippets) afterwards; the loader never overwrites their changes.

Plain data, no Django imports: tests/relevance/validate.py reads it without Django.
"""

from __future__ import annotations

from typing import NamedTuple

LANGUAGES = ("it", "en", "fr", "ar")

# How far a person can travel to work, in fixed steps: the CV offers these choices, and the
# matching filters each step with one geographic clause, exactly (search/queries/rules.py).
RADIUS_STEPS_KM = (5, 10, 15, 20, 25, 30, 35, 40, 50, 60, 80, 100)


class SkillSeed(NamedTuple):
    label_it: str
    label_en: str
    label_fr: str
    label_ar: str
    synonyms: dict[str, str]  # language -> comma-separated words people type


class OccupationSeed(NamedTuple):
    isco: str
    label_it: str
    label_en: str
    label_fr: str
    label_ar: str
    synonyms: dict[str, str]
    typical_skills: list[str]  # Skill.label_it


class QualificationSeed(NamedTuple):
    code: str
    label_it: str
    label_en: str
    label_fr: str
    label_ar: str
    synonyms: dict[str, str]
    implies_skills: list[str]  # Skill.label_it
    licence: str  # the driving-licence entry that is the same paper ("" if none)
    needs_course: bool  # a real course (days), not a few hours the employer usually pays


def _syn(it: str = "", en: str = "", fr: str = "", ar: str = "") -> dict[str, str]:
    return {"it": it, "en": en, "fr": fr, "ar": ar}


SKILLS: list[SkillSeed] = [
    SkillSeed(
        "raccolta manuale di frutta e ortaggi",
        "manual harvesting of fruit and vegetables",
        "récolte manuelle de fruits et légumes",
        "قطف الفواكه والخضار يدويًا",
        _syn(
            it="raccolta di frutta, raccolta di ortaggi, raccolta pomodori, raccolta meloni, "
            "raccolta in serra, raccolta in campo, raccogliere frutta",
            en="fruit picking, vegetable picking, picking vegetables, picking fruit, picking "
            "tomatoes, crop picking, harvest work",
            fr="cueillette, récolte des légumes, récolte des fruits, récolte des tomates, "
            "cueillette des tomates, cueillette des fruits",
            ar="قطف الخضار, قطف الفواكه, جمع الطماطم, قطف الطماطم, جني المحاصيل, جمع الخضار",
        ),
    ),
    SkillSeed(
        "potatura",
        "pruning",
        "taille (vigne, arbres)",
        "التقليم",
        _syn(
            it="potare, potatura della vite, potatura degli ulivi, potatura invernale, "
            "potatura verde, potature",
            en="prune, vine pruning, pruning vines, winter pruning, tree pruning, pruning shears",
            fr="tailler, taille de la vigne, taille d'hiver, taille des arbres, taille des "
            "oliviers, sécateur, élagage",
            ar="تقليم, تقليم الكروم, تقليم الدوالي, تقليم العنب, تقليم الأشجار, تقليم الزيتون, "
            "مقص التقليم",
        ),
    ),
    SkillSeed(
        "vendemmia",
        "grape harvesting",
        "vendanges",
        "قطف العنب",
        _syn(
            it="vendemmiare, vendemmiatore, raccolta dell'uva",
            en="grape harvest, grape picking, harvesting grapes, picking grapes",
            fr="vendange, vendanger, vendangeur, cueillette du raisin",
            ar="قطف العنب, جني العنب, موسم العنب",
        ),
    ),
    SkillSeed(
        "guida del trattore",
        "tractor driving",
        "conduite de tracteur",
        "قيادة الجرار",
        _syn(
            it="guidare il trattore, guida dei trattori, trattorista",
            en="tractor, tractor driver, drive the tractor",
            fr="tracteur, conduire le tracteur",
            ar="الجرار, جرار, تراكتور, التراكتور, سواقة الجرار, سياقة الجرار",
        ),
    ),
    SkillSeed(
        "mungitura",
        "milking",
        "traite",
        "حلب الحيوانات",
        _syn(
            it="mungere, mungitore, mungitura meccanica, sala di mungitura, mungitura a mano",
            en="milker, milking parlour, milking machine, milking cows, milking sheep",
            fr="traire, trayeur, traite des brebis, traite des vaches, traite à la main, "
            "traite mécanique",
            ar="حلب الأغنام, حلب الماعز, حلب الأبقار, حلب البقر, الحلب اليدوي, آلة الحلب, أحلب",
        ),
    ),
    SkillSeed(
        "cura degli animali",
        "animal care",
        "soins aux animaux",
        "رعاية الحيوانات",
        _syn(
            it="cura del gregge, cura del bestiame, alimentazione degli animali, accudire gli "
            "animali, pastore, gregge, bestiame, aiutare nei parti",
            en="livestock, looking after animals, feeding animals, feeding calves, herding, "
            "shepherd, flock, cattle",
            fr="soins des bêtes, soigner les bêtes, soins du troupeau, alimentation du troupeau, "
            "berger, troupeau, bétail",
            ar="رعاية الماشية, العناية بالحيوانات, رعاية الحيوانات المريضة, رعي, راعي أغنام, "
            "قطيع, المواشي",
        ),
    ),
    SkillSeed(
        "servizio ai tavoli",
        "table service",
        "service en salle",
        "خدمة الطاولات",
        _syn(
            it="servire ai tavoli, servizio in sala, servizio sala, prendere le comande, comande, "
            "prendere le ordinazioni",
            en="serving tables, waiting tables, waiting on tables, taking orders, serving food",
            fr="service à table, servir à table, servir en salle, prendre les commandes, "
            "porter les assiettes, porter trois assiettes",
            ar="خدمة الزبائن على الطاولات, تقديم الطعام, أخذ الطلبات, خدمة الطاولة",
        ),
    ),
    SkillSeed(
        "preparazione di caffè e bevande",
        "preparing coffee and drinks",
        "préparation du café et des boissons",
        "تحضير القهوة والمشروبات",
        _syn(
            it="caffè, caffetteria, cappuccino, espresso, cocktail, bevande, fare il caffè",
            en="coffee, making coffee, espresso, cappuccino, drinks, cocktails, bar work",
            fr="faire le café, café et boissons, boissons, cocktails",
            ar="تحضير القهوة, القهوة, إسبريسو, كابوتشينو, العصائر, المشروبات",
        ),
    ),
    SkillSeed(
        "preparazione dei pasti",
        "meal preparation",
        "préparation des repas",
        "تحضير الوجبات",
        _syn(
            it="cucinare, preparazione dei piatti, primi piatti, secondi piatti, cucina calda",
            en="cooking, preparing meals, cooking meals, hot dishes, food preparation",
            fr="préparation des plats, plats du jour, faire la cuisine, faire à manger, repas",
            ar="الطبخ, طبخ, أطبخ, تحضير الطعام, تحضير الأطباق, الأطباق الساخنة",
        ),
    ),
    SkillSeed(
        "cucina toscana",
        "Tuscan cooking",
        "cuisine toscane",
        "المطبخ التوسكاني",
        _syn(
            it="cucina maremmana, piatti toscani, piatti maremmani, cucina tipica toscana, "
            "tortelli maremmani, acquacotta, ribollita, pici",
            en="Tuscan food, Tuscan dishes, Tuscan cuisine, ribollita, pici, acquacotta",
            fr="plats toscans, cuisine toscane traditionnelle, ribollita, acquacotta",
            ar="الطبخ التوسكاني, الأطباق التوسكانية, الريبوليتا, الأكواكوتا",
        ),
    ),
    SkillSeed(
        "igiene alimentare HACCP",
        "HACCP food hygiene",
        "hygiène alimentaire HACCP",
        "سلامة الغذاء (HACCP)",
        _syn(
            it="haccp, igiene alimentare, sicurezza alimentare",
            en="haccp, food hygiene, food safety",
            fr="haccp, hygiène alimentaire, sécurité alimentaire",
            ar="سلامة الغذاء, النظافة الغذائية",
        ),
    ),
    SkillSeed(
        "lavaggio stoviglie",
        "dishwashing",
        "plonge (vaisselle)",
        "غسل الأواني",
        _syn(
            it="lavapiatti, lavare i piatti, lavaggio piatti, lavaggio pentole, pentole",
            en="washing dishes, dishwasher, dishwashing, washing pots, pot washing, washed dishes",
            fr="plonge, plongeur, plongeuse, vaisselle, faire la vaisselle",
            ar="غسل الصحون, غسيل الصحون, غسل الأواني, غسل القدور, بلونجور, غسال صحون",
        ),
    ),
    SkillSeed(
        "riassetto delle camere",
        "making up hotel rooms",
        "ménage des chambres d'hôtel",
        "ترتيب غرف الفنادق",
        _syn(
            it="rifacimento letti, rifare i letti, pulizia delle camere, pulizia camere, "
            "riassetto camere, cameriera ai piani, biancheria",
            en="making beds, made beds, cleaning rooms, room cleaning, cleaning hotel rooms, "
            "changing towels, housekeeping",
            fr="faire les lits, ménage des chambres, nettoyage des chambres, chambres d'hôtel, "
            "femme de chambre",
            ar="ترتيب الغرف, ترتيب الأسرة, تنظيف الغرف, تغيير المناشف, تغيير الشراشف, هاوس كيبينج",
        ),
    ),
    SkillSeed(
        "pulizia di uffici e locali",
        "cleaning offices and premises",
        "nettoyage de bureaux et locaux",
        "تنظيف المكاتب والمحلات",
        _syn(
            it="pulizie di uffici, pulizia uffici, pulizie uffici, pulizia scale, pulizie "
            "condominiali, scale condominiali, pulizia negozi, impresa di pulizie, sanificazione",
            en="office cleaning, cleaning offices, clean offices, cleaning shops, cleaning "
            "stairs, commercial cleaning",
            fr="nettoyage de bureaux, nettoyage des bureaux, nettoyage des escaliers, "
            "nettoyage des locaux, entretien des bureaux",
            ar="تنظيف المكاتب, تنظيف العمارات, تنظيف السلالم, تنظيف المحلات",
        ),
    ),
    SkillSeed(
        "uso di macchine per la pulizia",
        "using cleaning machines",
        "utilisation de machines de nettoyage",
        "استعمال آلات التنظيف",
        _syn(
            it="lavasciuga, monospazzola, lavapavimenti, macchine per le pulizie",
            en="floor scrubber, scrubber dryer, scrubber-dryer, cleaning machines",
            fr="autolaveuse, monobrosse, machines de nettoyage",
            ar="آلة التنظيف, آلات التنظيف, ماكينة تنظيف الأرضيات",
        ),
    ),
    SkillSeed(
        "accoglienza dei clienti",
        "welcoming guests",
        "accueil des clients",
        "استقبال الزبائن",
        _syn(
            it="accoglienza clienti, accogliere i clienti, rapporto con i clienti",
            en="welcoming customers, greeting customers, customer service, working with people",
            fr="accueillir les clients, relation avec les clients, parler avec les clients",
            ar="استقبال الضيوف, استقبال العملاء, خدمة العملاء, خدمة الزبائن",
        ),
    ),
    SkillSeed(
        "assistenza alla persona anziana",
        "care of older people",
        "aide aux personnes âgées",
        "رعاية المسنين",
        _syn(
            it="assistenza anziani, assistenza agli anziani, badante, assistere anziani, "
            "compagnia agli anziani, assistenza domiciliare, malati di alzheimer",
            en="elderly care, care of the elderly, looking after elderly, elderly man, elderly "
            "woman, elderly people, home care, caregiver, carer",
            fr="s'occuper des personnes âgées, personnes âgées, personne âgée, aide à domicile, "
            "auxiliaire de vie, garde-malade",
            ar="رعاية المسنين, رعاية كبار السن, العناية بالمسنين, مرافقة المسنين, سيدة مسنة, "
            "رجل مسن, مسنة, بادانتي",
        ),
    ),
    SkillSeed(
        "igiene della persona",
        "personal hygiene care",
        "aide à la toilette",
        "المساعدة في النظافة الشخصية",
        _syn(
            it="igiene personale, igiene intima, bagno alla persona, lavare la persona, cura "
            "della persona",
            en="personal hygiene, personal care, bathing, help with washing, washing patients",
            fr="toilette, faire la toilette, toilette des patients, hygiène corporelle",
            ar="النظافة الشخصية, الاستحمام, المساعدة في الاستحمام, تحميم",
        ),
    ),
    SkillSeed(
        "mobilizzazione della persona",
        "moving and lifting people safely",
        "aide aux déplacements et transferts",
        "مساعدة الأشخاص على الحركة بأمان",
        _syn(
            it="mobilizzazione, alzare dal letto, aiutare a camminare, deambulazione, sollevatore",
            en="helping to walk, help to walk, lifting patients, moving patients, mobility "
            "assistance, transfers",
            fr="aider à marcher, aide à la marche, mobilisation, lever du lit",
            ar="المساعدة على المشي, المشي, النهوض من السرير, مساعدة على الحركة",
        ),
    ),
    SkillSeed(
        "somministrazione di farmaci su prescrizione",
        "giving medicines as prescribed",
        "administration des médicaments prescrits",
        "إعطاء الأدوية حسب الوصفة",
        _syn(
            it="farmaci, medicine, somministrare i farmaci, terapie",
            en="medicines, medication, giving medicines",
            fr="médicaments, donner les médicaments, prise des médicaments",
            ar="الدواء, الأدوية, مواعيد الدواء, إعطاء الدواء",
        ),
    ),
    SkillSeed(
        "muratura",
        "bricklaying",
        "maçonnerie",
        "البناء بالطوب",
        _syn(
            it="murature, muri in pietra, muri in mattoni, tirare su i muri, costruire muri",
            en="bricklaying, block laying, laying bricks, masonry, building walls",
            fr="murs en briques, parpaings, monter les murs",
            ar="بناء الطوب, بناء الجدران, البناء بالحجر",
        ),
    ),
    SkillSeed(
        "intonacatura",
        "plastering",
        "enduits et crépi",
        "اللياسة",
        _syn(
            it="intonaco, intonaci, intonacare, rasatura",
            en="plaster, plastering, rendering",
            fr="crépi, enduit, enduits, crépissage",
            ar="لياسة, المحارة, محارة",
        ),
    ),
    SkillSeed(
        "lettura del disegno tecnico",
        "reading technical drawings",
        "lecture de plans",
        "قراءة المخططات الفنية",
        _syn(
            it="disegno tecnico, leggere i progetti, lettura dei progetti",
            en="technical drawings, reading drawings, blueprints",
            fr="lire les plans, plans techniques",
            ar="قراءة المخططات, المخططات الهندسية",
        ),
    ),
    SkillSeed(
        "uso di attrezzi edili",
        "using building tools",
        "utilisation d'outils de chantier",
        "استعمال أدوات البناء",
        _syn(
            it="malta, preparare la malta, betoniera, carriola, demolizioni, attrezzi da cantiere",
            en="mixing mortar, mortar, concrete mixer, concrete, building tools",
            fr="béton, bétonnière, mortier, coffrage, outils de chantier",
            ar="خلط الخرسانة, صب الخرسانة, الخرسانة, الإسمنت, أدوات البناء",
        ),
    ),
    SkillSeed(
        "sicurezza nei cantieri",
        "construction site safety",
        "sécurité sur les chantiers",
        "السلامة في مواقع البناء",
        _syn(
            it="sicurezza in cantiere, corso sicurezza cantieri, ponteggi, dpi",
            en="site safety, building site safety, scaffolding",
            fr="sécurité sur le chantier, échafaudage",
            ar="السلامة في المواقع, دورة السلامة, السقالات",
        ),
    ),
    SkillSeed(
        "carico e scarico merci",
        "loading and unloading goods",
        "chargement et déchargement de marchandises",
        "تحميل البضائع وتفريغها",
        _syn(
            it="carico e scarico, carico scarico, carico e scarico camion, movimentazione merci, "
            "movimentazione bancali, bancali, facchinaggio",
            en="loading and unloading, loading trucks, unloading trucks, stacking pallets, pallets",
            fr="chargement et déchargement, chargement des camions, chargement des conteneurs, "
            "palettes, manutention",
            ar="تحميل وتفريغ, تحميل الشاحنات, تفريغ الشاحنات, ترتيب المنصات, المنصات, باليت",
        ),
    ),
    SkillSeed(
        "gestione del magazzino",
        "warehouse stock handling",
        "gestion de stock en entrepôt",
        "إدارة المخزن",
        _syn(
            it="inventario, preparazione ordini, gestione scorte, picking",
            en="inventory, stock counting, order picking, stock control",
            fr="inventaire, préparation de commandes, gestion des stocks, réception des "
            "marchandises",
            ar="الجرد, تحضير الطلبيات, إدارة المخزون",
        ),
    ),
    SkillSeed(
        "uso del carrello elevatore",
        "forklift operation",
        "conduite de chariot élévateur",
        "قيادة الرافعة الشوكية",
        _syn(
            it="muletto, carrello elevatore, carrelli elevatori, mulettista, carrellista, "
            "patentino del muletto",
            en="forklift, fork lift, forklift truck, lift truck",
            fr="chariot élévateur, cariste, clark, fenwick",
            ar="الرافعة الشوكية, رافعة شوكية, كلارك, موليتو, فوركليفت",
        ),
    ),
    SkillSeed(
        "guida di mezzi pesanti",
        "heavy vehicle driving",
        "conduite de poids lourds",
        "قيادة الشاحنات الثقيلة",
        _syn(
            it="guida camion, autista di camion, autoarticolato, autotreno, bilico, tir, "
            "mezzi pesanti",
            en="truck driving, drove trucks, driving trucks, trailer driving, lorry driving, "
            "heavy goods vehicle, articulated lorry",
            fr="poids lourd, poids lourds, semi-remorque, conduire des camions, chauffeur "
            "poids lourd",
            ar="قيادة الشاحنات, سائق شاحنة, تريلا, الشاحنات الثقيلة",
        ),
    ),
    SkillSeed(
        "uso del cronotachigrafo",
        "tachograph use",
        "utilisation du chronotachygraphe",
        "استعمال جهاز التاكوغراف",
        _syn(
            it="cronotachigrafo, tachigrafo",
            en="tachograph",
            fr="chronotachygraphe, tachygraphe",
            ar="تاكوغراف, التاكوغراف",
        ),
    ),
    SkillSeed(
        "consegne a domicilio",
        "home deliveries",
        "livraisons à domicile",
        "التوصيل إلى المنازل",
        _syn(
            it="consegne, consegna pacchi, consegna a domicilio",
            en="deliveries, parcel delivery, delivering parcels, delivery routes",
            fr="livraisons, livraison de colis",
            ar="توصيل الطلبات, توصيل الطرود, التوصيل",
        ),
    ),
    SkillSeed(
        "uso del navigatore",
        "route planning with satellite navigation",
        "itinéraires avec GPS",
        "تخطيط الطريق بنظام الملاحة",
        _syn(
            it="navigatore, gps",
            en="gps, sat nav",
            fr="gps",
            ar="نظام الملاحة, خرائط الطرق",
        ),
    ),
    SkillSeed(
        "confezionamento e imballaggio",
        "packing and wrapping",
        "emballage et conditionnement",
        "التعبئة والتغليف",
        _syn(
            it="confezionamento, imballaggio, imballare, confezionare",
            en="packing, packaging, wrapping",
            fr="emballage, conditionnement, emballer",
            ar="تعبئة وتغليف, التعبئة, التغليف",
        ),
    ),
    SkillSeed(
        "lavoro in linea di produzione",
        "production line work",
        "travail sur chaîne de production",
        "العمل على خط الإنتاج",
        _syn(
            it="linea di produzione, catena di montaggio",
            en="production line, assembly line",
            fr="chaîne de production, travail à la chaîne, ligne de production",
            ar="خط الإنتاج, خط إنتاج",
        ),
    ),
    SkillSeed(
        "controllo qualità",
        "quality checking",
        "contrôle qualité",
        "مراقبة الجودة",
        _syn(
            it="controllo della qualità",
            en="quality control, quality check",
            fr="contrôle de la qualité",
            ar="مراقبة الجودة, فحص الجودة",
        ),
    ),
    SkillSeed(
        "saldatura",
        "welding",
        "soudure",
        "اللحام",
        _syn(
            it="saldare, saldatura a filo, saldatura tig, saldatura mig",
            en="welder, mig welding, tig welding",
            fr="souder, soudeur",
            ar="لحام, اللحام بالكهرباء",
        ),
    ),
    SkillSeed(
        "manutenzione del verde",
        "green-space maintenance",
        "entretien des espaces verts",
        "صيانة الحدائق",
        _syn(
            it="giardinaggio, taglio dell'erba, taglio erba, tagliare l'erba, siepi, prati, "
            "tosaerba, tagliaerba, manutenzione giardini",
            en="gardening, grass cutting, cutting grass, cut grass, mowing, lawn, hedges, "
            "hedge trimming, garden maintenance",
            fr="jardinage, tonte, tonte du gazon, entretien des jardins, espaces verts, "
            "taille des haies, haies",
            ar="قص العشب, الحدائق, العناية بالحدائق, بستنة, الأسوار الخضراء",
        ),
    ),
    SkillSeed(
        "uso di decespugliatore e motosega",
        "using brush cutters and chainsaws",
        "débroussailleuse et tronçonneuse",
        "استعمال آلة قص الحشائش والمنشار الآلي",
        _syn(
            it="decespugliatore, motosega",
            en="brush cutter, chainsaw, strimmer",
            fr="débroussailleuse, tronçonneuse",
            ar="المنشار الآلي, المنشار, ماكينة قص الحشائش, آلة قص العشب",
        ),
    ),
    SkillSeed(
        "vendita al banco",
        "counter sales",
        "vente au comptoir",
        "البيع في المتجر",
        _syn(
            it="vendita, vendite, banconista",
            en="sales, selling, shop work",
            fr="vente, vente au marché",
            ar="البيع",
        ),
    ),
    SkillSeed(
        "uso della cassa",
        "using a cash register",
        "tenue de caisse",
        "العمل على الصندوق (الكاشير)",
        _syn(
            it="cassa, cassiera, cassiere, scontrini",
            en="till, cash register, cashier",
            fr="tenir la caisse, encaisser, encaissement, caissière, caissier",
            ar="الكاسة, كاشير, الصندوق",
        ),
    ),
    SkillSeed(
        "primo soccorso",
        "first aid",
        "premiers secours",
        "الإسعافات الأولية",
        _syn(
            it="pronto soccorso, primo intervento",
            en="first aid",
            fr="secourisme, premiers soins",
            ar="إسعافات أولية",
        ),
    ),
    SkillSeed(
        "nuoto e salvataggio",
        "swimming and lifesaving",
        "natation et sauvetage",
        "السباحة والإنقاذ",
        _syn(
            it="salvataggio, bagnino, assistente bagnanti, nuoto",
            en="lifesaving, lifeguard, swimming",
            fr="sauvetage, maître-nageur, natation",
            ar="الإنقاذ, السباحة, منقذ",
        ),
    ),
    SkillSeed(
        "lavoro di squadra",
        "teamwork",
        "travail en équipe",
        "العمل ضمن فريق",
        _syn(
            it="lavoro in squadra, lavorare in squadra",
            en="teamwork, team work, work in a team",
            fr="travailler en équipe, je travaille bien en équipe",
            ar="العمل الجماعي",
        ),
    ),
]

OCCUPATIONS: list[OccupationSeed] = [
    OccupationSeed(
        "9211",
        "Bracciante agricolo",
        "Crop farm labourer",
        "Ouvrier agricole",
        "عامل زراعي",
        _syn(
            it="bracciante, operaio agricolo, raccoglitore, contadino, lavoratore agricolo",
            en="farm labourer, farm worker, farmhand, agricultural worker, field worker",
            fr="ouvrier agricole, journalier agricole, cultivateur, travail des champs",
            ar="عامل زراعي, عامل في الحقول, فلاح, عامل مزرعة",
        ),
        ["raccolta manuale di frutta e ortaggi", "potatura", "lavoro di squadra"],
    ),
    OccupationSeed(
        "6112",
        "Operaio viticolo",
        "Vineyard worker",
        "Ouvrier viticole",
        "عامل في الكروم",
        _syn(
            it="vignaiolo, vendemmiatore, operaio in vigna, viticoltore, vigna, vigneto, vigneti",
            en="vineyard worker, vine worker, vineyard, vineyards",
            fr="ouvrier viticole, ouvrier dans les vignes, vigneron, vignes, vigne",
            ar="عامل في الكروم, الكروم, مزارع العنب, مزرعة عنب, كرم العنب",
        ),
        ["vendemmia", "potatura", "guida del trattore"],
    ),
    OccupationSeed(
        "9212",
        "Addetto all'allevamento",
        "Livestock farm labourer",
        "Ouvrier d'élevage",
        "عامل في تربية المواشي",
        _syn(
            it="mungitore, stalliere, pastore, allevatore, allevamento, addetto alla stalla",
            en="livestock worker, dairy farm worker, dairy farm, cattle farm, milker, "
            "shepherd, herdsman",
            fr="berger, ouvrier d'élevage, ouvrier en bergerie, bergerie, éleveur, vacher",
            ar="راعي أغنام, راعي غنم, راعي, عامل في حظيرة, مربي مواشي, حظيرة",
        ),
        ["mungitura", "cura degli animali"],
    ),
    OccupationSeed(
        "6113",
        "Giardiniere",
        "Gardener",
        "Jardinier",
        "بستاني",
        _syn(
            it="manutentore del verde, addetto al verde, giardinieri",
            en="gardener, gardening worker, landscaper, groundskeeper",
            fr="jardinier, paysagiste, agent des espaces verts",
            ar="بستاني, جنايني, عامل حدائق",
        ),
        ["manutenzione del verde", "uso di decespugliatore e motosega", "potatura"],
    ),
    OccupationSeed(
        "9214",
        "Operaio florovivaista",
        "Garden and nursery labourer",
        "Ouvrier en pépinière",
        "عامل في مشتل",
        _syn(
            it="vivaista, vivaio, florovivaista",
            en="nursery worker, plant nursery",
            fr="pépinière, pépiniériste, ouvrier en pépinière",
            ar="مشتل, عامل مشتل",
        ),
        ["manutenzione del verde", "confezionamento e imballaggio"],
    ),
    OccupationSeed(
        "5131",
        "Cameriere di sala",
        "Waiter",
        "Serveur en salle",
        "نادل",
        _syn(
            it="cameriere, cameriera, camerieri, cameriera di sala, addetto sala, commis di sala",
            en="waiter, waitress, server, waiting staff",
            fr="serveur, serveuse, chef de rang",
            ar="نادل, نادلة, سرباي, جرسون, سيرفور",
        ),
        ["servizio ai tavoli", "accoglienza dei clienti", "preparazione di caffè e bevande"],
    ),
    OccupationSeed(
        "5132",
        "Barista",
        "Bartender",
        "Barman",
        "نادل بار (باريستا)",
        _syn(
            it="barman, banconista bar, barista",
            en="bartender, barman, barista",
            fr="barman, barmaid",
            ar="باريستا, بارمان, نادلة في مقهى, نادل في مقهى",
        ),
        ["preparazione di caffè e bevande", "uso della cassa", "accoglienza dei clienti"],
    ),
    OccupationSeed(
        "5120",
        "Cuoco",
        "Cook",
        "Cuisinier",
        "طباخ",
        _syn(
            it="cuoca, cuochi, chef, capo partita",
            en="cook, chef",
            fr="cuisinier, cuisinière, chef cuisinier",
            ar="طباخ, طباخة, شيف",
        ),
        ["preparazione dei pasti", "cucina toscana", "igiene alimentare HACCP"],
    ),
    OccupationSeed(
        "9412",
        "Aiuto cuoco",
        "Kitchen helper",
        "Aide de cuisine",
        "مساعد طباخ",
        _syn(
            it="aiuto cuoca, aiuto cucina, commis di cucina, addetto alla cucina",
            en="kitchen helper, kitchen assistant, commis chef, prep cook",
            fr="aide-cuisinier, aide cuisinier, aide de cuisine, commis de cuisine",
            ar="مساعد طباخ, مساعدة طباخ, مساعد في المطبخ",
        ),
        ["preparazione dei pasti", "igiene alimentare HACCP", "lavaggio stoviglie"],
    ),
    OccupationSeed(
        "9412",
        "Lavapiatti",
        "Dishwasher",
        "Plongeur",
        "غسال صحون",
        _syn(
            it="lavapiatti, addetto al lavaggio stoviglie",
            en="dishwasher, dish washer, kitchen porter",
            fr="plongeur, plongeuse",
            ar="غسال صحون, غسالة صحون, بلونجور",
        ),
        ["lavaggio stoviglie", "igiene alimentare HACCP"],
    ),
    OccupationSeed(
        "9112",
        "Cameriera ai piani",
        "Hotel room attendant",
        "Femme de chambre",
        "عاملة غرف في فندق",
        _syn(
            it="cameriera ai piani, cameriere ai piani, addetta ai piani, governante, "
            "governante di piano",
            en="room attendant, chambermaid, housekeeper, hotel housekeeping, room cleaner, "
            "hotel room cleaner",
            fr="femme de chambre, valet de chambre, gouvernante",
            ar="عاملة غرف, عاملة تنظيف غرف, عاملة غرف في فندق, هاوس كيبينج",
        ),
        ["riassetto delle camere", "uso di macchine per la pulizia"],
    ),
    OccupationSeed(
        "9112",
        "Addetto alle pulizie",
        "Cleaner",
        "Agent d'entretien",
        "عامل نظافة",
        _syn(
            it="addetta pulizie, addetta alle pulizie, addetto pulizie, operaio delle pulizie, "
            "operatore ecologico interno",
            en="cleaner, office cleaner, cleaning staff",
            fr="agent d'entretien, agente d'entretien, technicien de surface, technicienne "
            "de surface, femme de ménage",
            ar="عامل نظافة, عاملة نظافة, عاملة تنظيف, عامل تنظيف",
        ),
        ["pulizia di uffici e locali", "uso di macchine per la pulizia"],
    ),
    OccupationSeed(
        "4224",
        "Receptionist d'albergo",
        "Hotel receptionist",
        "Réceptionniste d'hôtel",
        "موظف استقبال في فندق",
        _syn(
            it="portiere d'albergo, receptionist, addetto al ricevimento",
            en="receptionist, front desk",
            fr="réceptionniste",
            ar="موظف استقبال, موظفة استقبال",
        ),
        ["accoglienza dei clienti", "uso della cassa"],
    ),
    OccupationSeed(
        "5322",
        "Assistente familiare (badante)",
        "Home-based personal care worker",
        "Aide à domicile",
        "مرافق(ة) منزلي(ة) للمسنين (بادانتي)",
        _syn(
            it="badante, assistente familiare, collaboratrice familiare, badante convivente",
            en="carer, caregiver, home carer, live-in carer, care worker",
            fr="aide à domicile, auxiliaire de vie, garde-malade, dame de compagnie",
            ar="بادانتي, مرافقة مسنين, مرافق مسن, جليسة مسنين",
        ),
        ["assistenza alla persona anziana", "igiene della persona", "mobilizzazione della persona"],
    ),
    OccupationSeed(
        "5321",
        "Operatore socio-sanitario (OSS)",
        "Health care assistant",
        "Aide-soignant",
        "مساعد(ة) تمريض",
        _syn(
            it="oss, operatore socio sanitario, operatrice socio sanitaria, osa",
            en="health care assistant, nursing assistant, auxiliary nurse, care assistant",
            fr="aide-soignant, aide-soignante, auxiliaire de soins",
            ar="مساعد تمريض, مساعدة تمريض, مساعد ممرض",
        ),
        [
            "igiene della persona",
            "mobilizzazione della persona",
            "somministrazione di farmaci su prescrizione",
        ],
    ),
    OccupationSeed(
        "7112",
        "Muratore",
        "Bricklayer",
        "Maçon",
        "بنّاء",
        _syn(
            it="muratrice, muratori, capomastro",
            en="bricklayer, mason",
            fr="maçon",
            ar="بناء, بنائين",
        ),
        ["muratura", "intonacatura", "lettura del disegno tecnico", "sicurezza nei cantieri"],
    ),
    OccupationSeed(
        "9313",
        "Manovale edile",
        "Building construction labourer",
        "Manœuvre du bâtiment",
        "عامل بناء",
        _syn(
            it="manovale, operaio edile, aiuto muratore",
            en="building labourer, construction worker, construction labourer, labourer",
            fr="manœuvre, manoeuvre, ouvrier du bâtiment, aide-maçon",
            ar="عامل بناء, مساعد بناء, عامل في ورشة بناء",
        ),
        ["uso di attrezzi edili", "sicurezza nei cantieri", "carico e scarico merci"],
    ),
    OccupationSeed(
        "9333",
        "Magazziniere",
        "Warehouse worker (freight handler)",
        "Magasinier",
        "عامل مخزن",
        _syn(
            it="addetto carico scarico, addetto al magazzino, facchino",
            en="warehouse worker, warehouseman, stock handler, storekeeper",
            fr="magasinier, manutentionnaire, préparateur de commandes",
            ar="عامل مخزن, أمين مخزن, عامل في مخزن",
        ),
        ["carico e scarico merci", "gestione del magazzino"],
    ),
    OccupationSeed(
        "8344",
        "Carrellista (mulettista)",
        "Lift truck operator",
        "Cariste",
        "سائق رافعة شوكية",
        _syn(
            it="mulettista, carrellista, conduttore di carrelli elevatori",
            en="forklift driver, forklift operator, lift truck operator",
            fr="cariste, conducteur de chariot élévateur",
            ar="سائق رافعة شوكية, سائق كلارك, سائق موليتو",
        ),
        ["uso del carrello elevatore", "carico e scarico merci"],
    ),
    OccupationSeed(
        "8332",
        "Autista di camion (patente C)",
        "Heavy truck driver",
        "Chauffeur poids lourd",
        "سائق شاحنة",
        _syn(
            it="camionista, autotrasportatore, autista camion, autista di autoarticolato",
            en="truck driver, lorry driver, hgv driver, trucker",
            fr="chauffeur poids lourd, chauffeur routier, routier, camionneur, chauffeur de camion",
            ar="سائق شاحنة, سائق تريلا, سواق شاحنة",
        ),
        ["guida di mezzi pesanti", "uso del cronotachigrafo", "carico e scarico merci"],
    ),
    OccupationSeed(
        "8322",
        "Autista per consegne",
        "Delivery driver",
        "Chauffeur-livreur",
        "سائق توصيل",
        _syn(
            it="corriere, fattorino, autista furgone, autista consegne",
            en="delivery driver, courier, van driver",
            fr="chauffeur-livreur, livreur",
            ar="سائق توصيل, ليفرور, سائق فان",
        ),
        ["consegne a domicilio", "uso del navigatore"],
    ),
    OccupationSeed(
        "9321",
        "Addetto al confezionamento",
        "Hand packer",
        "Emballeur",
        "عامل تعبئة وتغليف",
        _syn(
            it="imballatore, confezionatore, confezionatrice",
            en="packer, hand packer",
            fr="emballeur, emballeuse, conditionneur",
            ar="عامل تعبئة, عامل تغليف",
        ),
        ["confezionamento e imballaggio", "controllo qualità"],
    ),
    OccupationSeed(
        "8160",
        "Operaio dell'industria alimentare",
        "Food products machine operator",
        "Ouvrier de l'industrie alimentaire",
        "عامل في مصنع أغذية",
        _syn(
            it="addetto linea alimentare, operaio alimentare",
            en="food factory worker, food production worker",
            fr="ouvrier agroalimentaire, opérateur de production alimentaire",
            ar="عامل خط إنتاج, عامل في مصنع أغذية",
        ),
        ["lavoro in linea di produzione", "igiene alimentare HACCP", "controllo qualità"],
    ),
    OccupationSeed(
        "7212",
        "Saldatore",
        "Welder",
        "Soudeur",
        "لحّام",
        _syn(it="saldatrice", en="welder", fr="soudeur, soudeuse", ar="لحام"),
        ["saldatura", "lettura del disegno tecnico"],
    ),
    OccupationSeed(
        "5223",
        "Commesso",
        "Shop sales assistant",
        "Vendeur",
        "بائع",
        _syn(
            it="commessa, addetto vendite, addetta vendite",
            en="shop assistant, sales assistant",
            fr="vendeur, vendeuse",
            ar="بائع, بائعة",
        ),
        ["vendita al banco", "uso della cassa", "accoglienza dei clienti"],
    ),
    OccupationSeed(
        "5419",
        "Bagnino",
        "Lifeguard",
        "Maître-nageur sauveteur",
        "منقذ سباحة",
        _syn(
            it="assistente bagnanti",
            en="lifeguard",
            fr="maître-nageur, surveillant de baignade",
            ar="منقذ, منقذ سباحة",
        ),
        ["nuoto e salvataggio", "primo soccorso"],
    ),
]

# Occupations an operator treats as related trades (same kitchen, same yard, same house), in
# both directions, by Italian label. Occupations of the same ISCO-08 minor group (3 digits) are
# related anyway (search/queries/rules.py); these links add what the ISCO structure keeps apart.
RELATED_OCCUPATIONS: list[tuple[str, str]] = [
    ("Magazziniere", "Carrellista (mulettista)"),
    ("Cuoco", "Aiuto cuoco"),
    ("Cuoco", "Lavapiatti"),
    ("Muratore", "Manovale edile"),
    ("Autista di camion (patente C)", "Autista per consegne"),
    ("Bracciante agricolo", "Operaio viticolo"),
    ("Bracciante agricolo", "Giardiniere"),
    ("Operaio florovivaista", "Giardiniere"),
]

# Professional qualifications (certificates and courses recorded in the CV, required by offers).
QUALIFICATIONS: list[QualificationSeed] = [
    QualificationSeed(
        "CQC_GOODS",
        "CQC merci (carta di qualificazione del conducente)",
        "Driver CQC for goods (certificate of professional competence)",
        "CQC marchandises (carte de qualification du conducteur)",
        "بطاقة الكفاءة المهنية للسائق (CQC) لنقل البضائع",
        _syn(
            it="cqc, carta di qualificazione del conducente",
            en="cqc, driver cpc",
            fr="cqc, fimo",
            ar="بطاقة cqc",
        ),
        ["guida di mezzi pesanti", "uso del cronotachigrafo"],
        "CQC",
        True,
    ),
    QualificationSeed(
        "HACCP",
        "Attestato HACCP",
        "HACCP certificate",
        "Attestation HACCP",
        "شهادة HACCP",
        _syn(it="haccp", en="haccp", fr="haccp", ar="haccp"),
        ["igiene alimentare HACCP"],
        "",
        False,
    ),
    QualificationSeed(
        "SAFETY_GENERAL",
        "Formazione generale sulla sicurezza (4 ore)",
        "General health and safety training (4 hours)",
        "Formation générale à la sécurité (4 heures)",
        "تكوين عام في السلامة (4 ساعات)",
        _syn(
            it="corso sicurezza, sicurezza sul lavoro",
            en="safety training, health and safety",
            fr="formation sécurité",
            ar="دورة السلامة",
        ),
        [],
        "",
        False,
    ),
    QualificationSeed(
        "SAFETY_CONSTRUCTION",
        "Corso sicurezza cantieri (16 ore)",
        "Construction site safety course (16 hours)",
        "Formation sécurité chantier (16 heures)",
        "دورة السلامة في مواقع البناء (16 ساعة)",
        _syn(
            it="16 ore, sicurezza cantiere, formazione edile",
            en="site safety course, 16 hours",
            fr="sécurité chantier, 16 heures",
            ar="السلامة في المواقع, 16 ساعة",
        ),
        ["sicurezza nei cantieri"],
        "",
        True,
    ),
    QualificationSeed(
        "FORKLIFT_CERT",
        "Abilitazione alla conduzione di carrelli elevatori (patentino del muletto)",
        "Forklift operator certificate",
        "Certificat de cariste (CACES chariot)",
        "شهادة قيادة الرافعة الشوكية",
        _syn(
            it="patentino del muletto, patentino muletto, patentino carrellista",
            en="forklift licence, forklift certificate",
            fr="caces, certificat cariste, permis cariste",
            ar="شهادة الرافعة, باتنتينو موليتو",
        ),
        ["uso del carrello elevatore"],
        "FORKLIFT",
        True,
    ),
    QualificationSeed(
        "PLE_CERT",
        "Abilitazione piattaforme di lavoro elevabili (PLE)",
        "Mobile elevating work platform (MEWP) certificate",
        "Certificat nacelle (PEMP)",
        "شهادة تشغيل المنصات الرافعة",
        _syn(it="ple, piattaforma aerea, cestello", en="mewp, cherry picker", fr="nacelle"),
        [],
        "",
        True,
    ),
    QualificationSeed(
        "FIRST_AID",
        "Attestato di primo soccorso",
        "First aid certificate",
        "Attestation de premiers secours",
        "شهادة الإسعافات الأولية",
        _syn(it="primo soccorso", en="first aid", fr="premiers secours, psc1", ar="الإسعافات"),
        ["primo soccorso"],
        "",
        False,
    ),
    QualificationSeed(
        "LIFEGUARD",
        "Brevetto di assistente bagnanti",
        "Lifeguard certificate",
        "Brevet de surveillant de baignade",
        "شهادة منقذ سباحة",
        _syn(it="brevetto bagnino", en="lifeguard certificate", fr="bnssa"),
        ["nuoto e salvataggio", "primo soccorso"],
        "",
        True,
    ),
    QualificationSeed(
        "OSS",
        "Qualifica di operatore socio-sanitario (OSS)",
        "Health care assistant qualification (OSS)",
        "Diplôme d'aide-soignant (OSS)",
        "شهادة مساعد تمريض (OSS)",
        _syn(it="qualifica oss, corso oss", en="oss course", fr="diplôme aide-soignant"),
        [
            "igiene della persona",
            "mobilizzazione della persona",
            "somministrazione di farmaci su prescrizione",
        ],
        "",
        True,
    ),
    QualificationSeed(
        "PESTICIDES",
        "Patentino fitosanitario",
        "Pesticide application licence",
        "Certiphyto (produits phytosanitaires)",
        "رخصة استعمال المبيدات",
        _syn(it="patentino fitosanitario, fitofarmaci", en="pesticides", fr="certiphyto"),
        [],
        "",
        True,
    ),
]

# (name, latitude, longitude): approximate centre of the main town.
MUNICIPALITIES: list[tuple[str, float, float]] = [
    ("Arcidosso", 42.872, 11.539),
    ("Campagnatico", 42.884, 11.273),
    ("Capalbio", 42.454, 11.423),
    ("Castel del Piano", 42.891, 11.539),
    ("Castell'Azzara", 42.773, 11.698),
    ("Castiglione della Pescaia", 42.765, 10.881),
    ("Cinigiano", 42.890, 11.392),
    ("Civitella Paganico", 42.955, 11.283),
    ("Follonica", 42.919, 10.761),
    ("Gavorrano", 42.925, 10.908),
    ("Grosseto", 42.760, 11.114),
    ("Isola del Giglio", 42.365, 10.905),
    ("Magliano in Toscana", 42.598, 11.293),
    ("Manciano", 42.588, 11.516),
    ("Massa Marittima", 43.050, 10.889),
    ("Monte Argentario", 42.436, 11.117),
    ("Monterotondo Marittimo", 43.145, 10.856),
    ("Montieri", 43.130, 11.016),
    ("Orbetello", 42.441, 11.212),
    ("Pitigliano", 42.635, 11.670),
    ("Roccalbegna", 42.786, 11.508),
    ("Roccastrada", 43.010, 11.168),
    ("Santa Fiora", 42.831, 11.585),
    ("Scansano", 42.688, 11.330),
    ("Scarlino", 42.908, 10.850),
    ("Seggiano", 42.929, 11.558),
    ("Semproniano", 42.730, 11.541),
    ("Sorano", 42.679, 11.715),
]


def _fill_blank(obj: object, values: dict[str, object]) -> bool:
    """Set the fields that are still empty (never overwrite what operators wrote)."""
    changed = False
    for name, value in values.items():
        if value and not getattr(obj, name):
            setattr(obj, name, value)
            changed = True
    return changed


def _language_fields(seed: SkillSeed | OccupationSeed | QualificationSeed) -> dict[str, object]:
    fields: dict[str, object] = {
        "label_en": seed.label_en,
        "label_fr": seed.label_fr,
        "label_ar": seed.label_ar,
    }
    fields.update({f"synonyms_{lang}": seed.synonyms.get(lang, "") for lang in LANGUAGES})
    return fields


def vocabulary_load(
    *, occupation_model, skill_model, municipality_model, qualification_model=None
) -> None:
    """Create what is missing and fill translations still empty; never overwrite what
    operators changed. Takes the model classes so a data migration can pass its historical
    models (the first data migration ran before qualifications and translations existed)."""
    multilingual = qualification_model is not None
    skills = {}
    fields: dict[str, object]
    for seed in SKILLS:
        fields = _language_fields(seed) if multilingual else {"label_en": seed.label_en}
        skill, created = skill_model.objects.get_or_create(label_it=seed.label_it, defaults=fields)
        if not created and _fill_blank(skill, fields):
            skill.save()
        skills[seed.label_it] = skill
    occupations = {}
    for occ in OCCUPATIONS:
        fields = {"isco_code": occ.isco}
        fields.update(
            _language_fields(occ)
            if multilingual
            else {"label_en": occ.label_en, "synonyms": occ.synonyms["it"]}
        )
        occupation, created = occupation_model.objects.get_or_create(
            label_it=occ.label_it, defaults=fields
        )
        if created:
            occupation.typical_skills.set([skills[s] for s in occ.typical_skills])
        elif _fill_blank(occupation, fields):
            occupation.save()
        occupations[occ.label_it] = occupation
    if multilingual:
        for a, b in RELATED_OCCUPATIONS:  # both ways (historical models are not symmetrical)
            for one, other in ((a, b), (b, a)):
                if not occupations[one].related.filter(pk=occupations[other].pk).exists():
                    occupations[one].related.add(occupations[other])
        for qual in QUALIFICATIONS:
            fields = {"label_it": qual.label_it, **_language_fields(qual)}
            fields.update({"licence": qual.licence, "needs_course": qual.needs_course})
            qualification, created = qualification_model.objects.get_or_create(
                code=qual.code, defaults=fields
            )
            if created:
                qualification.implies_skills.set([skills[s] for s in qual.implies_skills])
    for name, lat, lon in MUNICIPALITIES:
        municipality_model.objects.get_or_create(
            name=name, defaults={"latitude": lat, "longitude": lon}
        )
