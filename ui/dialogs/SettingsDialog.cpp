#include "dialogs/SettingsDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

const QString languageKey = QStringLiteral("ui/language");

// Each language is offered under its own name, as language menus do: a
// reader who cannot read the current language still finds their own.
QString nativeName(const QString &code)
{
    if (code == u"nb")
        return QStringLiteral("Norsk bokmål"); // i18n: not translated - a language's own name
    if (code == u"nn")
        return QStringLiteral("Norsk nynorsk"); // i18n: not translated - a language's own name
    return QStringLiteral("English");
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    const QString system = uiLanguage::forLocale(QLocale::system());
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language (%1)").arg(nativeName(system)), QString());
    for (const QString &code : uiLanguage::codes())
        m_language->addItem(nativeName(code), code);
    m_language->setAccessibleName(tr("Language of the program"));
    chooseLanguage(storedLanguage());

    auto *note = new QLabel(tr("Menus, pages and messages change at once. Each printout (notice, "
                               "minutes, annual summary) can still be made in Bokmål, Nynorsk or "
                               "English from its own print bar."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::chooseLanguage(const QString &code)
{
    const int index = m_language->findData(uiLanguage::isKnown(code) ? code : QString());
    m_language->setCurrentIndex(std::max(index, 0));
}

QString SettingsDialog::storedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return uiLanguage::isKnown(code) ? code : QString();
}

void SettingsDialog::storeLanguage(const QString &code)
{
    if (uiLanguage::isKnown(code))
        QSettings().setValue(languageKey, code);
    else
        QSettings().remove(languageKey);
}

QString SettingsDialog::effectiveLanguage(const QString &stored)
{
    return uiLanguage::isKnown(stored) ? stored : uiLanguage::forLocale(QLocale::system());
}

} // namespace knutepunkt
