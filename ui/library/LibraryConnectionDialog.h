#pragma once
// «Åpne bibliotek»: where the window's scenario library is — a file on this machine or
// a database on a PostgreSQL server (issue 14). For a server it asks for server, port
// (5432), database, user and SSL mode and builds the URI
// postgresql://user@host:port/db?sslmode=…; it remembers everything in QSettings except
// the password, which it never asks for (the window asks when the server wants one)
// and never stores. Owns only its widgets.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace gevinst::ui {

class LibraryConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit LibraryConnectionDialog(QWidget* parent = nullptr);

    /// Fills the fields from a location (a file path or a server URI), e.g. the open library.
    void setLocation(const QString& location);
    /// The chosen library: the file path, or the server's URI (no password); empty when incomplete.
    QString location() const;
    /// Whether the server page is chosen.
    bool isServer() const;

    /// The SSL modes offered, in order (libpq's names).
    static QStringList sslModes();

    /// Writes the fields (never a password) to QSettings; done when the user chooses «Åpne».
    void remember() const;

    void accept() override;

private:
    void restore();
    void update();
    void browse();

    QRadioButton* fileChoice_;
    QRadioButton* serverChoice_;
    QStackedWidget* pages_;
    QLineEdit* file_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QComboBox* sslMode_;
    QLabel* uri_;
    QPushButton* openButton_ = nullptr;
};

} // namespace gevinst::ui
