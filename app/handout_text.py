"""The fixed words of the printed handout in Finnish, Swedish and English.

The handout is made in ``app/`` (no Qt), so its few sentences live here rather than in the Qt Linguist files; a test
checks that every language has every key. The terms it names come from the one vocabulary (``app.terms``).
"""

from __future__ import annotations

from app import terms, vocab

TEXT: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Palveluohjaus",
        "lead": "Näistä palveluista voit saada apua. Ota yhteyttä silloin, kun sinulle sopii.",
        "free": "Palvelu on maksuton ja vapaaehtoinen.",
        "not_free": "Palvelu on vapaaehtoinen. Siitä voidaan periä maksu.",
        "for": "Kenelle",
        "offered_by": "Järjestäjä",
        "phone": "Puhelin",
        "web": "Verkossa",
        "email": "Sähköposti",
        "address": "Osoite",
        "hours": "Aukioloajat",
        "languages": "Kielet",
        "scan": "Lue koodi puhelimella",
        "date": "Annettu",
        "footer": "Tämä lomake ei sisällä tietoja sinusta.",
        "to_check": "Yhteystiedot tarkistettavana: kysy bussin työntekijöiltä.",
        "via_organisation": "Järjestön yleiset yhteystiedot",
    },
    "sv": {
        "title": "Servicehandledning",
        "lead": "Här kan du få hjälp. Ta kontakt när det passar dig.",
        "free": "Tjänsten är avgiftsfri och frivillig.",
        "not_free": "Tjänsten är frivillig. En avgift kan tas ut.",
        "for": "För vem",
        "offered_by": "Ordnas av",
        "phone": "Telefon",
        "web": "På webben",
        "email": "E-post",
        "address": "Adress",
        "hours": "Öppettider",
        "languages": "Språk",
        "scan": "Läs koden med telefonen",
        "date": "Given",
        "footer": "Det här bladet innehåller inga uppgifter om dig.",
        "to_check": "Kontaktuppgifterna ska kontrolleras: fråga personalen i bussen.",
        "via_organisation": "Organisationens allmänna kontaktuppgifter",
    },
    "en": {
        "title": "Where to get help",
        "lead": "These services can help you. Get in touch whenever it suits you.",
        "free": "The service is free of charge and voluntary.",
        "not_free": "The service is voluntary. There may be a fee.",
        "for": "For",
        "offered_by": "Offered by",
        "phone": "Phone",
        "web": "Online",
        "email": "Email",
        "address": "Address",
        "hours": "Opening hours",
        "languages": "Languages",
        "scan": "Scan with your phone",
        "date": "Given",
        "footer": "This sheet contains no information about you.",
        "to_check": "Contact details to be checked: ask the bus workers.",
        "via_organisation": "The organisation's general contact",
    },
}

# The target groups and languages a sheet names are the one vocabulary's (lower case inside a sentence).
for _index, _language in enumerate(terms.LANGUAGES):
    TEXT[_language] |= {group.value: terms.words(group)[_index].lower() for group in vocab.TargetGroup}
    TEXT[_language] |= {
        f"lang_{spoken.value}": terms.words(vocab.Language(spoken.value))[_index] for spoken in vocab.HandoutLanguage
    }
