#include "LibraryConnectionDialog.h"

#include "LibraryLocation.h"
#include "ScenarioLibrary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {
const char* const kGroup = "libraryConnection";
constexpr int kDefaultPort = 5432;
} // namespace

QStringList LibraryConnectionDialog::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full")};
}

LibraryConnectionDialog::LibraryConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("libraryConnectionDialog"));
    setWindowTitle(tr("Åpne bibliotek"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Scenariobiblioteket kan ligge i en fil på denne maskinen, eller i en database på en "
                                "PostgreSQL-server som flere deler (en økonomiavdeling, et interkommunalt samarbeid)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    fileChoice_ = new QRadioButton(tr("&Fil på denne maskinen"));
    fileChoice_->setObjectName(QStringLiteral("libraryKindFile"));
    serverChoice_ = new QRadioButton(tr("&Server (PostgreSQL)"));
    serverChoice_->setObjectName(QStringLiteral("libraryKindServer"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(fileChoice_);
    kinds->addButton(serverChoice_);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(fileChoice_);
    kindRow->addWidget(serverChoice_);
    kindRow->addStretch();
    layout->addLayout(kindRow);

    pages_ = new QStackedWidget;
    // A file.
    auto* filePage = new QWidget;
    auto* fileForm = new QFormLayout(filePage);
    file_ = new QLineEdit;
    file_->setObjectName(QStringLiteral("libraryFile"));
    auto* browse = new QPushButton(tr("Bla gjennom …"));
    browse->setObjectName(QStringLiteral("libraryBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);
    fileForm->addRow(tr("Bibliotekfil:"), fileRow);
    auto* fileNote = new QLabel(tr("En fil som ikke finnes ennå, blir et nytt bibliotek med de leverte scenarioene."));
    fileNote->setWordWrap(true);
    fileForm->addRow(fileNote);
    pages_->addWidget(filePage);

    // A server.
    auto* serverPage = new QWidget;
    auto* form = new QFormLayout(serverPage);
    host_ = new QLineEdit;
    host_->setObjectName(QStringLiteral("libraryHost"));
    host_->setPlaceholderText(tr("f.eks. db.kommune.no"));
    port_ = new QSpinBox;
    port_->setObjectName(QStringLiteral("libraryPort"));
    port_->setRange(1, 65535);
    port_->setValue(kDefaultPort);
    port_->setGroupSeparatorShown(false);
    database_ = new QLineEdit;
    database_->setObjectName(QStringLiteral("libraryDatabase"));
    database_->setPlaceholderText(tr("f.eks. gevinst"));
    user_ = new QLineEdit;
    user_->setObjectName(QStringLiteral("libraryUser"));
    user_->setPlaceholderText(tr("tom: brukernavnet ditt på maskinen"));
    sslMode_ = new QComboBox;
    sslMode_->setObjectName(QStringLiteral("librarySslMode"));
    sslMode_->addItem(tr("Av (disable)"), QStringLiteral("disable"));
    sslMode_->addItem(tr("Når serveren tilbyr det (prefer)"), QStringLiteral("prefer"));
    sslMode_->addItem(tr("Alltid kryptert (require)"), QStringLiteral("require"));
    sslMode_->addItem(tr("Kryptert, og serverens sertifikat kontrolleres (verify-full)"), QStringLiteral("verify-full"));
    sslMode_->setCurrentIndex(1);
    form->addRow(tr("Server:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(tr("Database:"), database_);
    form->addRow(tr("Bruker:"), user_);
    form->addRow(tr("SSL:"), sslMode_);
    auto* password = new QLabel(tr("Passordet lagres aldri. Programmet prøver først PGPASSWORD og ~/.pgpass, og spør deg "
                                   "når serveren krever passord."));
    password->setObjectName(QStringLiteral("libraryPasswordNote"));
    password->setWordWrap(true);
    form->addRow(password);
    pages_->addWidget(serverPage);
    layout->addWidget(pages_);

    uri_ = new QLabel;
    uri_->setObjectName(QStringLiteral("libraryUri"));
    uri_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uri_->setWordWrap(true);
    uri_->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(uri_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    openButton_ = buttons->addButton(tr("&Åpne"), QDialogButtonBox::AcceptRole);
    openButton_->setObjectName(QStringLiteral("libraryOpen"));
    openButton_->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(fileChoice_, &QRadioButton::toggled, this, &LibraryConnectionDialog::update);
    connect(browse, &QPushButton::clicked, this, &LibraryConnectionDialog::browse);
    for (QLineEdit* edit : {file_, host_, database_, user_})
        connect(edit, &QLineEdit::textChanged, this, &LibraryConnectionDialog::update);
    connect(port_, &QSpinBox::valueChanged, this, &LibraryConnectionDialog::update);
    connect(sslMode_, &QComboBox::currentIndexChanged, this, &LibraryConnectionDialog::update);

    restore();
    update();
    setMinimumWidth(560);
}

void LibraryConnectionDialog::restore()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    const bool server = settings.value(QStringLiteral("kind")).toString() == QLatin1String("server");
    file_->setText(settings.value(QStringLiteral("file"), store::ScenarioLibrary::defaultPath()).toString());
    host_->setText(settings.value(QStringLiteral("host")).toString());
    port_->setValue(settings.value(QStringLiteral("port"), kDefaultPort).toInt());
    database_->setText(settings.value(QStringLiteral("database")).toString());
    user_->setText(settings.value(QStringLiteral("user")).toString());
    const int ssl = sslMode_->findData(settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString());
    sslMode_->setCurrentIndex(ssl >= 0 ? ssl : 1);
    (server ? serverChoice_ : fileChoice_)->setChecked(true);
}

void LibraryConnectionDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("kind"), isServer() ? QStringLiteral("server") : QStringLiteral("file"));
    settings.setValue(QStringLiteral("file"), file_->text().trimmed());
    settings.setValue(QStringLiteral("host"), host_->text().trimmed());
    settings.setValue(QStringLiteral("port"), port_->value());
    settings.setValue(QStringLiteral("database"), database_->text().trimmed());
    settings.setValue(QStringLiteral("user"), user_->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), sslMode_->currentData().toString());
}

void LibraryConnectionDialog::setLocation(const QString& location)
{
    auto parsed = store::LibraryLocation::parse(location);
    if (!parsed)
        return;
    if (!parsed->isServer()) {
        if (location != QLatin1String(":memory:"))
            file_->setText(parsed->path());
        fileChoice_->setChecked(true);
        return;
    }
    host_->setText(parsed->host());
    port_->setValue(parsed->port());
    database_->setText(parsed->database());
    user_->setText(parsed->user());
    for (const QString& option : parsed->options())
        if (option.startsWith(QLatin1String("sslmode="))) {
            const int i = sslMode_->findData(option.mid(8));
            if (i >= 0)
                sslMode_->setCurrentIndex(i);
        }
    serverChoice_->setChecked(true);
}

bool LibraryConnectionDialog::isServer() const
{
    return serverChoice_->isChecked();
}

QString LibraryConnectionDialog::location() const
{
    if (!isServer())
        return file_->text().trimmed();
    if (host_->text().trimmed().isEmpty() || database_->text().trimmed().isEmpty())
        return QString();
    return store::LibraryLocation::serverUri(host_->text(), port_->value(), database_->text(), user_->text(),
                                             sslMode_->currentData().toString());
}

void LibraryConnectionDialog::update()
{
    pages_->setCurrentIndex(isServer() ? 1 : 0);
    const QString where = location();
    if (isServer())
        uri_->setText(where.isEmpty() ? tr("Fyll inn server og database.") : tr("Adresse: %1").arg(where));
    else
        uri_->setText(where.isEmpty() ? tr("Velg en bibliotekfil.") : QString());
    openButton_->setEnabled(!where.isEmpty());
}

void LibraryConnectionDialog::browse()
{
    QFileDialog dialog(this, tr("Velg bibliotekfil"), QFileInfo(file_->text()).absolutePath(),
                       tr("Scenariobibliotek (*.sqlite *.db);;Alle filer (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile); // a new file becomes a new library
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        file_->setText(dialog.selectedFiles().constFirst());
}

void LibraryConnectionDialog::accept()
{
    if (location().isEmpty())
        return;
    remember();
    QDialog::accept();
}

} // namespace gevinst::ui
