<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dalil</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>not valid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>&quot;%1&quot; must be a list of text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-31</source>
        <translation>&quot;%1&quot; must be a date like 2026-12-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; must be a number</translation>
    </message>
</context>
<context>
    <name>dalil::Application</name>
    <message>
        <source>Dalil</source>
        <translation>Dalil</translation>
    </message>
    <message>
        <source>The catalogue could not be opened:
%1</source>
        <translation>The catalogue could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>dalil::Archive</name>
    <message>
        <source>the workbook has no part %1; it is damaged or not an Excel workbook</source>
        <translation>the workbook has no part %1; it is damaged or not an Excel workbook</translation>
    </message>
    <message>
        <source>the workbook is damaged (part %1 cannot be opened)</source>
        <translation>the workbook is damaged (part %1 cannot be opened)</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than Dalil reads at once; split it into smaller files</source>
        <translation>the workbook unpacks to more than Dalil reads at once; split it into smaller files</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut short (part %1 cannot be read)</source>
        <translation>the workbook is damaged or cut short (part %1 cannot be read)</translation>
    </message>
</context>
<context>
    <name>dalil::AttachmentStore</name>
    <message>
        <source>this resource is no longer in the catalogue</source>
        <translation>this resource is no longer in the catalogue</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>the folder %1 could not be created</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2</source>
        <translation>%1 could not be copied to %2</translation>
    </message>
    <message>
        <source>this resource has no local copy</source>
        <translation>this resource has no local copy</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 could not be put back</translation>
    </message>
</context>
<context>
    <name>dalil::Basemap</name>
    <message>
        <source>%1: the basemap cannot be opened (%2)</source>
        <translation>%1: the basemap cannot be opened (%2)</translation>
    </message>
    <message>
        <source>%1: not a usable basemap file at byte %2: %3</source>
        <translation>%1: not a usable basemap file at byte %2: %3</translation>
    </message>
    <message>
        <source>it does not start with the DLBM signature</source>
        <translation>it does not start with the DLBM signature</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Dalil reads version 1)</source>
        <translation>format version %1 is not supported (this Dalil reads version 1)</translation>
    </message>
    <message>
        <source>country %1 of %2 is cut short</source>
        <translation>country %1 of %2 is cut short</translation>
    </message>
    <message>
        <source>ring %1 of country %2 is cut short</source>
        <translation>ring %1 of country %2 is cut short</translation>
    </message>
    <message>
        <source>ring %1 of country %2 claims %3 points that are not there</source>
        <translation>ring %1 of country %2 claims %3 points that are not there</translation>
    </message>
    <message>
        <source>point %1 of country %2 is off the globe</source>
        <translation>point %1 of country %2 is off the globe</translation>
    </message>
    <message>
        <source>there is data after the last country</source>
        <translation>there is data after the last country</translation>
    </message>
</context>
<context>
    <name>dalil::Bundle</name>
    <message>
        <source>%1: the bundle could not be written (%2)</source>
        <translation>%1: the bundle could not be written (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle was written, but the catalogue could not remember it (%2); the next bundle will repeat these changes</source>
        <translation>%1: the bundle was written, but the catalogue could not remember it (%2); the next bundle will repeat these changes</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle is damaged or incomplete (%2); nothing was imported</source>
        <translation>%1: the bundle is damaged or incomplete (%2); nothing was imported</translation>
    </message>
    <message>
        <source>%1: not a Dalil sync bundle; nothing was imported</source>
        <translation>%1: not a Dalil sync bundle; nothing was imported</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>it is too short</translation>
    </message>
    <message>
        <source>its checksum does not match: it was cut short or changed after it was written</source>
        <translation>its checksum does not match: it was cut short or changed after it was written</translation>
    </message>
    <message>
        <source>%1: the bundle was written by a newer version of Dalil (bundle format %2; this version reads up to %3); nothing was imported</source>
        <translation>%1: the bundle was written by a newer version of Dalil (bundle format %2; this version reads up to %3); nothing was imported</translation>
    </message>
    <message>
        <source>its header has an impossible size</source>
        <translation>its header has an impossible size</translation>
    </message>
    <message>
        <source>its length does not match its contents</source>
        <translation>its length does not match its contents</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>its header is not readable</translation>
    </message>
    <message>
        <source>its changes cannot be decompressed</source>
        <translation>its changes cannot be decompressed</translation>
    </message>
    <message>
        <source>change %1 is not a valid record</source>
        <translation>change %1 is not a valid record</translation>
    </message>
    <message>
        <source>%1: this bundle comes from another catalogue (%2), not from this one (%3); nothing was imported</source>
        <translation>%1: this bundle comes from another catalogue (%2), not from this one (%3); nothing was imported</translation>
    </message>
    <message>
        <source>%1: %2 %3, field %4: %5; nothing was imported</source>
        <translation>%1: %2 %3, field %4: %5; nothing was imported</translation>
    </message>
    <message>
        <source>%1: the bundle refers to records this catalogue does not have (an earlier bundle was not imported); import that one first, or ask for a bundle made with --all; nothing was imported</source>
        <translation>%1: the bundle refers to records this catalogue does not have (an earlier bundle was not imported); import that one first, or ask for a bundle made with --all; nothing was imported</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; nothing was imported</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <comment>what a bundle holds, what its header announces</comment>
        <translation>%1 where %2</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln change(s)</source>
        <translation>
            <numerusform>it holds %Ln change</numerusform>
            <numerusform>it holds %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its header announces %Ln change(s)</source>
        <translation>
            <numerusform>its header announces %Ln change</numerusform>
            <numerusform>its header announces %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::CatalogueGenerator</name>
    <message>
        <source>the number of organisations must be between 1 and %1</source>
        <translation>the number of organisations must be between 1 and %1</translation>
    </message>
    <message>
        <source>%1: already holds the organisations generated with seed %2; choose another --seed or a new file</source>
        <translation>%1: already holds the organisations generated with seed %2; choose another --seed or a new file</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: already exists</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: could not be written</translation>
    </message>
</context>
<context>
    <name>dalil::CellReader</name>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>“%1” is not a phone number</translation>
    </message>
    <message>
        <source>“%1” has no country code; write it in the international form, such as +962 6 1234567</source>
        <translation>“%1” has no country code; write it in the international form, such as +962 6 1234567</translation>
    </message>
    <message>
        <source>“%1” is not a complete international phone number</source>
        <translation>“%1” is not a complete international phone number</translation>
    </message>
    <message>
        <source>“%1” is not a known organisation type; it is kept as written</source>
        <translation>“%1” is not a known organisation type; it is kept as written</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)</source>
        <translation>“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)</translation>
    </message>
    <message>
        <source>“%1” is not a year between 1800 and 2100</source>
        <translation>“%1” is not a year between 1800 and 2100</translation>
    </message>
    <message>
        <source>“%1” was read as %2</source>
        <translation>“%1” was read as %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>“%1” is not a web address</translation>
    </message>
    <message>
        <source>“%1” is not a language Dalil knows (such as Arabic, English or ar, en)</source>
        <translation>“%1” is not a language Dalil knows (such as Arabic, English or ar, en)</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; the office is kept with that name and no country</source>
        <translation>“%1” is not a country Dalil knows; the office is kept with that name and no country</translation>
    </message>
    <message>
        <source>“%1” was read as %2 (%3)</source>
        <translation>“%1” was read as %2 (%3)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>latitude %1 is outside -90 to 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>longitude %1 is outside -180 to 180</translation>
    </message>
    <message>
        <source>“%1” is not a latitude and longitude such as 33.89, 35.50</source>
        <translation>“%1” is not a latitude and longitude such as 33.89, 35.50</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” is not an e-mail address</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1” is not yes or no</translation>
    </message>
</context>
<context>
    <name>dalil::Cli</name>
    <message>
        <source>Usage: dalil-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Usage: dalil-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Dalil: an offline directory of civil-society organisations of the Middle East and North Africa.</source>
        <translation>Dalil: an offline directory of civil-society organisations of the Middle East and North Africa.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the catalogue file (default: %1)</source>
        <translation>the catalogue file (default: %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db needs a file path</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see dalil-cli --help)</source>
        <translation>unknown command &quot;%1&quot; (see dalil-cli --help)</translation>
    </message>
</context>
<context>
    <name>dalil::ClustersCommand</name>
    <message>
        <source>list the clusters the map draws at a zoom</source>
        <translation>list the clusters the map draws at a zoom</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1 needs a number</translation>
    </message>
    <message>
        <source>--zoom &quot;%1&quot; is not a whole number from 0 to 24</source>
        <translation>--zoom &quot;%1&quot; is not a whole number from 0 to 24</translation>
    </message>
    <message>
        <source>--radius &quot;%1&quot; is not a number of pixels from 1 to 1000</source>
        <translation>--radius &quot;%1&quot; is not a number of pixels from 1 to 1000</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>--zoom is required</source>
        <translation>--zoom is required</translation>
    </message>
    <message>
        <source>zoom %1, radius %2 px: %3 %4</source>
        <comment>items for offices</comment>
        <translation>zoom %1, radius %2 px: %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln office(s)</source>
        <translation>
            <numerusform>for %Ln office</numerusform>
            <numerusform>for %Ln offices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ColumnMapping</name>
    <message>
        <source>unknown HXL hashtag “%1”: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>unknown HXL hashtag “%1”: the column is not imported (choose a field for it in the mapping if it should be)</translation>
    </message>
    <message>
        <source>unknown HXL hashtag “%1”: the column is read as “%2” from its header</source>
        <translation>unknown HXL hashtag “%1”: the column is read as “%2” from its header</translation>
    </message>
    <message>
        <source>the header is not recognised: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>the header is not recognised: the column is not imported (choose a field for it in the mapping if it should be)</translation>
    </message>
</context>
<context>
    <name>dalil::Command</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</translation>
    </message>
    <message>
        <source>no organisation with id %1 in %2</source>
        <translation>no organisation with id %1 in %2</translation>
    </message>
    <message>
        <source>no funding with id %1 in %2</source>
        <translation>no funding with id %1 in %2</translation>
    </message>
    <message>
        <source>no resource with id %1 in %2</source>
        <translation>no resource with id %1 in %2</translation>
    </message>
    <message>
        <source>no event with id %1 in %2</source>
        <translation>no event with id %1 in %2</translation>
    </message>
    <message>
        <source>Updated organisation %1</source>
        <translation>Updated organisation %1</translation>
    </message>
    <message>
        <source>Updated funding %1</source>
        <translation>Updated funding %1</translation>
    </message>
    <message>
        <source>Updated resource %1</source>
        <translation>Updated resource %1</translation>
    </message>
    <message>
        <source>Updated event %1</source>
        <translation>Updated event %1</translation>
    </message>
    <message>
        <source>Deleted organisation %1</source>
        <translation>Deleted organisation %1</translation>
    </message>
    <message>
        <source>Deleted funding %1</source>
        <translation>Deleted funding %1</translation>
    </message>
    <message>
        <source>Deleted resource %1</source>
        <translation>Deleted resource %1</translation>
    </message>
    <message>
        <source>Deleted event %1</source>
        <translation>Deleted event %1</translation>
    </message>
    <message>
        <source>Try: dalil-cli --help</source>
        <translation>Try: dalil-cli --help</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two items of a longer list</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>dalil::Conflicts</name>
    <message>
        <source>there is no conflict number %1</source>
        <translation>there is no conflict number %1</translation>
    </message>
    <message>
        <source>conflict %1 is about an unknown table %2</source>
        <translation>conflict %1 is about an unknown table %2</translation>
    </message>
    <message>
        <source>the kept version cannot be restored: %1: %2</source>
        <translation>the kept version cannot be restored: %1: %2</translation>
    </message>
</context>
<context>
    <name>dalil::ConflictsView</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>&amp;Keep the current version</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Where it lost</source>
        <translation>Where it lost</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation>Kept version</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>refused by the hub</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
</context>
<context>
    <name>dalil::ContactRepository</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an international phone number such as +20223456789</source>
        <translation>&quot;%1&quot; is not an international phone number such as +20223456789</translation>
    </message>
</context>
<context>
    <name>dalil::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed; the rest of the file was read into it</source>
        <translation>a quoted field starts here and is never closed; the rest of the file was read into it</translation>
    </message>
</context>
<context>
    <name>dalil::CsvWriter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: cannot be written (%2)</translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation>%1: writing failed (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::DashboardView</name>
    <message numerus="yes">
        <source>%Ln organisation(s) in the current search</source>
        <translation>
            <numerusform>%Ln organisation in the current search</numerusform>
            <numerusform>%Ln organisations in the current search</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations per country</source>
        <translation>Organisations per country</translation>
    </message>
    <message>
        <source>Organisations per sector</source>
        <translation>Organisations per sector</translation>
    </message>
    <message>
        <source>Funding deadlines per month</source>
        <translation>Funding deadlines per month</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>The charts cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>dalil::Database</name>
    <message>
        <source>another program is writing to the catalogue (an import, a sync or another Dalil window); try again once it has finished</source>
        <translation>another program is writing to the catalogue (an import, a sync or another Dalil window); try again once it has finished</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>%1: not a Dalil catalogue (the file is not an SQLite database)</translation>
    </message>
    <message>
        <source>not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>not a Dalil catalogue (the file is not an SQLite database)</translation>
    </message>
    <message>
        <source>the catalogue is read-only</source>
        <translation>the catalogue is read-only</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>%1: is a folder, not a catalogue file</source>
        <translation>%1: is a folder, not a catalogue file</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Dalil needs to write to it</source>
        <translation>%1: the file is read-only; Dalil needs to write to it</translation>
    </message>
    <message>
        <source>%1: no catalogue here (create one with `dalil-cli --db %1 init`)</source>
        <translation>%1: no catalogue here (create one with `dalil-cli --db %1 init`)</translation>
    </message>
    <message>
        <source>%1: cannot create the catalogue, the folder is read-only</source>
        <translation>%1: cannot create the catalogue, the folder is read-only</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Dalil (catalogue format %2, this version reads up to %3); update Dalil to open it</source>
        <translation>%1: written by a newer version of Dalil (catalogue format %2, this version reads up to %3); update Dalil to open it</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (an SQLite database of another program)</source>
        <translation>%1: not a Dalil catalogue (an SQLite database of another program)</translation>
    </message>
</context>
<context>
    <name>dalil::Dedupe</name>
    <message>
        <source>“%1” looks like “%2” (id %3) at the same city; it is imported as a new organisation: merge the two in Dalil if they are the same</source>
        <translation>“%1” looks like “%2” (id %3) at the same city; it is imported as a new organisation: merge the two in Dalil if they are the same</translation>
    </message>
</context>
<context>
    <name>dalil::DirectoryView</name>
    <message>
        <source>Search organisations by name, acronym… (Ctrl+F)</source>
        <translation>Search organisations by name, acronym… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>Organisations found</source>
        <translation>Organisations found</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Map of the offices found</source>
        <translation>Map of the offices found</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>Members of %1 are highlighted</source>
        <translation>Members of %1 are highlighted</translation>
    </message>
</context>
<context>
    <name>dalil::Display</name>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebrew</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Tamazight</source>
        <translation>Tamazight</translation>
    </message>
</context>
<context>
    <name>dalil::EditCommand</name>
    <message>
        <source>change fields of a record, or delete it</source>
        <translation>change fields of a record, or delete it</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE</source>
        <translation>--set needs FIELD=VALUE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>&quot;%1&quot; is not FIELD=VALUE</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>expected: edit %1</source>
        <translation>expected: edit %1</translation>
    </message>
    <message>
        <source>%1 %2: field %3: %4</source>
        <translation>%1 %2: field %3: %4</translation>
    </message>
</context>
<context>
    <name>dalil::EditFormDialog</name>
    <message>
        <source>Unsaved change</source>
        <translation>Unsaved change</translation>
    </message>
    <message>
        <source>This form holds a change that is not saved yet. Save it and quit, keep editing, or discard it and quit?</source>
        <translation>This form holds a change that is not saved yet. Save it and quit, keep editing, or discard it and quit?</translation>
    </message>
    <message>
        <source>&amp;Save and quit</source>
        <translation>&amp;Save and quit</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Discard and quit</translation>
    </message>
</context>
<context>
    <name>dalil::EventEditDialog</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Add session</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Remove session %1</source>
        <translation>Remove session %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Times at the event (%1), kept in UTC as: %2</source>
        <translation>Times at the event (%1), kept in UTC as: %2</translation>
    </message>
</context>
<context>
    <name>dalil::EventRepository</name>
    <message>
        <source>the event ends before it starts</source>
        <translation>the event ends before it starts</translation>
    </message>
</context>
<context>
    <name>dalil::EventsView</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Which events</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Times are shown in your time zone, %1.</source>
        <translation>Times are shown in your time zone, %1.</translation>
    </message>
    <message>
        <source>Local time at the event: %1 (%2)</source>
        <translation>Local time at the event: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>About the chosen event</source>
        <translation>About the chosen event</translation>
    </message>
    <message>
        <source>Ne&amp;w event…</source>
        <translation>Ne&amp;w event…</translation>
    </message>
    <message>
        <source>Add an event with its sessions (Ins)</source>
        <translation>Add an event with its sessions (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>Ed&amp;it event…</translation>
    </message>
    <message>
        <source>Edit the chosen event and its sessions (Enter)</source>
        <translation>Edit the chosen event and its sessions (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>De&amp;lete event…</translation>
    </message>
    <message>
        <source>Delete the chosen event with its sessions (Del)</source>
        <translation>Delete the chosen event with its sessions (Del)</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete %1 with its sessions? You can undo it with Edit ▸ Undo.</source>
        <translation>Delete %1 with its sessions? You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation>The event could not be deleted: %1</translation>
    </message>
</context>
<context>
    <name>dalil::ExchangeController</name>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>&amp;Import organisations…</translation>
    </message>
    <message>
        <source>Read organisations from Excel, CSV, HXL, vCard, GeoJSON or JSON</source>
        <translation>Read organisations from Excel, CSV, HXL, vCard, GeoJSON or JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the catalogue to Excel, CSV, vCard, PDF, GeoJSON or KML</source>
        <translation>Write the catalogue to Excel, CSV, vCard, PDF, GeoJSON or KML</translation>
    </message>
    <message>
        <source>Export these results…</source>
        <translation>Export these results…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Export selection…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>dalil::ExportCommand</name>
    <message>
        <source>write organisations, contacts, funding, resources or events to a file</source>
        <translation>write organisations, contacts, funding, resources or events to a file</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>expected: export %1</source>
        <translation>expected: export %1</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: the folder %2 does not exist</translation>
    </message>
    <message numerus="yes">
        <source> (%n place(s))</source>
        <translation>
            <numerusform> (%n place)</numerusform>
            <numerusform> (%n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1</source>
        <translation>
            <numerusform>Wrote %n contact to %1</numerusform>
            <numerusform>Wrote %n contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n funding opportunity(ies) to %1</source>
        <translation>
            <numerusform>Wrote %n funding opportunity to %1</numerusform>
            <numerusform>Wrote %n funding opportunities to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resource(s) to %1</source>
        <translation>
            <numerusform>Wrote %n resource to %1</numerusform>
            <numerusform>Wrote %n resources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1</source>
        <translation>
            <numerusform>Wrote %n organisation to %1</numerusform>
            <numerusform>Wrote %n organisations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ExportDialog</name>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Funding opportunities</source>
        <translation>Funding opportunities</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>&amp;Include private contacts (they are left out unless you tick this)</source>
        <translation>&amp;Include private contacts (they are left out unless you tick this)</translation>
    </message>
    <message>
        <source>&amp;Add a row of HXL hashtags under the headers</source>
        <translation>&amp;Add a row of HXL hashtags under the headers</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>Directory of organisations</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>The whole catalogue.</source>
        <translation>The whole catalogue.</translation>
    </message>
    <message>
        <source>The records of the current search.</source>
        <translation>The records of the current search.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected records.</source>
        <translation>
            <numerusform>The %n selected record.</numerusform>
            <numerusform>The %n selected records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <source>Address book (vCard .vcf)</source>
        <translation>Address book (vCard .vcf)</translation>
    </message>
    <message>
        <source>Printable directory (.pdf)</source>
        <translation>Printable directory (.pdf)</translation>
    </message>
    <message>
        <source>Map points (GeoJSON)</source>
        <translation>Map points (GeoJSON)</translation>
    </message>
    <message>
        <source>Map points (KML, Google Earth)</source>
        <translation>Map points (KML, Google Earth)</translation>
    </message>
    <message>
        <source>Dalil JSON</source>
        <translation>Dalil JSON</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records to %1</source>
        <translation>
            <numerusform>Wrote %n record to %1</numerusform>
            <numerusform>Wrote %n records to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;export</source>
        <translation>Cancel &amp;export</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>dalil::ExportJob</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: cannot be written (%2)</translation>
    </message>
    <message>
        <source>unknown kind “%1” (organisations, contacts, funding, resources or events)</source>
        <translation>unknown kind “%1” (organisations, contacts, funding, resources or events)</translation>
    </message>
    <message>
        <source>unknown format “%1” (csv, xlsx, vcf, geojson, kml, pdf or json)</source>
        <translation>unknown format “%1” (csv, xlsx, vcf, geojson, kml, pdf or json)</translation>
    </message>
    <message>
        <source>%1 holds organisations and contacts, not %2</source>
        <translation>%1 holds organisations and contacts, not %2</translation>
    </message>
    <message>
        <source>%1 holds places: organisations&apos; offices, contacts&apos; offices or events, not %2</source>
        <translation>%1 holds places: organisations&apos; offices, contacts&apos; offices or events, not %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>Directory of organisations</translation>
    </message>
</context>
<context>
    <name>dalil::FilterPanel</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::FundingRepository</name>
    <message>
        <source>amounts cannot be negative</source>
        <translation>amounts cannot be negative</translation>
    </message>
    <message>
        <source>the maximum amount is smaller than the minimum</source>
        <translation>the maximum amount is smaller than the minimum</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as USD or EUR</source>
        <translation>must be a three-letter currency code such as USD or EUR</translation>
    </message>
</context>
<context>
    <name>dalil::FundingView</name>
    <message>
        <source>New funding opportunity</source>
        <translation>New funding opportunity</translation>
    </message>
    <message>
        <source>Edit funding opportunity</source>
        <translation>Edit funding opportunity</translation>
    </message>
    <message>
        <source>Delete funding opportunity</source>
        <translation>Delete funding opportunity</translation>
    </message>
    <message>
        <source>Delete this funding opportunity? You can undo it with Edit ▸ Undo.</source>
        <translation>Delete this funding opportunity? You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Who &amp;may apply</source>
        <translation>Who &amp;may apply</translation>
    </message>
    <message>
        <source>&amp;At least</source>
        <translation>&amp;At least</translation>
    </message>
    <message>
        <source>Smallest amount offered</source>
        <translation>Smallest amount offered</translation>
    </message>
    <message numerus="yes">
        <source>Closin&amp;g soon (%Ln day(s))</source>
        <translation>
            <numerusform>Closin&amp;g soon (%Ln day)</numerusform>
            <numerusform>Closin&amp;g soon (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Show &amp;closed</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>Hijri date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Funding opportunities</source>
        <translation>Funding opportunities</translation>
    </message>
    <message>
        <source>O&amp;pen link</source>
        <translation>O&amp;pen link</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Deadlines are shown in your time zone, %1.</source>
        <translation>Deadlines are shown in your time zone, %1.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rolling</translation>
    </message>
    <message>
        <source>%1 in %2 (the donor&apos;s time zone)</source>
        <translation>%1 in %2 (the donor&apos;s time zone)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closes today</source>
        <translation>Closes today</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Closing soon</translation>
    </message>
</context>
<context>
    <name>dalil::GenerateCommand</name>
    <message>
        <source>fill a catalogue with N synthetic organisations (deterministic for a seed)</source>
        <translation>fill a catalogue with N synthetic organisations (deterministic for a seed)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--orgs N is required (the number of organisations)</source>
        <translation>--orgs N is required (the number of organisations)</translation>
    </message>
    <message>
        <source>--orgs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--orgs needs a whole number from 1 to %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n organisation(s) with seed %1 in %2 s: %3</source>
        <translation>
            <numerusform>Generated %n organisation with seed %1 in %2 s: %3</numerusform>
            <numerusform>Generated %n organisations with seed %1 in %2 s: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are network(s).</source>
        <translation>
            <numerusform>%n of them is a network.</numerusform>
            <numerusform>%n of them are networks.</numerusform>
        </translation>
    </message>
    <message>
        <source>With them: %1.</source>
        <translation>With them: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network membership(s)</source>
        <translation>
            <numerusform>%n network membership</numerusform>
            <numerusform>%n network memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate: %1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>generate: %1 of %Ln organisation</numerusform>
            <numerusform>generate: %1 of %Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::GeoBounds</name>
    <message>
        <source>&quot;%1&quot; is not a box: write four numbers W,S,E,N (degrees), e.g. 34,29,43,38</source>
        <translation>&quot;%1&quot; is not a box: write four numbers W,S,E,N (degrees), e.g. 34,29,43,38</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <source>east</source>
        <translation>east</translation>
    </message>
    <message>
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <source>the %1 edge &quot;%2&quot; in &quot;%3&quot; is not a number</source>
        <translation>the %1 edge &quot;%2&quot; in &quot;%3&quot; is not a number</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a longitude (-180 to 180)</source>
        <translation>the %1 edge %2 is not a longitude (-180 to 180)</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a latitude (-90 to 90)</source>
        <translation>the %1 edge %2 is not a latitude (-90 to 90)</translation>
    </message>
    <message>
        <source>the south edge %1 must be below the north edge %2</source>
        <translation>the south edge %1 must be below the north edge %2</translation>
    </message>
    <message>
        <source>the west and east edges are the same (%1): the box has no width</source>
        <translation>the west and east edges are the same (%1): the box has no width</translation>
    </message>
</context>
<context>
    <name>dalil::HubAddress</name>
    <message>
        <source>&quot;%1&quot; is not a hub address; expected postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>&quot;%1&quot; is not a hub address; expected postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port &quot;%2&quot; is not a number between 1 and 65535</source>
        <translation>&quot;%1&quot;: the port &quot;%2&quot; is not a number between 1 and 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a connection option</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not a connection option</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no host</source>
        <translation>&quot;%1&quot;: the address names no host</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no database (…/DATABASE at the end)</source>
        <translation>&quot;%1&quot;: the address names no database (…/DATABASE at the end)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no user (USER@ before the host)</source>
        <translation>&quot;%1&quot;: the address names no user (USER@ before the host)</translation>
    </message>
</context>
<context>
    <name>dalil::HubClient</name>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql), so Dalil cannot reach a hub</source>
        <translation>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql), so Dalil cannot reach a hub</translation>
    </message>
    <message>
        <source>the hub %1 refused the password of user %2</source>
        <translation>the hub %1 refused the password of user %2</translation>
    </message>
    <message>
        <source>cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try again</source>
        <translation>cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try again</translation>
    </message>
    <message>
        <source>the hub server has no database &quot;%1&quot; (%2)</source>
        <translation>the hub server has no database &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>cannot open a secure connection to the hub %1: %2 (on a local network without TLS, add ?sslmode=disable to the address)</source>
        <translation>cannot open a secure connection to the hub %1: %2 (on a local network without TLS, add ?sslmode=disable to the address)</translation>
    </message>
    <message>
        <source>the hub %1 refused the change: user %2 may not make it (%3)</source>
        <translation>the hub %1 refused the change: user %2 may not make it (%3)</translation>
    </message>
    <message>
        <source>the hub %1 reported: %2</source>
        <translation>the hub %1 reported: %2</translation>
    </message>
    <message>
        <source>%1 is already a Dalil hub (format %2); nothing was changed</source>
        <translation>%1 is already a Dalil hub (format %2); nothing was changed</translation>
    </message>
    <message>
        <source>the hub %1 sent a row of %2 this version of Dalil cannot read</source>
        <translation>the hub %1 sent a row of %2 this version of Dalil cannot read</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 open the database &quot;%3&quot;; ask the hub&apos;s administrator for access</source>
        <translation>the hub %1 does not let user %2 open the database &quot;%3&quot;; ask the hub&apos;s administrator for access</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 sign in (%3); ask the hub&apos;s administrator for access</source>
        <translation>the hub %1 does not let user %2 sign in (%3); ask the hub&apos;s administrator for access</translation>
    </message>
</context>
<context>
    <name>dalil::HubCommand</name>
    <message>
        <source>set up a PostgreSQL hub and its accounts</source>
        <translation>set up a PostgreSQL hub and its accounts</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--hub URL is required</source>
        <translation>--hub URL is required</translation>
    </message>
    <message>
        <source>Created a Dalil hub at %1 (catalogue %2)
</source>
        <translation>Created a Dalil hub at %1 (catalogue %2)
</translation>
    </message>
    <message>
        <source>add-user needs --name, --workspace and --role</source>
        <translation>add-user needs --name, --workspace and --role</translation>
    </message>
    <message>
        <source>--role is editor or reader, not &quot;%1&quot;</source>
        <translation>--role is editor or reader, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hub user name: use 1 to 63 letters, digits, _ . @ -</source>
        <translation>&quot;%1&quot; cannot be a hub user name: use 1 to 63 letters, digits, _ . @ -</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no password on standard input</translation>
    </message>
    <message>
        <source>%1 is not a Dalil hub yet (run `dalil-cli hub init --hub URL` first)</source>
        <translation>%1 is not a Dalil hub yet (run `dalil-cli hub init --hub URL` first)</translation>
    </message>
    <message>
        <source>Password (give it to %1; it is not shown again): %2
</source>
        <translation>Password (give it to %1; it is not shown again): %2
</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (init or add-user)</source>
        <translation>unknown action &quot;%1&quot; (init or add-user)</translation>
    </message>
    <message>
        <source>Added editor &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>Added editor &quot;%1&quot; for workspace &quot;%2&quot; on %3
</translation>
    </message>
    <message>
        <source>Added reader &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>Added reader &quot;%1&quot; for workspace &quot;%2&quot; on %3
</translation>
    </message>
</context>
<context>
    <name>dalil::ImportCommand</name>
    <message>
        <source>import organisations, offices and contacts from a spreadsheet or file</source>
        <translation>import organisations, offices and contacts from a spreadsheet or file</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, hxl, json, vcf or geojson</source>
        <translation>--format takes csv, xlsx, hxl, json, vcf or geojson</translation>
    </message>
    <message>
        <source>--rejected needs a file path</source>
        <translation>--rejected needs a file path</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1256</source>
        <translation>--encoding needs a name such as windows-1256</translation>
    </message>
    <message>
        <source>--sheet needs a sheet name</source>
        <translation>--sheet needs a sheet name</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>expected: import %1</source>
        <translation>expected: import %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>rejected rows and their reasons: %1</source>
        <translation>rejected rows and their reasons: %1</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>dry run: nothing was written</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file format, text encoding</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read (%2).</source>
        <extracomment>Followed by &quot;%n of them rejected.&quot; on the same line.</extracomment>
        <translation>
            <numerusform>%1: %n row read (%2).</numerusform>
            <numerusform>%1: %n rows read (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rejected.</source>
        <translation>
            <numerusform>%n of them was rejected.</numerusform>
            <numerusform>%n of them were rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) updated</source>
        <translation>
            <numerusform>%n organisation updated</numerusform>
            <numerusform>%n organisations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) unchanged</source>
        <translation>
            <numerusform>%n organisation unchanged</numerusform>
            <numerusform>%n organisations unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) added</source>
        <translation>
            <numerusform>%n office added</numerusform>
            <numerusform>%n offices added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message>
        <source>imported: %1.</source>
        <translation>imported: %1.</translation>
    </message>
    <message>
        <source>would import: %1.</source>
        <translation>would import: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found.</source>
        <extracomment>Followed by &quot;%n row(s) have errors; nothing was imported …&quot; on the same line.</extracomment>
        <translation>
            <numerusform>%1: %n error found.</numerusform>
            <numerusform>%1: %n errors found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported (fix them, or use --valid-rows-only to import the other rows).</source>
        <translation>
            <numerusform>%n row has errors; nothing was imported (fix them, or use --valid-rows-only to import the other rows).</numerusform>
            <numerusform>%n rows have errors; nothing was imported (fix them, or use --valid-rows-only to import the other rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportDialog</name>
    <message>
        <source>Import organisations</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: Excel, CSV, HXL 3W sheet, vCard, GeoJSON or JSON</source>
        <translation>Choose a spreadsheet: Excel, CSV, HXL 3W sheet, vCard, GeoJSON or JSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>HXL hashtag</source>
        <translation>HXL hashtag</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Import &amp;the good rows even if others have errors</source>
        <translation>Import &amp;the good rows even if others have errors</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>&amp;Check only</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel &amp;import</source>
        <translation>Cancel &amp;import</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows below, or import the good rows only.</source>
        <translation>Nothing was imported: correct the rows below, or import the good rows only.</translation>
    </message>
    <message>
        <source>The refused rows and their reasons are in %1</source>
        <translation>The refused rows and their reasons are in %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Compare and merge…</translation>
    </message>
    <message>
        <source>same Dalil id</source>
        <translation>same Dalil id</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>same registration number</translation>
    </message>
    <message>
        <source>same name in the same country</source>
        <translation>same name in the same country</translation>
    </message>
    <message>
        <source>similar name in the same city</source>
        <translation>similar name in the same city</translation>
    </message>
    <message>
        <source>Updates the catalogue&apos;s record</source>
        <translation>Updates the catalogue&apos;s record</translation>
    </message>
    <message>
        <source>Adds a new organisation</source>
        <translation>Adds a new organisation</translation>
    </message>
    <message>
        <source>Adds a new organisation (your choice)</source>
        <translation>Adds a new organisation (your choice)</translation>
    </message>
    <message>
        <source>Merged into the catalogue&apos;s record as you chose</source>
        <translation>Merged into the catalogue&apos;s record as you chose</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Checking before importing…</source>
        <translation>Checking before importing…</translation>
    </message>
    <message>
        <source>Imported; making the new organisations searchable…</source>
        <translation>Imported; making the new organisations searchable…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading cancelled: no file is open.</source>
        <translation>Reading cancelled: no file is open.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln row read.</numerusform>
            <numerusform>%Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them refused.</source>
        <translation>
            <numerusform>%Ln of them was refused.</numerusform>
            <numerusform>%Ln of them were refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organisation updated</numerusform>
            <numerusform>%Ln organisations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) unchanged</source>
        <translation>
            <numerusform>%Ln organisation unchanged</numerusform>
            <numerusform>%Ln organisations unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s) added</source>
        <translation>
            <numerusform>%Ln office added</numerusform>
            <numerusform>%Ln offices added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) added</source>
        <translation>
            <numerusform>%Ln contact added</numerusform>
            <numerusform>%Ln contacts added</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>Would import: %1.</source>
        <translation>Would import: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rows and columns of a table (its format)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, text in %3)</source>
        <comment>rows and columns of a table (its format, its encoding)</comment>
        <translation>%1 (%2, text in %3)</translation>
    </message>
</context>
<context>
    <name>dalil::ImportField</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Dalil id</source>
        <translation>Dalil id</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Name in French</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Countries of operation</source>
        <translation>Countries of operation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>Description in Arabic</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description in English</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Registration identifier</source>
        <translation>Registration identifier</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Working languages</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Governorate / region</source>
        <translation>Governorate / region</translation>
    </message>
    <message>
        <source>Governorate / region P-code</source>
        <translation>Governorate / region P-code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>District P-code</source>
        <translation>District P-code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Coordinates (latitude, longitude)</source>
        <translation>Coordinates (latitude, longitude)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Private contact</translation>
    </message>
</context>
<context>
    <name>dalil::ImportIssue</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>%1, card %2</source>
        <translation>%1, card %2</translation>
    </message>
    <message>
        <source>%1, feature %2</source>
        <translation>%1, feature %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>%1, column “%2”</source>
        <translation>%1, column “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more rows)</source>
        <translation>
            <numerusform>%1 (and %n more rows)</numerusform>
            <numerusform>%1 (and %n more rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportJob</name>
    <message>
        <source>the file holds no rows to import</source>
        <translation>the file holds no rows to import</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no column names the organisation (a header such as “Organisation”, “اسم المنظمة” or “Nom”, or the HXL hashtag #org)</source>
        <translation>no column names the organisation (a header such as “Organisation”, “اسم المنظمة” or “Nom”, or the HXL hashtag #org)</translation>
    </message>
    <message>
        <source>this sheet is skipped: %1</source>
        <translation>this sheet is skipped: %1</translation>
    </message>
    <message>
        <source>%1: the catalogue refused the import, nothing was written (%2)</source>
        <translation>%1: the catalogue refused the import, nothing was written (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>imported, but the search index could not be rebuilt yet (%1); it will be rebuilt at the next search</source>
        <translation>imported, but the search index could not be rebuilt yet (%1); it will be rebuilt at the next search</translation>
    </message>
</context>
<context>
    <name>dalil::InitCommand</name>
    <message>
        <source>create an empty catalogue (or, with --sample, the sample catalogue)</source>
        <translation>create an empty catalogue (or, with --sample, the sample catalogue)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: already exists; the sample is only written to a new file</source>
        <translation>%1: already exists; the sample is only written to a new file</translation>
    </message>
    <message>
        <source>Created the sample catalogue at %1</source>
        <translation>Created the sample catalogue at %1</translation>
    </message>
    <message>
        <source>Catalogue is ready at %1</source>
        <translation>Catalogue is ready at %1</translation>
    </message>
    <message>
        <source>Created an empty catalogue at %1</source>
        <translation>Created an empty catalogue at %1</translation>
    </message>
</context>
<context>
    <name>dalil::JsonReader</name>
    <message>
        <source>this record is not an object</source>
        <translation>this record is not an object</translation>
    </message>
    <message>
        <source>not GeoJSON: no FeatureCollection or Feature at the top</source>
        <translation>not GeoJSON: no FeatureCollection or Feature at the top</translation>
    </message>
    <message>
        <source>only points are imported (offices); this feature is a %1</source>
        <translation>only points are imported (offices); this feature is a %1</translation>
    </message>
</context>
<context>
    <name>dalil::LibMinizip</name>
    <message>
        <source>the library that unpacks Excel workbooks could not be loaded (%1); install the Debian package libminizip1 to import .xlsx files</source>
        <translation>the library that unpacks Excel workbooks could not be loaded (%1); install the Debian package libminizip1 to import .xlsx files</translation>
    </message>
</context>
<context>
    <name>dalil::LibPq</name>
    <message>
        <source>the PostgreSQL client library could not be loaded (%1); install the Debian package libpq5 to reach a hub</source>
        <translation>the PostgreSQL client library could not be loaded (%1); install the Debian package libpq5 to reach a hub</translation>
    </message>
</context>
<context>
    <name>dalil::LibXlsxWriter</name>
    <message>
        <source>the Excel writing library could not be loaded (%1); install the Debian package libxlsxwriter4 to export .xlsx files</source>
        <translation>the Excel writing library could not be loaded (%1); install the Debian package libxlsxwriter4 to export .xlsx files</translation>
    </message>
</context>
<context>
    <name>dalil::LoadingPage</name>
    <message>
        <source>Search organisations by name, acronym… (Ctrl+F)</source>
        <translation>Search organisations by name, acronym… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>dalil::MainWindow</name>
    <message>
        <source>Dalil — directory of civil society</source>
        <translation>Dalil — directory of civil society</translation>
    </message>
    <message>
        <source>This is the sample catalogue: real organisations from public sources, for trying Dalil.</source>
        <translation>This is the sample catalogue: real organisations from public sources, for trying Dalil.</translation>
    </message>
    <message>
        <source>Sample catalogue notice</source>
        <translation>Sample catalogue notice</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>F&amp;unding</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Even&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Networks</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find organisations</source>
        <translation>&amp;Find organisations</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Edit organisation…</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Delete organisation…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits (٠١٢٣)</source>
        <translation>Arabic-Indic &amp;digits (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>Show &amp;Hijri dates</translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation>&amp;Time zone…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dalil</source>
        <translation>&amp;About Dalil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>&amp;Show deadlines and sessions in:</source>
        <translation>&amp;Show deadlines and sessions in:</translation>
    </message>
    <message>
        <source>About Dalil</source>
        <translation>About Dalil</translation>
    </message>
    <message>
        <source>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</source>
        <translation>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</translation>
    </message>
    <message>
        <source>the sample catalogue</source>
        <translation>the sample catalogue</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapErrorNotice</name>
    <message>
        <source>Map error</source>
        <translation>Map error</translation>
    </message>
    <message>
        <source>The offices could not be read for the map. %1</source>
        <translation>The offices could not be read for the map. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Read the offices for the map again</source>
        <translation>Read the offices for the map again</translation>
    </message>
</context>
<context>
    <name>dalil::MapHighlightNotice</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the highlight and show the normal map</source>
        <translation>Clear the highlight and show the normal map</translation>
    </message>
</context>
<context>
    <name>dalil::MapOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not a two-letter ISO 3166-1 code such as LB</source>
        <translation>--country: &quot;%1&quot; is not a two-letter ISO 3166-1 code such as LB</translation>
    </message>
    <message>
        <source>--near &quot;%1&quot; is not LAT,LON,KM (e.g. 33.89,35.50,25)</source>
        <translation>--near &quot;%1&quot; is not LAT,LON,KM (e.g. 33.89,35.50,25)</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not one of ar, en, fr</source>
        <translation>--language: &quot;%1&quot; is not one of ar, en, fr</translation>
    </message>
</context>
<context>
    <name>dalil::MapReader</name>
    <message>
        <source>The catalogue %1 could not be opened.</source>
        <translation>The catalogue %1 could not be opened.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <comment>the catalogue&apos;s file name: what went wrong</comment>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>dalil::MapRenderer</name>
    <message>
        <source>Made with Natural Earth</source>
        <translation>Made with Natural Earth</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>attribution of the basemap | of the tiles</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands, on a cluster badge</comment>
        <translation>%1K</translation>
    </message>
    <message>
        <source>Organisations per country</source>
        <translation>Organisations per country</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of counts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>dalil::MapTilesController</name>
    <message>
        <source>&amp;Map tiles…</source>
        <translation>&amp;Map tiles…</translation>
    </message>
    <message>
        <source>Map tiles are off: %1</source>
        <translation>Map tiles are off: %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapTilesDialog</name>
    <message>
        <source>Map tiles</source>
        <translation>Map tiles</translation>
    </message>
    <message>
        <source>The map always works without a connection. Tiles add streets and terrain under the markers.</source>
        <translation>The map always works without a connection. Tiles add streets and terrain under the markers.</translation>
    </message>
    <message>
        <source>&amp;No tiles: the offline map only</source>
        <translation>&amp;No tiles: the offline map only</translation>
    </message>
    <message>
        <source>&amp;Online tiles from a tile server</source>
        <translation>&amp;Online tiles from a tile server</translation>
    </message>
    <message>
        <source>A map &amp;file (MBTiles) on this computer</source>
        <translation>A map &amp;file (MBTiles) on this computer</translation>
    </message>
    <message>
        <source>&amp;Address template:</source>
        <translation>&amp;Address template:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;ttribution:</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>Cache file:</translation>
    </message>
    <message>
        <source>&amp;MBTiles file:</source>
        <translation>&amp;MBTiles file:</translation>
    </message>
    <message>
        <source>Only the tiles the map shows are downloaded, and each is kept in the cache for as long as the server allows. Respect the tile server&apos;s usage policy.</source>
        <translation>Only the tiles the map shows are downloaded, and each is kept in the cache for as long as the server allows. Respect the tile server&apos;s usage policy.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tile servers require their attribution on the map: please fill it in.</source>
        <translation>Tile servers require their attribution on the map: please fill it in.</translation>
    </message>
    <message>
        <source>Choose the MBTiles file to use as the basemap.</source>
        <translation>Choose the MBTiles file to use as the basemap.</translation>
    </message>
    <message>
        <source>Cache file for map tiles</source>
        <translation>Cache file for map tiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>MBTiles files (*.mbtiles)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>Map file</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles files (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Zoom levels:</source>
        <translation>&amp;Zoom levels:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the lowest and the highest zoom level: &quot;from 0 to 19&quot;.</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>Lowest zoom level</source>
        <translation>Lowest zoom level</translation>
    </message>
    <message>
        <source>Highest zoom level</source>
        <translation>Highest zoom level</translation>
    </message>
    <message>
        <source>Enter the address of the tile server, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>Enter the address of the tile server, for example https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The address must contain %1, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>The address must contain %1, for example https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://</source>
        <translation>The address must start with https:// or http://</translation>
    </message>
    <message>
        <source>The lowest zoom level (%1) must not be above the highest (%2).</source>
        <translation>The lowest zoom level (%1) must not be above the highest (%2).</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
</context>
<context>
    <name>dalil::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Visible area</source>
        <translation>Visible area</translation>
    </message>
    <message>
        <source>Limit the results to the area the map shows</source>
        <translation>Limit the results to the area the map shows</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Draw a rectangle on the map to limit the results to it</source>
        <translation>Draw a rectangle on the map to limit the results to it</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>Drag from a point to limit the results to a distance around it</source>
        <translation>Drag from a point to limit the results to a distance around it</translation>
    </message>
    <message>
        <source>Clear area</source>
        <translation>Clear area</translation>
    </message>
    <message>
        <source>Show results everywhere again</source>
        <translation>Show results everywhere again</translation>
    </message>
    <message>
        <source>Placing offices on the map…</source>
        <translation>Placing offices on the map…</translation>
    </message>
    <message numerus="yes">
        <source>%n offices here</source>
        <translation>
            <numerusform>%n office here</numerusform>
            <numerusform>%n offices here</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move the map, + and − zoom, N and Shift+N go from marker to marker, Enter opens the marker or cluster.</source>
        <translation>Arrow keys move the map, + and − zoom, N and Shift+N go from marker to marker, Enter opens the marker or cluster.</translation>
    </message>
</context>
<context>
    <name>dalil::MbtilesCache</name>
    <message>
        <source>%1 cannot be used as map tiles: %2. It was not opened; the map keeps its built-in basemap.</source>
        <translation>%1 cannot be used as map tiles: %2. It was not opened; the map keeps its built-in basemap.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>its tiles are not pictures Dalil can show (vector tiles are not supported)</source>
        <translation>its tiles are not pictures Dalil can show (vector tiles are not supported)</translation>
    </message>
    <message>
        <source>it is not an MBTiles file (it has no tiles or metadata table)</source>
        <translation>it is not an MBTiles file (it has no tiles or metadata table)</translation>
    </message>
    <message>
        <source>the file is damaged or is not an MBTiles (SQLite) file</source>
        <translation>the file is damaged or is not an MBTiles (SQLite) file</translation>
    </message>
</context>
<context>
    <name>dalil::MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Merge with the catalogue&apos;s record</source>
        <translation>Merge with the catalogue&apos;s record</translation>
    </message>
    <message>
        <source>Choose, field by field, what the catalogue keeps. Where only one side has a value it is kept.</source>
        <translation>Choose, field by field, what the catalogue keeps. Where only one side has a value it is kept.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>The catalogue&apos;s</source>
        <translation>The catalogue&apos;s</translation>
    </message>
    <message>
        <source>The file&apos;s</source>
        <translation>The file&apos;s</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Keep apart (import as new)</source>
        <translation>Keep apart (import as new)</translation>
    </message>
</context>
<context>
    <name>dalil::NetworksView</name>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>joint advocacy</source>
        <translation>joint advocacy</translation>
    </message>
    <message>
        <source>memorandum of understanding</source>
        <translation>memorandum of understanding</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>founder</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation>affiliate</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>co-organiser</translation>
    </message>
    <message>
        <source>joint session</source>
        <translation>joint session</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>funding</translation>
    </message>
    <message>
        <source>Networks &amp;and alliances</source>
        <translation>Networks &amp;and alliances</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Mem&amp;bers</translation>
    </message>
    <message>
        <source>&amp;Partners of the chosen member</source>
        <translation>&amp;Partners of the chosen member</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln member(s))</source>
        <translation>
            <numerusform>%1 (%Ln member)</numerusform>
            <numerusform>%1 (%Ln members)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No partnerships recorded</source>
        <translation>No partnerships recorded</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <source>Highlight the members of the chosen network on the map (%1)</source>
        <translation>Highlight the members of the chosen network on the map (%1)</translation>
    </message>
    <message>
        <source>Show the members on the map</source>
        <translation>Show the members on the map</translation>
    </message>
</context>
<context>
    <name>dalil::OfficeMap</name>
    <message>
        <source>Map of the offices</source>
        <translation>Map of the offices</translation>
    </message>
    <message>
        <source>Arrow keys go from office to office; Enter shows the office on the main map.</source>
        <translation>Arrow keys go from office to office; Enter shows the office on the main map.</translation>
    </message>
</context>
<context>
    <name>dalil::OnlineTileSource</name>
    <message>
        <source>the tile address must contain %1 (e.g. https://tile.example.org/{z}/{x}/{y}.png)</source>
        <translation>the tile address must contain %1 (e.g. https://tile.example.org/{z}/{x}/{y}.png)</translation>
    </message>
    <message>
        <source>the tile address must start with https:// or http://</source>
        <translation>the tile address must start with https:// or http://</translation>
    </message>
    <message>
        <source>the server sent something that is not a picture</source>
        <translation>the server sent something that is not a picture</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>dalil::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>The catalogue could not be searched: %1</source>
        <translation>The catalogue could not be searched: %1</translation>
    </message>
</context>
<context>
    <name>dalil::PdfDirectoryWriter</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisations</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Dalil. Private contacts are left out unless the exporter chose to include them.</source>
        <translation>Made with Dalil. Private contacts are left out unless the exporter chose to include them.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectors:</translation>
    </message>
    <message>
        <source>%1: a PDF needs the graphical part of Qt (fonts); run it from Dalil or dalil-cli</source>
        <translation>%1: a PDF needs the graphical part of Qt (fonts); run it from Dalil or dalil-cli</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: cannot be written</translation>
    </message>
</context>
<context>
    <name>dalil::Plugins</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 is not installed (looked in %2)</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 could not be loaded: %2</translation>
    </message>
</context>
<context>
    <name>dalil::ProfileView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Edit this organisation (F2)</source>
        <translation>Edit this organisation (F2)</translation>
    </message>
    <message>
        <source>&amp;Add office…</source>
        <translation>&amp;Add office…</translation>
    </message>
    <message>
        <source>Add contact &amp;person…</source>
        <translation>Add contact &amp;person…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Choose an organisation in the list to see its profile.</source>
        <translation>Choose an organisation in the list to see its profile.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Sectors: %1</translation>
    </message>
    <message>
        <source>Works in: %1</source>
        <translation>Works in: %1</translation>
    </message>
    <message>
        <source>Founded: %1</source>
        <translation>Founded: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation>Registration: %1</translation>
    </message>
    <message>
        <source>Offices (%1)</source>
        <translation>Offices (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Edit office</source>
        <translation>Edit office</translation>
    </message>
    <message>
        <source>Delete this office?</source>
        <translation>Delete this office?</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Delete office</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>(private)</source>
        <translation>(private)</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Delete this contact?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copy the address</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Copy the number</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>%1 You can undo it with Edit ▸ Undo.</source>
        <translation>%1 You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Delete %1 with its offices, contacts and links? You can undo it with Edit ▸ Undo.</source>
        <translation>Delete %1 with its offices, contacts and links? You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Profile of the chosen organisation</source>
        <translation>Profile of the chosen organisation</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Edit office %1</translation>
    </message>
    <message>
        <source>Delete office %1</source>
        <translation>Delete office %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Edit contact %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Delete contact %1</translation>
    </message>
    <message>
        <source>No office location is on record.</source>
        <translation>No office location is on record.</translation>
    </message>
</context>
<context>
    <name>dalil::RecordBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the row names no organisation (its name column is empty)</source>
        <translation>the row names no organisation (its name column is empty)</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3” but different ids (%4, %5): they are imported as two organisations</source>
        <translation>rows %1 and rows %2 have the same registration identifier “%3” but different ids (%4, %5): they are imported as two organisations</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3”: they are one organisation and are imported as one</source>
        <translation>rows %1 and rows %2 have the same registration identifier “%3”: they are one organisation and are imported as one</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another id (%4, %5): they are imported as two organisations</source>
        <translation>“%1” has the same name as “%2” on row %3 in the same country, but another id (%4, %5): they are imported as two organisations</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another registration identifier (%4, %5): they are imported as two organisations</source>
        <translation>“%1” has the same name as “%2” on row %3 in the same country, but another registration identifier (%4, %5): they are imported as two organisations</translation>
    </message>
    <message>
        <source>“%1” is the same organisation as “%2” on row %3 (the same name, in the same country): the rows are imported as one organisation</source>
        <translation>“%1” is the same organisation as “%2” on row %3 (the same name, in the same country): the rows are imported as one organisation</translation>
    </message>
</context>
<context>
    <name>dalil::RecordEditDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>&amp;Pick the point on the map</source>
        <translation>&amp;Pick the point on the map</translation>
    </message>
    <message>
        <source>Then click the office&apos;s place on the map; Esc cancels</source>
        <translation>Then click the office&apos;s place on the map; Esc cancels</translation>
    </message>
    <message>
        <source>Map to pick the office&apos;s place</source>
        <translation>Map to pick the office&apos;s place</translation>
    </message>
    <message>
        <source>Click the office&apos;s place on the map (drag to move the map, Esc to cancel).</source>
        <translation>Click the office&apos;s place on the map (drag to move the map, Esc to cancel).</translation>
    </message>
</context>
<context>
    <name>dalil::RecordForm</name>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Name in French</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Sectors (codes, comma-separated)</source>
        <translation>Sectors (codes, comma-separated)</translation>
    </message>
    <message>
        <source>Countries (codes such as EG, JO)</source>
        <translation>Countries (codes such as EG, JO)</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>Description in Arabic</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description in English</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>Founded (year)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Registration identifier</source>
        <translation>Registration identifier</translation>
    </message>
    <message>
        <source>Languages (codes such as ar, en)</source>
        <translation>Languages (codes such as ar, en)</translation>
    </message>
    <message>
        <source>Country (code such as LB)</source>
        <translation>Country (code such as LB)</translation>
    </message>
    <message>
        <source>Governorate or region</source>
        <translation>Governorate or region</translation>
    </message>
    <message>
        <source>Region P-code</source>
        <translation>Region P-code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>District P-code</source>
        <translation>District P-code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Phone numbers (international, +20…)</source>
        <translation>Phone numbers (international, +20…)</translation>
    </message>
    <message>
        <source>Private (never leaves this computer)</source>
        <translation>Private (never leaves this computer)</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>Currency (such as USD)</source>
        <translation>Currency (such as USD)</translation>
    </message>
    <message>
        <source>Deadline (local date and time)</source>
        <translation>Deadline (local date and time)</translation>
    </message>
    <message>
        <source>Time zone of the deadline</source>
        <translation>Time zone of the deadline</translation>
    </message>
    <message>
        <source>Who may apply (type codes)</source>
        <translation>Who may apply (type codes)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Local copy</translation>
    </message>
    <message>
        <source>Summary in Arabic</source>
        <translation>Summary in Arabic</translation>
    </message>
    <message>
        <source>Summary in English</source>
        <translation>Summary in English</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Starts (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Ends (UTC)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An organisation with this name is already in the catalogue: %1</source>
        <translation>An organisation with this name is already in the catalogue: %1</translation>
    </message>
    <message>
        <source>Ends (time at the event)</source>
        <translation>Ends (time at the event)</translation>
    </message>
    <message>
        <source>Starts (time at the event)</source>
        <translation>Starts (time at the event)</translation>
    </message>
    <message>
        <source>%1: %2 happens twice in %3, as the clocks go back; the first (%4) is kept, type %5 for the second.</source>
        <translation>%1: %2 happens twice in %3, as the clocks go back; the first (%4) is kept, type %5 for the second.</translation>
    </message>
</context>
<context>
    <name>dalil::RecordTable</name>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; cannot be edited</source>
        <translation>the field &quot;%1&quot; cannot be edited</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (field %2)</source>
        <translation>&quot;%1&quot; is not a whole number (field %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (field %2)</source>
        <translation>&quot;%1&quot; is not a number (field %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false (field %2)</source>
        <translation>&quot;%1&quot; is not true or false (field %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON list (field %2)</source>
        <translation>&quot;%1&quot; is not a JSON list (field %2)</translation>
    </message>
    <message>
        <source>the list for field %1 must hold text items</source>
        <translation>the list for field %1 must hold text items</translation>
    </message>
</context>
<context>
    <name>dalil::RenderMapCommand</name>
    <message>
        <source>draw the map of a box to a PNG file</source>
        <translation>draw the map of a box to a PNG file</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>--size needs WIDTHxHEIGHT, e.g. 1200x800</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>--size &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x800</translation>
    </message>
    <message>
        <source>--size %1: each side must be 16 to 10000 pixels</source>
        <translation>--size %1: each side must be 16 to 10000 pixels</translation>
    </message>
    <message>
        <source>--out needs a file name ending in .png</source>
        <translation>--out needs a file name ending in .png</translation>
    </message>
    <message>
        <source>--select needs an organisation id</source>
        <translation>--select needs an organisation id</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>--bbox, --size and --out are required</source>
        <translation>--bbox, --size and --out are required</translation>
    </message>
    <message>
        <source>--out %1: the picture is written as PNG; name it .png</source>
        <translation>--out %1: the picture is written as PNG; name it .png</translation>
    </message>
    <message>
        <source>render-map needs the graphical libraries (run dalil-cli as built)</source>
        <translation>render-map needs the graphical libraries (run dalil-cli as built)</translation>
    </message>
    <message>
        <source>%1: cannot write the picture (%2)</source>
        <translation>%1: cannot write the picture (%2)</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels, zoom %4, %5 %6</source>
        <comment>offices of organisations</comment>
        <translation>%1: %2×%3 pixels, zoom %4, %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s)</source>
        <translation>
            <numerusform>%Ln office</numerusform>
            <numerusform>%Ln offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln organisation(s)</source>
        <translation>
            <numerusform>of %Ln organisation</numerusform>
            <numerusform>of %Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ResourcesView</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Toolkit</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>This resource has no local copy yet: use “Keep a local copy…”.</source>
        <translation>This resource has no local copy yet: use “Keep a local copy…”.</translation>
    </message>
    <message>
        <source>Choose a resource in the list first.</source>
        <translation>Choose a resource in the list first.</translation>
    </message>
    <message>
        <source>Keep a local copy</source>
        <translation>Keep a local copy</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Edit resource</translation>
    </message>
    <message>
        <source>A local copy is kept for reading offline.</source>
        <translation>A local copy is kept for reading offline.</translation>
    </message>
    <message>
        <source>The local copy could not be kept: %1</source>
        <translation>The local copy could not be kept: %1</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <source>Filter resources by title</source>
        <translation>Filter resources by title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Local copy</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>O&amp;pen link</source>
        <translation>O&amp;pen link</translation>
    </message>
    <message>
        <source>Open local &amp;copy</source>
        <translation>Open local &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Keep a local copy…</source>
        <translation>&amp;Keep a local copy…</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Delete resource</translation>
    </message>
    <message>
        <source>Delete %1 from the library? You can undo it with Edit ▸ Undo.</source>
        <translation>Delete %1 from the library? You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>The resource could not be deleted: %1</source>
        <translation>The resource could not be deleted: %1</translation>
    </message>
    <message>
        <source>This resource has no local copy.</source>
        <translation>This resource has no local copy.</translation>
    </message>
    <message>
        <source>Remove local copy</source>
        <translation>Remove local copy</translation>
    </message>
    <message>
        <source>Remove the local copy of %1 from this computer? The link stays. You can undo it with Edit ▸ Undo.</source>
        <translation>Remove the local copy of %1 from this computer? The link stays. You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Remove the local copy of %1</source>
        <translation>Remove the local copy of %1</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>The local copy was removed.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>The local copy could not be removed: %1</translation>
    </message>
    <message>
        <source>Re&amp;move local copy…</source>
        <translation>Re&amp;move local copy…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
</context>
<context>
    <name>dalil::SampleCatalogue</name>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: could not be written</translation>
    </message>
    <message>
        <source>%1: the folder %2 could not be created</source>
        <translation>%1: the folder %2 could not be created</translation>
    </message>
</context>
<context>
    <name>dalil::SaveAfterSync</name>
    <message>
        <source>The catalogue is receiving its first download from the hub and cannot be changed until it ends. Your change is kept in this form and will be saved by itself as soon as the download is over.</source>
        <translation>The catalogue is receiving its first download from the hub and cannot be changed until it ends. Your change is kept in this form and will be saved by itself as soon as the download is over.</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>Unsaved change</translation>
    </message>
    <message>
        <source>Your change is not saved yet: it waits for the first download from the hub to end and will be saved by itself then. Discard your unsaved change?</source>
        <translation>Your change is not saved yet: it waits for the first download from the hub to end and will be saved by itself then. Discard your unsaved change?</translation>
    </message>
    <message>
        <source>Your change is not saved yet: another program is writing to the catalogue, and Dalil saves your change as soon as it has finished. Discard your unsaved change?</source>
        <translation>Your change is not saved yet: another program is writing to the catalogue, and Dalil saves your change as soon as it has finished. Discard your unsaved change?</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: it waits for the first download from the hub to end. Wait for the download and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>A change you made is not saved yet: it waits for the first download from the hub to end. Wait for the download and quit once the change is saved, keep editing, or discard the change and quit?</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: another program is writing to the catalogue. Wait and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>A change you made is not saved yet: another program is writing to the catalogue. Wait and quit once the change is saved, keep editing, or discard the change and quit?</translation>
    </message>
    <message>
        <source>Another program is writing to the catalogue (an import, a sync or another Dalil window), so your change cannot be saved yet. It is kept in this form and saved by itself as soon as that program has finished.</source>
        <translation>Another program is writing to the catalogue (an import, a sync or another Dalil window), so your change cannot be saved yet. It is kept in this form and saved by itself as soon as that program has finished.</translation>
    </message>
    <message>
        <source>Your change could not be saved: another program has been writing to the catalogue for %1 seconds (an import, a sync or another Dalil window). Your change is still in this form: wait for that program to finish or close it, then press Save again.</source>
        <translation>Your change could not be saved: another program has been writing to the catalogue for %1 seconds (an import, a sync or another Dalil window). Your change is still in this form: wait for that program to finish or close it, then press Save again.</translation>
    </message>
    <message>
        <source>&amp;Discard the change</source>
        <translation>&amp;Discard the change</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Keep waiting</translation>
    </message>
    <message>
        <source>&amp;Wait, then quit</source>
        <translation>&amp;Wait, then quit</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Discard and quit</translation>
    </message>
</context>
<context>
    <name>dalil::SavedSearches</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>a saved search needs a name</translation>
    </message>
</context>
<context>
    <name>dalil::SearchCommand</name>
    <message>
        <source>find organisations, funding, resources and events (Arabic or Latin, typos allowed)</source>
        <translation>find organisations, funding, resources and events (Arabic or Latin, typos allowed)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-12-31</source>
        <translation>%1: &quot;%2&quot; is not a date like 2026-12-31</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not organisation, funding, resource or event</source>
        <translation>--kind: &quot;%1&quot; is not organisation, funding, resource or event</translation>
    </message>
    <message>
        <source>--bbox: &quot;%1&quot; is not WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>--bbox: &quot;%1&quot; is not WEST,SOUTH,EAST,NORTH in degrees</translation>
    </message>
    <message>
        <source>--near: &quot;%1&quot; is not LAT,LON,KM</source>
        <translation>--near: &quot;%1&quot; is not LAT,LON,KM</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to 1000000</source>
        <translation>%1 needs a whole number from 0 to 1000000</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 needs a name</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2</source>
        <translation>no saved search named &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2 (see search --list-saved)</source>
        <translation>no saved search named &quot;%1&quot; in %2 (see search --list-saved)</translation>
    </message>
    <message>
        <source>Showing results for: %1</source>
        <translation>Showing results for: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine</name>
    <message>
        <source>the search was cancelled</source>
        <translation>the search was cancelled</translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine::Impl</name>
    <message>
        <source>the search was cancelled</source>
        <translation>the search was cancelled</translation>
    </message>
</context>
<context>
    <name>dalil::SearchQuery</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResultModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResults</name>
    <message>
        <source>Showing results for %1</source>
        <translation>Showing results for %1</translation>
    </message>
</context>
<context>
    <name>dalil::ShowCommand</name>
    <message>
        <source>print one record with its offices, contacts, networks and partners</source>
        <translation>print one record with its offices, contacts, networks and partners</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>expected: show %1</source>
        <translation>expected: show %1</translation>
    </message>
</context>
<context>
    <name>dalil::StatsCommand</name>
    <message>
        <source>count what the catalogue holds</source>
        <translation>count what the catalogue holds</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Catalogue: %1 (sample data)</source>
        <translation>Catalogue: %1 (sample data)</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>locations</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>memberships</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partnerships</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>funding</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>event_sessions</source>
        <translation>event_sessions</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>vocabulary</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>unsynced</translation>
    </message>
</context>
<context>
    <name>dalil::SyncCommand</name>
    <message>
        <source>exchange changes with a hub, or through a bundle file</source>
        <translation>exchange changes with a hub, or through a bundle file</translation>
    </message>
    <message>
        <source>--hub needs a URL</source>
        <translation>--hub needs a URL</translation>
    </message>
    <message>
        <source>--bundle-out needs a file</source>
        <translation>--bundle-out needs a file</translation>
    </message>
    <message>
        <source>--bundle-in needs a file</source>
        <translation>--bundle-in needs a file</translation>
    </message>
    <message>
        <source>--peer needs a name</source>
        <translation>--peer needs a name</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give exactly one of --hub, --bundle-out, --bundle-in</source>
        <translation>give exactly one of --hub, --bundle-out, --bundle-in</translation>
    </message>
    <message>
        <source>--all goes with --bundle-out</source>
        <translation>--all goes with --bundle-out</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not sent: the account %1 may only read
</source>
        <translation>
            <numerusform>%n local change not sent: the account %1 may only read
</numerusform>
            <numerusform>%n local changes not sent: the account %1 may only read
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1
</source>
        <translation>
            <numerusform>Wrote %n change to %1
</numerusform>
            <numerusform>Wrote %n changes to %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>Synced with %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) that your account (%1) may not make; they are kept as conflicts</source>
        <translation>
            <numerusform>The hub refused %n change that your account (%1) may not make; it is kept as a conflict</numerusform>
            <numerusform>The hub refused %n changes that your account (%1) may not make; they are kept as conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Imported %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated</source>
        <translation>
            <numerusform>%n record updated</numerusform>
            <numerusform>%n records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) unchanged</source>
        <translation>
            <numerusform>%n record unchanged</numerusform>
            <numerusform>%n records unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>&amp;Hub connection…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Hub password</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>dalil::SyncEngine</name>
    <message>
        <source>%1 is not a Dalil hub yet (an administrator creates one with `dalil-cli hub init --hub URL`)</source>
        <translation>%1 is not a Dalil hub yet (an administrator creates one with `dalil-cli hub init --hub URL`)</translation>
    </message>
    <message>
        <source>the hub %1 uses a newer format (%2) than this version of Dalil understands (%3); update Dalil to sync with it</source>
        <translation>the hub %1 uses a newer format (%2) than this version of Dalil understands (%3); update Dalil to sync with it</translation>
    </message>
    <message>
        <source>user %1 has no account on the hub %2 (an administrator adds one with `dalil-cli hub add-user`)</source>
        <translation>user %1 has no account on the hub %2 (an administrator adds one with `dalil-cli hub add-user`)</translation>
    </message>
    <message>
        <source>the hub %1 keeps another catalogue (%2) than this one (%3); nothing was exchanged</source>
        <translation>the hub %1 keeps another catalogue (%2) than this one (%3); nothing was exchanged</translation>
    </message>
    <message>
        <source>the hub accepted the changes but the catalogue could not record it (%1); the next sync will finish the job</source>
        <translation>the hub accepted the changes but the catalogue could not record it (%1); the next sync will finish the job</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing of this page was kept</source>
        <translation>changes from the hub could not be applied to the catalogue (%1); nothing of this page was kept</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing was kept</source>
        <translation>changes from the hub could not be applied to the catalogue (%1); nothing was kept</translation>
    </message>
    <message>
        <source>the sync was stopped; the pages received so far are kept and the next sync goes on from there</source>
        <translation>the sync was stopped; the pages received so far are kept and the next sync goes on from there</translation>
    </message>
    <message>
        <source>the sync was stopped; nothing of the pull was kept and the next sync starts it again</source>
        <translation>the sync was stopped; nothing of the pull was kept and the next sync starts it again</translation>
    </message>
</context>
<context>
    <name>dalil::SyncSettingsDialog</name>
    <message>
        <source>&amp;Remember the password in the keyring of this computer</source>
        <translation>&amp;Remember the password in the keyring of this computer</translation>
    </message>
    <message>
        <source>&amp;Sync automatically</source>
        <translation>&amp;Sync automatically</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Hub connection</translation>
    </message>
    <message>
        <source>hub.example.org</source>
        <translation>hub.example.org</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked once per session</source>
        <translation>No keyring on this computer: the password is asked once per session</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Encrypted, server certificate checked (recommended)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (local network)</source>
        <translation>Encrypted, certificate not checked (local network)</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>Not encrypted (local network only)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;erver</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>P&amp;assword</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;curity</translation>
    </message>
</context>
<context>
    <name>dalil::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Last sync failed; will retry</source>
        <translation>Last sync failed; will retry</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) to send</source>
        <translation>
            <numerusform>%1 · %n change to send</numerusform>
            <numerusform>%1 · %n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Preparing the new catalogue for search…</source>
        <translation>Preparing the new catalogue for search…</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %1 of about %Ln change(s) received</source>
        <translation>
            <numerusform>Syncing: %1 of about %Ln change received</numerusform>
            <numerusform>Syncing: %1 of about %Ln changes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::TableReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Dalil imports at once; split it into smaller files</source>
        <translation>the file is %1, more than the %2 Dalil imports at once; split it into smaller files</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>the file holds no table</source>
        <translation>the file holds no table</translation>
    </message>
    <message>
        <source>the workbook has no sheet with rows to import</source>
        <translation>the workbook has no sheet with rows to import</translation>
    </message>
    <message>
        <source>the format “%1” is not one Dalil imports (csv, hxl, xlsx, json, vcf, geojson)</source>
        <translation>the format “%1” is not one Dalil imports (csv, hxl, xlsx, json, vcf, geojson)</translation>
    </message>
    <message>
        <source>the file holds nothing to import</source>
        <translation>the file holds nothing to import</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>the reading was cancelled</translation>
    </message>
    <message>
        <source>%1 but %2; a value may hold an unquoted delimiter</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 but %2; a value may hold an unquoted delimiter</translation>
    </message>
    <message numerus="yes">
        <source>this row has %Ln value(s)</source>
        <translation>
            <numerusform>this row has %Ln value</numerusform>
            <numerusform>this row has %Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header has %Ln column(s)</source>
        <translation>
            <numerusform>the header has %Ln column</numerusform>
            <numerusform>the header has %Ln columns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 but %2; a delimiter or a closing quote may be missing</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 but %2; a delimiter or a closing quote may be missing</translation>
    </message>
</context>
<context>
    <name>dalil::TextDecoder</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>the file is not valid UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>the file is not valid %1</translation>
    </message>
    <message>
        <source>unknown encoding “%1” (use UTF-8, UTF-16LE, UTF-16BE, windows-1256 or ISO-8859-6)</source>
        <translation>unknown encoding “%1” (use UTF-8, UTF-16LE, UTF-16BE, windows-1256 or ISO-8859-6)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>the file starts with a UTF-8 mark but is not valid UTF-8</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 mark but is not valid UTF-16</source>
        <translation>the file starts with a UTF-16 mark but is not valid UTF-16</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it holds binary data); save it as “CSV UTF-8” and try again</source>
        <translation>cannot tell how the text is encoded (it holds binary data); save it as “CSV UTF-8” and try again</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6); save it as “CSV UTF-8” and try again</source>
        <translation>cannot tell how the text is encoded (it is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6); save it as “CSV UTF-8” and try again</translation>
    </message>
</context>
<context>
    <name>dalil::VCardReader</name>
    <message>
        <source>text outside BEGIN:VCARD … END:VCARD; this is not a vCard file</source>
        <translation>text outside BEGIN:VCARD … END:VCARD; this is not a vCard file</translation>
    </message>
    <message>
        <source>the card has no END:VCARD; the file is cut short</source>
        <translation>the card has no END:VCARD; the file is cut short</translation>
    </message>
</context>
<context>
    <name>dalil::WallClock</name>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-06-09T09:00</source>
        <translation>&quot;%1&quot; is not a date and time such as 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>the time zone is needed to read this time</source>
        <translation>the time zone is needed to read this time</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it</source>
        <translation>%1 does not exist in %2: the clocks go forward over it</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx), or the file is damaged or cut short</source>
        <translation>not an Excel workbook (.xlsx), or the file is damaged or cut short</translation>
    </message>
    <message>
        <source>the workbook is damaged (its list of sheets cannot be read)</source>
        <translation>the workbook is damaged (its list of sheets cannot be read)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1” (it has: %2)</source>
        <translation>the workbook has no sheet “%1” (it has: %2)</translation>
    </message>
    <message>
        <source>the workbook is damaged (its shared texts cannot be read)</source>
        <translation>the workbook is damaged (its shared texts cannot be read)</translation>
    </message>
    <message>
        <source>sheet “%1” has a row number out of range; the workbook is damaged</source>
        <translation>sheet “%1” has a row number out of range; the workbook is damaged</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell reference out of range; the workbook is damaged</source>
        <translation>sheet “%1” has a cell reference out of range; the workbook is damaged</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2 points at a text the workbook does not have; it is damaged</source>
        <translation>sheet “%1”, cell %2 points at a text the workbook does not have; it is damaged</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged (%2)</source>
        <translation>sheet “%1” is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxSheetWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: cannot be written</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: cannot be written (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::validation</name>
    <message>
        <source>a name in Arabic, English or French is required</source>
        <translation>a name in Arabic, English or French is required</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>latitude and longitude go together</source>
        <translation>latitude and longitude go together</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>latitude must be between -90 and 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>longitude must be between -180 and 180</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as EG or JO</source>
        <translation>must be a two-letter country code such as EG or JO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as EG or JO</source>
        <translation>&quot;%1&quot; is not a two-letter country code such as EG or JO</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>must be a web address starting with http:// or https://</translation>
    </message>
    <message>
        <source>must be a year between 1800 and 2100</source>
        <translation>must be a year between 1800 and 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as Asia/Amman</source>
        <translation>&quot;%1&quot; is not a known time zone such as Asia/Amman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-09T09:00</source>
        <translation>&quot;%1&quot; is not a date such as 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>an organisation cannot be linked to itself</source>
        <translation>an organisation cannot be linked to itself</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as ar, en or fr</source>
        <translation>&quot;%1&quot; is not a language code such as ar, en or fr</translation>
    </message>
    <message>
        <source>a title in Arabic or English is required</source>
        <translation>a title in Arabic or English is required</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>must be after the start</translation>
    </message>
</context>
</TS>
