#include "profile/ProfileView.h"

#include "catalogue/Catalogue.h"
#include "common/JsonLists.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "map/OfficeMap.h"
#include "profile/LinkLabel.h"
#include "profile/RecordEditDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace dalil {

namespace {

QToolButton* actionButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(text);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

// A line of Arabic alone is as tall as the font that draws it, not as the label's font: where the
// system draws Arabic with a font of shorter lines than the interface's (DejaVu Sans, when
// fonts-noto-core is missing or fontconfig refused main/FontSetup's rules), the profile's labels,
// its bold name and headings too, came out shorter than one line of their own font, at any scale.
// Each keeps at least that line.
void keepWholeLines(QWidget* content)
{
    for (QLabel* label : content->findChildren<QLabel*>()) {
        const int line = label->fontMetrics().height();
        if (label->minimumHeight() < line) {
            label->setMinimumHeight(line);
        }
    }
}

} // namespace

ProfileView::ProfileView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("profile"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editOrganisation"));
    m_addOffice = new QPushButton(this);
    m_addOffice->setObjectName(QStringLiteral("addOffice"));
    m_addContact = new QPushButton(this);
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteOrganisation"));
    for (QPushButton* button : {m_edit, m_addOffice, m_addContact, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setObjectName(QStringLiteral("profileScroll"));
    layout->addWidget(m_scroll, 1);
    connect(m_edit, &QPushButton::clicked, this, [this] { editOrganisation(m_id); });
    connect(m_addOffice, &QPushButton::clicked, this, &ProfileView::addOffice);
    connect(m_addContact, &QPushButton::clicked, this, &ProfileView::addContact);
    connect(m_delete, &QPushButton::clicked, this, &ProfileView::deleteOrganisation);
    connect(&m_document, &CatalogueDocument::recordChanged, this, &ProfileView::onRecordChanged);
    retranslate();
}

void ProfileView::retranslate()
{
    m_edit->setText(tr("Ed&it…"));
    m_edit->setToolTip(tr("Edit this organisation (F2)"));
    m_addOffice->setText(tr("&Add office…"));
    m_addContact->setText(tr("Add contact &person…"));
    m_delete->setText(tr("De&lete…"));
    for (QPushButton* button : {m_edit, m_addOffice, m_addContact, m_delete}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    // The arrows scroll a long profile once Tab has reached it.
    m_scroll->setAccessibleName(tr("Profile of the chosen organisation"));
    rebuild();
}

void ProfileView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ProfileView::onRecordChanged(const QString& table, const QString& id)
{
    if (m_id.isEmpty()) {
        return;
    }
    // An empty table: written elsewhere, the organisation shown may be gone.
    if ((table.isEmpty() || (table == QLatin1String("organisation") && id == m_id)) &&
        !m_document.organisation(m_id)) {
        m_id.clear();
    }
    rebuild();
}

void ProfileView::showOrganisation(const QString& id)
{
    m_id = id;
    rebuild();
}

QWidget* ProfileView::section(const QString& title, QVBoxLayout** layout)
{
    auto* box = new QWidget(m_content);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 6, 0, 0);
    boxLayout->setSpacing(2);
    auto* heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    boxLayout->addWidget(heading);
    *layout = boxLayout;
    return box;
}

QLabel* ProfileView::addText(QVBoxLayout* layout, const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text, layout->parentWidget());
    label->setWordWrap(true);
    // Only a text with a link (LinkLabel) is a stop of the Tab key.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    layout->addWidget(label);
    return label;
}

QString ProfileView::organisationLink(const QString& id)
{
    const QString name = m_document.organisationName(id);
    return QStringLiteral("<a href=\"dalil:organisation/%1\">%2</a>")
        .arg(id.toHtmlEscaped(), Display::isolate(name.isEmpty() ? id : name).toHtmlEscaped());
}

void ProfileView::rebuild()
{
    // The old content goes once control is back in the event loop: a rebuild can start from a
    // click on one of its own buttons or links (delete an office, go to a partner), whose handler
    // is still running.
    if (m_officeMap) {
        // Kept for the next profile: out of the content that goes.
        m_officeMap->hide();
        m_officeMap->setParent(this);
    }
    if (QWidget* old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    auto* content = new QWidget;
    m_content = content;
    auto* layout = new QVBoxLayout(content);
    const std::optional<QJsonObject> profile =
        m_id.isEmpty() ? std::nullopt : m_document.catalogue().profile(QStringLiteral("organisation"), m_id);
    for (QPushButton* button : {m_edit, m_addOffice, m_addContact, m_delete}) {
        button->setEnabled(profile.has_value());
    }
    if (!profile) {
        auto* empty = new QLabel(tr("Choose an organisation in the list to see its profile."), content);
        empty->setObjectName(QStringLiteral("profileEmpty"));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        layout->addWidget(empty);
        layout->addStretch(1);
        keepWholeLines(content);
        m_scroll->setWidget(content);
        return;
    }
    const QJsonObject& org = *profile;
    auto* name = new QLabel(Display::organisationName(org), content);
    name->setObjectName(QStringLiteral("profileName"));
    name->setWordWrap(true);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    layout->addWidget(name);
    QStringList otherNames;
    for (const char* field : {"name_ar", "name_en", "name_fr"}) {
        const QString value = org.value(QLatin1String(field)).toString();
        if (!value.isEmpty() && value != name->text()) {
            otherNames.append(Display::isolate(value));
        }
    }
    const QString acronym = org.value(QLatin1String("acronym")).toString();
    if (!acronym.isEmpty()) {
        otherNames.append(Display::isolate(acronym));
    }
    if (!otherNames.isEmpty()) {
        // Each name is isolated and only " · " lies between them, so the line has no direction of
        // its own: the label's text document took that of the first letter inside the first name,
        // and an Arabic name first in an English window put the line at the right, reading
        // "ERC · … · الهلال الأحمر المصري". A mark of the window's direction starts the line.
        const QChar mark = isRightToLeft() ? QChar(0x200F) : QChar(0x200E); // RLM, LRM
        addText(layout, mark + otherNames.join(QStringLiteral(" · ")), QStringLiteral("profileOtherNames"));
    }

    QVBoxLayout* facts = nullptr;
    layout->addWidget(section(tr("About"), &facts));
    const QString type = org.value(QLatin1String("type")).toString();
    if (!type.isEmpty()) {
        addText(facts, tr("Type: %1").arg(m_document.label(QStringLiteral("organisation_type"), type)));
    }
    const QStringList sectors = JsonLists::strings(org.value(QLatin1String("sectors")));
    if (!sectors.isEmpty()) {
        addText(facts, tr("Sectors: %1").arg(m_document.labels(QStringLiteral("sector"), sectors)));
    }
    const QStringList countries = JsonLists::strings(org.value(QLatin1String("countries")));
    if (!countries.isEmpty()) {
        addText(facts, tr("Works in: %1").arg(m_document.labels(QStringLiteral("country"), countries)));
    }
    if (org.value(QLatin1String("founded")).isDouble()) {
        addText(facts, tr("Founded: %1").arg(Display::year(org.value(QLatin1String("founded")).toInt())));
    }
    const QString website = org.value(QLatin1String("website")).toString();
    if (!website.isEmpty()) {
        auto* link = new LinkLabel(
            tr("Website: %1")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(website.toHtmlEscaped(), Display::isolateLtr(website).toHtmlEscaped())),
            website, facts->parentWidget());
        link->setObjectName(QStringLiteral("profileWebsite"));
        link->setOpenExternalLinks(true);
        facts->addWidget(link);
    }
    const QString registration = org.value(QLatin1String("registration_id")).toString();
    if (!registration.isEmpty()) {
        addText(facts, tr("Registration: %1").arg(Display::isolateLtr(registration)));
    }
    const QString description = Display::localised(org, QStringLiteral("description"));
    if (!description.isEmpty()) {
        QLabel* text = addText(facts, description, QStringLiteral("profileDescription"));
        text->setTextFormat(Qt::PlainText);
    }

    const QJsonArray offices = org.value(QLatin1String("offices")).toArray();
    QVBoxLayout* officeLayout = nullptr;
    layout->addWidget(section(tr("Offices (%1)").arg(Display::number(offices.size())), &officeLayout));
    QList<OfficeMap::Office> placed;
    for (const QJsonValue& value : offices) {
        const QJsonObject office = value.toObject();
        const QJsonValue lon = office.value(QLatin1String("lon"));
        const QJsonValue lat = office.value(QLatin1String("lat"));
        if (lon.isDouble() && lat.isDouble()) {
            QString name = Display::localised(office, QStringLiteral("name"));
            if (name.isEmpty()) {
                name = office.value(QLatin1String("city")).toString();
            }
            placed.append({name, lon.toDouble(), lat.toDouble()});
        }
    }
    if (placed.isEmpty()) {
        QLabel* none =
            addText(officeLayout, tr("No office location is on record."), QStringLiteral("officeMapNone"));
        none->setEnabled(false);
    } else {
        if (!m_officeMap) {
            m_officeMap = new OfficeMap(this);
            connect(m_officeMap, &OfficeMap::officeActivated, this, &ProfileView::officeShownOnMap);
        }
        m_officeMap->setOffices(m_id, placed);
        officeLayout->addWidget(m_officeMap);
        m_officeMap->show();
    }
    for (const QJsonValue& value : offices) {
        const QJsonObject office = value.toObject();
        QStringList place;
        for (const QString& part : {Display::localised(office, QStringLiteral("name")),
                                    office.value(QLatin1String("city")).toString(),
                                    office.value(QLatin1String("admin1")).toString()}) {
            if (!part.isEmpty() && !place.contains(Display::isolate(part))) {
                place.append(Display::isolate(part));
            }
        }
        const QString country = office.value(QLatin1String("country")).toString();
        if (!country.isEmpty()) {
            place.append(m_document.label(QStringLiteral("country"), country));
        }
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(place.join(QStringLiteral("، ")), officeLayout->parentWidget());
        label->setWordWrap(true);
        row->addWidget(label, 1);
        const QString officeId = office.value(QLatin1String("id")).toString();
        QToolButton* edit =
            actionButton(officeLayout->parentWidget(), tr("Edit"), QStringLiteral("editOffice"));
        QToolButton* remove =
            actionButton(officeLayout->parentWidget(), tr("Delete"), QStringLiteral("deleteOffice"));
        // A screen reader lists the buttons of every office together: each says which office.
        // Its name and city ("Branch, Alexandria"): two offices are often both a "Branch".
        QStringList nameParts;
        for (const QString& part : {Display::localised(office, QStringLiteral("name")),
                                    office.value(QLatin1String("city")).toString()}) {
            if (!part.isEmpty() && !nameParts.contains(part)) {
                nameParts.append(part);
            }
        }
        if (nameParts.isEmpty()) {
            nameParts.append(office.value(QLatin1String("admin1")).toString());
        }
        const QString officeName = nameParts.join(
            Display::language() == QLatin1String("ar") ? QStringLiteral("، ") : QStringLiteral(", "));
        edit->setAccessibleName(tr("Edit office %1").arg(officeName));
        remove->setAccessibleName(tr("Delete office %1").arg(officeName));
        connect(edit, &QToolButton::clicked, this,
                [this, office] { editRecord(QStringLiteral("location"), office, tr("Edit office")); });
        connect(remove, &QToolButton::clicked, this, [this, officeId] {
            removeRecord(QStringLiteral("location"), officeId, tr("Delete this office?"),
                         tr("Delete office"));
        });
        row->addWidget(edit);
        row->addWidget(remove);
        officeLayout->addLayout(row);
    }

    const QJsonArray contacts = org.value(QLatin1String("contacts")).toArray();
    QVBoxLayout* contactLayout = nullptr;
    layout->addWidget(section(tr("Contacts (%1)").arg(Display::number(contacts.size())), &contactLayout));
    for (const QJsonValue& value : contacts) {
        const QJsonObject contact = value.toObject();
        QWidget* host = contactLayout->parentWidget();
        QStringList who;
        for (const char* field : {"name", "role"}) {
            const QString part = contact.value(QLatin1String(field)).toString();
            if (!part.isEmpty()) {
                who.append(Display::isolate(part));
            }
        }
        if (contact.value(QLatin1String("private")).toBool()) {
            who.append(tr("(private)"));
        }
        auto* header = new QHBoxLayout;
        auto* whoLabel = new QLabel(who.join(QStringLiteral(" — ")), host);
        whoLabel->setWordWrap(true);
        header->addWidget(whoLabel, 1);
        const QString contactId = contact.value(QLatin1String("id")).toString();
        QToolButton* edit = actionButton(host, tr("Edit"), QStringLiteral("editContact"));
        QToolButton* remove = actionButton(host, tr("Delete"), QStringLiteral("deleteContact"));
        QString contactName = contact.value(QLatin1String("name")).toString();
        if (contactName.isEmpty()) {
            contactName = contact.value(QLatin1String("role")).toString();
        }
        if (contactName.isEmpty()) {
            contactName = JsonLists::strings(contact.value(QLatin1String("emails"))).value(0);
        }
        edit->setAccessibleName(tr("Edit contact %1").arg(contactName));
        remove->setAccessibleName(tr("Delete contact %1").arg(contactName));
        connect(edit, &QToolButton::clicked, this,
                [this, contact] { editRecord(QStringLiteral("contact"), contact, tr("Edit contact")); });
        connect(remove, &QToolButton::clicked, this, [this, contactId] {
            removeRecord(QStringLiteral("contact"), contactId, tr("Delete this contact?"),
                         tr("Delete contact"));
        });
        header->addWidget(edit);
        header->addWidget(remove);
        contactLayout->addLayout(header);
        auto addChannel = [&](const QString& shown, const QString& objectName, const QUrl& url,
                              const QString& openText, const QString& copyText) {
            auto* row = new QHBoxLayout;
            auto* label = new QLabel(Display::isolateLtr(shown), host);
            label->setObjectName(objectName);
            label->setTextFormat(Qt::PlainText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            row->addWidget(label, 1);
            QToolButton* open = actionButton(host, openText, objectName + QStringLiteral("Open"));
            QToolButton* copy = actionButton(host, tr("Copy"), objectName + QStringLiteral("Copy"));
            copy->setToolTip(copyText);
            connect(open, &QToolButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            connect(copy, &QToolButton::clicked, this,
                    [shown] { QApplication::clipboard()->setText(shown); });
            row->addWidget(open);
            row->addWidget(copy);
            contactLayout->addLayout(row);
        };
        for (const QString& email : JsonLists::strings(contact.value(QLatin1String("emails")))) {
            addChannel(email, QStringLiteral("email"), QUrl(QStringLiteral("mailto:") + email), tr("Write"),
                       tr("Copy the address"));
        }
        for (const QString& phone : JsonLists::strings(contact.value(QLatin1String("phones")))) {
            addChannel(Display::phone(phone), QStringLiteral("phone"),
                       QUrl(QStringLiteral("tel:") + Display::phoneToE164(phone)), tr("Call"),
                       tr("Copy the number"));
        }
    }

    auto linkList = [&](const QString& title, const QStringList& ids, const QString& objectName) {
        if (ids.isEmpty()) {
            return;
        }
        QVBoxLayout* links = nullptr;
        layout->addWidget(section(title, &links));
        // One text per link: Tab and Shift+Tab stop at each, and a screen reader says its name
        // (Shift+Tab could not leave a text holding several links).
        for (const QString& id : ids) {
            auto* label = new LinkLabel(organisationLink(id), QStringLiteral("dalil:organisation/") + id,
                                        links->parentWidget());
            label->setObjectName(objectName);
            links->addWidget(label);
            connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
                const QString prefix = QStringLiteral("dalil:organisation/");
                if (link.startsWith(prefix)) {
                    emit organisationRequested(link.mid(prefix.size()));
                }
            });
        }
    };
    QStringList networks, members, partners;
    for (const QJsonValue& value : org.value(QLatin1String("networks")).toArray()) {
        networks.append(value.toObject().value(QLatin1String("network_id")).toString());
    }
    for (const QJsonValue& value : org.value(QLatin1String("members")).toArray()) {
        members.append(value.toObject().value(QLatin1String("member_id")).toString());
    }
    for (const QJsonValue& value : org.value(QLatin1String("partnerships")).toArray()) {
        const QJsonObject link = value.toObject();
        const QString a = link.value(QLatin1String("org_a")).toString();
        partners.append(a == m_id ? link.value(QLatin1String("org_b")).toString() : a);
    }
    linkList(tr("Member of"), networks, QStringLiteral("profileNetworks"));
    linkList(tr("Members"), members, QStringLiteral("profileMembers"));
    linkList(tr("Partners"), partners, QStringLiteral("profilePartners"));
    layout->addStretch(1);
    keepWholeLines(content);
    m_scroll->setWidget(content);
}

void ProfileView::editRecord(const QString& table, const QJsonObject& record, const QString& title)
{
    RecordEditDialog dialog(m_document, table, record, title, this);
    dialog.exec();
}

void ProfileView::editOrganisation(const QString& id)
{
    QJsonObject record;
    if (!id.isEmpty()) {
        const std::optional<QJsonObject> found = m_document.organisation(id);
        if (!found) {
            return;
        }
        record = *found;
    }
    RecordEditDialog dialog(m_document, QStringLiteral("organisation"), record,
                            id.isEmpty() ? tr("New organisation") : tr("Edit organisation"), this);
    if (dialog.exec() == QDialog::Accepted && id.isEmpty()) {
        emit organisationRequested(dialog.savedId());
    }
}

void ProfileView::addOrganisation()
{
    editOrganisation(QString());
}

void ProfileView::addOffice()
{
    if (m_id.isEmpty()) {
        return;
    }
    editRecord(QStringLiteral("location"), {{QStringLiteral("organisation_id"), m_id}}, tr("New office"));
}

void ProfileView::addContact()
{
    if (m_id.isEmpty()) {
        return;
    }
    editRecord(QStringLiteral("contact"), {{QStringLiteral("organisation_id"), m_id}}, tr("New contact"));
}

void ProfileView::removeRecord(const QString& table, const QString& id, const QString& question,
                               const QString& undoText)
{
    if (QMessageBox::question(this, undoText, tr("%1 You can undo it with Edit ▸ Undo.").arg(question)) !=
        QMessageBox::Yes) {
        return;
    }
    m_document.removeRecord(table, id, undoText);
}

void ProfileView::deleteOrganisation()
{
    if (m_id.isEmpty()) {
        return;
    }
    const QString name = m_document.organisationName(m_id);
    if (QMessageBox::question(this, tr("Delete organisation"),
                              tr("Delete %1 with its offices, contacts and links? You can undo it with "
                                 "Edit ▸ Undo.")
                                  .arg(Display::isolate(name))) != QMessageBox::Yes) {
        return;
    }
    m_document.removeOrganisation(m_id, tr("Delete %1").arg(Display::isolate(name)));
}

} // namespace dalil
