#include "CliCommands.h"
#include "io/ICalendar.h"
#include "print/DocumentLanguage.h"
#include "report/AnnualReport.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingNotice.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QLocale>

// The commands that print documents: the annual summary and a meeting's
// notice and minutes as PDF, meetings as an iCalendar file.

namespace knutepunkt::cli {

int Cli::readLanguage(const QCommandLineParser &parser, const Command &command)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return Success;
    m_language = parser.value(QStringLiteral("lang"));
    if (!DocumentLanguage::fromCode(m_language)) {
        return usageError(
            tr("--lang needs one of %1, not \"%2\".")
                .arg(DocumentLanguage::codes().join(QStringLiteral(", ")), m_language),
            &command);
    }
    return Success;
}

bool Cli::writesPdf(const Command &command)
{
    return command.handler == &Cli::report || command.handler == &Cli::notice ||
           command.handler == &Cli::minutes;
}

int Cli::readMeetingOptions(const QCommandLineParser &parser, const Command &command)
{
    if (parser.isSet(QStringLiteral("series"))) {
        m_series = parser.value(QStringLiteral("series")).trimmed();
        if (m_series.isEmpty())
            return usageError(tr("--series needs the name of a series, such as "
                                 "\"Virksomhetsmøte\"."),
                              &command);
    }
    if (parser.isSet(QStringLiteral("meeting"))) {
        const auto id = meetingId(parser.value(QStringLiteral("meeting")), command);
        if (!id)
            return UsageError;
        m_meetingId = *id;
    }
    return Success;
}

std::optional<qint64> Cli::meetingId(const QString &argument, const Command &command)
{
    bool ok = false;
    const qint64 id = argument.toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(tr("\"%1\" is not a meeting id. Meeting ids are whole numbers from 1 up, in "
                      "the first column of \"knutepunkt-cli export meetings\".")
                       .arg(argument),
                   &command);
        return std::nullopt;
    }
    return id;
}

namespace {

DocumentLanguage documentLanguage(const QString &code)
{
    return code.isEmpty() ? DocumentLanguage::forLocale(QLocale())
                          : *DocumentLanguage::fromCode(code);
}

} // namespace

int Cli::report(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const DocumentLanguage language = documentLanguage(m_language);
    const AnnualReport report(*database, m_year, language);
    if (auto written = report.writePdf(m_outputPath); !written)
        return userError(written.error().message);
    m_out << tr("Wrote the annual summary %1 (%n page(s)) to %2.", nullptr, report.pageCount())
                 .arg(m_year)
                 .arg(native(m_outputPath))
          << QLatin1Char('\n');
    return Success;
}

int Cli::notice(const QStringList &arguments)
{
    return printMeetingDocument(arguments[0], false);
}

int Cli::minutes(const QStringList &arguments)
{
    return printMeetingDocument(arguments[0], true);
}

int Cli::printMeetingDocument(const QString &argument, bool minutes)
{
    const auto id = meetingId(
        argument, *findCommand(minutes ? QStringLiteral("minutes") : QStringLiteral("notice")));
    if (!id)
        return UsageError;
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const DocumentLanguage language = documentLanguage(m_language);
    std::unique_ptr<MeetingDocument> document;
    if (minutes) {
        auto made = MeetingMinutes::create(*database, *id, language);
        if (!made)
            return unknownMeeting(made.error().message);
        document = std::move(*made);
    } else {
        auto made = MeetingNotice::create(*database, *id, language);
        if (!made)
            return unknownMeeting(made.error().message);
        document = std::move(*made);
    }
    if (auto written = document->writePdf(m_outputPath); !written)
        return userError(written.error().message);
    const Meeting &meeting = document->data().meeting;
    const QString what =
        minutes ? tr("Wrote the minutes of %1 (%n page(s)) to %2.", nullptr, document->pageCount())
                : tr("Wrote the notice of %1 (%n page(s)) to %2.", nullptr, document->pageCount());
    m_out << what.arg(QStringLiteral("%1, %2").arg(
                          meeting.title, meeting.date.toString(QStringLiteral("dd.MM.yyyy"))),
                      native(m_outputPath))
          << QLatin1Char('\n');
    return Success;
}

int Cli::unknownMeeting(const QString &message)
{
    m_err << message << QLatin1Char('\n')
          << tr("The meeting ids are in the first column of \"knutepunkt-cli export meetings\".")
          << QLatin1Char('\n');
    return UserError;
}

int Cli::ics(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const auto calendar =
        ICalendar(*database).exportMeetings(ICalendar::Selection{m_meetingId, m_series, m_year});
    if (!calendar) {
        if (m_meetingId > 0 && calendar.error().field == QLatin1String("meeting"))
            return unknownMeeting(calendar.error().message);
        return userError(calendar.error().message);
    }
    return writeOutput(*calendar);
}

} // namespace knutepunkt::cli
