<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Den nyaste %n posten; avgränsa sökningen för att se äldre.</numerusform>
            <numerusform>De nyaste %n posterna; avgränsa sökningen för att se äldre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Poster: %n</numerusform>
            <numerusform>Poster: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these filters.</source>
        <translation>Inga poster med dessa villkor.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>logg</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Spara loggen</translation>
    </message>
    <message>
        <source>Saved: %1 (ids and times only, no names)</source>
        <translation>Sparad: %1 (bara id:n och tider, inga namn)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad gjordes</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Kontaktbegäran</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Medarbetare</translation>
    </message>
    <message>
        <source>Contact &amp;request</source>
        <translation>Kontakt&amp;begäran</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>its id; empty: every request</source>
        <translation>dess id; tomt: alla begäranden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Today&apos;s backup is on this laptop only: the second backup place is not plugged in.</source>
        <translation>Dagens säkerhetskopia finns bara på den här datorn: den andra platsen för säkerhetskopior är inte ansluten.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to the second place: %1</source>
        <translation>Dagens säkerhetskopia kunde inte kopieras till den andra platsen: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Dagens säkerhetskopia misslyckades: %1</translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Säkerhetskopiera datafilen</translation>
    </message>
    <message>
        <source>Pysäkki backup (*.db)</source>
        <translation>Pysäkki-säkerhetskopia (*.db)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Säkerhetskopian sparad: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Återställa en säkerhetskopia?</translation>
    </message>
    <message>
        <source>Put the backup %1 in place of the data file? The current data file is kept aside in the backups folder, not deleted.</source>
        <translation>Sätta säkerhetskopian %1 i stället för datafilen? Den nuvarande datafilen sparas i mappen för säkerhetskopior, den raderas inte.</translation>
    </message>
    <message>
        <source>Second place for the daily backups</source>
        <translation>Andra platsen för de dagliga säkerhetskopiorna</translation>
    </message>
    <message>
        <source>Daily backups also go to %1.</source>
        <translation>De dagliga säkerhetskopiorna sparas också i %1.</translation>
    </message>
    <message>
        <source>Daily backups stay on this laptop only.</source>
        <translation>De dagliga säkerhetskopiorna sparas bara på den här datorn.</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Keep booking contacts</source>
        <translation>Bokningarnas kontaktuppgifter</translation>
    </message>
    <message>
        <source>Days after the visit a booking keeps the family&apos;s nickname and contact (1: emptied the next day):</source>
        <translation>Dagar efter besöket som en bokning behåller familjens namn och kontaktuppgift (1: töms följande dag):</translation>
    </message>
    <message numerus="yes">
        <source>Bookings keep the family&apos;s contact for %n day(s) after the visit.</source>
        <translation>
            <numerusform>Bokningarna behåller familjens kontaktuppgift %n dag efter besöket.</numerusform>
            <numerusform>Bokningarna behåller familjens kontaktuppgift %n dagar efter besöket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked arrived. A new guidance session is open for them.</source>
        <translation>Markerad som anländ. En ny vägledning är öppen för dem.</translation>
    </message>
    <message>
        <source>Marked as not come.</source>
        <translation>Markerad: kom inte.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Bokningen avbokad.</translation>
    </message>
    <message>
        <source>Time booked. It is confirmed at the next sync.</source>
        <translation>Tiden bokad. Den bekräftas vid nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Reception bookings</source>
        <translation>Mottagningsbokningar</translation>
    </message>
    <message>
        <source>No reception bookings today.</source>
        <translation>Inga mottagningsbokningar i dag.</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Anlände</translation>
    </message>
    <message>
        <source>Opens a new guidance session in the family&apos;s language and theme</source>
        <translation>Öppnar en ny vägledning på familjens språk och tema</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>Visa kontaktuppgift</translation>
    </message>
    <message>
        <source>Keep booking contacts…</source>
        <translation>Bokningarnas kontaktuppgifter…</translation>
    </message>
    <message>
        <source>The family&apos;s phone number or e-mail address, to call them</source>
        <translation>Familjens telefonnummer eller e-postadress, för att kontakta dem</translation>
    </message>
    <message>
        <source>Book a time for a family</source>
        <translation>Boka en tid för en familj</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Förnamn eller smeknamn:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Telefon eller e-post:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Book the time</source>
        <translation>Boka tiden</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Välj en tid</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
    <message>
        <source>(name emptied)</source>
        <translation>(namnet tömt)</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>anlände</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>kom inte</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>booked here, confirmed at the next sync</source>
        <translation>bokad på den här datorn, bekräftas vid nästa synkronisering</translation>
    </message>
    <message>
        <source>%1: the time was taken before this booking reached the register. Call the family to agree another time, then cancel this one.</source>
        <translation>%1: tiden hann bokas innan den här bokningen nådde registret. Ring familjen och kom överens om en ny tid, avboka sedan den här.</translation>
    </message>
    <message>
        <source>%1: the visit no longer takes bookings (cancelled or past). Call the family, then cancel this one.</source>
        <translation>%1: besöket tar inte längre emot bokningar (inställt eller förbi). Ring familjen och avboka sedan den här.</translation>
    </message>
    <message>
        <source>%1: the register did not accept the contact details. Check them with the family.</source>
        <translation>%1: registret godtog inte kontaktuppgifterna. Kontrollera dem med familjen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n free)</source>
        <translation>
            <numerusform>(%n ledig)</numerusform>
            <numerusform>(%n lediga)</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact has been emptied.</source>
        <translation>Kontaktuppgiften har tömts.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>Services with no way to reach them or never checked: %n (listed first)</source>
        <translation>
            <numerusform>Tjänster som inte går att nå eller aldrig kontrollerats: %n (först)</numerusform>
            <numerusform>Tjänster som inte går att nå eller aldrig kontrollerats: %n (först)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the register has it so already.</source>
        <translation>Inget att spara: registret har redan samma.</translation>
    </message>
    <message>
        <source>Saved: %1. Laptops get it at their next sync.</source>
        <translation>Sparad: %1. Datorerna får den vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The register refused this: %1</source>
        <translation>Registret godtog inte detta: %1</translation>
    </message>
    <message>
        <source>Not saved: the register refused it. What you typed is kept.</source>
        <translation>Inte sparad: registret godtog den inte. Det du skrev finns kvar.</translation>
    </message>
    <message>
        <source>Import a PTV file</source>
        <translation>Importera en PTV-fil</translation>
    </message>
    <message>
        <source>PTV catalogue (*.json)</source>
        <translation>PTV-katalog (*.json)</translation>
    </message>
    <message>
        <source>Importing %1 at the register…</source>
        <translation>Importerar %1 i registret…</translation>
    </message>
    <message>
        <source>Imported. Services new: %1, changed: %2, as they were: %3; laptops get them at their next sync.</source>
        <translation>Importerat. Tjänster nya: %1, ändrade: %2, oförändrade: %3; datorerna får dem vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Left out, with the reason: %1</source>
        <translation>Utelämnade, med orsak: %1</translation>
    </message>
    <message>
        <source>That file is not a PTV catalogue file; nothing was imported.</source>
        <translation>Filen är inte en PTV-katalogfil; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Import a &amp;PTV file for every laptop…</source>
        <translation>Importera en &amp;PTV-fil för alla datorer…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Open conflicts: %n</source>
        <translation>
            <numerusform>%n öppen konflikt</numerusform>
            <numerusform>%n öppna konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <source>Write a note first: why, and with whom it was settled.</source>
        <translation>Skriv först en anteckning: varför, och med vem det avgjordes.</translation>
    </message>
    <message>
        <source>Resolved. The laptop&apos;s version stands: ask its unit to save the record again.</source>
        <translation>Löst. Datorns version gäller: be dess enhet att spara posten på nytt.</translation>
    </message>
    <message>
        <source>Resolved. The register&apos;s version stands.</source>
        <translation>Löst. Registrets version gäller.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Löst av %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Both versions (the fields that differ in bold)</source>
        <translation>Båda versionerna (fälten som skiljer sig i fetstil)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>The register&apos;s version</source>
        <translation>Registrets version</translation>
    </message>
    <message>
        <source>The laptop&apos;s version</source>
        <translation>Datorns version</translation>
    </message>
    <message>
        <source>Keep the &amp;register&apos;s version</source>
        <translation>Behåll &amp;registrets version</translation>
    </message>
    <message>
        <source>Keep the &amp;laptop&apos;s version (its laptop saves the record again)</source>
        <translation>Behåll &amp;datorns version (datorn sparar posten på nytt)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>An&amp;teckning</translation>
    </message>
    <message>
        <source>why, and with whom it was settled</source>
        <translation>varför, och med vem det avgjordes</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Lös</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Enter your coordinator&apos;s token to work with the register.</source>
        <translation>Ange din koordinatorsnyckel för att arbeta med registret.</translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The console needs a coordinator&apos;s token.</source>
        <translation>Nyckeln är en dators. Konsolen kräver en koordinatorsnyckel.</translation>
    </message>
    <message>
        <source>No connection to the register. Try again when the laptop is online.</source>
        <translation>Ingen förbindelse med registret. Försök igen när datorn är uppkopplad.</translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again.</source>
        <translation>Registret svarade inte i tid. Försök igen.</translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address. Wait a quarter of an hour.</source>
        <translation>För många felaktiga nycklar från den här adressen. Vänta en kvart.</translation>
    </message>
    <message>
        <source>The register does not know this unit yet.</source>
        <translation>Registret känner inte till den här enheten ännu.</translation>
    </message>
    <message>
        <source>The register no longer has this laptop. Refresh the list.</source>
        <translation>Registret har inte längre den här datorn. Uppdatera listan.</translation>
    </message>
    <message>
        <source>The register no longer has this conflict. Refresh the list.</source>
        <translation>Registret har inte längre den här konflikten. Uppdatera listan.</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Headquarters console</source>
        <translation>Huvudkontorets konsol</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation>Koordinators&amp;nyckel</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation>från huvudkontoret; sparas inte</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Datorer</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Tjänstekatalog</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Stops and timetable</source>
        <translation>Hållplatser och tidtabell</translation>
    </message>
    <message>
        <source>Workers and organisations</source>
        <translation>Medarbetare och organisationer</translation>
    </message>
</context>
<context>
    <name>ContactCheck</name>
    <message>
        <source>No way to reach a service</source>
        <translation>Ingen väg att nå en tjänst</translation>
    </message>
    <message>
        <source>The handout gives no phone, web address or street address for these services. Choose for each:</source>
        <translation>Bladet ger inget telefonnummer, ingen webbadress och ingen gatuadress för de här tjänsterna. Välj för var och en:</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s general contact: %1</source>
        <translation>Ge organisationens allmänna kontaktuppgifter: %1</translation>
    </message>
    <message>
        <source>Take it off the handout</source>
        <translation>Ta bort den från bladet</translation>
    </message>
    <message>
        <source>Print it anyway; the sheet says &quot;contact details to be checked: ask the bus workers&quot;</source>
        <translation>Skriv ut ändå; på bladet står &quot;kontaktuppgifterna ska kontrolleras: fråga personalen i bussen&quot;</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Theme saved.</source>
        <translation>Temat sparat.</translation>
    </message>
    <message>
        <source>Last click undone.</source>
        <translation>Senaste klicket ångrat.</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Theme of the last click (optional):</source>
        <translation>Tema för senaste klicket (valfritt):</translation>
    </message>
    <message>
        <source>Undo last click (Ctrl+Z)</source>
        <translation>Ångra senaste klicket (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Count one more (key %1)</source>
        <translation>Räkna en till (tangent %1)</translation>
    </message>
    <message>
        <source>Last click: %1</source>
        <translation>Senaste: %1</translation>
    </message>
    <message>
        <source>Click or press 1–4 for each person met. Each click is saved at once.</source>
        <translation>Klicka eller tryck 1–4 för varje person ni möter. Varje klick sparas genast.</translation>
    </message>
    <message>
        <source>Open a stop day on the Today page to count encounters.</source>
        <translation>Öppna en hållplatsdag på sidan I dag för att räkna möten.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Revoke the laptop %1 of %2? It can no longer sync. What it sent stays in the register; what it has not sent stays on the laptop. A new enrollment code lets it in again.</source>
        <translation>Spärra datorn %1 i %2? Den kan inte längre synkronisera. Det den har skickat stannar i registret; det den inte har skickat stannar på datorn. Med en ny anslutningskod kommer den in igen.</translation>
    </message>
    <message>
        <source>&amp;Lost: if it ever connects again, it erases its contact requests&apos; names and numbers and their key</source>
        <translation>&amp;Förlorad: om den någonsin ansluter igen raderar den kontaktbegärandenas namn och nummer och deras nyckel</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>Spärra en dator</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Spärrad: %1.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Revoked; told to erase %1</source>
        <translation>Spärrad; ombedd att radera %1</translation>
    </message>
    <message>
        <source>Revoked; to erase if it connects</source>
        <translation>Spärrad; raderar om den ansluter</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message numerus="yes">
        <source>Valid for %n hour(s), once. On the new laptop: the Sync page, the register&apos;s address %1 and this code.</source>
        <translation>
            <numerusform>Giltig i %n timme, en gång. På den nya datorn: sidan Synkronisering, registrets adress %1 och den här koden.</numerusform>
            <numerusform>Giltig i %n timmar, en gång. På den nya datorn: sidan Synkronisering, registrets adress %1 och den här koden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Spärra…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>A new laptop</source>
        <translation>En ny dator</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>New &amp;enrollment code</source>
        <translation>Ny anslutnings&amp;kod</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Nothing changed: the register has it so already.</source>
        <translation>Ingen ändring: registret har det redan så.</translation>
    </message>
    <message>
        <source>Saved at the register. Laptops get it at their next sync.</source>
        <translation>Sparat i registret. Datorerna får det vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The register refused this row; see the fields marked.</source>
        <translation>Registret tog inte emot raden; se de markerade fälten.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Too long for the register.</source>
        <translation>För långt för registret.</translation>
    </message>
    <message>
        <source>The register refused the row: something it refers to is missing there, or its key is taken. Refresh and try again.</source>
        <translation>Registret tog inte emot raden: något som den hänvisar till saknas där, eller så är dess nyckel redan tagen. Uppdatera och försök igen.</translation>
    </message>
    <message>
        <source>The register does not take this value.</source>
        <translation>Registret godtar inte det här värdet.</translation>
    </message>
</context>
<context>
    <name>EditorsPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>&amp;Längd (min):</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Genomförande:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation>Verksamhetshelhet:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teman:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisationer:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
    <message>
        <source>Participant numbers are estimates</source>
        <translation>Deltagarantalen är uppskattningar</translation>
    </message>
    <message>
        <source>An expert by experience took part</source>
        <translation>En erfarenhetsexpert deltog</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>None (online)</source>
        <translation>Ingen (på nätet)</translation>
    </message>
    <message>
        <source>New event or meeting</source>
        <translation>Nytt evenemang eller möte</translation>
    </message>
    <message>
        <source>Editing an event</source>
        <translation>Redigerar ett evenemang</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>handout</source>
        <comment>the start of a saved handout&apos;s file name</comment>
        <translation>hänvisningsblad</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
</context>
<context>
    <name>FolderOwner</name>
    <message>
        <source>Pysäkki is already open: this is its window.</source>
        <translation>Pysäkki är redan öppet: här är dess fönster.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved. Call back by %1.</source>
        <translation>Sparat. Ring tillbaka senast %1.</translation>
    </message>
    <message>
        <source>Keep contact details</source>
        <translation>Spara kontaktuppgifter</translation>
    </message>
    <message>
        <source>Days a closed request keeps its name and number (0: emptied at the next start):</source>
        <translation>Antal dagar en stängd begäran behåller namn och nummer (0: töms vid nästa start):</translation>
    </message>
    <message numerus="yes">
        <source>Closed requests keep their contact details for %n day(s).</source>
        <translation>
            <numerusform>Stängda begäranden behåller sina kontaktuppgifter i %n dag.</numerusform>
            <numerusform>Stängda begäranden behåller sina kontaktuppgifter i %n dagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>⚠ %1 · overdue</source>
        <translation>⚠ %1 · försenad</translation>
    </message>
    <message numerus="yes">
        <source>Open contact requests: %n</source>
        <translation>
            <numerusform>Öppna kontaktbegäranden: %n</numerusform>
            <numerusform>Öppna kontaktbegäranden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>Preferred time: %1</source>
        <translation>Lämplig tid: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svarar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Called &amp;back</source>
        <translation>&amp;Uppringd</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Could &amp;not reach</source>
        <translation>&amp;Nåddes inte</translation>
    </message>
    <message>
        <source>&amp;New contact request…</source>
        <translation>Ny &amp;kontaktbegäran…</translation>
    </message>
    <message>
        <source>Keep contact details…</source>
        <translation>Spara kontaktuppgifter…</translation>
    </message>
    <message>
        <source>New contact request</source>
        <translation>Ny kontaktbegäran</translation>
    </message>
    <message>
        <source>Read this to the person: “Your name and contact details are stored so that the organisation you choose calls you back within three working days. Only that organisation sees them, and they are deleted 30 days after your request is closed.”</source>
        <translation>Läs detta för personen: ”Ditt namn och dina kontaktuppgifter sparas så att organisationen du väljer ringer upp dig inom tre arbetsdagar. Endast den organisationen ser dem, och de raderas 30 dagar efter att din begäran stängts.”</translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation>Personen samt&amp;ycker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation>Lämplig t&amp;id</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Who calls back</source>
        <translation>&amp;Vem ringer</translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation>&amp;Spara begäran</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Who:</source>
        <translation>Vem:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Ålder:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>How they came:</source>
        <translation>Hur de kom:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teman:</translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation>Verksamhetshelhet:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>&amp;Längd (min):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation>Inga namn eller andra uppgifter som identifierar en person</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Spara (Enter)</translation>
    </message>
    <message>
        <source>New walk-in guidance session</source>
        <translation>Ny pop up-servicehandledning</translation>
    </message>
    <message>
        <source>Editing a guidance session</source>
        <translation>Redigerar en servicehandledning</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Raderad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Väntar på synkronisering</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniserad</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n yrkesverksam</numerusform>
            <numerusform>%n yrkesverksamma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Type to filter (Ctrl+F)</source>
        <translation>Skriv för att filtrera (Ctrl+F)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Visa raderade</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Radera (Del)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Visa äldre</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 av %n post</numerusform>
            <numerusform>%1 av %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Skriv ut igen…</translation>
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
        <translation>Lås vid inaktivitet</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes (0: never):</source>
        <translation>Lås fönstret efter så här många minuter utan aktivitet (0: aldrig):</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Öppnar datafilen…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Räknare</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Servicehandledning</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Professional work</source>
        <translation>Arbete med yrkesverksamma</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Lås vid &amp;inaktivitet…</translation>
    </message>
    <message>
        <source>&amp;Headquarters console…</source>
        <translation>Huvudkontorets &amp;konsol…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Säker&amp;hetskopior</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Säkerhets&amp;kopiera nu…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Åte&amp;rställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Second place for daily backups…</source>
        <translation>&amp;Andra plats för dagliga säkerhetskopior…</translation>
    </message>
    <message>
        <source>Daily backups on this &amp;laptop only</source>
        <translation>Dagliga säkerhetskopior bara på den här &amp;datorn</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Pysäkki</source>
        <translation>&amp;Om Pysäkki</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>1, 2, 3, 4: count a parent, child, young person, professional (Counter)</source>
        <translation>1, 2, 3, 4: räkna en förälder, ett barn, en ung, en yrkesperson (Räknare)</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo the last click (Counter) or the last delete (History)</source>
        <translation>Ctrl+Z: ångra det senaste klicket (Räknare) eller den senaste raderingen (Historik)</translation>
    </message>
    <message>
        <source>Enter: save a guidance session or professional work; add the best match to the handout (Services)</source>
        <translation>Enter: spara en handledning eller ett yrkesarbete; lägg till den bästa träffen på bladet (Tjänster)</translation>
    </message>
    <message>
        <source>Up, Down: move through the services found, from the search field (Services)</source>
        <translation>Upp, ned: gå igenom de hittade tjänsterna från sökfältet (Tjänster)</translation>
    </message>
    <message>
        <source>Ctrl+S: save an event</source>
        <translation>Ctrl+S: spara ett evenemang</translation>
    </message>
    <message>
        <source>Ctrl+F: search History or Services</source>
        <translation>Ctrl+F: sök i historiken eller bland tjänsterna</translation>
    </message>
    <message>
        <source>Del: delete the chosen record (History); take the chosen service off the handout (Services)</source>
        <translation>Del: radera den valda posten (Historik); ta bort den valda tjänsten från bladet (Tjänster)</translation>
    </message>
    <message>
        <source>Ctrl+P: record the referral and print the handout (Services)</source>
        <translation>Ctrl+P: registrera hänvisningen och skriv ut bladet (Tjänster)</translation>
    </message>
    <message>
        <source>F5: show the report (Reports); list the open requests again (Follow-ups)</source>
        <translation>F5: visa rapporten (Rapporter); visa de öppna begärandena på nytt (Uppföljning)</translation>
    </message>
    <message>
        <source>Ctrl+L: lock the window</source>
        <translation>Ctrl+L: lås fönstret</translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation>Ctrl+Q: avsluta</translation>
    </message>
    <message>
        <source>Alt + an underlined letter: that menu or field</source>
        <translation>Alt + en understruken bokstav: den menyn eller det fältet</translation>
    </message>
    <message>
        <source>F1: this list</source>
        <translation>F1: den här listan</translation>
    </message>
    <message>
        <source>About Pysäkki</source>
        <translation>Om Pysäkki</translation>
    </message>
    <message>
        <source>Pysäkki records the work of a mobile family-services unit and syncs it with the register.</source>
        <translation>Pysäkki registrerar arbetet i en mobil familjeserviceenhet och synkroniserar det med registret.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>För lång.</translation>
    </message>
    <message>
        <source>Too many chosen.</source>
        <translation>För många valda.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>Talet ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <source>Choose a date from the years 2000 to 2100.</source>
        <translation>Välj ett datum från åren 2000–2100.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>Chosen twice.</source>
        <translation>Valt två gånger.</translation>
    </message>
    <message>
        <source>Not found in the reference data; sync and try again.</source>
        <translation>Finns inte i grunddata; synkronisera och försök igen.</translation>
    </message>
    <message>
        <source>Belongs to another unit.</source>
        <translation>Hör till en annan enhet.</translation>
    </message>
    <message>
        <source>Refers to a deleted record; restore it first.</source>
        <translation>Hänvisar till en raderad post; återställ den först.</translation>
    </message>
    <message>
        <source>Open a stop day first.</source>
        <translation>Öppna först en hållplatsdag.</translation>
    </message>
    <message>
        <source>Other records still refer to this one; delete them first.</source>
        <translation>Andra poster hänvisar ännu till den här; radera dem först.</translation>
    </message>
    <message>
        <source>This stop day is no longer open.</source>
        <translation>Den här hållplatsdagen är inte längre öppen.</translation>
    </message>
    <message>
        <source>Cannot be less than at the start (%1 km).</source>
        <translation>Kan inte vara mindre än vid starten (%1 km).</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kod har 4–8 siffror.</translation>
    </message>
    <message>
        <source>The PINs do not match.</source>
        <translation>PIN-koderna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Choose a PIN first.</source>
        <translation>Välj först en PIN-kod.</translation>
    </message>
    <message>
        <source>This worker already has a PIN on this laptop.</source>
        <translation>Den här arbetstagaren har redan en PIN-kod på den här datorn.</translation>
    </message>
    <message>
        <source>Unknown unit.</source>
        <translation>Okänd enhet.</translation>
    </message>
    <message>
        <source>A request is taken only with the person&apos;s consent.</source>
        <translation>En begäran tas emot endast med personens samtycke.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address.</source>
        <translation>Ange ett telefonnummer eller en e-postadress.</translation>
    </message>
    <message>
        <source>This time is fully booked: choose another.</source>
        <translation>Tiden är fullbokad: välj en annan.</translation>
    </message>
    <message>
        <source>This booking has been marked already.</source>
        <translation>Bokningen är redan markerad.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Det här är inget telefonnummer.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Det här är ingen e-postadress.</translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation>Det här är ingen webbadress.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>An id has only letters, digits and hyphens.</source>
        <translation>Ett id har bara bokstäver, siffror och bindestreck.</translation>
    </message>
    <message>
        <source>Not possible at the request&apos;s current status.</source>
        <translation>Inte möjligt i begärans nuvarande status.</translation>
    </message>
    <message>
        <source>This cannot be changed.</source>
        <translation>Det här kan inte ändras.</translation>
    </message>
    <message>
        <source>Choose a folder that exists (is the USB stick plugged in?).</source>
        <translation>Välj en mapp som finns (är USB-minnet anslutet?).</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>Choose a period that ends after it starts, within 2000–2100 and at most twenty years long.</source>
        <translation>Välj en period som slutar efter att den börjar, ligger inom 2000–2100 och är högst tjugo år lång.</translation>
    </message>
    <message>
        <source>The record was changed meanwhile. Open it again to edit.</source>
        <translation>Posten ändrades under tiden. Öppna den på nytt för att redigera.</translation>
    </message>
    <message>
        <source>The record has been deleted.</source>
        <translation>Posten har raderats.</translation>
    </message>
    <message>
        <source>Only the laptop that wrote a record can change it.</source>
        <translation>Endast datorn som skrev posten kan ändra den.</translation>
    </message>
    <message>
        <source>The contact details cannot be opened on this laptop: its key is missing. The register has them.</source>
        <translation>Kontaktuppgifterna kan inte öppnas på den här datorn: dess nyckel saknas. Registret har dem.</translation>
    </message>
    <message>
        <source>Only the answering organisation&apos;s workers and coordinators can open this request.</source>
        <translation>Endast den svarande organisationens anställda och koordinatorer kan öppna denna begäran.</translation>
    </message>
    <message>
        <source>A font file of Pysäkki is missing, so no PDF can be made. Anything recorded is saved: reinstall Pysäkki, then print again.</source>
        <translation>En typsnittsfil i Pysäkki saknas, så ingen PDF kan göras. Det som registrerats är sparat: installera om Pysäkki och skriv sedan ut igen.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Disken är full, så detta sparades inte. Allt som sparats tidigare är i säkerhet. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder (read-only or no permission), so this was not saved. Everything saved before is safe. Ask headquarters to check the folder.</source>
        <translation>Pysäkki får inte skriva i sin datamapp (skrivskyddad eller saknar behörighet), så detta sparades inte. Allt som sparats tidigare är i säkerhet. Be huvudkontoret kontrollera mappen.</translation>
    </message>
    <message>
        <source>The data file is damaged, so this was not saved. Pysäkki offers to restore the newest good backup.</source>
        <translation>Datafilen är skadad, så detta sparades inte. Pysäkki erbjuder att återställa den senaste felfria säkerhetskopian.</translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close it and try again; nothing was lost.</source>
        <translation>Datafilen används av ett annat program. Stäng det och försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so this was not saved. If it happens again, tell headquarters: the disk may be failing.</source>
        <translation>Disken kunde inte läsas eller skrivas, så detta sparades inte. Om det händer igen, meddela huvudkontoret: disken kan vara på väg att gå sönder.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate). Check the address or ask headquarters.</source>
        <translation>Den säkra förbindelsen misslyckades (certifikat). Kontrollera adressen eller fråga huvudkontoret.</translation>
    </message>
    <message>
        <source>The register needs a newer Pysäkki. Update the program; nothing is lost.</source>
        <translation>Registret kräver en nyare Pysäkki. Uppdatera programmet; ingenting går förlorat.</translation>
    </message>
    <message>
        <source>The answer was not the register&apos;s (a public network&apos;s login page?).</source>
        <translation>Svaret kom inte från registret (ett offentligt nätverks inloggningssida?).</translation>
    </message>
    <message>
        <source>The register does not know this token. Check it, or ask for a new one.</source>
        <translation>Registret känner inte till nyckeln. Kontrollera den eller be om en ny.</translation>
    </message>
    <message>
        <source>This laptop does not know the register yet: enroll it on the Sync page.</source>
        <translation>Den här datorn känner inte registret ännu: anslut den på sidan Synkronisering.</translation>
    </message>
    <message>
        <source>Nothing at the enrolled address answers like a Pysäkki register.</source>
        <translation>Ingenting på den anslutna adressen svarar som ett Pysäkki-register.</translation>
    </message>
    <message>
        <source>The register had a problem. Try again later.</source>
        <translation>Registret hade ett problem. Försök igen senare.</translation>
    </message>
    <message>
        <source>This looks like a personal identity code. The record is anonymous: remove it to save.</source>
        <translation>Det här ser ut som en personbeteckning. Anteckningen är anonym: ta bort den för att spara.</translation>
    </message>
    <message>
        <source>This looks like a phone number. The record is anonymous: remove it to save.</source>
        <translation>Det här ser ut som ett telefonnummer. Anteckningen är anonym: ta bort det för att spara.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. The record is anonymous: remove it to save.</source>
        <translation>Det här ser ut som en e-postadress. Anteckningen är anonym: ta bort den för att spara.</translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation>Kontrollera det här värdet.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar före en paus.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar före en paus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekund.</numerusform>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in another program, or may not be changed. Close it there and save again; the file was left as it was.</source>
        <translation>%1 är öppen i ett annat program, eller får inte ändras. Stäng den där och spara igen; filen lämnades som den var.</translation>
    </message>
    <message>
        <source>The data file cannot be written. Nothing was saved.</source>
        <translation>Det går inte att skriva i datafilen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The error was logged.</source>
        <translation>Något gick fel och ingenting sparades. Felet loggades.</translation>
    </message>
    <message>
        <source>The disk of the data folder %1 is full. Free some space and start Pysäkki again.</source>
        <translation>Disken för datamappen %1 är full. Frigör utrymme och starta Pysäkki igen.</translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder %1 (read-only or no permission). Ask headquarters to check the folder; nothing in it was changed.</source>
        <translation>Pysäkki får inte skriva i sin datamapp %1 (skrivskyddad eller saknar behörighet). Be huvudkontoret kontrollera mappen; inget i den ändrades.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program. Close it and start Pysäkki again.</source>
        <translation>Datafilen %1 används av ett annat program. Stäng det och starta Pysäkki igen.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Pysäkki. Update Pysäkki to open it. The file was not changed.</source>
        <translation>Datafilen %1 har skrivits av en nyare version av Pysäkki. Uppdatera Pysäkki för att öppna den. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Pysäkki database. It was not changed.</source>
        <translation>Datafilen %1 är skadad eller är ingen Pysäkki-databas. Den ändrades inte.</translation>
    </message>
    <message>
        <source>The data file&apos;s log %1 is there without its data file: a move of the file stopped halfway. Pysäkki did not start a new, empty data file beside it, which would delete the log and the newest records in it. Put the data file back (look in the backups folder for the newest “replaced-…” file) or ask headquarters. Nothing was changed.</source>
        <translation>Databasens logg %1 finns utan sin databas: en flytt av filen avbröts halvvägs. Pysäkki startade inte en ny, tom databas bredvid den, eftersom den skulle radera loggen och de nyaste uppgifterna i den. Lägg tillbaka databasen (den nyaste ”replaced-…”-filen i säkerhetskopiemappen) eller fråga huvudkontoret. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program. It was not changed.</source>
        <translation>Filen %1 hör till ett annat program. Den ändrades inte.</translation>
    </message>
    <message>
        <source>Pysäkki cannot use its data folder: %1</source>
        <translation>Pysäkki kan inte använda sin datamapp: %1</translation>
    </message>
    <message>
        <source>The key file %1 that opens the names and numbers of contact requests is missing or is not the right one. Put it back from a copy of the data folder and start Pysäkki again.</source>
        <translation>Nyckelfilen %1 som öppnar namnen och numren i kontaktbegärandena saknas eller är fel fil. Lägg tillbaka den från en kopia av datamappen och starta Pysäkki igen.</translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is in the keyring, which is locked. Sign in to the desktop session again (the keyring opens with it) and start Pysäkki again.</source>
        <translation>Nyckeln som öppnar namnen och numren i kontaktbegärandena finns i systemets nyckelring, som är låst. Logga in på skrivbordet igen (nyckelringen öppnas då) och starta Pysäkki igen.</translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is not found in this computer&apos;s keyring (%1). Start the same Pysäkki that was used before, or ask headquarters.</source>
        <translation>Nyckeln som öppnar namnen och numren i kontaktbegärandena finns inte i datorns nyckelring (%1). Starta samma Pysäkki som användes tidigare, eller fråga huvudkontoret.</translation>
    </message>
    <message>
        <source>Nothing was changed and no new key was made. If the key is lost for good, a coordinator brings the contact requests back from the register: they revoke this laptop and give a new code; move the data folder %1 aside (keep it), start Pysäkki and enroll again.</source>
        <translation>Ingenting ändrades och ingen ny nyckel skapades. Om nyckeln är förlorad för gott hämtar en koordinator kontaktbegärandena tillbaka från registret: hen spärrar den här datorn och ger en ny kod; flytta datamappen %1 åt sidan (behåll den), starta Pysäkki och anslut igen.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditorView</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Deactivate the organisation %1? After their next sync the laptops no longer offer it; its services and past records stay. Ticking &apos;Active&apos; again and saving brings it back.</source>
        <translation>Inaktivera organisationen %1? Efter nästa synkronisering erbjuder datorerna den inte längre; dess tjänster och tidigare registreringar finns kvar. Bocka i &apos;Aktiv&apos; igen och spara så kommer den tillbaka.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>N&amp;ame in Finnish</source>
        <translation>Namn på &amp;finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A partner NGO of the operating model</source>
        <translation>En partnerorganisation i verksamhetsmodellen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>Ny &amp;organisation</translation>
    </message>
    <message>
        <source>Save the organ&amp;isation</source>
        <translation>Spa&amp;ra organisationen</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>The organisation&apos;s general contact</source>
        <translation>Organisationens allmänna kontaktuppgifter</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <source>Region served</source>
        <translation>Betjänar regionen</translation>
    </message>
    <message>
        <source>Serves the whole country</source>
        <translation>Betjänar hela landet</translation>
    </message>
    <message>
        <source>Save the &amp;organisation</source>
        <translation>Spara &amp;organisationen</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer %1 did not take the handout: nothing was printed.</source>
        <translation>Skrivaren %1 tog inte emot bladet: ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>The handout went to %1, a virtual printer: it makes a file, not paper.</source>
        <translation>Bladet gick till %1, en virtuell skrivare: den gör en fil, inte papper.</translation>
    </message>
    <message>
        <source>The handout went to the printer %1, but the printer reports a problem (switched off, offline, out of paper or jammed): if nothing comes out, check it and print again.</source>
        <translation>Bladet gick till skrivaren %1, men skrivaren rapporterar ett problem (avstängd, offline, slut på papper eller papperstrassel): kommer ingenting ut, kontrollera skrivaren och skriv ut igen.</translation>
    </message>
    <message>
        <source>The handout went to the printer %1.</source>
        <translation>Bladet gick till skrivaren %1.</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop.</source>
        <translation>Ingen skrivare har ställts in på den här datorn.</translation>
    </message>
    <message>
        <source>No paper printer is set up on this laptop, only virtual printers that make files: %1.</source>
        <translation>Ingen pappersskrivare har ställts in på den här datorn, bara virtuella skrivare som gör filer: %1.</translation>
    </message>
</context>
<context>
    <name>ProfessionalWorkView</name>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Professional&apos;s sector:</source>
        <translation>Den yrkesverksammas sektor:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teman:</translation>
    </message>
    <message>
        <source>&amp;Professionals:</source>
        <translation>&amp;Yrkesverksamma:</translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation>&amp;Längd (min):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation>Inga namn eller andra uppgifter som identifierar en person</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Spara (Enter)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>New consultation or pair work</source>
        <translation>Ny konsultation eller parabete</translation>
    </message>
    <message>
        <source>Editing professional work</source>
        <translation>Redigerar arbete med yrkesverksamma</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Changes saved.</source>
        <translation>Ändringarna sparades.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>RecordFormView</name>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
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
        <translation>Datafilen %1 är skadad och det finns ingen felfri säkerhetskopia av den. Meddela huvudkontoret; filen ändrades inte.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Återställa en säkerhetskopia?</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. Restore the backup of %2? What was recorded after it stays in the damaged file, which is kept aside, and at the register if it was synced.</source>
        <translation>Datafilen %1 är skadad. Återställa säkerhetskopian från %2? Det som registrerats efter den finns kvar i den skadade filen, som sparas, och i registret om det hann synkroniseras.</translation>
    </message>
    <message>
        <source>The file is damaged (it fails SQLite&apos;s integrity check).</source>
        <translation>Filen är skadad (den klarar inte SQLites integritetskontroll).</translation>
    </message>
    <message>
        <source>The file is not a Pysäkki data file.</source>
        <translation>Filen är inte en datafil från Pysäkki.</translation>
    </message>
    <message>
        <source>The file was written by a newer Pysäkki; update Pysäkki first.</source>
        <translation>Filen skrevs av en nyare version av Pysäkki; uppdatera Pysäkki först.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The data file is open in another Pysäkki window. Close it first.</source>
        <translation>Datafilen är öppen i ett annat Pysäkki-fönster. Stäng det först.</translation>
    </message>
    <message>
        <source>Another program (an antivirus, a search indexer or a backup program?) holds the file %1 open, so it could not be moved. Wait a minute and try again.</source>
        <translation>Ett annat program (ett antivirusprogram, en sökindexerare eller ett säkerhetskopieringsprogram?) håller filen %1 öppen, så den kunde inte flyttas. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 The data file was not changed.</source>
        <translation>Inget återställdes: %1 Datafilen ändrades inte.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Enter your coordinator&apos;s token to read the register&apos;s central report.</source>
        <translation>Ange din koordinatorsnyckel för att se registrets centrala rapport.</translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The central report needs a coordinator&apos;s token.</source>
        <translation>Nyckeln hör till en bärbar dator. Den centrala rapporten kräver en koordinators nyckel.</translation>
    </message>
    <message>
        <source>No connection to the register. This laptop&apos;s own figures are still here.</source>
        <translation>Ingen förbindelse till registret. Datorns egna siffror finns kvar här.</translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again, or choose a shorter period.</source>
        <translation>Registret svarade inte i tid. Försök igen eller välj en kortare period.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Saved to %1. Numbers from 1 to 4 are shown as &quot;&lt;5&quot;.</source>
        <translation>Sparad: %1. Talen 1–4 visas som &quot;&lt;5&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Årsöversikt</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Per kommun</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Per tema</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>By service package</source>
        <translation>Per verksamhetshelhet</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>STEA: people reached</source>
        <translation>STEA: nådda personer</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Rapp&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Å&amp;r</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>The register: every laptop (coordinators)</source>
        <translation>Registret: alla datorer (koordinatorer)</translation>
    </message>
    <message>
        <source>Figures &amp;from</source>
        <translation>S&amp;iffror från</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation>Koordinators&amp;nyckel</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation>från huvudkontoret; sparas inte</translation>
    </message>
    <message>
        <source>Exact figures on screen (for the unit&apos;s own use)</source>
        <translation>Exakta siffror på skärmen (för enhetens eget bruk)</translation>
    </message>
    <message>
        <source>Exported files always hide numbers from 1 to 4 as &quot;&lt;5&quot;, because reports are public.</source>
        <translation>I sparade filer visas talen 1–4 alltid som &quot;&lt;5&quot;, eftersom rapporterna är offentliga.</translation>
    </message>
    <message>
        <source>&amp;Show (F5)</source>
        <translation>&amp;Visa (F5)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ScheduleEditorView</name>
    <message>
        <source>Add the stop first, on the left.</source>
        <translation>Lägg först till hållplatsen, till vänster.</translation>
    </message>
    <message>
        <source>Choose an end after the start.</source>
        <translation>Välj en sluttid efter starttiden.</translation>
    </message>
    <message>
        <source>Cancel the visit to %1 on %2? The laptops take it off their Today page at their next sync; the public timetable shows it cancelled. Unticking and saving again brings it back.</source>
        <translation>Ställa in besöket vid %1 den %2? Datorerna tar bort det från sin I dag-sida vid nästa synkronisering; den offentliga tidtabellen visar det som inställt. Bocka ur och spara igen så kommer det tillbaka.</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Tidtabell</translation>
    </message>
    <message>
        <source>Timetable: the visit chosen</source>
        <translation>Tidtabell: det valda besöket</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Hållplats</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation>Inställd i förväg</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>Nytt &amp;besök</translation>
    </message>
    <message>
        <source>Save the v&amp;isit</source>
        <translation>Spa&amp;ra besöket</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hållplats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation>Inställd i förväg</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
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
        <translation>Ett pysakki-kommando (en import, en synkronisering eller en återställning) ändrar just nu uppgifterna i datamappen %1. Starta Pysäkki igen när det är klart.</translation>
    </message>
    <message>
        <source>Pysäkki is already open on the data in %1, but its window does not answer. Look for it on the taskbar, or start Pysäkki again in a moment.</source>
        <translation>Pysäkki är redan öppet för datamappen %1, men dess fönster svarar inte. Leta efter det i aktivitetsfältet eller starta Pysäkki igen om en stund.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>The chosen service</source>
        <translation>Den valda tjänsten</translation>
    </message>
    <message>
        <source>&amp;Name in Finnish</source>
        <translation>Namn på &amp;finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Description in Finnish</source>
        <translation>Beskrivning på finska</translation>
    </message>
    <message>
        <source>Description in Swedish</source>
        <translation>Beskrivning på svenska</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Beskrivning på engelska</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <source>Municipalities served
(none ticked: all)</source>
        <translation>Betjänar kommunerna
(ingen vald: alla)</translation>
    </message>
    <message>
        <source>Contacts c&amp;hecked with the service</source>
        <translation>Kontaktuppgifterna &amp;kontrollerade med tjänsten</translation>
    </message>
    <message>
        <source>&amp;Save the service</source>
        <translation>&amp;Spara tjänsten</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Choose at least one service first.</source>
        <translation>Välj först minst en tjänst.</translation>
    </message>
    <message>
        <source>Referral saved; the handout is saved as %1</source>
        <translation>Hänvisningen sparades; bladet sparades som %1</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Hänvisningen sparades.</translation>
    </message>
    <message>
        <source>No service is left on the handout.</source>
        <translation>Ingen tjänst blev kvar på bladet.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Spara bladet</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Bladet kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Handout saved as %1</source>
        <translation>Bladet sparades som %1</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Skrivaren kunde inte användas.</translation>
    </message>
    <message>
        <source>The referral is saved: print it again later, or save the handout as a PDF.</source>
        <translation>Hänvisningen är sparad: skriv ut bladet senare eller spara det som PDF.</translation>
    </message>
    <message>
        <source>Import from the national service catalogue</source>
        <translation>Importera från Servicedatalagret</translation>
    </message>
    <message>
        <source>This is not a file of the national service catalogue: %1</source>
        <translation>Filen är inte en fil från Servicedatalagret: %1</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>None: no way to reach it</source>
        <translation>Inga: går inte att nå</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Aldrig kontrollerad</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Search services: a word or the start of one (Ctrl+F)</source>
        <translation>Sök tjänster: ett ord eller början av ett (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add to handout (Enter)</source>
        <translation>Lägg till på bladet (Enter)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <source>Handout for the family</source>
        <translation>Blad till familjen</translation>
    </message>
    <message>
        <source>From guidance session</source>
        <translation>Från handledningen</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Bladets språk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Refer and print… (Ctrl+P)</source>
        <translation>Hänvisa och skriv ut… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Givna blad</translation>
    </message>
    <message>
        <source>Refer and save as PDF…</source>
        <translation>Hänvisa och spara som PDF…</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Skriv ut igen</translation>
    </message>
    <message>
        <source>Import from PTV…</source>
        <translation>Importera från PTV…</translation>
    </message>
    <message>
        <source>Import services from a file of the national service catalogue</source>
        <translation>Importera tjänster från en fil från Servicedatalagret</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Any municipality</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>There may be a fee.</source>
        <translation>Kan vara avgiftsbelagd.</translation>
    </message>
    <message>
        <source>Contact details not yet checked.</source>
        <translation>Kontaktuppgifterna är inte kontrollerade ännu.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n services; narrow the search.</source>
        <translation>
            <numerusform>Den första %n tjänsten; avgränsa sökningen.</numerusform>
            <numerusform>De första %n tjänsterna; avgränsa sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services found</source>
        <translation>
            <numerusform>%n tjänst hittades</numerusform>
            <numerusform>%n tjänster hittades</numerusform>
        </translation>
    </message>
    <message>
        <source>None (a referral on its own)</source>
        <translation>Ingen (en fristående hänvisning)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new service(s), %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>Importerat: %n ny tjänst, %1 uppdaterade, %2 oförändrade.</numerusform>
            <numerusform>Importerat: %n nya tjänster, %1 uppdaterade, %2 oförändrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped:</source>
        <translation>
            <numerusform>%n post hoppades över:</numerusform>
            <numerusform>%n poster hoppades över:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Who is working?</source>
        <translation>Vem arbetar?</translation>
    </message>
    <message>
        <source>Nobody works on this laptop yet. Add yourself on the right: your name and a PIN of your own.</source>
        <translation>Ingen arbetar på den här datorn ännu. Lägg till dig själv till höger: ditt namn och en egen PIN-kod.</translation>
    </message>
    <message>
        <source>Choose the unit this laptop works for</source>
        <translation>Välj enheten som den här datorn arbetar för</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>Använd den här enheten</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>PIN-kod &amp;igen:</translation>
    </message>
    <message>
        <source>First time on this laptop: choose a PIN of 4 to 8 digits and type it twice.</source>
        <translation>Första gången på den här datorn: välj en PIN-kod med 4–8 siffror och skriv den två gånger.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Not on the list? Add yourself</source>
        <translation>Inte på listan? Lägg till dig själv</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>P&amp;IN (4–8 digits):</source>
        <translation>P&amp;IN-kod (4–8 siffror):</translation>
    </message>
    <message>
        <source>PIN agai&amp;n:</source>
        <translation>PIN-kod ig&amp;en:</translation>
    </message>
    <message>
        <source>Add and sign in</source>
        <translation>Lägg till och logga in</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <source>student</source>
        <translation>studerande</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <source>No stop day open</source>
        <translation>Ingen hållplatsdag öppen</translation>
    </message>
    <message>
        <source>Stop: %1, %2</source>
        <translation>Hållplats: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n</source>
        <translation>
            <numerusform>Väntar på synkronisering: %n</numerusform>
            <numerusform>Väntar på synkronisering: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopEditorView</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Retire the stop %1? It leaves the laptops&apos; lists at their next sync; its past visits and records stay. Ticking &apos;In use&apos; again and saving brings it back.</source>
        <translation>Ta hållplatsen %1 ur bruk? Den försvinner från datorernas listor vid nästa synkronisering; dess tidigare besök och registreringar finns kvar. Bocka i &apos;I bruk&apos; igen och spara så kommer den tillbaka.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Hållplatser</translation>
    </message>
    <message>
        <source>Stops: the stop chosen</source>
        <translation>Hållplatser: den valda hållplatsen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>N&amp;ew stop</source>
        <translation>N&amp;y hållplats</translation>
    </message>
    <message>
        <source>&amp;Save the stop</source>
        <translation>&amp;Spara hållplatsen</translation>
    </message>
</context>
<context>
    <name>StopsModel</name>
    <message>
        <source>Stop</source>
        <translation>Hållplats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ur bruk</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Enter the register&apos;s address, starting with https://</source>
        <translation>Ange registrets adress, som börjar med https://</translation>
    </message>
    <message>
        <source>Enter the enrollment code from headquarters.</source>
        <translation>Ange anslutningskoden från huvudkontoret.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bärbar dator</translation>
    </message>
    <message>
        <source>This laptop is enrolled. Sync now sends its records.</source>
        <translation>Datorn är ansluten. Synkronisera nu skickar dess poster.</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Skickade %1, tog emot %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted: see the list below.</source>
        <translation>
            <numerusform>%n godkändes inte: se listan nedan.</numerusform>
            <numerusform>%n godkändes inte: se listan nedan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received records wait for a record they refer to.</source>
        <translation>
            <numerusform>%n mottagen uppgift väntar på en uppgift som den hänvisar till.</numerusform>
            <numerusform>%n mottagna uppgifter väntar på uppgifter som de hänvisar till.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is more than five minutes off the register&apos;s: check it.</source>
        <translation>Datorns klocka avviker mer än fem minuter från registrets: kontrollera den.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Synkroniseringen klar.</translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop confirmed.</source>
        <translation>
            <numerusform>%n tid bokad på den här datorn bekräftad.</numerusform>
            <numerusform>%n tider bokade på den här datorn bekräftade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): see the bookings on Today and call the families.</source>
        <translation>
            <numerusform>%n tid bokad på den här datorn kunde inte bekräftas (bokad under tiden eller inte längre bokningsbar): se bokningarna på I dag och ring familjen.</numerusform>
            <numerusform>%n tider bokade på den här datorn kunde inte bekräftas (bokade under tiden eller inte längre bokningsbara): se bokningarna på I dag och ring familjerna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reception bookings could not be exchanged this time: they wait here and go with the next sync.</source>
        <translation>Mottagningsbokningarna kunde inte utbytas med registret den här gången: de väntar på den här datorn och skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>No connection to the register. The records wait here; sync again when online.</source>
        <translation>Ingen förbindelse till registret. Posterna väntar här; synkronisera igen när du är uppkopplad.</translation>
    </message>
    <message>
        <source>The register did not answer in time. The records wait here; try again later.</source>
        <translation>Registret svarade inte i tid. Posterna väntar här; försök igen senare.</translation>
    </message>
    <message>
        <source>Nothing at that address answers like a Pysäkki register. Check the address.</source>
        <translation>På adressen svarar inget Pysäkki-register. Kontrollera adressen.</translation>
    </message>
    <message>
        <source>This laptop has been locked out of the register. Its unsent records are kept; contact headquarters.</source>
        <translation>Den här datorn har stängts ute från registret. Dess osända poster finns kvar; kontakta huvudkontoret.</translation>
    </message>
    <message>
        <source>Headquarters revoked this laptop as lost and ordered its contact requests&apos; names and numbers erased: they are, and so is their key. The other records are kept. Ask headquarters for a new code.</source>
        <translation>Huvudkontoret spärrade den här datorn som förlorad och beordrade att kontaktbegärandenas namn och nummer raderas: det är gjort, och deras nyckel är borta. De övriga posterna finns kvar. Be huvudkontoret om en ny kod.</translation>
    </message>
    <message>
        <source>The register does not know this laptop. Enroll it again with a new code.</source>
        <translation>Registret känner inte igen den här datorn. Anslut den igen med en ny kod.</translation>
    </message>
    <message>
        <source>The register had a problem. The records wait here; try again later.</source>
        <translation>Registret hade ett problem. Posterna väntar här; försök igen senare.</translation>
    </message>
    <message>
        <source>The sync stopped before it was done. What it did is kept and the rest waits here; sync again.</source>
        <translation>Synkroniseringen avbröts innan den var klar. Det som hann göras finns kvar och resten väntar här; synkronisera igen.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enter the address and a code from headquarters.</source>
        <translation>Datorn är inte ansluten ännu: ange adressen och en kod från huvudkontoret.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, used or expired. Ask headquarters for a new one.</source>
        <translation>Anslutningskoden är fel, använd eller har gått ut. Be huvudkontoret om en ny.</translation>
    </message>
    <message>
        <source>This laptop is enrolled already. Headquarters can revoke it for a new start.</source>
        <translation>Datorn är redan ansluten. Huvudkontoret kan återkalla den för en ny start.</translation>
    </message>
    <message>
        <source>The code is for another unit than the one this laptop records for.</source>
        <translation>Koden gäller en annan enhet än den som datorn registrerar för.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this network. Wait 15 minutes.</source>
        <translation>För många felaktiga koder har prövats från det här nätet. Vänta 15 minuter.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dress</translation>
    </message>
    <message>
        <source>Enrollment &amp;code</source>
        <translation>Anslutnings&amp;kod</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name</source>
        <translation>Datorns &amp;namn</translation>
    </message>
    <message>
        <source>Enroll this laptop</source>
        <translation>Anslut den här datorn</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Not accepted, or received and not taken yet</source>
        <translation>Inte godkänt, eller mottaget men ännu inte taget i bruk</translation>
    </message>
    <message>
        <source>What the register did not accept stays on this laptop and is not sent again until it is edited. What was received and waits is tried again at every sync.</source>
        <translation>Det som registret inte godkände finns kvar på datorn och skickas inte igen förrän det har redigerats. Det som tagits emot och väntar prövas igen vid varje synkronisering.</translation>
    </message>
    <message>
        <source>This laptop is enrolled.</source>
        <translation>Den här datorn är ansluten till registret.</translation>
    </message>
    <message>
        <source>Not enrolled yet: enter the register&apos;s address and a code from headquarters.</source>
        <translation>Inte ansluten ännu: ange registrets adress och en kod från huvudkontoret.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Senaste lyckade synkronisering: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Inte synkroniserad ännu.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Väntar på att skickas: %n</numerusform>
            <numerusform>Väntar på att skickas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received but not taken yet: %n. They wait for a record they refer to and are tried again at every sync; if they still wait after a sync, tell headquarters.</source>
        <translation>
            <numerusform>Mottagen men ännu inte tagen i bruk: %n. Den väntar på en uppgift som den hänvisar till och prövas igen vid varje synkronisering; om den fortfarande väntar efter en synkronisering, meddela huvudkontoret.</numerusform>
            <numerusform>Mottagna men ännu inte tagna i bruk: %n. De väntar på uppgifter som de hänvisar till och prövas igen vid varje synkronisering; om de fortfarande väntar efter en synkronisering, meddela huvudkontoret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n records of this laptop are at headquarters (checked %1).</source>
        <translation>
            <numerusform>Datorns %n uppgift finns på huvudkontoret (kontrollerat %1).</numerusform>
            <numerusform>Alla datorns %n uppgifter finns på huvudkontoret (kontrollerat %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters holds %1 of this laptop&apos;s %n record(s) (checked %2). Not the same there: %3.</source>
        <translation>
            <numerusform>Huvudkontoret har %1 av datorns %n uppgift (kontrollerat %2). Stämmer inte: %3.</numerusform>
            <numerusform>Huvudkontoret har %1 av datorns %n uppgifter (kontrollerat %2). Stämmer inte: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received, waiting</source>
        <translation>Mottagen, väntar</translation>
    </message>
    <message>
        <source>Conflict: headquarters keeps both versions</source>
        <translation>Konflikt: huvudkontoret sparar båda versionerna</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Inget har avvisats.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 skickade</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Stop day opened.</source>
        <translation>Hållplatsdagen öppnad.</translation>
    </message>
    <message>
        <source>Stop day closed.</source>
        <translation>Hållplatsdagen stängd.</translation>
    </message>
    <message>
        <source>Cancelled departure recorded.</source>
        <translation>Inställd avfärd antecknad.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>Dagens tidtabell</translation>
    </message>
    <message>
        <source>Nothing scheduled for today on this laptop. Choose the place below.</source>
        <translation>Inget i tidtabellen för i dag på den här datorn. Välj platsen nedan.</translation>
    </message>
    <message>
        <source>Open the stop day</source>
        <translation>Öppna hållplatsdagen</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>e.g. market square, library</source>
        <translation>t.ex. torget, biblioteket</translation>
    </message>
    <message>
        <source>Workers on board:</source>
        <translation>Arbetstagare ombord:</translation>
    </message>
    <message>
        <source>&amp;Odometer at start (km):</source>
        <translation>&amp;Vägmätare i början (km):</translation>
    </message>
    <message>
        <source>Open stop day</source>
        <translation>Öppna hållplatsdag</translation>
    </message>
    <message>
        <source>Departure cancelled</source>
        <translation>Avfärden inställd</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Mark departure cancelled</source>
        <translation>Markera avfärden som inställd</translation>
    </message>
    <message>
        <source>Close the stop day</source>
        <translation>Stäng hållplatsdagen</translation>
    </message>
    <message>
        <source>Odometer at &amp;end (km):</source>
        <translation>Vägmätare i &amp;slutet (km):</translation>
    </message>
    <message>
        <source>Or &amp;kilometres driven:</source>
        <translation>Eller körda &amp;kilometer:</translation>
    </message>
    <message>
        <source>Close stop day</source>
        <translation>Stäng hållplatsdag</translation>
    </message>
    <message>
        <source>Odometer at start:</source>
        <translation>Vägmätaren vid start:</translation>
    </message>
    <message>
        <source>Stop day open: %1, %2 (%3)</source>
        <translation>Hållplatsdag öppen: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
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
        <translation>Något oväntat gick fel. Det som sparats tidigare är i säkerhet.

Om det senaste du gjorde inte syns i Historik, gör det igen. Om det händer igen, starta om Pysäkki och meddela huvudkontoret; skicka dem loggfilen:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(ingen loggfil)</translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation>Pysäkki</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Pysäkki closed unexpectedly last time (the session started %1). What was saved before is kept.

If the last thing you did is not in History, do it again. If this happens again, tell headquarters and send them the log folder:
%2</source>
        <translation>Pysäkki stängdes oväntat förra gången (sessionen började %1). Det som sparats tidigare finns kvar.

Om det senaste du gjorde inte syns i Historik, gör det igen. Om det händer igen, meddela huvudkontoret och skicka dem loggmappen:
%2</translation>
    </message>
</context>
<context>
    <name>WorkerEditorView</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>Deactivate %1? After their next sync the laptops no longer offer them for signing in; what they recorded stays. Ticking &apos;Active&apos; again and saving brings them back.</source>
        <translation>Inaktivera %1? Efter nästa synkronisering erbjuder datorerna inte längre personen för inloggning; det personen registrerat finns kvar. Bocka i &apos;Aktiv&apos; igen och spara så kommer personen tillbaka.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A student on a placement</source>
        <translation>En studerande på praktik</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New &amp;worker</source>
        <translation>N&amp;y medarbetare</translation>
    </message>
    <message>
        <source>&amp;Save the worker</source>
        <translation>&amp;Spara medarbetaren</translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The unsaved guidance session was kept. Save or clear it, then fill in the family&apos;s session.</source>
        <translation>Den osparade vägledningen behölls. Spara eller töm den och fyll sedan i familjens vägledning.</translation>
    </message>
    <message>
        <source>Guidance session not saved</source>
        <translation>Vägledningen är inte sparad</translation>
    </message>
    <message>
        <source>The guidance session being filled in has not been saved. Empty it and open a new session for the family who arrived?</source>
        <translation>Vägledningen som fylls i har inte sparats. Töm den och öppna en ny vägledning för familjen som kom?</translation>
    </message>
</context>
</TS>
