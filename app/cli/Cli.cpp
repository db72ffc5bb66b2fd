#include "Cli.h"

#include "CliCommands.h"
#include "analysis/ConsistencyCheck.h"
#include "analysis/YearSummary.h"
#include "demo/ExampleYear.h"
#include "domain/Validation.h"
#include "io/CsvLists.h"
#include "io/JsonBackup.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OpenLock.h"
#include "util/PrivateFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <span>

// knutepunkt-cli: the headless side of Knutepunkt, for scripts, backups and
// people who prefer a terminal. Everything it does goes through core, so it
// obeys the same rules as the desktop app (validation, privacy guard,
// all-or-nothing imports). Data goes to stdout, messages to stderr, and the
// exit code tells a script what happened: 0 ok, 1 the command failed (the
// message says why), 2 the command line itself was wrong.

namespace knutepunkt {

namespace cli {

std::span<const Cli::Command> Cli::commands()
{
    static const Command table[] = {
        {"init", "", QT_TRANSLATE_NOOP("Cli", "Create a new, empty database."), 0, NoOptions,
         &Cli::init},
        {"demo", "", QT_TRANSLATE_NOOP("Cli", "Create a database filled with the example year."), 0,
         NoOptions, &Cli::demo},
        {"import", QT_TRANSLATE_NOOP("Cli", "LIST FILE.csv [--delimiter C]"),
         QT_TRANSLATE_NOOP("Cli", "Add the rows of a CSV file to a list (all rows or none)."), 2,
         DelimiterOption, &Cli::importCsv},
        {"export",
         QT_TRANSLATE_NOOP("Cli", "LIST [--year YEAR] [-o FILE] [--delimiter C] "
                                  "[--leave-out-restricted-titles]"),
         QT_TRANSLATE_NOOP("Cli", "Write a list as CSV."), 1,
         YearOption | OutputOption | DelimiterOption | RestrictedTitlesOption, &Cli::exportCsv},
        {"export-json", QT_TRANSLATE_NOOP("Cli", "[-o FILE] [--leave-out-restricted-titles]"),
         QT_TRANSLATE_NOOP("Cli", "Write the whole database as a JSON backup."), 0,
         OutputOption | RestrictedTitlesOption, &Cli::exportJson},
        {"import-json", QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "Restore a JSON backup into an empty database."), 1, NoOptions,
         &Cli::importJson},
        {"summary", QT_TRANSLATE_NOOP("Cli", "--year YEAR"),
         QT_TRANSLATE_NOOP("Cli", "Print the key figures of a year."), 0, YearOption,
         &Cli::summary},
        {"check", "", QT_TRANSLATE_NOOP("Cli", "Check the database and every record in it."), 0,
         NoOptions, &Cli::check},
        {"backup", QT_TRANSLATE_NOOP("Cli", "-o FILE"),
         QT_TRANSLATE_NOOP("Cli", "Write a verified copy of the database to a new FILE."), 0,
         OutputOption, &Cli::backup},
        {"restore", QT_TRANSLATE_NOOP("Cli", "FILE"),
         QT_TRANSLATE_NOOP("Cli", "Replace the database with the copy FILE (after a backup of "
                                  "the current data)."),
         1, NoOptions, &Cli::restore},
        {"report", QT_TRANSLATE_NOOP("Cli", "--year YEAR [--lang nb|nn|en] -o FILE.pdf"),
         QT_TRANSLATE_NOOP("Cli", "Print the annual summary of a year as PDF."), 0,
         YearOption | OutputOption | LanguageOption, &Cli::report},
        {"notice", QT_TRANSLATE_NOOP("Cli", "MEETING [--lang nb|nn|en] -o FILE.pdf"),
         QT_TRANSLATE_NOOP("Cli", "Print the notice and agenda of a meeting as PDF."), 1,
         OutputOption | LanguageOption, &Cli::notice},
        {"minutes", QT_TRANSLATE_NOOP("Cli", "MEETING [--lang nb|nn|en] -o FILE.pdf"),
         QT_TRANSLATE_NOOP("Cli", "Print the minutes of a meeting as PDF."), 1,
         OutputOption | LanguageOption, &Cli::minutes},
        {"ics", QT_TRANSLATE_NOOP("Cli", "[--series S] [--year YEAR] [--meeting ID] [-o FILE.ics]"),
         QT_TRANSLATE_NOOP("Cli",
                           "Write meetings as an iCalendar file for Outlook or Thunderbird."),
         0, SeriesOption | YearOption | MeetingOption | OutputOption, &Cli::ics},
        {"audit", QT_TRANSLATE_NOOP("Cli", "[--table TABLE [--id ID]] [-o FILE.csv]"),
         QT_TRANSLATE_NOOP("Cli", "Write the change history (audit log) as CSV, newest first."), 0,
         TableOption | IdOption | OutputOption, &Cli::audit},
    };
    return table;
}

const Cli::Command *Cli::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options may come before or after the command, as people type them.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Descriptions stay empty: the help text is ours (helpText), not the parser's.
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QString(), QStringLiteral("year"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QString(), QStringLiteral("file"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QString(),
                                             QStringLiteral("c"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QString(),
                                            QStringLiteral("language"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), QString(),
                                          QStringLiteral("series"));
    const QCommandLineOption meetingOption(QStringLiteral("meeting"), QString(),
                                           QStringLiteral("id"));
    const QCommandLineOption restrictedTitlesOption(QStringLiteral("leave-out-restricted-titles"),
                                                    QString());
    const QCommandLineOption tableOption(QStringLiteral("table"), QString(),
                                         QStringLiteral("table"));
    const QCommandLineOption idOption(QStringLiteral("id"), QString(), QStringLiteral("id"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption versionOption(QStringLiteral("version"), QString());
    parser.addOptions({dbOption, yearOption, outputOption, delimiterOption, languageOption,
                       seriesOption, meetingOption, restrictedTitlesOption, helpOption,
                       versionOption});
    parser.addOptions({tableOption, idOption});

    if (!parser.parse(QStringList{QStringLiteral("knutepunkt-cli")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("knutepunkt-cli " KNUTEPUNKT_VERSION) << QLatin1Char('\n');
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const Command *command = findCommand(positional.first());
    if (!command)
        return usageError(tr("Unknown command \"%1\".").arg(positional.first()));

    const QStringList commandArguments = positional.mid(1);
    if (commandArguments.size() < command->arguments)
        return usageError(
            tr("The command %1 needs more arguments.").arg(QLatin1StringView(command->name)),
            command);
    if (commandArguments.size() > command->arguments)
        return usageError(
            tr("Too many arguments for the command %1.").arg(QLatin1StringView(command->name)),
            command);

    if (parser.isSet(dbOption)) {
        m_databasePath = parser.value(dbOption);
        if (m_databasePath.isEmpty())
            return usageError(tr("--db needs a file name."), command);
    } else {
        m_databasePath = Database::defaultPath();
    }
    if (const int code = applyOptions(parser, *command); code != Success)
        return code;
    return (this->*command->handler)(commandArguments);
}

// Checks the command-specific options against what the command takes and
// reads their values.
int Cli::applyOptions(const QCommandLineParser &parser, const Command &command)
{
    struct Known
    {
        QString name;
        CommandOption flag;
    };
    const Known known[] = {
        {QStringLiteral("year"), YearOption},
        {QStringLiteral("output"), OutputOption},
        {QStringLiteral("delimiter"), DelimiterOption},
        {QStringLiteral("lang"), LanguageOption},
        {QStringLiteral("series"), SeriesOption},
        {QStringLiteral("meeting"), MeetingOption},
        {QStringLiteral("leave-out-restricted-titles"), RestrictedTitlesOption},
        {QStringLiteral("table"), TableOption},
        {QStringLiteral("id"), IdOption},
    };
    for (const Known &option : known) {
        if (parser.isSet(option.name) && !(command.options & option.flag)) {
            return usageError(tr("The command %1 does not take --%2.")
                                  .arg(QLatin1StringView(command.name), option.name),
                              &command);
        }
    }

    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        m_year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || m_year < validation::FirstYear || m_year > validation::LastYear) {
            return usageError(tr("--year needs a year between %1 and %2, such as 2020.")
                                  .arg(validation::FirstYear)
                                  .arg(validation::LastYear),
                              &command);
        }
    } else if (command.handler == &Cli::summary || command.handler == &Cli::report) {
        return usageError(
            tr("The command %1 needs --year YEAR.").arg(QLatin1StringView(command.name)), &command);
    }

    if (parser.isSet(QStringLiteral("output"))) {
        m_outputPath = parser.value(QStringLiteral("output"));
        if (m_outputPath.isEmpty())
            return usageError(tr("-o needs a file name."), &command);
    } else if (writesPdf(command)) {
        return usageError(
            tr("The command %1 needs -o FILE.pdf.").arg(QLatin1StringView(command.name)), &command);
    } else if (command.handler == &Cli::backup) {
        return usageError(tr("The command %1 needs -o FILE.").arg(QLatin1StringView(command.name)),
                          &command);
    }
    m_leaveOutRestrictedTitles = parser.isSet(QStringLiteral("leave-out-restricted-titles"));
    if (const int code = readLanguage(parser, command); code != Success)
        return code;
    if (const int code = readMeetingOptions(parser, command); code != Success)
        return code;
    if (const int code = readAuditOptions(parser, command); code != Success)
        return code;

    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString value = parser.value(QStringLiteral("delimiter"));
        if (value == QLatin1String("tab") || value == QLatin1String("\\t"))
            m_delimiter = QLatin1Char('\t');
        else if (value.size() == 1 && value != QLatin1String("\"") &&
                 value != QLatin1String("\n") && value != QLatin1String("\r"))
            m_delimiter = value.front();
        else
            return usageError(tr("--delimiter needs one character, such as ; or tab."), &command);
    }
    return Success;
}

// --- Commands ----------------------------------------------------------------

int Cli::init(const QStringList &)
{
    auto database = Database::create(m_databasePath);
    if (!database)
        return userError(database.error().message);
    m_out << tr("Created the empty database %1.").arg(native((*database)->path()))
          << QLatin1Char('\n');
    return Success;
}

int Cli::demo(const QStringList &)
{
    auto database = Database::create(m_databasePath);
    if (!database)
        return userError(database.error().message); // it exists: left as it was
    const QString path = (*database)->path();
    if (auto filled = ExampleYear::fill(**database); !filled) {
        // The file is ours, made a moment ago; half an example year would
        // only mislead, so it goes (with SQLite's side files, if any).
        database->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return userError(
            tr("The example data could not be written: %1 The unfinished file %2 was removed.")
                .arg(filled.error().message, native(path)));
    }
    m_out
        << tr("Created the example database %1 (year %2).").arg(native(path)).arg(ExampleYear::Year)
        << QLatin1Char('\n');
    return Success;
}

int Cli::importCsv(const QStringList &arguments)
{
    const QString &list = arguments[0];
    const QString &fileName = arguments[1];
    if (!isKnownList(list))
        return UsageError;
    const auto bytes = readInput(fileName);
    if (!bytes)
        return UserError;
    const auto database = openExisting(true);
    if (!database)
        return UserError;
    CsvLists::ImportOptions options;
    options.delimiter = m_delimiter;
    options.fileName = native(fileName);
    const auto imported = CsvLists(*database).importCsv(list, *bytes, options);
    if (!imported)
        return userError(imported.error().message);
    m_out << tr("Imported %n row(s) into %1.", nullptr, *imported).arg(list) << QLatin1Char('\n');
    return Success;
}

int Cli::exportCsv(const QStringList &arguments)
{
    const QString &list = arguments[0];
    if (!isKnownList(list))
        return UsageError;
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const auto bytes = CsvLists(*database).exportCsv(
        list, CsvLists::ExportOptions{m_year, m_delimiter, m_leaveOutRestrictedTitles});
    if (!bytes)
        return userError(bytes.error().message);
    return writeOutput(*bytes);
}

int Cli::exportJson(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const auto bytes = JsonBackup(*database).exportJson({m_leaveOutRestrictedTitles});
    if (!bytes)
        return userError(bytes.error().message);
    return writeOutput(*bytes);
}

int Cli::importJson(const QStringList &arguments)
{
    const QString &fileName = arguments[0];
    const auto bytes = readInput(fileName);
    if (!bytes)
        return UserError;
    const auto database = openExisting(true);
    if (!database)
        return UserError;
    if (auto imported = JsonBackup(*database).importJson(*bytes, native(fileName)); !imported)
        return userError(imported.error().message);
    m_out << tr("Restored %1 into %2.").arg(native(fileName), native(database->path()))
          << QLatin1Char('\n');
    return Success;
}

int Cli::summary(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    m_out << YearSummary::toText(YearSummary::compute(*database, m_year));
    return Success;
}

int Cli::check(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const QStringList problems = ConsistencyCheck::run(*database);
    if (problems.isEmpty()) {
        m_out << tr("No problems found.") << QLatin1Char('\n');
        return Success;
    }
    for (const QString &problem : problems)
        m_out << problem << QLatin1Char('\n');
    m_err << tr("%n problem(s) found.", nullptr, int(problems.size())) << QLatin1Char('\n');
    return UserError;
}

// Never opens the database: a copy changes nothing, not even by an upgrade.
int Cli::backup(const QStringList &)
{
    if (auto copied = Backups::copyTo(m_databasePath, m_outputPath); !copied)
        return userError(copied.error().message);
    m_out << tr("Wrote a verified copy of %1 to %2.")
                 .arg(native(QFileInfo(m_databasePath).absoluteFilePath()), native(m_outputPath))
          << QLatin1Char('\n');
    return Success;
}

int Cli::restore(const QStringList &arguments)
{
    const QString &fileName = arguments[0];
    // Held while the file is replaced: nobody else may start working in it.
    const auto lock = OpenLock::acquire(m_databasePath);
    if (!lock)
        return userError(lock.error().message + QLatin1Char(' ') + tr("Nothing was changed."));
    const Backups backups(m_databasePath);
    const auto safetyCopy = backups.restore(fileName, QDateTime::currentDateTime());
    if (!safetyCopy)
        return userError(safetyCopy.error().message);
    m_out << tr("Restored %1 into %2.").arg(native(fileName), native(backups.databasePath()))
          << QLatin1Char('\n');
    m_out << tr("The data it replaced was kept as %1.").arg(native(safetyCopy->path))
          << QLatin1Char('\n');
    return Success;
}

// --- Helpers -------------------------------------------------------------------

// Only ever opens: a mistyped --db must not leave a new empty database behind.
std::unique_ptr<Database> Cli::openExisting(bool writes)
{
    OpenOptions options;
    options.readOnly =
        !writes && OpenLock::inspect(m_databasePath).state == OpenLock::State::HeldElsewhere;
    auto database = Database::open(m_databasePath, QDateTime::currentDateTime(), options);
    if (!database) {
        m_err << database.error().message << QLatin1Char('\n');
        if (database.error().field == QLatin1String("lock")) {
            m_err << tr("Nothing was changed. Commands that only read (export, export-json, "
                        "summary, check, report, notice, minutes, ics, backup) still work.")
                  << QLatin1Char('\n');
        }
        if (!QFileInfo::exists(m_databasePath)) {
            m_err << tr("Create one with \"knutepunkt-cli init\", or choose another file with --db "
                        "FILE.")
                  << QLatin1Char('\n');
        }
        return nullptr;
    }
    // The command goes on; the missing daily copy is worth knowing about.
    if (const QString problem = (*database)->backupProblem(); !problem.isEmpty())
        m_err << tr("Warning: %1").arg(problem) << QLatin1Char('\n');
    if (const QString warning = (*database)->networkShareWarning(); !warning.isEmpty())
        m_err << tr("Warning: %1").arg(warning) << QLatin1Char('\n');
    return std::move(*database);
}

std::optional<QByteArray> Cli::readInput(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        userError(tr("%1 is a folder, not a file.").arg(native(path)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        userError(tr("The file %1 cannot be read: %2.").arg(native(path), file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        userError(tr("The file %1 cannot be read: %2.").arg(native(path), file.errorString()));
        return std::nullopt;
    }
    return bytes;
}

// To stdout as raw bytes (no re-encoding, CRLF kept), or to a file that is
// replaced only once the new content is completely written, owner-only like
// the database itself (every export holds names of staff or cases).
int Cli::writeOutput(const QByteArray &bytes)
{
    if (m_outputPath.isEmpty()) {
        m_out.flush();
        if (QIODevice *device = m_out.device()) {
            device->write(bytes);
            if (auto *file = qobject_cast<QFileDevice *>(device))
                file->flush();
        } else {
            m_out << QString::fromUtf8(bytes);
        }
        return Success;
    }

    if (auto written = PrivateFile::write(m_outputPath, bytes); !written)
        return userError(written.error().message);
    m_out << tr("Wrote %1.").arg(native(m_outputPath)) << QLatin1Char('\n');
    return Success;
}

bool Cli::isKnownList(const QString &list)
{
    const QStringList lists = CsvLists::listNames();
    if (lists.contains(list))
        return true;
    m_err
        << tr("Unknown list \"%1\". The lists are: %2.").arg(list, lists.join(QStringLiteral(", ")))
        << QLatin1Char('\n');
    return false;
}

int Cli::userError(const QString &message)
{
    m_err << message << QLatin1Char('\n');
    return UserError;
}

int Cli::usageError(const QString &message, const Command *command)
{
    m_err << message << QLatin1Char('\n');
    if (command)
        m_err << tr("Usage: %1").arg(usageLine(*command)) << QLatin1Char('\n');
    m_err << tr("Run \"knutepunkt-cli --help\" for the commands and options.") << QLatin1Char('\n');
    return UsageError;
}

QString Cli::usageLine(const Command &command) const
{
    QString line = QStringLiteral("knutepunkt-cli [--db %1] %2")
                       .arg(tr("FILE"), QLatin1StringView(command.name));
    if (*command.synopsis)
        line += QLatin1Char(' ') + tr(command.synopsis);
    return line;
}

QString Cli::helpText() const
{
    QList<std::pair<QString, QString>> commandLines;
    for (const Command &command : commands()) {
        QString left = QString::fromLatin1(command.name);
        if (*command.synopsis)
            left += QLatin1Char(' ') + tr(command.synopsis);
        commandLines.append({left, tr(command.description)});
    }
    const QList<std::pair<QString, QString>> optionLines{
        {tr("--db FILE"),
         tr("The database file (default: %1).").arg(native(Database::defaultPath()))},
        {tr("--year YEAR"),
         tr("Only this year (export, ics), or the year to summarise or report on.")},
        {tr("-o, --output FILE"),
         tr("Write to FILE instead of the screen; FILE is replaced only when "
            "everything was written.")},
        {tr("--delimiter C"), tr("CSV field separator: , (default), ; or tab.")},
        {tr("--lang nb|nn|en"),
         tr("Language of a printed document: Bokmål, Nynorsk or English (default: the system's).")},
        {tr("--series S"), tr("Only meetings of this series, such as \"Virksomhetsmøte\" (ics).")},
        {tr("--meeting ID"), tr("Only this meeting (ics); the ids are in \"export meetings\".")},
        {tr("--table TABLE"), tr("Only changes of records of this table, such as cases (audit).")},
        {tr("--id ID"), tr("Only changes of this record of the table (audit).")},
        {QStringLiteral("--leave-out-restricted-titles"),
         tr("Write \"(restricted)\" instead of the titles of restricted cases, for someone "
            "without access to them (export, export-json; such a JSON file cannot be imported).")},
        {QStringLiteral("-h, --help"), tr("Show this help.")},
        {QStringLiteral("--version"), tr("Show the version.")},
    };
    const auto block = [](const QList<std::pair<QString, QString>> &lines) {
        qsizetype width = 0;
        for (const auto &[left, right] : lines)
            width = std::max(width, left.size());
        QString text;
        for (const auto &[left, right] : lines)
            text +=
                QStringLiteral("  ") + left.leftJustified(width + 2) + right + QLatin1Char('\n');
        return text;
    };

    QString text =
        tr("Usage: knutepunkt-cli [--db FILE] COMMAND [ARGUMENTS] [OPTIONS]") + QLatin1Char('\n');
    text += tr("Knutepunkt on the command line: create, fill, export, check and summarise a "
               "database.") +
            QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n') + block(commandLines) + QLatin1Char('\n');
    text += tr("Options:") + QLatin1Char('\n') + block(optionLines) + QLatin1Char('\n');
    text += tr("Lists: %1").arg(CsvLists::listNames().join(QStringLiteral(", "))) +
            QStringLiteral("\n\n");
    text += tr("Only init and demo create a database; they never overwrite an existing file.") +
            QLatin1Char('\n');
    text += tr("Exit codes: 0 success, 1 the command failed (see the message), 2 wrong usage.") +
            QLatin1Char('\n');
    return text;
}

} // namespace cli

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return cli::Cli(out, err).run(arguments);
}

} // namespace knutepunkt
