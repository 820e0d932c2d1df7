<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>dalil</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>« %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-31</source>
        <translation>« %1 » doit être une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
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
        <translation>Le catalogue n&apos;a pas pu être ouvert :
%1</translation>
    </message>
</context>
<context>
    <name>dalil::Archive</name>
    <message>
        <source>the workbook has no part %1; it is damaged or not an Excel workbook</source>
        <translation>le classeur n&apos;a pas de partie %1 ; il est endommagé ou ce n&apos;est pas un classeur Excel</translation>
    </message>
    <message>
        <source>the workbook is damaged (part %1 cannot be opened)</source>
        <translation>le classeur est endommagé (la partie %1 ne peut pas être ouverte)</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than Dalil reads at once; split it into smaller files</source>
        <translation>le classeur décompressé dépasse ce que Dalil lit en une fois ; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut short (part %1 cannot be read)</source>
        <translation>le classeur est endommagé ou tronqué (la partie %1 ne peut pas être lue)</translation>
    </message>
</context>
<context>
    <name>dalil::AttachmentStore</name>
    <message>
        <source>this resource is no longer in the catalogue</source>
        <translation>cette ressource n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2</source>
        <translation>%1 n&apos;a pas pu être copié vers %2</translation>
    </message>
    <message>
        <source>this resource has no local copy</source>
        <translation>cette ressource n’a pas de copie locale</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 n’a pas pu être remis en place</translation>
    </message>
</context>
<context>
    <name>dalil::Basemap</name>
    <message>
        <source>%1: the basemap cannot be opened (%2)</source>
        <translation>%1 : le fond de carte ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <source>%1: not a usable basemap file at byte %2: %3</source>
        <translation>%1 : fichier de fond de carte inutilisable à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>it does not start with the DLBM signature</source>
        <translation>il ne commence pas par la signature DLBM</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Dalil reads version 1)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (ce Dalil lit la version 1)</translation>
    </message>
    <message>
        <source>country %1 of %2 is cut short</source>
        <translation>le pays %1 sur %2 est tronqué</translation>
    </message>
    <message>
        <source>ring %1 of country %2 is cut short</source>
        <translation>l&apos;anneau %1 du pays %2 est tronqué</translation>
    </message>
    <message>
        <source>ring %1 of country %2 claims %3 points that are not there</source>
        <translation>l&apos;anneau %1 du pays %2 annonce %3 points qui n&apos;y sont pas</translation>
    </message>
    <message>
        <source>point %1 of country %2 is off the globe</source>
        <translation>le point %1 du pays %2 est hors du globe</translation>
    </message>
    <message>
        <source>there is data after the last country</source>
        <translation>il y a des données après le dernier pays</translation>
    </message>
</context>
<context>
    <name>dalil::Bundle</name>
    <message>
        <source>%1: the bundle could not be written (%2)</source>
        <translation>%1 : le lot n&apos;a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle was written, but the catalogue could not remember it (%2); the next bundle will repeat these changes</source>
        <translation>%1 : le lot a été écrit, mais le catalogue n&apos;a pas pu s&apos;en souvenir (%2) ; le prochain lot répétera ces modifications</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle is damaged or incomplete (%2); nothing was imported</source>
        <translation>%1 : le lot est endommagé ou incomplet (%2) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: not a Dalil sync bundle; nothing was imported</source>
        <translation>%1 : ce n&apos;est pas un lot de synchronisation Dalil ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>il est trop court</translation>
    </message>
    <message>
        <source>its checksum does not match: it was cut short or changed after it was written</source>
        <translation>sa somme de contrôle ne correspond pas : il a été tronqué ou modifié après son écriture</translation>
    </message>
    <message>
        <source>%1: the bundle was written by a newer version of Dalil (bundle format %2; this version reads up to %3); nothing was imported</source>
        <translation>%1 : le lot a été écrit par une version plus récente de Dalil (format %2 ; cette version lit jusqu&apos;à %3) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>its header has an impossible size</source>
        <translation>son en-tête a une taille impossible</translation>
    </message>
    <message>
        <source>its length does not match its contents</source>
        <translation>sa longueur ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>son en-tête n&apos;est pas lisible</translation>
    </message>
    <message>
        <source>its changes cannot be decompressed</source>
        <translation>ses modifications ne peuvent pas être décompressées</translation>
    </message>
    <message>
        <source>change %1 is not a valid record</source>
        <translation>la modification %1 n&apos;est pas un enregistrement valide</translation>
    </message>
    <message>
        <source>%1: this bundle comes from another catalogue (%2), not from this one (%3); nothing was imported</source>
        <translation>%1 : ce lot vient d&apos;un autre catalogue (%2), pas de celui-ci (%3) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: %2 %3, field %4: %5; nothing was imported</source>
        <translation>%1 : %2 %3, champ %4 : %5 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: the bundle refers to records this catalogue does not have (an earlier bundle was not imported); import that one first, or ask for a bundle made with --all; nothing was imported</source>
        <translation>%1 : le lot renvoie à des enregistrements absents de ce catalogue (un lot précédent n&apos;a pas été importé) ; importez-le d&apos;abord ou demandez un lot fait avec --all ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1 : %2 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <comment>what a bundle holds, what its header announces</comment>
        <translation>%1 alors que %2</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln change(s)</source>
        <translation>
            <numerusform>il contient %Ln modification</numerusform>
            <numerusform>il contient %Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its header announces %Ln change(s)</source>
        <translation>
            <numerusform>son en-tête en annonce %Ln</numerusform>
            <numerusform>son en-tête en annonce %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::CatalogueGenerator</name>
    <message>
        <source>the number of organisations must be between 1 and %1</source>
        <translation>le nombre d’organisations doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>%1: already holds the organisations generated with seed %2; choose another --seed or a new file</source>
        <translation>%1 : contient déjà les organisations générées avec la graine %2 ; choisissez une autre --seed ou un nouveau fichier</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1 : existe déjà</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1 : n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>dalil::CellReader</name>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” has no country code; write it in the international form, such as +962 6 1234567</source>
        <translation>« %1 » n&apos;a pas d&apos;indicatif pays ; écrivez-le sous forme internationale, comme +962 6 1234567</translation>
    </message>
    <message>
        <source>“%1” is not a complete international phone number</source>
        <translation>« %1 » n&apos;est pas un numéro international complet</translation>
    </message>
    <message>
        <source>“%1” is not a known organisation type; it is kept as written</source>
        <translation>« %1 » n&apos;est pas un type d&apos;organisation connu ; il est gardé tel quel</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)</source>
        <translation>« %1 » n&apos;est pas un pays connu de Dalil ; écrivez son nom ou son code ISO (comme JO)</translation>
    </message>
    <message>
        <source>“%1” is not a year between 1800 and 2100</source>
        <translation>« %1 » n&apos;est pas une année entre 1800 et 2100</translation>
    </message>
    <message>
        <source>“%1” was read as %2</source>
        <translation>« %1 » a été lu comme %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>« %1 » n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>“%1” is not a language Dalil knows (such as Arabic, English or ar, en)</source>
        <translation>« %1 » n&apos;est pas une langue connue de Dalil (comme arabe, anglais ou ar, en)</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; the office is kept with that name and no country</source>
        <translation>« %1 » n&apos;est pas un pays connu de Dalil ; le bureau est gardé sous ce nom, sans pays</translation>
    </message>
    <message>
        <source>“%1” was read as %2 (%3)</source>
        <translation>« %1 » a été lu comme %2 (%3)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>la latitude %1 est hors de -90 à 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>la longitude %1 est hors de -180 à 180</translation>
    </message>
    <message>
        <source>“%1” is not a latitude and longitude such as 33.89, 35.50</source>
        <translation>« %1 » n&apos;est pas une latitude et une longitude comme 33.89, 35.50</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>« %1 » n&apos;est ni oui ni non</translation>
    </message>
</context>
<context>
    <name>dalil::Cli</name>
    <message>
        <source>Usage: dalil-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Utilisation : dalil-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Dalil: an offline directory of civil-society organisations of the Middle East and North Africa.</source>
        <translation>Dalil : un annuaire hors ligne des organisations de la société civile du Moyen-Orient et de l’Afrique du Nord.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>the catalogue file (default: %1)</source>
        <translation>le fichier du catalogue (par défaut : %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db demande un chemin de fichier</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see dalil-cli --help)</source>
        <translation>commande inconnue « %1 » (voir dalil-cli --help)</translation>
    </message>
</context>
<context>
    <name>dalil::ClustersCommand</name>
    <message>
        <source>list the clusters the map draws at a zoom</source>
        <translation>lister les groupes que la carte dessine à un niveau de zoom</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1 demande un nombre</translation>
    </message>
    <message>
        <source>--zoom &quot;%1&quot; is not a whole number from 0 to 24</source>
        <translation>--zoom « %1 » n’est pas un nombre entier de 0 à 24</translation>
    </message>
    <message>
        <source>--radius &quot;%1&quot; is not a number of pixels from 1 to 1000</source>
        <translation>--radius « %1 » n’est pas un nombre de pixels de 1 à 1000</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>--zoom is required</source>
        <translation>--zoom est obligatoire</translation>
    </message>
    <message>
        <source>zoom %1, radius %2 px: %3 %4</source>
        <comment>items for offices</comment>
        <translation>zoom %1, rayon %2 px : %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln office(s)</source>
        <translation>
            <numerusform>pour %Ln bureau</numerusform>
            <numerusform>pour %Ln bureaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ColumnMapping</name>
    <message>
        <source>unknown HXL hashtag “%1”: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>hashtag HXL inconnu « %1 » : la colonne n&apos;est pas importée (choisissez-lui un champ dans la correspondance si nécessaire)</translation>
    </message>
    <message>
        <source>unknown HXL hashtag “%1”: the column is read as “%2” from its header</source>
        <translation>hashtag HXL inconnu « %1 » : la colonne est lue comme « %2 » d&apos;après son en-tête</translation>
    </message>
    <message>
        <source>the header is not recognised: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>l&apos;en-tête n&apos;est pas reconnu : la colonne n&apos;est pas importée (choisissez-lui un champ dans la correspondance si nécessaire)</translation>
    </message>
</context>
<context>
    <name>dalil::Command</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>genre inconnu « %1 » (organisation, funding, resource ou event)</translation>
    </message>
    <message>
        <source>no organisation with id %1 in %2</source>
        <translation>aucune organisation d’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>no funding with id %1 in %2</source>
        <translation>aucun financement d’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>no resource with id %1 in %2</source>
        <translation>aucune ressource d’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>no event with id %1 in %2</source>
        <translation>aucun événement d’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>Updated organisation %1</source>
        <translation>Organisation %1 mise à jour</translation>
    </message>
    <message>
        <source>Updated funding %1</source>
        <translation>Financement %1 mis à jour</translation>
    </message>
    <message>
        <source>Updated resource %1</source>
        <translation>Ressource %1 mise à jour</translation>
    </message>
    <message>
        <source>Updated event %1</source>
        <translation>Événement %1 mis à jour</translation>
    </message>
    <message>
        <source>Deleted organisation %1</source>
        <translation>Organisation %1 supprimée</translation>
    </message>
    <message>
        <source>Deleted funding %1</source>
        <translation>Financement %1 supprimé</translation>
    </message>
    <message>
        <source>Deleted resource %1</source>
        <translation>Ressource %1 supprimée</translation>
    </message>
    <message>
        <source>Deleted event %1</source>
        <translation>Événement %1 supprimé</translation>
    </message>
    <message>
        <source>Try: dalil-cli --help</source>
        <translation>Essayez : dalil-cli --help</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
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
        <translation>il n&apos;y a pas de conflit numéro %1</translation>
    </message>
    <message>
        <source>conflict %1 is about an unknown table %2</source>
        <translation>le conflit %1 concerne une table inconnue %2</translation>
    </message>
    <message>
        <source>the kept version cannot be restored: %1: %2</source>
        <translation>la version gardée ne peut pas être restaurée : %1 : %2</translation>
    </message>
</context>
<context>
    <name>dalil::ConflictsView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>&amp;Garder la version actuelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where it lost</source>
        <translation>Où elle a été écartée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation>Version conservée</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>refusée par le serveur central</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>serveur central</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Rétablir cette version</translation>
    </message>
</context>
<context>
    <name>dalil::ContactRepository</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an international phone number such as +20223456789</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone international comme +20223456789</translation>
    </message>
</context>
<context>
    <name>dalil::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed; the rest of the file was read into it</source>
        <translation>un champ entre guillemets commence ici et n&apos;est jamais fermé ; le reste du fichier y a été lu</translation>
    </message>
</context>
<context>
    <name>dalil::CsvWriter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation>%1 : l&apos;écriture a échoué (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::DashboardView</name>
    <message numerus="yes">
        <source>%Ln organisation(s) in the current search</source>
        <translation>
            <numerusform>%Ln organisation dans la recherche en cours</numerusform>
            <numerusform>%Ln organisations dans la recherche en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations per country</source>
        <translation>Organisations par pays</translation>
    </message>
    <message>
        <source>Organisations per sector</source>
        <translation>Organisations par secteur</translation>
    </message>
    <message>
        <source>Funding deadlines per month</source>
        <translation>Dates limites de financement par mois</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dates limites</translation>
    </message>
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>Les graphiques ne peuvent pas être affichés : %1</translation>
    </message>
</context>
<context>
    <name>dalil::Database</name>
    <message>
        <source>another program is writing to the catalogue (an import, a sync or another Dalil window); try again once it has finished</source>
        <translation>un autre programme écrit dans le catalogue (une importation, une synchronisation ou une autre fenêtre de Dalil) ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>%1 : pas un catalogue Dalil (le fichier n’est pas une base SQLite)</translation>
    </message>
    <message>
        <source>not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>pas un catalogue Dalil (le fichier n’est pas une base SQLite)</translation>
    </message>
    <message>
        <source>the catalogue is read-only</source>
        <translation>le catalogue est en lecture seule</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: is a folder, not a catalogue file</source>
        <translation>%1 : est un dossier, pas un fichier de catalogue</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Dalil needs to write to it</source>
        <translation>%1 : le fichier est en lecture seule ; Dalil doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>%1: no catalogue here (create one with `dalil-cli --db %1 init`)</source>
        <translation>%1 : aucun catalogue ici (créez-en un avec `dalil-cli --db %1 init`)</translation>
    </message>
    <message>
        <source>%1: cannot create the catalogue, the folder is read-only</source>
        <translation>%1 : impossible de créer le catalogue, le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Dalil (catalogue format %2, this version reads up to %3); update Dalil to open it</source>
        <translation>%1 : écrit par une version plus récente de Dalil (format de catalogue %2, cette version lit jusqu’au %3) ; mettez Dalil à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (an SQLite database of another program)</source>
        <translation>%1 : pas un catalogue Dalil (une base SQLite d’un autre programme)</translation>
    </message>
</context>
<context>
    <name>dalil::Dedupe</name>
    <message>
        <source>“%1” looks like “%2” (id %3) at the same city; it is imported as a new organisation: merge the two in Dalil if they are the same</source>
        <translation>« %1 » ressemble à « %2 » (id %3) dans la même ville ; elle est importée comme nouvelle organisation : fusionnez les deux dans Dalil si c&apos;est la même</translation>
    </message>
</context>
<context>
    <name>dalil::DirectoryView</name>
    <message>
        <source>Search organisations by name, acronym… (Ctrl+F)</source>
        <translation>Rechercher des organisations par nom, sigle… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Organisations found</source>
        <translation>Organisations trouvées</translation>
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
        <translation>Carte des bureaux trouvés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>Members of %1 are highlighted</source>
        <translation>Les membres de %1 sont mis en évidence</translation>
    </message>
</context>
<context>
    <name>dalil::Display</name>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>kurde</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amharique</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Tamazight</source>
        <translation>tamazight</translation>
    </message>
</context>
<context>
    <name>dalil::EditCommand</name>
    <message>
        <source>change fields of a record, or delete it</source>
        <translation>modifier les champs d’un enregistrement, ou le supprimer</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE</source>
        <translation>--set demande CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>« %1 » n’est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>expected: edit %1</source>
        <translation>attendu : edit %1</translation>
    </message>
    <message>
        <source>%1 %2: field %3: %4</source>
        <translation>%1 %2 : champ %3 : %4</translation>
    </message>
</context>
<context>
    <name>dalil::EditFormDialog</name>
    <message>
        <source>Unsaved change</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>This form holds a change that is not saved yet. Save it and quit, keep editing, or discard it and quit?</source>
        <translation>Ce formulaire contient une modification qui n’est pas encore enregistrée. L’enregistrer et quitter, continuer la saisie, ou l’abandonner et quitter ?</translation>
    </message>
    <message>
        <source>&amp;Save and quit</source>
        <translation>&amp;Enregistrer et quitter</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Abandonner et quitter</translation>
    </message>
</context>
<context>
    <name>dalil::EventEditDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter une session</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Remove session %1</source>
        <translation>Retirer la session %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Times at the event (%1), kept in UTC as: %2</source>
        <translation>Heures du lieu de l&apos;événement (%1), enregistrées en UTC ainsi : %2</translation>
    </message>
</context>
<context>
    <name>dalil::EventRepository</name>
    <message>
        <source>the event ends before it starts</source>
        <translation>l&apos;événement se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>dalil::EventsView</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Quels événements</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Times are shown in your time zone, %1.</source>
        <translation>Les heures sont affichées dans votre fuseau horaire, %1.</translation>
    </message>
    <message>
        <source>Local time at the event: %1 (%2)</source>
        <translation>Heure locale de l&apos;événement : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>About the chosen event</source>
        <translation>À propos de l&apos;événement choisi</translation>
    </message>
    <message>
        <source>Ne&amp;w event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Add an event with its sessions (Ins)</source>
        <translation>Ajouter un événement avec ses sessions (Inser)</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>Edit the chosen event and its sessions (Enter)</source>
        <translation>Modifier l’événement choisi et ses sessions (Entrée)</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <source>Delete the chosen event with its sessions (Del)</source>
        <translation>Supprimer l’événement choisi avec ses sessions (Suppr)</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete %1 with its sessions? You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer %1 avec ses sessions ? Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation>L’événement n’a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>dalil::ExchangeController</name>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>&amp;Importer des organisations…</translation>
    </message>
    <message>
        <source>Read organisations from Excel, CSV, HXL, vCard, GeoJSON or JSON</source>
        <translation>Lire des organisations depuis Excel, CSV, HXL, vCard, GeoJSON ou JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the catalogue to Excel, CSV, vCard, PDF, GeoJSON or KML</source>
        <translation>Écrire le catalogue en Excel, CSV, vCard, PDF, GeoJSON ou KML</translation>
    </message>
    <message>
        <source>Export these results…</source>
        <translation>Exporter ces résultats…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>Tableurs et fichiers de contacts (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>dalil::ExportCommand</name>
    <message>
        <source>write organisations, contacts, funding, resources or events to a file</source>
        <translation>écrire des organisations, contacts, financements, ressources ou événements dans un fichier</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>expected: export %1</source>
        <translation>attendu : export %1</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source> (%n place(s))</source>
        <translation>
            <numerusform> (%n lieu)</numerusform>
            <numerusform> (%n lieux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1</source>
        <translation>
            <numerusform>%n contact écrit dans %1</numerusform>
            <numerusform>%n contacts écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n funding opportunity(ies) to %1</source>
        <translation>
            <numerusform>%n opportunité de financement écrite dans %1</numerusform>
            <numerusform>%n opportunités de financement écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resource(s) to %1</source>
        <translation>
            <numerusform>%n ressource écrite dans %1</numerusform>
            <numerusform>%n ressources écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1</source>
        <translation>
            <numerusform>%n organisation écrite dans %1</numerusform>
            <numerusform>%n organisations écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ExportDialog</name>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Financements</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Include private contacts (they are left out unless you tick this)</source>
        <translation>&amp;Inclure les contacts privés (ils sont exclus si cette case n’est pas cochée)</translation>
    </message>
    <message>
        <source>&amp;Add a row of HXL hashtags under the headers</source>
        <translation>Ajouter &amp;une ligne de hashtags HXL sous les en-têtes</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>Annuaire des organisations</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The whole catalogue.</source>
        <translation>Tout le catalogue.</translation>
    </message>
    <message>
        <source>The records of the current search.</source>
        <translation>Les fiches de la recherche en cours.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected records.</source>
        <translation>
            <numerusform>La fiche sélectionnée (%n).</numerusform>
            <numerusform>Les %n fiches sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV pour Excel (.csv)</translation>
    </message>
    <message>
        <source>Address book (vCard .vcf)</source>
        <translation>Carnet d’adresses (vCard .vcf)</translation>
    </message>
    <message>
        <source>Printable directory (.pdf)</source>
        <translation>Annuaire imprimable (.pdf)</translation>
    </message>
    <message>
        <source>Map points (GeoJSON)</source>
        <translation>Points de carte (GeoJSON)</translation>
    </message>
    <message>
        <source>Map points (KML, Google Earth)</source>
        <translation>Points de carte (KML, Google Earth)</translation>
    </message>
    <message>
        <source>Dalil JSON</source>
        <translation>JSON de Dalil</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records to %1</source>
        <translation>
            <numerusform>%n fiche écrite dans %1</numerusform>
            <numerusform>%n fiches écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;export</source>
        <translation>&amp;Annuler l’exportation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>dalil::ExportJob</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>unknown kind “%1” (organisations, contacts, funding, resources or events)</source>
        <translation>genre inconnu « %1 » (organisations, contacts, funding, resources ou events)</translation>
    </message>
    <message>
        <source>unknown format “%1” (csv, xlsx, vcf, geojson, kml, pdf or json)</source>
        <translation>format inconnu « %1 » (csv, xlsx, vcf, geojson, kml, pdf ou json)</translation>
    </message>
    <message>
        <source>%1 holds organisations and contacts, not %2</source>
        <translation>%1 contient des organisations et des contacts, pas %2</translation>
    </message>
    <message>
        <source>%1 holds places: organisations&apos; offices, contacts&apos; offices or events, not %2</source>
        <translation>%1 contient des lieux : bureaux d&apos;organisations, bureaux de contacts ou événements, pas %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>Annuaire des organisations</translation>
    </message>
</context>
<context>
    <name>dalil::FilterPanel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer &amp;les filtres</translation>
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
        <translation>les montants ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>the maximum amount is smaller than the minimum</source>
        <translation>le montant maximal est inférieur au minimum</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as USD or EUR</source>
        <translation>doit être un code de devise à trois lettres comme USD ou EUR</translation>
    </message>
</context>
<context>
    <name>dalil::FundingView</name>
    <message>
        <source>New funding opportunity</source>
        <translation>Nouvelle opportunité de financement</translation>
    </message>
    <message>
        <source>Edit funding opportunity</source>
        <translation>Modifier l&apos;opportunité de financement</translation>
    </message>
    <message>
        <source>Delete funding opportunity</source>
        <translation>Supprimer l&apos;opportunité de financement</translation>
    </message>
    <message>
        <source>Delete this funding opportunity? You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer cette opportunité de financement ? Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secte&amp;ur</translation>
    </message>
    <message>
        <source>Who &amp;may apply</source>
        <translation>&amp;Qui peut postuler</translation>
    </message>
    <message>
        <source>&amp;At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>Smallest amount offered</source>
        <translation>Montant minimal proposé</translation>
    </message>
    <message numerus="yes">
        <source>Closin&amp;g soon (%Ln day(s))</source>
        <translation>
            <numerusform>Clôture &amp;bientôt (%Ln jour)</numerusform>
            <numerusform>Clôture &amp;bientôt (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Afficher les &amp;clôturées</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Funding opportunities</source>
        <translation>Opportunités de financement</translation>
    </message>
    <message>
        <source>O&amp;pen link</source>
        <translation>Ouvrir &amp;le lien</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Deadlines are shown in your time zone, %1.</source>
        <translation>Les dates limites sont affichées dans votre fuseau horaire, %1.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>En continu</translation>
    </message>
    <message>
        <source>%1 in %2 (the donor&apos;s time zone)</source>
        <translation>%1 à l&apos;heure de %2 (fuseau du bailleur)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Closes today</source>
        <translation>Clôture aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln jour restant</numerusform>
            <numerusform>%Ln jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Clôture bientôt</translation>
    </message>
</context>
<context>
    <name>dalil::GenerateCommand</name>
    <message>
        <source>fill a catalogue with N synthetic organisations (deterministic for a seed)</source>
        <translation>remplir un catalogue de N organisations synthétiques (déterministe pour une graine donnée)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--orgs N is required (the number of organisations)</source>
        <translation>--orgs N est obligatoire (le nombre d’organisations)</translation>
    </message>
    <message>
        <source>--orgs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--orgs attend un nombre entier de 1 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier de 0 à 18446744073709551615, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n organisation(s) with seed %1 in %2 s: %3</source>
        <translation>
            <numerusform>%n organisation générée avec la graine %1 en %2 s : %3</numerusform>
            <numerusform>%n organisations générées avec la graine %1 en %2 s : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are network(s).</source>
        <translation>
            <numerusform>Parmi elles, %n réseau.</numerusform>
            <numerusform>Parmi elles, %n réseaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>With them: %1.</source>
        <translation>Avec elles : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n bureau</numerusform>
            <numerusform>%n bureaux</numerusform>
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
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network membership(s)</source>
        <translation>
            <numerusform>%n adhésion à un réseau</numerusform>
            <numerusform>%n adhésions à des réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate: %1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>génération : %1 sur %Ln organisation</numerusform>
            <numerusform>génération : %1 sur %Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::GeoBounds</name>
    <message>
        <source>&quot;%1&quot; is not a box: write four numbers W,S,E,N (degrees), e.g. 34,29,43,38</source>
        <translation>« %1 » n’est pas un rectangle : écrivez quatre nombres O,S,E,N (en degrés), par exemple 34,29,43,38</translation>
    </message>
    <message>
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <source>south</source>
        <translation>sud</translation>
    </message>
    <message>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <source>the %1 edge &quot;%2&quot; in &quot;%3&quot; is not a number</source>
        <translation>le bord %1 « %2 » dans « %3 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a longitude (-180 to 180)</source>
        <translation>le bord %1 %2 n’est pas une longitude (de -180 à 180)</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a latitude (-90 to 90)</source>
        <translation>le bord %1 %2 n’est pas une latitude (de -90 à 90)</translation>
    </message>
    <message>
        <source>the south edge %1 must be below the north edge %2</source>
        <translation>le bord sud %1 doit être sous le bord nord %2</translation>
    </message>
    <message>
        <source>the west and east edges are the same (%1): the box has no width</source>
        <translation>les bords ouest et est sont identiques (%1) : le rectangle n’a pas de largeur</translation>
    </message>
</context>
<context>
    <name>dalil::HubAddress</name>
    <message>
        <source>&quot;%1&quot; is not a hub address; expected postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>« %1 » n&apos;est pas une adresse de hub ; attendu postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port &quot;%2&quot; is not a number between 1 and 65535</source>
        <translation>« %1 » : le port « %2 » n&apos;est pas un nombre entre 1 et 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a connection option</source>
        <translation>« %1 » : « %2 » n&apos;est pas une option de connexion</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no host</source>
        <translation>« %1 » : l&apos;adresse ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no database (…/DATABASE at the end)</source>
        <translation>« %1 » : l&apos;adresse ne nomme aucune base (…/DATABASE à la fin)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no user (USER@ before the host)</source>
        <translation>« %1 » : l&apos;adresse ne nomme aucun utilisateur (USER@ avant l&apos;hôte)</translation>
    </message>
</context>
<context>
    <name>dalil::HubClient</name>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql), so Dalil cannot reach a hub</source>
        <translation>le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql), Dalil ne peut donc pas joindre de hub</translation>
    </message>
    <message>
        <source>the hub %1 refused the password of user %2</source>
        <translation>le hub %1 a refusé le mot de passe de l&apos;utilisateur %2</translation>
    </message>
    <message>
        <source>cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try again</source>
        <translation>impossible de joindre le hub %1 (%2) ; le catalogue est inchangé et la prochaine synchronisation réessaiera</translation>
    </message>
    <message>
        <source>the hub server has no database &quot;%1&quot; (%2)</source>
        <translation>le serveur du hub n&apos;a pas de base « %1 » (%2)</translation>
    </message>
    <message>
        <source>cannot open a secure connection to the hub %1: %2 (on a local network without TLS, add ?sslmode=disable to the address)</source>
        <translation>impossible d&apos;ouvrir une connexion sécurisée au hub %1 : %2 (sur un réseau local sans TLS, ajoutez ?sslmode=disable à l&apos;adresse)</translation>
    </message>
    <message>
        <source>the hub %1 refused the change: user %2 may not make it (%3)</source>
        <translation>le hub %1 a refusé la modification : l&apos;utilisateur %2 n&apos;a pas le droit de la faire (%3)</translation>
    </message>
    <message>
        <source>the hub %1 reported: %2</source>
        <translation>le hub %1 a signalé : %2</translation>
    </message>
    <message>
        <source>%1 is already a Dalil hub (format %2); nothing was changed</source>
        <translation>%1 est déjà un hub Dalil (format %2) ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>the hub %1 sent a row of %2 this version of Dalil cannot read</source>
        <translation>le serveur central %1 a envoyé une ligne de %2 que cette version de Dalil ne sait pas lire</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 open the database &quot;%3&quot;; ask the hub&apos;s administrator for access</source>
        <translation>le hub %1 ne permet pas à l&apos;utilisateur %2 d&apos;ouvrir la base « %3 » ; demandez l&apos;accès à l&apos;administrateur du hub</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 sign in (%3); ask the hub&apos;s administrator for access</source>
        <translation>le hub %1 ne permet pas à l&apos;utilisateur %2 de se connecter (%3) ; demandez l&apos;accès à l&apos;administrateur du hub</translation>
    </message>
</context>
<context>
    <name>dalil::HubCommand</name>
    <message>
        <source>set up a PostgreSQL hub and its accounts</source>
        <translation>mettre en place un serveur central PostgreSQL et ses comptes</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--hub URL is required</source>
        <translation>--hub URL est obligatoire</translation>
    </message>
    <message>
        <source>Created a Dalil hub at %1 (catalogue %2)
</source>
        <translation>Hub Dalil créé sur %1 (catalogue %2)
</translation>
    </message>
    <message>
        <source>add-user needs --name, --workspace and --role</source>
        <translation>add-user demande --name, --workspace et --role</translation>
    </message>
    <message>
        <source>--role is editor or reader, not &quot;%1&quot;</source>
        <translation>--role vaut editor ou reader, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hub user name: use 1 to 63 letters, digits, _ . @ -</source>
        <translation>« %1 » ne peut pas être un nom d’utilisateur du hub : utilisez de 1 à 63 lettres, chiffres, _ . @ -</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>%1 is not a Dalil hub yet (run `dalil-cli hub init --hub URL` first)</source>
        <translation>%1 n’est pas encore un hub Dalil (lancez d’abord `dalil-cli hub init --hub URL`)</translation>
    </message>
    <message>
        <source>Password (give it to %1; it is not shown again): %2
</source>
        <translation>Mot de passe (à donner à %1 ; il ne sera plus affiché) : %2
</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (init or add-user)</source>
        <translation>action inconnue « %1 » (init ou add-user)</translation>
    </message>
    <message>
        <source>Added editor &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>Éditeur « %1 » ajouté pour l’espace de travail « %2 » sur %3
</translation>
    </message>
    <message>
        <source>Added reader &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>Lecteur « %1 » ajouté pour l’espace de travail « %2 » sur %3
</translation>
    </message>
</context>
<context>
    <name>dalil::ImportCommand</name>
    <message>
        <source>import organisations, offices and contacts from a spreadsheet or file</source>
        <translation>importer des organisations, bureaux et contacts depuis un tableur ou un fichier</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, hxl, json, vcf or geojson</source>
        <translation>--format accepte csv, xlsx, hxl, json, vcf ou geojson</translation>
    </message>
    <message>
        <source>--rejected needs a file path</source>
        <translation>--rejected demande un chemin de fichier</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1256</source>
        <translation>--encoding demande un nom d’encodage, par exemple windows-1256</translation>
    </message>
    <message>
        <source>--sheet needs a sheet name</source>
        <translation>--sheet demande un nom de feuille</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>expected: import %1</source>
        <translation>attendu : import %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>rejected rows and their reasons: %1</source>
        <translation>lignes refusées et leurs motifs : %1</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>essai à blanc : rien n’a été écrit</translation>
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
            <numerusform>%1 : %n ligne lue (%2).</numerusform>
            <numerusform>%1 : %n lignes lues (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rejected.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle organisation</numerusform>
            <numerusform>%n nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) updated</source>
        <translation>
            <numerusform>%n organisation mise à jour</numerusform>
            <numerusform>%n organisations mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) unchanged</source>
        <translation>
            <numerusform>%n organisation inchangée</numerusform>
            <numerusform>%n organisations inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) added</source>
        <translation>
            <numerusform>%n bureau ajouté</numerusform>
            <numerusform>%n bureaux ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact ajouté</numerusform>
            <numerusform>%n contacts ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>imported: %1.</source>
        <translation>importé : %1.</translation>
    </message>
    <message>
        <source>would import: %1.</source>
        <translation>importerait : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found.</source>
        <extracomment>Followed by &quot;%n row(s) have errors; nothing was imported …&quot; on the same line.</extracomment>
        <translation>
            <numerusform>%1 : %n erreur trouvée.</numerusform>
            <numerusform>%1 : %n erreurs trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported (fix them, or use --valid-rows-only to import the other rows).</source>
        <translation>
            <numerusform>%n ligne contient des erreurs ; rien n’a été importé (corrigez-les, ou utilisez --valid-rows-only pour importer les autres lignes).</numerusform>
            <numerusform>%n lignes contiennent des erreurs ; rien n’a été importé (corrigez-les, ou utilisez --valid-rows-only pour importer les autres lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportDialog</name>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: Excel, CSV, HXL 3W sheet, vCard, GeoJSON or JSON</source>
        <translation>Choisissez un tableur : Excel, CSV, tableau HXL 3W, vCard, GeoJSON ou JSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>HXL hashtag</source>
        <translation>Hashtag HXL</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Import &amp;the good rows even if others have errors</source>
        <translation>&amp;Importer les lignes correctes même si d’autres ont des erreurs</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>&amp;Vérifier seulement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel &amp;import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>Tableurs et fichiers de contacts (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows below, or import the good rows only.</source>
        <translation>Rien n’a été importé : corrigez les lignes ci-dessous, ou n’importez que les lignes correctes.</translation>
    </message>
    <message>
        <source>The refused rows and their reasons are in %1</source>
        <translation>Les lignes refusées et leurs raisons sont dans %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>Dans le catalogue</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;importation</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Comparer et fusionner…</translation>
    </message>
    <message>
        <source>same Dalil id</source>
        <translation>même identifiant Dalil</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>même numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <source>same name in the same country</source>
        <translation>même nom dans le même pays</translation>
    </message>
    <message>
        <source>similar name in the same city</source>
        <translation>nom proche dans la même ville</translation>
    </message>
    <message>
        <source>Updates the catalogue&apos;s record</source>
        <translation>Met à jour la fiche du catalogue</translation>
    </message>
    <message>
        <source>Adds a new organisation</source>
        <translation>Ajoute une nouvelle organisation</translation>
    </message>
    <message>
        <source>Adds a new organisation (your choice)</source>
        <translation>Ajoute une nouvelle organisation (votre choix)</translation>
    </message>
    <message>
        <source>Merged into the catalogue&apos;s record as you chose</source>
        <translation>Fusionnée dans la fiche du catalogue selon vos choix</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking before importing…</source>
        <translation>Vérification avant l’import…</translation>
    </message>
    <message>
        <source>Imported; making the new organisations searchable…</source>
        <translation>Importé ; les nouvelles organisations sont rendues consultables par la recherche…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading cancelled: no file is open.</source>
        <translation>Lecture annulée : aucun fichier n’est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln ligne lue.</numerusform>
            <numerusform>%Ln lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them refused.</source>
        <translation>
            <numerusform>%Ln ligne refusée.</numerusform>
            <numerusform>%Ln lignes refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln nouvelle organisation</numerusform>
            <numerusform>%Ln nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organisation mise à jour</numerusform>
            <numerusform>%Ln organisations mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) unchanged</source>
        <translation>
            <numerusform>%Ln organisation inchangée</numerusform>
            <numerusform>%Ln organisations inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s) added</source>
        <translation>
            <numerusform>%Ln bureau ajouté</numerusform>
            <numerusform>%Ln bureaux ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) added</source>
        <translation>
            <numerusform>%Ln contact ajouté</numerusform>
            <numerusform>%Ln contacts ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Would import: %1.</source>
        <translation>Serait importé : %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rows and columns of a table (its format)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, text in %3)</source>
        <comment>rows and columns of a table (its format, its encoding)</comment>
        <translation>%1 (%2, texte en %3)</translation>
    </message>
</context>
<context>
    <name>dalil::ImportField</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Dalil id</source>
        <translation>Identifiant Dalil</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Countries of operation</source>
        <translation>Pays d&apos;intervention</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>Description en arabe</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description en anglais</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Année de fondation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Registration identifier</source>
        <translation>Identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Governorate / region</source>
        <translation>Gouvernorat / région</translation>
    </message>
    <message>
        <source>Governorate / region P-code</source>
        <translation>P-code du gouvernorat / de la région</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>District P-code</source>
        <translation>P-code du district</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Coordonnées (latitude, longitude)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Contact privé</translation>
    </message>
</context>
<context>
    <name>dalil::ImportIssue</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, feuille « %2 »</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, enregistrement %2</translation>
    </message>
    <message>
        <source>%1, card %2</source>
        <translation>%1, carte %2</translation>
    </message>
    <message>
        <source>%1, feature %2</source>
        <translation>%1, entité %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, column “%2”</source>
        <translation>%1, colonne « %2 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more rows)</source>
        <translation>
            <numerusform>%1 (et %n autre ligne)</numerusform>
            <numerusform>%1 (et %n autres lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportJob</name>
    <message>
        <source>the file holds no rows to import</source>
        <translation>le fichier ne contient aucune ligne à importer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no column names the organisation (a header such as “Organisation”, “اسم المنظمة” or “Nom”, or the HXL hashtag #org)</source>
        <translation>aucune colonne ne nomme l&apos;organisation (un en-tête comme « Organisation », « اسم المنظمة » ou « Nom », ou le hashtag HXL #org)</translation>
    </message>
    <message>
        <source>this sheet is skipped: %1</source>
        <translation>cette feuille est ignorée : %1</translation>
    </message>
    <message>
        <source>%1: the catalogue refused the import, nothing was written (%2)</source>
        <translation>%1 : le catalogue a refusé l&apos;import, rien n&apos;a été écrit (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>imported, but the search index could not be rebuilt yet (%1); it will be rebuilt at the next search</source>
        <translation>importé, mais l’index de recherche n’a pas encore pu être reconstruit (%1) ; il le sera à la prochaine recherche</translation>
    </message>
</context>
<context>
    <name>dalil::InitCommand</name>
    <message>
        <source>create an empty catalogue (or, with --sample, the sample catalogue)</source>
        <translation>créer un catalogue vide (ou, avec --sample, le catalogue d’exemple)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>%1: already exists; the sample is only written to a new file</source>
        <translation>%1 : existe déjà ; l’exemple n’est écrit que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Created the sample catalogue at %1</source>
        <translation>Catalogue d’exemple créé dans %1</translation>
    </message>
    <message>
        <source>Catalogue is ready at %1</source>
        <translation>Le catalogue est prêt dans %1</translation>
    </message>
    <message>
        <source>Created an empty catalogue at %1</source>
        <translation>Catalogue vide créé dans %1</translation>
    </message>
</context>
<context>
    <name>dalil::JsonReader</name>
    <message>
        <source>this record is not an object</source>
        <translation>cet enregistrement n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>not GeoJSON: no FeatureCollection or Feature at the top</source>
        <translation>pas du GeoJSON : aucune FeatureCollection ni Feature au premier niveau</translation>
    </message>
    <message>
        <source>only points are imported (offices); this feature is a %1</source>
        <translation>seuls les points sont importés (bureaux) ; cette entité est un %1</translation>
    </message>
</context>
<context>
    <name>dalil::LibMinizip</name>
    <message>
        <source>the library that unpacks Excel workbooks could not be loaded (%1); install the Debian package libminizip1 to import .xlsx files</source>
        <translation>la bibliothèque qui décompresse les classeurs Excel n’a pas pu être chargée (%1) ; installez le paquet Debian libminizip1 pour importer des fichiers .xlsx</translation>
    </message>
</context>
<context>
    <name>dalil::LibPq</name>
    <message>
        <source>the PostgreSQL client library could not be loaded (%1); install the Debian package libpq5 to reach a hub</source>
        <translation>la bibliothèque cliente PostgreSQL n’a pas pu être chargée (%1) ; installez le paquet Debian libpq5 pour joindre un hub</translation>
    </message>
</context>
<context>
    <name>dalil::LibXlsxWriter</name>
    <message>
        <source>the Excel writing library could not be loaded (%1); install the Debian package libxlsxwriter4 to export .xlsx files</source>
        <translation>la bibliothèque d’écriture Excel n’a pas pu être chargée (%1) ; installez le paquet Debian libxlsxwriter4 pour exporter des fichiers .xlsx</translation>
    </message>
</context>
<context>
    <name>dalil::LoadingPage</name>
    <message>
        <source>Search organisations by name, acronym… (Ctrl+F)</source>
        <translation>Rechercher des organisations par nom, sigle… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>dalil::MainWindow</name>
    <message>
        <source>Dalil — directory of civil society</source>
        <translation>Dalil — annuaire de la société civile</translation>
    </message>
    <message>
        <source>This is the sample catalogue: real organisations from public sources, for trying Dalil.</source>
        <translation>Ceci est le catalogue d&apos;exemple : de vraies organisations issues de sources publiques, pour essayer Dalil.</translation>
    </message>
    <message>
        <source>Sample catalogue notice</source>
        <translation>Avis sur le catalogue d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>F&amp;inancement</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>Rés&amp;eaux</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find organisations</source>
        <translation>Re&amp;chercher des organisations</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Modifier l&apos;organisation…</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Supprimer l&apos;organisation…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits (٠١٢٣)</source>
        <translation>Chiffres &amp;arabes orientaux (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>Afficher les dates &amp;hégiriennes</translation>
    </message>
    <message>
        <source>&amp;Time zone…</source>
        <translation>&amp;Fuseau horaire…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Dalil</source>
        <translation>&amp;À propos de Dalil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Show deadlines and sessions in:</source>
        <translation>&amp;Afficher les dates limites et les sessions dans :</translation>
    </message>
    <message>
        <source>About Dalil</source>
        <translation>À propos de Dalil</translation>
    </message>
    <message>
        <source>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</source>
        <translation>Dalil %1 : un annuaire et une carte de collaboration hors ligne de la société civile au Moyen-Orient et en Afrique du Nord.</translation>
    </message>
    <message>
        <source>the sample catalogue</source>
        <translation>le catalogue d’exemple</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapErrorNotice</name>
    <message>
        <source>Map error</source>
        <translation>Erreur de la carte</translation>
    </message>
    <message>
        <source>The offices could not be read for the map. %1</source>
        <translation>Les bureaux n’ont pas pu être lus pour la carte. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the offices for the map again</source>
        <translation>Relire les bureaux pour la carte</translation>
    </message>
</context>
<context>
    <name>dalil::MapHighlightNotice</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the highlight and show the normal map</source>
        <translation>Retirer la mise en évidence et revenir à la carte normale</translation>
    </message>
</context>
<context>
    <name>dalil::MapOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not a two-letter ISO 3166-1 code such as LB</source>
        <translation>--country : « %1 » n’est pas un code ISO 3166-1 à deux lettres comme LB</translation>
    </message>
    <message>
        <source>--near &quot;%1&quot; is not LAT,LON,KM (e.g. 33.89,35.50,25)</source>
        <translation>--near « %1 » n’est pas LAT,LON,KM (par exemple 33.89,35.50,25)</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not one of ar, en, fr</source>
        <translation>--language : « %1 » n’est pas ar, en ou fr</translation>
    </message>
</context>
<context>
    <name>dalil::MapReader</name>
    <message>
        <source>The catalogue %1 could not be opened.</source>
        <translation>Le catalogue %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <comment>the catalogue&apos;s file name: what went wrong</comment>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>dalil::MapRenderer</name>
    <message>
        <source>Made with Natural Earth</source>
        <translation>Réalisé avec Natural Earth</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>attribution of the basemap | of the tiles</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands, on a cluster badge</comment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>Organisations per country</source>
        <translation>Organisations par pays</translation>
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
        <translation>&amp;Tuiles de carte…</translation>
    </message>
    <message>
        <source>Map tiles are off: %1</source>
        <translation>Les tuiles de carte sont désactivées : %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapTilesDialog</name>
    <message>
        <source>Map tiles</source>
        <translation>Tuiles de carte</translation>
    </message>
    <message>
        <source>The map always works without a connection. Tiles add streets and terrain under the markers.</source>
        <translation>La carte fonctionne toujours sans connexion. Les tuiles ajoutent les rues et le relief sous les marqueurs.</translation>
    </message>
    <message>
        <source>&amp;No tiles: the offline map only</source>
        <translation>&amp;Pas de tuiles : la carte hors ligne seulement</translation>
    </message>
    <message>
        <source>&amp;Online tiles from a tile server</source>
        <translation>Tuiles en &amp;ligne depuis un serveur de tuiles</translation>
    </message>
    <message>
        <source>A map &amp;file (MBTiles) on this computer</source>
        <translation>Un &amp;fichier de carte (MBTiles) sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Address template:</source>
        <translation>&amp;Modèle d’adresse :</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>&amp;Attribution :</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>Fichier de cache :</translation>
    </message>
    <message>
        <source>&amp;MBTiles file:</source>
        <translation>F&amp;ichier MBTiles :</translation>
    </message>
    <message>
        <source>Only the tiles the map shows are downloaded, and each is kept in the cache for as long as the server allows. Respect the tile server&apos;s usage policy.</source>
        <translation>Seules les tuiles affichées par la carte sont téléchargées, et chacune reste en cache aussi longtemps que le serveur le permet. Respectez la politique d’utilisation du serveur de tuiles.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Tile servers require their attribution on the map: please fill it in.</source>
        <translation>Les serveurs de tuiles exigent leur attribution sur la carte : veuillez la renseigner.</translation>
    </message>
    <message>
        <source>Choose the MBTiles file to use as the basemap.</source>
        <translation>Choisissez le fichier MBTiles à utiliser comme fond de carte.</translation>
    </message>
    <message>
        <source>Cache file for map tiles</source>
        <translation>Fichier de cache des tuiles de carte</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>Fichiers MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>Fichier de carte</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Fichiers MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Zoom levels:</source>
        <translation>&amp;Niveaux de zoom :</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the lowest and the highest zoom level: &quot;from 0 to 19&quot;.</extracomment>
        <translation>à</translation>
    </message>
    <message>
        <source>Lowest zoom level</source>
        <translation>Niveau de zoom le plus bas</translation>
    </message>
    <message>
        <source>Highest zoom level</source>
        <translation>Niveau de zoom le plus haut</translation>
    </message>
    <message>
        <source>Enter the address of the tile server, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>Saisissez l’adresse du serveur de tuiles, par exemple https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The address must contain %1, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>L’adresse doit contenir %1, par exemple https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://</source>
        <translation>L’adresse doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>The lowest zoom level (%1) must not be above the highest (%2).</source>
        <translation>Le niveau de zoom le plus bas (%1) ne doit pas dépasser le plus haut (%2).</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à %1.</translation>
    </message>
</context>
<context>
    <name>dalil::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Visible area</source>
        <translation>Zone visible</translation>
    </message>
    <message>
        <source>Limit the results to the area the map shows</source>
        <translation>Limiter les résultats à la zone affichée par la carte</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Draw a rectangle on the map to limit the results to it</source>
        <translation>Tracez un rectangle sur la carte pour y limiter les résultats</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Drag from a point to limit the results to a distance around it</source>
        <translation>Faites glisser depuis un point pour limiter les résultats à une distance autour de lui</translation>
    </message>
    <message>
        <source>Clear area</source>
        <translation>Effacer la zone</translation>
    </message>
    <message>
        <source>Show results everywhere again</source>
        <translation>Afficher de nouveau les résultats partout</translation>
    </message>
    <message>
        <source>Placing offices on the map…</source>
        <translation>Placement des bureaux sur la carte…</translation>
    </message>
    <message numerus="yes">
        <source>%n offices here</source>
        <translation>
            <numerusform>%n bureau ici</numerusform>
            <numerusform>%n bureaux ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move the map, + and − zoom, N and Shift+N go from marker to marker, Enter opens the marker or cluster.</source>
        <translation>Les flèches déplacent la carte, + et − zooment, N et Maj+N vont d’un repère à l’autre, Entrée ouvre le repère ou le groupe.</translation>
    </message>
</context>
<context>
    <name>dalil::MbtilesCache</name>
    <message>
        <source>%1 cannot be used as map tiles: %2. It was not opened; the map keeps its built-in basemap.</source>
        <translation>%1 ne peut pas servir de tuiles de carte : %2. Il n’a pas été ouvert ; la carte garde son fond intégré.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>its tiles are not pictures Dalil can show (vector tiles are not supported)</source>
        <translation>ses tuiles ne sont pas des images que Dalil sait afficher (les tuiles vectorielles ne sont pas prises en charge)</translation>
    </message>
    <message>
        <source>it is not an MBTiles file (it has no tiles or metadata table)</source>
        <translation>ce n’est pas un fichier MBTiles (il n’a pas de table tiles ou metadata)</translation>
    </message>
    <message>
        <source>the file is damaged or is not an MBTiles (SQLite) file</source>
        <translation>le fichier est endommagé ou n’est pas un fichier MBTiles (SQLite)</translation>
    </message>
</context>
<context>
    <name>dalil::MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Merge with the catalogue&apos;s record</source>
        <translation>Fusionner avec la fiche du catalogue</translation>
    </message>
    <message>
        <source>Choose, field by field, what the catalogue keeps. Where only one side has a value it is kept.</source>
        <translation>Choisissez, champ par champ, ce que garde le catalogue. Quand un seul côté a une valeur, elle est gardée.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>Dans le catalogue</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>The catalogue&apos;s</source>
        <translation>Celle du catalogue</translation>
    </message>
    <message>
        <source>The file&apos;s</source>
        <translation>Celle du fichier</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep apart (import as new)</source>
        <translation>Garder à part (importer comme nouvelle)</translation>
    </message>
</context>
<context>
    <name>dalil::NetworksView</name>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>joint advocacy</source>
        <translation>plaidoyer commun</translation>
    </message>
    <message>
        <source>memorandum of understanding</source>
        <translation>protocole d&apos;accord</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>fondateur</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation>affilié</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>co-organisateur</translation>
    </message>
    <message>
        <source>joint session</source>
        <translation>session commune</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>Networks &amp;and alliances</source>
        <translation>Ré&amp;seaux et alliances</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Partners of the chosen member</source>
        <translation>Partenaires &amp;du membre choisi</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln member(s))</source>
        <translation>
            <numerusform>%1 (%Ln membre)</numerusform>
            <numerusform>%1 (%Ln membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No partnerships recorded</source>
        <translation>Aucun partenariat enregistré</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Afficher sur la &amp;carte</translation>
    </message>
    <message>
        <source>Highlight the members of the chosen network on the map (%1)</source>
        <translation>Mettre en évidence les membres du réseau choisi sur la carte (%1)</translation>
    </message>
    <message>
        <source>Show the members on the map</source>
        <translation>Afficher les membres sur la carte</translation>
    </message>
</context>
<context>
    <name>dalil::OfficeMap</name>
    <message>
        <source>Map of the offices</source>
        <translation>Carte des bureaux</translation>
    </message>
    <message>
        <source>Arrow keys go from office to office; Enter shows the office on the main map.</source>
        <translation>Les flèches passent d’un bureau à l’autre ; Entrée montre le bureau sur la carte principale.</translation>
    </message>
</context>
<context>
    <name>dalil::OnlineTileSource</name>
    <message>
        <source>the tile address must contain %1 (e.g. https://tile.example.org/{z}/{x}/{y}.png)</source>
        <translation>l’adresse des tuiles doit contenir %1 (par ex. https://tile.example.org/{z}/{x}/{y}.png)</translation>
    </message>
    <message>
        <source>the tile address must start with https:// or http://</source>
        <translation>l’adresse des tuiles doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>the server sent something that is not a picture</source>
        <translation>le serveur a envoyé autre chose qu’une image</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>dalil::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>The catalogue could not be searched: %1</source>
        <translation>Le catalogue n’a pas pu être interrogé : %1</translation>
    </message>
</context>
<context>
    <name>dalil::PdfDirectoryWriter</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Dalil. Private contacts are left out unless the exporter chose to include them.</source>
        <translation>Réalisé avec Dalil. Les contacts privés sont omis sauf si la personne qui exporte a choisi de les inclure.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>%1: a PDF needs the graphical part of Qt (fonts); run it from Dalil or dalil-cli</source>
        <translation>%1 : un PDF a besoin de la partie graphique de Qt (polices) ; lancez-le depuis Dalil ou dalil-cli</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1 : ne peut pas être écrit</translation>
    </message>
</context>
<context>
    <name>dalil::Plugins</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 n’est pas installé (cherché dans %2)</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n’a pas pu être chargé : %2</translation>
    </message>
</context>
<context>
    <name>dalil::ProfileView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit this organisation (F2)</source>
        <translation>Modifier cette organisation (F2)</translation>
    </message>
    <message>
        <source>&amp;Add office…</source>
        <translation>Ajouter &amp;un bureau…</translation>
    </message>
    <message>
        <source>Add contact &amp;person…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Choose an organisation in the list to see its profile.</source>
        <translation>Choisissez une organisation dans la liste pour voir sa fiche.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Secteurs : %1</translation>
    </message>
    <message>
        <source>Works in: %1</source>
        <translation>Intervient en : %1</translation>
    </message>
    <message>
        <source>Founded: %1</source>
        <translation>Fondée en : %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Offices (%1)</source>
        <translation>Bureaux (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit office</source>
        <translation>Modifier le bureau</translation>
    </message>
    <message>
        <source>Delete this office?</source>
        <translation>Supprimer ce bureau ?</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Supprimer le bureau</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>(private)</source>
        <translation>(privé)</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Supprimer ce contact ?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>%1 You can undo it with Edit ▸ Undo.</source>
        <translation>%1 Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete %1 with its offices, contacts and links? You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer %1 avec ses bureaux, contacts et liens ? Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Profile of the chosen organisation</source>
        <translation>Profil de l’organisation choisie</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Modifier le bureau %1</translation>
    </message>
    <message>
        <source>Delete office %1</source>
        <translation>Supprimer le bureau %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Modifier le contact %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Supprimer le contact %1</translation>
    </message>
    <message>
        <source>No office location is on record.</source>
        <translation>Aucun emplacement de bureau n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>dalil::RecordBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the row names no organisation (its name column is empty)</source>
        <translation>la ligne ne nomme aucune organisation (sa colonne de nom est vide)</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3” but different ids (%4, %5): they are imported as two organisations</source>
        <translation>les lignes %1 et les lignes %2 ont le même numéro d’enregistrement « %3 » mais des identifiants différents (%4, %5) : elles sont importées comme deux organisations</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3”: they are one organisation and are imported as one</source>
        <translation>les lignes %1 et les lignes %2 ont le même numéro d’enregistrement « %3 » : elles décrivent une seule organisation, importée une seule fois</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another id (%4, %5): they are imported as two organisations</source>
        <translation>« %1 » a le même nom que « %2 » à la ligne %3, dans le même pays, mais un autre identifiant (%4, %5) : elles sont importées comme deux organisations</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another registration identifier (%4, %5): they are imported as two organisations</source>
        <translation>« %1 » a le même nom que « %2 » à la ligne %3, dans le même pays, mais un autre numéro d’enregistrement (%4, %5) : elles sont importées comme deux organisations</translation>
    </message>
    <message>
        <source>“%1” is the same organisation as “%2” on row %3 (the same name, in the same country): the rows are imported as one organisation</source>
        <translation>« %1 » est la même organisation que « %2 » à la ligne %3 (même nom, même pays) : les lignes sont importées comme une seule organisation</translation>
    </message>
</context>
<context>
    <name>dalil::RecordEditDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>&amp;Pick the point on the map</source>
        <translation>&amp;Choisir le point sur la carte</translation>
    </message>
    <message>
        <source>Then click the office&apos;s place on the map; Esc cancels</source>
        <translation>Puis cliquez sur l’emplacement du bureau sur la carte ; Échap annule</translation>
    </message>
    <message>
        <source>Map to pick the office&apos;s place</source>
        <translation>Carte pour choisir l’emplacement du bureau</translation>
    </message>
    <message>
        <source>Click the office&apos;s place on the map (drag to move the map, Esc to cancel).</source>
        <translation>Cliquez sur l’emplacement du bureau sur la carte (faites glisser pour déplacer la carte, Échap pour annuler).</translation>
    </message>
</context>
<context>
    <name>dalil::RecordForm</name>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Sectors (codes, comma-separated)</source>
        <translation>Secteurs (codes séparés par des virgules)</translation>
    </message>
    <message>
        <source>Countries (codes such as EG, JO)</source>
        <translation>Pays (codes comme EG, JO)</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>Description en arabe</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description en anglais</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>Fondée en (année)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Registration identifier</source>
        <translation>Identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Languages (codes such as ar, en)</source>
        <translation>Langues (codes comme ar, en)</translation>
    </message>
    <message>
        <source>Country (code such as LB)</source>
        <translation>Pays (code comme LB)</translation>
    </message>
    <message>
        <source>Governorate or region</source>
        <translation>Gouvernorat ou région</translation>
    </message>
    <message>
        <source>Region P-code</source>
        <translation>P-code de la région</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>District P-code</source>
        <translation>P-code du district</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phone numbers (international, +20…)</source>
        <translation>Numéros de téléphone (internationaux, +20…)</translation>
    </message>
    <message>
        <source>Private (never leaves this computer)</source>
        <translation>Privé (ne quitte jamais cet ordinateur)</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Titre en arabe</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>Currency (such as USD)</source>
        <translation>Devise (comme USD)</translation>
    </message>
    <message>
        <source>Deadline (local date and time)</source>
        <translation>Date limite (date et heure locales)</translation>
    </message>
    <message>
        <source>Time zone of the deadline</source>
        <translation>Fuseau horaire de la date limite</translation>
    </message>
    <message>
        <source>Who may apply (type codes)</source>
        <translation>Qui peut postuler (codes de type)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Summary in Arabic</source>
        <translation>Résumé en arabe</translation>
    </message>
    <message>
        <source>Summary in English</source>
        <translation>Résumé en anglais</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>An organisation with this name is already in the catalogue: %1</source>
        <translation>Une organisation portant ce nom figure déjà dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Ends (time at the event)</source>
        <translation>Fin (heure du lieu de l&apos;événement)</translation>
    </message>
    <message>
        <source>Starts (time at the event)</source>
        <translation>Début (heure du lieu de l&apos;événement)</translation>
    </message>
    <message>
        <source>%1: %2 happens twice in %3, as the clocks go back; the first (%4) is kept, type %5 for the second.</source>
        <translation>%1 : %2 a lieu deux fois dans le fuseau %3, car les horloges reculent ; la première (%4) est retenue, tapez %5 pour la seconde.</translation>
    </message>
</context>
<context>
    <name>dalil::RecordTable</name>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; cannot be edited</source>
        <translation>le champ « %1 » ne peut pas être modifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (field %2)</source>
        <translation>« %1 » n&apos;est pas un nombre entier (champ %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (field %2)</source>
        <translation>« %1 » n&apos;est pas un nombre (champ %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false (field %2)</source>
        <translation>« %1 » n&apos;est ni vrai ni faux (champ %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON list (field %2)</source>
        <translation>« %1 » n&apos;est pas une liste JSON (champ %2)</translation>
    </message>
    <message>
        <source>the list for field %1 must hold text items</source>
        <translation>la liste du champ %1 doit contenir du texte</translation>
    </message>
</context>
<context>
    <name>dalil::RenderMapCommand</name>
    <message>
        <source>draw the map of a box to a PNG file</source>
        <translation>dessiner la carte d’une zone dans un fichier PNG</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>--size demande LARGEURxHAUTEUR, par exemple 1200x800</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>--size « %1 » n’est pas LARGEURxHAUTEUR, par exemple 1200x800</translation>
    </message>
    <message>
        <source>--size %1: each side must be 16 to 10000 pixels</source>
        <translation>--size %1 : chaque côté doit faire de 16 à 10000 pixels</translation>
    </message>
    <message>
        <source>--out needs a file name ending in .png</source>
        <translation>--out demande un nom de fichier terminé par .png</translation>
    </message>
    <message>
        <source>--select needs an organisation id</source>
        <translation>--select demande un identifiant d’organisation</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>--bbox, --size and --out are required</source>
        <translation>--bbox, --size et --out sont obligatoires</translation>
    </message>
    <message>
        <source>--out %1: the picture is written as PNG; name it .png</source>
        <translation>--out %1 : l’image est écrite en PNG ; nommez-la .png</translation>
    </message>
    <message>
        <source>render-map needs the graphical libraries (run dalil-cli as built)</source>
        <translation>render-map a besoin des bibliothèques graphiques (lancez dalil-cli tel qu’il a été construit)</translation>
    </message>
    <message>
        <source>%1: cannot write the picture (%2)</source>
        <translation>%1 : impossible d’écrire l’image (%2)</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels, zoom %4, %5 %6</source>
        <comment>offices of organisations</comment>
        <translation>%1 : %2×%3 pixels, zoom %4, %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s)</source>
        <translation>
            <numerusform>%Ln bureau</numerusform>
            <numerusform>%Ln bureaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln organisation(s)</source>
        <translation>
            <numerusform>de %Ln organisation</numerusform>
            <numerusform>de %Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ResourcesView</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ligne directrice</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>This resource has no local copy yet: use “Keep a local copy…”.</source>
        <translation>Cette ressource n&apos;a pas encore de copie locale : utilisez « Garder une copie locale… ».</translation>
    </message>
    <message>
        <source>Choose a resource in the list first.</source>
        <translation>Choisissez d&apos;abord une ressource dans la liste.</translation>
    </message>
    <message>
        <source>Keep a local copy</source>
        <translation>Garder une copie locale</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>A local copy is kept for reading offline.</source>
        <translation>Une copie locale est gardée pour la lecture hors ligne.</translation>
    </message>
    <message>
        <source>The local copy could not be kept: %1</source>
        <translation>La copie locale n&apos;a pas pu être gardée : %1</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Filter resources by title</source>
        <translation>Filtrer les ressources par titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>O&amp;pen link</source>
        <translation>Ouvrir &amp;le lien</translation>
    </message>
    <message>
        <source>Open local &amp;copy</source>
        <translation>O&amp;uvrir la copie locale</translation>
    </message>
    <message>
        <source>&amp;Keep a local copy…</source>
        <translation>&amp;Garder une copie locale…</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Delete %1 from the library? You can undo it with Edit ▸ Undo.</source>
        <translation>Supprimer %1 de la bibliothèque ? Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>The resource could not be deleted: %1</source>
        <translation>La ressource n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>This resource has no local copy.</source>
        <translation>Cette ressource n’a pas de copie locale.</translation>
    </message>
    <message>
        <source>Remove local copy</source>
        <translation>Retirer la copie locale</translation>
    </message>
    <message>
        <source>Remove the local copy of %1 from this computer? The link stays. You can undo it with Edit ▸ Undo.</source>
        <translation>Retirer de cet ordinateur la copie locale de %1 ? Le lien reste. Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Remove the local copy of %1</source>
        <translation>Retirer la copie locale de %1</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>La copie locale a été retirée.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>La copie locale n’a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>Re&amp;move local copy…</source>
        <translation>Retirer la &amp;copie locale…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>dalil::SampleCatalogue</name>
    <message>
        <source>%1: could not be written</source>
        <translation>%1 : n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: the folder %2 could not be created</source>
        <translation>%1 : le dossier %2 n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>dalil::SaveAfterSync</name>
    <message>
        <source>The catalogue is receiving its first download from the hub and cannot be changed until it ends. Your change is kept in this form and will be saved by itself as soon as the download is over.</source>
        <translation>Le catalogue reçoit son premier téléchargement depuis le hub et ne peut pas être modifié avant la fin. Votre modification est conservée dans ce formulaire et sera enregistrée d’elle-même dès la fin du téléchargement.</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Your change is not saved yet: it waits for the first download from the hub to end and will be saved by itself then. Discard your unsaved change?</source>
        <translation>Votre modification n’est pas encore enregistrée : elle attend la fin du premier téléchargement depuis le hub et sera alors enregistrée d’elle-même. Abandonner votre modification non enregistrée ?</translation>
    </message>
    <message>
        <source>Your change is not saved yet: another program is writing to the catalogue, and Dalil saves your change as soon as it has finished. Discard your unsaved change?</source>
        <translation>Votre modification n’est pas encore enregistrée : un autre programme écrit dans le catalogue, et Dalil enregistre votre modification dès qu’il a fini. Abandonner votre modification non enregistrée ?</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: it waits for the first download from the hub to end. Wait for the download and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>Une modification que vous avez faite n’est pas encore enregistrée : elle attend la fin du premier téléchargement depuis le hub. Attendre le téléchargement et quitter une fois la modification enregistrée, continuer la saisie, ou abandonner la modification et quitter ?</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: another program is writing to the catalogue. Wait and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>Une modification que vous avez faite n’est pas encore enregistrée : un autre programme écrit dans le catalogue. Attendre et quitter une fois la modification enregistrée, continuer la saisie, ou abandonner la modification et quitter ?</translation>
    </message>
    <message>
        <source>Another program is writing to the catalogue (an import, a sync or another Dalil window), so your change cannot be saved yet. It is kept in this form and saved by itself as soon as that program has finished.</source>
        <translation>Un autre programme écrit dans le catalogue (une importation, une synchronisation ou une autre fenêtre de Dalil) : votre modification ne peut pas encore être enregistrée. Elle est conservée dans ce formulaire et sera enregistrée d’elle-même dès que ce programme aura fini.</translation>
    </message>
    <message>
        <source>Your change could not be saved: another program has been writing to the catalogue for %1 seconds (an import, a sync or another Dalil window). Your change is still in this form: wait for that program to finish or close it, then press Save again.</source>
        <translation>Votre modification n’a pas pu être enregistrée : un autre programme écrit dans le catalogue depuis %1 secondes (une importation, une synchronisation ou une autre fenêtre de Dalil). Votre modification est toujours dans ce formulaire : attendez que ce programme ait fini ou fermez-le, puis appuyez de nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Discard the change</source>
        <translation>&amp;Abandonner la modification</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Continuer d’attendre</translation>
    </message>
    <message>
        <source>&amp;Wait, then quit</source>
        <translation>A&amp;ttendre, puis quitter</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Abandonner et quitter</translation>
    </message>
</context>
<context>
    <name>dalil::SavedSearches</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>une recherche enregistrée doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>dalil::SearchCommand</name>
    <message>
        <source>find organisations, funding, resources and events (Arabic or Latin, typos allowed)</source>
        <translation>trouver organisations, financements, ressources et événements (en arabe ou en latin, fautes de frappe admises)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-12-31</source>
        <translation>%1 : « %2 » n’est pas une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not organisation, funding, resource or event</source>
        <translation>--kind : « %1 » n’est ni organisation, ni funding, ni resource, ni event</translation>
    </message>
    <message>
        <source>--bbox: &quot;%1&quot; is not WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>--bbox : « %1 » n’est pas OUEST,SUD,EST,NORD en degrés</translation>
    </message>
    <message>
        <source>--near: &quot;%1&quot; is not LAT,LON,KM</source>
        <translation>--near : « %1 » n’est pas LAT,LON,KM</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to 1000000</source>
        <translation>%1 demande un nombre entier de 0 à 1000000</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 demande un nom</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2</source>
        <translation>aucune recherche enregistrée nommée « %1 » dans %2</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2 (see search --list-saved)</source>
        <translation>aucune recherche enregistrée nommée « %1 » dans %2 (voir search --list-saved)</translation>
    </message>
    <message>
        <source>Showing results for: %1</source>
        <translation>Résultats pour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine</name>
    <message>
        <source>the search was cancelled</source>
        <translation>la recherche a été annulée</translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine::Impl</name>
    <message>
        <source>the search was cancelled</source>
        <translation>la recherche a été annulée</translation>
    </message>
</context>
<context>
    <name>dalil::SearchQuery</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>genre inconnu « %1 » (organisation, funding, resource ou event)</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResultModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResults</name>
    <message>
        <source>Showing results for %1</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
</context>
<context>
    <name>dalil::ShowCommand</name>
    <message>
        <source>print one record with its offices, contacts, networks and partners</source>
        <translation>afficher un enregistrement avec ses bureaux, contacts, réseaux et partenaires</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>expected: show %1</source>
        <translation>attendu : show %1</translation>
    </message>
</context>
<context>
    <name>dalil::StatsCommand</name>
    <message>
        <source>count what the catalogue holds</source>
        <translation>compter ce que contient le catalogue</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Catalogue: %1 (sample data)</source>
        <translation>Catalogue : %1 (données d’exemple)</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue : %1</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>bureaux</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>adhésions</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partenariats</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financements</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>event_sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>vocabulaire</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>non synchronisés</translation>
    </message>
</context>
<context>
    <name>dalil::SyncCommand</name>
    <message>
        <source>exchange changes with a hub, or through a bundle file</source>
        <translation>échanger les modifications avec un serveur central, ou par un fichier paquet</translation>
    </message>
    <message>
        <source>--hub needs a URL</source>
        <translation>--hub demande une adresse</translation>
    </message>
    <message>
        <source>--bundle-out needs a file</source>
        <translation>--bundle-out demande un fichier</translation>
    </message>
    <message>
        <source>--bundle-in needs a file</source>
        <translation>--bundle-in demande un fichier</translation>
    </message>
    <message>
        <source>--peer needs a name</source>
        <translation>--peer demande un nom</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>give exactly one of --hub, --bundle-out, --bundle-in</source>
        <translation>indiquez un seul de --hub, --bundle-out, --bundle-in</translation>
    </message>
    <message>
        <source>--all goes with --bundle-out</source>
        <translation>--all s’emploie avec --bundle-out</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not sent: the account %1 may only read
</source>
        <translation>
            <numerusform>%n modification locale non envoyée : le compte %1 est en lecture seule
</numerusform>
            <numerusform>%n modifications locales non envoyées : le compte %1 est en lecture seule
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1
</source>
        <translation>
            <numerusform>%n modification écrite dans %1
</numerusform>
            <numerusform>%n modifications écrites dans %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>Synchronisé avec %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nouveau conflit</numerusform>
            <numerusform>%n nouveaux conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) that your account (%1) may not make; they are kept as conflicts</source>
        <translation>
            <numerusform>Le serveur central a refusé %n modification que votre compte (%1) n’a pas le droit de faire ; elle est gardée comme conflit</numerusform>
            <numerusform>Le serveur central a refusé %n modifications que votre compte (%1) n’a pas le droit de faire ; elles sont gardées comme conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importé : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n nouvel enregistrement</numerusform>
            <numerusform>%n nouveaux enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated</source>
        <translation>
            <numerusform>%n enregistrement mis à jour</numerusform>
            <numerusform>%n enregistrements mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) unchanged</source>
        <translation>
            <numerusform>%n enregistrement inchangé</numerusform>
            <numerusform>%n enregistrements inchangés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>&amp;Connexion au serveur central…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Mot de passe du serveur central</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>dalil::SyncEngine</name>
    <message>
        <source>%1 is not a Dalil hub yet (an administrator creates one with `dalil-cli hub init --hub URL`)</source>
        <translation>%1 n&apos;est pas encore un hub Dalil (un administrateur le crée avec `dalil-cli hub init --hub URL`)</translation>
    </message>
    <message>
        <source>the hub %1 uses a newer format (%2) than this version of Dalil understands (%3); update Dalil to sync with it</source>
        <translation>le hub %1 utilise un format plus récent (%2) que celui que comprend cette version de Dalil (%3) ; mettez Dalil à jour pour synchroniser</translation>
    </message>
    <message>
        <source>user %1 has no account on the hub %2 (an administrator adds one with `dalil-cli hub add-user`)</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas de compte sur le hub %2 (un administrateur l&apos;ajoute avec `dalil-cli hub add-user`)</translation>
    </message>
    <message>
        <source>the hub %1 keeps another catalogue (%2) than this one (%3); nothing was exchanged</source>
        <translation>le hub %1 garde un autre catalogue (%2) que celui-ci (%3) ; rien n&apos;a été échangé</translation>
    </message>
    <message>
        <source>the hub accepted the changes but the catalogue could not record it (%1); the next sync will finish the job</source>
        <translation>le hub a accepté les modifications mais le catalogue n&apos;a pas pu l&apos;enregistrer (%1) ; la prochaine synchronisation terminera le travail</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing of this page was kept</source>
        <translation>les modifications du hub n&apos;ont pas pu être appliquées au catalogue (%1) ; rien de cette page n&apos;a été gardé</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing was kept</source>
        <translation>les changements du hub n’ont pas pu être appliqués au catalogue (%1) ; rien n’a été conservé</translation>
    </message>
    <message>
        <source>the sync was stopped; the pages received so far are kept and the next sync goes on from there</source>
        <translation>la synchronisation a été arrêtée ; les pages déjà reçues sont conservées et la prochaine synchronisation reprend à partir de là</translation>
    </message>
    <message>
        <source>the sync was stopped; nothing of the pull was kept and the next sync starts it again</source>
        <translation>la synchronisation a été arrêtée ; rien de la réception n’a été conservé et la prochaine synchronisation la recommence</translation>
    </message>
</context>
<context>
    <name>dalil::SyncSettingsDialog</name>
    <message>
        <source>&amp;Remember the password in the keyring of this computer</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Sync automatically</source>
        <translation>&amp;Synchroniser automatiquement</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Connexion au serveur central</translation>
    </message>
    <message>
        <source>hub.example.org</source>
        <translation>hub.example.org</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked once per session</source>
        <translation>Pas de trousseau sur cet ordinateur : le mot de passe est demandé une fois par session</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Chiffré, certificat du serveur vérifié (recommandé)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (local network)</source>
        <translation>Chiffré, certificat non vérifié (réseau local)</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>Non chiffré (réseau local uniquement)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;erveur</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>Mot &amp;de passe</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
</context>
<context>
    <name>dalil::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last sync failed; will retry</source>
        <translation>La dernière synchronisation a échoué ; nouvel essai prévu</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) to send</source>
        <translation>
            <numerusform>%1 · %n modification à envoyer</numerusform>
            <numerusform>%1 · %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Preparing the new catalogue for search…</source>
        <translation>Préparation du nouveau catalogue pour la recherche…</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %1 of about %Ln change(s) received</source>
        <translation>
            <numerusform>Synchronisation : reçu %1 sur environ %Ln modification</numerusform>
            <numerusform>Synchronisation : reçu %1 sur environ %Ln modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::TableReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Dalil imports at once; split it into smaller files</source>
        <translation>le fichier fait %1, plus que les %2 que Dalil importe en une fois ; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file holds no table</source>
        <translation>le fichier ne contient aucun tableau</translation>
    </message>
    <message>
        <source>the workbook has no sheet with rows to import</source>
        <translation>le classeur n&apos;a aucune feuille avec des lignes à importer</translation>
    </message>
    <message>
        <source>the format “%1” is not one Dalil imports (csv, hxl, xlsx, json, vcf, geojson)</source>
        <translation>le format « %1 » n&apos;est pas importé par Dalil (csv, hxl, xlsx, json, vcf, geojson)</translation>
    </message>
    <message>
        <source>the file holds nothing to import</source>
        <translation>le fichier ne contient rien à importer</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>la lecture a été annulée</translation>
    </message>
    <message>
        <source>%1 but %2; a value may hold an unquoted delimiter</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 mais %2 ; une valeur contient peut-être un séparateur sans guillemets</translation>
    </message>
    <message numerus="yes">
        <source>this row has %Ln value(s)</source>
        <translation>
            <numerusform>cette ligne a %Ln valeur</numerusform>
            <numerusform>cette ligne a %Ln valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header has %Ln column(s)</source>
        <translation>
            <numerusform>l’en-tête a %Ln colonne</numerusform>
            <numerusform>l’en-tête a %Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 but %2; a delimiter or a closing quote may be missing</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 mais %2 ; il manque peut-être un séparateur ou un guillemet fermant</translation>
    </message>
</context>
<context>
    <name>dalil::TextDecoder</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>le fichier n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>le fichier n&apos;est pas du %1 valide</translation>
    </message>
    <message>
        <source>unknown encoding “%1” (use UTF-8, UTF-16LE, UTF-16BE, windows-1256 or ISO-8859-6)</source>
        <translation>encodage inconnu « %1 » (utilisez UTF-8, UTF-16LE, UTF-16BE, windows-1256 ou ISO-8859-6)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>le fichier commence par une marque UTF-8 mais n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 mark but is not valid UTF-16</source>
        <translation>le fichier commence par une marque UTF-16 mais n&apos;est pas en UTF-16 valide</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it holds binary data); save it as “CSV UTF-8” and try again</source>
        <translation>impossible de savoir comment le texte est encodé (il contient des données binaires) ; enregistrez-le en « CSV UTF-8 » et réessayez</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6); save it as “CSV UTF-8” and try again</source>
        <translation>impossible de savoir comment le texte est encodé (ni UTF-8, ni UTF-16, ni Windows-1256, ni ISO-8859-6) ; enregistrez-le en « CSV UTF-8 » et réessayez</translation>
    </message>
</context>
<context>
    <name>dalil::VCardReader</name>
    <message>
        <source>text outside BEGIN:VCARD … END:VCARD; this is not a vCard file</source>
        <translation>du texte hors de BEGIN:VCARD … END:VCARD ; ce n&apos;est pas un fichier vCard</translation>
    </message>
    <message>
        <source>the card has no END:VCARD; the file is cut short</source>
        <translation>la carte n&apos;a pas de END:VCARD ; le fichier est tronqué</translation>
    </message>
</context>
<context>
    <name>dalil::WallClock</name>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-06-09T09:00</source>
        <translation>« %1 » n&apos;est pas une date et une heure comme 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>the time zone is needed to read this time</source>
        <translation>le fuseau horaire est nécessaire pour lire cette heure</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it</source>
        <translation>%1 n&apos;existe pas dans le fuseau %2 : les horloges avancent et sautent cette heure</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx), or the file is damaged or cut short</source>
        <translation>ce n&apos;est pas un classeur Excel (.xlsx), ou le fichier est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>the workbook is damaged (its list of sheets cannot be read)</source>
        <translation>le classeur est endommagé (sa liste de feuilles ne peut pas être lue)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1” (it has: %2)</source>
        <translation>le classeur n&apos;a pas de feuille « %1 » (il a : %2)</translation>
    </message>
    <message>
        <source>the workbook is damaged (its shared texts cannot be read)</source>
        <translation>le classeur est endommagé (ses textes partagés ne peuvent pas être lus)</translation>
    </message>
    <message>
        <source>sheet “%1” has a row number out of range; the workbook is damaged</source>
        <translation>la feuille « %1 » a un numéro de ligne hors limites ; le classeur est endommagé</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell reference out of range; the workbook is damaged</source>
        <translation>la feuille « %1 » a une référence de cellule hors limites ; le classeur est endommagé</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2 points at a text the workbook does not have; it is damaged</source>
        <translation>feuille « %1 », la cellule %2 renvoie à un texte absent du classeur ; il est endommagé</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged (%2)</source>
        <translation>la feuille « %1 » est endommagée (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxSheetWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1 : ne peut pas être écrit</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : ne peut pas être écrit (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::validation</name>
    <message>
        <source>a name in Arabic, English or French is required</source>
        <translation>un nom en arabe, en anglais ou en français est obligatoire</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>latitude and longitude go together</source>
        <translation>la latitude et la longitude vont ensemble</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitude doit être comprise entre -90 et 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitude doit être comprise entre -180 et 180</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as EG or JO</source>
        <translation>doit être un code pays à deux lettres comme EG ou JO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as EG or JO</source>
        <translation>« %1 » n&apos;est pas un code pays à deux lettres comme EG ou JO</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>doit être une adresse web commençant par http:// ou https://</translation>
    </message>
    <message>
        <source>must be a year between 1800 and 2100</source>
        <translation>doit être une année entre 1800 et 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as Asia/Amman</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu comme Asia/Amman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-09T09:00</source>
        <translation>« %1 » n&apos;est pas une date comme 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>an organisation cannot be linked to itself</source>
        <translation>une organisation ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as ar, en or fr</source>
        <translation>« %1 » n’est pas un code de langue comme ar, en ou fr</translation>
    </message>
    <message>
        <source>a title in Arabic or English is required</source>
        <translation>un titre en arabe ou en anglais est requis</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>doit être après le début</translation>
    </message>
</context>
</TS>
