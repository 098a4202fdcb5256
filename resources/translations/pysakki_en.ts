<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %n entry; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Entries: %n</numerusform>
            <numerusform>Entries: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 (ids and times only, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished">Fr&amp;om</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id; empty: every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Today&apos;s backup is on this laptop only: the second backup place is not plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to the second place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup %1 in place of the data file? The current data file is kept aside in the backups folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second place for the daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups also go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups stay on this laptop only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Keep booking contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the visit a booking keeps the family&apos;s nickname and contact (1: emptied the next day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bookings keep the family&apos;s contact for %n day(s) after the visit.</source>
        <translation>
            <numerusform>Bookings keep the family&apos;s contact for %n day after the visit.</numerusform>
            <numerusform>Bookings keep the family&apos;s contact for %n days after the visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked arrived. A new guidance session is open for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time booked. It is confirmed at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Reception bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reception bookings today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new guidance session in the family&apos;s language and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep booking contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s phone number or e-mail address, to call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a time for a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked here, confirmed at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time was taken before this booking reached the register. Call the family to agree another time, then cancel this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the visit no longer takes bookings (cancelled or past). Call the family, then cancel this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the register did not accept the contact details. Check them with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n free)</source>
        <translation>
            <numerusform>(%n free)</numerusform>
            <numerusform>(%n free)</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact has been emptied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>Services with no way to reach them or never checked: %n (listed first)</source>
        <translation>
            <numerusform>Services with no way to reach them or never checked: %n (listed first)</numerusform>
            <numerusform>Services with no way to reach them or never checked: %n (listed first)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the register has it so already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. Laptops get it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register refused this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the register refused it. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a PTV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTV catalogue (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 at the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Services new: %1, changed: %2, as they were: %3; laptops get them at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, with the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a PTV catalogue file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;PTV file for every laptop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Open conflicts: %n</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note first: why, and with whom it was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The laptop&apos;s version stands: ask its unit to save the record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The register&apos;s version stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions (the fields that differ in bold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;register&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;laptop&apos;s version (its laptop saves the record again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, and with whom it was settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Enter your coordinator&apos;s token to work with the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The console needs a coordinator&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the register. Try again when the laptop is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address. Wait a quarter of an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know this unit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register no longer has this laptop. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register no longer has this conflict. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation type="unfinished">Coordinator&apos;s to&amp;ken</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers and organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCheck</name>
    <message>
        <source>No way to reach a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout gives no phone, web address or street address for these services. Choose for each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organisation&apos;s general contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it anyway; the sheet says &quot;contact details to be checked: ask the bus workers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Theme saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last click undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Theme of the last click (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last click (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one more (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last click: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press 1–4 for each person met. Each click is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a stop day on the Today page to count encounters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Revoke the laptop %1 of %2? It can no longer sync. What it sent stays in the register; what it has not sent stays on the laptop. A new enrollment code lets it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost: if it ever connects again, it erases its contact requests&apos; names and numbers and their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked; told to erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked; to erase if it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message numerus="yes">
        <source>Valid for %n hour(s), once. On the new laptop: the Sync page, the register&apos;s address %1 and this code.</source>
        <translation>
            <numerusform>Valid for %n hour, once. On the new laptop: the Sync page, the register&apos;s address %1 and this code.</numerusform>
            <numerusform>Valid for %n hours, once. On the new laptop: the Sync page, the register&apos;s address %1 and this code.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Nothing changed: the register has it so already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at the register. Laptops get it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register refused this row; see the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register refused the row: something it refers to is missing there, or its key is taken. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not take this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorsPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant numbers are estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expert by experience took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>handout</source>
        <comment>the start of a saved handout&apos;s file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderOwner</name>
    <message>
        <source>Pysäkki is already open: this is its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Call back by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a closed request keeps its name and number (0: emptied at the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed requests keep their contact details for %n day(s).</source>
        <translation>
            <numerusform>Closed requests keep their contact details for %n day.</numerusform>
            <numerusform>Closed requests keep their contact details for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>⚠ %1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open contact requests: %n</source>
        <translation>
            <numerusform>Open contact requests: %n</numerusform>
            <numerusform>Open contact requests: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could &amp;not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact request…</source>
        <translation>New contact &amp;request…</translation>
    </message>
    <message>
        <source>Keep contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this to the person: “Your name and contact details are stored so that the organisation you choose calls you back within three working days. Only that organisation sees them, and they are deleted 30 days after your request is closed.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>The&amp;me</translation>
    </message>
    <message>
        <source>&amp;Who calls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a guidance session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n professional</numerusform>
            <numerusform>%n professionals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headquarters console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second place for daily backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups on this &amp;laptop only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3, 4: count a parent, child, young person, professional (Counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z: undo the last click (Counter) or the last delete (History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: save a guidance session or professional work; add the best match to the handout (Services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down: move through the services found, from the search field (Services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S: save an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F: search History or Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del: delete the chosen record (History); take the chosen service off the handout (Services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P: record the referral and print the handout (Services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5: show the report (Reports); list the open requests again (Follow-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L: lock the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + an underlined letter: that menu or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki records the work of a mobile family-services unit and syncs it with the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date from the years 2000 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the reference data; sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to another unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to a deleted record; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a stop day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records still refer to this one; delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop day is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be less than at the start (%1 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PINs do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker already has a PIN on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is taken only with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is fully booked: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking has been marked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id has only letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible at the request&apos;s current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists (is the USB stick plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period that ends after it starts, within 2000–2100 and at most twenty years long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed meanwhile. Open it again to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the laptop that wrote a record can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact details cannot be opened on this laptop: its key is missing. The register has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the answering organisation&apos;s workers and coordinators can open this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font file of Pysäkki is missing, so no PDF can be made. Anything recorded is saved: reinstall Pysäkki, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder (read-only or no permission), so this was not saved. Everything saved before is safe. Ask headquarters to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged, so this was not saved. Pysäkki offers to restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close it and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written, so this was not saved. If it happens again, tell headquarters: the disk may be failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed (certificate). Check the address or ask headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register needs a newer Pysäkki. Update the program; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not the register&apos;s (a public network&apos;s login page?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know this token. Check it, or ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop does not know the register yet: enroll it on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing at the enrolled address answers like a Pysäkki register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register had a problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a personal identity code. The record is anonymous: remove it to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a phone number. The record is anonymous: remove it to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. The record is anonymous: remove it to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before a pause.</numerusform>
            <numerusform>Wrong PIN. %n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in another program, or may not be changed. Close it there and save again; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the data folder %1 is full. Free some space and start Pysäkki again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki may not write in its data folder %1 (read-only or no permission). Ask headquarters to check the folder; nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program. Close it and start Pysäkki again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Pysäkki. Update Pysäkki to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Pysäkki database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file&apos;s log %1 is there without its data file: a move of the file stopped halfway. Pysäkki did not start a new, empty data file beside it, which would delete the log and the newest records in it. Put the data file back (look in the backups folder for the newest “replaced-…” file) or ask headquarters. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 belongs to another program. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki cannot use its data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 that opens the names and numbers of contact requests is missing or is not the right one. Put it back from a copy of the data folder and start Pysäkki again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is in the keyring, which is locked. Sign in to the desktop session again (the keyring opens with it) and start Pysäkki again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens the names and numbers of contact requests is not found in this computer&apos;s keyring (%1). Start the same Pysäkki that was used before, or ask headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed and no new key was made. If the key is lost for good, a coordinator brings the contact requests back from the register: they revoke this laptop and give a new code; move the data folder %1 aside (keep it), start Pysäkki and enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditorView</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the organisation %1? After their next sync the laptops no longer offer it; its services and past records stay. Ticking &apos;Active&apos; again and saving brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame in Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner NGO of the operating model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the organ&amp;isation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>The organisation&apos;s general contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer %1 did not take the handout: nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout went to %1, a virtual printer: it makes a file, not paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout went to the printer %1, but the printer reports a problem (switched off, offline, out of paper or jammed): if nothing comes out, check it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout went to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper printer is set up on this laptop, only virtual printers that make files: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalWorkView</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professionals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names or other details that identify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation or pair work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing professional work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormView</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged and there is no good backup of it. Tell headquarters; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged. Restore the backup of %2? What was recorded after it stays in the damaged file, which is kept aside, and at the register if it was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (it fails SQLite&apos;s integrity check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Pysäkki data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Pysäkki; update Pysäkki first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is open in another Pysäkki window. Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (an antivirus, a search indexer or a backup program?) holds the file %1 open, so it could not be moved. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1 The data file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your coordinator&apos;s token to read the register&apos;s central report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That token is a laptop&apos;s. The central report needs a coordinator&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the register. This laptop&apos;s own figures are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register did not answer in time. Try again, or choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Numbers from 1 to 4 are shown as &quot;&lt;5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEA: people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Fr&amp;om</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register: every laptop (coordinators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;from</source>
        <translation>F&amp;igures from</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;token</source>
        <translation>Coordinator&apos;s to&amp;ken</translation>
    </message>
    <message>
        <source>from headquarters; not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact figures on screen (for the unit&apos;s own use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported files always hide numbers from 1 to 4 as &quot;&lt;5&quot;, because reports are public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditorView</name>
    <message>
        <source>Add the stop first, on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit to %1 on %2? The laptops take it off their Today page at their next sync; the public timetable shows it cancelled. Unticking and saving again brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: the visit chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the v&amp;isit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <source>Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pysakki command (an import, a sync or a restore) is changing the data in %1. Start Pysäkki again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki is already open on the data in %1, but its window does not answer. Look for it on the taskbar, or start Pysäkki again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>The chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities served
(none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts c&amp;hecked with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Choose at least one service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral saved; the handout is saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is left on the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is saved: print it again later, or save the handout as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the national service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file of the national service catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no way to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Search services: a word or the start of one (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to handout (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From guidance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer and print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer and save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from PTV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import services from a file of the national service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There may be a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details not yet checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n services; narrow the search.</source>
        <translation>
            <numerusform>The first %n service; narrow the search.</numerusform>
            <numerusform>The first %n services; narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <source>None (a referral on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new service(s), %1 updated, %2 unchanged.</source>
        <translation>
            <numerusform>Imported: %n new service, %1 updated, %2 unchanged.</numerusform>
            <numerusform>Imported: %n new services, %1 updated, %2 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped:</source>
        <translation>
            <numerusform>%n entry skipped:</numerusform>
            <numerusform>%n entries skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works on this laptop yet. Add yourself on the right: your name and a PIN of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit this laptop works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time on this laptop: choose a PIN of 4 to 8 digits and type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the list? Add yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN (4–8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN agai&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stop day open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n</source>
        <translation>
            <numerusform>Waiting to sync: %n</numerusform>
            <numerusform>Waiting to sync: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopEditorView</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the stop %1? It leaves the laptops&apos; lists at their next sync; its past visits and records stay. Ticking &apos;In use&apos; again and saving brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops: the stop chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopsModel</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Enter the register&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrollment code from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is enrolled. Sync now sends its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted: see the list below.</source>
        <translation>
            <numerusform>%n not accepted: see the list below.</numerusform>
            <numerusform>%n not accepted: see the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received records wait for a record they refer to.</source>
        <translation>
            <numerusform>%n received record waits for a record it refers to.</numerusform>
            <numerusform>%n received records wait for records they refer to.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is more than five minutes off the register&apos;s: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop confirmed.</source>
        <translation>
            <numerusform>%n time booked on this laptop confirmed.</numerusform>
            <numerusform>%n times booked on this laptop confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): see the bookings on Today and call the families.</source>
        <translation>
            <numerusform>%n time booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): see the bookings on Today and call the family.</numerusform>
            <numerusform>%n times booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): see the bookings on Today and call the families.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reception bookings could not be exchanged this time: they wait here and go with the next sync.</source>
        <translation>The reception bookings could not be exchanged this time: they wait here and go with the next sync.</translation>
    </message>
    <message>
        <source>No connection to the register. The records wait here; sync again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register did not answer in time. The records wait here; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing at that address answers like a Pysäkki register. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has been locked out of the register. Its unsent records are kept; contact headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters revoked this laptop as lost and ordered its contact requests&apos; names and numbers erased: they are, and so is their key. The other records are kept. Ask headquarters for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know this laptop. Enroll it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register had a problem. The records wait here; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped before it was done. What it did is kept and the rest waits here; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enter the address and a code from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is wrong, used or expired. Ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is enrolled already. Headquarters can revoke it for a new start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is for another unit than the one this laptop records for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this network. Wait 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted, or received and not taken yet</source>
        <translation>Not accepted, or received and not taken yet</translation>
    </message>
    <message>
        <source>What the register did not accept stays on this laptop and is not sent again until it is edited. What was received and waits is tried again at every sync.</source>
        <translation>What the register did not accept stays on this laptop and is not sent again until it is edited. What was received and waits is tried again at every sync.</translation>
    </message>
    <message>
        <source>This laptop is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled yet: enter the register&apos;s address and a code from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received but not taken yet: %n. They wait for a record they refer to and are tried again at every sync; if they still wait after a sync, tell headquarters.</source>
        <translation>
            <numerusform>Received but not taken yet: %n. It waits for a record it refers to and is tried again at every sync; if it still waits after a sync, tell headquarters.</numerusform>
            <numerusform>Received but not taken yet: %n. They wait for records they refer to and are tried again at every sync; if they still wait after a sync, tell headquarters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n records of this laptop are at headquarters (checked %1).</source>
        <translation>
            <numerusform>The %n record of this laptop is at headquarters (checked %1).</numerusform>
            <numerusform>All %n records of this laptop are at headquarters (checked %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters holds %1 of this laptop&apos;s %n record(s) (checked %2). Not the same there: %3.</source>
        <translation>
            <numerusform>Headquarters holds %1 of this laptop&apos;s %n record (checked %2). Not the same there: %3.</numerusform>
            <numerusform>Headquarters holds %1 of this laptop&apos;s %n records (checked %2). Not the same there: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received, waiting</source>
        <translation>Received, waiting</translation>
    </message>
    <message>
        <source>Conflict: headquarters keeps both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Stop day opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop day closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled departure recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled for today on this laptop. Choose the place below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. market square, library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers on board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Odometer at start (km):</source>
        <translation>O&amp;dometer at start (km):</translation>
    </message>
    <message>
        <source>Open stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark departure cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer at &amp;end (km):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;kilometres driven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop day open: %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Something unexpected went wrong. What was saved before is safe.

If the last thing you did is not in History, do it again. If this happens again, restart Pysäkki and tell headquarters, sending them the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pysäkki closed unexpectedly last time (the session started %1). What was saved before is kept.

If the last thing you did is not in History, do it again. If this happens again, tell headquarters and send them the log folder:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerEditorView</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? After their next sync the laptops no longer offer them for signing in; what they recorded stays. Ticking &apos;Active&apos; again and saving brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student on a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The unsaved guidance session was kept. Save or clear it, then fill in the family&apos;s session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance session not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance session being filled in has not been saved. Empty it and open a new session for the family who arrived?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
