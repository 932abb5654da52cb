#pragma once

// Shared by the GUI tests: a temporary database with a small, known roster, and helpers to
// look at widgets the way a person (or a screen reader) would.

#include "core/DemoRosterGenerator.h"
#include "core/Roster.h"
#include "core/crypto/RsaOaep.h"
#include "storage/Database.h"
#include "storage/RosterImport.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"
#include "ui/KioskStyle.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <optional>

namespace gd::test {

using namespace Qt::Literals::StringLiterals;

inline const QString kAdminUser = u"admin.office"_s;
inline const QString kAdminPassword = u"Correct-Horse-42"_s;
inline const QString kDeskUser = u"desk.lopez"_s;
inline const QString kDeskPassword = u"Front-Desk-Pass-7"_s;

// The family every test looks for. The names are unusual on purpose: a hit on them anywhere in
// the widgets after a lock is a leak, not a coincidence with the demo roster.
inline const QString kStudentId = u"900000017"_s;
inline const QString kStudentFirst = u"Valentina"_s;
inline const QString kStudentLast = u"Okonkwo-Reyes"_s;
inline const QString kMotherFirst = u"Ifeoma"_s;
inline const QString kFatherFirst = u"Tobias"_s;        // no-contact order
inline const QString kGrandmotherFirst = u"Graciela"_s;  // caregiver, no rights
inline const QString kMarkupFirst = u"<b>Bold</b>"_s;    // roster text that looks like markup

inline RosterPage knownFamily()
{
    RosterPage page;
    Student s;
    s.studentId = kStudentId;
    s.firstName = kStudentFirst;
    s.lastName = kStudentLast;
    s.dateOfBirth = QDate(2015, 3, 4);
    s.grade = u"4"_s;
    s.schoolCode = u"1234"_s;
    s.active = true;
    page.students << s;

    Student markup = s;
    markup.studentId = u"900000018"_s;
    markup.firstName = kMarkupFirst;
    markup.grade = u"K"_s;
    markup.active = false;
    page.students << markup;

    const auto adult = [](const QString& id, const QString& first, const QString& last) {
        Guardian g;
        g.guardianId = id;
        g.firstName = first;
        g.lastName = last;
        g.phone = u"+12135550100"_s;
        g.preferredLanguage = u"es"_s;
        g.address.line1 = u"1 Main St"_s;
        g.address.city = u"Los Angeles"_s;
        g.address.state = u"CA"_s;
        g.address.postalCode = u"90012"_s;
        return g;
    };
    page.guardians << adult(u"G-9000001"_s, kMotherFirst, kStudentLast)
                   << adult(u"G-9000002"_s, kFatherFirst, u"Okonkwo"_s)
                   << adult(u"G-9000003"_s, kGrandmotherFirst, u"Reyes"_s);

    const auto link = [](const QString& student, const QString& guardian, RelationshipKind kind, bool custodial,
                         bool rights, bool eligible, bool noContact) {
        Relationship r;
        r.studentId = student;
        r.guardianId = guardian;
        r.relationship = kind;
        r.custodial = custodial;
        r.educationalRights = rights;
        r.portalEligible = eligible;
        r.noContactOrder = noContact;
        return r;
    };
    page.relationships << link(kStudentId, u"G-9000001"_s, RelationshipKind::Mother, true, true, true, false)
                       << link(kStudentId, u"G-9000002"_s, RelationshipKind::Father, false, true, true, true)
                       << link(kStudentId, u"G-9000003"_s, RelationshipKind::Caregiver, false, false, false, false)
                       << link(u"900000018"_s, u"G-9000001"_s, RelationshipKind::Mother, true, true, true, false);
    return page;
}

// The kiosk as a US office sees it: English, US dates, the kiosk's style. True when the English
// translation is installed.
inline bool useEnglishKiosk()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QApplication::setStyle(new KioskStyle);
    return Translations::install(*QCoreApplication::instance(), english) == u"en"_s;
}

// The district's RSA key pair, written to `dir`: the kiosk seals every secret to the public half
// (district-public.pem); a test opens them again with the private half.
struct DistrictKeys {
    QString publicKeyPath;
    QByteArray privatePem;
};

inline std::optional<DistrictKeys> writeDistrictKeys(const QTemporaryDir& dir)
{
    auto pair = crypto::generateRsaKeyPairPem(2048);
    if (!dir.isValid() || !pair)
        return std::nullopt;
    DistrictKeys keys{dir.filePath(u"district-public.pem"_s), pair->first};
    QFile pem(keys.publicKeyPath);
    if (!pem.open(QIODevice::WriteOnly) || pem.write(pair->second) != pair->second.size())
        return std::nullopt;
    return keys;
}

// The headless tool's actor: how a roster arrives before any staff account exists.
inline Actor systemActor(Database& db)
{
    return Actor{u"cli"_s, db.deviceId(), Roles(Role::Administrator)};
}

// A new database in `dir` with the known family and a small demo roster around it.
inline std::unique_ptr<Database> seededDatabase(const QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(u"guardiandesk.db"_s));
    if (!db) {
        qWarning() << "database:" << db.message();
        return nullptr;
    }
    RosterImport import(*db.value());
    if (auto demo = import.seedDemo(systemActor(*db.value()), 120, 7); !demo) {
        qWarning() << "demo roster:" << demo.message();
        return nullptr;
    }
    if (auto family = import.importPages(systemActor(*db.value()), {knownFamily()}, u"ui-test"_s); !family) {
        qWarning() << "known family:" << family.message();
        return nullptr;
    }
    return std::move(db).value();
}

// The first administrator and a front-desk colleague.
inline bool addStaff(Database& db)
{
    StaffService staff(db);
    auto admin = staff.createFirstAdministrator(kAdminUser, u"Office Admin"_s, kAdminPassword);
    if (!admin)
        return false;
    auto desk = staff.add(staff.actorFor(admin.value()), kDeskUser, u"Rosa Lopez"_s, Roles(Role::FrontDesk),
                          kDeskPassword);
    return desk.ok();
}

// A seeded database with the staff of addStaff() and the district's public key set: ready for a
// verification that issues keys.
inline std::unique_ptr<Database> seededCounterDatabase(const QTemporaryDir& dir, const QString& districtPublicKeyPath)
{
    auto db = seededDatabase(dir);
    if (!db || !addStaff(*db))
        return nullptr;
    StaffService staff(*db);
    const Actor admin = staff.actorFor(staff.find(kAdminUser).value());
    if (!Settings(*db).set(admin, Settings::DistrictPublicKeyFile, districtPublicKeyPath))
        return nullptr;
    return db;
}

// Every string a widget tree shows or tells assistive technology, and every cell of every
// model under it: what a person could still read after a lock.
inline QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription()
              << w->statusTip() << w->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->text() << edit->placeholderText() << edit->selectedText();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
    }
    QList<QAbstractItemModel*> models = root->findChildren<QAbstractItemModel*>();
    for (QAbstractItemModel* model : models) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                 int(Qt::UserRole + 1)})
                    texts << index.data(role).toString();
            }
        }
    }
    return texts;
}

inline QStringList leaksOf(const QStringList& texts, const QStringList& secrets)
{
    QStringList found;
    for (const QString& text : texts) {
        for (const QString& secret : secrets) {
            if (!text.isEmpty() && text.contains(secret, Qt::CaseInsensitive))
                found << text;
        }
    }
    return found;
}

// Widgets a keyboard or screen-reader user reaches: everything that takes focus by Tab, and
// every visible button. Qt's own helpers (object names starting with "qt_") are not ours.
inline QList<QWidget*> interactiveWidgets(QWidget* root)
{
    QList<QWidget*> found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->objectName().startsWith(u"qt_"_s))
            continue;
        if (qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0)
            continue;
        const bool tabbable = (w->focusPolicy() & Qt::TabFocus) != 0;
        if (tabbable || qobject_cast<QAbstractButton*>(w))
            found << w;
    }
    return found;
}

inline QString describe(const QWidget* w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Keys go where the keyboard focus is, as they would for a person.
inline void typeText(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace gd::test
