<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>dalil::Application</name>
        <message>
            <source>Dalil</source>
            <translation>Dalil</translation>
        </message>
        <message>
            <source>The catalogue could not be opened:
%1</source>
            <translation>Le catalogue n'a pas pu être ouvert :
%1</translation>
        </message>
    </context>
    <context>
        <name>dalil::AttachmentStore</name>
        <message>
            <source>this resource is no longer in the catalogue</source>
            <translation>cette ressource n'est plus dans le catalogue</translation>
        </message>
        <message>
            <source>%1 cannot be read</source>
            <translation>%1 ne peut pas être lu</translation>
        </message>
        <message>
            <source>the folder %1 could not be created</source>
            <translation>le dossier %1 n'a pas pu être créé</translation>
        </message>
        <message>
            <source>%1 could not be copied to %2</source>
            <translation>%1 n'a pas pu être copié vers %2</translation>
        </message>
    </context>
    <context>
        <name>dalil::ContactRepository</name>
        <message>
            <source>"%1" is not an e-mail address</source>
            <translation>« %1 » n'est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>"%1" is not an international phone number such as +20223456789</source>
            <translation>« %1 » n'est pas un numéro de téléphone international comme +20223456789</translation>
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
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organisation(s)</source>
            <translation>
                <numerusform>%Ln organisation</numerusform>
                <numerusform>%Ln organisations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dalil::EventRepository</name>
        <message>
            <source>the event ends before it starts</source>
            <translation>l'événement se termine avant de commencer</translation>
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
            <translation>Heure locale de l'événement : %1 (%2)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>About the chosen event</source>
            <translation>À propos de l'événement choisi</translation>
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
            <translation>Type d'organisation</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
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
            <translation>Modifier l'opportunité de financement</translation>
        </message>
        <message>
            <source>Delete funding opportunity</source>
            <translation>Supprimer l'opportunité de financement</translation>
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
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>Qui peut postuler</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Au moins</translation>
        </message>
        <message>
            <source>Smallest amount offered</source>
            <translation>Montant minimal proposé</translation>
        </message>
        <message numerus="yes">
            <source>Closing soon (%Ln day(s))</source>
            <translation>
                <numerusform>Clôture bientôt (%Ln jour)</numerusform>
                <numerusform>Clôture bientôt (%Ln jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Afficher les clôturées</translation>
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
            <source>Open link</source>
            <translation>Ouvrir le lien</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouveau…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
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
            <source>%1 in %2 (the donor's time zone)</source>
            <translation>%1 à l'heure de %2 (fuseau du bailleur)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <source>Closes today</source>
            <translation>Clôture aujourd'hui</translation>
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
        <name>dalil::MainWindow</name>
        <message>
            <source>Dalil — directory of civil society</source>
            <translation>Dalil — annuaire de la société civile</translation>
        </message>
        <message>
            <source>This is the sample catalogue: real organisations from public sources, for trying Dalil.</source>
            <translation>Ceci est le catalogue d'exemple : de vraies organisations issues de sources publiques, pour essayer Dalil.</translation>
        </message>
        <message>
            <source>Sample catalogue notice</source>
            <translation>Avis sur le catalogue d'exemple</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>&amp;Organisations</translation>
        </message>
        <message>
            <source>F&amp;unding</source>
            <translation>&amp;Financement</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>&amp;Ressources</translation>
        </message>
        <message>
            <source>E&amp;vents</source>
            <translation>Év&amp;énements</translation>
        </message>
        <message>
            <source>&amp;Networks</source>
            <translation>&amp;Réseaux</translation>
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
            <translation>&amp;Rechercher des organisations</translation>
        </message>
        <message>
            <source>&amp;Edit organisation…</source>
            <translation>&amp;Modifier l'organisation…</translation>
        </message>
        <message>
            <source>&amp;Delete organisation…</source>
            <translation>&amp;Supprimer l'organisation…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
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
            <source>Show deadlines and sessions in:</source>
            <translation>Afficher les dates limites et les sessions dans :</translation>
        </message>
        <message>
            <source>About Dalil</source>
            <translation>À propos de Dalil</translation>
        </message>
        <message>
            <source>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</source>
            <translation>Dalil %1 : un annuaire et une carte de collaboration hors ligne de la société civile au Moyen-Orient et en Afrique du Nord.</translation>
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
            <translation>protocole d'accord</translation>
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
            <source>Networks and alliances</source>
            <translation>Réseaux et alliances</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Partners of the chosen member</source>
            <translation>Partenaires du membre choisi</translation>
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
    </context>
    <context>
        <name>dalil::ProfileView</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit this organisation (F2)</source>
            <translation>Modifier cette organisation (F2)</translation>
        </message>
        <message>
            <source>Add office…</source>
            <translation>Ajouter un bureau…</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Ajouter un contact…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
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
            <translation>Copier l'adresse</translation>
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
            <translation>Modifier l'organisation</translation>
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
            <translation>Supprimer l'organisation</translation>
        </message>
        <message>
            <source>Delete %1 with its offices, contacts and links? You can undo it with Edit ▸ Undo.</source>
            <translation>Supprimer %1 avec ses bureaux, contacts et liens ? Vous pouvez annuler avec Édition ▸ Annuler.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
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
            <translation>La modification n'a pas pu être enregistrée : %1</translation>
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
            <translation>Type d'organisation</translation>
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
            <translation>Identifiant d'enregistrement</translation>
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
            <translation>Jusqu'au</translation>
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
            <source>unknown field "%1"</source>
            <translation>champ inconnu « %1 »</translation>
        </message>
        <message>
            <source>the field "%1" cannot be edited</source>
            <translation>le champ « %1 » ne peut pas être modifié</translation>
        </message>
        <message>
            <source>"%1" is not a whole number (field %2)</source>
            <translation>« %1 » n'est pas un nombre entier (champ %2)</translation>
        </message>
        <message>
            <source>"%1" is not a number (field %2)</source>
            <translation>« %1 » n'est pas un nombre (champ %2)</translation>
        </message>
        <message>
            <source>"%1" is not true or false (field %2)</source>
            <translation>« %1 » n'est ni vrai ni faux (champ %2)</translation>
        </message>
        <message>
            <source>"%1" is not a JSON list (field %2)</source>
            <translation>« %1 » n'est pas une liste JSON (champ %2)</translation>
        </message>
        <message>
            <source>the list for field %1 must hold text items</source>
            <translation>la liste du champ %1 doit contenir du texte</translation>
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
            <translation>Cette ressource n'a pas encore de copie locale : utilisez « Garder une copie locale… ».</translation>
        </message>
        <message>
            <source>Choose a resource in the list first.</source>
            <translation>Choisissez d'abord une ressource dans la liste.</translation>
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
            <translation>La copie locale n'a pas pu être gardée : %1</translation>
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
            <source>Open link</source>
            <translation>Ouvrir le lien</translation>
        </message>
        <message>
            <source>Open local copy</source>
            <translation>Ouvrir la copie locale</translation>
        </message>
        <message>
            <source>Keep a local copy…</source>
            <translation>Garder une copie locale…</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouveau…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Gardée</translation>
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
            <source>"%1" is not a two-letter country code such as EG or JO</source>
            <translation>« %1 » n'est pas un code pays à deux lettres comme EG ou JO</translation>
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
            <source>"%1" is not a known time zone such as Asia/Amman</source>
            <translation>« %1 » n'est pas un fuseau horaire connu comme Asia/Amman</translation>
        </message>
        <message>
            <source>"%1" is not a date such as 2026-06-09T09:00</source>
            <translation>« %1 » n'est pas une date comme 2026-06-09T09:00</translation>
        </message>
        <message>
            <source>an organisation cannot be linked to itself</source>
            <translation>une organisation ne peut pas être liée à elle-même</translation>
        </message>
    </context>
</TS>
