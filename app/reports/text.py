"""The words of the reports in Finnish, Swedish and English.

Reports are made in ``app/`` (no Qt) for the desktop, the command line and the register alike, so their labels live
here rather than in the Qt Linguist files; a test checks that every language has every key. The domain's terms come
from the one vocabulary (``app.terms``), so a report names them as the screen does.
"""

from __future__ import annotations

from app import terms, vocab

LANGUAGES = terms.LANGUAGES

_WORDS: dict[str, tuple[str, str, str]] = {
    # report titles
    "report_review": ("Vuosikatsaus", "Årsöversikt", "Yearly review"),
    "report_municipality": ("Kunnittain", "Per kommun", "By municipality"),
    "report_theme": ("Teemoittain", "Per tema", "By theme"),
    "report_organisation": ("Järjestöittäin", "Per organisation", "By organisation"),
    "report_package": ("Toimintakokonaisuuksittain", "Per verksamhetshelhet", "By service package"),
    "report_month": ("Kuukausittain", "Per månad", "By month"),
    "report_stea": ("STEA: tavoitetut ihmiset", "STEA: nådda personer", "STEA: people reached"),
    # table titles
    "table_figures": ("Luvut", "Siffror", "Figures"),
    "table_encounters": ("Kohtaamiset", "Möten", "Encounters"),
    "table_events": ("Tilaisuudet ja osallistujat", "Evenemang och deltagare", "Events and participants"),
    "table_cancelled": (
        "Perutut lähdöt syyn mukaan",
        "Inställda avgångar efter orsak",
        "Cancelled departures by reason",
    ),
    "table_referrals": ("Ohjaukset järjestöittäin", "Hänvisningar per organisation", "Referrals by organisation"),
    "table_stea": (
        "Tavoitetut ihmiset kohderyhmittäin",
        "Nådda personer per målgrupp",
        "People reached by target group",
    ),
    # figures
    "days_on_road": ("Päiviä tiellä", "Dagar på vägen", "Days on the road"),
    "km": ("Ajetut kilometrit", "Körda kilometer", "Kilometres driven"),
    "cancelled": ("Perutut lähdöt", "Inställda avgångar", "Cancelled departures"),
    "organisations": ("Mukana olleet kumppanijärjestöt", "Medverkande partnerorganisationer", "Partner NGOs involved"),
    "other_organisations": (
        "Muut organisaatiot, joiden työntekijöitä oli mukana",
        "Andra organisationer vars arbetstagare medverkade",
        "Other organisations whose workers took part",
    ),
    "workers": ("Mukana olleet työntekijät", "Medverkande arbetstagare", "Workers involved"),
    "students": ("Opiskelijat", "Studerande", "Students"),
    "network_people": (
        "Ihmisiä alueellisissa verkostoissa",
        "Personer i de regionala nätverken",
        "People in the regional networks",
    ),
    "events": ("Tilaisuudet", "Evenemang", "Events"),
    "participants": ("Osallistujat", "Deltagare", "Participants"),
    "guidance": ("Pop up -neuvonnan asiakkaat", "Klienter i popup-handledning", "Pop-up guidance clients"),
    "referrals": ("Ohjaukset", "Hänvisningar", "Referrals"),
    "contact_requests": ("Yhteydenottopyynnöt", "Kontaktbegäranden", "Contact requests"),
    "answered_in_time": (
        "Vastattu kolmessa arkipäivässä",
        "Besvarade inom tre arbetsdagar",
        "Answered within three working days",
    ),
    "bookings_booked": ("Varatut vastaanottoajat", "Bokade mottagningstider", "Reception times booked"),
    "bookings_arrived": ("Varanneet, jotka tulivat", "Bokade som kom", "Booked and came"),
    "bookings_no_show": ("Varanneet, jotka eivät tulleet", "Bokade som inte kom", "Booked and did not come"),
    "professional_work": ("Konsultaatiot ja parityö", "Konsultationer och pararbete", "Consultations and pair work"),
    "held_days": ("Pysäkkipäivät", "Hållplatsdagar", "Stop days"),
    # groups of people
    "children_youth": ("Lapset ja nuoret", "Barn och unga", "Children and young people"),
    "others": ("Muut", "Övriga", "Others"),
    "enc_parents": ("Kohtaamiset: vanhemmat", "Möten: föräldrar", "Encounters: parents"),
    "enc_children_youth": (
        "Kohtaamiset: lapset ja nuoret",
        "Möten: barn och unga",
        "Encounters: children and young people",
    ),
    "enc_professionals": ("Kohtaamiset: ammattilaiset", "Möten: yrkesverksamma", "Encounters: professionals"),
    # columns
    "figure": ("Luku", "Siffra", "Figure"),
    "value": ("Arvo", "Värde", "Value"),
    "collected": ("Kerätty", "Insamlat", "Collected"),
    "estimated": ("Arvio", "Uppskattat", "Estimated"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "basis": ("Tieto", "Underlag", "Basis"),
    "partly_estimated": ("osin arvio", "delvis uppskattat", "partly estimated"),
    "basis_collected": ("kerätty", "insamlat", "collected"),
    "basis_estimated": ("arvio", "uppskattat", "estimated"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "theme": ("Teema", "Tema", "Theme"),
    "organisation": ("Järjestö", "Organisation", "Organisation"),
    "package": ("Toimintakokonaisuus", "Verksamhetshelhet", "Service package"),
    "month": ("Kuukausi", "Månad", "Month"),
    "kind": ("Laji", "Typ", "Kind"),
    "reason": ("Syy", "Orsak", "Reason"),
    "none": ("Ei tiedossa", "Okänd", "Not known"),
    "no_theme": ("Ei teemaa", "Inget tema", "No theme"),
    # notes and the page
    "note_lists": (
        "Sama käynti tai tilaisuus lasketaan jokaisen teemansa kohdalle, joten rivit eivät summaudu.",
        "Samma besök eller evenemang räknas under vart och ett av sina teman, så raderna summeras inte.",
        "A visit or event counts under each of its themes, so the rows do not add up.",
    ),
    "note_organisations": (
        "Tilaisuus lasketaan jokaiselle mukana olleelle järjestölle, joten rivit eivät summaudu.",
        "Ett evenemang räknas för varje medverkande organisation, så raderna summeras inte.",
        "An event counts for each organisation that took part, so the rows do not add up.",
    ),
    "note_stea": (
        "Arvio: luku sisältää arvioina kirjattuja määriä.",
        "Uppskattat: siffran innehåller antal som registrerats som uppskattningar.",
        "Estimated: the figure includes counts entered as estimates.",
    ),
    "legend": (
        "<{threshold} = alle {threshold}; x = piilotettu, jotta pientä lukua ei voi laskea summasta.",
        "<{threshold} = färre än {threshold}; x = dolt så att ett litet tal inte kan räknas fram ur summan.",
        "<{threshold} = fewer than {threshold}; x = hidden so that a small number cannot be worked out from a total.",
    ),
    "period": ("Ajanjakso", "Period", "Period"),
    "unit": ("Yksikkö", "Enhet", "Unit"),
    "all_units": ("Kaikki yksiköt", "Alla enheter", "All units"),
    "all_municipalities": ("Kaikki kunnat", "Alla kommuner", "All municipalities"),
    "exact": (
        "Tarkat luvut yksikön omaan käyttöön; ei julkaistavaksi.",
        "Exakta siffror för enhetens eget bruk; inte för publicering.",
        "Exact figures for the unit's own use; not for publication.",
    ),
    "made": ("Laadittu", "Framtagen", "Made"),
    "page": ("Sivu", "Sida", "Page"),
}

# The domain's terms (groups of people, event kinds, cancel reasons) are the one vocabulary's, as on screen.
_WORDS |= {
    "parents": terms.words(vocab.TargetGroup.PARENTS),
    "children": terms.words(vocab.TargetGroup.CHILDREN),
    "youth": terms.words(vocab.TargetGroup.YOUTH),
    "professionals": terms.words(vocab.TargetGroup.PROFESSIONALS),
    "online": terms.words(vocab.EventMode.ONLINE),
    **{kind.value: terms.words(kind) for kind in vocab.EventKind},
    **{reason.value: terms.words(reason) for reason in vocab.CancelReason},
}

WORDS: dict[str, dict[str, str]] = {
    language: {key: words[index] for key, words in _WORDS.items()} for index, language in enumerate(LANGUAGES)
}


def word(key: str, language: str) -> str:
    return WORDS.get(language, WORDS["fi"])[key]
