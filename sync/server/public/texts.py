"""The public pages' words in Finnish, Swedish and English, in the program's one vocabulary: the stop day's states
come from ``app.terms``, the rest are the desktop's terms (pysäkki / hållplats / stop, pysäkkipäivä / hållplatsdag /
stop day, kunta / kommun / municipality, järjestö / organisation ...); and dates and times as each language writes
them."""

from __future__ import annotations

from datetime import date, time

from app.terms import term
from app.vocab import StopDayStatus
from sync.server.public.timetable import VisitState

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}

WORDS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Aikataulu",
        "intro": "Bussin pysäkit ja ajat tällä kaudella. Apu on maksutonta ja vapaaehtoista, ja sen saa nimettömänä.",
        "skip": "Siirry sisältöön",
        "languages": "Kieli",
        "municipalities": "Kunnat",
        "all_municipalities": "Kaikki kunnat",
        "stop": "Pysäkki",
        "address": "Osoite",
        "stop_days": "Pysäkkipäivät",
        "day": "Päivä",
        "time": "Aika",
        "state": "Tila",
        "organisations": "Järjestöt",
        "all_day": "koko päivän",
        "nothing": "Tulevia pysäkkipäiviä ei ole vielä julkaistu.",
        "contact": "Yhteystiedot",
        "phone": "Puhelin",
        "email": "Sähköposti",
        "website": "Verkkosivut",
        "feeds": "Kalenterit",
        "ical_all": "Kaikki pysäkkipäivät kalenteriin (iCalendar)",
        "ical_one": "Kunnan {name} pysäkkipäivät kalenteriin (iCalendar)",
        "json": "Aikataulu JSON-muodossa",
        "not_found": "Sivua ei löytynyt",
        "not_found_text": "Aikataulussa ei ole tällaista sivua.",
        "back": "Takaisin aikatauluun",
    },
    "sv": {
        "title": "Tidtabell",
        "intro": (
            "Bussens hållplatser och tider den här säsongen. Hjälpen är gratis och frivillig, och du kan vara anonym."
        ),
        "skip": "Hoppa till innehållet",
        "languages": "Språk",
        "municipalities": "Kommuner",
        "all_municipalities": "Alla kommuner",
        "stop": "Hållplats",
        "address": "Adress",
        "stop_days": "Hållplatsdagar",
        "day": "Dag",
        "time": "Tid",
        "state": "Status",
        "organisations": "Organisationer",
        "all_day": "hela dagen",
        "nothing": "Inga kommande hållplatsdagar har publicerats ännu.",
        "contact": "Kontaktuppgifter",
        "phone": "Telefon",
        "email": "E-post",
        "website": "Webbplats",
        "feeds": "Kalendrar",
        "ical_all": "Alla hållplatsdagar till kalendern (iCalendar)",
        "ical_one": "Hållplatsdagarna i {name} till kalendern (iCalendar)",
        "json": "Tidtabellen i JSON-format",
        "not_found": "Sidan hittades inte",
        "not_found_text": "Tidtabellen har ingen sådan sida.",
        "back": "Tillbaka till tidtabellen",
    },
    "en": {
        "title": "Timetable",
        "intro": "The bus's stops and times this season. Help is free and voluntary, and you can stay anonymous.",
        "skip": "Skip to content",
        "languages": "Language",
        "municipalities": "Municipalities",
        "all_municipalities": "All municipalities",
        "stop": "Stop",
        "address": "Address",
        "stop_days": "Stop days",
        "day": "Day",
        "time": "Time",
        "state": "State",
        "organisations": "Organisations",
        "all_day": "all day",
        "nothing": "No coming stop days have been published yet.",
        "contact": "Contact details",
        "phone": "Phone",
        "email": "E-mail",
        "website": "Website",
        "feeds": "Calendars",
        "ical_all": "All stop days in your calendar (iCalendar)",
        "ical_one": "The stop days in {name} in your calendar (iCalendar)",
        "json": "The timetable as JSON",
        "not_found": "Page not found",
        "not_found_text": "The timetable has no such page.",
        "back": "Back to the timetable",
    },
}

# The stop day's own states in the one vocabulary's words (app.terms), said of today or of a cancellation made early.
TODAY = {"fi": "tänään", "sv": "i dag", "en": "today"}
IN_ADVANCE = {"fi": "etukäteen", "sv": "på förhand", "en": "in advance"}
AT_STOP = {"fi": "Bussi on paikalla tänään", "sv": "Bussen är på plats i dag", "en": "The bus is here today"}
PLANNED = {"fi": "Suunniteltu", "sv": "Planerad", "en": "Planned"}
STATES: dict[str, dict[VisitState, str]] = {
    language: {
        VisitState.PLANNED: PLANNED[language],
        VisitState.CANCELLED_IN_ADVANCE: f"{term(StopDayStatus.CANCELLED, language)} {IN_ADVANCE[language]}",
        VisitState.AT_STOP: AT_STOP[language],
        VisitState.HELD: term(StopDayStatus.HELD, language),
        VisitState.CANCELLED: f"{term(StopDayStatus.CANCELLED, language)} {TODAY[language]}",
    }
    for language in LANGUAGES
}

WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def language_of(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def day_and_year(day: date, language: str) -> tuple[str, str]:
    """A date as the language writes it, cut before its year ("pe 27.11.", "2026"): a phone's narrow table shows
    the first part alone."""
    weekday = WEEKDAYS[language][day.weekday()]
    if language == "en":
        return f"{weekday} {day.day} {MONTHS_EN[day.month - 1]}", f" {day.year}"
    return f"{weekday} {day.day}.{day.month}.", str(day.year)


def format_day(day: date, language: str) -> str:
    return "".join(day_and_year(day, language))


def format_time(at: time, language: str) -> str:
    separator = ":" if language == "en" else "."
    return f"{at.hour}{separator}{at.minute:02d}"


def format_hours(starts: time | None, ends: time | None, language: str) -> str:
    if starts is None:
        return WORDS[language]["all_day"]
    if ends is None:
        return format_time(starts, language)
    return f"{format_time(starts, language)}–{format_time(ends, language)}"


# The booking pages' own words, beside WORDS.
BOOKING_WORDS: dict[str, dict[str, str]] = {
    "fi": {
        "book": "Varaa aika",
        "booking_title": "Varaa vastaanottoaika",
        "booking_intro": "Valitse vapaa aika. Työntekijä soittaa tai kirjoittaa sinulle ennen käyntiä.",
        "free_times": "Vapaat ajat",
        "free": "vapaita paikkoja: {n}",
        "full": "täynnä",
        "nothing_free": "Kaikki ajat on varattu. Voit tulla paikalle ilman varausta.",
        "nickname": "Etunimi tai lempinimi",
        "contact": "Puhelinnumero tai sähköpostiosoite",
        "contact_hint": "Vain takaisinsoittoa tai viestiä varten.",
        "family_language": "Millä kielellä haluat asioida?",
        "theme": "Aihe (vapaaehtoinen)",
        "no_theme": "En halua kertoa",
        "consent_title": "Tietojesi käyttö",
        "consent_text": (
            "Tallennamme nimesi tai lempinimesi, yhteystietosi, kielen ja aiheen salattuina vain tätä aikaa varten. "
            "Ne poistetaan käynnin jälkeisenä päivänä. Varauksen voi perua koska tahansa varauskoodilla."
        ),
        "consent": "Hyväksyn, että tietojani käytetään näin",
        "send": "Varaa",
        "choose_slot": "Valitse aika.",
        "slot_full": "Tämä aika ehti täyttyä. Valitse toinen aika.",
        "nickname_needed": "Kirjoita etunimi tai lempinimi (enintään 40 merkkiä).",
        "contact_needed": "Kirjoita suomalainen puhelinnumero tai sähköpostiosoite.",
        "language_needed": "Valitse kieli.",
        "theme_unknown": "Valitse aihe luettelosta.",
        "consent_needed": "Varaus tarvitsee suostumuksesi.",
        "too_many": "Tästä yhteydestä on tehty liian monta varausta tai yritystä. Soita meille tai yritä myöhemmin.",
        "booked_title": "Aika on varattu",
        "booked_text": "Varauksesi: {day} klo {hours}, {stop}.",
        "code": "Varauskoodi",
        "code_keep": "Ota koodi talteen. Sillä voit perua varauksen. Koodia ei näytetä uudelleen.",
        "cancel_link": "Peru varaus",
        "cancel_title": "Peru varaus",
        "cancel_intro": "Kirjoita varauskoodi, jonka sait varatessasi.",
        "cancel_send": "Peru varaus",
        "cancel_done": "Jos koodi oli oikea, varaus on nyt peruttu ja aika vapautui muille.",
        "refused_title": "Lomake vanheni",
        "refused_text": "Lomaketta ei voitu lähettää. Avaa sivu uudelleen ja yritä uudestaan.",
        "error_summary": "Korjaa nämä:",
    },
    "sv": {
        "book": "Boka tid",
        "booking_title": "Boka en mottagningstid",
        "booking_intro": "Välj en ledig tid. En arbetstagare ringer eller skriver till dig före besöket.",
        "free_times": "Lediga tider",
        "free": "lediga platser: {n}",
        "full": "fullbokad",
        "nothing_free": "Alla tider är bokade. Du kan komma utan bokning.",
        "nickname": "Förnamn eller smeknamn",
        "contact": "Telefonnummer eller e-postadress",
        "contact_hint": "Endast för att ringa eller skriva till dig.",
        "family_language": "På vilket språk vill du bli betjänad?",
        "theme": "Ämne (frivilligt)",
        "no_theme": "Jag vill inte säga",
        "consent_title": "Hur dina uppgifter används",
        "consent_text": (
            "Vi sparar ditt namn eller smeknamn, dina kontaktuppgifter, språket och ämnet krypterade endast för den "
            "här tiden. De raderas dagen efter besöket. Du kan avboka när som helst med bokningskoden."
        ),
        "consent": "Jag godkänner att mina uppgifter används så här",
        "send": "Boka",
        "choose_slot": "Välj en tid.",
        "slot_full": "Den här tiden hann bli fullbokad. Välj en annan tid.",
        "nickname_needed": "Skriv ett förnamn eller smeknamn (högst 40 tecken).",
        "contact_needed": "Skriv ett finländskt telefonnummer eller en e-postadress.",
        "language_needed": "Välj ett språk.",
        "theme_unknown": "Välj ett ämne i listan.",
        "consent_needed": "Bokningen behöver ditt samtycke.",
        "too_many": "För många bokningar eller försök från den här anslutningen. Ring oss eller försök senare.",
        "booked_title": "Tiden är bokad",
        "booked_text": "Din bokning: {day} kl. {hours}, {stop}.",
        "code": "Bokningskod",
        "code_keep": "Spara koden. Med den kan du avboka. Koden visas inte igen.",
        "cancel_link": "Avboka",
        "cancel_title": "Avboka",
        "cancel_intro": "Skriv bokningskoden du fick när du bokade.",
        "cancel_send": "Avboka",
        "cancel_done": "Om koden var rätt är bokningen nu avbokad och tiden ledig för andra.",
        "refused_title": "Formuläret har gått ut",
        "refused_text": "Formuläret kunde inte skickas. Öppna sidan på nytt och försök igen.",
        "error_summary": "Rätta dessa:",
    },
    "en": {
        "book": "Book a time",
        "booking_title": "Book a reception time",
        "booking_intro": "Choose a free time. A worker will call or write to you before the visit.",
        "free_times": "Free times",
        "free": "places free: {n}",
        "full": "full",
        "nothing_free": "Every time is booked. You can come without booking.",
        "nickname": "First name or nickname",
        "contact": "Phone number or e-mail address",
        "contact_hint": "Only to call or write to you.",
        "family_language": "Which language would you like to use?",
        "theme": "Topic (optional)",
        "no_theme": "I'd rather not say",
        "consent_title": "How your details are used",
        "consent_text": (
            "We keep your name or nickname, your contact details, the language and the topic encrypted, for this time "
            "only. They are deleted the day after the visit. You can cancel at any time with the booking code."
        ),
        "consent": "I agree to my details being used this way",
        "send": "Book",
        "choose_slot": "Choose a time.",
        "slot_full": "This time has just filled up. Choose another time.",
        "nickname_needed": "Write a first name or nickname (at most 40 characters).",
        "contact_needed": "Write a Finnish phone number or an e-mail address.",
        "language_needed": "Choose a language.",
        "theme_unknown": "Choose a topic from the list.",
        "consent_needed": "The booking needs your consent.",
        "too_many": "Too many bookings or tries from this connection. Call us or try later.",
        "booked_title": "Your time is booked",
        "booked_text": "Your booking: {day} at {hours}, {stop}.",
        "code": "Booking code",
        "code_keep": "Keep the code. With it you can cancel the booking. It is not shown again.",
        "cancel_link": "Cancel a booking",
        "cancel_title": "Cancel a booking",
        "cancel_intro": "Type the booking code you were given when you booked.",
        "cancel_send": "Cancel the booking",
        "cancel_done": "If the code was right, the booking is now cancelled and the time is free for others.",
        "refused_title": "The form has expired",
        "refused_text": "The form could not be sent. Open the page again and try once more.",
        "error_summary": "Please correct these:",
    },
}
