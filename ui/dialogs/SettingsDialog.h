#pragma once

#include <QDialog>

class QComboBox;

namespace knutepunkt {

// Settings → the language of the program. The choice is kept in QSettings
// and takes effect at once, without a restart (MainWindow rebuilds itself on
// the LanguageChange event that installing translations sends).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" to follow the system, otherwise "nb", "nn" or "en".
    QString chosenLanguage() const;
    void chooseLanguage(const QString &code);

    // What Settings says now ("" = the system's language), and the language
    // that gives for the program.
    static QString storedLanguage();
    static void storeLanguage(const QString &code);
    static QString effectiveLanguage(const QString &stored);

private:
    QComboBox *m_language;
};

} // namespace knutepunkt
