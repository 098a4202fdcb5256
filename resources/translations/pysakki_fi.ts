<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Uusin %n merkintä; rajaa hakua nähdäksesi vanhemmat.</numerusform>
            <numerusform>Uusimmat %n merkintää; rajaa hakua nähdäksesi vanhemmat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Merkintöjä: %n</numerusform>
            <numerusform>Merkintöjä: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these filters.</source>
        <translation>Näillä ehdoilla ei löytynyt merkintöjä.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>lokitiedot</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Tallenna lokitiedot</translation>
    </message>
    <message>
        <source>Saved: %1 (ids and times only, no names)</source>
        <translation>Tallennettu: %1 (vain tunnisteet ja ajat, ei nimiä)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Yhteydenottopyyntö</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Uusi tila</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All units</source>
        <translation>Kaikki yksiköt</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Y&amp;ksikkö</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Työntekijä</translation>
    </message>
    <message>
        <source>Contact &amp;request</source>
        <translation>Yhteydenotto&amp;pyyntö</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>A&amp;lkaen</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Asti</translation>
    </message>
    <message>
        <source>its id; empty: every request</source>
        <translation>sen tunniste; tyhjä: kaikki pyynnöt</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>Tallenna &amp;CSV-tiedostona…</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Today&apos;s backup is on this laptop only: the second backup place is not plugged in.</source>
        <translation>Tämän päivän varmuuskopio on vain tällä kannettavalla: toinen varmuuskopiopaikka ei ole kiinni siinä.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to the second place: %1</source>
        <translation>Tämän päivän varmuuskopiota ei voitu kopioida toiseen paikkaan: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Tämän päivän varmuuskopio epäonnistui: %1</translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>Pysäkki backup (*.db)</source>
        <translation>Pysäkin varmuuskopio (*.db)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Palautetaanko varmuuskopio?</translation>
    </message>
    <message>
        <source>Put the backup %1 in place of the data file? The current data file is kept aside in the backups folder, not deleted.</source>
        <translation>Otetaanko varmuuskopio %1 tietokannan tilalle? Nykyinen tietokanta säilytetään varmuuskopiokansiossa, sitä ei poisteta.</translation>
    </message>
    <message>
        <source>Second place for the daily backups</source>
        <translation>Päivittäisten varmuuskopioiden toinen paikka</translation>
    </message>
    <message>
        <source>Daily backups also go to %1.</source>
        <translation>Päivittäiset varmuuskopiot tallennetaan myös kansioon %1.</translation>
    </message>
    <message>
        <source>Daily backups stay on this laptop only.</source>
        <translation>Päivittäiset varmuuskopiot tallennetaan vain tälle kannettavalle.</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Keep booking contacts</source>
        <translation>Varausten yhteystiedot</translation>
    </message>
    <message>
        <source>Days after the visit a booking keeps the family&apos;s nickname and contact (1: emptied the next day):</source>
        <translation>Päiviä käynnin jälkeen, jotka varaus säilyttää perheen nimen ja yhteystiedon (1: tyhjennetään seuraavana päivänä):</translation>
    </message>
    <message numerus="yes">
        <source>Bookings keep the family&apos;s contact for %n day(s) after the visit.</source>
        <translation>
            <numerusform>Varaukset säilyttävät perheen yhteystiedon %n päivän käynnin jälkeen.</numerusform>
            <numerusform>Varaukset säilyttävät perheen yhteystiedon %n päivää käynnin jälkeen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked arrived. A new guidance session is open for them.</source>
        <translation>Merkitty saapuneeksi. Uusi ohjauskerta on auki heille.</translation>
    </message>
    <message>
        <source>Marked as not come.</source>
        <translation>Merkitty: ei tullut.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Varaus peruttu.</translation>
    </message>
    <message>
        <source>Time booked. It is confirmed at the next sync.</source>
        <translation>Aika varattu. Se vahvistetaan seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Reception bookings</source>
        <translation>Vastaanottovaraukset</translation>
    </message>
    <message>
        <source>No reception bookings today.</source>
        <translation>Ei vastaanottovarauksia tänään.</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>Opens a new guidance session in the family&apos;s language and theme</source>
        <translation>Avaa uuden ohjauskerran perheen kielellä ja teemalla</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei tullut</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Peru varaus</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>Näytä yhteystieto</translation>
    </message>
    <message>
        <source>Keep booking contacts…</source>
        <translation>Varausten yhteystiedot…</translation>
    </message>
    <message>
        <source>The family&apos;s phone number or e-mail address, to call them</source>
        <translation>Perheen puhelinnumero tai sähköpostiosoite yhteydenottoa varten</translation>
    </message>
    <message>
        <source>Book a time for a family</source>
        <translation>Varaa aika perheelle</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Aika:</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Etunimi tai lempinimi:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Puhelin tai sähköposti:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Teema:</translation>
    </message>
    <message>
        <source>Book the time</source>
        <translation>Varaa aika</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Valitse aika</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Ei teemaa</translation>
    </message>
    <message>
        <source>(name emptied)</source>
        <translation>(nimi tyhjennetty)</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>saapui</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>ei tullut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>booked here, confirmed at the next sync</source>
        <translation>varattu tällä kannettavalla, vahvistetaan seuraavassa synkronoinnissa</translation>
    </message>
    <message>
        <source>%1: the time was taken before this booking reached the register. Call the family to agree another time, then cancel this one.</source>
        <translation>%1: aika ehdittiin varata ennen kuin tämä varaus tuli rekisteriin. Soita perheelle ja sovi uusi aika, peru sitten tämä.</translation>
    </message>
    <message>
        <source>%1: the visit no longer takes bookings (cancelled or past). Call the family, then cancel this one.</source>
        <translation>%1: käynnille ei voi enää varata aikoja (peruttu tai mennyt). Soita perheelle ja peru sitten tämä.</translation>
    </message>
    <message>
        <source>%1: the register did not accept the contact details. Check them with the family.</source>
        <translation>%1: rekisteri ei hyväksynyt yhteystietoja. Tarkista ne perheeltä.</translation>
    </message>
    <message numerus="yes">
        <source>(%n free)</source>
        <translation>
            <numerusform>(%n vapaa)</numerusform>
            <numerusform>(%n vapaata)</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact has been emptied.</source>
        <translation>Yhteystieto on tyhjennetty.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>Services with no way to reach them or never checked: %n (listed first)</source>
        <translation>
            <numerusform>Palveluja, joihin ei saa yhteyttä tai joita ei ole tarkistettu: %n (ensin)</numerusform>
            <numerusform>Palveluja, joihin ei saa yhteyttä tai joita ei ole tarkistettu: %n (ensin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the register has it so already.</source>
        <translation>Ei tallennettavaa: rekisterissä on jo sama.</translation>
    </message>
    <message>
        <source>Saved: %1. Laptops get it at their next sync.</source>
        <translation>Tallennettu: %1. Kannettavat saavat sen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>The register refused this: %1</source>
        <translation>Rekisteri ei hyväksynyt tätä: %1</translation>
    </message>
    <message>
        <source>Not saved: the register refused it. What you typed is kept.</source>
        <translation>Ei tallennettu: rekisteri ei hyväksynyt sitä. Kirjoittamasi on tallella.</translation>
    </message>
    <message>
        <source>Import a PTV file</source>
        <translation>PTV-tiedoston tuonti</translation>
    </message>
    <message>
        <source>PTV catalogue (*.json)</source>
        <translation>PTV-palvelutiedot (*.json)</translation>
    </message>
    <message>
        <source>Importing %1 at the register…</source>
        <translation>Tuodaan %1 rekisteriin…</translation>
    </message>
    <message>
        <source>Imported. Services new: %1, changed: %2, as they were: %3; laptops get them at their next sync.</source>
        <translation>Tuotu. Palveluja uusia: %1, muuttuneita: %2, ennallaan: %3; kannettavat saavat ne seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Left out, with the reason: %1</source>
        <translation>Jätettiin pois syineen: %1</translation>
    </message>
    <message>
        <source>That file is not a PTV catalogue file; nothing was imported.</source>
        <translation>Tiedosto ei ole PTV-palvelutiedosto; mitään ei tuotu.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Import a &amp;PTV file for every laptop…</source>
        <translation>Tuo PTV-tiedosto &amp;jokaiselle kannettavalle…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Open conflicts: %n</source>
        <translation>
            <numerusform>Avoimia ristiriitoja: %n</numerusform>
            <numerusform>Avoimia ristiriitoja: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ei avoimia ristiriitoja.</translation>
    </message>
    <message>
        <source>Write a note first: why, and with whom it was settled.</source>
        <translation>Kirjoita ensin muistiinpano: miksi, ja kenen kanssa asiasta sovittiin.</translation>
    </message>
    <message>
        <source>Resolved. The laptop&apos;s version stands: ask its unit to save the record again.</source>
        <translation>Ratkaistu. Kannettavan versio jää voimaan: pyydä sen yksikköä tallentamaan kirjaus uudelleen.</translation>
    </message>
    <message>
        <source>Resolved. The register&apos;s version stands.</source>
        <translation>Ratkaistu. Rekisterin versio jää voimaan.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Ratkaissut: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Both versions (the fields that differ in bold)</source>
        <translation>Molemmat versiot (eroavat kentät lihavoitu)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>The register&apos;s version</source>
        <translation>Rekisterin versio</translation>
    </message>
    <message>
        <source>The laptop&apos;s version</source>
        <translation>Kannettavan versio</translation>
    </message>
    <message>
        <source>Keep the &amp;register&apos;s version</source>
        <translation>Säilytä &amp;rekisterin versio</translation>
    </message>
    <message>
        <source>Keep the &amp;laptop&apos;s version (its laptop saves the record again)</source>
        <translation>Säilytä &amp;kannettavan versio (kannettava tallentaa kirjauksen uudelleen)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <source>why, and with whom it was settled</source>
        <translation>miksi, ja kenen kanssa asiasta sovittiin</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>R&amp;atkaise</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Enter your coordinator&apos;s token to work with the register.</source>
        <translation>Anna koordinaattorin tunnuksesi käyttääksesi rekisteriä.</translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The console needs a coordinator&apos;s token.</source>
        <translation>Tunnus on kannettavan, ei koordinaattorin. Konsoli vaatii koordinaattorin tunnuksen.</translation>
    </message>
    <message>
        <source>No connection to the register. Try again when the laptop is online.</source>
        <translation>Ei yhteyttä rekisteriin. Yritä uudelleen, kun kannettava on verkossa.</translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again.</source>
        <translation>Rekisteri ei vastannut ajoissa. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address. Wait a quarter of an hour.</source>
        <translation>Liian monta väärää tunnusta tästä osoitteesta. Odota vartti.</translation>
    </message>
    <message>
        <source>The register does not know this unit yet.</source>
        <translation>Rekisteri ei vielä tunne tätä yksikköä.</translation>
    </message>
    <message>
        <source>The register no longer has this laptop. Refresh the list.</source>
        <translation>Rekisterillä ei enää ole tätä kannettavaa. Päivitä luettelo.</translation>
    </message>
    <message>
        <source>The register no longer has this conflict. Refresh the list.</source>
        <translation>Rekisterillä ei enää ole tätä ristiriitaa. Päivitä luettelo.</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Register: %1</source>
        <translation>Rekisteri: %1</translation>
    </message>
    <message>
        <source>Headquarters console</source>
        <translation>Keskustoimiston konsoli</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation>Koor&amp;dinaattorin tunnus</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation>keskustoimistosta; ei tallenneta</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Kannettavat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Palveluluettelo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Stops and timetable</source>
        <translation>Pysäkit ja aikataulu</translation>
    </message>
    <message>
        <source>Workers and organisations</source>
        <translation>Työntekijät ja järjestöt</translation>
    </message>
</context>
<context>
    <name>ContactCheck</name>
    <message>
        <source>No way to reach a service</source>
        <translation>Palveluun ei saa yhteyttä</translation>
    </message>
    <message>
        <source>The handout gives no phone, web address or street address for these services. Choose for each:</source>
        <translation>Lomakkeessa ei ole näille palveluille puhelinnumeroa, verkko-osoitetta eikä käyntiosoitetta. Valitse kullekin:</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s general contact: %1</source>
        <translation>Anna järjestön yleiset yhteystiedot: %1</translation>
    </message>
    <message>
        <source>Take it off the handout</source>
        <translation>Poista se lomakkeelta</translation>
    </message>
    <message>
        <source>Print it anyway; the sheet says &quot;contact details to be checked: ask the bus workers&quot;</source>
        <translation>Tulosta silti; lomakkeessa lukee &quot;yhteystiedot tarkistettavana: kysy bussin työntekijöiltä&quot;</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Theme saved.</source>
        <translation>Teema tallennettu.</translation>
    </message>
    <message>
        <source>Last click undone.</source>
        <translation>Viimeisin painallus peruttu.</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Theme of the last click (optional):</source>
        <translation>Viimeisimmän painalluksen teema (valinnainen):</translation>
    </message>
    <message>
        <source>Undo last click (Ctrl+Z)</source>
        <translation>Peru viimeisin painallus (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Count one more (key %1)</source>
        <translation>Laske yksi lisää (näppäin %1)</translation>
    </message>
    <message>
        <source>Last click: %1</source>
        <translation>Viimeisin: %1</translation>
    </message>
    <message>
        <source>Click or press 1–4 for each person met. Each click is saved at once.</source>
        <translation>Napsauta tai paina 1–4 jokaisesta kohdatusta. Jokainen painallus tallentuu heti.</translation>
    </message>
    <message>
        <source>Open a stop day on the Today page to count encounters.</source>
        <translation>Avaa pysäkkipäivä Tänään-sivulla, niin voit laskea kohtaamisia.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Revoke the laptop %1 of %2? It can no longer sync. What it sent stays in the register; what it has not sent stays on the laptop. A new enrollment code lets it in again.</source>
        <translation>Poistetaanko yksikön %2 kannettava %1 käytöstä? Se ei voi enää synkronoida. Sen lähettämät tiedot jäävät rekisteriin; lähettämättömät jäävät kannettavalle. Uudella liittämiskoodilla sen voi liittää uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Lost: if it ever connects again, it erases its contact requests&apos; names and numbers and their key</source>
        <translation>Ka&amp;donnut: jos se vielä ottaa yhteyttä, se tyhjentää yhteydenottopyyntöjen nimet ja numerot sekä niiden avaimen</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>Kannettavan poisto käytöstä</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Poistettu käytöstä: %1.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Kannettava</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Revoked; told to erase %1</source>
        <translation>Poistettu käytöstä; tyhjennyskäsky annettu %1</translation>
    </message>
    <message>
        <source>Revoked; to erase if it connects</source>
        <translation>Poistettu käytöstä; tyhjennetään, jos se ottaa yhteyttä</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message numerus="yes">
        <source>Valid for %n hour(s), once. On the new laptop: the Sync page, the register&apos;s address %1 and this code.</source>
        <translation>
            <numerusform>Voimassa %n tunnin ajan, kerran. Uudella kannettavalla: Synkronointi-sivu, rekisterin osoite %1 ja tämä koodi.</numerusform>
            <numerusform>Voimassa %n tunnin ajan, kerran. Uudella kannettavalla: Synkronointi-sivu, rekisterin osoite %1 ja tämä koodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Poista &amp;käytöstä…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>A new laptop</source>
        <translation>Uusi kannettava</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>Yks&amp;ikkö</translation>
    </message>
    <message>
        <source>New &amp;enrollment code</source>
        <translation>Uusi &amp;liittämiskoodi</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Nothing changed: the register has it so already.</source>
        <translation>Ei muutosta: rekisterissä on jo näin.</translation>
    </message>
    <message>
        <source>Saved at the register. Laptops get it at their next sync.</source>
        <translation>Tallennettu rekisteriin. Kannettavat saavat sen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>The register refused this row; see the fields marked.</source>
        <translation>Rekisteri ei ottanut tätä riviä vastaan; katso merkityt kentät.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Too long for the register.</source>
        <translation>Liian pitkä rekisterille.</translation>
    </message>
    <message>
        <source>The register refused the row: something it refers to is missing there, or its key is taken. Refresh and try again.</source>
        <translation>Rekisteri ei ottanut riviä vastaan: jotain, mihin se viittaa, puuttuu sieltä, tai sen tunniste on jo käytössä. Päivitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register does not take this value.</source>
        <translation>Rekisteri ei hyväksy tätä arvoa.</translation>
    </message>
</context>
<context>
    <name>EditorsPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Otsi&amp;kko:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>K&amp;esto (min):</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Toteutus:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation>Toimintakokonaisuus:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teemat:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Järjestöt:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Osallistujat:</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Muut</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>Participant numbers are estimates</source>
        <translation>Osallistujamäärät ovat arvioita</translation>
    </message>
    <message>
        <source>An expert by experience took part</source>
        <translation>Mukana kokemusasiantuntija</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>None (online)</source>
        <translation>Ei kuntaa (verkossa)</translation>
    </message>
    <message>
        <source>New event or meeting</source>
        <translation>Uusi tilaisuus tai tapaaminen</translation>
    </message>
    <message>
        <source>Editing an event</source>
        <translation>Tilaisuuden muokkaus</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>handout</source>
        <comment>the start of a saved handout&apos;s file name</comment>
        <translation>ohjauslomake</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>FolderOwner</name>
    <message>
        <source>Pysäkki is already open: this is its window.</source>
        <translation>Pysäkki on jo auki: tässä sen ikkuna.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Saved. Call back by %1.</source>
        <translation>Tallennettu. Soita takaisin viimeistään %1.</translation>
    </message>
    <message>
        <source>Keep contact details</source>
        <translation>Yhteystietojen säilytys</translation>
    </message>
    <message>
        <source>Days a closed request keeps its name and number (0: emptied at the next start):</source>
        <translation>Montako päivää suljettu pyyntö säilyttää nimen ja numeron (0: tyhjennetään seuraavalla käynnistyksellä):</translation>
    </message>
    <message numerus="yes">
        <source>Closed requests keep their contact details for %n day(s).</source>
        <translation>
            <numerusform>Suljetut pyynnöt säilyttävät yhteystietonsa %n päivän.</numerusform>
            <numerusform>Suljetut pyynnöt säilyttävät yhteystietonsa %n päivää.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>⚠ %1 · overdue</source>
        <translation>⚠ %1 · myöhässä</translation>
    </message>
    <message numerus="yes">
        <source>Open contact requests: %n</source>
        <translation>
            <numerusform>Avoimia yhteydenottopyyntöjä: %n</numerusform>
            <numerusform>Avoimia yhteydenottopyyntöjä: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nimi: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Puhelin: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Sähköposti: %1</translation>
    </message>
    <message>
        <source>Preferred time: %1</source>
        <translation>Sopiva aika: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Called &amp;back</source>
        <translation>&amp;Soitettu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>Could &amp;not reach</source>
        <translation>&amp;Ei tavoitettu</translation>
    </message>
    <message>
        <source>&amp;New contact request…</source>
        <translation>&amp;Uusi yhteydenottopyyntö…</translation>
    </message>
    <message>
        <source>Keep contact details…</source>
        <translation>Yhteystietojen säilytys…</translation>
    </message>
    <message>
        <source>New contact request</source>
        <translation>Uusi yhteydenottopyyntö</translation>
    </message>
    <message>
        <source>Read this to the person: “Your name and contact details are stored so that the organisation you choose calls you back within three working days. Only that organisation sees them, and they are deleted 30 days after your request is closed.”</source>
        <translation>Lue tämä henkilölle: ”Nimesi ja yhteystietosi tallennetaan, jotta valitsemasi järjestö soittaa sinulle kolmen arkipäivän kuluessa. Vain se järjestö näkee ne, ja ne poistetaan 30 päivää pyyntösi sulkemisen jälkeen.”</translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation>H&amp;enkilö suostuu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation>Sopiva &amp;aika</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Tee&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Who calls back</source>
        <translation>&amp;Kuka soittaa</translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation>Tallenna p&amp;yyntö</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Who:</source>
        <translation>Kuka:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Ikä:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>How they came:</source>
        <translation>Miten tuli:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanava:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teemat:</translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation>Toimintakokonaisuus:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>&amp;Kesto (min):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Tulos:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomio:</translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation>Ei nimiä eikä muita henkilön tunnistavia tietoja</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Tallenna (Enter)</translation>
    </message>
    <message>
        <source>New walk-in guidance session</source>
        <translation>Uusi pop up -palveluneuvonta</translation>
    </message>
    <message>
        <source>Editing a guidance session</source>
        <translation>Palveluneuvonnan muokkaus</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Poistettu. Peru painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Palautettu.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Odottaa synkronointia</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronoitu</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n ammattilainen</numerusform>
            <numerusform>%n ammattilaista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Type to filter (Ctrl+F)</source>
        <translation>Kirjoita suodattaaksesi (Ctrl+F)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Kaikki kirjaukset</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Näytä poistetut</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Peru (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Näytä vanhemmat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 / %n kirjaus</numerusform>
            <numerusform>%1 / %n kirjausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kirjaus</numerusform>
            <numerusform>%n kirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Tulosta uudelleen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Lukitus käyttämättömänä</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes (0: never):</source>
        <translation>Lukitse ikkuna, kun sitä ei ole käytetty näin moneen minuuttiin (0: ei koskaan):</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Laskuri</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Palveluneuvonta</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tilaisuudet</translation>
    </message>
    <message>
        <source>Professional work</source>
        <translation>Ammattilaistyö</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Yhteydenotot</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Lukitus &amp;käyttämättömänä…</translation>
    </message>
    <message>
        <source>&amp;Headquarters console…</source>
        <translation>Keskustoimiston k&amp;onsoli…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Varmuuskopiot</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>&amp;Second place for daily backups…</source>
        <translation>&amp;Toinen paikka päivittäisille varmuuskopioille…</translation>
    </message>
    <message>
        <source>Daily backups on this &amp;laptop only</source>
        <translation>Päivittäiset varmuuskopiot vain tälle &amp;kannettavalle</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Pysäkki</source>
        <translation>&amp;Tietoja Pysäkistä</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>1, 2, 3, 4: count a parent, child, young person, professional (Counter)</source>
        <translation>1, 2, 3, 4: laske vanhempi, lapsi, nuori, ammattilainen (Laskuri)</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo the last click (Counter) or the last delete (History)</source>
        <translation>Ctrl+Z: peru viimeisin painallus (Laskuri) tai poisto (Historia)</translation>
    </message>
    <message>
        <source>Enter: save a guidance session or professional work; add the best match to the handout (Services)</source>
        <translation>Enter: tallenna ohjaus tai ammattilaistyö; lisää paras osuma lomakkeelle (Palvelut)</translation>
    </message>
    <message>
        <source>Up, Down: move through the services found, from the search field (Services)</source>
        <translation>Ylös, alas: liiku löydetyissä palveluissa hakukentästä (Palvelut)</translation>
    </message>
    <message>
        <source>Ctrl+S: save an event</source>
        <translation>Ctrl+S: tallenna tilaisuus</translation>
    </message>
    <message>
        <source>Ctrl+F: search History or Services</source>
        <translation>Ctrl+F: hae historiasta tai palveluista</translation>
    </message>
    <message>
        <source>Del: delete the chosen record (History); take the chosen service off the handout (Services)</source>
        <translation>Del: poista valittu kirjaus (Historia); poista valittu palvelu lomakkeelta (Palvelut)</translation>
    </message>
    <message>
        <source>Ctrl+P: record the referral and print the handout (Services)</source>
        <translation>Ctrl+P: kirjaa ohjaus ja tulosta lomake (Palvelut)</translation>
    </message>
    <message>
        <source>F5: show the report (Reports); list the open requests again (Follow-ups)</source>
        <translation>F5: näytä raportti (Raportit); päivitä avoimet pyynnöt (Yhteydenotot)</translation>
    </message>
    <message>
        <source>Ctrl+L: lock the window</source>
        <translation>Ctrl+L: lukitse ikkuna</translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation>Ctrl+Q: lopeta</translation>
    </message>
    <message>
        <source>Alt + an underlined letter: that menu or field</source>
        <translation>Alt + alleviivattu kirjain: se valikko tai kenttä</translation>
    </message>
    <message>
        <source>F1: this list</source>
        <translation>F1: tämä luettelo</translation>
    </message>
    <message>
        <source>About Pysäkki</source>
        <translation>Tietoja Pysäkistä</translation>
    </message>
    <message>
        <source>Pysäkki records the work of a mobile family-services unit and syncs it with the register.</source>
        <translation>Pysäkki kirjaa liikkuvan perhepalveluyksikön työn ja synkronoi sen keskusrekisteriin.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Liian pitkä.</translation>
    </message>
    <message>
        <source>Too many chosen.</source>
        <translation>Liian monta valittu.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>Luku on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>Choose a date from the years 2000 to 2100.</source>
        <translation>Valitse päivämäärä vuosilta 2000–2100.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
        <source>Chosen twice.</source>
        <translation>Valittu kahdesti.</translation>
    </message>
    <message>
        <source>Not found in the reference data; sync and try again.</source>
        <translation>Ei löydy perustiedoista; synkronoi ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Belongs to another unit.</source>
        <translation>Kuuluu toiselle yksikölle.</translation>
    </message>
    <message>
        <source>Refers to a deleted record; restore it first.</source>
        <translation>Viittaa poistettuun kirjaukseen; palauta se ensin.</translation>
    </message>
    <message>
        <source>Open a stop day first.</source>
        <translation>Avaa ensin pysäkkipäivä.</translation>
    </message>
    <message>
        <source>Other records still refer to this one; delete them first.</source>
        <translation>Muut kirjaukset viittaavat vielä tähän; poista ne ensin.</translation>
    </message>
    <message>
        <source>This stop day is no longer open.</source>
        <translation>Tämä pysäkkipäivä ei ole enää auki.</translation>
    </message>
    <message>
        <source>Cannot be less than at the start (%1 km).</source>
        <translation>Ei voi olla pienempi kuin alussa (%1 km).</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-koodissa on 4–8 numeroa.</translation>
    </message>
    <message>
        <source>The PINs do not match.</source>
        <translation>PIN-koodit eivät täsmää.</translation>
    </message>
    <message>
        <source>Choose a PIN first.</source>
        <translation>Valitse ensin PIN-koodi.</translation>
    </message>
    <message>
        <source>This worker already has a PIN on this laptop.</source>
        <translation>Tällä työntekijällä on jo PIN-koodi tällä kannettavalla.</translation>
    </message>
    <message>
        <source>Unknown unit.</source>
        <translation>Tuntematon yksikkö.</translation>
    </message>
    <message>
        <source>A request is taken only with the person&apos;s consent.</source>
        <translation>Pyyntö kirjataan vain henkilön suostumuksella.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address.</source>
        <translation>Anna puhelinnumero tai sähköpostiosoite.</translation>
    </message>
    <message>
        <source>This time is fully booked: choose another.</source>
        <translation>Aika on jo täyteen varattu: valitse toinen.</translation>
    </message>
    <message>
        <source>This booking has been marked already.</source>
        <translation>Varaus on jo merkitty.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Tämä ei ole puhelinnumero.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Tämä ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation>Tämä ei ole verkko-osoite.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>An id has only letters, digits and hyphens.</source>
        <translation>Tunnisteessa on vain kirjaimia, numeroita ja yhdysmerkkejä.</translation>
    </message>
    <message>
        <source>Not possible at the request&apos;s current status.</source>
        <translation>Ei mahdollista pyynnön nykyisessä tilassa.</translation>
    </message>
    <message>
        <source>This cannot be changed.</source>
        <translation>Tätä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Choose a folder that exists (is the USB stick plugged in?).</source>
        <translation>Valitse kansio, joka on olemassa (onko USB-tikku kiinni?).</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Kirjausta ei enää ole.</translation>
    </message>
    <message>
        <source>Choose a period that ends after it starts, within 2000–2100 and at most twenty years long.</source>
        <translation>Valitse ajanjakso, joka päättyy alkunsa jälkeen, osuu vuosille 2000–2100 ja on enintään kaksikymmentä vuotta pitkä.</translation>
    </message>
    <message>
        <source>The record was changed meanwhile. Open it again to edit.</source>
        <translation>Kirjausta muutettiin välillä. Avaa se uudelleen muokataksesi.</translation>
    </message>
    <message>
        <source>The record has been deleted.</source>
        <translation>Kirjaus on poistettu.</translation>
    </message>
    <message>
        <source>Only the laptop that wrote a record can change it.</source>
        <translation>Vain kirjauksen tehnyt kannettava voi muuttaa sitä.</translation>
    </message>
    <message>
        <source>The contact details cannot be opened on this laptop: its key is missing. The register has them.</source>
        <translation>Yhteystietoja ei voi avata tällä kannettavalla: sen avain puuttuu. Rekisterissä ne ovat tallessa.</translation>
    </message>
    <message>
        <source>Only the answering organisation&apos;s workers and coordinators can open this request.</source>
        <translation>Vain vastaavan järjestön työntekijät ja koordinaattorit voivat avata tämän pyynnön.</translation>
    </message>
    <message>
        <source>A font file of Pysäkki is missing, so no PDF can be made. Anything recorded is saved: reinstall Pysäkki, then print again.</source>
        <translation>Pysäkin fonttitiedosto puuttuu, joten PDF:ää ei voi tehdä. Kirjatut tiedot on tallennettu: asenna Pysäkki uudelleen ja tulosta sitten uudestaan.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu on tallessa. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder (read-only or no permission), so this was not saved. Everything saved before is safe. Ask headquarters to check the folder.</source>
        <translation>Pysäkki ei voi kirjoittaa tietokansioonsa (vain luku tai ei oikeuksia), joten tätä ei tallennettu. Aiemmin tallennettu on tallessa. Pyydä keskustoimistoa tarkistamaan kansio.</translation>
    </message>
    <message>
        <source>The data file is damaged, so this was not saved. Pysäkki offers to restore the newest good backup.</source>
        <translation>Tietokanta on vioittunut, joten tätä ei tallennettu. Pysäkki tarjoaa uusimman ehjän varmuuskopion palauttamista.</translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close it and try again; nothing was lost.</source>
        <translation>Tietokanta on toisen ohjelman käytössä. Sulje se ja yritä uudelleen; mitään ei menetetty.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so this was not saved. If it happens again, tell headquarters: the disk may be failing.</source>
        <translation>Levyä ei voitu lukea tai kirjoittaa, joten tätä ei tallennettu. Jos tämä toistuu, kerro keskustoimistoon: levy voi olla hajoamassa.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate). Check the address or ask headquarters.</source>
        <translation>Suojattu yhteys epäonnistui (varmenne). Tarkista osoite tai kysy keskustoimistosta.</translation>
    </message>
    <message>
        <source>The register needs a newer Pysäkki. Update the program; nothing is lost.</source>
        <translation>Rekisteri vaatii uudemman Pysäkin. Päivitä ohjelma; mitään ei katoa.</translation>
    </message>
    <message>
        <source>The answer was not the register&apos;s (a public network&apos;s login page?).</source>
        <translation>Vastaus ei tullut rekisteristä (julkisen verkon kirjautumissivu?).</translation>
    </message>
    <message>
        <source>The register does not know this token. Check it, or ask for a new one.</source>
        <translation>Rekisteri ei tunne tätä tunnusta. Tarkista se tai pyydä uusi.</translation>
    </message>
    <message>
        <source>This laptop does not know the register yet: enroll it on the Sync page.</source>
        <translation>Tämä kannettava ei vielä tunne rekisteriä: liitä se rekisteriin Synkronointi-sivulla.</translation>
    </message>
    <message>
        <source>Nothing at the enrolled address answers like a Pysäkki register.</source>
        <translation>Liitetyssä osoitteessa ei vastaa Pysäkki-rekisteri.</translation>
    </message>
    <message>
        <source>The register had a problem. Try again later.</source>
        <translation>Rekisterissä oli ongelma. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>This looks like a personal identity code. The record is anonymous: remove it to save.</source>
        <translation>Tämä näyttää henkilötunnukselta. Kirjaus on nimetön: poista se, niin voit tallentaa.</translation>
    </message>
    <message>
        <source>This looks like a phone number. The record is anonymous: remove it to save.</source>
        <translation>Tämä näyttää puhelinnumerolta. Kirjaus on nimetön: poista se, niin voit tallentaa.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. The record is anonymous: remove it to save.</source>
        <translation>Tämä näyttää sähköpostiosoitteelta. Kirjaus on nimetön: poista se, niin voit tallentaa.</translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation>Tarkista tämä arvo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Väärä PIN-koodi. %n yritys jäljellä ennen taukoa.</numerusform>
            <numerusform>Väärä PIN-koodi. %n yritystä jäljellä ennen taukoa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Liian monta väärää PIN-koodia. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in another program, or may not be changed. Close it there and save again; the file was left as it was.</source>
        <translation>%1 on auki toisessa ohjelmassa, tai sitä ei saa muuttaa. Sulje se siellä ja tallenna uudelleen; tiedosto jäi ennalleen.</translation>
    </message>
    <message>
        <source>The data file cannot be written. Nothing was saved.</source>
        <translation>Tietokantaan ei voi kirjoittaa. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The error was logged.</source>
        <translation>Jokin meni vikaan, eikä mitään tallennettu. Virhe kirjattiin lokiin.</translation>
    </message>
    <message>
        <source>The disk of the data folder %1 is full. Free some space and start Pysäkki again.</source>
        <translation>Tietokansion %1 levy on täynnä. Vapauta tilaa ja käynnistä Pysäkki uudelleen.</translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder %1 (read-only or no permission). Ask headquarters to check the folder; nothing in it was changed.</source>
        <translation>Pysäkki ei voi kirjoittaa tietokansioonsa %1 (vain luku tai ei oikeuksia). Pyydä keskustoimistoa tarkistamaan kansio; siinä ei muutettu mitään.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program. Close it and start Pysäkki again.</source>
        <translation>Tietokanta %1 on toisen ohjelman käytössä. Sulje se ja käynnistä Pysäkki uudelleen.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Pysäkki. Update Pysäkki to open it. The file was not changed.</source>
        <translation>Tietokannan %1 on kirjoittanut Pysäkin uudempi versio. Päivitä Pysäkki avataksesi sen. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Pysäkki database. It was not changed.</source>
        <translation>Tietokanta %1 on vioittunut tai se ei ole Pysäkin tietokanta. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>The data file&apos;s log %1 is there without its data file: a move of the file stopped halfway. Pysäkki did not start a new, empty data file beside it, which would delete the log and the newest records in it. Put the data file back (look in the backups folder for the newest “replaced-…” file) or ask headquarters. Nothing was changed.</source>
        <translation>Tietokannan loki %1 on tallessa ilman tietokantaa: tiedoston siirto keskeytyi puolivälissä. Pysäkki ei aloittanut uutta, tyhjää tietokantaa sen viereen, koska se poistaisi lokin ja sen uusimmat tiedot. Palauta tietokanta paikalleen (varmuuskopiokansion uusin ”replaced-…”-tiedosto) tai kysy keskustoimistosta. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program. It was not changed.</source>
        <translation>Tiedosto %1 kuuluu toiselle ohjelmalle. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>Pysäkki cannot use its data folder: %1</source>
        <translation>Pysäkki ei voi käyttää tietokansiotaan: %1</translation>
    </message>
    <message>
        <source>The key file %1 that opens the names and numbers of contact requests is missing or is not the right one. Put it back from a copy of the data folder and start Pysäkki again.</source>
        <translation>Avaintiedosto %1, jolla yhteydenottopyyntöjen nimet ja numerot avataan, puuttuu tai se on väärä. Palauta se tietokansion kopiosta ja käynnistä Pysäkki uudelleen.</translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is in the keyring, which is locked. Sign in to the desktop session again (the keyring opens with it) and start Pysäkki again.</source>
        <translation>Avain, jolla yhteydenottopyyntöjen nimet ja numerot avataan, on käyttöjärjestelmän avainnipussa, joka on lukittu. Kirjaudu työpöydälle uudelleen (avainnippu avautuu samalla) ja käynnistä Pysäkki uudelleen.</translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is not found in this computer&apos;s keyring (%1). Start the same Pysäkki that was used before, or ask headquarters.</source>
        <translation>Avainta, jolla yhteydenottopyyntöjen nimet ja numerot avataan, ei löydy tämän kannettavan avainnipusta (%1). Käynnistä sama Pysäkki, jota käytettiin aiemmin, tai kysy keskustoimistosta.</translation>
    </message>
    <message>
        <source>Nothing was changed and no new key was made. If the key is lost for good, a coordinator brings the contact requests back from the register: they revoke this laptop and give a new code; move the data folder %1 aside (keep it), start Pysäkki and enroll again.</source>
        <translation>Mitään ei muutettu eikä uutta avainta tehty. Jos avain on kadonnut lopullisesti, koordinaattori palauttaa yhteydenottopyynnöt rekisteristä: hän poistaa tämän kannettavan käytöstä ja antaa uuden koodin; siirrä tietokansio %1 sivuun (säilytä se), käynnistä Pysäkki ja liity rekisteriin uudelleen.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditorView</name>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Deactivate the organisation %1? After their next sync the laptops no longer offer it; its services and past records stay. Ticking &apos;Active&apos; again and saving brings it back.</source>
        <translation>Poistetaanko järjestö %1 käytöstä? Seuraavan synkronoinnin jälkeen kannettavat eivät enää tarjoa sitä; sen palvelut ja aiemmat kirjaukset säilyvät. Kun rastit &apos;Käytössä&apos; uudelleen ja tallennat, se palaa.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>N&amp;ame in Finnish</source>
        <translation>Nimi &amp;suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhyt nimi</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>Kumppanijärjestö</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>A partner NGO of the operating model</source>
        <translation>Toimintamallin kumppanijärjestö</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>Uusi &amp;järjestö</translation>
    </message>
    <message>
        <source>Save the organ&amp;isation</source>
        <translation>Ta&amp;llenna järjestö</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>The organisation&apos;s general contact</source>
        <translation>Organisaation yleiset yhteystiedot</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>&amp;Verkkosivusto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Käyntiosoite</translation>
    </message>
    <message>
        <source>Region served</source>
        <translation>Palvelee aluetta</translation>
    </message>
    <message>
        <source>Serves the whole country</source>
        <translation>Palvelee koko maata</translation>
    </message>
    <message>
        <source>Save the &amp;organisation</source>
        <translation>Tallenna &amp;organisaatio</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhyt nimi</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>Kumppanijärjestö</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Ei käytössä</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer %1 did not take the handout: nothing was printed.</source>
        <translation>Tulostin %1 ei ottanut lomaketta vastaan: mitään ei tulostettu.</translation>
    </message>
    <message>
        <source>The handout went to %1, a virtual printer: it makes a file, not paper.</source>
        <translation>Lomake lähti kohteeseen %1, joka on virtuaalitulostin: se tekee tiedoston, ei paperia.</translation>
    </message>
    <message>
        <source>The handout went to the printer %1, but the printer reports a problem (switched off, offline, out of paper or jammed): if nothing comes out, check it and print again.</source>
        <translation>Lomake lähti tulostimelle %1, mutta tulostin ilmoittaa ongelmasta (sammutettu, ei yhteyttä, paperi lopussa tai tukos): jos mitään ei tule, tarkista tulostin ja tulosta uudelleen.</translation>
    </message>
    <message>
        <source>The handout went to the printer %1.</source>
        <translation>Lomake lähti tulostimelle %1.</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop.</source>
        <translation>Tälle kannettavalle ei ole asennettu tulostinta.</translation>
    </message>
    <message>
        <source>No paper printer is set up on this laptop, only virtual printers that make files: %1.</source>
        <translation>Tälle kannettavalle ei ole asennettu paperitulostinta, vain tiedostoja tekeviä virtuaalitulostimia: %1.</translation>
    </message>
</context>
<context>
    <name>ProfessionalWorkView</name>
    <message>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <source>Professional&apos;s sector:</source>
        <translation>Ammattilaisen sektori:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanava:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teemat:</translation>
    </message>
    <message>
        <source>&amp;Professionals:</source>
        <translation>&amp;Ammattilaisia:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>&amp;Kesto (min):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomio:</translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation>Ei nimiä eikä muita henkilön tunnistavia tietoja</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Tallenna (Enter)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>New consultation or pair work</source>
        <translation>Uusi konsultaatio tai parityö</translation>
    </message>
    <message>
        <source>Editing professional work</source>
        <translation>Ammattilaistyön muokkaus</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Changes saved.</source>
        <translation>Muutokset tallennettu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>RecordFormView</name>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Peru muokkaus</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>The data file %1 is damaged and there is no good backup of it. Tell headquarters; the file was not changed.</source>
        <translation>Tietokanta %1 on vioittunut, eikä siitä ole ehjää varmuuskopiota. Kerro keskustoimistoon; tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Palautetaanko varmuuskopio?</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. Restore the backup of %2? What was recorded after it stays in the damaged file, which is kept aside, and at the register if it was synced.</source>
        <translation>Tietokanta %1 on vioittunut. Palautetaanko varmuuskopio päivältä %2? Sen jälkeen kirjattu jää vioittuneeseen tiedostoon, joka säilytetään, ja rekisteriin, jos se ehdittiin synkronoida.</translation>
    </message>
    <message>
        <source>The file is damaged (it fails SQLite&apos;s integrity check).</source>
        <translation>Tiedosto on vioittunut (se ei läpäise SQLiten eheystarkistusta).</translation>
    </message>
    <message>
        <source>The file is not a Pysäkki data file.</source>
        <translation>Tiedosto ei ole Pysäkin tietokanta.</translation>
    </message>
    <message>
        <source>The file was written by a newer Pysäkki; update Pysäkki first.</source>
        <translation>Tiedoston on kirjoittanut Pysäkin uudempi versio; päivitä Pysäkki ensin.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tiedostoa ei ole.</translation>
    </message>
    <message>
        <source>The data file is open in another Pysäkki window. Close it first.</source>
        <translation>Tietokanta on auki toisessa Pysäkki-ikkunassa. Sulje se ensin.</translation>
    </message>
    <message>
        <source>Another program (an antivirus, a search indexer or a backup program?) holds the file %1 open, so it could not be moved. Wait a minute and try again.</source>
        <translation>Toinen ohjelma (virustorjunta, hakuindeksointi tai varmuuskopio-ohjelma?) pitää tiedostoa %1 auki, joten sitä ei voitu siirtää. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 The data file was not changed.</source>
        <translation>Mitään ei palautettu: %1 Tietokantaa ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Tiedostoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Enter your coordinator&apos;s token to read the register&apos;s central report.</source>
        <translation>Anna koordinaattorin tunnuksesi, niin näet rekisterin keskitetyn raportin.</translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The central report needs a coordinator&apos;s token.</source>
        <translation>Tunnus on kannettavan, ei koordinaattorin. Keskitetty raportti vaatii koordinaattorin tunnuksen.</translation>
    </message>
    <message>
        <source>No connection to the register. This laptop&apos;s own figures are still here.</source>
        <translation>Ei yhteyttä rekisteriin. Tämän kannettavan omat luvut ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again, or choose a shorter period.</source>
        <translation>Rekisteri ei vastannut ajoissa. Yritä uudelleen tai valitse lyhyempi ajanjakso.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Saved to %1. Numbers from 1 to 4 are shown as &quot;&lt;5&quot;.</source>
        <translation>Tallennettu: %1. Luvut 1–4 näkyvät muodossa &quot;&lt;5&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Kaikki yksiköt</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Vuosikatsaus</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Kunnittain</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Teemoittain</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Järjestöittäin</translation>
    </message>
    <message>
        <source>By service package</source>
        <translation>Toimintakokonaisuuksittain</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>STEA: people reached</source>
        <translation>STEA: tavoitetut ihmiset</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Raportti</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Vuosi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>P&amp;äättyen</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kunta</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Tämä kannettava</translation>
    </message>
    <message>
        <source>The register: every laptop (coordinators)</source>
        <translation>Rekisteri: kaikki kannettavat (koordinaattorit)</translation>
    </message>
    <message>
        <source>Figures &amp;from</source>
        <translation>L&amp;uvut</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation>Koor&amp;dinaattorin tunnus</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation>keskustoimistosta; ei tallenneta</translation>
    </message>
    <message>
        <source>Exact figures on screen (for the unit&apos;s own use)</source>
        <translation>Tarkat luvut näytöllä (yksikön omaan käyttöön)</translation>
    </message>
    <message>
        <source>Exported files always hide numbers from 1 to 4 as &quot;&lt;5&quot;, because reports are public.</source>
        <translation>Tallennetuissa tiedostoissa luvut 1–4 näkyvät aina muodossa &quot;&lt;5&quot;, koska raportit ovat julkisia.</translation>
    </message>
    <message>
        <source>&amp;Show (F5)</source>
        <translation>&amp;Näytä (F5)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Tallenna &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ScheduleEditorView</name>
    <message>
        <source>Add the stop first, on the left.</source>
        <translation>Lisää ensin pysäkki, vasemmalla.</translation>
    </message>
    <message>
        <source>Choose an end after the start.</source>
        <translation>Valitse päättymisaika alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>Cancel the visit to %1 on %2? The laptops take it off their Today page at their next sync; the public timetable shows it cancelled. Unticking and saving again brings it back.</source>
        <translation>Perutaanko käynti pysäkille %1 %2? Kannettavat poistavat sen Tänään-sivultaan seuraavassa synkronoinnissa; julkinen aikataulu näyttää sen peruttuna. Kun poistat rastin ja tallennat uudelleen, käynti palaa.</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Timetable: the visit chosen</source>
        <translation>Aikataulu: valittu käynti</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Py&amp;säkki</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Päi&amp;vä</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Peruminen</translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation>Peruttu etukäteen</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>Uusi &amp;käynti</translation>
    </message>
    <message>
        <source>Save the v&amp;isit</source>
        <translation>T&amp;allenna käynti</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation>Peruttu etukäteen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>A pysakki command (an import, a sync or a restore) is changing the data in %1. Start Pysäkki again when it has finished.</source>
        <translation>pysakki-komento (tuonti, synkronointi tai palautus) muuttaa parhaillaan tietokansion %1 tietoja. Käynnistä Pysäkki uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <source>Pysäkki is already open on the data in %1, but its window does not answer. Look for it on the taskbar, or start Pysäkki again in a moment.</source>
        <translation>Pysäkki on jo auki tietokansiossa %1, mutta sen ikkuna ei vastaa. Etsi se tehtäväpalkista tai käynnistä Pysäkki uudelleen hetken kuluttua.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>The chosen service</source>
        <translation>Valittu palvelu</translation>
    </message>
    <message>
        <source>&amp;Name in Finnish</source>
        <translation>&amp;Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <source>Description in Finnish</source>
        <translation>Kuvaus suomeksi</translation>
    </message>
    <message>
        <source>Description in Swedish</source>
        <translation>Kuvaus ruotsiksi</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Kuvaus englanniksi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Käyntiosoite</translation>
    </message>
    <message>
        <source>Municipalities served
(none ticked: all)</source>
        <translation>Palvelee kuntia
(ei valittuja: kaikkia)</translation>
    </message>
    <message>
        <source>Contacts c&amp;hecked with the service</source>
        <translation>Yhteystiedot &amp;tarkistettu palvelulta</translation>
    </message>
    <message>
        <source>&amp;Save the service</source>
        <translation>T&amp;allenna palvelu</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Choose at least one service first.</source>
        <translation>Valitse ensin vähintään yksi palvelu.</translation>
    </message>
    <message>
        <source>Referral saved; the handout is saved as %1</source>
        <translation>Ohjaus tallennettu; lomake tallennettu nimellä %1</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Ohjaus tallennettu.</translation>
    </message>
    <message>
        <source>No service is left on the handout.</source>
        <translation>Lomakkeelle ei jäänyt yhtään palvelua.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Tallenna lomake</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Lomaketta ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Handout saved as %1</source>
        <translation>Lomake tallennettu nimellä %1</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Tulostinta ei voitu käyttää.</translation>
    </message>
    <message>
        <source>The referral is saved: print it again later, or save the handout as a PDF.</source>
        <translation>Ohjaus on tallennettu: tulosta lomake myöhemmin uudelleen tai tallenna se PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>Import from the national service catalogue</source>
        <translation>Tuo Palvelutietovarannosta</translation>
    </message>
    <message>
        <source>This is not a file of the national service catalogue: %1</source>
        <translation>Tiedosto ei ole Palvelutietovarannon tiedosto: %1</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>None: no way to reach it</source>
        <translation>Ei yhtään: ei tavoitettavissa</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Ei tarkistettu</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Search services: a word or the start of one (Ctrl+F)</source>
        <translation>Hae palveluita: sana tai sen alku (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add to handout (Enter)</source>
        <translation>Lisää lomakkeelle (Enter)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <source>Handout for the family</source>
        <translation>Lomake perheelle</translation>
    </message>
    <message>
        <source>From guidance session</source>
        <translation>Ohjauskäynnistä</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Lomakkeen kieli</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Refer and print… (Ctrl+P)</source>
        <translation>Ohjaa ja tulosta… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Annetut lomakkeet</translation>
    </message>
    <message>
        <source>Refer and save as PDF…</source>
        <translation>Ohjaa ja tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tulosta uudelleen</translation>
    </message>
    <message>
        <source>Import from PTV…</source>
        <translation>Tuo PTV:stä…</translation>
    </message>
    <message>
        <source>Import services from a file of the national service catalogue</source>
        <translation>Tuo palvelut Palvelutietovarannon tiedostosta</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Kaikki teemat</translation>
    </message>
    <message>
        <source>Any municipality</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kaikille</translation>
    </message>
    <message>
        <source>There may be a fee.</source>
        <translation>Voi olla maksullinen.</translation>
    </message>
    <message>
        <source>Contact details not yet checked.</source>
        <translation>Yhteystietoja ei ole vielä tarkistettu.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n services; narrow the search.</source>
        <translation>
            <numerusform>Ensimmäinen %n palvelu; tarkenna hakua.</numerusform>
            <numerusform>Ensimmäiset %n palvelua; tarkenna hakua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services found</source>
        <translation>
            <numerusform>%n palvelu löytyi</numerusform>
            <numerusform>%n palvelua löytyi</numerusform>
        </translation>
    </message>
    <message>
        <source>None (a referral on its own)</source>
        <translation>Ei mitään (erillinen ohjaus)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new service(s), %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>Tuotu: %n uusi palvelu, %1 päivitetty, %2 ennallaan.</numerusform>
            <numerusform>Tuotu: %n uutta palvelua, %1 päivitetty, %2 ennallaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped:</source>
        <translation>
            <numerusform>%n kohta ohitettiin:</numerusform>
            <numerusform>%n kohtaa ohitettiin:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Who is working?</source>
        <translation>Kuka on vuorossa?</translation>
    </message>
    <message>
        <source>Nobody works on this laptop yet. Add yourself on the right: your name and a PIN of your own.</source>
        <translation>Tällä kannettavalla ei ole vielä työntekijöitä. Lisää itsesi oikealla: nimesi ja oma PIN-koodi.</translation>
    </message>
    <message>
        <source>Choose the unit this laptop works for</source>
        <translation>Valitse yksikkö, jolle tämä kannettava kirjaa</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>Käytä tätä yksikköä</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>PIN-koodi &amp;uudelleen:</translation>
    </message>
    <message>
        <source>First time on this laptop: choose a PIN of 4 to 8 digits and type it twice.</source>
        <translation>Ensimmäinen kerta tällä kannettavalla: valitse 4–8-numeroinen PIN-koodi ja kirjoita se kahdesti.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Not on the list? Add yourself</source>
        <translation>Et ole listalla? Lisää itsesi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>P&amp;IN (4–8 digits):</source>
        <translation>P&amp;IN-koodi (4–8 numeroa):</translation>
    </message>
    <message>
        <source>PIN agai&amp;n:</source>
        <translation>PIN-koodi uu&amp;delleen:</translation>
    </message>
    <message>
        <source>Add and sign in</source>
        <translation>Lisää ja kirjaudu</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ei järjestöä</translation>
    </message>
    <message>
        <source>student</source>
        <translation>opiskelija</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Kirjautunut: %1</translation>
    </message>
    <message>
        <source>No stop day open</source>
        <translation>Ei avointa pysäkkipäivää</translation>
    </message>
    <message>
        <source>Stop: %1, %2</source>
        <translation>Pysäkki: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n</source>
        <translation>
            <numerusform>Odottaa synkronointia: %n</numerusform>
            <numerusform>Odottaa synkronointia: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopEditorView</name>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Retire the stop %1? It leaves the laptops&apos; lists at their next sync; its past visits and records stay. Ticking &apos;In use&apos; again and saving brings it back.</source>
        <translation>Poistetaanko pysäkki %1 käytöstä? Se poistuu kannettavien listoilta seuraavassa synkronoinnissa; sen aiemmat käynnit ja kirjaukset säilyvät. Kun rastit &apos;Käytössä&apos; uudelleen ja tallennat, pysäkki palaa.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Pysäkit</translation>
    </message>
    <message>
        <source>Stops: the stop chosen</source>
        <translation>Pysäkit: valittu pysäkki</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>N&amp;ew stop</source>
        <translation>&amp;Uusi pysäkki</translation>
    </message>
    <message>
        <source>&amp;Save the stop</source>
        <translation>&amp;Tallenna pysäkki</translation>
    </message>
</context>
<context>
    <name>StopsModel</name>
    <message>
        <source>Stop</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Enter the register&apos;s address, starting with https://</source>
        <translation>Anna rekisterin osoite, joka alkaa https://</translation>
    </message>
    <message>
        <source>Enter the enrollment code from headquarters.</source>
        <translation>Anna keskustoimiston antama liittämiskoodi.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Kannettava</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Sync now sends its records.</source>
        <translation>Kannettava on liitetty. Synkronoi nyt lähettää sen kirjaukset.</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Lähetetty %1, vastaanotettu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted: see the list below.</source>
        <translation>
            <numerusform>%n ei hyväksytty: katso luettelo alla.</numerusform>
            <numerusform>%n ei hyväksytty: katso luettelo alla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received records wait for a record they refer to.</source>
        <translation>
            <numerusform>%n vastaanotettu kirjaus odottaa kirjausta, johon se viittaa.</numerusform>
            <numerusform>%n vastaanotettua kirjausta odottaa kirjauksia, joihin ne viittaavat.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is more than five minutes off the register&apos;s: check it.</source>
        <translation>Kannettavan kello poikkeaa rekisterin kellosta yli viisi minuuttia: tarkista se.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Synkronointi valmis.</translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop confirmed.</source>
        <translation>
            <numerusform>Tällä kannettavalla varattu %n aika vahvistettu.</numerusform>
            <numerusform>Tällä kannettavalla varatut %n aikaa vahvistettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): see the bookings on Today and call the families.</source>
        <translation>
            <numerusform>Tällä kannettavalla varattua %n aikaa ei voitu vahvistaa (varattu sillä välin tai ei enää varattavissa): katso varaukset Tänään-sivulta ja soita perheelle.</numerusform>
            <numerusform>Tällä kannettavalla varattuja %n aikaa ei voitu vahvistaa (varattu sillä välin tai ei enää varattavissa): katso varaukset Tänään-sivulta ja soita perheille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reception bookings could not be exchanged this time: they wait here and go with the next sync.</source>
        <translation>Vastaanottovarauksia ei saatu nyt vaihdettua rekisterin kanssa: ne odottavat tällä kannettavalla ja lähtevät seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>No connection to the register. The records wait here; sync again when online.</source>
        <translation>Ei yhteyttä rekisteriin. Kirjaukset odottavat tällä kannettavalla; synkronoi uudelleen, kun yhteys on.</translation>
    </message>
    <message>
        <source>The register did not answer in time. The records wait here; try again later.</source>
        <translation>Rekisteri ei vastannut ajoissa. Kirjaukset odottavat tällä kannettavalla; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Nothing at that address answers like a Pysäkki register. Check the address.</source>
        <translation>Osoitteessa ei vastaa Pysäkin rekisteri. Tarkista osoite.</translation>
    </message>
    <message>
        <source>This laptop has been locked out of the register. Its unsent records are kept; contact headquarters.</source>
        <translation>Tämä kannettava on suljettu pois rekisteristä. Lähettämättömät kirjaukset säilyvät; ota yhteyttä keskustoimistoon.</translation>
    </message>
    <message>
        <source>Headquarters revoked this laptop as lost and ordered its contact requests&apos; names and numbers erased: they are, and so is their key. The other records are kept. Ask headquarters for a new code.</source>
        <translation>Keskustoimisto poisti tämän kannettavan käytöstä kadonneena ja määräsi sen yhteydenottopyyntöjen nimet ja numerot tyhjennettäviksi: ne on tyhjennetty, samoin niiden avain. Muut kirjaukset säilyvät. Pyydä keskustoimistolta uusi koodi.</translation>
    </message>
    <message>
        <source>The register does not know this laptop. Enroll it again with a new code.</source>
        <translation>Rekisteri ei tunne tätä kannettavaa. Liitä se uudelleen uudella koodilla.</translation>
    </message>
    <message>
        <source>The register had a problem. The records wait here; try again later.</source>
        <translation>Rekisterissä oli ongelma. Kirjaukset odottavat tällä kannettavalla; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The sync stopped before it was done. What it did is kept and the rest waits here; sync again.</source>
        <translation>Synkronointi keskeytyi kesken. Se, mitä ehdittiin tehdä, on tallessa, ja loput odottavat tällä kannettavalla; synkronoi uudelleen.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enter the address and a code from headquarters.</source>
        <translation>Kannettavaa ei ole vielä liitetty: anna osoite ja keskustoimiston koodi.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, used or expired. Ask headquarters for a new one.</source>
        <translation>Liittämiskoodi on väärä, käytetty tai vanhentunut. Pyydä keskustoimistosta uusi.</translation>
    </message>
    <message>
        <source>This laptop is enrolled already. Headquarters can revoke it for a new start.</source>
        <translation>Kannettava on jo liitetty. Keskustoimisto voi perua liitoksen uutta aloitusta varten.</translation>
    </message>
    <message>
        <source>The code is for another unit than the one this laptop records for.</source>
        <translation>Koodi on eri yksikölle kuin se, jolle tämä kannettava kirjaa.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this network. Wait 15 minutes.</source>
        <translation>Tästä verkosta on kokeiltu liian monta väärää koodia. Odota 15 minuuttia.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Osoit&amp;e</translation>
    </message>
    <message>
        <source>Enrollment &amp;code</source>
        <translation>Liittämis&amp;koodi</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name</source>
        <translation>Kannettavan &amp;nimi</translation>
    </message>
    <message>
        <source>Enroll this laptop</source>
        <translation>Liitä tämä kannettava</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Not accepted, or received and not taken yet</source>
        <translation>Ei hyväksytty tai vastaanotettu mutta ei vielä otettu käyttöön</translation>
    </message>
    <message>
        <source>What the register did not accept stays on this laptop and is not sent again until it is edited. What was received and waits is tried again at every sync.</source>
        <translation>Mitä rekisteri ei hyväksynyt, säilyy tällä kannettavalla eikä sitä lähetetä uudelleen ennen kuin sitä muokataan. Vastaanotettu ja odottava yritetään uudelleen jokaisessa synkronoinnissa.</translation>
    </message>
    <message>
        <source>This laptop is enrolled.</source>
        <translation>Tämä kannettava on liitetty rekisteriin.</translation>
    </message>
    <message>
        <source>Not enrolled yet: enter the register&apos;s address and a code from headquarters.</source>
        <translation>Ei liitetty vielä: anna rekisterin osoite ja keskustoimiston koodi.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Viimeisin onnistunut synkronointi: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ei synkronoitu vielä.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Odottaa lähettämistä: %n</numerusform>
            <numerusform>Odottaa lähettämistä: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received but not taken yet: %n. They wait for a record they refer to and are tried again at every sync; if they still wait after a sync, tell headquarters.</source>
        <translation>
            <numerusform>Vastaanotettu, mutta ei vielä otettu käyttöön: %n. Se odottaa kirjausta, johon se viittaa, ja sitä yritetään uudelleen jokaisessa synkronoinnissa; jos se odottaa vielä synkronoinnin jälkeen, kerro keskustoimistoon.</numerusform>
            <numerusform>Vastaanotettu, mutta ei vielä otettu käyttöön: %n. Ne odottavat kirjauksia, joihin ne viittaavat, ja niitä yritetään uudelleen jokaisessa synkronoinnissa; jos ne odottavat vielä synkronoinnin jälkeen, kerro keskustoimistoon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n records of this laptop are at headquarters (checked %1).</source>
        <translation>
            <numerusform>Tämän kannettavan %n kirjaus on keskustoimistossa (tarkistettu %1).</numerusform>
            <numerusform>Kaikki tämän kannettavan %n kirjausta ovat keskustoimistossa (tarkistettu %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters holds %1 of this laptop&apos;s %n record(s) (checked %2). Not the same there: %3.</source>
        <translation>
            <numerusform>Keskustoimistossa on %1 tämän kannettavan %n kirjauksesta (tarkistettu %2). Eivät täsmää: %3.</numerusform>
            <numerusform>Keskustoimistossa on %1 tämän kannettavan %n kirjauksesta (tarkistettu %2). Eivät täsmää: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received, waiting</source>
        <translation>Vastaanotettu, odottaa</translation>
    </message>
    <message>
        <source>Conflict: headquarters keeps both versions</source>
        <translation>Ristiriita: keskustoimisto säilyttää molemmat versiot</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Ei hylättyjä kirjauksia.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 / %2 lähetetty</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Stop day opened.</source>
        <translation>Pysäkkipäivä avattu.</translation>
    </message>
    <message>
        <source>Stop day closed.</source>
        <translation>Pysäkkipäivä suljettu.</translation>
    </message>
    <message>
        <source>Cancelled departure recorded.</source>
        <translation>Peruttu lähtö kirjattu.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>Tämän päivän aikataulu</translation>
    </message>
    <message>
        <source>Nothing scheduled for today on this laptop. Choose the place below.</source>
        <translation>Tälle päivälle ei ole aikataulua tällä kannettavalla. Valitse paikka alta.</translation>
    </message>
    <message>
        <source>Open the stop day</source>
        <translation>Avaa pysäkkipäivä</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>e.g. market square, library</source>
        <translation>esim. tori, kirjasto</translation>
    </message>
    <message>
        <source>Workers on board:</source>
        <translation>Työntekijät mukana:</translation>
    </message>
    <message>
        <source>&amp;Odometer at start (km):</source>
        <translation>&amp;Matkamittari alussa (km):</translation>
    </message>
    <message>
        <source>Open stop day</source>
        <translation>Avaa pysäkkipäivä</translation>
    </message>
    <message>
        <source>Departure cancelled</source>
        <translation>Lähtö peruttu</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomio:</translation>
    </message>
    <message>
        <source>Mark departure cancelled</source>
        <translation>Merkitse lähtö perutuksi</translation>
    </message>
    <message>
        <source>Close the stop day</source>
        <translation>Sulje pysäkkipäivä</translation>
    </message>
    <message>
        <source>Odometer at &amp;end (km):</source>
        <translation>Matkamittari &amp;lopussa (km):</translation>
    </message>
    <message>
        <source>Or &amp;kilometres driven:</source>
        <translation>Tai ajetut &amp;kilometrit:</translation>
    </message>
    <message>
        <source>Close stop day</source>
        <translation>Sulje pysäkkipäivä</translation>
    </message>
    <message>
        <source>Odometer at start:</source>
        <translation>Matkamittari alussa:</translation>
    </message>
    <message>
        <source>Stop day open: %1, %2 (%3)</source>
        <translation>Pysäkkipäivä auki: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Something unexpected went wrong. What was saved before is safe.

If the last thing you did is not in History, do it again. If this happens again, restart Pysäkki and tell headquarters, sending them the log file:
%1</source>
        <translation>Jotain odottamatonta tapahtui. Aiemmin tallennettu on tallessa.

Jos viimeisin kirjauksesi ei näy Historiassa, tee se uudelleen. Jos tämä toistuu, käynnistä Pysäkki uudelleen ja kerro keskustoimistoon; lähetä heille lokitiedosto:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(ei lokitiedostoa)</translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>Pysäkki closed unexpectedly last time (the session started %1). What was saved before is kept.

If the last thing you did is not in History, do it again. If this happens again, tell headquarters and send them the log folder:
%2</source>
        <translation>Pysäkki sulkeutui viimeksi odottamatta (istunto alkoi %1). Aiemmin tallennettu on tallessa.

Jos viimeisin kirjauksesi ei näy Historiassa, tee se uudelleen. Jos tämä toistuu, kerro keskustoimistoon ja lähetä heille lokikansio:
%2</translation>
    </message>
</context>
<context>
    <name>WorkerEditorView</name>
    <message>
        <source>None</source>
        <translation>Ei mikään</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pakollinen.</translation>
    </message>
    <message>
        <source>Deactivate %1? After their next sync the laptops no longer offer them for signing in; what they recorded stays. Ticking &apos;Active&apos; again and saving brings them back.</source>
        <translation>Poistetaanko %1 käytöstä? Seuraavan synkronoinnin jälkeen kannettavat eivät enää tarjoa häntä kirjautujaksi; hänen kirjauksensa säilyvät. Kun rastit &apos;Käytössä&apos; uudelleen ja tallennat, hän palaa.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>A student on a placement</source>
        <translation>Harjoittelussa oleva opiskelija</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>New &amp;worker</source>
        <translation>Uusi &amp;työntekijä</translation>
    </message>
    <message>
        <source>&amp;Save the worker</source>
        <translation>T&amp;allenna työntekijä</translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Ei käytössä</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The unsaved guidance session was kept. Save or clear it, then fill in the family&apos;s session.</source>
        <translation>Tallentamaton ohjauskerta säilytettiin. Tallenna tai tyhjennä se ja täytä sitten perheen ohjauskerta.</translation>
    </message>
    <message>
        <source>Guidance session not saved</source>
        <translation>Ohjauskertaa ei ole tallennettu</translation>
    </message>
    <message>
        <source>The guidance session being filled in has not been saved. Empty it and open a new session for the family who arrived?</source>
        <translation>Täytettävänä olevaa ohjauskertaa ei ole tallennettu. Tyhjennetäänkö se ja avataanko uusi ohjauskerta saapuneelle perheelle?</translation>
    </message>
</context>
</TS>
